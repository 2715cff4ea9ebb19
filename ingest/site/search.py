"""Ranked search across articles, quotes, entities and events: the `/-/search` page.

Datasette's `?_search=` filters one table without ranking. The page runs the `search`
canned query of metadata.yml (bm25() over the four FTS5 tables, snippet() highlights),
so the page and the JSON API rank alike. What a person types is turned into a safe FTS5
expression first: every word is quoted (so `l'armée` or a stray `"` is no syntax error)
and a trailing `*` keeps its prefix meaning (`Prigo*`). Accents are folded by the FTS
tokenizer itself (`remove_diacritics 2`), so `Zoe` finds `Zoé`.
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from .links import archive_database

# snippet() wraps matches in these; they are rare in French text and readable in JSON.
HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE = "【", "】"
TERM = re.compile(r'"[^"]*"\*?|[^\s"]+')


def fts_query(text: str) -> str:
    """A user's search words as an FTS5 expression: quoted terms, ANDed, `*` kept as prefix."""
    terms = []
    for term in TERM.findall(text or ""):
        prefix = term.endswith("*")
        words = re.findall(r"\w+", term)
        if words:
            terms.append('"' + " ".join(words) + '"' + ("*" if prefix else ""))
    return " ".join(terms)


def highlight(snippet: str | None) -> Markup:
    """A snippet escaped, its highlight markers turned into <mark>."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(HIGHLIGHT_OPEN, "<mark>").replace(HIGHLIGHT_CLOSE, "</mark>"))


async def search(datasette, database: str, text: str, limit: int = 50) -> list[dict]:
    """Ranked hits for `text` (best first), each with kind, title, snippet and page URL."""
    query = fts_query(text)
    if not query:
        return []
    canned = await datasette.get_canned_query(database, "search", None)
    result = await datasette.get_database(database).execute(canned["sql"], {"q": query})
    hits = []
    for row in result.rows[:limit]:
        hit = dict(row)
        hit["snippet_html"] = highlight(hit["snippet"])
        hits.append(hit)
    return hits


async def search_page(datasette, request):
    database = await archive_database(datasette)
    text = request.args.get("q", "").strip()
    hits = await search(datasette, database, text) if database and text else []
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit["kind"]] = counts.get(hit["kind"], 0) + 1
    return Response.html(await datasette.render_template(
        "search.html",
        {"q": text, "hits": hits, "counts": counts, "database": database, "fts_query": fts_query(text)},
        request=request,
    ))


@hookimpl(specname="register_routes")
def search_routes():
    return [(r"^/-/search$", search_page)]


@hookimpl(specname="render_cell")
def search_cells(value, column, database, datasette):
    """In query results, a `snippet` column shows its highlights, a `page` column is a link."""
    if not isinstance(value, str):
        return None
    if column == "snippet" and HIGHLIGHT_OPEN in value:
        return highlight(value)
    if column == "page" and value.startswith("/"):
        return Markup('<a href="{}">{}</a>').format(datasette.urls.path(value), value)
    return None
