"""The event page: what happened, when (and how precisely), where, who took part, who reported it.

`row-<db>-events.html` renders what `event_context` returns: the place with a map pin
(the entity page's `entity-map.js`), the actors with their roles, and each article's
sentence reporting the event with the date as written highlighted, linked to the article.
"""

from __future__ import annotations

from markupsafe import Markup

from .links import map_tiles, row_page_vars, row_url
from .markup import EVENT, Span, mark_up


def date_marked(sentence: str | None, date_text: str | None) -> Markup:
    """The sentence escaped, the first occurrence of the date as written in a <mark>."""
    sentence = sentence or ""
    start = sentence.find(date_text) if date_text else -1
    spans = [Span(start, start + len(date_text), EVENT, Markup('<mark class="event">'), Markup("</mark>"))] \
        if start >= 0 else []
    return mark_up(sentence, spans)


async def event_context(datasette, database: str, event_id: str) -> dict:
    """Everything the event template shows besides the row itself."""
    db = datasette.get_database(database)

    async def query(sql, params):
        return [dict(r) for r in (await db.execute(sql, params)).rows]

    found = await query("select * from events where id = ?", [event_id])
    if not found:
        return {}
    event = found[0]
    place = (await query("select id, name, country_code from entities where id = ?", [event["place_id"]])
             if event["place_id"] else [])
    actors = await query(
        """select e.id, e.name, e.type, group_concat(x.role, ', ') as roles
        from (select distinct entity_id, role from event_actors where event_id = ? order by role) x
        join entities e on e.id = x.entity_id
        group by e.id order by e.name, e.id""", [event_id])
    reports = await query(
        """select m.article_id, m.sentence, m.date_text, a.headline, a.source, a.published
        from event_mentions m join articles a on a.id = m.article_id
        where m.event_id = ? order by a.published is null, a.published, a.id, m.char_start""", [event_id])
    for p in place:
        p["href"] = row_url(datasette, database, "entities", p["id"])
    for a in actors:
        a["href"] = row_url(datasette, database, "entities", a["id"])
    for r in reports:
        r["href"] = row_url(datasette, database, "articles", r["article_id"])
        r["sentence_marked"] = date_marked(r["sentence"], r["date_text"])
    return {
        "event": event,
        "event_place": place[0] if place else None,
        "event_actors": actors,
        "event_reports": reports,
        **map_tiles(datasette, database),
    }


event_template_vars = row_page_vars("events", event_context)
