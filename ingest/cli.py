"""`press-archive`: a thin click CLI over the pipeline, the store and Datasette."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
from pathlib import Path

import click

from . import __version__, evaluation, store

PROJECT = Path(__file__).resolve().parent.parent
PACKAGE = Path(__file__).resolve().parent


@click.group()
@click.version_option(__version__, prog_name="press-archive")
def cli():
    """Turn French-language news articles into one SQLite database and publish it with Datasette."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", "db_path", default="archive.db", show_default=True, type=click.Path(path_type=Path),
              help="Database to (re)build; replaced atomically when the build succeeds.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only the summary.")
def build(paths, db_path, quiet):
    """Build the archive from files and folders (default: seeds/).

    Every supported format is read: plain text, HTML, WARC, JSONL, RSS/Atom.
    Files that cannot be read are listed with the reason; the rest is built.
    Exit status 1 when any input failed, 0 otherwise.
    """
    from .pipeline import build as run_build

    paths = list(paths) or [Path("seeds")]
    try:
        report = run_build(paths, db_path, progress=iter if quiet else _Ticker)
    except KeyboardInterrupt:
        raise click.ClickException(f"interrupted; {db_path} left as it was")
    for error in report.errors:
        click.echo(f"error: {error.origin}: {error.reason}", err=True)
    click.echo(
        f"Built {db_path} in {report.seconds:.1f}s: {report.articles} articles, {report.words} words, "
        f"{report.entities} entities, {report.mentions} mentions, {report.quotes} quotes, "
        f"{report.events} events, {report.stories} stories, {len(report.errors)} errors"
    )
    sys.exit(1 if report.errors else 0)


class _Ticker:
    """Progress over the analysis stage, the long one, on stderr.

    On a terminal one line is rewritten in place; in a log (CI, nohup) a line is
    written every 100 articles, so the log stays readable.
    """

    def __init__(self, items):
        self.items = items
        self.live = sys.stderr.isatty()

    def __iter__(self):
        n = 0
        for n, item in enumerate(self.items, 1):
            yield item
            if self.live and (n % 10 == 0 or n == 1):
                click.echo(f"\rAnalysing: {n} articles", err=True, nl=False)
            elif not self.live and n % 100 == 0:
                click.echo(f"Analysing: {n} articles", err=True)
        click.echo(f"\rAnalysed: {n} articles" if self.live else f"Analysed: {n} articles", err=True)


def datasette_args(db_path: Path, *, host: str, port: int, reload: bool = False) -> list[str]:
    """The `datasette serve` command line for an archive: read-only, immutable, with our site."""
    args = [
        sys.executable, "-m", "datasette", "serve",
        "-i", str(db_path),
        "--metadata", str(PROJECT / "metadata.yml"),
        "--host", host, "--port", str(port),
        "--cors",  # public, read-only data without logins: any site may read the JSON
    ]
    templates, static = PACKAGE / "templates", PACKAGE / "static"
    if templates.is_dir():
        args += ["--template-dir", str(templates)]
    if static.is_dir():
        args += ["--static", f"static:{static}"]
    settings = PROJECT / "settings.json"
    if settings.exists():
        import json

        for name, value in json.loads(settings.read_text("utf-8")).items():
            args += ["--setting", name, str(value)]
    if reload:
        args.append("--reload")
    return args


@cli.command()
@click.option("--db", "db_path", default="archive.db", show_default=True, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path, host, port):
    """Serve the archive with Datasette, read-only (-i) with metadata.yml and settings.json."""
    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist; run `press-archive build` first")
    if db_path.stem != "archive":  # the site's metadata, templates and links name the database `archive`
        link = Path(tempfile.mkdtemp(prefix="press-archive-")) / "archive.db"
        link.symlink_to(db_path.resolve())
        db_path = link
    args = datasette_args(db_path, host=host, port=port)
    click.echo(f"Serving {db_path} on http://{host}:{port}/", err=True)
    os.execv(args[0], args)


@cli.command()
@click.option("--db", "db_path", default="archive.db", show_default=True, type=click.Path(path_type=Path))
def stats(db_path):
    """What an archive holds: row counts, the last build and its errors."""
    if not db_path.exists():
        raise click.ClickException(f"{db_path} does not exist")
    for table, count in store.counts(db_path).items():
        click.echo(f"{table:15} {count:>8}")
    info = store.read_build_info(db_path)
    if info:
        click.echo(f"built {info.get('built_at')} by press-archive {info.get('version')} "
                   f"in {info.get('seconds')}s from {info.get('inputs')}")


EVALUATIONS = sorted(m.name for m in pkgutil.iter_modules(evaluation.__path__))


@cli.command()
@click.argument("name", type=click.Choice(EVALUATIONS + ["all"]))
@click.option("--shared", type=click.Path(path_type=Path, file_okay=False),
              default=lambda: str(PROJECT.parent / "shared"), show_default="../shared",
              help="Folder holding corpora/ (third-party gold sets).")
def evaluate(name, shared):
    """Print an extractor's precision/recall on gold data."""
    for module_name in EVALUATIONS if name == "all" else [name]:
        click.echo(f"== {module_name}")
        module = importlib.import_module(f"ingest.evaluation.{module_name}")
        try:
            module.run(shared)
        except FileNotFoundError as exc:
            raise click.ClickException(f"{module_name}: gold data not found ({exc.filename}); "
                                       f"pass --shared with the folder holding corpora/")


@cli.group()
def publish():
    """Publish the archive: a Datasette deployment bundle, or a static site."""


@publish.command("bundle")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option("--db", "db_path", default="archive.db", show_default=True, type=click.Path(path_type=Path, exists=True))
def publish_bundle(directory, db_path):
    """A self-contained Datasette deployment directory (immutable database, config, container recipe)."""
    from .publish.bundle import make_bundle

    summary = make_bundle(db_path, directory)
    click.echo(summary)


@publish.command("static")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False))
@click.option("--db", "db_path", default="archive.db", show_default=True, type=click.Path(path_type=Path, exists=True))
@click.option("--tiles", default=None, help="Tile URL template for the map (default: none, markers only).")
def publish_static(directory, db_path, tiles):
    """A static HTML + JSON site that needs no server (works from file://)."""
    from .publish.static import export

    summary = export(db_path, directory, tiles=tiles)
    click.echo(summary)
