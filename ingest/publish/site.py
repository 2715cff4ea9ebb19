"""Where the Datasette website's files are, whatever of them exists at publishing time.

The website (metadata, settings, templates, CSS/JS, plugins) is built alongside the
package; publishing copies it rather than knowing its file names, so a page or
plugin added to the site is published without touching this code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

PACKAGE = Path(__file__).resolve().parent.parent
PROJECT = PACKAGE.parent


@dataclass(frozen=True)
class Site:
    metadata: Path | None  # metadata.yml
    settings: Path | None  # settings.json
    templates: Path | None  # ingest/templates
    static: Path | None  # ingest/static, served at /static
    plugins: Path | None  # ingest/site, the Datasette plugin package

    def metadata_dict(self) -> dict:
        return (yaml.safe_load(self.metadata.read_text("utf-8")) or {}) if self.metadata else {}

    def settings_dict(self) -> dict:
        return json.loads(self.settings.read_text("utf-8")) if self.settings else {}


def find(project: Path = PROJECT, package: Path = PACKAGE) -> Site:
    def existing(path: Path, folder: bool = False) -> Path | None:
        return path if (path.is_dir() if folder else path.is_file()) else None

    return Site(
        metadata=existing(project / "metadata.yml"),
        settings=existing(project / "settings.json"),
        templates=existing(package / "templates", folder=True),
        static=existing(package / "static", folder=True),
        plugins=existing(package / "site", folder=True),
    )


def files_under(folder: Path | None) -> list[Path]:
    """Every file of a folder, sorted, skipping caches and hidden files."""
    if folder is None:
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))
