"""URLs of the archive's pages, built the way Datasette builds them (tilde-encoded keys)."""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode


def row_url(datasette, database: str, table: str, key) -> str:
    """The page of one row, e.g. /archive/entities/bamako."""
    return datasette.urls.row(database, table, tilde_encode(str(key)))


def row_key(request) -> str:
    """The primary key of the row page being rendered."""
    return tilde_decode(request.url_vars["pks"])


async def archive_database(datasette) -> str | None:
    """The attached database that holds the archive: the first with an `articles_fts` table."""
    for name, db in datasette.databases.items():
        if name != "_internal" and "articles_fts" in await db.table_names():
            return name
    return None


def row_page_vars(table: str, context):
    """An `extra_template_vars` hook giving the row page of `table` what `context` computes."""

    page_table = table

    def extra_template_vars(view_name, table, database, request, datasette):
        if view_name != "row" or table != page_table or request is None:
            return {}

        async def inner():
            return await context(datasette, database, row_key(request))

        return inner

    return hookimpl(specname="extra_template_vars")(extra_template_vars)


def map_tiles(datasette, database: str) -> dict:
    """The tile layer configured for datasette-cluster-map, for the pages' own map pins."""
    config = datasette.plugin_config("datasette-cluster-map", database=database) or {}
    return {"tile_layer": config.get("tile_layer", ""), "tile_layer_options": config.get("tile_layer_options", {})}
