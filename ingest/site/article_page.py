"""The article page: its body marked up from the stored offsets, and the side panels.

`row-<db>-articles.html` renders what `article_context` returns: the clean text with
entity mentions linked to their pages, quotes highlighted with their speaker and dated
events marked, then panels of the entities by type, the quotes, the events and the
other articles of the same story.
"""

from __future__ import annotations


from .links import row_page_vars, row_url
from .markup import event_span, mark_up, mention_span, quote_span

ENTITY_TYPES = ("person", "organization", "place", "other")


async def article_context(datasette, database: str, article_id: str) -> dict:
    """Everything the article template shows besides the row itself."""
    db = datasette.get_database(database)
    rows = (await db.execute("select * from articles where id = ?", [article_id])).rows
    if not rows:
        return {}
    article = dict(rows[0])

    def entity_url(entity_id):
        return row_url(datasette, database, "entities", entity_id)

    mentions = [dict(r) for r in (await db.execute(
        """select m.entity_id, m.surface, m.char_start, m.char_end, e.name, e.type
        from mentions m join entities e on e.id = m.entity_id
        where m.article_id = ? order by m.char_start""", [article_id])).rows]
    quotes = [dict(r) for r in (await db.execute(
        """select q.*, e.name as speaker_name from quotes q left join entities e on e.id = q.speaker_id
        where q.article_id = ? order by q.char_start""", [article_id])).rows]
    events = [dict(r) for r in (await db.execute(
        """select ev.id, ev.date, ev.type, ev.summary, ev.place_id, p.name as place_name,
               em.date_text, em.sentence, em.char_start, em.char_end
        from event_mentions em join events ev on ev.id = em.event_id
        left join entities p on p.id = ev.place_id
        where em.article_id = ? order by em.char_start""", [article_id])).rows]
    story = [dict(r) for r in (await db.execute(
        """select a.id, a.headline as title, a.source, a.published, l.similarity, l.kind
        from articles a left join story_links l
          on (l.article_a = :id and l.article_b = a.id) or (l.article_b = :id and l.article_a = a.id)
        where a.id != :id and (a.story_id = :story or l.kind is not null)
        order by a.published, a.id""", {"id": article_id, "story": article["story_id"]})).rows]

    spans = [mention_span(m["char_start"], m["char_end"], entity_url(m["entity_id"]), m["name"], m["type"])
             for m in mentions]
    spans += [quote_span(q["char_start"], q["char_end"], q["id"], q["speaker_name"] or q["speaker_surface"])
              for q in quotes]
    spans += [event_span(e["char_start"], e["char_end"], e["date"], e["type"], e["summary"]) for e in events]
    for q in quotes:
        q["speaker_href"] = entity_url(q["speaker_id"]) if q["speaker_id"] else None
    for e in events:
        e["href"] = row_url(datasette, database, "events", e["id"])
        e["place_href"] = entity_url(e["place_id"]) if e["place_id"] else None
    for row in story:
        row["href"] = row_url(datasette, database, "articles", row["id"])

    by_type: dict[str, dict[str, dict]] = {}
    for m in mentions:
        entry = by_type.setdefault(m["type"] or "other", {}).setdefault(
            m["entity_id"], {"id": m["entity_id"], "name": m["name"], "count": 0, "href": entity_url(m["entity_id"])})
        entry["count"] += 1
    entity_panels = [(t, sorted(by_type[t].values(), key=lambda e: (-e["count"], e["name"])))
                     for t in sorted(by_type, key=lambda t: ENTITY_TYPES.index(t) if t in ENTITY_TYPES else 99)]
    return {
        "article": article,
        "marked_body": mark_up(article["body"] or "", spans),
        "entity_panels": entity_panels,
        "quotes": quotes,
        "events": list({e["id"]: e for e in events}.values()),
        "story_articles": story,
    }


article_template_vars = row_page_vars("articles", article_context)
