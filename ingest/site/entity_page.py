"""The entity page: who or what it is, where (a map pin), and where it appears.

`row-<db>-entities.html` renders what `entity_context` returns: aliases, the articles
that mention the entity (newest first), the quotes it is the speaker of, the entities
most often mentioned in the same articles, and the events it takes part in or hosts.
"""

from __future__ import annotations

import json


from .links import map_tiles, row_page_vars, row_url

CO_MENTIONED = 20


def _aliases(value) -> list[str]:
    try:
        aliases = json.loads(value or "[]")
    except ValueError:
        return [value]
    return [str(a) for a in aliases] if isinstance(aliases, list) else [str(aliases)]


async def entity_context(datasette, database: str, entity_id: str) -> dict:
    """Everything the entity template shows besides the row itself."""
    db = datasette.get_database(database)
    rows = (await db.execute("select * from entities where id = ?", [entity_id])).rows
    if not rows:
        return {}
    entity = dict(rows[0])

    async def query(sql, params):
        return [dict(r) for r in (await db.execute(sql, params)).rows]

    articles = await query(
        """select a.id, a.headline as title, a.source, a.published, count(*) as mentions
        from mentions m join articles a on a.id = m.article_id
        where m.entity_id = ? group by a.id order by a.published desc, a.id""", [entity_id])
    quotes = await query(
        """select q.id, q.text, q.kind, q.cue, q.article_id, a.headline as article_title, a.published
        from quotes q join articles a on a.id = q.article_id
        where q.speaker_id = ? order by a.published desc, q.char_start""", [entity_id])
    co_mentioned = await query(
        """select e.id, e.name, e.type, count(distinct o.article_id) as articles
        from mentions m join mentions o on o.article_id = m.article_id and o.entity_id != m.entity_id
        join entities e on e.id = o.entity_id
        where m.entity_id = ? group by e.id order by articles desc, e.name limit ?""",
        [entity_id, CO_MENTIONED])
    events = await query(
        """select ev.id, ev.date, ev.type, ev.summary, group_concat(distinct r.role) as roles
        from events ev join (
            select event_id, role from event_actors where entity_id = :id
            union all select id, 'place' from events where place_id = :id
        ) r on r.event_id = ev.id
        group by ev.id order by ev.date, ev.id""", {"id": entity_id})
    for a in articles:
        a["href"] = row_url(datasette, database, "articles", a["id"])
    for q in quotes:
        q["href"] = row_url(datasette, database, "articles", q["article_id"]) + f"#quote-{q['id']}"
    for e in co_mentioned:
        e["href"] = row_url(datasette, database, "entities", e["id"])
    for e in events:
        e["href"] = row_url(datasette, database, "events", e["id"])
    return {
        "entity": entity,
        "aliases": _aliases(entity.get("aliases")),
        "entity_articles": articles,
        "entity_quotes": quotes,
        "co_mentioned": co_mentioned,
        "entity_events": events,
        **map_tiles(datasette, database),
    }


entity_template_vars = row_page_vars("entities", entity_context)
