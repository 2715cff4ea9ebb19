"""`python -m ingest` runs the CLI."""

from .cli import cli

cli()
