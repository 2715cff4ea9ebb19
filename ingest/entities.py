"""Names in an article, then the same names across the corpus.

`find_mentions` reads the spaCy entities of one article body and keeps the ones
that name a person, an organisation or a place: titles and articles come off
the front ("M. Dupont" is "Dupont", "la France" is "France"), and what is not a
name goes (role phrases, common nouns with a capital, demonyms, headings,
sentence-initial words). A curated gazetteer (`data/gazetteer.yml`) fixes the
type and the canonical form of recurring actors the model gets wrong, and finds
them where the model missed them. A surname alone takes the key of the full
name the article gave before.

`link_entities` joins the articles: accent and case variants share a key, a
surname alone is resolved to a full name only when the corpus has exactly one
person with that surname, each name gets the type most of its mentions have,
and places get coordinates from `geocode`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .geocode import Place, context_country, countries, country_of, geocode
from .geocode import fold as place_fold
from .model import Entity, Mention

LABELS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}
# A span this long is a phrase the model swallowed, not a name (gazetteer names excepted).
MAX_TOKENS = 12
# Ties in a type vote go to the earlier type: the model overuses LOC and MISC.
_TYPE_ORDER = ("person", "organization", "place", "other")
_PREPOSITIONS = frozenset({"de", "des", "du", "d'", "l'", "la", "le", "les", "a", "au", "aux"})


def fold(text: str) -> str:
    """The comparison form of a name: no accents, case, hyphens or apostrophe variants."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.replace("-", " ").split()).strip(" .,;:'\"«»()")


def _fold_chars(text: str) -> str:
    """`fold` one character at a time, so that offsets into the result are offsets into `text`."""
    out = []
    for c in text:
        base = unicodedata.normalize("NFKD", c)[:1] or c
        out.append("'" if c == "’" else base.lower() if len(base.lower()) == 1 else c)
    return "".join(out)


def _data(name: str):
    return yaml.safe_load(resources.files("ingest.data").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """The word lists of `data/entities_lexicon.yml`, folded."""
    return {k: frozenset(fold(str(w)) if fold(str(w)) else str(w) for w in v) for k, v in _data("entities_lexicon.yml").items()}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str | None]:
    """Every inflected form of every demonym -> its country code (or None)."""
    out: dict[str, str | None] = {}
    for base, code in _data("entities_demonyms.yml")["demonyms"].items():
        base = fold(base)
        forms = {base, base + "s"}
        if base.endswith("e"):
            forms |= {base + "s"}
        elif base.endswith("ien") or base.endswith("een"):
            forms |= {base + "ne", base + "nes"}
        elif base.endswith("s"):
            forms |= {base + "e", base + "es"}
        else:
            forms |= {base + "e", base + "es"}
        for form in forms:
            out[form] = code
    return out


def demonym_country(word: str) -> str | None:
    """The country a demonym or nationality adjective refers to ("maliennes" -> "ML"), else None."""
    return _demonyms().get(fold(word))


def is_demonym(word: str) -> bool:
    """Whether a word (any gender or number) is a demonym: "Maliens" is not a name."""
    return fold(word) in _demonyms()


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...]
    wikidata: str | None


def _is_acronym(alias: str) -> bool:
    return alias.isupper() and len(alias.replace(" ", "")) <= 6


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, GazetteerEntry], dict[str, GazetteerEntry]]:
    """(folded name or alias -> entry, acronym as written -> entry). Acronyms match case-sensitively."""
    by_fold: dict[str, GazetteerEntry] = {}
    by_acronym: dict[str, GazetteerEntry] = {}
    for item in _data("gazetteer.yml")["entities"]:
        entry = GazetteerEntry(item["name"], item["type"], tuple(item.get("aliases") or ()), item.get("wikidata"))
        for alias in (entry.name, *entry.aliases):
            if _is_acronym(alias):
                by_acronym[alias] = entry
            else:
                by_fold.setdefault(fold(alias), entry)
    return by_fold, by_acronym


def lookup(name: str) -> GazetteerEntry | None:
    """The gazetteer entry a name (as written) refers to."""
    by_fold, by_acronym = gazetteer()
    stripped = name.strip()
    return by_acronym.get(stripped) or by_fold.get(fold(stripped))


@lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern, re.Pattern]:
    """Regexes that find gazetteer names the model missed: acronyms as written, longer names folded.

    One-word names shorter than five letters are too easily a common word or an
    initial, and aliases written lowercase ("groupe Wagner") are descriptions,
    so only the model's own spans reach them.
    """
    by_fold, by_acronym = gazetteer()
    written = {fold(a) for e in by_fold.values() for a in (e.name, *e.aliases) if a[:1].isupper()}
    acronyms = sorted((a for a in by_acronym if len(a) >= 3), key=len, reverse=True)
    names = sorted((f for f in written if " " in f or len(f) >= 5), key=len, reverse=True)
    words = [r"[\s\-]+".join(map(re.escape, n.split())) for n in names]
    return (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, acronyms)) + r")(?![\w-])"),
            re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])"))


# --------------------------------------------------------------------------- one article


def _is_line_start(doc, token) -> bool:
    return token.i == 0 or "\n" in doc[token.i - 1].whitespace_ + doc[token.i - 1].text


def _trim(doc, tokens: list, label: str) -> list | None:
    """The name inside a span: leading articles, titles and role words off; None when no name is left.

    A span that is a role with a complement ("ministre des Affaires étrangères")
    names a function, not an organisation, and is dropped whole.
    """
    lex = lexicon()
    strip = lex["determiners"] | lex["honorifics"]
    while tokens and (tokens[0].is_punct or tokens[0].is_space or fold(tokens[0].text) in strip):
        if label == "person" and tokens[0].text[:1].isupper() and fold(tokens[0].text) in lex["name_particles"] \
                and len(tokens) > 1:
            break  # "Le Pen", "De Gaulle": a capitalised particle belongs to the surname
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or fold(tokens[-1].text) in lex["determiners"]):
        tokens = tokens[:-1]
    if not tokens:
        return None
    for k in range(len(tokens), 0, -1):  # "Cédéao conduite": a known name, then the model's overreach
        if lookup(_text(doc, tokens[:k])) and not any(t.text[:1].isupper() for t in tokens[k:]):
            return tokens[:k]
    while len(tokens) > 1 and tokens[-1].pos_ in ("VERB", "AUX", "ADV") and tokens[-1].text.islower():
        tokens = tokens[:-1]
    head = fold(tokens[0].text)
    if label == "place" and head in lex["place_heads"] and tokens[-1].text[:1].isupper() \
            and fold(tokens[-1].text) not in lex["common_nouns"]:
        return tokens  # "mer Noire", "canton de Vaud": the head noun is part of the name
    if head in lex["town_heads"] and len(tokens) > 2 and fold(tokens[1].text) in _PREPOSITIONS:
        return _trim(doc, tokens[2:], "place")  # "ville de Tombouctou" is the town
    dropped = []
    while tokens and not tokens[0].text[:1].isupper():
        dropped.append(tokens[0])
        tokens = tokens[1:]
    if dropped and (fold(dropped[-1].text) in _PREPOSITIONS or dropped[-1].text.endswith(("'", "’"))):
        return None  # "ministre des Affaires étrangères", "mission de l'…": a function, not a name
    if not tokens or (dropped and label != "person" and fold(dropped[0].text) in lex["roles"]
                      and not lookup(_text(doc, tokens))):
        return None
    return tokens


def _text(doc, tokens) -> str:
    return doc.text[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)]


def _is_junk(doc, tokens, label: str) -> bool:
    """Whether a trimmed span is not a name: common noun, demonym, heading, sentence-initial word."""
    text = _text(doc, tokens)
    key = fold(text)
    lex = lexicon()
    if not any(c.isupper() for c in text) or len(key) < 2 or key in lex["common_nouns"]:
        return True
    if len(tokens) > MAX_TOKENS or "\n" in text:
        return True
    if all(is_demonym(t.text) or t.is_punct for t in tokens) and geocode_key(text) is None:
        return True  # "Maliens", "Russe"; but "Suisse" is a country too
    first = tokens[0]
    if len(tokens) == 1 and (first.is_sent_start or _is_line_start(doc, first)) and not first.text.isupper() \
            and geocode_key(text) is None and _common_word(doc, first):
        return True  # a capitalised common word opening a sentence
    if _is_whole_line(doc, tokens) and (label in ("organization", "other") or first.pos_ != "PROPN"):
        return True  # a subheading the model took for a name ("Réaction de Paris")
    return False


def _common_word(doc, token) -> bool:
    """Whether a sentence-initial capitalised word is a common word: the article writes it
    lowercase elsewhere, or the model knows it, does not call it a proper noun, and the
    article never capitalises it mid-sentence."""
    lower = token.text.lower()
    others = [t for t in doc if t.i != token.i and t.text.lower() == lower]
    if any(t.text == lower for t in others):
        return True
    if any(not t.is_sent_start and t.text[:1].isupper() for t in others):
        return False
    return token.pos_ != "PROPN" and doc.vocab.has_vector(lower)


def _is_whole_line(doc, tokens) -> bool:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    before = doc.text.rfind("\n", 0, start) + 1
    after = doc.text.find("\n", end)
    line = doc.text[before: after if after >= 0 else len(doc.text)].strip()
    return line == doc.text[start:end] and len(tokens) > 1


def geocode_key(name: str) -> str | None:
    """The key of a country name (its French form, so "USA" and "États-Unis" share it), else None."""
    place = countries().get(place_fold(name))
    return fold(place.name) if place else None


def _spans(doc):
    """The model's entity spans, cut at line breaks (a heading glued to a paragraph is two spans)."""
    for ent in doc.ents:
        label = LABELS.get(ent.label_, "other")
        part: list = []
        for tok in ent:
            if tok.is_space or "\n" in tok.text:
                if part:
                    yield part, label
                part = []
                continue
            part.append(tok)
            if "\n" in tok.whitespace_:
                yield part, label
                part = []
        if part:
            yield part, label


def _label(text: str, label: str) -> tuple[str, str]:
    """(type, key) of a trimmed name: gazetteer first, then countries, then the model's label."""
    entry = lookup(text)
    if entry:
        return entry.type, fold(entry.name)
    country = geocode_key(text)
    if country:
        return "place", country
    return label, fold(text)


def find_mentions(doc) -> list[Mention]:
    """Every person, organisation and place named in one article body (`doc.text`), with article-level keys."""
    mentions: list[Mention] = []
    for tokens, label in _spans(doc):
        tokens = _trim(doc, tokens, label)
        if not tokens or (not lookup(_text(doc, tokens)) and _is_junk(doc, tokens, label)):
            continue
        text = _text(doc, tokens)
        kind, key = _label(text, label)
        mentions.append(Mention(tokens[0].idx, tokens[0].idx + len(text), text, kind, key))
    mentions.extend(_gazetteer_mentions(doc.text, mentions))
    mentions.sort(key=lambda m: m.start)
    _resolve_in_article(mentions, doc.text)
    return mentions


def _gazetteer_mentions(text: str, found: list[Mention]) -> list[Mention]:
    """Gazetteer names in the text that no accepted mention covers."""
    taken = [(m.start, m.end) for m in found]
    acronyms, names = _scanner()
    folded = _fold_chars(text)
    out = []
    for pattern, haystack in ((acronyms, text), (names, folded)):
        pos = 0
        while match := pattern.search(haystack, pos):
            start, end = match.span()
            surface = text[start:end]
            entry = lookup(surface)
            if entry is None or not surface[:1].isupper() or any(a < end and start < b for a, b in taken):
                pos = start + 1  # "opération X" written lowercase may still hold "X"
                continue
            out.append(Mention(start, end, surface, entry.type, fold(entry.name)))
            taken.append((start, end))
            pos = end
    return out


def _resolve_in_article(mentions: list[Mention], text: str) -> None:
    """Surnames take the key of the article's full name; a name the model typed two ways gets one type.

    A name typed as a place or organisation that is the surname of a person the
    article names is that person ("Dupont a déclaré" tagged LOC). A place glued
    to a surname ("Mali Dupont", a typo for "M. Dupont") is cut to the surname.
    """
    people = [m for m in mentions if m.label == "person" and len(m.key.split()) > 1]
    surnames = {p.key.split()[-1] for p in people}
    for m in mentions:
        if lookup(m.surface):
            continue
        words = m.key.split()
        if len(words) > 1 and words[-1] in surnames and m.label != "person" \
                and geocode_key(" ".join(m.surface.split()[:-1])):
            cut = m.surface.rfind(m.surface.split()[-1])
            m.start, m.surface, m.key = m.start + cut, m.surface[cut:], words[-1]
            m.end = m.start + len(m.surface)
        if m.label != "person" and len(m.key.split()) > 1:
            continue
        fuller = [p for p in people if _completes(p.key, m.key)]
        if fuller:
            before = [p for p in fuller if p.start <= m.start] or fuller
            m.key, m.label = before[-1].key, "person"
            _extend_particle(m, text)
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        votes[m.key][m.label] += 1
    for m in mentions:
        if not lookup(m.surface):
            m.label = _vote(votes[m.key])


def _extend_particle(m: Mention, text: str) -> None:
    """Take back a capitalised particle the model left out of a surname ("Le" of "Le Drian")."""
    words = m.key.split()
    head = text[:m.start].split()[-1:] if m.start else []
    surname = fold(m.surface).split()
    if head and head[0][:1].isupper() and fold(head[0]) in lexicon()["name_particles"] \
            and " ".join(words[-len(surname) - 1:]) == " ".join([fold(head[0]), *surname]):
        m.start -= len(head[0]) + (len(text[:m.start]) - len(text[:m.start].rstrip()))
        m.surface = text[m.start:m.end]


def _completes(full: str, short: str) -> bool:
    """Whether `short` is the surname part of `full` ("le drian" of "jean yves le drian")."""
    return len(full) > len(short) and full.endswith(" " + short)


def _vote(counts: Counter) -> str:
    return max(counts, key=lambda t: (counts[t], -_TYPE_ORDER.index(t)))


# --------------------------------------------------------------------------- the corpus


def link_entities(mentions_by_article: dict[str, list[Mention]]) -> list[Entity]:
    """Corpus entities from every article's mentions; each `Mention.key` is rewritten to its entity's key."""
    everything = [m for ms in mentions_by_article.values() for m in ms]
    full_names: dict[str, set[str]] = defaultdict(set)  # surname -> full-name keys
    for m in everything:
        if m.label == "person" and len(m.key.split()) > 1:
            full_names[m.key.split()[-1]].add(m.key)
    for m in everything:
        if m.label == "person":
            fuller = {k for k in full_names.get(m.key.split()[-1], ()) if _completes(k, m.key)}
            if len(fuller) == 1:  # two people share the surname: leave it unresolved
                m.key = fuller.pop()
    votes: dict[str, Counter] = defaultdict(Counter)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    for m in everything:
        votes[m.key][m.label] += 1
        surfaces[m.key][m.surface] += 1
    types = {key: _vote(c) for key, c in votes.items()}
    for m in everything:
        m.label = types[m.key]
    contexts = _contexts(mentions_by_article)
    entities = []
    for key, seen in surfaces.items():
        entry = next((lookup(s) for s in seen if lookup(s)), None)
        name = entry.name if entry else _display(key, seen)
        entity = Entity(key=key, name=name, type=entry.type if entry else types[key],
                        aliases=sorted(s for s in seen if s != name), wikidata=entry.wikidata if entry else None)
        if entity.type == "place":
            place = _place(entity, contexts[key])
            if place is not None:
                entity.latitude, entity.longitude, entity.country_code = place.latitude, place.longitude, place.country_code
        entities.append(entity)
    return sorted(entities, key=lambda e: e.key)


def _display(key: str, seen: Counter) -> str:
    """The canonical name: a country's French name, else the fullest, most frequent, most accented surface."""
    country = countries().get(place_fold(key))
    if country:
        return country.name
    return max(seen, key=lambda s: (len(s.split()), seen[s], sum(not c.isascii() for c in s), s))


def _contexts(mentions_by_article: dict[str, list[Mention]]) -> dict[str, Counter]:
    """For each place key, the countries named by the articles that name it, the article's main one first."""
    out: dict[str, Counter] = defaultdict(Counter)
    for mentions in mentions_by_article.values():
        places = [m for m in mentions if m.label == "place"]
        main = context_country(m.surface for m in places)
        named = {country_of(m.surface) for m in places} - {None}
        for key in {m.key for m in places}:
            out[key].update(named)
            if main:
                out[key][main] += len(named)
    return out


def _place(entity: Entity, contexts: Counter) -> Place | None:
    """The entity's point, read in the context of the countries its articles name (most named first)."""
    for context in [c for c, _ in contexts.most_common()] or [None]:
        for name in (entity.name, *entity.aliases):
            place = geocode(name, context)
            if place is not None:
                return place if place.latitude is not None else None
    return None
