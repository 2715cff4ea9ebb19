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

Where the model cut a name short, the span is extended ("stade Félix-Houphouët-Boigny",
"La France insoumise", "tribunal correctionnel de Bordeaux"); a name's first word
(`organization_heads`) or the words around it (`organization_cues`, place
prepositions, a coordinated name) settle a type the model guessed. A role phrase
standing for a person the article introduced with that role ("le chef de la
diplomatie russe") is a mention of that person; such mentions give the entity no
name or alias (`is_role`).

A name's own words settle its type before any context cue (`_name_type`): a club's
or firm's first or last word ("AS Monaco", "Orange Money"), an acronym, a French word
hyphened to a place ("Hydro-Québec"), a given name (`data/given_names.txt`) before
capitalised words ("Kamala Harris"); that type holds for every mention of the name.
Context then decides the rest: match results and scores make clubs of town names in a
sports article, "le fondateur de X" a firm, "X, 52 ans" or a title before it a person.

`link_entities` joins the articles: accent and case variants share a key, a
surname alone is resolved to a full name only when the corpus has exactly one
person with that surname, each name gets the type most of its mentions have,
and places get coordinates from `geocode`.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .dates import is_time_word
from .decode import strip_accents
from .geocode import Place, capitals, cities, context_country, countries, country_named, country_of, geocode, place_names
from .geocode import fold as place_fold
from .model import Entity, Mention
from .nlp import finite

LABELS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"}
# A span this long is a phrase the model swallowed, not a name (gazetteer names excepted).
MAX_TOKENS = 12
# prepositions that open a clause after a name in a span too long to be one ("Eni pour le développement de …")
_CLAUSE_LINKS = frozenset({"pour", "dans", "avec", "sur", "contre", "vers", "chez", "depuis", "lors", "après", "avant"})
# The longest place name, in tokens, looked for without the model ("République démocratique du Congo").
MAX_PLACE_TOKENS = 6
# Ties in a type vote go to the earlier type: the model overuses LOC and MISC.
_TYPE_ORDER = ("person", "organization", "place", "other")
_PREPOSITIONS = frozenset({"de", "des", "du", "d'", "l'", "la", "le", "les", "a", "au", "aux"})


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))


def fold(text: str) -> str:
    """The comparison form of a name: no accents, case, hyphens, apostrophe variants or
    zero-width characters (pasted text carries them invisibly)."""
    text = strip_accents(text.translate(_ZERO_WIDTH).replace("’", "'")).lower()
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


def _data_lines(name: str) -> list[str]:
    """The lines of a plain data file, its comment lines and blank lines left out."""
    text = resources.files("ingest.data").joinpath(name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """The word lists of `data/entities_lexicon.yml`, folded."""
    return {k: frozenset(fold(str(w)) if fold(str(w)) else str(w) for w in v) for k, v in _data("entities_lexicon.yml").items()}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, tuple[str, str | None]]:
    """Every inflected form of every demonym -> its masculine singular and its country code (or None)."""
    out: dict[str, tuple[str, str | None]] = {}
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
            out[form] = (base, code)
    return out


def demonym_country(word: str) -> str | None:
    """The country a demonym or nationality adjective refers to ("maliennes" -> "ML"), else None."""
    return _demonyms().get(fold(word), (None, None))[1]


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
    initial, and aliases written lowercase ("groupe Lafarge") are descriptions,
    so only the model's own spans reach them.
    """
    by_fold, by_acronym = gazetteer()
    written = {fold(a) for e in by_fold.values() for a in (e.name, *e.aliases) if a[:1].isupper() or a in _lowercase_names()}
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
    while tokens:
        if len(tokens) >= 2 and tokens[0].whitespace_ and fold(_text(doc, tokens[:2])) in lex["honorifics"]:
            tokens = tokens[2:]  # "l'Imam El Hadj Oumar Kane": an honorific of two words
            continue
        if not (tokens[0].is_punct or tokens[0].is_space or fold(tokens[0].text) in strip) \
                or len(tokens) > 1 and tokens[1].text == "-" and not tokens[0].whitespace_ \
                or _named_article(doc, tokens) or _article_town(tokens):  # "M-Pesa"
            break
        if label == "person" and tokens[0].text[:1].isupper() and fold(tokens[0].text) in lex["name_particles"] \
                and len(tokens) > 1:
            break  # "Le Pen", "De Gaulle": a capitalised particle belongs to the surname
        tokens = tokens[1:]
    if len(tokens) == 1 and _legal_form(doc, tokens[0]):
        return None  # "L'ASBL s'est dite soulagée": the legal form takes up a body, it names none
    if len(tokens) > 1 and _legal_form(doc, tokens[0]) and _capitalised(tokens[1]):
        # "l'ASBL Toit pour Tous", which the model cut after "Toit": the name after the legal form, complements included
        ends = [e for e, capital in _complement_ends(doc, tokens[-1].i + 1, False) if capital]
        tokens = list(doc[tokens[1].i:max([tokens[-1].i + 1, *ends])])
    if len(tokens) > 2 and tokens[0].i > 0 and len(tokens[0].text) == 1 and tokens[0].text.isupper() \
            and tokens[0].whitespace_ and fold(tokens[1].text) in given_names() and doc[tokens[0].i - 1].lower_ in ("sur", "via"):
        tokens = tokens[1:]  # "a écrit sur X Mohamed Ramadane": the network, then the name
    if len(tokens) > MAX_TOKENS:  # "Eni pour le développement de trois gisements … de Berkine": the name, then a clause
        cut = next((k for k in range(1, len(tokens)) if tokens[k].lower_ in _CLAUSE_LINKS and _capitalised(tokens[k - 1])), None)
        tokens = tokens[:cut] if cut else tokens
    score = _SCORE.search(_text(doc, tokens)) if tokens else None
    if score:
        tokens = [t for t in tokens if t.idx < tokens[0].idx + score.start()]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or fold(tokens[-1].text) in lex["determiners"]) \
            and not (len(tokens) > 2 and tokens[-2].text == "-" and not tokens[-2].whitespace_):
        tokens = tokens[:-1]  # but "Kim Jong-un" keeps its "un"
    if not tokens:
        return None
    for k in range(len(tokens), 0, -1):  # "Cédéao conduite": a known name, then the model's overreach
        if lookup(_text(doc, tokens[:k])) and not any(t.text[:1].isupper() for t in tokens[k:]) \
                and not _adjective_chain(tokens[k - 1:]) \
                and not (k < len(tokens) and is_demonym(tokens[k].text) and _organization_head(_text(doc, tokens[:k]))):
            # but "Conseil d'État neuchâtelois" is another council than the known "Conseil d'État" ("Africa Corps
            # russe" is the known one)
            return tokens[:k]
    while len(tokens) > 1 and (tokens[-1].pos_ in ("VERB", "AUX", "ADV") or fold(tokens[-1].text) in lex["dates"]) \
            and tokens[-1].text.islower() \
            and not lookup(_text(doc, tokens[-2:])):  # "... des Nations unies"; "Sénat mardi": a date the model took in
        tokens = tokens[:-1]
    age = _AGE.search(_text(doc, tokens))
    if age and age.start():
        tokens = [t for t in tokens if t.idx < tokens[0].idx + age.start()]  # "Lilou, 14 ans": the name, then her age
    if len(tokens) > 2 and tokens[-1].text.islower() and tokens[-1].is_alpha \
            and (tokens[-2].text.lower().endswith(("'", "’")) and fold(tokens[-3].text) in ("de", "d'", "d’")):
        tokens = tokens[:-3]  # "le parti Juwa de l’ancien président": a complement about someone else
    head = fold(tokens[0].text)
    after = next((t for t in tokens[1:] if not _lower_adjective(t)), None)
    if head in lex["named_institution_heads"] and after is not None and any(_capitalised(t) for t in tokens[1:]) \
            and (_capitalised(after) or fold(after.text) in _PREPOSITIONS):
        return tokens  # "université Howard", "musée du Louvre", "hôpital régional de Kolda": the head is part of the name
    if head in lex["place_heads"] and head not in lex["place_heads_before"] and len(tokens) > 2 \
            and fold(tokens[1].text) in _PREPOSITIONS:
        return _trim(doc, tokens[2:], "place")  # "base de Gao", "port de Marseille" are the town
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
        if label == "place" and tokens and (tokens[0].pos_ == "PROPN" or not _is_common_word(tokens[0])) \
                and not _function_word(dropped[0]):
            return tokens  # "montagne de Kaw", "quartier général de Gao": the place is the name
        return None  # "ministre des Affaires étrangères", "mission de l'…": a function, not a name
    if not tokens or (dropped and label != "person" and fold(dropped[0].text) in lex["roles"]
                      and not lookup(_text(doc, tokens)) and fold(_text(doc, dropped)) not in lex["organization_cues"]):
        return None  # but "parti Pastef" is the party: an organisation noun before the name
    return tokens


def _legal_form(doc, token) -> bool:
    """Whether a word in capitals is a legal form ("l'ASBL Toit pour Tous", "la SARL Dumas"), not part of a name
    written in capitals after it ("le SA XV" is a club)."""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.text.isupper() and fold(token.text) in lexicon()["legal_forms"] \
        and not (after is not None and after.text.isupper() and after.is_alpha)


def _named_article(doc, tokens: list) -> bool:
    """Whether the span opens with an article capitalised after a word of the same sentence: French
    writes the article lowercase unless it belongs to the name ("la compagnie Les Souffleurs",
    "la sénatrice Les Républicains")."""
    first = tokens[0]
    return len(tokens) > 1 and first.text in ("Le", "La", "Les") and first.i > 0 and not first.is_sent_start \
        and doc[first.i - 1].is_alpha and doc[first.i - 1].text.islower() and tokens[1].text[:1].isupper() \
        and not _is_place(_text(doc, tokens[1:]))  # "et La France insoumise": the model's "La France" is the country


def _article_town(tokens: list) -> bool:
    """Whether the span is a town whose name holds its article ("Le Havre", "La Rochelle", "Le Caire"): French
    puts no article before a town's name otherwise, unlike countries and regions ("La France", "Le Tchad"). A town
    of some size: "La Croix-Rouge" is also a quarter of Marseille."""
    rest = " ".join(t.text for t in tokens[1:])
    return len(tokens) > 1 and tokens[0].text in ("Le", "La", "Les", "L'", "L’") and tokens[1].text[:1].isupper() \
        and geocode_key(rest) is None and _town_population(rest) >= 15_000


def _adjective_chain(tokens: list) -> bool:
    """Whether the tokens are a known name's last word and lowercase adjectives that are no
    participle or nationality: "Assemblée nationale populaire" is a longer name, not
    "Assemblée nationale" and the model's overreach."""
    return len(tokens) > 1 and tokens[0].pos_ == "ADJ" and all(
        _lower_adjective(t) and "Part" not in t.morph.get("VerbForm") and not is_demonym(t.text) for t in tokens[1:])


def _function_word(token) -> bool:
    """Whether a lowercase word opening a span names a function or a body ("ministre", "mission")."""
    return fold(token.text) in _function_words()


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    lex = lexicon()
    return lex["roles"] | lex["portfolio_heads"] | lex["institution_heads"] | lex["person_titles"] \
        | lex["mission_heads"] | lex["organization_heads"]


_SCORE = re.compile(r"\s\d+\s?[-–]\s?\d+(?!\S)")  # "Manchester City 2-0 samedi": a score the model took in


def _untitle(doc, tokens: list, label: str) -> tuple[list, str]:
    """A person's name without the title or function written before it: "Premier ministre Choguel
    Maïga" is the person "Choguel Maïga", "ministre de la Défense Jean Dupont" is "Jean Dupont".

    A function takes its portfolio ("de la Défense", "des Affaires étrangères") with it. The span
    is left as it is unless a capitalised name that is not a known organisation or place remains.
    """
    lex = lexicon()
    first = tokens[0].i
    if label == "person" and first > 1 and doc[first - 1].lower_ in ("de", "des", "du", "aux", "la", "l'", "l’") \
            and any(_ends_with(doc, j, lex["person_titles"]) for j in (first - 1, first - 2) if j > 0):
        # the model began the span inside the portfolio ("ministre des [Finances Mamadou Lamine Sow-Cissé]"):
        # the name starts at its given name
        k = next((k for k, t in enumerate(tokens) if k and fold(t.text) in given_names()), None)
        if k is not None:
            return tokens[k:], label
    rest = [t for t in tokens[1:] if t.text != "-"]
    if label == "other" and len(rest) >= 2 and _capitalised(tokens[0]) and _after_portfolio_head(doc, tokens[0]) \
            and all(_capitalised(t) for t in rest) and all(fold(t.text.split("-")[0]) in given_names()
                                                           or fold(t.text) not in _folded_french_words() for t in rest):
        return tokens[1:], "person"  # "le vice-ministre de la Défense Iounous-Bek Evkourov"
    i = 0
    titled = False
    while i < len(tokens) and fold(tokens[i].text) in lex["determiners"] | lex["honorifics"]:
        i += 1
        if fold(tokens[i - 1].text) in lex["person_abbreviations"]:
            titled = True  # "Dr", "Mme": only a person follows, particle included ("M. Le Drian")
            break
    if i + 1 < len(tokens) and _capitalised(tokens[i]) and is_demonym(tokens[i].text) and _capitalised(tokens[i + 1]):
        i, titled = i + 1, True  # "le Sud-Coréen Park Chan-wook": a nationality noun before a name
    if label != "person" and i < len(tokens) and _title_opens_name(doc, tokens[i]):
        # written without its French accents ("General", "President") the title is English, a firm's name
        english = label == "other" and not _is_common_word(tokens[i])
        return tokens, "organization" if english else label
    if i == 0 and label == "person" and _title_as_given_name(doc, tokens[0]):
        return tokens, label
    while i < len(tokens) and (k := _prefix(doc, tokens[i].i, lex["person_titles"], min(4, len(tokens) - i))):
        i, titled = i + k, True
        if i < len(tokens):
            portfolio = [e for e, capital in _complement_ends(doc, tokens[i].i, False) if capital]
            i = _name_inside_portfolio(doc, tokens, i, max([i, *(e - tokens[0].i for e in portfolio)]))
        while i < len(tokens) and (tokens[i].is_punct or fold(tokens[i].text) in lex["honorifics"]
                                   or (tokens[i].text.islower() and (tokens[i].pos_ == "ADJ" or is_demonym(tokens[i].text)))):
            i += 1  # "Premier ministre éthiopien Abiy Ahmed", "président sortant Joe Biden"
    rest = tokens[i:]
    if rest and 2 <= i and rest[0].i >= 2 and doc[rest[0].i - 1].text == "-" and not doc[rest[0].i - 1].whitespace_ \
            and not doc[rest[0].i - 2].whitespace_ and doc[rest[0].i - 2].text.isupper():
        rest = tokens[i - 2:]  # "président de la N-VA": the portfolio ate the acronym's first letter
    if not titled or not rest or not _capitalised(rest[0]) \
            or not all(_capitalised(t) or fold(t.text) in lex["name_particles"] or t.text == "-"
                       or (doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_) for t in rest):  # "Chan-wook"
        return tokens, label
    text = _text(doc, rest)
    if lookup(text) or _is_place(text):
        return tokens, label
    if _ACRONYM.fullmatch(text.replace("-", "")):
        return rest, "organization"  # "président de la N-VA": the acronym is the portfolio's
    return rest, "person"


def _name_inside_portfolio(doc, tokens: list, start: int, end: int) -> int:
    """Where the portfolio written from `start` to `end` (span offsets) really ends: a portfolio runs on over
    capitalised words ("des Affaires Étrangères"), so in "vice-ministre de la Défense Iounous-Bek Evkourov" it took
    the name in. A second capitalised word that is a given name or no French word, opening a run of two
    capitalised words or more to the span's end that is no known place or name, starts the person's name."""
    for j in range(start + 1, min(end, len(tokens))):
        run = [t for t in tokens[j:] if t.text != "-"]
        if _capitalised(tokens[j]) and _capitalised(tokens[j - 1]) and len(run) >= 2 \
                and all(_capitalised(t) for t in run) \
                and (fold(tokens[j].text.split("-")[0]) in given_names()
                     or tokens[j].pos_ == "PROPN" and fold(tokens[j].text) not in _folded_french_words()) \
                and not (lookup(_text(doc, tokens[j - 1:])) or _is_place(_text(doc, tokens[j - 1:]))
                         or _is_place(_text(doc, tokens[j - 1:j + 1]))):
            return j
    return end


def _title_as_given_name(doc, token) -> bool:
    """Whether a title word capitalised right after a lowercase function noun is a given name ("le sélectionneur
    Pape X"): the function is already written, and French writes a title lowercase."""
    return token.i > 0 and _capitalised(token) and doc[token.i - 1].pos_ == "NOUN" and doc[token.i - 1].text.islower()


def _title_opens_name(doc, token) -> bool:
    """Whether a title word capitalised mid-sentence opens a name of its own ("le fonds General
    Catalyst", "l'hôtel Président"): French writes a title before a person lowercase."""
    return _capitalised(token) and _joined(doc, token.i) and bool(_prefix(doc, token.i, lexicon()["person_titles"], 1))


def _text(doc, tokens) -> str:
    last = tokens[-1]
    stop = len(last.text) - 1 if _ends_sentence(doc, last.i) else len(last.text)
    return _body(doc)[tokens[0].idx: last.idx + stop]  # "Yaoundé I." ends a sentence: its full stop is not the name's


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
    if all(is_demonym(t.text) or t.is_punct or k == 0 and t.lower_ in ("les", "des") for k, t in enumerate(tokens)) \
            and geocode_key(text) is None:
        return True  # "Maliens", "Russe", "Les Russes"; but "Suisse" is a country too
    if len(tokens) == 1 and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in ("les", "des", "aux") \
            and (is_demonym(text) or _PEOPLE_ENDING.search(fold(text))) and not _is_place(text):
        return True  # "les Lensois", "des Basques survoltés": a town's people or a team; not "les Savanes", "des Landes"
    first = tokens[0]
    if len(tokens) == 1 and (first.is_sent_start or _is_line_start(doc, first)) and not first.text.isupper() \
            and geocode_key(text) is None and not (label == "place" and _is_place(text)) and _common_word(doc, first):
        return True  # a capitalised common word opening a sentence; "Rabat a officialisé" is a known town
    if len(tokens) == 1 and first.is_sent_start and re.search(r"[ée]e?s?$", first.text) and first.i + 1 < len(doc) \
            and doc[first.i + 1].pos_ == "ADP" and first_group_infinitive(first.text) in _folded_french_words() \
            and geocode_key(text) is None:
        return True  # "Limogé en novembre par …", "Interrogée par l'AFP": a fronted participle
    line_start = _body(doc).rfind("\n", 0, first.idx) + 1
    kicker = _KICKER.match(_body(doc), line_start)
    if kicker and first.idx + len(text) <= line_start + len(kicker.group(1)) and geocode_key(text) is None \
            and not _is_place(text) and all(t.is_alpha and t.text.lower() in _french_words() for t in tokens):
        return True  # "Théâtre : le TNM …", "Caribou forestier : Ottawa …": a rubric before a colon, no name
    if _is_whole_line(doc, tokens) and (label in ("organization", "other") or first.pos_ != "PROPN"):
        return True  # a subheading the model took for a name ("Réaction de Paris")
    if _capitalised(first) and _after_portfolio_head(doc, first) and geocode_key(text) is None:
        return True  # "ministre du Budget": a portfolio, not a place; "ministres au palais de …" is no portfolio
    if label == "person" and len(tokens) == 1 and first.pos_ == "NOUN" and _is_common_word(first) \
            and not _in_longer_entity(doc, first):
        return True  # "Page actualisée": a common noun the model took for a person
    words = [t for t in tokens if t.is_alpha]
    if label in ("person", "other") and any(t.lower_ == "et" for t in words[1:-1]) and all(
            t.lower_ == "et" or t.text[:1].isupper() and (t.pos_ == "NOUN" or t.text.lower() in _french_words())
            and fold(t.text) not in given_names() and not _is_place(t.text) for t in words):
        return True  # "aux Affaires politiques, Paix et Sécurité": capitalised common nouns of a portfolio, no one
    return False


# A rubric opening a line: one to three words, then a colon ("Basket : …", "Caribou forestier : …")
_KICKER = re.compile(r"[ \t]*((?:[^\W\d][\w'’-]*[ \t]+){0,2}[^\W\d][\w'’-]*)[ \t\u00a0\u202f]*:")


def _after_portfolio_head(doc, token) -> bool:
    """Whether the token follows "ministre (adjective) de/du/des", i.e. names a portfolio."""
    before = doc[max(0, token.i - 4): token.i]
    if not before or before[-1].lower_ not in _PREPOSITIONS and not before[-1].text.endswith(("'", "’")):
        return False
    heads = lexicon()["portfolio_heads"]
    k = token.i - 1
    while k > 0 and token.i - k <= 3 and (doc[k].lower_ in _PREPOSITIONS or doc[k].text.endswith(("'", "’"))):
        k -= 1
    if k > 0 and token.i - k <= 3 and doc[k].lower_ in ("et", ","):
        j = k - 1
        while j > 0 and doc[j].pos_ == "ADJ" and doc[j].text.islower() and k - j <= 2:
            j -= 1  # "des Ressources naturelles et des Forêts"
        if _capitalised(doc[j]):
            return _after_portfolio_head(doc, doc[j])  # "ministre de l'Industrie et du Commerce": both portfolios
    for k in range(len(before) - 1, -1, -1):
        if (fold(before[k].text).split() or [""])[-1] in heads:  # "vice-ministre"; "ministre délégué aux Sports", not "ministres au palais de Koulouba"
            return all(t.text.islower() or not t.is_alpha for t in before[k:]) and all(
                fold(t.text) in _PREPOSITIONS or t.text.endswith(("'", "’")) or t.pos_ in ("ADJ", "VERB") for t in before[k + 1:])
    return False


def _in_longer_entity(doc, token) -> bool:
    """Whether the model also used the word inside a longer name of the article ("Pigeon" of "Narcisse Pigeon")."""
    return any(len(e) > 1 and token.lower_ in {t.lower_ for t in e} for e in doc.ents)


def _common_word(doc, token) -> bool:
    """Whether a sentence-initial capitalised word is a common word: the article writes it
    lowercase elsewhere, or it is a French word (the lemmatizer knows it: "Greenpeace" is not
    one), the model does not call it a proper noun, and the article never capitalises it
    mid-sentence."""
    lower = token.text.lower()
    others = [t for t in doc if t.i != token.i and t.text.lower() == lower]
    if any(t.text == lower for t in others):
        return True
    if any(not t.is_sent_start and t.text[:1].isupper() for t in others):
        return False
    return token.pos_ != "PROPN" and doc.vocab.has_vector(lower) and _is_common_word(token)


def _is_whole_line(doc, tokens) -> bool:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    before = _body(doc).rfind("\n", 0, start) + 1
    after = _body(doc).find("\n", end)
    line = _body(doc)[before: after if after >= 0 else len(_body(doc))].strip()
    return line == _body(doc)[start:end] and len(tokens) > 1


def geocode_key(name: str) -> str | None:
    """The key of a country name (its French form, so "USA" and "États-Unis" share it), else None."""
    place = country_named(name)
    return fold(place.name) if place else None


def _spans(doc):
    """The model's entity spans, cut at line breaks (a heading glued to a paragraph is two spans) and after a town
    opening a person's span or a civil title inside a span (`_split_glued`)."""
    for ent in doc.ents:
        label = LABELS.get(ent.label_, "other")
        part: list = []
        for tok in ent:
            if tok.is_space or "\n" in tok.text:
                if part:
                    yield from _split_glued(doc, part, label)
                part = []
                continue
            part.append(tok)
            if "\n" in tok.whitespace_:
                yield from _split_glued(doc, part, label)
                part = []
        if part:
            yield from _split_glued(doc, part, label)


def _split_glued(doc, part: list, label: str):
    """A person's span that opens with a town after a place preposition is two names: "a réagi depuis
    Vilnius Ioulia Navalnaïa" is Vilnius, then the person; so is one that opens with a known body ("sur Facebook
    Kadiatou X") and a span with a civil title inside: "à l'AFP Me X" is the agency, then the person."""
    titled = next((k for k in range(1, len(part) - 1) if part[k].text[:1].isupper()
                   and fold(part[k].text) in lexicon()["civil_titles"] and part[k + 1].text[:1].isupper()), None)
    if titled:
        yield part[:titled], label
        part, label = part[titled:], "person"
    lead = 1 if len(part) > 1 and part[0].text in _PLACE_PREPOSITIONS else 0  # the model's span "de Metz"
    place = _glued_place(doc, part[lead:], label)
    if place:
        yield part[:lead + place], "place"
        part, label = part[lead + place:], "person"
    elif label == "person" and len(part) == lead + 1 and part[-1].i > 0 and doc[part[-1].i - 1].lower_ in _PLACE_PREPOSITIONS \
            and _is_place(part[-1].text) and fold(part[-1].text) not in given_names():
        label = "place"  # "le défenseur de Metz": a town the model took for a person
    known = lookup(part[0].text) if label == "person" and len(part) >= 3 and part[0].i > 0 else None
    if known and known.type == "organization" and doc[part[0].i - 1].lower_ in ("sur", "à", "au", "de", "d'", "d’", "par", "dans") \
            and part[1].text[:1].isupper():
        yield part[:1], "organization"  # "a réagi sur Facebook Kadiatou X": the platform, then the person
        part = part[1:]
    yield part, label


_PLACE_PREPOSITIONS = ("à", "depuis", "de", "d'", "d’", "vers", "au", "en")


def _glued_place(doc, part: list, label: str) -> int:
    """How many tokens of a span are a place glued before a person's name, or 0: "le député de Zahlé Ziad X",
    "le défenseur de Metz Ibrahima X", "l'ambassadeur au Costa Rica Jean-Baptiste X". The place follows a place
    preposition; the name is a given name and a capitalised word, or, in a span the model calls a person, two
    capitalised words after a place that is no given name (so "de Florence Parly" stays whole)."""
    if label not in ("person", "place") or part[0].i == 0 or doc[part[0].i - 1].lower_ not in _PLACE_PREPOSITIONS:
        return 0
    after_seat = part[0].i > 1 and fold(doc[part[0].i - 2].text) in lexicon()["roles"]
    for k in (3, 2, 1):
        rest = [t for t in part[k:] if t.text != "-"]
        if len(rest) < 2 or not all(_capitalised(t) for t in rest[:2]) or part[k - 1].text == "-":
            continue
        place = doc[part[0].i:part[k - 1].i + 1].text
        given = fold(rest[0].text.split("-")[0]) in given_names()
        if fold(part[0].text) not in given_names() and (
                given and (_is_place(place) or after_seat and k == 1)
                or label == "person" and _is_place(place) and not _is_place(rest[0].text)):
            return k
    return 0


def _label(text: str, label: str) -> tuple[str, str]:
    """(type, key) of a trimmed name: gazetteer first, then countries, then the model's label."""
    entry = lookup(text)
    if entry:
        return entry.type, fold(entry.name)
    country = geocode_key(text)
    if country:
        return "place", country
    if _organization_head(text) and place_fold(text) not in place_names():
        return "organization", fold(text)  # "Cour constitutionnelle" is not a place
    return label, fold(text)


def _organization_head(text: str) -> bool:
    """Whether a name of two words or more opens with an organisation noun ("Confédération générale du travail")."""
    words = [fold(w) for w in text.split()]  # "Centre-Ouest" is one word, a region
    heads = lexicon()["organization_heads"]
    plural = len(words[0]) > 5 and words[0].endswith("s") and words[0][:-1] in heads  # "Conserveries X"
    return len(words) > 1 and (words[0] in heads or plural or " ".join(words[:2]) in heads)


class _Spans:
    """The model's mentions as they are kept, indexed by start offset so that checking a new span
    against them costs a bisection, not a pass over the article (a long document has thousands)."""

    def __init__(self):
        self._starts: list[tuple[int, int]] = []  # (start, serial), sorted
        self._kept: dict[int, Mention] = {}  # serial -> mention, in the order they were found
        self._serial = 0
        self._longest = 0  # no kept mention starts further back than this from one that covers a span

    def add(self, m: Mention) -> None:
        self._serial += 1
        bisect.insort(self._starts, (m.start, self._serial))
        self._kept[self._serial] = m
        self._longest = max(self._longest, m.end - m.start)

    def covers(self, start: int, end: int) -> bool:
        """Is some kept mention around [start, end)? Only those starting at most the longest one before can be."""
        lo = bisect.bisect_left(self._starts, (start - self._longest, -1))
        hi = bisect.bisect_right(self._starts, (start, float("inf")))
        return any(self._kept[k].end >= end for _, k in self._starts[lo:hi])

    def drop_inside(self, start: int, end: int) -> None:
        lo = bisect.bisect_left(self._starts, (start, -1))
        hi = bisect.bisect_right(self._starts, (end, float("inf")))
        inside = [(a, k) for a, k in self._starts[lo:hi] if self._kept[k].end <= end]
        for item in inside:
            self._starts.remove(item)
            del self._kept[item[1]]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The kept mentions that share a character with [start, end)."""
        lo = bisect.bisect_left(self._starts, (start - self._longest, -1))
        hi = bisect.bisect_left(self._starts, (end, -1))
        return [self._kept[k] for _, k in self._starts[lo:hi] if self._kept[k].end > start]

    def mentions(self) -> list[Mention]:
        return list(self._kept.values())



def find_mentions(doc) -> list[Mention]:
    """Every person, organisation and place named in one article body (`doc.text`), with article-level keys."""
    found = _Spans()
    for tokens, label in _spans(doc):
        tokens, label = _untitle(doc, tokens, label)
        tokens = _trim(doc, tokens, label)
        if not tokens or (not lookup(_text(doc, tokens)) and _is_junk(doc, tokens, label)):
            continue
        tokens, label = _extend(doc, tokens, label)
        tokens = _river_name(doc, _complete(doc, tokens, label))
        text = _text(doc, tokens)
        if found.covers(tokens[0].idx, tokens[0].idx + len(text)):
            continue  # "Cameroun" inside the "Mouvement pour la renaissance du Cameroun" just completed
        found.drop_inside(tokens[0].idx, tokens[0].idx + len(text))
        if not lookup(text) and ((label == "other" and _holds_gazetteer_name(text))
                                 or (is_role(text) and not (label != "person" and _title_opens_name(doc, tokens[0])
                                                            or label == "person" and _title_as_given_name(doc, tokens[0])))):
            continue  # "Caïman de la Marine nationale", "Premier ministre d'Haïti": the scanners take the name out
        for start, end in _pair(text):
            kind, key = _label(text[start:end], label)
            found.add(Mention(tokens[0].idx + start, tokens[0].idx + end, text[start:end], kind, key))
    mentions = found.mentions()
    listed, absorbed = _gazetteer_mentions(_body(doc), mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + listed
    mentions.extend(_titled_people(doc, mentions))
    mentions.extend(_named_people(doc, mentions))
    institutions, absorbed = _institution_mentions(doc, mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + institutions
    mentions.extend(_place_mentions(doc, mentions))
    mentions.extend(_compass_regions(doc, mentions))
    cued, absorbed = _cued_names(doc, mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + cued
    located, absorbed = _located_names(doc, mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + located
    mentions.extend(_acronym_mentions(doc, mentions))
    spelled, absorbed = _spelled_out(doc, mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + spelled
    affiliations, absorbed = _affiliations(_body(doc), mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + affiliations
    seated, absorbed = _seated_acronyms(_body(doc), mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + seated
    rejoined, absorbed = _rejoin(doc, mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + rejoined
    joined, absorbed = _rejoin_people(_body(doc), mentions)
    mentions = [m for m in mentions if id(m) not in absorbed] + joined
    mentions.extend(_propagate(doc, mentions))
    mentions.sort(key=lambda m: m.start)
    _link_acronyms(mentions, _body(doc))
    sport = _sport_article(doc)  # once per article: both stages ask it
    _retype_by_cues(doc, mentions, sport)
    _metonyms(doc, mentions, sport)
    _resolve_in_article(mentions, _body(doc))
    mentions.extend(_role_mentions(doc, mentions))
    # the one body of its kind a fixed designation names ("l'état-major général des armées") is an entity as such
    mentions.extend(national_bodies(doc, mentions, fixed_only=True))
    mentions.sort(key=lambda m: m.start)
    return mentions


def national_bodies(doc, mentions: list[Mention], fixed_only: bool = False) -> list[Mention]:
    """A state's body the press names with common nouns: a head noun (`national_body_heads`) with a
    nationality ("l'armée israélienne", "le gouvernement malien de transition"), or a fixed designation
    (`common_bodies`: "le ministère public", "l'état-major général des armées"); the surface leaves the
    article out. No named entity by the usual convention (annotators leave them out), so not found here for
    their own sake: the quote stage uses them for the bodies that speak. `fixed_only`: the fixed designations
    alone, which annotators do count as organisations, the entity stage's."""
    lex = lexicon()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    text = _body(doc)
    out = []
    country = None if fixed_only else _article_country(mentions)
    # "le gouvernement" of an article on one country is that country's, unless the article named a government
    governed = country and not any("gouvernement" in fold(m.surface) for m in mentions if m.label == "organization") \
        and not any(fold(t.text) in lex["national_body_heads"] and t.i + 1 < len(doc) and _qualified(doc, t.i + 1) for t in doc)
    for t in doc:
        if t.i == 0 or doc[t.i - 1].lower_ not in _ARTICLES or not t.text.islower():
            continue
        end = None
        for phrase in lex["common_bodies"]:
            written = text[t.idx:t.idx + len(phrase)]
            if fold(written) == phrase and not text[t.idx + len(phrase):t.idx + len(phrase) + 1].isalnum():
                end = doc.char_span(t.idx, t.idx + len(phrase), alignment_mode="expand").end
                break
        key = None
        if fixed_only and end is None:
            continue
        if end is None and fold(t.text) in lex["national_body_heads"] and t.i + 1 < len(doc) \
                and doc[t.i + 1].text.islower() and is_demonym(doc[t.i + 1].text):
            end = t.i + 2
            if fold(t.text) == "armee":  # "l'armée malienne" after "les Forces armées maliennes (FAMa)": that body
                named = [m for m in mentions if m.label == "organization" and fold(m.surface).startswith("forces armees ")
                         and demonym_country(m.surface.split()[-1]) == demonym_country(doc[t.i + 1].text)]
                key = named[0].key if named else None
        elif end is None and fold(t.text) in lex["national_body_heads"] and t.i + 3 < len(doc) \
                and [x.lower_ for x in doc[t.i + 1:t.i + 3]] == ["de", "transition"] and is_demonym(doc[t.i + 3].text):
            # "le gouvernement de transition malien" is "le gouvernement malien de transition"
            end, key = t.i + 4, f"{fold(t.text)} {fold(doc[t.i + 3].text)} de transition"
        if end is None and fold(t.text) == "diplomatie" and t.i + 1 < len(doc) and doc[t.i + 1].text.islower() \
                and demonym_country(doc[t.i + 1].text):
            # "la diplomatie algérienne" is the country's foreign ministry
            end, key = t.i + 2, f"ministere {_demonyms()[fold(doc[t.i + 1].text)][0]} des affaires etrangeres"
        if end is None and not fixed_only and fold(t.text) == "ministere" and doc[t.i - 1].lower_ == "le" \
                and (t.i + 1 == len(doc) or not _qualified(doc, t.i + 1) and doc[t.i + 1].pos_ != "ADJ") \
                and (portfolio := _MINISTER.findall(text[:t.idx])):
            # "La ministre de l'Éducation nationale, X, a appelé … Le ministère a prévenu": her ministry
            end, key = t.i + 1, fold("ministere " + " ".join(portfolio[-1].split()))
        if end is None and governed and fold(t.text) in ("gouvernement", "junte") and doc[t.i - 1].lower_ != "les" \
                and (t.i + 1 == len(doc) or not _qualified(doc, t.i + 1) and doc[t.i + 1].pos_ != "ADJ"):
            # "le gouvernement a annoncé", "le gouvernement de transition assure" in an article about Chad
            transition = [x.lower_ for x in doc[t.i + 1:t.i + 3]] == ["de", "transition"]
            end = t.i + 1 + 2 * transition
            key = f"{fold(t.text)} {_national_adjective(country)}" + " de transition" * transition
        if end is None:
            continue
        if key is None and end < len(doc) and doc[end].text.islower() and is_demonym(doc[end].text):
            end += 1  # "l'état-major général des armées maliennes"
        if key is None and end + 1 < len(doc) and doc[end].lower_ == "de" and doc[end + 1].lower_ == "transition":
            end += 2  # "le gouvernement malien de transition"
        start, stop = t.idx, doc[end - 1].idx + len(doc[end - 1].text)
        if any(i in taken for i in range(start, stop)):
            continue
        out.append(Mention(start, stop, text[start:stop], "organization", key or fold(text[start:stop])))
    return out


# A minister and the portfolio written with the function: "ministre togolais des Affaires étrangères",
# "ministre de l'Éducation nationale" (nationality and portfolio, up to the next punctuation or verb-like break)
_MINISTER = re.compile(r"\b[Mm]inistre\s+((?:[a-zà-ÿ]+\s+)?(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+)"
                       r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[a-zà-ÿ]+(?:ale|al|aux|ales|e|es|ère|ères|ique|iques)\b|et\s+(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+)[A-ZÀ-Þ][\w'’-]*))*)")


def _qualified(doc, i: int) -> bool:
    """Whether a body's head noun is followed by what names it ("d'union nationale", "du Tchad", "Bayrou"), not
    "de transition" alone."""
    if [x.lower_ for x in doc[i:i + 2]] == ["de", "transition"]:
        return False
    return doc[i].lower_ in ("de", "d'", "d’", "du", "des") or doc[i].text[:1].isupper() and doc[i].is_alpha


def _article_country(mentions: list[Mention]) -> str | None:
    """The country an article is about: the one its places (countries and towns) name most, twice at least and
    more than any other."""
    votes = Counter(code for m in mentions if m.label == "place"
                    for code in [country_of(m.surface) or getattr(geocode(m.surface), "country_code", None)] if code)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0] if _national_adjective(ranked[0][0]) else None


@lru_cache(maxsize=None)
def _national_adjective(code: str) -> str | None:
    """A country's nationality adjective, the first the demonym list gives for its code ("ML" -> "malien")."""
    return next((base for base, c in _demonyms().values() if c == code), None)


def _role_phrase(doc, i: int) -> int:
    """The end (token index) of the role phrase starting at token i, 0 if none: a title
    (`person_titles`), lowercase adjectives, at most two de/du/des complements, lowercase
    adjectives: "chef de la diplomatie russe", "ministre malien des Affaires étrangères"."""
    k = _prefix(doc, i, lexicon()["person_titles"], 3)
    if not k or (i and _capitalised(doc[i]) and _joined(doc, i)):
        return 0  # a capitalised title mid-sentence opens a name ("Président Hotel")
    j = i + k
    while _joined(doc, _past_spaces(doc, j)) and _lower_adjective(doc[_past_spaces(doc, j)]):
        j = _past_spaces(doc, j) + 1
    for stop, _ in _complement_ends(doc, j, True)[:2]:
        j = stop
    return j


def is_role(surface: str) -> bool:
    """Whether a person mention is a role phrase standing for the person ("chef de la diplomatie
    russe"), not a name: it opens with a title. Such mentions give no name or alias."""
    words = fold(surface).split()
    titles = lexicon()["person_titles"]
    return any(" ".join(words[:n]) in titles for n in (1, 2, 3))


def _role_mentions(doc, mentions: list[Mention]) -> list[Mention]:
    """Role phrases that stand for a person the article already named, as mentions of that person.

    A person is introduced with a role written just before the name ("le chef de la diplomatie
    chinois, Wang Yi", "le président Jean Dupont") or in apposition after it ("Jean Dupont,
    ministre de l'Intérieur,"). A later role phrase (determiner first, no name after it) is that
    person when it is the same role, or the bare title ("le ministre") and the article introduced
    one person only with that title. The surface is the phrase without its determiner. A title
    cut short before a complement ("le chef" of "le chef de l'État") is no bare title. An
    organisation or place named in the role's complement ("la présidente de la Commission
    européenne") stays a mention of its own and does not hide the role.
    """
    taken = [(m.start, m.end) for m in mentions]
    complements = [(m.start, m.end) for m in mentions if m.label in ("organization", "place")]
    people = [m for m in mentions if m.label == "person" and " " in m.surface]
    roles: list[tuple[int, str, str]] = []  # (end of introduction, role, person key)
    for m in people:
        span = doc.char_span(m.start, m.end)
        if span is None:
            continue
        for i in range(max(0, span.start - 8), span.start):
            end = _role_phrase(doc, i)
            between = [t for t in doc[end:span.start] if not t.is_space] if end else None
            if end and all(t.is_punct for t in between) and len(between) <= 1:
                roles.append((m.end, fold(_text(doc, doc[i:end])), m.key))
                break
        after = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else None
        if after is not None and after < len(doc):
            i = after + (doc[after].lower_ in _ARTICLES)
            end = _role_phrase(doc, i) if i < len(doc) else 0
            # but "Lors d'un entretien avec X, le chef de la transition a évoqué …": the subject of the next clause
            if end and not (i > after and end < len(doc) and doc[end].pos_ in ("AUX", "VERB")):
                roles.append((m.end, fold(_text(doc, doc[i:end])), m.key))
    out = []
    for token in doc:
        if token.lower_ not in _ARTICLES or not _joined(doc, token.i + 1):
            continue
        i = _past_spaces(doc, token.i + 1)
        end = _role_phrase(doc, i) if i < len(doc) else 0
        if not end:
            continue
        start, stop = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
        k = _prefix(doc, i, lexicon()["person_titles"], 3)
        link = next((t for t in doc[i + k:end] if t.lower_ in _LINKS[:5]), None)
        inside = {(a, b) for a, b in complements if link is not None and link.idx <= a and b <= stop}
        if _overlaps([t for t in taken if t not in inside], start, stop) or (_joined(doc, end) and _capitalised(doc[end])) \
                or (end < len(doc) and doc[end].text == "," and _joined(doc, end + 1) and _capitalised(doc[end + 1])):
            continue  # part of a name, or a role introducing a name
        role = fold(_text(doc, doc[i:end]))
        head = fold(_text(doc, doc[i:i + k]))
        earlier = [(r, key) for at, r, key in roles if at <= start]
        same = {key for r, key in earlier if r == role}
        cut = _joined(doc, end) and doc[end].lower_ in _LINKS[:5]
        bare = {key for r, key in earlier if (r + " ").startswith(head + " ")} if role == head and not cut else set()
        keys = same or bare
        if len(keys) == 1:
            out.append(Mention(start, stop, _body(doc)[start:stop], "person", keys.pop()))
            taken.append((start, stop))
    return out


_PAIR = re.compile(r"(?:.*\s)?([A-ZÀ-Þ][\w'’]+)-([A-ZÀ-Þ][\w'’]+)")


def _pair(text: str) -> list[tuple[int, int]]:
    """The offsets of the names in a span: itself, or two known places joined by a hyphen
    ("TGV Kénitra-Marrakech", "le rallye Paris-Dakar") when the whole is no known name, a
    name and the full name of a person it belongs to ("Amal de Nabih Berry"), or two names the
    model ran together over "et" and an article ("l'Autorité de … et la Commission …")."""
    match = _PAIR.fullmatch(text)
    if match and all(_big_place(g) for g in match.groups()) and not _is_place(text) and not lookup(text):
        return [match.span(1), match.span(2)]
    match = _SPACED_PAIR.fullmatch(text)
    if match:
        return [match.span(1), match.span(2)]  # "Amiens - Guingamp", a fixture: no name holds a spaced dash
    match = _OWNED.fullmatch(text)
    if match and fold(match.group(2).split()[0]) in given_names() and not lookup(text):
        return [match.span(1), match.span(2)]  # "le parti Amal de Nabih Berry": the party, then its leader
    match = _COORDINATED.fullmatch(text)
    if match and not lookup(text):
        return [match.span(1), match.span(2)]  # "l'Autorité de la concurrence et la Commission européenne": two bodies
    return [(0, len(text))]


_SPACED_PAIR = re.compile(r"([A-ZÀ-Þ][^–—]*?\S) [-–—] ([A-ZÀ-Þ].*)")
_OWNED = re.compile(r"(.+?) (?:de |d'|d’)([A-ZÀ-Þ][\w-]+(?: [A-ZÀ-Þ][\w-]+)+)")
# two capitalised names joined by "et" and an article: no single name is written so ("et de la", "et du" are)
_COORDINATED = re.compile(r"([A-ZÀ-Þ][^,]*?\S) et (?:la |le |les |l['’])([A-ZÀ-Þ][^,]*)")


def _extend(doc, tokens: list, label: str) -> tuple[list, str]:
    """The name around a trimmed span where the model cut it short: the first parts of a
    hyphenated surname and the first name before it, a lowercase place head
    before it ("stade Félix-Houphouët-Boigny", "golfe de Guinée", "rue de la Paix"), or the head of an
    institution named after a person or a place ("université Howard", "musée du Louvre"), a
    geographic qualifier after a place ("France métropolitaine"), or a capitalised article
    mid-sentence with the adjectives after it ("La France insoumise" is a party)."""
    lex = lexicon()
    i, last = tokens[0].i, tokens[-1].i
    if i > 1 and doc[i - 1].lower_ in ("de", "d'", "d’") and doc[i - 2].lower_ == "palais" and lookup(_text(doc, tokens)):
        return list(doc[i - 2: last + 1]), "place"  # "au palais de Koulouba": the building, not the presidency it houses
    if lookup(_text(doc, tokens)) or i == 0:
        return tokens, label
    glued = doc[i - 1]
    if not glued.whitespace_ and (glued.text in ("N'", "N’") or glued.text == "-" and i > 1
                                  and not doc[i - 2].whitespace_ and _capitalised(doc[i - 2]) and label != "person"):
        # "N’Djamena", "Tel-Aviv": a capital prefix glued to the name, which the tokenizer split off
        return list(doc[i - 1 - (glued.text == "-"): last + 1]), label
    if label == "place" and _capitalised(glued) and glued.whitespace_ and glued.pos_ in ("NOUN", "PROPN") \
            and _place_and_noun([glued.text, _text(doc, tokens)]) and not is_time_word(glued.text):
        return [glued, *tokens], "organization"  # "Santé Québec", "Emploi Québec": a body named after its territory
    plural = tokens[0].text == "Les" and _named_article(doc, tokens)  # "Les" is no surname's particle
    if plural or label != "person" and (label == "other" and _named_article(doc, tokens)
                                        or i > 1 and _named_article(doc, [doc[i - 1], *tokens])):
        # "un rapprochement avec Les Engagés": an article capitalised mid-sentence belongs to a name,
        # a party's, a group's or a paper's
        tokens = tokens if _named_article(doc, tokens) else [doc[i - 1], *tokens]
        return tokens, "place" if _is_place(_text(doc, tokens)) else "organization"
    if label == "person" and i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and _capitalised(doc[i - 2]):
        first = i - 2  # "Amélie Oudéa-Castéra", which the model cut into "Amélie" and "Castéra"
        if first > 0 and _joined(doc, first) and _capitalised(doc[first - 1]) and doc[first - 1].pos_ == "PROPN" \
                and fold(doc[first - 1].text) not in lex["honorifics"] | lex["roles"]:
            first -= 1
        return list(doc[first: last + 1]), label
    k = i
    while k > 1 and doc[k - 1].lower_ in _ARTICLES:
        k -= 1
    head = None
    heads = lex["place_heads_before"] | lex["named_institution_heads"]
    if k > 1 and doc[k - 1].lower_ in _LINKS[:5] and fold(doc[k - 2].text) in heads:
        head = k - 2
    elif k > 3 and doc[k - 1].lower_ in _LINKS[:5] and doc[k - 2].lower_ == "place" and doc[k - 3].lower_ == "la" \
            and fold(doc[k - 4].text) not in ("a", "en"):
        head = k - 2  # "sur la place du Capitole", but "à la place de Dupont" is instead of him
    elif fold(doc[i - 1].text) in heads | lex["place_heads_before_direct_only"]:
        head = i - 1
    if head is not None and doc[head].text.islower() and all(_joined(doc, t) for t in range(head + 1, i + 1)):
        return list(doc[head: last + 1]), "organization" if fold(doc[head].text) in lex["named_institution_heads"] else "place"
    end = last + 1
    if label != "person" and _joined(doc, end) and doc[end].text.islower() and fold(doc[end].text) in lex["club_tails"]:
        return list(doc[i: end + 1]), "organization"  # "le Castres olympique", "le Stade rennais": a club
    demonym = _demonym_adjective(doc, end)
    if label != "person" and demonym > end and not _is_place(_text(doc, tokens)):
        return list(doc[i: demonym]), "organization"  # "la Croix-Rouge vietnamienne", "l'Union saint-gilloise"
    if _is_place(_text(doc, tokens)) and _joined(doc, end) and fold(doc[end].text) in lex["place_qualifiers"]:
        return list(doc[i: end + 1]), "place"  # "France métropolitaine", "Afrique subsaharienne"
    if doc[i - 1].text in ("La", "Le", "Les", "L'", "L’") and _joined(doc, i - 1) and _joined(doc, i) \
            and not doc[i - 2].is_punct:
        end = last + 1
        while _joined(doc, end) and _lower_adjective(doc[end]):
            end += 1
        if end > last + 1:
            return list(doc[i - 1: end]), "organization"
    return tokens, label


def _river_name(doc, tokens: list) -> list:
    """A river by its bare name ("au sud du fleuve Litani" names the Litani), unless the bare name is a
    common word ("fleuve Rouge") or another place, known or named elsewhere ("rivière Kourou" by the town)."""
    if len(tokens) != 2 or fold(tokens[0].text) not in lexicon()["river_heads"] or _is_common_word(tokens[1]):
        return tokens
    bare = tokens[1]
    elsewhere = any(t.text == bare.text and t.i != bare.i for t in doc)
    return tokens if elsewhere or _is_place(bare.text) else tokens[1:]


def _demonym_adjective(doc, i: int) -> int:
    """The end of a lowercase demonym written right after a name ("vietnamienne", "saint-gilloise"), else i."""
    if not _joined(doc, i) or not doc[i].text.islower():
        return i
    if doc[i].lower_.startswith(("saint-", "sainte-")) and len(doc[i].text) > 7:
        return i + 1  # "saint-gilloise", "saint-lois": the demonyms of Saint-X towns
    return i + 1 if is_demonym(doc[i].text) else i


def _complete(doc, tokens: list, label: str) -> list:
    """An organisation name the model ended on "du"/"de la"/"des" ("Mouvement pour la renaissance
    du" + "Cameroun"), completed with the capitalised words after it; a name cut before its "s" ("Brink'")."""
    end = tokens[-1].i + 1
    if tokens[-1].text.endswith(("'", "’")) and end < len(doc) and doc[end].text == "s" and not tokens[-1].whitespace_:
        return tokens + [doc[end]]  # "Brink's", "McDonald's": the tokenizer split the name's possessive
    if fold(tokens[-1].text) in given_names() and _capitalised(tokens[-1]) and _joined(doc, end) and _capitalised(doc[end]) \
            and doc[end].pos_ in ("PROPN", "NOUN") and not _is_common_word(doc[end]) and not _is_place(doc[end].text) \
            and not lookup(doc[end].text) and not (end + 1 < len(doc) and _joined(doc, end + 1) and _capitalised(doc[end + 1])):
        return tokens + [doc[end]]  # "le Premier ministre Ousmane" + "Sonko": the model cut the surname off
    if not (label == "organization" or _organization_head(_text(doc, tokens))) \
            or not _joined(doc, end) or doc[end].lower_ not in _LINKS[:5] \
            or doc[end].ent_iob_ != "I":
        return tokens
    end += 1
    while _joined(doc, end) and doc[end].lower_ in _ARTICLES:
        end += 1
    stop = end
    while _joined(doc, stop) and stop - end < 3 and _capitalised(doc[stop]):
        stop += 1
    return list(doc[tokens[0].i: stop]) if stop > end else tokens


def _titled_people(doc, found: list[Mention]) -> list[Mention]:
    """People the model missed after a title written lowercase: "le pape François", "le
    président ivoirien Ouattara". The name is one to three capitalised proper nouns, none a
    known place, organisation or French common word."""
    taken = [(m.start, m.end) for m in found]
    lex = lexicon()
    out = []
    for token in doc:
        k = _prefix(doc, token.i, lex["person_titles"], 3) if token.text.islower() else 0
        if not k:
            continue
        i = token.i + k
        while _joined(doc, i) and doc[i].text.islower() and (doc[i].pos_ == "ADJ" or is_demonym(doc[i].text)):
            i += 1
        end = i
        while _joined(doc, end) and end - i < 3 and _capitalised(doc[end]) and doc[end].pos_ == "PROPN" \
                and not _is_common_word(doc[end]) and not is_demonym(doc[end].text):
            end += 1
        if end == i or (_joined(doc, end) and _capitalised(doc[end])):
            continue
        start, stop = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
        text = _body(doc)[start:stop]
        if _overlaps(taken, start, stop) or lookup(text) or _is_place(text) or fold(text) in lex["common_nouns"]:
            continue
        out.append(Mention(start, stop, text, "person", fold(text)))
        taken.append((start, stop))
    return out


def _named_people(doc, found: list[Mention]) -> list[Mention]:
    """People the model left untagged mid-sentence: a given name (`given_names`) then one to three
    capitalised words, hyphens and particles ("a reçu Aminata Koné-Traoré hier"). Not at a
    sentence or line start (a capitalised word there proves nothing), not glued to a capitalised
    word before it ("Fondation Marie Curie"), and neither ending on a French common word nor
    holding an organisation head or a known name or place."""
    index = _Spans()
    for m in found:
        index.add(m)
    lex = lexicon()
    firm_heads = lex["organization_heads"] | lex["club_heads"]
    out = []
    for token in doc:
        i = token.i
        if not _capitalised(token) or i > 0 and (_capitalised(doc[i - 1]) or _hyphen_joins(doc, i - 1)):
            continue
        if fold(token.text) not in given_names():
            # a given name no list knows, told by its apposition, also opening a sentence: "Salamata, 34 ans, a perdu"
            if not _is_common_word(token) and not is_demonym(token.text) and not _ACRONYM.fullmatch(token.text) \
                    and _described(doc, token.idx + len(token.text)) == "aged" and not index.overlapping(token.idx, token.idx + len(token.text)) \
                    and not lookup(token.text) and not _is_place(token.text):
                out.append(Mention(token.idx, token.idx + len(token.text), token.text, "person", fold(token.text)))
                index.add(out[-1])
            continue
        if not _joined(doc, i):
            continue
        end, words = i + 1, 1
        while words < 4 and _joined(doc, end):
            if _hyphen_joins(doc, end):
                end += 2
            elif _capitalised(doc[end]):
                end, words = end + 1, words + 1
            elif doc[end].lower_ in lex["name_particles"] and _joined(doc, end + 1) and _capitalised(doc[end + 1]):
                end, words = end + 2, words + 1
            else:
                break
        aged = words == 1 and bool(_AGE.match(_body(doc), token.idx + len(token.text)))  # "Monique, 79 ans"
        if words < 2 and not aged or (_joined(doc, end) and _capitalised(doc[end])):
            continue
        start, stop = token.idx, doc[end - 1].idx + len(doc[end - 1].text)
        text = _body(doc)[start:stop]
        folded = [fold(t.text) for t in doc[i:end]]
        if index.overlapping(start, stop) or lookup(text) or _is_place(text) or folded[-1] in _folded_french_words() \
                or any(f in firm_heads for f in folded) or any(_ACRONYM.fullmatch(t.text) for t in doc[i:end]):
            continue
        out.append(Mention(start, stop, text, "person", fold(text)))
        index.add(out[-1])
    return out


def _ends_with(doc, k: int, words: frozenset[str], longest: int = 3) -> bool:
    """Whether the tokens just before token `k`, in the same sentence, spell one of `words` (folded)."""
    for n in range(1, min(longest, k) + 1):
        if all(_joined(doc, t) and not (doc[t - 1].is_punct and (doc[t - 1].text != "-" or doc[t - 1].whitespace_))
               for t in range(k - n + 1, k + 1)) \
                and fold(_text(doc, doc[k - n:k])) in words:
            return True  # not across a comma ("le PDG du constructeur, Jean Dupont" is a person); "start-up" is one word
    return False


_NATIONAL_SIDE = re.compile(r"(?:XV|XIII|Quinze|Treize)\s+(?:de|d['’]|du|des)\s*(.+)")


def _cue_type(doc, m: Mention, typed: dict[tuple[str, int], Mention], surnames: set[str], sport: bool) -> str | None:
    """The type the words around a mention give it, when they are unambiguous: an organisation
    noun before it ("le constructeur suédois Northvolt"), a civil title ("M."); and, for a
    one-word name the model called a person (no surname of the article), a place (no known
    one) or left untyped, the type of the name it is coordinated with ("de Bâle et de Stein", "OpenAI et Google"); for
    such a person only, a place preposition ("près de Metz"), a hyphenated name
    ("Roland-Garros": places named after people are hyphenated), a town's name. `sport`: whether
    the article is about a match (`_sport_article`, computed once per article)."""
    span = doc.char_span(m.start, m.end)
    if span is None:
        return None
    if _is_place(m.surface) and _dateline(doc, m):
        return "place"  # "N'DJAMENA, 6 oct (AFP) -", which the model may take for a body
    if (side := _NATIONAL_SIDE.fullmatch(m.surface)) and country_of(side.group(1)):
        return "organization"  # "le XV de France", "le XIII de France": a national rugby side
    lex = lexicon()
    i = k = span.start
    while k > 0 and i - k <= 3 and _joined(doc, k):  # "le géant bâlois Novartis": words may come between
        if _ends_with(doc, k, lex["organization_cues"]):
            return "organization"
        if k < i and doc[k - 1].lower_ in ("de", "d'", "d’") and doc[k].pos_ == "NOUN":
            k -= 1  # "la société de manutention Scaldis Terminals": a complement of the kind of firm
            continue
        if not (doc[k - 1].text.islower() and doc[k - 1].is_alpha
                and doc[k - 1].pos_ not in ("ADP", "DET", "VERB", "AUX", "PRON", "CCONJ")):
            break
        k -= 1
    located = _LOCATED_IN.match(strip_accents(_body(doc)[m.end:m.end + 60]).lower().replace("’", "'"))
    if located and located.group(1) in lex["town_heads"] | lex["place_heads"] and not _organization_head(m.surface):
        return "place"  # "Bouna, dans la région du Bounkani", "X, près du lac …": a place located in its region
    if _ends_with(doc, span.start, _MINE_CUES, 4):
        return "place"  # "la mine d'or de Ndassima", "le camp de déplacés de Y": a site named after its place
    if i > 1 and is_demonym(doc[i - 1].text) and doc[i - 1].text.islower() and doc[i - 2].pos_ == "DET" \
            and _joined(doc, i) and (m.label != "person" or fold(m.surface.split()[0]) not in given_names() and not sport) \
            or i > 1 and is_demonym(doc[i - 1].text) \
            and doc[i - 1].text.islower() and doc[i - 2].lower_ in ("l'", "l’", "du", "au") and " " not in m.surface:
        # "l'algérien Yassir", "du japonais Fanuc", "le canadien Barrick Gold": a lowercase nationality stands for
        # "le groupe …" (but "le malien Moussa X", a given name, or a player in a match report, is a person written
        # without the capital)
        return "organization"
    if (m.label == "other" or m.label == "place" and _weak(m, surnames)) and re.fullmatch(r"\w+", m.surface) \
            and i > 0 and doc[i - 1].lower_ in ("le", "la", "l'", "l’") and not demonym_shaped(m.surface) \
            and _acts(doc, m, lex["actor_verbs"], lex["actor_objects"]):
        return "organization"  # "la Jirama a évoqué …": one word that takes an article and speaks is a body
    if m.label == "other" and re.fullmatch(r"\w+", m.surface) and not demonym_shaped(m.surface) \
            and span.root.dep_ == "nsubj" and _verb_lemma(span.root.head) in lex["actor_verbs"] | lex["firm_verbs"]:
        return "organization"  # "Sonatrach a signé un contrat": an untyped word that signs is a body
    if (m.label == "other" or m.label == "place" and not _is_place(m.surface)) and " " in m.surface.strip() \
            and not _organization_head(m.surface) and (
            (role := _ROLE_AFTER.match(_body(doc), m.end)) and is_role(role.group(1)) or _described(doc, m.end)):
        return "person"  # "et Rasmata X, rédactrice en chef du bimensuel …": a function or a trade in apposition
    if m.label in ("place", "other") and " " in m.surface.strip() and not _organization_head(m.surface) \
            and not _is_place(m.surface.split()[0]) and _INCISE_DESCRIBED.search(_body(doc)[max(0, m.start - 80):m.start]):
        return "person"  # "», pestait le troisième-ligne Sione X": a quotation's speaker described and named is no place
    if (m.label != "person" or " " not in m.surface) and _apposed_organization(doc, span.end, doc[span.start - 1] if span.start else None):
        return "organization"  # "Proparco, filiale de l'AFD"; "Simfer, coentreprise de …" is no one, whatever the model says
    if " " not in m.surface and _parenthesised_after_body(doc, span):
        return "organization"  # "le service de vigilance … (Viginum)": the short name of the body just described
    if (" " not in m.surface or (m.label == "person" and fold(m.surface.split()[0]) not in given_names())) \
            and _ends_with(doc, i, _town_cues()):
        return "place"  # "la ville de Vohémar", "la commune d'Arlon", "le hameau de Bản Phìn"
    if m.label == "place" and span.root.dep_ == "nsubj" and span.root.head.lemma_ \
            and fold(span.root.head.lemma_) in lex["firm_verbs"]:
        return "organization"  # "Castel rachète le négociant": a place buys nothing
    if m.label == "place" and " " not in m.surface and not _is_place(m.surface) and span.root.dep_ == "obl:agent" \
            and i > 0 and doc[i - 1].lower_ in ("le", "la", "l'", "l’") \
            and _verb_lemma(span.root.head) in lex["firm_verbs"] | lex["operating_verbs"] | lex["actor_verbs"]:
        return "organization"  # "le chemin de fer, exploité par la Setrag": an unknown place runs nothing
    if (m.label != "person" or _weak(m, surnames)) and (_ends_with(doc, i, lex["organization_of_cues"] - _STAFF, 4)
                                                         or _ends_with(doc, i, _STAFF, 4) and _town_population(m.surface) < 10_000):
        return "organization"  # "le fondateur d'Iliad", "une filiale de Stellantis"
    if i > 0 and _joined(doc, i) and fold(doc[i - 1].text) in lex["honorifics"] and doc[i - 1].text[:1].isupper():
        return "person"
    if _AGE.match(_body(doc), m.end) and not _organization_head(m.surface) \
            and not (i > 0 and doc[i - 1].lower_ in ("de", "d'", "d’", "du", "des")):
        return "person"  # "Jean Dupont, 52 ans,"; not "l'étudiante de l'Université de Sherbrooke, 20 ans,"
    # (but "sur le quai de la gare de Namur, une navetteuse …", "À Sévaré, un commerçant …": a known place after a
    # preposition, or any name after a preposition of place other than "de", is no one described)
    located = i > 0 and (doc[i - 1].pos_ == "ADP" and _is_place(m.surface)
                         or doc[i - 1].lower_ in _PLACE_PREPOSITIONS and fold(doc[i - 1].text) not in ("de", "d'"))
    described = _described(doc, m.end) if " " not in m.surface and not located else None
    if described == "aged" or described == "trade" and (
            m.label != "organization" or fold(m.surface.split("-")[0]) in given_names()):
        return "person"  # "Lassané, commerçant de 41 ans", "confie Marie-Lourdes, vendeuse au marché"
    if m.label != "person" and not m.surface.startswith("Les ") \
            and (_ends_with(doc, i - (i > 0 and doc[i - 1].text == ","), lex["person_titles"])
                 or _titled_before(_body(doc), m.start) and not is_role(m.surface)):
        return "person"  # "son directeur général, Jean Dupont", "le président Dupont", "le ministre de l'Industrie, Ryad X"
    if sport and _sport_club(doc, span, m):
        return "organization"
    if m.label == "organization" and " " not in m.surface and i > 0 and doc[i - 1].pos_ == "ADP" \
            and _ends_with(doc, i, frozenset(c for c in lex["place_cues"] if " " in c)):
        return "place"  # "près d'Enerhodar", "au nord de Tessalit": a locative phrase, not a bare "à"
    if m.label == "person" and " " in m.surface and i > 0 and doc[i - 1].pos_ == "ADP" \
            and fold(m.surface.split()[0]) in given_names() and not _titled_before(_body(doc), m.start) \
            and _ends_with(doc, i, frozenset(c for c in lex["place_cues"] if " " in c)):
        return "place"  # "près de Sam Ouandja": a locative phrase, whatever the first word's other use
    if not _weak(m, surnames):
        return None
    k = i - 1 if i > 0 and doc[i - 1].lower_ in ("de", "d'", "d’", "à", "en") else i
    if k > 1 and doc[k - 1].lower_ in ("et", "ou", ","):
        other = typed.get(("end", doc[k - 2].idx + len(doc[k - 2].text)))
        before = doc.char_span(other.start, other.end) if other else None
        same_link = k == i or (before is not None and before.start > 0 and doc[before.start - 1].lower_ == doc[k].lower_)
        # a comma links a list only if the list goes on ("Google, OpenAI et Meta"), not after a fronted
        # apposition ("Enseignante dans un lycée de Tizi Ouzou, Lynda ne décolère pas")
        listed = doc[k - 1].lower_ != "," or span.end < len(doc) and doc[span.end].lower_ in (",", "et", "ou")
        if other and same_link and listed and other.label != m.label and not _weak(other, surnames):
            return other.label  # "de Bâle et de Stein", "Google et OpenAI"; not "le Centre spatial, à Kourou"
    end = span.end + (span.end < len(doc) and doc[span.end].lower_ in ("et", "ou"))
    if end > span.end and end < len(doc):
        other = typed.get(("start", doc[end + (doc[end].lower_ in ("de", "d'", "d’", "à", "en") + _ARTICLES)].idx)) \
            if end + 1 < len(doc) else None
        if other and other.label != m.label and not _weak(other, surnames):
            return other.label  # "OpenAI et Google"
    if m.label == "other" and " " not in m.surface and i > 0 and doc[i - 1].lower_ in ("à", "a") \
            and _ends_with(doc, i, lex["place_cues"]):
        return "place"  # "tués à Mozogo": an untyped word after "à" is a town
    if m.label != "person":
        return None
    if i > 0 and doc[i - 1].pos_ == "ADP" and _ends_with(doc, i, lex["place_cues"] | lex["town_people_cues"]):
        return "place"
    if span.root.dep_ == "obj" and _verb_lemma(span.root.head) in lex["place_objects"]:
        return "place"  # "les camions ont traversé Tawila", "ils ont fui Arbinda"
    if i > 1 and doc[i - 1].lower_ in ("de", "d'", "d’"):
        k = i - 2
        while k > 0 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
            k -= 1  # "l'hôpital gouvernemental de X"
        if fold(doc[k].text) in lex["sited_heads"] | lex["town_heads"]:
            return "place"
    if re.fullmatch(r"[A-ZÀ-Þ][\w']+(-[A-ZÀ-Þ][\w']+)+", m.surface) or _is_place(m.surface):
        return "place"
    if fold(m.surface) not in given_names() and _town_population(m.surface) >= _TOWN_AFTER.get(_list_preposition(doc, i), 10**9):
        return "place"  # "les marchés de Tanout et de Gouré", "à Métlaoui, Redeyef, Moularès et Mdhilla", "via Amdjarass"
    return None


# The population a town GeoNames knows must reach to be the place a preposition before a name the model took for a
# person points at: "à", "via", "vers" point at places; "de" at people too ("la femme de Martin"), so only at towns.
# "les salariés de Tuttlingen" work at a town's site: of the `organization_of_cues`, these name no firm before a town
_STAFF = frozenset({"salaries de", "salaries d'"})
_TOWN_AFTER = {"à": 5_000, "via": 5_000, "vers": 5_000, "depuis": 5_000, "de": 20_000, "d'": 20_000, "d’": 20_000}


# A name set in its region: ", dans la région de …", ", près du lac …", ", au nord de la province …".
_LOCATED_IN = re.compile(r"\s*,\s*(?:dans|pres d[eu']|non loin d[eu']|a \d+ km d[eu']|au (?:nord|sud|centre)(?:-\w+)? d[eu']"
                         r"|a l'(?:est|ouest) d[eu'])\s*(?:la |le |l'|les )?([\w-]+)\s+(?:de|du|des|d')")
_MINE_CUES = frozenset(f"{head} {link}" for head in ("mine", "mine d'or", "gisement", "site minier", "camp de deplaces",
                                                      "camp de refugies") for link in ("de", "d'"))


def _list_preposition(doc, i: int) -> str | None:
    """The preposition (lowercased) that introduces the name at token `i`, back over the capitalised names of a list
    it closes: "à Métlaoui, Redeyef, Moularès" gives "à" for Moularès."""
    k = i - 1
    while k > 0 and i - k < 14 and (doc[k].text in (",", "et") or doc[k].text[:1].isupper() and not doc[k].is_sent_start):
        k -= 1
    return doc[k].lower_ if k >= 0 and (k == i - 1 or doc[k + 1].text not in (",", "et")) else None


_TIME_ADJECTIVES = frozenset({"actuel", "actuelle", "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "futur", "future",
                              "ex", "éphémère", "précédent", "précédente"})
_TITLED_BEFORE = re.compile(r"(?:^|\s)(?:le|la|l['’]|son|sa|du|au)\s*([^,.;:()«»\n]{3,80}),\s*$", re.I)


def _titled_before(text: str, start: int) -> bool:
    """Whether a name comes right after a function in apposition: "du ministre de l'Industrie et du Commerce, X",
    "l'actuelle présidente de l'association, X" (an adjective of time may come first)."""
    before = _TITLED_BEFORE.search(text, max(0, start - 90), start)
    while before:  # the role may open after the first article: "en présence du ministre de l'Industrie …, X"
        phrase = before.group(1)
        if is_role(phrase) or phrase.split()[0].lower() in _TIME_ADJECTIVES and is_role(phrase.split(None, 1)[-1]):
            return True
        before = _TITLED_BEFORE.search(text, before.start(1), start)
    return False


def _apposed_organization(doc, j: int, before=None) -> bool:
    """Whether the name ending before token `j` is followed by an apposition headed by an organisation
    noun, with no article or an indefinite one: "Proparco, filiale de l'AFD", "Enapor, une société
    publique"; a definite article may announce another name ("Lyon, le club de Jean-Michel X"), so it counts
    only before a public body's noun and a lowercase complement ("Viginum, le service de vigilance …")."""
    if j + 1 >= len(doc) or doc[j].text != ",":
        return False
    k = j + 1 + (doc[j + 1].lower_ in ("un", "une"))
    if k < len(doc) and doc[k].lower_ != "chez" \
            and any(fold(_text(doc, doc[k:k + n])) in lexicon()["organization_cues"] for n in (1, 2) if k + n <= len(doc)):
        return True
    k = j + 1 + (doc[j + 1].lower_ in ("le", "la", "l'", "l’"))
    if before is not None and before.pos_ == "ADP" and before.lower_ != "par":
        return False  # "À New York, le Conseil de sécurité": a place set before the clause (but "publié par X, le …")
    complement = list(itertools.takewhile(lambda t: not t.is_punct, doc[k + 1:k + 6]))
    return k > j + 1 and k < len(doc) and fold(doc[k].text) in _BODY_NOUNS and len(complement) >= 2 \
        and complement[0].lower_ in ("de", "d'", "d’", "du", "des", "pour", "chargé", "chargée") \
        and not any(_capitalised(t) for t in complement)


# Generic nouns of public bodies that open a described body's name ("le service de …", "l'office national de …").
_BODY_NOUNS = frozenset({"service", "office", "direction", "bureau", "observatoire", "centre", "commission", "comite",
                         "agence", "autorite", "conseil", "cellule", "unite", "mission", "brigade", "institut", "fonds"})


def _parenthesised_after_body(doc, span) -> bool:
    """Whether a one-word name stands in parentheses after a lowercase phrase opened by an institution or
    organisation noun ("le service de vigilance … étrangères (Viginum)", "l'office national … (Onapad)")."""
    if span.start < 3 or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    lex = lexicon()
    heads = lex["institution_heads"] | lex["organization_cues"] | _BODY_NOUNS
    k = span.start - 2
    while k > 0 and span.start - k < 16 and doc[k].text not in (",", ".", ";", ":", "(", ")") and not doc[k].text[:1].isupper():
        if fold(doc[k].text) in heads and doc[k - 1].pos_ == "DET":
            return True
        k -= 1
    return False


@lru_cache(maxsize=1)
def _town_cues() -> frozenset[str]:
    """"ville de", "commune d'": a town's head noun and its preposition, folded."""
    return frozenset(f"{head} {link}" for head in lexicon()["town_heads"] for link in ("de", "d'"))


def _weak(m: Mention, surnames: set[str]) -> bool:
    """Whether a one-word mention's type is only the model's guess ("La Capte" is one word and a
    particle): untyped, a person who is no surname of the article, a place no list knows."""
    words = [w for w in m.surface.split() if fold(w) not in lexicon()["name_particles"]]
    return len(words) == 1 and not lookup(m.surface) and (
        m.label == "other" or (m.label == "person" and fold(m.surface) not in surnames)
        or (m.label == "place" and not _is_place(m.surface)))


_AGE = re.compile(r",\s*(?:\d{1,3}\s+ans\b|la\s+(?:vingt|trent|quarant|cinquant|soixant|septant|huitant|nonant)aine\b)")
# A quotation's incise up to a described speaker's name: "», pestait le troisième-ligne ", "», a dit l'avocate ".
_INCISE_DESCRIBED = re.compile(r"[»”\"]\s*,\s*(?:[a-zà-ÿ'’]+(?:-t-|-)?\s+){1,3}(?:le\s+|la\s+|l['’]\s*)[a-zà-ÿ-]+(?:\s+(?!(?:de|du|des|d|à|au|aux|en)\b)[a-zà-ÿ-]+)?\s+$")
_ROLE_AFTER = re.compile(r",\s*([^\W\d][^,.;:()«»]{2,60})")  # the apposition after a name, to its next comma
# An apposition that describes someone: its first word, then the rest of the phrase
_DESCRIPTION = re.compile(r",\s*(?:(?:un|une)\s+)?([^\W\d][\w'’-]*)([^,.;:!?()«»]{0,60})")
_AGED = re.compile(r"\bde\s+\d{1,3}\s+ans\b")
# Endings of trade nouns ("vendeuse", "cultivatrice", "couturière", "pharmacienne", "commerçante")
_TRADE = re.compile(r"(?:eur|euse|rice|iere|iste|ienne|ante)s?$")  # not "-ier", "-ant": "quartier", "restaurant"


def _described(doc, end: int) -> str | None:
    """How the apposition after a name ending at offset `end` describes a person: "aged" (", 34 ans",
    ", commerçant de 41 ans", ", Guinéenne de 23 ans"), "trade" (", vendeuse au marché"), or None. News
    introduces an ordinary person by a given name alone this way; firms' appositions ("Orano, exploitant de
    la mine") use the organisation nouns, which do not count."""
    text = _body(doc)
    if _AGE.match(text, end):
        return "aged"
    m = _DESCRIPTION.match(text, end)
    head = doc.char_span(m.start(1), m.end(1), alignment_mode="expand") if m else None
    if head is None or head[0].pos_ in ("DET", "PRON", "ADV", "ADP", "CCONJ", "SCONJ", "AUX", "NUM"):
        return None  # ", plusieurs migrants": no apposition
    word, folded, aged = m.group(1), fold(m.group(1)), _AGED.search(m.group(2))
    if word[:1].isupper():
        return "aged" if aged and is_demonym(word) else None
    lex = lexicon()
    if folded in lex["sport_appositions"] | lex["organization_cues"] | lex["organization_heads"]:
        return None
    # a noun: not "premier bassin de production", nor a participle clause (", ajoutant que …")
    return "aged" if aged else "trade" if head[0].pos_ == "NOUN" and _TRADE.search(folded) else None
_APPOSITION = re.compile(r",\s*(\w+)")  # the first word after a name and its comma
_SCORE_PAIR = r"\d{1,2}\s?-\s?\d{1,2}"  # "2-0", "1 - 1"
_SCORE_ANYWHERE = re.compile(rf"(?<![\d/.-]){_SCORE_PAIR}(?![\d/.-])")


def _sport_club(doc, span, m: Mention) -> bool:
    """Whether a name the model called a place (or left untyped) is a sports club, in an article
    about a match (the caller checks `_sport_article` once): the subject or object of a match-result verb
    ("Arsenal a battu Chelsea"), after "face à", "battu par", "points de", before a result in
    apposition ("Lens, vainqueur à Metz"), or right before a score ("Lens 2-1"). A country stays a place: a national team is not told apart."""
    lex = lexicon()
    if m.label not in ("place", "other") or len(span) > 3 or geocode_key(m.surface):
        return False
    root = span.root
    if root.head.lemma_ and fold(root.head.lemma_) in lex["sport_verbs"] \
            and root.dep_ in ("nsubj", "nsubj:pass", "obj", "obl:agent"):
        return True
    if _ends_with(doc, span.start, lex["sport_cues"], 4):
        return True
    if _SCORE_THEN_AGENT.search(_body(doc), max(0, m.start - 40), m.start):
        return True  # "accroché (1-1) par Westerlo"
    apposition = _APPOSITION.match(_body(doc), m.end)
    if apposition and fold(apposition.group(1)) in lex["sport_appositions"]:
        return True  # "Anderlecht, vainqueur à Gand, …": a result in apposition
    return bool(re.match(rf"\s*\(?{_SCORE_PAIR}\b", _body(doc)[m.end:m.end + 10]))


# A score in brackets, then the other side: "accroché (1-1) par", "(2-0) face à"
_SCORE_THEN_AGENT = re.compile(rf"\({_SCORE_PAIR}\)\s*(?:par|face à|contre|devant)\s+(?:le\s+|la\s+|l['’])?$")


def _sport_article(doc) -> bool:
    """Whether the article is about a match: a score, or a match word. It reads the whole Doc, so
    it is computed once per article, not per mention."""
    words = lexicon()["sport_words"]
    return bool(_SCORE_ANYWHERE.search(_body(doc))) or any(fold(t.lemma_) in words or t.lower_ in words for t in doc)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Folded given names (`data/given_names.txt`, from Jörg Michael's nam_dict), less the ones
    that are also countries, regions or cities of 250,000 people ("Paris", "Florence", "Jordan"),
    titles ("General", "Prince": "General Motors" is no person) or French function words ("Les")."""
    names = set(_data_lines("given_names.txt")) | set(_west_african_names())
    big = {key for key, places in cities().items() if max(pop for pop, _ in places) >= 250_000}
    lex = lexicon()
    return frozenset(names - big - set(countries()) - lex["place_prefixes"] - lex["person_titles"] - lex["roles"]
                     - set(lex["function_words"]))


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    return dict(line.split("\t") for line in _data_lines("given_name_genders.tsv")) | _west_african_names()


@lru_cache(maxsize=1)
def _west_african_names() -> dict[str, str]:
    """Given names of the region the archive covers that nam_dict lacks ("Ousmane", "Fatoumata"), with their gender
    (`data/given_names_west_africa.tsv`)."""
    return dict(line.split("\t") for line in _data_lines("given_names_west_africa.tsv"))


def given_name_gender(name: str) -> str | None:
    """"m" or "f" when a name opens with a given name of one gender (`data/given_name_genders.tsv`,
    from Jörg Michael's nam_dict: "Hélène Marzin" and "Awa" are "f"), else None (a name of both)."""
    words = fold(name).replace("-", " ").split()
    for n in (2, 1):  # "Jean-Marie Le Pen": the compound first
        gender = _given_name_genders().get(" ".join(words[:n])) if len(words) >= n else None
        if gender:
            return gender
    return None


def _short_name(word: str) -> bool:
    """Whether a word looks like a body's short name: an acronym ("ARS"), or a short capitalised word that is no
    French word, given name or place ("Atmo", "Urssaf")."""
    folded = fold(word)
    return bool(_ACRONYM.fullmatch(word)) or (word[:1].isupper() and len(word) <= 6 and folded not in _folded_french_words()
                                               and folded not in given_names() and not _is_place(word))


def _name_type(m: Mention) -> str | None:
    """The type a name's own words give it, whatever the model said: a club's or firm's first or
    last word ("AS Monaco", "Manchester City", "Orange Money"), an acronym the model called a
    place ("CD&V"), a French word hyphened to a place ("Hydro-Québec", "Météo-France"), a given
    name then capitalised words ("Kamala Harris", "Luca de Meo"), a toponym's own words ("Khan Younès"),
    an acronym with a place ("Africa CDC"). Known names, and places but for toponym words, excepted."""
    if lookup(m.surface):
        return None
    lex = lexicon()
    words = m.surface.split()
    folded = [fold(w) for w in words]
    if len(words) > 1 and words[0] == "The":
        return "organization"  # "The Sentry", "The Economist": an English article opens no person's name
    if (len(words) > 1 and folded[0] in lex["toponym_heads"] and words[1][:1].isupper()
            or len(words) == 1 and folded[0].endswith(tuple(lex["toponym_endings"]))):
        return "place"  # "Hassi Messaoud", "Bint Jbeil", "Tanwalbougou": a toponym's own words
    if _is_place(m.surface):
        return None
    if len(words) > 1 and ((folded[0] in lex["club_heads"] and not (m.label == "person" and folded[0] in given_names()))
                           or folded[-1] in lex["organization_tails"]):
        return "organization"  # but "Espérance Dupont", a person, opens with a club's word
    if len(words) >= 2 and words[0][:1].isupper() and folded[0] in lex["club_heads_before_adjective"] \
            and words[1].islower() and folded[1] not in _PREPOSITIONS:
        return "organization"  # "le Stade rennais", "l'Étoile cycliste de Doullens"; "stade de France" is a ground
    if len(words) == 2 and words[0][:1].isupper() and folded[0] in lex["territorial_bodies"] and words[1].islower():
        return "organization"  # "la Région wallonne"; "la région Bretagne" is the territory
    if (m.label != "person" or fold(words[0]) != words[0].lower() or _is_place(words[0])) and _place_and_noun(words):
        # but "Amadou Koufa" (a town, and "amadou" a French word) is the person the model says; "Santé" is no name
        return "organization"  # "Wallonie Entreprendre", "Toulouse Métropole"
    if len(words) == 2 and not re.fullmatch(r"[IVX]+", words[1]) and (_ACRONYM.fullmatch(words[0]) and _is_place(words[1])
                                                            or _is_place(words[0]) and _ACRONYM.fullmatch(words[1])):
        return "organization"  # "SLUC Nancy", "Africa CDC": an acronym with a place is a body's name; not "Léon XIV"
    if m.label == "person" and len(words) == 2 and re.search(r"[sx]$", folded[0]) \
            and {folded[0][:-1], re.sub(r"aux$", "al", folded[0])} & _folded_french_words() \
            and folded[0] not in given_names() and words[1][:1].isupper() and folded[1] not in _folded_french_words():
        return "organization"  # "Matériaux Hennaut", "Transports Guilbaud": a trade in the plural, then its owner's name
    if len(words) > 2 and words[0] == "Parc" and folded[1] in ("national", "naturel", "marin"):
        return "organization"  # "le Parc national du Mercantour", capitalised: the public body; "le parc national du W"
    if len(words) == 3 and words[1] == "&" and words[0][:1].isupper() and words[2][:1].isupper():
        return "organization"  # "Baume & Mercier", "Ernst & Young": two names joined by "&" are a firm
    if m.label == "place" and _ACRONYM.fullmatch(m.surface):
        return "organization"
    if m.label == "place" and len(words) >= 2 and _is_place(" ".join(words[1:])) and _short_name(words[0]) \
            and (len(words) > 2 or "-" in words[1]):
        # "ARS Grand Est", "Atmo Hauts-de-France": a body's short name, then the region it serves (two short words
        # are a toponym's: "Kfar Kila", "Ouled Ali")
        return "organization"
    if m.label == "place" and len(words) > 2 and _ACRONYM.fullmatch(words[0]) and folded[1] in _PREPOSITIONS:
        return "organization"  # "le CISSS de la Gaspésie": an acronym of its own, then the territory it serves
    parts = m.surface.split("-")
    if len(words) == 1 and len(parts) == 2 and _is_place(parts[1]) and not _is_place(parts[0]) \
            and fold(parts[0]) not in given_names() | lex["place_prefixes"] \
            and (_own_place_name(parts[1]) or not {fold(parts[1]), fold(parts[1]).removesuffix("e")} & _folded_french_words()):
        return "organization"  # "Hydro-Québec", "Beit-Salam"; not "Terre-Sainte" (a French word, and "Sainté" a nickname)
    return None


def _person_shaped(m: Mention) -> bool:
    """A name the model typed otherwise that reads as a person's: a given name, then capitalised words
    ("Kamala Harris", "Luca de Meo"). Weaker than a cue before it ("la société genevoise Aurore Films")."""
    lex = lexicon()
    words = m.surface.split()
    folded = [fold(w) for w in words]
    return m.label != "person" and 1 < len(words) <= 4 and words[0][:1].isupper() and folded[0] not in lex["determiners"] \
        and not _ACRONYM.fullmatch(words[0]) and not lookup(m.surface) and not _is_place(m.surface) \
        and fold(words[0].split("-")[0]) in given_names() \
        and all(w[:1].isupper() or f in lex["name_particles"] for w, f in zip(words[1:], folded[1:])) \
        and folded[-1] not in _folded_french_words() and not any(f in lex["organization_heads"] for f in folded) \
        and not any(len(w) == 1 or geocode_key(w) for w in words[1:])  # "Gen Z Madagascar", a movement


def _place_and_noun(words: list[str]) -> bool:
    """Whether a name is a place and capitalised French common nouns, with no link word: a body named after
    its territory ("Wallonie Entreprendre", "Toulouse Métropole"), not a place ("Grand Tunis": a place prefix)
    nor a person ("Julie Morand": a given name). An accented common noun is no given name however it folds
    ("Santé publique France": "Sante" is one); adjectives may follow the first noun."""
    lex = lexicon()

    def common(w: str, first: bool) -> bool:
        if not first and w.isalpha() and w.islower():
            return True  # an adjective after the noun ("publique")
        named = fold(w) in given_names() and not (w != strip_accents(w) and w.lower() in _french_words())
        return w[:1].isupper() and fold(w) in _folded_french_words() and not named \
            and fold(w) not in lex["place_prefixes"] | lex["place_heads"] | lex["determiners"] and not _is_place(w)

    for k in range(1, len(words)):
        for place, rest in ((words[:k], words[k:]), (words[k:], words[:k])):
            if _is_place(" ".join(place)) and fold(place[0]) not in given_names() \
                    and all(common(w, j == 0) for j, w in enumerate(rest)):
                return True
    return False


def _named_after_place(m: Mention, places: set[str]) -> str | None:
    """The type of a 'person' named "<word> de <place>" whose first word is no given name: a body or
    an event named after its town ("Mères de Sevran", "Gamou de Tivaouane"), an organisation when
    the word is French, else no type; "Charles de Gaulle" opens with a given name."""
    words = m.surface.split()
    if m.label != "person" or len(words) < 3 or words[1] not in ("de", "du", "des") \
            or fold(words[0]) in given_names() or not words[0][:1].isupper():
        return None
    rest = " ".join(words[2:])
    if not (_is_place(rest) or fold(rest) in places):
        return None
    word = fold(words[0])
    return "organization" if {word, word.removesuffix("s")} & _folded_french_words() else "other"


def _retype_by_cues(doc, mentions: list[Mention], sport: bool) -> None:
    """Every mention of a name takes the type its own words give (`_name_type`, `_named_after_place`),
    else the type its context cues give, by majority (gazetteer names and countries excepted)."""
    fixed: dict[str, str] = {}
    places = {fold(m.surface) for m in mentions if m.label == "place"}
    for m in mentions:
        if m.key not in fixed and (kind := _name_type(m) or _named_after_place(m, places)):
            fixed[m.key] = kind
    for m in mentions:
        m.label = fixed.get(m.key, m.label)
    surnames = {w for m in mentions if m.label == "person" and " " in m.surface for w in fold(m.surface).split()[1:]}
    typed = {("end", m.end): m for m in mentions} | {("start", m.start): m for m in mentions}
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.key not in fixed and not lookup(m.surface) and geocode_key(m.surface) is None:
            cue = _cue_type(doc, m, typed, surnames, sport)
            if cue:
                votes[m.key][cue] += 1
    shaped = {m.key for m in mentions if m.key not in fixed and m.key not in votes and _person_shaped(m)}
    for m in mentions:
        if m.key in votes:
            m.label = _vote(votes[m.key])
        elif m.key in shaped:
            m.label = "person"


METONYM = " (organisation)"


def _metonyms(doc, mentions: list[Mention], sport: bool) -> None:
    """A town that acts stands for the power seated there, or its club: "Kigali a dénoncé", "Pékin et
    Pyongyang ont signé", "soutenus par Kigali", "Alger, qui conteste …" — the subject or agent of an
    actor's verb (`actor_verbs`) — and, in a match report, a town the context cues typed as a club
    ("Lens a battu Lille"). That use is an organisation of its own (its key marked `METONYM`), so the town keeps its
    place on the map. Countries stay places whatever they do (the project's convention)."""
    lex = lexicon()
    verbs = lex["actor_verbs"] | lex["sport_verbs"]
    bodies = {i for m in mentions if m.label == "organization" and not m.key.endswith(METONYM)
              for i in range(m.start, m.end)}
    for m in mentions:
        if not m.key or m.key.endswith(METONYM) or geocode_key(m.surface) is not None or lookup(m.surface) \
                or " " in m.surface.strip() and place_fold(m.surface) not in capitals() or not (_is_place(m.surface) or sport and m.label == "place"
                                                    and not (_after_article(doc, m) and demonym_shaped(m.surface))):
            continue  # in a match report, a small town the model calls a place may be its club too ("le Beerschot"); "le Basque" is no town
        fixture = sport and not _dateline(doc, m) and (_FIXTURE_AFTER.match(_body(doc), m.end) or _FIXTURE_BEFORE.search(_body(doc), max(0, m.start - 4), m.start))
        # in a match report, a town that does anything but be a place is its club ("Brest a enchaîné une troisième victoire")
        acting = _acts(doc, m, None if sport else verbs, lex["actor_objects"]) or _paired_with_body(doc, m, bodies) \
            or sport and _opponent(doc, m)
        # a capital the model took for a person ("Moroni refuse de …")
        capital = m.label == "person" and place_fold(m.surface) in capitals() and fold(m.surface) not in given_names()
        if m.label == "organization" and sport or (m.label == "place" or capital) and (fixture or acting):
            m.label, m.key = "organization", m.key + METONYM


def _coordination_head(t):
    """The first name of a list a name closes ("Rabat et Alger", "Lille et Nice"), not a common noun the parser
    joined it to ("… de carburant, X se tourne")."""
    while t.dep_ == "conj" and t.head is not t and t.head.text[:1].isupper():
        t = t.head
    return t


def _opponent(doc, m: Mention) -> bool:
    """Whether a town in a match report is a side: the object of a match verb ("Brest défiera Monaco"), or after a
    result's or a ranking's words ("face à", "d'avance sur", "derrière Lille et Nice", "à égalité avec X")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    lex = lexicon()
    t = _coordination_head(span.root)  # "derrière Lille et Nice": both
    before = doc[span.start - 1] if span.start else None
    if t.dep_ in ("obj", "obl:agent") and _verb_lemma(t.head) in lex["sport_verbs"] \
            or before is not None and before.pos_ == "VERB" and _verb_lemma(before) in lex["sport_verbs"]:
        return True  # (the parse may lose the object: "Brest défiera X tandis que …")
    cues = lex["sport_cues"] | lex["ranking_cues"]
    first = min([t.i] + [c.i for c in t.children if c.dep_.startswith("flat")])
    return _ends_with(doc, first, cues, 4) or _ends_with(doc, span.start, cues, 4)


def demonym_shaped(word: str) -> bool:
    """Whether a word reads as an inhabitant's name, listed or by a French demonym's ending ("Trifluvienne",
    "Brestois", "le Basque", "le Breton": a player's nickname), not a club's ("le Beerschot")."""
    return is_demonym(word) or bool(_DEMONYM_ENDING.search(fold(word)))


# plural endings of a people's name, narrower than a demonym's (no "-anes", "-andes": "les Savanes", "des Landes")
_PEOPLE_ENDING = re.compile(r"(?:ois|aises|ais|iens|iennes|ains|aines|ques)$")
_DEMONYM_ENDING = re.compile(r"(?:ais|aise|ois|oise|ien|ienne|ain|aine|in|ine|an|ane|on|onne|que|and|ande|ol|ole|ote)s?$")


def _after_article(doc, m: Mention) -> bool:
    """Whether a name comes right after a definite article ("le Basque", "l'Aveyronnaise"): no town's name does."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in ("le", "la", "les", "l'", "l’")


def _dateline(doc, m: Mention) -> bool:
    """Whether a name is a dateline: "Tunis :" anywhere, "Conakry – Le …" opening a line."""
    text = _body(doc)
    if text[m.end:m.end + 3].lstrip().startswith(":"):
        return True
    return (m.start == 0 or text[m.start - 1] == "\n") and bool(_DATELINE_DASH.match(text, m.end))


# "Conakry – Le Front …", "Dakar, le 4 juin 2025 – L'ONG …", "Niamey (AFP) – …": a town opening a line, maybe a
# date or a wire service in brackets, a dash, then a sentence
_DATELINE_DASH = re.compile(r"(?:\s*,\s*(?:le\s+)?\d{1,2}(?:er)?\s+[^\W\d]+(?:\s+\d{4})?)?(?:\s*\([A-Z][\w. -]{1,15}\))?"
                            r"\s*[–—-]\s+(?:Le|La|Les|L['’]|Un|Une|Des|Au|Aux|En|Selon|Après|Alors|Depuis|Dans)\b")


def _paired_with_body(doc, m: Mention, bodies: set[int]) -> bool:
    """Whether a capital is coordinated with an organisation ("le bras de fer entre Niamey et le groupe
    Orano", "Kigali et la Cédéao"): it is a party too, its government."""
    if place_fold(m.surface) not in capitals():
        return False
    text = _body(doc)
    after = _AND_AFTER.match(text, m.end)  # "Niamey et le groupe français Orano"
    before = _AND_BEFORE.search(text, max(0, m.start - 20), m.start)  # "Orano et Niamey"
    return bool(after and after.end() in bodies or before and before.start() in bodies)


_AND_AFTER = re.compile(r"\s+et\s+(?:[a-zàâçéèêëîïôûùüÿœ'’-]+\s+){0,3}")
_AND_BEFORE = re.compile(r"\S\s+et\s+$")


# "Amiens - Guingamp 1-0": the two sides of a fixture in a results list
_FIXTURE_AFTER = re.compile(r" [-–—] [A-ZÀ-Þ]")
_FIXTURE_BEFORE = re.compile(r"\w [-–—] $")


def _acts(doc, m: Mention, verbs: frozenset[str] | None, objects: frozenset[str]) -> bool:
    """Whether a name is the subject, agent or accused of an actor's verb (`_metonyms`); `verbs` None: of
    any verb but a place's (`place_verbs`)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    if _dateline(doc, m):
        return False  # a dateline, "Tunis : la start-up … lance", "Conakry – Le Front …"
    text = _body(doc)
    capital = place_fold(m.surface) in capitals()  # a capital's government acts in more ways than a town
    if capital and (_ASIDE.match(text, m.end) or text[m.end:m.end + 1] == ","
                    and _OPINION_OF.search(text, max(0, m.start - 12), m.start) or _subject_past_aside(doc, span)):
        return True  # "Ankara, de son côté, se garde de …", "Pour Pékin, il s'agit de …": a party's view
    t = _coordination_head(span.root)  # "Rabat et Alger ont signé": both act
    if capital and (
            t.head.pos_ == "VERB" and (t.dep_ == "obl:agent" or t.dep_.startswith(("obl", "nmod")) and t.i > 0
                                       and doc[t.i - 1].lower_ == "par" and "Part" in t.head.morph.get("VerbForm")
                                       and (t.head.dep_ == "acl" or any(c.dep_ == "aux:pass" for c in t.head.children)))
            or t.i > 0 and doc[t.i - 1].lower_ in ("de", "d'", "d’") and t.head.i < t.i
            and fold(t.head.lemma_) in lexicon()["actor_nouns"]):
        return True  # "pilotée par Paris", "les droits de douane imposés par Washington", "les accusations de Kigali"
    if capital and _between_powers(doc, span.root):
        return True  # "la rupture entre Alger et Kigali", "l'accord de défense avec Paris", "un groupe allié de Kigali"
    if capital and _addressed(doc, span[0]):
        return True  # "a demandé à N'Djamena l'envoi de …": the one a request is made to
    if t.i > 0 and doc[t.i - 1].lower_ in ("à", "a", "en", "dans", "depuis", "vers", "de", "d'"):
        return False
    relative = next((c for c in t.children if c.dep_ == "acl:relcl"
                     and any(g.dep_ == "nsubj" and g.lower_ == "qui" for g in c.children)), None)
    if capital and (
            (t.dep_ == "nsubj" or t.dep_ == "nsubj:pass" and not any(c.dep_ == "aux:pass" for c in t.head.children))
            and not _place_verb(t.head)  # "Paris n'a pas commenté", parsed as passive
            or relative is not None and not _place_verb(relative)
            or t.i > 0 and doc[t.i - 1].lower_ == "avec" and t.head.pos_ == "VERB"):
        return True  # a capital that does, or that one deals with, is its government ("négocie avec Kigali")
    if verbs is not None and capital and _beside_actor_verb(doc, span, verbs, objects):
        return True  # the parse lost the clause ("Kiev dément et …", "a appelé Niamey à coopérer")
    # "la place sera fermée" is acted on; "Pékin accuse Washington de …" accuses an actor
    if verbs is None:
        return t.dep_ in ("nsubj", "nsubj:pass", "obl:agent") and t.head.pos_ in ("VERB", "AUX") \
            and not _place_verb(t.head)
    return t.dep_ in ("nsubj", "obl:agent") and _verb_lemma(t.head) in verbs \
        or t.dep_ == "obj" and _verb_lemma(t.head) in objects \
        or relative is not None and _verb_lemma(relative) in verbs


_REFLEXIVE = ("se", "s'", "s’")
_CLITICS = ("ne", "n'", "n’") + _REFLEXIVE


def _place_verb(verb, reflexive: bool = False) -> bool:
    """Whether a verb is one a town is the subject of as a place (`place_verbs`), reflexive ones with their
    pronoun ("Dakar se réveille")."""
    lemma, verbs = _verb_lemma(verb), lexicon()["place_verbs"]
    reflexive = reflexive or any(c.lower_ in _REFLEXIVE for c in verb.children)
    return lemma in verbs or reflexive and "se " + lemma in verbs


def _fronted_adverbial(tokens) -> bool:
    """Whether the words before a comma opening a sentence are an adverbial phrase ("Face au blocus imposé
    depuis septembre", "Après deux jours de pluie"): a preposition or adverb first, no finite verb."""
    return len(tokens) > 0 and (tokens[0].pos_ in ("ADP", "SCONJ", "ADV") or tokens[0].dep_ == "case") \
        and not any(map(finite, tokens))


def _subject_past_aside(doc, span) -> bool:
    """Whether a name opening its sentence is the subject of a verb written past an aside set off by commas
    ("X, allié des deux capitales, s'est gardé de tout commentaire", "X, longtemps soupçonné de …, courtise Y"),
    which the parser reads as a complement of the aside; a place's verbs ("X, capitale du pays, compte …") do not
    count."""
    sent = span.sent
    if span.start != sent.start or span.end >= sent.end or doc[span.end].text != ",":
        return False
    commas = [k for k in range(span.end + 1, min(sent.end, span.end + 40)) if doc[k].text == ","][:3]
    for k in commas:
        j = k + 1
        while j < sent.end and doc[j].lower_ in _CLITICS:
            j += 1
        if j + 1 >= sent.end:
            return False
        verb, after = doc[j], doc[j + 1]
        if verb.pos_ == "AUX" and after.pos_ == "VERB":
            verb = after  # "s'est gardé": the participle's lemma
        elif not (finite(verb) or verb.pos_ == "NOUN" and verb.text.islower() and after.pos_ in ("ADV", "DET")):
            continue  # "courtise désormais", a verb the tagger read as a noun: no noun follows a comma so
        return not _place_verb(verb, doc[k + 1].lower_ in _REFLEXIVE)
    return False


def _addressed(doc, t) -> bool:
    """Whether a name is the "à" complement written right after an active verb of asking, offering or answering
    (`dative_verbs`): "a demandé à N'Djamena l'envoi de …", "propose à Kigali un accord"; not a passive or a
    participle ("les armes vendues à Kigali"), nor a verb with its object between ("vendu sa maison à Paris")."""
    if t.i < 2 or doc[t.i - 1].lower_ not in ("à", "a"):
        return False
    k = t.i - 2
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1
    verb = doc[k]
    return verb.pos_ == "VERB" and _verb_lemma(verb) in lexicon()["dative_verbs"] and verb.dep_ not in ("acl", "amod") \
        and not any(c.dep_ == "aux:pass" for c in verb.children)


def _beside_actor_verb(doc, span, verbs: frozenset[str], objects: frozenset[str]) -> bool:
    """Whether a name is written right before an actor's verb ("Kiev dément", "Kigali ne reconnaît pas"), or opens a
    clause right before any verb but a place's ("Titre : Ouagadougou accélère sur …", "une médiation que Niamey a
    ignorée"), or comes right after a verb whose object is an actor, past adverbs and asides ("accuse au contraire
    Kinshasa d'avoir …", "appelé Niamey à", "accuse de son côté Abu Dhabi d'armer …", "inquiète Pékin")."""
    k = span.end
    reflexive = False
    while k < len(doc) and doc[k].lower_ in _CLITICS:
        reflexive = reflexive or doc[k].lower_ in _REFLEXIVE
        k += 1  # "Kiev ne reconnaît pas", "Kigali se tourne vers …"
    finite = k < len(doc) and doc[k].pos_ == "VERB" and "Fin" in doc[k].morph.get("VerbForm")
    if finite and _verb_lemma(doc[k]) in verbs:
        return True
    if k < len(doc) and doc[k].pos_ == "AUX" and "Fin" in doc[k].morph.get("VerbForm"):
        k += 1  # "que Niamey a jusqu'ici ignorée"
        while k < len(doc) and (doc[k].pos_ == "ADV" or doc[k].lower_ in ("pas", "jamais", "jusqu'", "jusqu’", "déjà")):
            k += 1
        finite = k < len(doc) and doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm")
    elif k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower() and doc[k].text.endswith(("e", "ent")) \
            and not doc[k].morph.get("Gender"):
        finite = True  # "Ouagadougou accélère", the verb tagged as an adjective with no gender (not "Paris entière")
    sent = doc[span.start].sent
    opens = span.start == sent.start or doc[span.start - 1].lower_ in (":", "«", "que", "qu'", "qu’") \
        or doc[span.start - 1].text == "," and _fronted_adverbial(doc[sent.start:span.start - 1]) \
        or doc[span.start - 1].lower_ in ("et", "mais") and span.start - 2 >= sent.start and doc[span.start - 2].text == ","
    # a clause of its own after a fronted adverbial ("Face au blocus …, X se tourne vers …") or ", et X pourrait …"
    if finite and opens and not _place_verb(doc[k], reflexive):
        return True
    k = span.start - 1
    while k > 0 and span.start - k <= 3 and (doc[k].pos_ == "ADV" or doc[k].lower_ in ("au", "contraire", "aussi")):
        k -= 1
    start = doc[span.start].idx
    aside = _ASIDE_BEFORE.search(_body(doc), max(0, start - 30), start)
    if aside:  # "accuse de son côté Abu Dhabi": back over the aside to the verb
        k = doc.char_span(aside.start(), aside.start() + 1, alignment_mode="expand").start - 1
    return k >= 0 and (doc[k].pos_ == "VERB" or doc[k].pos_ == "ADJ" and doc[k].text.islower()) \
        and _verb_lemma(doc[k]) in objects


def _between_powers(doc, t) -> bool:
    """Whether a name is a party to a relation a noun of diplomacy names (`relation_nouns`): "entre Alger et X",
    "l'accord de coopération avec Paris", "allié de Kigali"; a list after "entre" counts from its first item."""
    k = t.i - 1
    while k > t.sent.start and t.i - k < 10 and (doc[k].text in (",", "et") or doc[k].pos_ in ("PROPN", "DET")
                                                or doc[k].text[:1].isupper()):
        k -= 1  # back over the list the name closes: "entre Ouagadougou, Kigali, Niamey et la Cédéao"
    if k < 1 or doc[k].lower_ not in ("entre", "avec") and not (k == t.i - 1 and doc[k].lower_ in ("de", "d'", "d’")):
        return False
    nouns = lexicon()["relation_nouns"]
    if doc[k].lower_ in ("de", "d'", "d’"):
        allies = lexicon()["ally_nouns"]
        if fold(_text(doc, doc[max(0, k - 2):k])) in allies:
            return True  # "au service de"
        for j in range(k - 1, max(t.sent.start, k - 4) - 1, -1):  # "allié de", "interlocuteur privilégié de"
            if {fold(doc[j].lemma_), fold(doc[j].text)} & allies:
                return True
            if doc[j].pos_ != "ADJ" and doc[j].dep_ != "amod":
                return False  # "partenaire venu de Paris" comes from a place
        return False
    # the relation noun, within a few words before: "la rupture entre", "l'accord de coopération de défense avec",
    # "un bras de fer entre"
    window = doc[max(t.sent.start, k - 5):k]
    return any(fold(x.lemma_) in nouns and x.pos_ in ("NOUN", "PROPN") or fold(x.text) in nouns for x in window) \
        or any(" " in n and f" {n} " in f" {fold(_text(doc, window))} " for n in nouns)


# "accuse de son côté X de …": an aside between a verb and its object
_ASIDE_BEFORE = re.compile(r"(?<=\s)(?:de son côté|de son coté|pour sa part|à son tour|elle aussi|lui aussi),?\s+$")
# "X, de son côté," "X, pour sa part,": one party of the story set against another
_ASIDE = re.compile(r"\s*,\s*(?:de son côté|de son coté|pour sa part|quant à (?:lui|elle)|lui aussi|elle aussi)\s*,")
# "Pour Pékin, …" opening a sentence: the view of the power seated there
_OPINION_OF = re.compile(r"(?:^|[.!?]\s+|\n)(?:Pour|Du côté d['’e]|Côté)\s*$")  # "Du côté d'Ottawa, on …"


def _verb_lemma(t) -> str:
    """A verb's folded lemma, also when the lemmatizer left a first-group verb as written ("conteste")."""
    lemma = fold(t.lemma_)
    if lemma.endswith(("er", "ir", "re")):
        return lemma
    return first_group_infinitive(t.text)


def first_group_infinitive(word: str) -> str:
    """The -er infinitive a conjugated form reads as ("indique", "dénoncée", "affirmait" → "…er"), folded:
    the lemmatizer leaves some verbs as written."""
    return re.sub(r"(e|es|ent|ee|ees|a|ait|aient|ant)$", "er", fold(word))


def _prefix(doc, i: int, words: frozenset[str], longest: int = 4) -> int:
    """How many tokens from `i` spell one of `words` (folded), longest first; 0 if none. A window
    with a punctuation or space token never matches: `fold` would strip it ("ministre." is no title)."""
    for k in range(min(longest, len(doc) - i), 0, -1):
        if not any(t.is_punct or t.is_space for t in doc[i:i + k]) and fold(_text(doc, doc[i:i + k])) in words:
            return k
    return 0


def _past_spaces(doc, i: int) -> int:
    """The first token from `i` that is not a space token (a no-break space is one: "Le\xa0président")."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _joined(doc, i: int) -> bool:
    """Whether token `i` continues the sentence and line of the token before it."""
    return i < len(doc) and not doc[i].is_sent_start and "\n" not in doc[i - 1].whitespace_ + doc[i - 1].text \
        and not _ends_sentence(doc, i - 1)


def _ends_sentence(doc, i: int) -> bool:
    """Whether token `i` carries a full stop the model glued to it and missed as a sentence end:
    "l'université de Yaoundé I. Selon …" (a Roman numeral), a period then a capitalised French
    word. An initial before a surname ("John F. Kennedy") is followed by a name, not a word, and
    an abbreviated title by one too ("M. Le Drian")."""
    token, after = doc[i], doc[i + 1] if i + 1 < len(doc) else None
    return len(token.text) > 1 and token.text.endswith(".") and after is not None and _capitalised(after) \
        and (after.is_stop or after.lower_ in _french_words()) and fold(token.text) not in lexicon()["honorifics"]


def _lower_adjective(token) -> bool:
    return token.text.islower() and token.is_alpha and token.pos_ == "ADJ"


_LINKS = ("de", "du", "des", "d'", "d’", "pour")
_ARTICLES = ("la", "le", "les", "l'", "l’")


def _complement_ends(doc, j: int, free: bool) -> list[tuple[int, bool]]:
    """The token ends of the complements chained after an institution's head noun, and whether
    each holds a capitalised word: "… des Affaires étrangères", "… de l'Économie et des Finances".

    A complement is de/du/des/pour, an article, a word (capitalised, or with `free` a noun before any capitalised one), then
    lowercase adjectives; "et" chains one only when de/des follows ("et des Finances", not "et la
    Commission"); "pour" takes a lowercase noun only with its article ("pour la démocratie", not
    "pour fraude"). Nothing crosses a sentence or line.
    """
    ends: list[tuple[int, bool]] = []
    k = j
    while _joined(doc, k):
        # "et des Finances", and a portfolio listed with commas: "de l'Industrie, des Mines et de l'Energie"
        m = k + 1 if doc[k].lower_ in ("et", ",") and _joined(doc, k + 1) and doc[k + 1].lower_ in _LINKS else k
        if doc[m].lower_ not in _LINKS:
            break
        link, m = doc[m].lower_, m + 1
        while _joined(doc, m) and doc[m].lower_ in _ARTICLES:
            m += 1
        if not _joined(doc, m):
            break
        word = doc[m]
        capital = _capitalised(word) and fold(word.text) not in lexicon()["determiners"] | lexicon()["capitalised_common"]
        free = free and not any(c for _, c in ends)  # "cour d'assises de Paris" then "des peines": the sentence's
        if free and not capital and word.pos_ == "ADJ" and word.text.islower() and _joined(doc, m + 1) \
                and doc[m + 1].pos_ == "NOUN" and doc[m + 1].text.islower() and link != "pour" \
                and _joined(doc, m + 2) and doc[m + 2].lower_ in _LINKS:
            m += 1  # "tribunal de grande instance de X", "de première instance": an adjective before the noun
            word = doc[m]
        if not capital and not (free and word.pos_ == "NOUN" and word.is_alpha and word.text.islower()
                                and (link != "pour" or doc[m - 1].lower_ in _ARTICLES)):
            break  # "pour fraude": a bare noun after "pour" is the sentence's, not the name's
        m += 1
        place = capital and _is_place(word.text) and not _capitalised(doc[m])  # "de Rabat proteste": a verb follows
        while _joined(doc, m) and (_lower_adjective(doc[m]) and not place or (capital and _capitalised(doc[m]))):
            m += 1
        while capital and _hyphen_joins(doc, m):
            m += 2  # "du Nouveau-Brunswick": the tokenizer splits the hyphen off, the name goes on
        if capital and m - 1 == word.i and _joined(doc, m + 1) and doc[m].lower_ == "et" and doc[m + 1].pos_ in ("NOUN", "PROPN") \
                and _capitalised(doc[m + 1]) and doc[m + 1].text.endswith(("s", "x")) and "Plur" in word.morph.get("Number") \
                and not _is_place(doc[m + 1].text):
            m += 2  # "des Eaux et Forêts", "des Arts et Métiers": two plural nouns, one portfolio
        ends.append((m, capital))
        k = m
    return ends


def _hyphen_joins(doc, m: int) -> bool:
    """Whether token m is a hyphen glued to the capitalised words on both sides ("Nouveau-Brunswick")."""
    return m + 1 < len(doc) and doc[m].text in ("-", "‐") and not doc[m - 1].whitespace_ \
        and not doc[m].whitespace_ and _capitalised(doc[m + 1]) and _capitalised(doc[m - 1])


def _complement(doc, j: int, end: int) -> str:
    """The words of tokens j..end after their leading de/du/des and articles."""
    while j < end and (doc[j].lower_ in _LINKS + _ARTICLES or doc[j].lower_ == "et"):
        j += 1
    return _text(doc, doc[j:end]) if j < end else ""


def _town_population(name: str) -> int:
    """The population of the largest town of that name (0 if none is known)."""
    return max((pop for pop, _ in cities().get(place_fold(name), [])), default=0)


def _big_place(text: str) -> bool:
    """A country or a town of 100,000 people: "Kénitra-Marrakech" is a route, "Kani-Kéli" one commune."""
    return geocode_key(text) is not None or _town_population(text) >= 100_000


def _own_place_name(text: str) -> bool:
    """Whether a place name is a country's, a region's or a town's own name, not an alternate name only."""
    key = place_fold(text)
    return geocode_key(text) is not None or key in place_names() and not cities().get(key) \
        or any(place_fold(p.name) == key for _, p in cities().get(key, []))


def _is_place(text: str) -> bool:
    return bool(text) and (geocode_key(text) is not None or place_fold(text) in place_names())


def _institution_mentions(doc, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """Institution names the model missed or that `_trim` refused: a head noun (`institution_heads`),
    lowercase adjectives, then de/du/des/pour complements ("ministère nigérien des Affaires
    étrangères", "Observatoire indépendant des libertés publiques"), as one organisation.

    A lowercase head needs a capitalised word in its complement; a head capitalised
    mid-sentence marks a name by itself. The name stops before an accepted mention
    ("ministère des Affaires étrangères" of "... du Tchad"); a head whose complement is only
    a place ("gouvernement du Tchad") is left to the place. A head capitalised mid-sentence
    with adjectives only is a name too ("la Cour constitutionnelle"); it takes in the
    model's shorter pieces of the name ("Ministère public" + "Confédération"), and a seat's
    name takes in its town ("tribunal correctionnel de Bordeaux"). Returns the new
    mentions and the ids of the found ones they took in.
    """
    index = _Spans()
    for m in found:
        index.add(m)
    heads = lexicon()["institution_heads"]
    out: list[Mention] = []
    made: set[int] = set()  # ids of `out`: only the model's mentions may be taken in
    bodies = {fold(n.surface) for n in found if n.label == "organization"}
    absorbed: set[int] = set()
    i = 0
    while i < len(doc):
        k = _prefix(doc, i, heads, 3)
        if not k or (i and _capitalised(doc[i - 1]) and _joined(doc, i) and fold(doc[i - 1].text) not in lexicon()["determiners"]) \
                or _territory(doc, i):
            i += 1
            continue
        j = i + k
        while _joined(doc, j) and _lower_adjective(doc[j]):
            j += 1
        start = doc[i].idx
        capital = _capitalised(doc[i]) and _joined(doc, i)
        proper = j
        while capital and proper - j < 2 and _joined(doc, proper) and _capitalised(doc[proper]) and doc[proper].is_alpha \
                and fold(doc[proper].text) not in lexicon()["determiners"] and not _is_place(doc[proper].text) \
                and fold(doc[proper].text) not in given_names():
            proper += 1  # "l'Institut Kaïraba d'études stratégiques", "l'Association Amsiggel pour l'enfance": its own name
        if proper > j and _joined(doc, proper) and doc[proper].lower_ in _LINKS:
            j = proper
        seat = fold(doc[i].text) in lexicon()["seat_heads"]
        end, named = (j, True) if capital and j > i + k else (None, capital)
        last = j
        for stop, has_capital in _complement_ends(doc, j, capital or seat):  # "tribunal des activités économiques de Lyon"
            stop_char = doc[stop - 1].idx + len(doc[stop - 1].text)
            near = index.overlapping(start, stop_char)
            if last > j and not capital and doc[last].lower_ not in ("et", ",") and fold(_complement(doc, last, stop)) in bodies:
                break  # "commission des Finances" of "du Parlement": a body the model named stays itself, not a portfolio listed
            if fold(doc[i].text) == "chambre" and any(fold(t.text) in ("cour", "tribunal") for t in doc[last:stop]):
                break  # "la chambre criminelle de la cour d'appel de X": the court is the body named
            inside = _absorbable([n for n in near if id(n) not in made], start, stop_char, seat)
            if any(id(n) not in inside for n in near) \
                    or (end and not seat and _is_place(_complement(doc, last, stop))):
                break  # "ministère des Affaires étrangères" of "... du Tchad": the place stays a place
            named = named or has_capital
            end, last = stop, stop
        if end is None or not named or (not capital and not seat and _is_place(_complement(doc, j, end))):
            i += 1
            continue
        text = _text(doc, doc[i:end])
        near = index.overlapping(start, start + len(text))
        inside = _absorbable([n for n in near if id(n) not in made], start, start + len(text), seat)
        if not any(id(n) not in inside for n in near):
            out.append(Mention(start, start + len(text), text, "organization", fold(text)))
            index.add(out[-1])
            made.add(id(out[-1]))
            absorbed |= inside
        i = end
    return out, absorbed


def _territory(doc, i: int) -> bool:
    """Whether the head at token `i` is a territory in a locative ("dans la préfecture de Forécariah", "dans le
    département du Nord"), not the administration of that name ("la préfecture du Nord a annoncé")."""
    return fold(doc[i].text) in lexicon()["town_heads"] and i >= 2 and doc[i - 1].lower_ in ("la", "le", "l'", "l’") \
        and doc[i - 2].lower_ in ("dans", "sur", "toute", "tout")


def _located_names(doc, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """Names of missions and forces that end with the country they serve in ("Force intérimaire
    des Nations unies au Liban", "Mission de l'Union africaine en Somalie"), where the model and
    the gazetteer stop short: a capitalised head (`mission_heads`), lowercase adjectives, de/des
    complements, then au/en/aux and a place the article names, as one organisation. Returns the
    new mentions and the ids of the found ones inside them."""
    heads = lexicon()["mission_heads"]
    by_start = {m.start: m for m in found}
    out: list[Mention] = []
    absorbed: set[int] = set()
    for token in doc:
        if not (_capitalised(token) and fold(token.text) in heads):
            continue
        j = token.i + 1
        while _joined(doc, j) and _lower_adjective(doc[j]):
            j += 1
        ends = _complement_ends(doc, j, True)
        end = ends[-1][0] if ends else None
        while end is not None and _joined(doc, end) and doc[end].text.islower() and doc[end].pos_ in ("ADJ", "VERB"):
            end += 1  # "des Nations unies", whose "unies" the model may call a verb
        if end is None or not _joined(doc, end + 1) or doc[end].lower_ not in ("au", "en", "aux"):
            continue
        place = by_start.get(doc[end + 1].idx)
        if place is None or place.label != "place":
            continue
        start, stop = token.idx, place.end
        if any(m.start < start < m.end or m.start < stop < m.end for m in found):
            continue
        text = _body(doc)[start:stop]
        out.append(Mention(start, stop, text, "organization", fold(text)))
        absorbed |= {id(m) for m in found if start <= m.start and m.end <= stop}
    return out, absorbed


_SEAT_LINK = re.compile(r"\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?")


def _seated_acronyms(text: str, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """An acronym named after its seat is one organisation with it ("CHU de Montpellier", "CIUSSS de la
    Mauricie", "IUT de Lannion"), as institutions written "X de <place>" are (the place stays a place
    elsewhere). Returns the new mentions and the ids of the found ones they take in."""
    by_start = {m.start: m for m in found}
    out: list[Mention] = []
    absorbed: set[int] = set()
    for m in found:
        link = _SEAT_LINK.match(text, m.end) if _ACRONYM.fullmatch(m.surface) and m.surface.isalpha() and not lookup(m.surface) else None
        place = by_start.get(link.end()) if link else None
        if place is None or place.label != "place":
            continue
        name = text[m.start:place.end]
        out.append(Mention(m.start, place.end, name, "organization", fold(name)))
        absorbed |= {id(m), id(place)}
    return out, absorbed


def _rejoin(doc, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """Organisation names the model cut in two, joined again by French name grammar: two
    organisation spans with only a space between ("UAE" + "Team Emirates"), or an institution
    name followed by de/du/des complements that end on a town or region ("Institut Pasteur" + "de
    Dakar", "Service départemental d'incendie" + "et de secours du Nord"). A country stays a place
    (the state a ministry serves), and only a descriptive name takes complements (an organisation
    head noun, or a lowercase word inside): "Renault de Flins" is the firm and its site. Returns the joined mentions and the ids of the pieces they took in.
    """
    lex = lexicon()
    heads = lex["organization_heads"] | lex["institution_heads"] | lex["named_institution_heads"] | lex["club_heads"]
    by_start = {m.start: m for m in found}
    out: list[Mention] = []
    absorbed: set[int] = set()
    for m in sorted(found, key=lambda m: m.start):
        span = doc.char_span(m.start, m.end)
        if m.label != "organization" or id(m) in absorbed or span is None or lookup(m.surface):
            continue
        stop, end = None, span.end
        after = by_start.get(doc[end].idx) if _joined(doc, end) else None
        if after is not None and after.label == "organization" and doc[end - 1].whitespace_ == " " \
                and not lookup(after.surface) and _capitalised(doc[end]):
            stop = after.end
        elif not _ACRONYM.fullmatch(m.surface) and (fold(m.surface).split()[0] in heads
                                                     or any(w.islower() for w in m.surface.split()[1:])):
            last = end
            for e, capital in _complement_ends(doc, end, True):
                stop_char = doc[e - 1].idx + len(doc[e - 1].text)
                if any(n.label == "person" and n.start < stop_char and m.end < n.end for n in found):
                    break
                place = _complement(doc, last, e)
                if capital and geocode_key(place) is None and (
                        _is_place(place) or fold(place) in lex["place_prefixes"]
                        or any(n.label == "place" and fold(n.surface) == fold(place) for n in found)):
                    stop = stop_char
                last = e
        if stop is None:
            continue
        text = _body(doc)[m.start:stop]
        inside = {id(n) for n in found if m.start <= n.start and n.end <= stop}
        out.append(Mention(m.start, stop, text, "organization", fold(text)))
        absorbed |= inside
    return out, absorbed


# A nickname in guillemets between a given name and a surname: "Issouf « Pépito » Ouédraogo".
_NICKNAME = re.compile(r"[\s\u00a0\u202f]*[«“\"][\s\u00a0\u202f]*[^«»“”\"\n]{1,40}?[\s\u00a0\u202f]*[»”\"][\s\u00a0\u202f]*")


def _rejoin_people(text: str, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """One person the model cut in two: at a particle ending the first piece ("Lahcen Ait" + "Oufkir",
    "Mohamed Ould" + "Salem") or after a lone given name ("M. Seyni" + "Abdou Maman"), or around a nickname in guillemets ("Issouf « Pépito » Ouédraogo", whose
    key leaves the nickname out). Returns the joined mentions and the ids of the pieces."""
    people = sorted((m for m in found if m.label == "person"), key=lambda m: m.start)
    particles = lexicon()["name_particles"]
    out: list[Mention] = []
    absorbed: set[int] = set()
    for a, b in zip(people, people[1:]):
        if id(a) in absorbed:
            continue
        between = text[a.end:b.start]
        nickname = _NICKNAME.match(text, a.end)
        if between == " " and (fold(a.surface.split()[-1]) in particles or len(a.surface.split()) == 1):
            key = fold(f"{a.surface} {b.surface}")  # "M. Seyni" + "Abdou Maman": prose never sets two people side by side
        elif nickname and b.start <= nickname.end() < b.end and len(a.surface.split()) == 1 \
                and text[nickname.end():b.end].strip()[:1].isupper():
            key = fold(f"{a.surface} {text[nickname.end():b.end]}")
        else:
            continue
        out.append(Mention(a.start, b.end, text[a.start:b.end], "person", key))
        absorbed |= {id(a), id(b)}
    return out, absorbed


def _absorbable(found: list[Mention], start: int, end: int, seat: bool) -> set[int]:
    """The ids of the found mentions an institution name from start to end may take in: those
    inside it that are neither people nor gazetteer names, nor places unless it is a seat's name."""
    return {id(m) for m in found if start <= m.start and m.end <= end
            and (m.label != "person" or seat and _is_place(m.surface))  # "de Metz", which the model may call a person
            and not lookup(m.surface) and (seat or not _is_place(m.surface))}


def _holds_gazetteer_name(text: str) -> bool:
    """Whether a gazetteer name stands inside the text after its first word."""
    acronyms, names = _scanner()
    rest = text[text.find(" ") + 1:] if " " in text else ""
    return bool(rest) and bool(acronyms.search(rest) or names.search(_fold_chars(rest)))


@lru_cache(maxsize=1)
def _lowercase_aliases() -> frozenset[str]:
    """Gazetteer aliases written lowercase ("opération Sentinelle", "groupe Lafarge"): descriptions of a name."""
    return frozenset(fold(a) for e in gazetteer()[0].values() for a in e.aliases if a[:1].islower())


@lru_cache(maxsize=1)
def _lowercase_names() -> frozenset[str]:
    """One-word gazetteer names written lowercase ("franceinfo", "bpost"): a name, matched only as written."""
    return frozenset(a for e in gazetteer()[0].values() for a in (e.name, *e.aliases) if a[:1].islower() and " " not in a)


def _gazetteer_mentions(text: str, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """Gazetteer names in the text that no accepted mention overlaps but for the ones they hold ("Santé publique
    France" holds the model's "France"); and those held mentions, which give way."""
    taken = [(m.start, m.end) for m in found]
    absorbed: set[int] = set()
    acronyms, names = _scanner()
    folded = _fold_chars(text)
    out = []
    for pattern, haystack in ((acronyms, text), (names, folded)):
        pos = 0
        while match := pattern.search(haystack, pos):
            start, end = match.span()
            surface = text[start:end]
            entry = lookup(surface)
            # "katiba Macina": a lowercase head noun before a capitalised name the gazetteer knows as one, unless
            # it lists that form written lowercase, a description ("opération Sentinelle" holds "Sentinelle")
            lowered = len(surface.split()) > 1 and all(w[:1].isupper() for w in surface.split()[1:]) \
                and fold(surface) not in _lowercase_aliases()
            # a lowercase form listed as such that holds no other listed name ("département d'État"; not "groupe Wagner")
            listed = fold(surface) in _lowercase_aliases() and " " in surface and not lookup(surface.split(" ", 1)[1])
            if entry is None or not (surface[:1].isupper() or lowered or listed or surface in _lowercase_names()) \
                    or not _cased_as_listed(surface, entry):
                pos = start + 1  # "opération X" written lowercase may still hold "X"
                continue  # (checked first: "la presse" is common in a long text, the overlap test is not cheap)
            held = [m for m in found if start <= m.start and m.end <= end and m.end - m.start < end - start] \
                if " " in surface and surface[:1].isupper() else []
            spans = [(a, b) for a, b in taken if not any((a, b) == (m.start, m.end) for m in held)]
            if any(a < end and start < b for a, b in spans):
                pos = start + 1
                continue
            absorbed.update(id(m) for m in held)
            out.append(Mention(start, end, surface, entry.type, fold(entry.name)))
            taken.append((start, end))
            pos = end
    return out, absorbed


def _cased_as_listed(surface: str, entry: GazetteerEntry) -> bool:
    """Whether a name's later words are capitalised as one of the entry's forms writes them: "Le monde entier"
    and "Le temps presse" at a sentence's start are no newspaper."""
    words = re.split(r"[\s'’]+", surface)  # "L'équipe du Sénégal" is no sports daily
    forms = [re.split(r"[\s'’]+", f) for f in (entry.name, *entry.aliases)]
    forms = [f for f in forms if fold(" ".join(f)) == fold(" ".join(words)) and len(f) == len(words)]
    return not forms or any(all(w[:1].isupper() or not f[:1].isupper() for w, f in zip(words[1:], form[1:])) for form in forms)


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
    opens the sentence before the name's "de" ("Selon ... de France"). A hyphen glues too.
    """
    lex = lexicon()
    if (start > 1 and _hyphen_joins(doc, start - 1)) or _hyphen_joins(doc, end):
        return True  # "Brunswick" of "Nouveau-Brunswick": a hyphen the tokenizer split off glues the name on
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


def _compass_regions(doc, found: list[Mention]) -> list[Mention]:
    """Regions named by a compass word after a town head, which the model leaves untagged: "la région de
    l'Est", "le département du Centre" (`compass_regions`)."""
    lex = lexicon()
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for t in doc:
        if not t.text[:1].isupper() or fold(t.text) not in lex["compass_regions"] or t.idx in taken or t.i < 2:
            continue
        k = t.i - 1 - (doc[t.i - 1].lower_ in ("l'", "l’"))
        if doc[k].lower_ in ("de", "du", "d'", "d’") and fold(doc[k - 1].text) in lex["town_heads"]:
            out.append(Mention(t.idx, t.idx + len(t.text), t.text, "place", fold(t.text)))
    return out


_NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour", "sans", "contre", "en", "au", "aux", "à", "sur"})
_LOWER_LINKS = frozenset({"au", "aux", "à", "sur"})  # "Droit au logement"; but "Utopia 56 à Calais" is a place after the name


def _cued_names(doc, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """A group's whole name after the noun that announces it ("l'association Eau et Rivières de Bretagne",
    "le collectif Sortir du silence", "l'association Utopia 56"), which the model cuts, splits or misses: from
    the capitalised word after the noun (`named_groups`) through capitalised words, numbers, lowercase words
    and links, up to punctuation or a verb. The model's mentions inside it are absorbed; one reaching past it
    leaves the name to the model."""
    lex = lexicon()
    out, absorbed = [], set()
    for t in doc:
        if fold(t.text) not in lex["named_groups"] or t.i + 1 >= len(doc) or t.i == 0 \
                or doc[t.i - 1].lower_ not in ("l'", "l’", "le", "la", "un", "une", "d'", "d’", "du", "au") \
                or not _joined(doc, t.i + 1) or not doc[t.i + 1].text[:1].isupper() or is_time_word(doc[t.i + 1].text):
            continue
        end = t.i + 2
        while end < len(doc) and end - t.i <= 7 and _joined(doc, end):
            w = doc[end]
            if w.text[:1].isupper() and not is_time_word(w.text) or w.like_num and w.text.isdigit():
                end += 1
            elif w.lower_ in _NAME_LINKS and end + 1 < len(doc) and _joined(doc, end + 1) \
                    and (doc[end + 1].text[:1].isupper() and w.lower_ not in _LOWER_LINKS
                         or doc[end + 1].pos_ in ("NOUN", "VERB") and doc[end + 1].text.islower()
                         or doc[end + 1].pos_ in ("DET", "PROPN") and w.lower_ not in _LOWER_LINKS):
                end += 1
            elif w.text.islower() and (w.pos_ in ("NOUN", "ADJ", "PROPN") or w.pos_ == "VERB" and "Inf" in w.morph.get("VerbForm")) \
                    and not is_demonym(w.text) and not is_time_word(w.text):
                end += 1
            else:
                break
        while end > t.i + 2 and doc[end - 1].lower_ in _NAME_LINKS:
            end -= 1
        a, b = doc[t.i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)
        inside = [m for m in found if a <= m.start and m.end <= b]
        if end == t.i + 2 or any(m.start < b and a < m.end and m not in inside for m in found) \
                or any(m.label == "person" for m in inside) or lookup(_body(doc)[a:b]):
            continue  # one word: the model's span or none; a known name keeps its own
        name = _body(doc)[a:b]
        absorbed |= {id(m) for m in inside}
        out.append(Mention(a, b, name, "organization", fold(name)))
    return out, absorbed


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
                or fold(text) in lex["acronym_stopwords"] | lex["common_nouns"] or _legal_form(doc, token) or token.lower_ in _french_words() \
                or is_demonym(text) or _overlaps(taken, token.idx, token.idx + len(text)) or _shouting(doc, token):
            continue
        start = token.idx
        if token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
                and not doc[token.i - 2].whitespace_ and doc[token.i - 2].text.isupper():
            start = doc[token.i - 2].idx  # "N-VA", which the tokenizer cuts at the hyphen
        text = _body(doc)[start:token.idx + len(token.text)]
        if _overlaps(taken, start, token.idx):
            continue
        kind, key = _label(text, "organization")
        out.append(Mention(start, token.idx + len(token.text), text, kind, key))
    return out


_AFFILIATION = re.compile(r"\s*\(((?:L[ae]s?|L['’])?\s?[A-ZÀ-Þ][\w'’-]+(?: (?:[A-ZÀ-Þ][\w'’-]+|de|du|des|la|l['’]\w+))*)\)")


def _affiliations(text: str, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """A name in parentheses right after a person's is their party or group: "X (Les Engagés)",
    "Y (Renaissance)", "Z (Ensemble pour la République)" — an organisation, its article kept when
    capitalised. Place names stay places ("X (Nièvre)", "Y (Bouches-du-Rhône)")."""
    out, absorbed = [], set()
    for m in found:
        match = _AFFILIATION.match(text, m.end) if m.label == "person" else None
        if not match or _is_place(match.group(1)) or lookup(match.group(1)) is not None:
            continue
        start, end = match.span(1)
        inside = [o for o in found if start <= o.start and o.end <= end]
        if any(o.label in ("person", "place") for o in inside):
            continue
        absorbed |= {id(o) for o in inside}
        kind, key = _label(match.group(1), "organization")
        out.append(Mention(start, end, match.group(1), kind, key))
    return out, absorbed


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
    acronyms = [a for a in mentions if not lookup(a.surface) and (
        _ACRONYM.fullmatch(a.surface)
        or (" " not in a.surface and text[a.end:a.end + 1] == ")" and not _is_place(a.surface)
            and a.label != "person"))]  # "(Finul)"
    defined: dict[str, Mention] = {}
    for a in acronyms:
        for m in names:
            between = text[m.end:a.start] if m.end <= a.start else text[a.end:m.start]
            spelled = a.surface.isupper() or fold(a.surface)[:1].upper() == _initials(m.surface)[:1]
            if _initials(m.surface) == fold(a.surface).upper() or (spelled and re.fullmatch(r"\s*\(\s*", between)):
                defined.setdefault(a.surface, m)
                break
    for a in mentions:  # every use of a defined short name, the model's label aside ("du Sila", typed a place)
        if a.surface in defined and not lookup(a.surface):
            name = defined[a.surface]
            if name.label == "other":
                name.label = "organization"  # a name with an acronym of its own is a body's: no person or place has one
            a.key, a.label = name.key, name.label


# "(OMS)", "(GSIM, ou JNIM …)", "(Sdis 06)": an acronym, with the number of a French département if any
_DEFINED = re.compile(r"\(\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ0-9-]{1,11}(?: \d{1,3})?)\s*[),]")


def _spelled_out(doc, found: list[Mention]) -> tuple[list[Mention], set[int]]:
    """The full name an acronym in parentheses spells, as one mention: "Électricité du Liban (EDL)",
    "Mission des Nations unies pour la stabilisation en Haïti
    (Minustah)", which the model cuts or types apart. The long form is found by Schwartz and Hearst's
    alignment (`_long_form`); it must open with a capital and hold no person. Its acronym takes its type."""
    text = _body(doc)
    out, absorbed = [], set()
    for match in _DEFINED.finditer(text):
        sentence = text.rfind("\n", 0, match.start()) + 1
        for stop in (". ", "! ", "? ", "« ", "» ", ": "):
            at = text.rfind(stop, 0, match.start())
            sentence = max(sentence, at + len(stop) if at >= 0 else 0)
        before = text[sentence:match.start()].rstrip()
        start = _long_form(before, match.group(1))
        if start is None:
            continue
        a, b = sentence + start, sentence + len(before)
        long = text[a:b]
        inside = [m for m in found if a <= m.start and m.end <= b]
        # a common-noun name opens on a body's noun and spells the acronym word for word ("le gouvernement d'unité
        # nationale (GNU)")
        common = fold(long.split()[0]) in lexicon()["organization_heads"] | lexicon()["national_body_heads"] \
            and _initials(long) == fold(match.group(1)).upper()
        if not (long[:1].isupper() or common) or " " not in long or any(m.label == "person" for m in inside) \
                or any(m.start < a < m.end or m.start < b < m.end for m in found):
            continue
        same = next((m for m in inside if m.start == a and m.end == b), None)
        if same is None:
            kind, key = _label(long, "place" if _is_place(long) else "organization")
            absorbed |= {id(m) for m in inside}
            out.append(Mention(a, b, long, kind, key))
        else:
            kind = same.label
        short = [m for m in found if match.start(1) <= m.start and m.end <= match.end(1)]
        for m in short:
            if m.start == match.start(1) and m.end == match.end(1):
                m.label = kind  # "(Onas)", which the model may call a person
        if " " in match.group(1) and not any(m.start == match.start(1) and m.end == match.end(1) for m in short):
            absorbed |= {id(m) for m in short}  # "(Sdis 06)": the number is part of the acronym
            out.append(Mention(match.start(1), match.end(1), match.group(1), kind, _label(match.group(1), kind)[1]))
    return out, absorbed


def _long_form(before: str, acronym: str) -> int | None:
    """Where, in the text just before an acronym, the name it abbreviates starts: each of its letters
    matched right to left in order, the first one at a word's start (Schwartz & Hearst, "A simple
    algorithm for identifying abbreviation definitions in biomedical text", PSB 2003), within
    min(n + 5, 2n) words."""
    letters = [c for c in fold(acronym.split()[0]) if c.isalnum()]
    s = fold(before)
    if len(s) != len(before) or len(letters) < 2:
        return None  # folding changed the length: offsets would not hold
    i = len(s) - 1
    for k in range(len(letters) - 1, -1, -1):
        c = letters[k]
        while i >= 0 and (s[i] != c or k == 0 and i > 0 and s[i - 1].isalnum()):
            i -= 1
        if i < 0:
            return None
        i -= 1
    start = i + 1
    if not before[start:start + 1].isupper():
        # "Mission des Nations unies … (Minustah)": a name opens with a capital, so a
        # capitalised word with the same initial just before is where it starts
        words = [re.split(r"['’]", w)[-1] for w in before[:start].split()[-6:]]  # "L'Établissement"
        opening = next((w for w in reversed(words) if w[:1].isupper() and fold(w)[:1] == letters[0]), None)
        # (not across a new noun phrase: "à Paris, le parquet national financier (PNF)" is the prosecutors' office)
        if opening and not re.search(r",\s*(?:(?:le|la|les)\s|l['’])", before[before.rfind(opening, 0, start):start]):
            start = before.rfind(opening, 0, start)
    # function words do not count ("Division nationale de lutte contre le trafic de migrants (DNLT)")
    words = len([w for w in s[start:].split() if w not in lexicon()["determiners"]])
    return start if words <= min(len(letters) + 5, 2 * len(letters)) else None


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
    to a surname ("Lens Dupont", a town glued to the name) is cut to the surname. A first
    name alone is the one person of the article who bears it ("Kylian" after "Kylian Mbappé").
    """
    people = [m for m in mentions if m.label == "person" and len(m.key.split()) > 1]
    surnames = {p.key.split()[-1] for p in people}
    starts: dict[str, list[int]] = defaultdict(list)  # each full name's mention offsets: names, not mentions, are compared
    for p in people:
        starts[p.key].append(p.start)
    for m in mentions:
        if lookup(m.surface):
            continue
        words = m.key.split()
        if len(words) > 1 and words[-1] in surnames and m.label != "person" \
                and geocode_key(" ".join(m.surface.split()[:-1])):
            cut = m.surface.rfind(m.surface.split()[-1])
            m.start, m.surface, m.key = m.start + cut, m.surface[cut:], words[-1]
            m.end = m.start + len(m.surface)
        if m.label != "person" and (len(m.surface.split()) > 1 or len(m.key.split()) > 1 and m.label == "organization"):
            continue  # a hyphenated surname the model called a place is one word ("Sissoko-Bah" after "Dramane
            # Sissoko-Bah"); a firm of that name is not ("le négociant Dulong-Faure")
        if geocode_key(m.surface):
            continue  # "Madagascar" is no surname of "Gen Z Madagascar"
        fuller = [key for key in starts if _completes(key, m.key)]
        first = {key for key in starts if key.split()[0] == m.key}
        if len(first) == 1 and not fuller and not _is_place(m.surface):  # "Kylian" after "Kylian Mbappé"
            m.key, m.label = first.pop(), "person"
            continue
        if fuller:
            # the full name last written before the surname, else the one written last
            before = [(max(o for o in starts[key] if o <= m.start), key) for key in fuller
                      if any(o <= m.start for o in starts[key])]
            m.key, m.label = max(before or [(max(starts[key]), key) for key in fuller])[1], "person"
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
        entry = None if key.endswith(METONYM) else next((lookup(s) for s in seen if lookup(s)), None)
        named = Counter({s: n for s, n in seen.items() if types[key] != "person" or not is_role(s)}) or seen
        name = entry.name if entry else _display(key, named)
        # every form seen, and for a listed actor the forms the gazetteer lists, so a search by any of them finds it
        listed = set(entry.aliases) if entry else set()
        entity = Entity(key=key, name=name, type=entry.type if entry else types[key],
                        aliases=sorted((set(named) | listed) - {name}), wikidata=entry.wikidata if entry else None)
        if entity.type == "place":
            place = _place(entity, contexts[key])
            if place is not None:
                entity.latitude, entity.longitude, entity.country_code = place.latitude, place.longitude, place.country_code
        entities.append(entity)
    return sorted(entities, key=lambda e: e.key)


def _display(key: str, seen: Counter) -> str:
    """The canonical name: a country's French name, else the fullest, most frequent, most accented surface."""
    named = countries().get(place_fold(key))  # a key is folded: "eau" here is the Emirates' key
    if named:
        return named.name
    best = max(seen, key=lambda s: (len(s.split()), seen[s], sum(not c.isascii() for c in s), s))
    # "gouvernement" keyed "gouvernement malien" (the article's country): the key says more than any surface
    rest = key[len(fold(best)) + 1:].split() if key.startswith(fold(best) + " ") else []
    return key if rest and is_demonym(rest[0]) else best


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
