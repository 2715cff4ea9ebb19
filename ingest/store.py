"""The only module that touches SQLite: a `Corpus` in, `archive.db` out, atomically.

The database is built in a temporary file beside the target and moved over it
with `os.replace` only once complete, so a failed or interrupted build leaves
the previous `archive.db` as it was, and a server holding the old file open
never sees a half-built one. Table and column names are the public schema
contract of DESIGN.md; we add tables and columns, never rename or drop.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from .model import Corpus

FTS_TOKENIZE = "unicode61 remove_diacritics 2"

SCHEMA_VERSION = 1


def slug(name: str) -> str:
    """A readable URL-safe id: 'Évguéni Dupont' -> 'evgueni-dupont'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def opening_words(body: str, limit: int = 12) -> str:
    """A display label for an article without a title: its first words, marked as cut."""
    words = body.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside `target`; move it over `target` only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(f".{target.name}.*.building"):  # left by a killed build
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".building", dir=target.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm", tmp + "-journal"):
            if os.path.exists(leftover):
                os.unlink(leftover)


def write(corpus: Corpus, target: Path, build_info: dict) -> None:
    """Write the whole corpus to `target`, atomically."""
    with atomic_path(target) as tmp:
        db = sqlite_utils.Database(tmp)
        db.conn.execute("PRAGMA journal_mode = OFF")
        db.conn.execute("PRAGMA synchronous = OFF")
        with db.conn:
            _write_tables(db, corpus, build_info)
        db.conn.execute("PRAGMA journal_mode = DELETE")
        db.vacuum()
        db.close()


def entity_ids(corpus: Corpus) -> dict[str, str]:
    """Stable, readable ids for entity keys: the slug of the name, qualified on collision. Of two entities of
    one name the one with the plainer key keeps the bare slug ("moscou" is the town, "moscou-organization" the
    government that acts from it)."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for entity in sorted(corpus.entities, key=lambda e: (e.name, len(e.key), e.type, e.key)):
        candidate = slug(entity.name)
        if candidate in taken:
            candidate = f"{candidate}-{entity.type}"
        n = 2
        base = candidate
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        ids[entity.key] = candidate
    return ids


# The tables, in creation order (a foreign key's target first): columns, primary key, foreign keys.
SCHEMA: dict[str, tuple[dict, str | None, list]] = {
    "stories": ({"id": str, "title": str, "first_published": str, "article_count": int}, "id", []),
    "articles": (
        {"id": str, "origin": str, "url": str, "title": str, "headline": str, "subtitle": str, "author": str,
         "source": str, "section": str, "published": str, "published_precision": str,
         "published_inferred": int, "modified": str, "language": str, "body": str,
         "word_count": int, "content_hash": str, "story_id": str, "origins": str, "extra": str},
        "id", [("story_id", "stories", "id")],
    ),
    "boilerplate": ({"article_id": str, "position": int, "line": str, "reason": str}, None,
                    [("article_id", "articles", "id")]),
    "entities": (
        {"id": str, "name": str, "type": str, "aliases": str, "latitude": float, "longitude": float,
         "country_code": str, "wikidata": str, "article_count": int, "mention_count": int},
        "id", [],
    ),
    "mentions": ({"article_id": str, "entity_id": str, "surface": str, "char_start": int, "char_end": int},
                 None, [("article_id", "articles", "id"), ("entity_id", "entities", "id")]),
    "quotes": (
        {"id": str, "article_id": str, "text": str, "speaker_id": str, "speaker_surface": str,
         "cue": str, "kind": str, "char_start": int, "char_end": int, "quote_group": str},
        "id", [("article_id", "articles", "id"), ("speaker_id", "entities", "id")],
    ),
    "events": (
        {"id": str, "date": str, "date_precision": str, "year": int, "type": str, "summary": str,
         "place_id": str, "latitude": float, "longitude": float, "article_count": int},
        "id", [("place_id", "entities", "id")],
    ),
    "event_mentions": (
        {"event_id": str, "article_id": str, "sentence": str, "date_text": str, "char_start": int, "char_end": int},
        None, [("event_id", "events", "id"), ("article_id", "articles", "id")],
    ),
    "event_actors": ({"event_id": str, "entity_id": str, "role": str}, None,
                     [("event_id", "events", "id"), ("entity_id", "entities", "id")]),
    "story_links": (
        {"article_a": str, "article_b": str, "similarity": float, "kind": str, "evidence": str, "earlier": str},
        None, [("article_a", "articles", "id"), ("article_b", "articles", "id")],
    ),
    "story_passages": (
        {"article_a": str, "article_b": str, "a_start": int, "a_end": int, "b_start": int, "b_end": int,
         "similarity": float},
        None, [("article_a", "articles", "id"), ("article_b", "articles", "id")],
    ),
    "ingest_errors": ({"origin": str, "reason": str}, None, []),
}


def create_schema(db: sqlite_utils.Database) -> None:
    """Create the empty tables of the archive (tests build tiny archives on it too)."""
    for name, (columns, pk, fks) in SCHEMA.items():
        db[name].create(columns, pk=pk, foreign_keys=fks or None)


def _insert(db: sqlite_utils.Database, name: str, rows) -> None:
    db[name].insert_all(rows, batch_size=500)


def _write_tables(db: sqlite_utils.Database, corpus: Corpus, build_info: dict) -> None:
    create_schema(db)
    ids = entity_ids(corpus)
    story_of = getattr(corpus.stories, "story_of", {}) if corpus.stories else {}

    _insert(db, "articles", (
            {
                "id": a.id,
                "origin": a.origin,
                "url": a.url,
                "title": a.title,
                "headline": a.title or opening_words(a.body),
                "subtitle": a.subtitle,
                "author": a.author,
                "source": a.source,
                "section": a.section,
                "published": a.published,
                "published_precision": a.published_precision,
                "published_inferred": int(a.published_inferred),
                "modified": a.modified,
                "language": a.language,
                "body": a.body,
                "word_count": a.word_count,
                "content_hash": a.content_hash,
                "story_id": story_of.get(a.id),
                "origins": json.dumps([a.origin] + [o for o, aid in corpus.duplicates if aid == a.id], ensure_ascii=False),
                "extra": json.dumps(a.extra, ensure_ascii=False, sort_keys=True) if a.extra else None,
            }
            for a in sorted(corpus.articles, key=lambda a: a.id)
        ))

    _insert(db, "boilerplate", (
            {"article_id": a.id, "position": i, "line": r.text, "reason": r.reason}
            for a in sorted(corpus.articles, key=lambda a: a.id)
            for i, r in enumerate(a.removed)
        ))

    _write_entities(db, corpus, ids)
    _write_quotes(db, corpus, ids)
    _write_events(db, corpus, ids)
    _write_stories(db, corpus, ids)
    _write_passages(db, corpus)

    _insert(db, "ingest_errors", ({"origin": e.origin, "reason": e.reason} for e in corpus.errors))
    db["_build"].insert(
        {
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "schema_version": SCHEMA_VERSION,
            "articles": len(corpus.articles),
            "errors": len(corpus.errors),
            **{k: (json.dumps(v) if isinstance(v, (list, dict)) else v) for k, v in build_info.items()},
        }
    )
    index_and_search(db)


def _write_entities(db, corpus: Corpus, ids: dict[str, str]) -> None:
    articles_of: dict[str, set[str]] = {}
    mentions_of: dict[str, int] = {}
    for article_id, mentions in corpus.mentions.items():
        for m in mentions:
            if m.key in ids:
                articles_of.setdefault(m.key, set()).add(article_id)
                mentions_of[m.key] = mentions_of.get(m.key, 0) + 1
    _insert(db, "entities", (
            {
                "id": ids[e.key],
                "name": e.name,
                "type": e.type,
                "aliases": json.dumps(sorted(set(e.aliases) - {e.name}), ensure_ascii=False),
                "latitude": e.latitude,
                "longitude": e.longitude,
                "country_code": e.country_code,
                "wikidata": e.wikidata,
                "article_count": len(articles_of.get(e.key, ())),
                "mention_count": mentions_of.get(e.key, 0),
            }
            for e in sorted(corpus.entities, key=lambda e: ids[e.key])
        ))
    _insert(db, "mentions", (
            {"article_id": article_id, "entity_id": ids[m.key], "surface": m.surface,
             "char_start": m.start, "char_end": m.end}
            for article_id in sorted(corpus.mentions)
            for m in sorted(corpus.mentions[article_id], key=lambda m: m.start)
            if m.key in ids
        ))


def _write_quotes(db, corpus: Corpus, ids: dict[str, str]) -> None:
    _insert(db, "quotes", (
            {
                "id": f"{article_id}-{q.start}",
                "article_id": article_id,
                "text": q.text,
                "speaker_id": ids.get(q.speaker_key) if q.speaker_key else None,
                "speaker_surface": q.speaker_surface,
                "cue": q.cue,
                "kind": q.kind,
                "char_start": q.start,
                "char_end": q.end,
                "quote_group": q.group,
            }
            for article_id in sorted(corpus.quotes)
            for q in sorted(corpus.quotes[article_id], key=lambda q: q.start)
        ))


def _write_events(db, corpus: Corpus, ids: dict[str, str]) -> None:
    coords = {e.key: (e.latitude, e.longitude) for e in corpus.entities}
    _insert(db, "events", (
            {
                "id": ev.id,
                "date": ev.date,
                "date_precision": ev.precision,
                "year": int(ev.date[:4]) if ev.date[:4].isdigit() else None,
                "type": ev.type,
                "summary": ev.summary,
                "place_id": ids.get(ev.place_key) if ev.place_key else None,
                "latitude": coords.get(ev.place_key, (None, None))[0],
                "longitude": coords.get(ev.place_key, (None, None))[1],
                "article_count": len({m.article_id for m in ev.mentions}),
            }
            for ev in sorted(corpus.events, key=lambda e: (e.date, e.id))
        ))
    _insert(db, "event_mentions", (
            {"event_id": ev.id, "article_id": m.article_id, "sentence": m.sentence, "date_text": m.date_text,
             "char_start": m.start, "char_end": m.end}
            for ev in sorted(corpus.events, key=lambda e: e.id)
            for m in sorted(ev.mentions, key=lambda m: (m.article_id, m.start))
        ))
    _insert(db, "event_actors", (
            {"event_id": ev.id, "entity_id": ids[key], "role": role}
            for ev in sorted(corpus.events, key=lambda e: e.id)
            for key, role in sorted(set(ev.actors))
            if key in ids
        ))


def _evidence(evidence: dict, ids: dict[str, str]) -> dict:
    """A story link's evidence, naming shared entities by their entity id."""
    if "shared_entities" in evidence:
        evidence = {**evidence, "shared_entities": sorted(ids.get(k, k) for k in evidence["shared_entities"])}
    return evidence


def _write_stories(db, corpus: Corpus, ids: dict[str, str]) -> None:
    result = corpus.stories
    stories = getattr(result, "stories", []) if result else []
    links = getattr(result, "links", []) if result else []
    _insert(db, "stories", (
            {"id": s.id, "title": s.title, "first_published": s.first_published,
             "article_count": len(s.article_ids)}
            for s in sorted(stories, key=lambda s: s.id)
        ))
    _insert(db, "story_links", (
            {"article_a": link.a, "article_b": link.b, "similarity": round(link.similarity, 4),
             "kind": link.kind, "evidence": json.dumps(_evidence(link.evidence, ids), ensure_ascii=False, sort_keys=True),
             "earlier": link.earlier}
            for link in sorted(links, key=lambda l: (l.a, l.b))
        ))


def _write_passages(db, corpus: Corpus) -> None:
    _insert(db, "story_passages", (
        {"article_a": a, "article_b": b, "a_start": p.a_start, "a_end": p.a_end, "b_start": p.b_start,
         "b_end": p.b_end, "similarity": round(p.similarity, 4)}
        for a, b, p in sorted(corpus.passages, key=lambda t: (t[0], t[1], t[2].b_start))
    ))


def index_and_search(db) -> None:
    """Indexes, full-text search tables and views, once the rows are in."""
    for table, columns in {
        "articles": ["published", "source", "story_id", "language", "content_hash"],
        "mentions": ["article_id", "entity_id"],
        "quotes": ["article_id", "speaker_id", "quote_group"],
        "events": ["date", "type", "place_id"],
        "event_mentions": ["event_id", "article_id"],
        "event_actors": ["event_id", "entity_id"],
        "entities": ["type", "country_code"],
        "boilerplate": ["article_id"],
        "story_links": ["article_a", "article_b"],
        "story_passages": ["article_a", "article_b"],
    }.items():
        for column in columns:
            if db[table].exists() and column in db[table].columns_dict:
                db[table].create_index([column], if_not_exists=True)
    for table, columns in {
        "articles": ["title", "subtitle", "body"],
        "quotes": ["text", "speaker_surface"],
        "entities": ["name", "aliases"],
        "events": ["summary"],
    }.items():
        db[table].enable_fts(columns, tokenize=FTS_TOKENIZE, create_triggers=False, replace=True)
    db.create_view(
        "places",
        """select id, name, country_code, latitude, longitude, article_count, mention_count
        from entities where type = 'place' and latitude is not null""",
        replace=True,
    )


def read_build_info(path: Path) -> dict | None:
    """The latest `_build` row of an existing archive, or None."""
    if not Path(path).exists():
        return None
    db = sqlite_utils.Database(path)
    try:
        rows = list(db.query("select * from _build order by rowid desc limit 1"))
    finally:
        db.close()
    return rows[0] if rows else None


def counts(path: Path) -> dict[str, int]:
    """Row counts of the public tables of an archive."""
    db = sqlite_utils.Database(path)
    try:
        return {t: db[t].count for t in ("articles", "entities", "mentions", "quotes", "events",
                                         "stories", "boilerplate", "ingest_errors") if db[t].exists()}
    finally:
        db.close()
