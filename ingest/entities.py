"""Names in an article, then the same names across the corpus.

`find_mentions` reads the spaCy entities of one article body and keeps the ones
that name a person, an organisation or a place: titles and articles come off
the front ("M. Dupont" is "Dupont", "la France" is "France"), and what is not a
name goes (role phrases, common nouns with a capital, demonyms, headings,
sentence-initial words). A curated gazetteer (`data/gazetteer.yml`) fixes the
type and the canonical form of recurring actors the model gets wrong, and finds
them where the model missed them. Where the model tagged nothing, countries,
regions and large towns (`geocode.place_names`) and all-capital acronyms are
found too; an acronym takes the key of its expansion ("... (FLN)"); a name the
article gave once is found at its other occurrences, a person's surname alone
included. A surname alone takes the key of the full name the article gave before.

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

from .geocode import Place, context_country, countries, country_of, geocode, place_names
from .geocode import fold as place_fold
from .model import Entity, Mention

LABELS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}
# A span this long is a phrase the model swallowed, not a name (gazetteer names excepted).
MAX_TOKENS = 12
# The longest place name, in tokens, looked for without the model ("République démocratique du Congo").
MAX_PLACE_TOKENS = 6
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


def _untitle(doc, tokens: list, label: str) -> tuple[list, str]:
    """A person's name without the title or function written before it: "Premier ministre Choguel
    Maïga" is the person "Choguel Maïga", "ministre de la Défense Jean Dupont" is "Jean Dupont".

    A function takes its portfolio ("de la Défense", "des Affaires étrangères") with it. The span
    is left as it is unless a capitalised name that is not a known organisation or place remains.
    """
    lex = lexicon()
    i = 0
    while i < len(tokens) and fold(tokens[i].text) in lex["determiners"] | lex["honorifics"]:
        i += 1
    titled = False
    while i < len(tokens) and (k := _prefix(doc, tokens[i].i, lex["person_titles"], min(4, len(tokens) - i))):
        i, titled = i + k, True
        if i < len(tokens):
            portfolio = [e for e, capital in _complement_ends(doc, tokens[i].i, False) if capital]
            i = max([i, *(e - tokens[0].i for e in portfolio)])
        while i < len(tokens) and (tokens[i].is_punct or fold(tokens[i].text) in lex["honorifics"]):
            i += 1
    rest = tokens[i:]
    if not titled or not rest or not _capitalised(rest[0]) \
            or not all(_capitalised(t) or fold(t.text) in lex["name_particles"] or t.text == "-" for t in rest):
        return tokens, label
    text = _text(doc, rest)
    if lookup(text) or _is_place(text):
        return tokens, label
    return rest, "person"


def _text(doc, tokens) -> str:
    return _body(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)]


def _body(doc) -> str:
    """The Doc's text, built once: spaCy joins the tokens again at every `doc.text`."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


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
    if _after_portfolio_head(doc, first) and geocode_key(text) is None:
        return True  # "ministre du Budget": a portfolio, not a place
    if label == "person" and len(tokens) == 1 and first.pos_ == "NOUN" and _is_common_word(first) \
            and not _in_longer_entity(doc, first):
        return True  # "Page actualisée": a common noun the model took for a person
    return False


def _after_portfolio_head(doc, token) -> bool:
    """Whether the token follows "ministre (adjective) de/du/des", i.e. names a portfolio."""
    before = doc[max(0, token.i - 4): token.i]
    if not before or before[-1].lower_ not in _PREPOSITIONS and not before[-1].text.endswith(("'", "’")):
        return False
    heads = lexicon()["portfolio_heads"]
    for k in range(len(before) - 1, -1, -1):
        if fold(before[k].text) in heads:
            return all(t.text.islower() or not t.is_alpha for t in before[k:])
    return False


def _in_longer_entity(doc, token) -> bool:
    """Whether the model also used the word inside a longer name of the article ("Pigeon" of "Narcisse Pigeon")."""
    return any(len(e) > 1 and token.lower_ in {t.lower_ for t in e} for e in doc.ents)


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
    before = _body(doc).rfind("\n", 0, start) + 1
    after = _body(doc).find("\n", end)
    line = _body(doc)[before: after if after >= 0 else len(_body(doc))].strip()
    return line == _body(doc)[start:end] and len(tokens) > 1


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
        tokens, label = _untitle(doc, tokens, label)
        tokens = _trim(doc, tokens, label)
        if not tokens or (not lookup(_text(doc, tokens)) and _is_junk(doc, tokens, label)):
            continue
        text = _text(doc, tokens)
        kind, key = _label(text, label)
        mentions.append(Mention(tokens[0].idx, tokens[0].idx + len(text), text, kind, key))
    mentions.extend(_gazetteer_mentions(_body(doc), mentions))
    mentions.extend(_institution_mentions(doc, mentions))
    mentions.extend(_place_mentions(doc, mentions))
    mentions.extend(_acronym_mentions(doc, mentions))
    mentions.extend(_propagate(doc, mentions))
    mentions.sort(key=lambda m: m.start)
    _link_acronyms(mentions, _body(doc))
    _resolve_in_article(mentions, _body(doc))
    return mentions


def _prefix(doc, i: int, words: frozenset[str], longest: int = 4) -> int:
    """How many tokens from `i` spell one of `words` (folded), longest first; 0 if none."""
    for k in range(min(longest, len(doc) - i), 0, -1):
        if fold(_text(doc, doc[i:i + k])) in words:
            return k
    return 0


def _joined(doc, i: int) -> bool:
    """Whether token `i` continues the sentence and line of the token before it."""
    return i < len(doc) and not doc[i].is_sent_start and "\n" not in doc[i - 1].whitespace_ + doc[i - 1].text


def _lower_adjective(token) -> bool:
    return token.text.islower() and token.is_alpha and token.pos_ == "ADJ"


_LINKS = ("de", "du", "des", "d'", "d’", "pour")
_ARTICLES = ("la", "le", "les", "l'", "l’")


def _complement_ends(doc, j: int, free: bool) -> list[tuple[int, bool]]:
    """The token ends of the complements chained after an institution's head noun, and whether
    each holds a capitalised word: "… des Affaires étrangères", "… de l'Économie et des Finances".

    A complement is de/du/des/pour, an article, a word (capitalised, or with `free` a noun), then
    lowercase adjectives; "et" chains one only when de/des follows ("et des Finances", not "et la
    Commission"). Nothing crosses a sentence or line.
    """
    ends: list[tuple[int, bool]] = []
    k = j
    while _joined(doc, k):
        m = k + 1 if doc[k].lower_ == "et" and _joined(doc, k + 1) and doc[k + 1].lower_ in _LINKS else k
        if doc[m].lower_ not in _LINKS:
            break
        m += 1
        while _joined(doc, m) and doc[m].lower_ in _ARTICLES:
            m += 1
        if not _joined(doc, m):
            break
        word = doc[m]
        capital = _capitalised(word) and fold(word.text) not in lexicon()["determiners"] | lexicon()["capitalised_common"]
        if not capital and not (free and word.pos_ == "NOUN" and word.is_alpha and word.text.islower()):
            break
        m += 1
        while _joined(doc, m) and (_lower_adjective(doc[m]) or (capital and _capitalised(doc[m]))):
            m += 1
        ends.append((m, capital))
        k = m
    return ends


def _complement(doc, j: int, end: int) -> str:
    """The words of tokens j..end after their leading de/du/des and articles."""
    while j < end and (doc[j].lower_ in _LINKS + _ARTICLES or doc[j].lower_ == "et"):
        j += 1
    return _text(doc, doc[j:end]) if j < end else ""


def _is_place(text: str) -> bool:
    return bool(text) and (geocode_key(text) is not None or place_fold(text) in place_names())


def _institution_mentions(doc, found: list[Mention]) -> list[Mention]:
    """Institution names the model missed or that `_trim` refused: a head noun (`institution_heads`),
    lowercase adjectives, then de/du/des/pour complements ("ministère nigérien des Affaires
    étrangères", "Observatoire indépendant des libertés publiques"), as one organisation.

    A lowercase head needs a capitalised word in its complement; a head capitalised
    mid-sentence marks a name by itself. The name stops before an accepted mention
    ("ministère des Affaires étrangères" of "... du Mali"); a head whose complement is only
    a place ("gouvernement du Mali") is left to the place.
    """
    taken = [(m.start, m.end) for m in found]
    heads = lexicon()["institution_heads"]
    out = []
    i = 0
    while i < len(doc):
        k = _prefix(doc, i, heads, 3)
        if not k or (i and _capitalised(doc[i - 1]) and _joined(doc, i) and fold(doc[i - 1].text) not in lexicon()["determiners"]):
            i += 1
            continue
        j = i + k
        while _joined(doc, j) and _lower_adjective(doc[j]):
            j += 1
        start = doc[i].idx
        capital = _capitalised(doc[i]) and _joined(doc, i)
        end, named = None, capital
        last = j
        for stop, has_capital in _complement_ends(doc, j, capital):
            stop_char = doc[stop - 1].idx + len(doc[stop - 1].text)
            if _overlaps(taken, start, stop_char) or (end and _is_place(_complement(doc, last, stop))):
                break  # "ministère des Affaires étrangères" of "... du Niger": the place stays a place
            named = named or has_capital
            end, last = stop, stop
        if end is None or not named or (not capital and _is_place(_complement(doc, j, end))):
            i += 1
            continue
        text = _text(doc, doc[i:end])
        if not _overlaps(taken, start, start + len(text)):
            out.append(Mention(start, start + len(text), text, "organization", fold(text)))
            taken.append((start, start + len(text)))
        i = end
    return out


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


@lru_cache(maxsize=1)
def _french_words() -> frozenset[str]:
    """French common words: the lemmas the model's lemmatizer indexes (nouns, verbs, adjectives,
    adverbs). "Page", "Marine" and "Mobile" are among them; "Paris" and "Ouagadougou" are not."""
    from . import nlp

    table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for words in table.values() for w in words)


@lru_cache(maxsize=1)
def _folded_french_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _french_words())


def _is_common_word(token) -> bool:
    words = _french_words()
    return token.lower_ in words or token.lemma_.lower() in words


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken)


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()


def _inside_longer_name(doc, start: int, end: int) -> bool:
    """Whether tokens start..end are glued to a capitalised neighbour, so belong to a longer
    name: "Air France", "Paris Match", "Banque de France", "Florence Parly".

    A title before a name ("Mme", "Président") does not count, nor does a capital that only
    opens the sentence before the name's "de" ("Selon ... de France").
    """
    lex = lexicon()
    if start > 0:
        prev = doc[start - 1]
        if _capitalised(prev) and not doc[start].is_sent_start and "\n" not in prev.whitespace_ \
                and fold(prev.text) not in lex["honorifics"] | lex["roles"] | lex["determiners"]:
            return True
        if start > 1 and prev.lower_ in ("de", "du", "des", "d'", "d’") and _capitalised(doc[start - 2]) \
                and fold(doc[start - 2].text) not in lex["determiners"]:
            return True
    if end < len(doc):
        after = doc[end]
        if _capitalised(after) and "\n" not in doc[end - 1].whitespace_:
            return True
    return False


def _place_mentions(doc, found: list[Mention]) -> list[Mention]:
    """Countries, regions and large towns (`geocode.place_names`) the model did not tag.

    Only capitalised word sequences that stand alone are taken: not glued to another
    capitalised word ("Air France", "Marine Le Pen"), not a word the article uses in a
    person's name, not a French common word ("Mobile", "Sale").
    """
    taken = [(m.start, m.end) for m in found]
    names = place_names()
    lex = lexicon()
    person_words = {fold(w) for m in found if m.label == "person" for w in m.surface.split()}
    out = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _capitalised(token) or fold(token.text) in lex["determiners"]:
            i += 1
            continue
        for j in range(min(len(doc), i + MAX_PLACE_TOKENS), i, -1):
            start, end = token.idx, doc[j - 1].idx + len(doc[j - 1].text)
            text = _body(doc)[start:end]
            key = place_fold(text)
            if key not in names or doc[j - 1].is_punct or "\n" in text or _overlaps(taken, start, end):
                continue
            if (j - i == 1 and (token.is_stop or key in _folded_french_words() or key in person_words)) \
                    or is_demonym(text) \
                    or fold(text) in lex["common_nouns"] or _inside_longer_name(doc, i, j):
                break
            kind, key = _label(text, "place")
            out.append(Mention(start, end, text, kind, key))
            taken.append((start, end))
            i = j - 1
            break
        i += 1
    return out


_ACRONYM = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,5}")
_ROMAN = re.compile(r"[IVXLCDM]+")


def _acronym_mentions(doc, found: list[Mention]) -> list[Mention]:
    """All-capital abbreviations ("CGT", "FLN", "M5S") the model did not tag: organisations,
    unless the gazetteer or the country list says otherwise ("USA" is a place).

    Left out: roman numerals, common-noun abbreviations (`acronym_stopwords`: "PIB",
    "ONG"), words written in capitals ("URGENT"), and lines written mostly in capitals.
    """
    taken = [(m.start, m.end) for m in found]
    lex = lexicon()
    out = []
    for token in doc:
        text = token.text
        if not _ACRONYM.fullmatch(text) or sum(c.isalpha() for c in text) < 2 or _ROMAN.fullmatch(text) \
                or fold(text) in lex["acronym_stopwords"] | lex["common_nouns"] or token.lower_ in _french_words() \
                or is_demonym(text) or _overlaps(taken, token.idx, token.idx + len(text)) or _shouting(doc, token):
            continue
        kind, key = _label(text, "organization")
        out.append(Mention(token.idx, token.idx + len(text), text, kind, key))
    return out


def _shouting(doc, token) -> bool:
    """Whether the token's line is written mostly in capitals (a heading, a banner)."""
    start = _body(doc).rfind("\n", 0, token.idx) + 1
    end = _body(doc).find("\n", token.idx)
    words = [w for w in re.findall(r"\w{2,}", _body(doc)[start: end if end >= 0 else len(_body(doc))]) if not w.isdigit()]
    return len(words) >= 3 and sum(w.isupper() for w in words) * 2 >= len(words)


def _link_acronyms(mentions: list[Mention], text: str) -> None:
    """An acronym takes the key of its expansion in the same article: the name written
    just before or after it in parentheses, or the name whose word initials spell it
    ("Front de libération nationale" ... "FLN")."""
    names = [m for m in mentions if m.label != "person" and " " in m.surface]
    acronyms = [a for a in mentions if _ACRONYM.fullmatch(a.surface) and not lookup(a.surface)]
    defined: dict[str, Mention] = {}
    for a in acronyms:
        for m in names:
            between = text[m.end:a.start] if m.end <= a.start else text[a.end:m.start]
            if _initials(m.surface) == fold(a.surface).upper() or re.fullmatch(r"\s*\(\s*", between):
                defined.setdefault(a.surface, m)
                break
    for a in acronyms:
        if a.surface in defined:
            a.key, a.label = defined[a.surface].key, defined[a.surface].label


def _initials(name: str) -> str:
    """The initials of a name's words, function words left out: "OMS" of "Organisation mondiale de la santé"."""
    skip = lexicon()["determiners"] | {"et", "pour", "sur", "dans"}
    words = [w.split("'")[-1] for w in fold(name).split()]
    return "".join(w[0] for w in words if w and w not in skip).upper()


def _propagate(doc, found: list[Mention]) -> list[Mention]:
    """The article's other occurrences of a name it gave once: the same words, or a person's
    surname alone ("Dupont" after "Jean Dupont"), where the model left them untagged.

    A one-word name that is a French common word is not spread ("Page"), nor is an
    occurrence glued to another capitalised word ("Dupont-Aignan", "Dupont Immobilier").
    """
    taken = [(m.start, m.end) for m in found]
    targets: dict[str, tuple[str, str]] = {}
    for m in found:
        targets.setdefault(m.surface, (m.label, m.key))
        if m.label == "person" and len(m.surface.split()) > 1:
            surname = _surname(m.surface)
            targets.setdefault(surname, ("person", fold(surname)))
    out = []
    for surface, (label, key) in targets.items():
        if len(surface) < 3 or (" " not in surface and (surface.lower() in _french_words()
                                                         or fold(surface) in lexicon()["common_nouns"])):
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", _body(doc)):
            start, end = match.span()
            span = doc.char_span(start, end)
            if span is None or _overlaps(taken, start, end) or _inside_longer_name(doc, span.start, span.end):
                continue
            out.append(Mention(start, end, surface, label, key))
            taken.append((start, end))
    return out


def _surname(name: str) -> str:
    """The surname of a full name: its last word, with a capitalised particle before it ("Le Guen")."""
    words = name.split()
    if len(words) > 2 and words[-2][:1].isupper() and fold(words[-2]) in lexicon()["name_particles"]:
        return " ".join(words[-2:])
    return words[-1]


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
