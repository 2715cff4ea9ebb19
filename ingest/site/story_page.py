"""The story page: the versions of one news story, why they were grouped, and what was reused.

`row-<db>-stories.html` renders what `story_context` returns: the story's articles in
publication order, then each `story_links` pair with its kind, its similarity, which
article came first (or "unknown") and the evidence spelled out, then "compare two
versions": the `story_passages` of the pair, A's sentence beside the sentence of B that
reuses it, and both texts with the reused sentences highlighted. Every piece of article
text is escaped (through `mark_up` or Jinja's autoescape).
"""

from __future__ import annotations

import json

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup

from .links import row_page_vars, row_url
from .markup import QUOTE, Span, mark_up

# What each figure of `story_links.evidence` (ingest/stories.py) measures, in reading order.
EVIDENCE_LABELS = {
    "containment": "Shared 3-word sequences, as a share of the shorter text",
    "jaccard": "Shared 3-word sequences, as a share of both texts together",
    "cosine": "Shared vocabulary (TF-IDF cosine of content words)",
    "entities": "Shared people, organisations and places (weighted by rarity)",
    "shared_entities": "Entities both name",
    "shared_quotes": "Quotations both carry",
    "shared_dates": "Event dates both report",
    "days_apart": "Days between their closest dates",
    "score": "Combined score",
}
KIND_HELP = {
    "copy": "the same text, copied or lightly edited",
    "rewrite": "the same story, reworded",
    "same_event": "two reports of the same happening",
}


def _parse(value: str | None) -> dict:
    """The evidence JSON object; anything else is kept whole under one key."""
    try:
        evidence = json.loads(value or "{}")
    except ValueError:
        return {"evidence": value}
    return evidence if isinstance(evidence, dict) else {"evidence": value}


def _evidence(evidence: dict, entity_names: dict[str, tuple[str | None, str]], quote_texts: dict[str, str]) -> list[dict]:
    """The evidence as labelled items, entity keys and quote groups resolved to what a reader knows."""
    order = list(EVIDENCE_LABELS)
    items = []
    for key in sorted(evidence, key=lambda k: (order.index(k) if k in order else len(order), k)):
        raw = evidence[key]
        item = {"key": key, "label": EVIDENCE_LABELS.get(key, key.replace("_", " ").capitalize())}
        if key == "shared_entities" and isinstance(raw, list):
            item["entities"] = [{"href": entity_names.get(str(k), (None, str(k)))[0],
                                 "name": entity_names.get(str(k), (None, str(k)))[1]} for k in raw]
        elif key == "shared_quotes" and isinstance(raw, list):
            item["list"] = [quote_texts.get(str(k), str(k)) for k in raw]
        elif isinstance(raw, list):
            item["list"] = [str(v) for v in raw]
        elif raw is None:
            item["text"] = "unknown"
        else:
            item["text"] = json.dumps(raw, ensure_ascii=False) if isinstance(raw, (dict, bool)) else str(raw)
        items.append(item)
    return items


def _reused_text(body: str, ranges: list[tuple[int, int, float]]) -> Markup:
    """A whole body escaped, each reused sentence in a <mark> titled with its similarity."""
    spans = [Span(start, end, QUOTE, Markup('<mark class="reused" title="similarity {:.2f}">').format(similarity),
                  Markup("</mark>"))
             for start, end, similarity in ranges]
    return mark_up(body or "", spans)


async def story_context(datasette, database: str, story_id: str) -> dict:
    """Everything the story template shows besides the row itself."""
    db = datasette.get_database(database)

    async def query(sql, params):
        return [dict(r) for r in (await db.execute(sql, params)).rows]

    found = await query("select * from stories where id = ?", [story_id])
    if not found:
        return {}
    members = await query(
        """select id, headline, title, source, published, url, word_count from articles where story_id = ?
        order by published is null, published, id""", [story_id])
    links = await query(
        """select * from story_links l
        where l.article_a in (select id from articles where story_id = :id)
           or l.article_b in (select id from articles where story_id = :id)
        order by l.similarity desc, l.article_a, l.article_b""", {"id": story_id})
    linked_ids = sorted({m["id"] for m in members} | {l[k] for l in links for k in ("article_a", "article_b")})
    articles = {r["id"]: r for r in await query(
        f"select id, headline, source, published, body from articles where id in ({','.join('?' for _ in linked_ids)})",
        linked_ids)}
    for a in list(articles.values()) + members:
        a["href"] = row_url(datasette, database, "articles", a["id"])
    for m in members:
        m["original"] = m["url"] if (m["url"] or "").startswith(("https://", "http://")) else None

    evidences = [_parse(l["evidence"]) for l in links]

    def listed(key):
        return sorted({str(k) for e in evidences if isinstance(e.get(key), list) for k in e[key]})

    entity_ids = listed("shared_entities")
    by_id = {r["id"]: r["name"] for r in await query(
        f"select id, name from entities where id in ({','.join('?' for _ in entity_ids)})", entity_ids)}
    entity_names = {k: (row_url(datasette, database, "entities", k), by_id[k]) if k in by_id else (None, k)
                    for k in entity_ids}
    quote_groups = listed("shared_quotes")
    quote_texts = {r["quote_group"]: r["text"] for r in await query(
        f"""select quote_group, min(text) as text from quotes
        where quote_group in ({','.join('?' for _ in quote_groups)}) group by quote_group""", quote_groups)}

    comparisons = []
    for n, (link, evidence) in enumerate(zip(links, evidences), 1):
        a, b = articles.get(link["article_a"]), articles.get(link["article_b"])
        if a is None or b is None:
            continue
        passages = await query(
            """select * from story_passages where article_a = ? and article_b = ?
            order by b_start, a_start""", [a["id"], b["id"]])
        for p in passages:
            p["a_text"] = (a["body"] or "")[p["a_start"]:p["a_end"]]
            p["b_text"] = (b["body"] or "")[p["b_start"]:p["b_end"]]
        earlier = articles.get(link["earlier"]) if link["earlier"] else None
        reused = sum(p["b_end"] - p["b_start"] for p in passages)
        comparisons.append({
            "n": n,
            "a": a,
            "b": b,
            "kind": link["kind"],
            "kind_help": KIND_HELP.get(link["kind"], ""),
            "similarity": link["similarity"],
            "earlier": earlier,
            "evidence": _evidence(evidence, entity_names, quote_texts),
            "evidence_json": json.dumps(evidence, ensure_ascii=False, indent=2, sort_keys=True),
            "passages": passages,
            "b_share": reused / len(b["body"]) if b["body"] else 0,
            "a_marked": _reused_text(a["body"], [(p["a_start"], p["a_end"], p["similarity"])
                                                 for p in passages]),
            "b_marked": _reused_text(b["body"], [(p["b_start"], p["b_end"], p["similarity"])
                                                 for p in passages]),
        })
    return {
        "story": found[0],
        "story_members": members,
        "story_comparisons": comparisons,
    }


story_template_vars = row_page_vars("stories", story_context)


@hookimpl(specname="prepare_jinja2_environment")
def story_link_filter(env):
    """`{{ id|tilde_encode }}`: templates link to a row page (e.g. an article's story) as Datasette spells it."""
    env.filters["tilde_encode"] = lambda value: tilde_encode(str(value))
