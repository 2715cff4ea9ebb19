"""Events: dated happenings found in clauses, then merged across articles.

An event is a resolved date expression plus a predicate in the same sentence:
the trigger (a verb or event noun from `data/event_types.yml`) nearest to the
date in the dependency tree gives its type; the entity mentions of the
sentence give its actors (subject = agent, object = patient) and its place.
Merging joins mentions with the same date at the same precision and the same
type when they share an actor or a place named in their sentences, or come
from one article; two different days never merge.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .dates import find_dates
from .model import Article, Event, EventMention, Mention

# Dates this vague say when, not what happened: an event needs at least a year.
EVENT_PRECISIONS = ("day", "month", "year")
SUMMARY_MAX_TOKENS = 40


# A generic type ("statement") yields to a specific trigger this much farther away in the parse.
GENERIC_PENALTY = 2


@dataclass(frozen=True)
class EventTypes:
    """Trigger lemmas and phrases of each event type, the generic types, and idioms to ignore."""

    lemmas: dict[str, str]
    phrases: list[tuple[re.Pattern, str]]
    generic: frozenset[str]
    idioms: list[re.Pattern]


def _phrase_pattern(phrase: str) -> re.Pattern:
    pattern = re.escape(phrase.lower()).replace("'", "['’]").replace(r"\ ", r"\s+")
    return re.compile(rf"\b{pattern}\b")


@lru_cache(maxsize=1)
def event_types() -> EventTypes:
    raw = yaml.safe_load(resources.files("ingest.data").joinpath("event_types.yml").read_text("utf-8"))
    idioms = [_phrase_pattern(p) for p in raw.pop("idioms", [])]
    lemmas: dict[str, str] = {}
    phrases: list[tuple[re.Pattern, str]] = []
    for name, spec in raw.items():
        for lemma in spec.get("triggers", []):
            lemmas.setdefault(lemma.lower(), name)
        phrases += [(_phrase_pattern(p), name) for p in spec.get("phrases", [])]
    generic = frozenset(name for name, spec in raw.items() if spec.get("generic"))
    return EventTypes(lemmas, phrases, generic, idioms)


def find_events(doc, mentions: list[Mention], article: Article) -> list[EventMention]:
    """The dated happenings of one article, one per (date expression, trigger)."""
    types = event_types()
    # An inferred publication date is weaker evidence than the article's own written dates.
    expressions = find_dates(doc.text, None if article.published_inferred else article.published)
    dates = [d for d in expressions if d.value and d.precision in EVENT_PRECISIONS]
    date_chars = {i for d in expressions for i in range(d.start, d.end)}
    found = []
    for date in dates:
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        trigger = _trigger(sent, span, date_chars, types)
        if trigger is None:
            continue
        token, event_type = trigger
        in_sentence = [m for m in mentions if sent.start_char <= m.start and m.end <= sent.end_char]
        sentence = sent.text.strip()
        start = sent.start_char + sent.text.index(sentence[:1]) if sentence else sent.start_char
        found.append(EventMention(
            article_id=article.id,
            start=start,
            end=start + len(sentence),
            sentence=sentence,
            date_text=date.text,
            date=date.value,
            precision=date.precision,
            type=event_type,
            summary=_summary(doc, token, span),
            place_key=_place(in_sentence, token),
            places=[m.key for m in in_sentence if m.label == "place" and m.key],
            actors=_actors(doc, in_sentence),
        ))
    return found


def _trigger(sent, date_span, date_chars: set[int], types: EventTypes):
    """The trigger token nearest to the date in the parse, and its type."""
    text = sent.text.lower()
    idiom_chars = {sent.start_char + i for p in types.idioms for m in p.finditer(text) for i in range(m.start(), m.end())}
    candidates = []

    def add(token, event_type, bonus=0):
        penalty = GENERIC_PENALTY if event_type in types.generic else 0
        candidates.append((_distance(token, date_span.root) + penalty - bonus, token.i, token, event_type))

    for pattern, event_type in types.phrases:
        for m in pattern.finditer(text):
            start = sent.start_char + m.start()
            token = next((t for t in sent if t.idx >= start), None)
            if token is not None and start not in date_chars:
                add(token, event_type, bonus=1)
    for token in sent:
        if token.idx in date_chars or token.idx in idiom_chars or token.pos_ not in ("VERB", "NOUN"):
            continue
        event_type = types.lemmas.get(token.lemma_.lower()) or types.lemmas.get(token.lower_)
        if event_type:
            add(token, event_type)
    if not candidates:
        return None
    _, _, token, event_type = min(candidates, key=lambda c: (c[0], abs(c[1] - date_span.root.i)))
    return token, event_type


def _distance(a, b) -> int:
    """Edges between two tokens in the dependency tree."""
    path_a = [a, *a.ancestors]
    depth = {t.i: n for n, t in enumerate(path_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return depth[t.i] + n
    return len(path_a) + 50  # different sentences (should not happen)


def _summary(doc, trigger, date_span) -> str:
    """The clause around the trigger: the trigger's (or its verb's) subtree, date included, capped."""
    head = trigger if trigger.pos_ == "VERB" or trigger.head is trigger else trigger.head
    start = min(head.left_edge.i, date_span.start)
    end = max(head.right_edge.i + 1, date_span.end)
    sent = trigger.sent
    start, end = max(start, sent.start), min(end, sent.end)
    if end - start > SUMMARY_MAX_TOKENS:
        centre = trigger.i
        start = max(start, centre - SUMMARY_MAX_TOKENS // 2)
        end = min(end, start + SUMMARY_MAX_TOKENS)
    return doc[start:end].text.strip(" ,;:")


def _place(mentions: list[Mention], trigger) -> str | None:
    """The place mention of the sentence nearest to the trigger."""
    places = [m for m in mentions if m.label == "place" and m.key]
    if not places:
        return None
    return min(places, key=lambda m: abs(m.start - trigger.idx)).key


def _actors(doc, mentions: list[Mention]) -> list[tuple[str, str]]:
    """People and organisations of the sentence, with their role from the parse."""
    actors = []
    for m in mentions:
        if m.label not in ("person", "organization") or not m.key:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        token = span.root if span is not None else None
        while token is not None and token.dep_ in ("appos", "flat:name") and token.head is not token:
            token = token.head  # "le président X a reçu": X takes the role of "le président"
        dep = token.dep_ if token is not None else ""
        role = "agent" if dep in ("nsubj",) else "patient" if dep in ("obj", "nsubj:pass") else "participant"
        actors.append((m.key, role))
    return actors


def merge_events(mentions: list[EventMention]) -> list[Event]:
    """One event per happening: same date and precision, sharing an actor, a place or an article.

    Day-precision reports of one happening may name it differently (a speech at
    which a withdrawal was demanded), so within a day the type need not agree;
    a month or a year holds many happenings, so there the type must agree too.
    """
    groups: dict[tuple[str, str, str], list[EventMention]] = {}
    for m in mentions:
        groups.setdefault((m.date, m.precision, "" if m.precision == "day" else m.type), []).append(m)
    events = []
    for (date, precision, _), group in sorted(groups.items()):
        for cluster in _clusters(group):
            events.append(_event(date, precision, cluster))
    return events


def _clusters(group: list[EventMention]) -> list[list[EventMention]]:
    """Connected components of 'shares an actor, a place or an article'."""
    parent = list(range(len(group)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def keys(m):
        return {k for k, _ in m.actors} | set(m.places)

    for i, a in enumerate(group):
        for j in range(i + 1, len(group)):
            b = group[j]
            if a.article_id == b.article_id or keys(a) & keys(b):
                parent[find(i)] = find(j)
    out: dict[int, list[EventMention]] = {}
    for i, m in enumerate(group):
        out.setdefault(find(i), []).append(m)
    return list(out.values())


def _event(date: str, precision: str, cluster: list[EventMention]) -> Event:
    cluster = sorted(cluster, key=lambda m: (m.article_id, m.start))
    generic = event_types().generic
    votes = [m.type for m in cluster]
    event_type = max(sorted(set(votes)), key=lambda t: (t not in generic, votes.count(t)))
    best = max(cluster, key=lambda m: (len(m.actors) + bool(m.place_key), -len(m.summary)))
    places = [m.place_key for m in cluster if m.place_key]
    actors = sorted({a for m in cluster for a in m.actors})
    seed = "|".join([date, event_type, cluster[0].article_id, str(cluster[0].start)])
    return Event(
        id=hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12],
        date=date,
        precision=precision,
        type=event_type,
        summary=best.summary,
        place_key=max(sorted(set(places)), key=places.count) if places else None,
        mentions=cluster,
        actors=actors,
    )
