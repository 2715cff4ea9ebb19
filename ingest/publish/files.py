"""Write a site into a folder touching only what changed, and keep a checksum manifest.

Republishing compares each file's bytes with what is already there and leaves equal
files alone (their modification times too), so a sync to a static host or a diff of
two publications shows exactly the pages an update touched. `SHA256SUMS` lists every
file the export owns: it lets a deposit be checked for fixity, and lets the next
export delete the pages of rows that no longer exist without touching anything else.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

MANIFEST = "SHA256SUMS"


class SiteWriter:
    """Collects a site's files under `root`, writing those whose bytes differ."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.sums: dict[str, str] = {}
        self.written = 0
        self.unchanged = 0
        self.bytes = 0

    def write(self, relative: str, content: str | bytes) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        if relative in self.sums:
            raise ValueError(f"{relative} written twice")
        self.sums[relative] = hashlib.sha256(data).hexdigest()
        self.bytes += len(data)
        path = self.root / relative
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            self.unchanged += 1
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        self.written += 1

    def copy(self, relative: str, source: Path) -> None:
        self.write(relative, Path(source).read_bytes())

    def finish(self) -> int:
        """Delete the files the previous export owned and this one did not write; write the manifest.

        Returns how many stale files were removed.
        """
        previous = self._previous_files()
        removed = 0
        for relative in sorted(previous - set(self.sums)):
            path = self.root / relative
            if path.is_file():
                path.unlink()
                removed += 1
                _remove_empty_parents(path.parent, self.root)
        listing = "".join(f"{digest}  {name}\n" for name, digest in sorted(self.sums.items()))
        self.write(MANIFEST, listing)
        return removed

    def _previous_files(self) -> set[str]:
        manifest = self.root / MANIFEST
        if not manifest.is_file():
            return set()
        names = set()
        for line in manifest.read_text("utf-8").splitlines():
            _, _, name = line.partition("  ")
            if name and ".." not in Path(name).parts and not Path(name).is_absolute():
                names.add(name)
        return names


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
