"""Stories: which articles tell the same story, and which one rewrote which.

Two kinds of evidence, because copying and retelling leave different traces.
A copy (wire copy republished, lightly edited, wrapped in other chrome) keeps
long runs of identical words: word 3-shingles of the clean body, MinHash + LSH
(datasketch) to find candidates, exact shingle containment to decide. A
paraphrase or a second report of the same happening keeps little wording but
the same rare vocabulary, people, quotations and dates: a TF-IDF cosine over
content-word stems (plain Python, `collections`; scikit-learn is not a
dependency), plus the share of canonical entities (IDF-weighted), shared
quotations and shared day-precision event dates.

Time is the veto. Two articles whose known dates (publication and reported
event dates) are all more than `MAX_SPAN_DAYS` apart report different
happenings, however alike they read: the same two ministers meeting in 2021
and in 2024 is two stories. The veto applies to a whole cluster, so a 2021
article cannot join a 2024 story through a third, undated article.

Candidates, never all pairs: LSH buckets for copies, and an inverted index on
blocking keys (each article's `TERMS_PER_DOC` most distinctive stems, its
quotations and event dates, its entities) where keys held by more than
`MAX_POSTING` articles are dropped. Cost: O(N·L) to shingle and hash N
articles of L words, plus at most N·K·MAX_POSTING/2 candidate pairs for K keys
per article, each scored in O(L): linear in N. Measured on 10k synthetic
articles by `benchmarks/stories_10k.py`.

Thresholds, chosen on `gold/stories/` (seed pairs and constructed pairs, see
its README, which lists the measured feature values they separate):
a copy has shingle containment >= COPY_CONTAINMENT; otherwise a pair is one
story when cosine + ENTITY_WEIGHT·entities + QUOTE_WEIGHT·quotes +
DATE_WEIGHT·dates >= SAME_STORY (quotes and dates count up to two); it is a
`rewrite` when the cosine alone reaches REWRITE_COSINE, else `same_event`.
A story has actors: when both articles name entities, a non-copy link also
needs an IDF-weighted entity overlap of MIN_ENTITIES (true pairs measured
>= 0.18; shared site chrome plus a coincident date otherwise passes).

Which came first: the earlier `published` date is the likely source; equal,
overlapping (partial dates) or missing dates give `earlier=None` (unknown).
"""

from __future__ import annotations

import hashlib
import math
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations

from datasketch import MinHash, MinHashLSH

from .decode import strip_accents

SHINGLE_WORDS = 3
NUM_PERM = 128
LSH_THRESHOLD = 0.3
STEM_CHARS = 5
TERMS_PER_DOC = 25
MAX_POSTING = 50
MIN_SHARED_TERMS = 3

COPY_CONTAINMENT = 0.5
SAME_STORY = 0.40
REWRITE_COSINE = 0.30
ENTITY_WEIGHT = 0.3
QUOTE_WEIGHT = 0.3
DATE_WEIGHT = 0.2
MIN_ENTITIES = 0.1
MAX_SPAN_DAYS = 90

ALIGN_MIN = 0.35
ALIGN_MIN_TERMS = 3


@dataclass(frozen=True)
class StoryDoc:
    """One article's evidence for story linking."""

    id: str
    body: str
    title: str | None = None
    published: str | None = None  # ISO, maybe partial
    entity_keys: frozenset[str] = frozenset()
    quote_keys: frozenset[str] = frozenset()
    event_dates: frozenset[str] = frozenset()  # ISO days of the dated events it reports


@dataclass
class Story:
    """Articles telling one story; `id` derives from the smallest member id."""

    id: str
    title: str | None
    first_published: str | None
    article_ids: list[str]


@dataclass
class StoryLink:
    """Why two articles are one story. `a` is the likely source when `earlier` is known;
    `similarity` is the shingle containment for a copy, the combined score (capped at 1)
    otherwise; `evidence` holds every measurement (see `compare`)."""

    a: str
    b: str
    similarity: float
    kind: str  # copy / rewrite / same_event
    evidence: dict = field(default_factory=dict)
    earlier: str | None = None


@dataclass
class StoryResult:
    """Stories (singletons included), the links inside them, and each article's story."""

    stories: list[Story]
    links: list[StoryLink]
    story_of: dict[str, str]
    candidates: int = 0  # pairs scored, for the scale note


@dataclass
class Alignment:
    """A sentence of B (b_start:b_end) that reuses a sentence of A (a_start:a_end)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float


# ---- text --------------------------------------------------------------------

_WORD = re.compile(r"\w+")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Lowercase without accents, so 'Zoé' and 'Zoe' are one word."""
    return _NON_ASCII.sub(lambda m: strip_accents(m[0]), text.lower())


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS  # a word list; loads no model

    return frozenset(_fold(w) for w in STOP_WORDS)


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


def _terms(words: list[str]) -> list[str]:
    """Content-word stems: a crude prefix stem lets 'renforcer' meet 'renforcement'."""
    stop = _stop_words()
    return [w if w.isdigit() else w[:STEM_CHARS] for w in words
            if (len(w) >= 4 if w.isdigit() else len(w) > 1 and w not in stop)]


def _shingles(words: list[str]) -> set[int]:
    """Word 3-grams as 32-bit CRCs: deterministic across runs, cheap, and what MinHash wants."""
    joined = [" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))]
    return {zlib.crc32(g.encode()) for g in joined if g}


# ---- time --------------------------------------------------------------------

def _interval(value: str | None) -> tuple[date, date] | None:
    """The days an ISO date (year, month or day precision) may stand for."""
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    try:
        year = int(m[1])
        if m[3]:
            day = date(year, int(m[2]), int(m[3]))
            return day, day
        if m[2]:
            start = date(year, int(m[2]), 1)
            return start, (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _gap(x: tuple[date, date], y: tuple[date, date]) -> int:
    return max(0, (y[0] - x[1]).days, (x[0] - y[1]).days)


def _times(doc: StoryDoc) -> list[tuple[date, date]]:
    found = [_interval(doc.published)] + [_interval(d) for d in sorted(doc.event_dates)]
    return [t for t in found if t]


def _time_gap(x: list, y: list) -> int | None:
    """Days between the closest dates of two articles; None when one has no date."""
    if not x or not y:
        return None
    return min(_gap(a, b) for a in x for b in y)


def _earlier(a: StoryDoc, b: StoryDoc) -> str | None:
    ta, tb = _interval(a.published), _interval(b.published)
    if not ta or not tb:
        return None
    if ta[1] < tb[0]:
        return a.id
    if tb[1] < ta[0]:
        return b.id
    return None


# ---- features ----------------------------------------------------------------

@dataclass
class _Features:
    shingles: set[int]
    vector: dict[str, float]
    times: list


def _idf(counts: Counter, n: int) -> dict[str, float]:
    return {k: math.log((1 + n) / (1 + df)) + 1 for k, df in counts.items()}


def _features(docs: list[StoryDoc]) -> tuple[list[_Features], dict[str, float], list[list[str]]]:
    words = [_words(d.body) for d in docs]
    terms = [Counter(_terms(_words(d.title or "") + w)) for d, w in zip(docs, words)]
    df = Counter(t for tf in terms for t in tf)
    idf = _idf(df, len(docs))
    feats, top = [], []
    for doc, tf, body_words in zip(docs, terms, words):
        vec = {t: (1 + math.log(c)) * idf[t] for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {t: v / norm for t, v in vec.items()}
        feats.append(_Features(_shingles(body_words), vec, _times(doc)))
        blocking = [t for t in vec if 2 <= df[t] <= MAX_POSTING]
        top.append(sorted(blocking, key=lambda t: (-vec[t], t))[:TERMS_PER_DOC])
    entity_idf = _idf(Counter(k for d in docs for k in d.entity_keys), len(docs))
    return feats, entity_idf, top


def _cosine(x: dict[str, float], y: dict[str, float]) -> float:
    if len(x) > len(y):
        x, y = y, x
    return sum(v * y[t] for t, v in x.items() if t in y)


def _judge(a: StoryDoc, b: StoryDoc, fa: _Features, fb: _Features, entity_idf: dict[str, float]) -> dict:
    """Every measurement on one pair, and the verdict: `kind` is None when not one story."""
    common = len(fa.shingles & fb.shingles)
    containment = common / (min(len(fa.shingles), len(fb.shingles)) or 1)
    cosine = _cosine(fa.vector, fb.vector)
    union = a.entity_keys | b.entity_keys
    entities = sum(entity_idf[k] for k in a.entity_keys & b.entity_keys) / (sum(entity_idf[k] for k in union) or 1)
    quotes = sorted(a.quote_keys & b.quote_keys)
    dates = sorted(a.event_dates & b.event_dates)
    gap = _time_gap(fa.times, fb.times)
    score = (cosine + ENTITY_WEIGHT * entities + QUOTE_WEIGHT * min(len(quotes), 2) / 2
             + DATE_WEIGHT * min(len(dates), 2) / 2)
    if containment >= COPY_CONTAINMENT:
        kind, similarity = "copy", containment
    elif (score >= SAME_STORY and not (gap is not None and gap > MAX_SPAN_DAYS)
          and (entities >= MIN_ENTITIES or not (a.entity_keys and b.entity_keys))):
        kind, similarity = ("rewrite" if cosine >= REWRITE_COSINE else "same_event"), min(1.0, score)
    else:
        kind, similarity = None, min(1.0, score)
    return {
        "kind": kind,
        "similarity": round(similarity, 3),
        "containment": round(containment, 3),
        "jaccard": round(common / (len(fa.shingles | fb.shingles) or 1), 3),
        "cosine": round(cosine, 3),
        "entities": round(entities, 3),
        "shared_entities": sorted(a.entity_keys & b.entity_keys),
        "shared_quotes": quotes,
        "shared_dates": dates,
        "days_apart": gap,
        "score": round(score, 3),
    }


def _link(a: StoryDoc, b: StoryDoc, verdict: dict) -> StoryLink:
    earlier = _earlier(a, b)
    first, second = sorted((a, b), key=lambda d: (d.id != earlier, d.id))
    evidence = {k: v for k, v in verdict.items() if k not in ("kind", "similarity")}
    return StoryLink(first.id, second.id, verdict["similarity"], verdict["kind"], evidence, earlier)


def compare(docs: list[StoryDoc], a: str, b: str) -> dict:
    """The measurements and verdict for one pair, in the context of `docs` (for IDF):
    answers "why were these two (not) grouped?" even for pairs never blocked together."""
    feats, entity_idf, _ = _features(docs)
    index = {d.id: i for i, d in enumerate(docs)}
    i, j = index[a], index[b]
    return _judge(docs[i], docs[j], feats[i], feats[j], entity_idf)


# ---- candidates --------------------------------------------------------------

def _candidates(docs: list[StoryDoc], feats: list[_Features], top: list[list[str]]) -> set[tuple[int, int]]:
    """Pairs worth scoring: same LSH bucket, or shared rare keys (never all pairs)."""
    pairs: set[tuple[int, int]] = set()
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes = []
    template = MinHash(num_perm=NUM_PERM)  # one set of permutations, not one per article
    for i, f in enumerate(feats):
        # Shingles are already 32-bit hashes: datasketch need not hash them again.
        mh = MinHash(num_perm=NUM_PERM, hashfunc=int, permutations=template.permutations, scheme=template.scheme)
        if f.shingles:
            mh.update_batch(list(f.shingles))
        hashes.append(mh)
        lsh.insert(i, mh)
    for i, mh in enumerate(hashes):
        pairs.update((min(i, j), max(i, j)) for j in lsh.query(mh) if j != i)

    postings: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        keys = [f"t:{t}" for t in top[i]] + [f"q:{q}" for q in doc.quote_keys]
        keys += [f"d:{d}" for d in doc.event_dates] + [f"e:{e}" for e in doc.entity_keys]
        for key in keys:
            postings[key].append(i)
    shared: Counter = Counter()
    for key, members in postings.items():
        if len(members) > MAX_POSTING:
            continue
        weight = MIN_SHARED_TERMS if key[0] in "qd" else 1  # one quotation or date suffices
        for pair in combinations(members, 2):
            shared[pair] += weight
    pairs.update(p for p, n in shared.items() if n >= MIN_SHARED_TERMS)
    return pairs


# ---- clustering --------------------------------------------------------------

def _cluster(docs: list[StoryDoc], links: list[StoryLink], times: dict[str, list]) -> dict[str, str]:
    """Union the links, rewrites and same-event links first (strongest first),
    refusing a merge that would put two articles more than MAX_SPAN_DAYS apart
    in one story; then copies, unconditionally: a copy always joins its original,
    even one republished years later."""
    parent = {d.id: d.id for d in docs}
    members = {d.id: [d.id] for d in docs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def clash(r1: str, r2: str) -> bool:
        for x in members[r1]:
            for y in members[r2]:
                gap = _time_gap(times[x], times[y])
                if gap is not None and gap > MAX_SPAN_DAYS:
                    return True
        return False

    ordered = sorted(links, key=lambda l: (l.kind == "copy", -l.similarity, l.a, l.b))
    for link in ordered:
        r1, r2 = root(link.a), root(link.b)
        if r1 == r2 or (link.kind != "copy" and clash(r1, r2)):
            continue
        if len(members[r1]) < len(members[r2]):
            r1, r2 = r2, r1
        parent[r2] = r1
        members[r1].extend(members.pop(r2))
    return {d.id: root(d.id) for d in docs}


def _story_id(article_ids: list[str]) -> str:
    """Stable across rebuilds: derived from the smallest member id."""
    return "s" + hashlib.sha1(min(article_ids).encode()).hexdigest()[:15]


def _story_title(members: list[StoryDoc]) -> str | None:
    titled = [d for d in members if d.title]
    if titled:
        return min(titled, key=lambda d: (d.published is None, d.published or "", d.id)).title
    first = min(members, key=lambda d: d.id).body.strip().split("\n")[0]
    return first[:120] or None


def link_stories(docs: list[StoryDoc]) -> StoryResult:
    """Group articles into stories; every article gets one (singletons too)."""
    if not docs:
        return StoryResult([], [], {})
    feats, entity_idf, top = _features(docs)
    pairs = _candidates(docs, feats, top)
    links = []
    for i, j in sorted(pairs):
        verdict = _judge(docs[i], docs[j], feats[i], feats[j], entity_idf)
        if verdict["kind"]:
            links.append(_link(docs[i], docs[j], verdict))
    root_of = _cluster(docs, links, {d.id: f.times for d, f in zip(docs, feats)})
    groups: dict[str, list[StoryDoc]] = defaultdict(list)
    for doc in docs:
        groups[root_of[doc.id]].append(doc)
    stories, story_of = [], {}
    for members in groups.values():
        ids = sorted(d.id for d in members)
        story = Story(
            id=_story_id(ids),
            title=_story_title(members),
            first_published=min((d.published for d in members if d.published), default=None),
            article_ids=ids,
        )
        stories.append(story)
        story_of.update((i, story.id) for i in ids)
    stories.sort(key=lambda s: s.id)
    kept = sorted((l for l in links if story_of[l.a] == story_of[l.b]), key=lambda l: (l.a, l.b))
    return StoryResult(stories, kept, story_of, candidates=len(pairs))


# ---- alignment ---------------------------------------------------------------

# A sentence ends at . ! ? … before a space, but not after "M." or "Mme." (abbreviations).
_SENTENCE = re.compile(r"[^\n]+?(?:(?<!\b[A-Z])(?<!\bMM)(?<!\bMme)(?<!\bDr)[.!?…](?=\s|$)|$)", re.M)


def _sentences(text: str) -> list[tuple[int, int, frozenset[str]]]:
    found = []
    for m in _SENTENCE.finditer(text):
        start = m.start() + len(m[0]) - len(m[0].lstrip())
        end = m.end()
        if end > start:
            found.append((start, end, frozenset(_terms(_words(text[start:end])))))
    return found


def align(body_a: str, body_b: str) -> list[Alignment]:
    """The sentences of B that reuse a sentence of A, one-to-one, in B's order.

    Similarity is the Dice coefficient of content-word stems, so a reworded
    sentence still matches its source; pairs sharing fewer than
    ALIGN_MIN_TERMS stems are ignored (short sentences match by chance).
    """
    sa, sb = _sentences(body_a), _sentences(body_b)
    scored = []
    for i, (_, _, ta) in enumerate(sa):
        for j, (_, _, tb) in enumerate(sb):
            common = len(ta & tb)
            if common >= ALIGN_MIN_TERMS:
                dice = 2 * common / (len(ta) + len(tb))
                if dice >= ALIGN_MIN:
                    scored.append((-dice, i, j))
    used_a, used_b, found = set(), set(), []
    for neg, i, j in sorted(scored):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        found.append(Alignment(sa[i][0], sa[i][1], sb[j][0], sb[j][1], round(-neg, 3)))
    return sorted(found, key=lambda al: al.b_start)
