"""The build, stage by stage: read, clean, analyse, link, store.

Open the modules in this order to follow one article from file to row:
`sources` (read) -> `articles` and `clean` (clean) -> `nlp`, `entities`,
`quotes`, `dates`, `events` (analyse) -> `entities.link_entities`,
`events.merge_events`, `stories` (link) -> `store` (write).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from . import __version__, nlp, store
from .articles import NotAnArticle, build_article
from .entities import find_mentions, link_entities
from .events import find_events, merge_events
from .model import Article, Corpus, ReadError, Source
from .quotes import attribute, quote_fingerprint
from .sources import read_paths
from .stories import StoryDoc, align, link_stories


@dataclass
class Report:
    """What a build did, for the summary line and the `_build` table."""

    articles: int = 0
    words: int = 0
    entities: int = 0
    mentions: int = 0
    quotes: int = 0
    events: int = 0
    stories: int = 0
    errors: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0


def collect(paths: Iterable[Path], root: Path | None = None) -> Corpus:
    """Read and clean every document; errors and duplicates are recorded, never fatal."""
    corpus = Corpus()
    by_id: dict[str, Article] = {}
    by_hash: dict[str, Article] = {}
    for item in read_paths(paths, root):
        if isinstance(item, ReadError):
            corpus.errors.append(item)
            continue
        article = _clean(item, corpus)
        if article is None:
            continue
        first = by_id.get(article.id) or by_hash.get(article.content_hash)
        if first is not None:
            corpus.duplicates.append((article.origin, first.id))
            corpus.errors.append(ReadError(article.origin, f"duplicate of {first.origin} (same {'URL' if first.id == article.id else 'text'})"))
            continue
        by_id[article.id] = by_hash[article.content_hash] = article
        corpus.articles.append(article)
    return corpus


def _clean(source: Source, corpus: Corpus) -> Article | None:
    try:
        return build_article(source)
    except NotAnArticle as exc:
        corpus.errors.append(ReadError(source.origin, str(exc)))
    except Exception as exc:  # one bad document never costs the corpus
        corpus.errors.append(ReadError(source.origin, f"cleaning failed: {type(exc).__name__}: {exc}"))
    return None


def analyse(corpus: Corpus, progress: Callable[[Iterable], Iterable] = iter) -> None:
    """One spaCy pass per article, shared by the entity, quote and event extractors."""
    docs = nlp.parse_many(a.body for a in corpus.articles)
    raw_events = []
    article_keys: dict[str, list[str | None]] = {}
    for article, doc in progress(zip(corpus.articles, docs)):
        try:
            mentions = find_mentions(doc)
            quotes, bodies = attribute(doc, mentions)
            mentions = sorted(mentions + bodies, key=lambda m: m.start)
            events = find_events(doc, mentions, article)
        except Exception as exc:  # an extractor bug costs one article's analysis, not the build
            corpus.errors.append(ReadError(article.origin, f"analysis failed, text kept without entities, "
                                                           f"quotes or events: {type(exc).__name__}: {exc}"))
            mentions, quotes, events = [], [], []
        corpus.mentions[article.id] = mentions
        corpus.quotes[article.id] = quotes
        raw_events.extend(events)
        article_keys[article.id] = [m.key for m in mentions]
    corpus.entities = link_entities(corpus.mentions)
    # Quotes and events named article-level keys; linking renamed them to corpus keys.
    renamed = {
        article_id: {old: m.key for old, m in zip(article_keys[article_id], corpus.mentions[article_id])}
        for article_id in corpus.mentions
    }
    for article_id, quotes in corpus.quotes.items():
        for q in quotes:
            if q.speaker_key:
                q.speaker_key = renamed[article_id].get(q.speaker_key)
            q.group = quote_fingerprint(q.text)
    for em in raw_events:
        names = renamed[em.article_id]
        em.place_key = names.get(em.place_key) if em.place_key else None
        em.places = [names[k] for k in em.places if k in names]
        em.actors = [(names[k], role) for k, role in em.actors if k in names]
    corpus.events = merge_events(raw_events)


def link(corpus: Corpus) -> None:
    """Group articles into stories from their text, entities, quotes and event dates."""
    entity_keys: dict[str, set[str]] = {}
    for article_id, mentions in corpus.mentions.items():
        entity_keys[article_id] = {m.key for m in mentions if m.key}
    event_dates: dict[str, set[str]] = {}
    for event in corpus.events:
        if event.precision == "day":
            for m in event.mentions:
                event_dates.setdefault(m.article_id, set()).add(event.date)
    docs = [
        StoryDoc(
            id=a.id,
            body=a.body,
            title=a.title,
            published=a.published,
            entity_keys=frozenset(entity_keys.get(a.id, ())),
            quote_keys=frozenset(q.group for q in corpus.quotes.get(a.id, ()) if q.kind == "direct"),
            event_dates=frozenset(event_dates.get(a.id, ())),
        )
        for a in corpus.articles
    ]
    corpus.stories = link_stories(docs)
    bodies = {a.id: a.body for a in corpus.articles}
    for story_link in corpus.stories.links:  # the passages of B that reuse A, A the likely source
        for passage in align(bodies[story_link.a], bodies[story_link.b]):
            corpus.passages.append((story_link.a, story_link.b, passage))


def build(paths: Iterable[Path], db_path: Path, *, root: Path | None = None,
          progress: Callable[[Iterable], Iterable] = iter) -> Report:
    """Build `db_path` from `paths`; the previous database survives any failure."""
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    corpus = collect(paths, root)
    analyse(corpus, progress)
    link(corpus)
    report = Report(
        articles=len(corpus.articles),
        words=sum(a.word_count for a in corpus.articles),
        entities=len(corpus.entities),
        mentions=sum(len(m) for m in corpus.mentions.values()),
        quotes=sum(len(q) for q in corpus.quotes.values()),
        events=len(corpus.events),
        stories=len(getattr(corpus.stories, "stories", []) or []),
        errors=corpus.errors,
    )
    report.seconds = time.perf_counter() - started
    store.write(corpus, db_path, {
        "version": __version__,
        "inputs": [p.as_posix() for p in paths],
        "words": report.words,
        "seconds": round(report.seconds, 2),
    })
    return report
