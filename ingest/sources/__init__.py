"""Readers: files and folders in, `Source` values (or `ReadError`s) out.

Each reader module knows one format and exposes `sniff(path, head) -> bool`
(detection by content, with the extension as a hint) and
`read(path, origin) -> Iterator[Source | ReadError]`. `read_paths` walks the
paths it is given, picks the first reader that claims each file, and turns
every failure into a `ReadError` naming the file and the reason, so one bad
file never costs the rest of the corpus.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from ..decode import DecodeError
from ..model import ReadError, Source
from . import feed, html, jsonl, text, warc
from ._markup import Unreadable

# Most specific first: containers and markup before the plain-text fallback.
READERS = [warc, feed, jsonl, html, text]

SNIFF_BYTES = 4096


def origin_of(path: Path, root: Path) -> str:
    """The path as stored in `articles.origin`: relative to `root`."""
    absolute = Path(os.path.abspath(path))  # not resolve(): a link is named as written
    try:
        return absolute.relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return absolute.as_posix()


def root_of(path: Path) -> Path:
    """What origins are relative to: the working directory when `path` is inside it, else
    the folder holding `path`, so `seeds/x.txt` is named the same from anywhere."""
    cwd = Path.cwd()
    absolute = Path(os.path.abspath(path))
    return cwd if absolute.is_relative_to(cwd) else absolute.parent


def iter_files(paths: Iterable[Path]) -> Iterator[Path | ReadError]:
    """Every file under `paths`, in a stable order; hidden files and folders skipped."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path, onerror=None):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        yield Path(dirpath) / name
        elif path.exists():
            yield path
        else:
            yield ReadError(str(path), "no such file or directory")


def read_file(path: Path, root: Path) -> Iterator[Source | ReadError]:
    """The documents in one file, or the reason it could not be read."""
    origin = origin_of(path, root)
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        yield ReadError(origin, f"cannot open: {exc.strerror or exc}")
        return
    if not head.strip():
        yield ReadError(origin, "empty file")
        return
    for reader in READERS:
        if reader.sniff(path, head):
            try:
                yield from reader.read(path, origin)
            except (Unreadable, DecodeError) as exc:  # the file as a whole: too large, corrupt, not text
                yield ReadError(origin, str(exc))
            except Exception as exc:  # a reader bug must not cost the corpus
                yield ReadError(origin, f"{reader.__name__.rsplit('.', 1)[-1]} reader failed: {exc}")
            return
    yield ReadError(origin, "binary file, not text (unsupported format)" if b"\x00" in head else "unsupported format")


def read_paths(paths: Iterable[Path], root: Path | None = None) -> Iterator[Source | ReadError]:
    """All documents under `paths` (files or folders), in a stable order."""
    for path in paths:
        base = root or root_of(Path(path))
        for item in iter_files([path]):
            if isinstance(item, ReadError):
                yield item
            else:
                yield from read_file(item, base)
