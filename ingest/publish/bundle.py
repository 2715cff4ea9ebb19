"""`press-archive publish bundle DIR`: a self-contained, immutable Datasette deployment.

The folder is a Datasette configuration directory (`datasette serve DIR` works as is)
and a Docker build context whose Dockerfile is the one `datasette package` writes:
the database VACUUMed, ANALYZEd and FTS-optimised, served immutable (`-i`) with its
`inspect-data.json` so startup does not count rows; the site's metadata, settings,
templates, static files and plugins; and a `requirements.txt` pinning every
distribution the server imports, at the versions running here.

Plugins: `ingest/site` is a package (its modules import one another), and Datasette's
`--plugins-dir` loads single files. The package is copied whole as
`plugins/press_archive_site/`, and one file, `plugins/press_archive_site.py`, imports
it and re-exports its hooks. That keeps the deployment free of the analysis side of
press-archive (spaCy and its model are not needed to serve), and it is the layout every
`datasette publish` target understands (`--plugins-dir plugins`).
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from . import archive, site as site_files

DATABASE = "archive.db"
PLUGIN_PACKAGE = "press_archive_site"
SERVED = ["datasette", "datasette-cluster-map", "datasette-leaflet"]  # and every other installed Datasette plugin
PYTHON_IMAGE = "python:3.11.0-slim-bullseye"  # the image `datasette package` uses

SHIM = '''"""Registers the press-archive site plugins: the package beside this file, re-exported.

Datasette's --plugins-dir loads single files; the site is a package of modules.
"""
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
_site = importlib.import_module("{package}")
globals().update({{name: getattr(_site, name) for name in _site.__all__}})
'''


# Written into every bundle: only a folder holding it is ever replaced.
MARKER = ".press-archive-bundle"


def make_bundle(db_path: Path, directory: Path) -> str:
    """Write the deployment folder (replacing a previous bundle there); return a summary."""
    db_path, directory = Path(db_path), Path(directory)
    if directory.exists() and any(directory.iterdir()) and not (directory / MARKER).exists():
        raise ValueError(f"{directory} is not empty and holds no previous bundle; choose an empty folder")
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    (directory / MARKER).write_text("A press-archive deployment bundle; `publish bundle` may replace this folder.\n")
    site = site_files.find()

    archive.optimised_copy(db_path, directory / DATABASE)
    subprocess.run([sys.executable, "-m", "datasette", "inspect", DATABASE, "--inspect-file", "inspect-data.json"],
                   cwd=directory, check=True, capture_output=True)
    options = ["--metadata", "metadata.yml"] if site.metadata else []
    if site.metadata:
        shutil.copyfile(site.metadata, directory / "metadata.yml")
    settings = site.settings_dict()
    if site.settings:
        shutil.copyfile(site.settings, directory / "settings.json")
    for name, value in settings.items():
        options += ["--setting", name, json.dumps(value) if isinstance(value, bool) else str(value)]
    for folder, name in ((site.templates, "templates"), (site.static, "static")):
        for path in site_files.files_under(folder):
            _copy(path, directory / name / path.relative_to(folder))
    if site.plugins:
        for path in site_files.files_under(site.plugins):
            _copy(path, directory / "plugins" / PLUGIN_PACKAGE / path.relative_to(site.plugins))
        (directory / "plugins" / f"{PLUGIN_PACKAGE}.py").write_text(SHIM.format(package=PLUGIN_PACKAGE), "utf-8")

    requirements = pinned_requirements()
    (directory / "requirements.txt").write_text("".join(f"{r}\n" for r in requirements), "utf-8")
    command = serve_command(directory, options)
    (directory / "Dockerfile").write_text(dockerfile(command), "utf-8")
    (directory / "README.md").write_text(readme(directory, options, archive_title(site)), "utf-8")
    size = sum(p.stat().st_size for p in directory.rglob("*") if p.is_file())
    return (f"Bundle in {directory}: {DATABASE} ({(directory / DATABASE).stat().st_size / 1e6:.1f} MB, immutable, "
            f"inspected), {len(requirements)} pinned requirements, {size / 1e6:.1f} MB in all.\n"
            f"Try it: datasette serve {shlex.quote(str(directory))}   or   "
            f"cd {shlex.quote(str(directory))} && docker build -t press-archive . && docker run -p 8001:8001 press-archive")


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def archive_title(site: site_files.Site) -> str:
    return site.metadata_dict().get("title") or "Press archive"


def datasette_plugins() -> list[str]:
    """Installed distributions that register Datasette plugins (entry point group `datasette`), bar ours."""
    names = set()
    for dist in metadata.distributions():
        if any(ep.group == "datasette" for ep in dist.entry_points) and dist.metadata["Name"]:
            names.add(_canonical(dist.metadata["Name"]))
    return sorted(names - {"press-archive"})


def pinned_requirements(roots: list[str] | None = None) -> list[str]:
    """`name==version` for the served distributions and everything they require, as installed here.

    Pinning the whole closure (not only the top level) is what makes the deployment
    immutable: a rebuild of the image next year installs the same code.
    """
    from packaging.requirements import Requirement

    todo = list(roots or SERVED + datasette_plugins())
    pins: dict[str, str] = {}
    while todo:
        name = _canonical(todo.pop())
        if name in pins:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency not installed here is not needed here
        pins[name] = dist.version
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return [f"{name}=={version}" for name, version in sorted(pins.items())]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def folder_options(directory: Path) -> list[str]:
    """The options naming the bundle's templates, plugins and static folders, those it has."""
    options = []
    if (directory / "templates").is_dir():
        options += ["--template-dir", "templates/"]
    if (directory / "plugins").is_dir():
        options += ["--plugins-dir", "plugins/"]
    if (directory / "static").is_dir():
        options += ["--static", "static:static"]
    return options


def serve_command(directory: Path, options: list[str]) -> list[str]:
    """`datasette serve` as the image runs it (the shape of `datasette package`'s CMD)."""
    command = ["datasette", "serve", "--host", "0.0.0.0", "-i", DATABASE, "--cors", "--inspect-file", "inspect-data.json"]
    # options: --metadata metadata.yml, then --setting name value ...
    return command + options[:2] + folder_options(directory) + options[2:]


def dockerfile(command: list[str]) -> str:
    """`datasette package`'s Dockerfile, installing the pinned requirements and keeping the prebuilt inspect file."""
    cmd = " ".join(shlex.quote(part) for part in command) + " --port $PORT"
    return (f"FROM {PYTHON_IMAGE}\n"
            "COPY . /app\n"
            "WORKDIR /app\n"
            "RUN pip install --no-cache-dir -r requirements.txt\n"
            "ENV PORT 8001\n"
            "EXPOSE 8001\n"
            f"CMD {cmd}\n")


def readme(directory: Path, options: list[str], title: str) -> str:
    shared = ["archive.db", *options[:2], *folder_options(directory)]
    installs = []
    for line in (directory / "requirements.txt").read_text("utf-8").split():
        name = line.split("==")[0]
        if name in SERVED[1:] or name in datasette_plugins():
            installs += ["--install", line]
    extra = ["--extra-options", shlex.quote(" ".join(options[2:]))] if options[2:] else []
    common = " ".join(shlex.quote(a) for a in shared + installs) + (" " + " ".join(extra) if extra else "")
    return f"""# {title}: Datasette deployment bundle

Made by `press-archive publish bundle`. Everything the site needs is in this folder:
the database (`archive.db`, vacuumed and optimised, served immutable), its
`inspect-data.json`, `metadata.yml`, `settings.json`, `templates/`, `static/`,
`plugins/` (the press-archive site plugins) and `requirements.txt` (every package pinned).

## Run it here

    python -m venv .venv && .venv/bin/pip install -r requirements.txt
    .venv/bin/datasette serve .        # configuration-directory mode: reads everything above

## Container

    docker build -t press-archive . && docker run -p 8001:8001 press-archive

## Publish

Install `datasette` from `requirements.txt` first; Fly and Vercel need their publish plugins
(`pip install datasette-publish-fly` / `datasette-publish-vercel`) and their command-line tools logged in.

    datasette publish cloudrun {common} --service press-archive
    datasette publish fly {common} --app press-archive
    datasette publish vercel {common} --project press-archive

`datasette publish` runs `datasette inspect` in the image and serves `archive.db` with
`-i` (immutable) there too. Cite the deployment with its address and the `built_at` of the
`_build` table (also shown on every page).
"""
