"""URLs of the archive's pages, built the way Datasette builds them (tilde-encoded keys)."""

from __future__ import annotations

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
