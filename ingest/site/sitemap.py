"""`/sitemap.xml`: every page a search engine or an archiving crawler should visit.

The home page, the search page, each table and canned query, and one page per article,
entity, event and story, with the article's publication date as `lastmod` when it has one.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from datasette import hookimpl
from datasette.utils.asgi import Response

from .links import archive_database, row_url

ROW_TABLES = ("articles", "entities", "events", "stories")


async def sitemap_urls(datasette, database: str) -> list[tuple[str, str | None]]:
    """(path, lastmod) for every page of the site, in a stable order."""
    db = datasette.get_database(database)
    paths: list[tuple[str, str | None]] = [(datasette.urls.instance(), None), (datasette.urls.path("/-/search"), None),
                                           (datasette.urls.database(database), None)]
    hidden = set(await db.hidden_table_names())
    for table in await db.table_names():
        if table not in hidden:
            paths.append((datasette.urls.table(database, table), None))
    for name in sorted((await datasette.get_canned_queries(database, None)).keys()):
        paths.append((datasette.urls.query(database, name), None))
    for table in ROW_TABLES:
        date = {"articles": "published", "events": "date", "stories": "first_published"}.get(table)
        sql = f"select id, {date or 'null'} as lastmod from {table} order by id"
        for row in (await db.execute(sql)).rows:
            lastmod = row["lastmod"] if row["lastmod"] and len(row["lastmod"]) >= 10 else None
            paths.append((row_url(datasette, database, table, row["id"]), lastmod and row["lastmod"][:10]))
    return paths


async def sitemap(datasette, request):
    database = await archive_database(datasette)
    urls = await sitemap_urls(datasette, database) if database else []
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for path, lastmod in urls:
        loc = f"<loc>{escape(datasette.absolute_url(request, path))}</loc>"
        lines.append(f"<url>{loc}<lastmod>{lastmod}</lastmod></url>" if lastmod else f"<url>{loc}</url>")
    lines.append("</urlset>")
    return Response("\n".join(lines) + "\n", content_type="application/xml; charset=utf-8")


@hookimpl(specname="register_routes")
def sitemap_routes():
    return [(r"^/sitemap\.xml$", sitemap)]
