"""Quotations: who said what, found in an article body and attributed to a speaker.

Two steps. `quote_spans` pairs quotation marks the way French news is actually
typed and scraped (« … » with or without no-break spaces, “ … ”, " … ", ‘ … ’, ‹ ›,
mismatched closers such as « sabotage“, quotations that run over paragraphs with a
reopening «). `find_quotes` then attributes each span from the strongest
evidence to the weakest: an inverted incise after it, a colon before it (also
on the line before), a caption line after a stand-alone quotation, the speech
verb that governs it in the dependency parse, "selon / d'après / pour X", any
speech verb of the sentence, a pronoun subject. Speakers that are pronouns or
role descriptions ("le chef de la diplomatie russe") resolve to the person the
article already named (roles are learnt from appositions in the same article).
An inverted subject is found past days and complements ("a dit à l'agence son
directeur, X"); a title glued to a name by the entity stage still gives the person.
Inside the quotation, an incise between commas (« Nous allons, a-t-il dit, partir »)
attributes it. A quotation that is a sentence or a paragraph of its own takes the person
the sentence before is about, or the one named just after it ("« … » Ainsi parle X").
Institutions the entity stage does not know or mistypes ("l'Observatoire …", "le collectif X")
and back-references ("l'institution", "le syndicat") resolve to the body named before.
Answers of a question-and-answer interview ("Name : …" after a question line, or plain
paragraphs after question paragraphs) and turns of speech opened by a dash ("— …, dit-elle.") are
quotations without marks. Role phrases match whatever the person's gender ("la cheffe du gouvernement" is "le premier
ministre") and through generic nouns ("l'élue", "le dirigeant", data `role_hypernyms`); "« … », selon les
mots du ministre, X" names X. Quotation marks that only name or distance a term
(scare quotes, titles, "présenté comme une « … »", a short capitalised title after "publie") are left
out, but "s'est dite « … »", "a appelé « … »" and "un projet « idéologique »" quote someone. A noun of the part
someone plays in the story ("la lauréate", "l'intéressé") takes up the person just named; "la (haute) juridiction"
the court named before. A person in the "de" complement of a role ("un proche de X") is not the speaker, and a
pronoun in the "que" clause of a speech verb is that verb's subject, not the last person named.
A definite description with no complement ("l'élu libéral", "la chercheuse", "la Trifluvienne", "ce
retraité de 71 ans") takes up a person named shortly before, of its gender; an office ("l'avocat
général") does not, since it may be held by someone the article never names.
The words used are data: `data/speech_verbs.yml`, `data/quotes_lexicon.yml`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from . import nlp
from .decode import strip_accents
from .entities import (demonym_country, demonym_shaped, first_group_infinitive, geocode_key, given_name_gender,
                       is_demonym, lexicon as entity_lexicon, national_bodies)
from .geocode import country_of
from .model import Mention, Quote

DATA = Path(__file__).parent / "data"

OPENERS = "«‹„"
CLOSERS = "»›”"
AMBIGUOUS = '"“'
# ‘ … ’ quote too, but ’ is also the apostrophe: it closes only a ‘ left open, at the end of a word.
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
MARKS = OPENERS + CLOSERS + AMBIGUOUS + SINGLE_OPEN + SINGLE_CLOSE
SPACE = " \t\u00a0\u202f\u2009\u2007"
# A mark with one of these before it sits at the left edge of a word.
LEFT_EDGE = SPACE + "\n([{'’‘-—–/:"
RIGHT_EDGE = SPACE + "\n)]}.,;:!?…'’-—–/"
# Verbs of leading a group: "l'opposition, menée par X" speaks through X.
LEADING_VERBS = {"mener", "emmener", "conduire", "diriger", "presider", "animer"}
PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux", "-il", "-elle", "-ils", "-elles"}
DETERMINERS = {"le", "la", "l'", "les", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "du", "de", "d'", "au", "aux"}
STOP = DETERMINERS | {"et", "en", "a", "pour", "sur", "par"}
NP_STOP = {"lors", "à", "au", "aux", "en", "dans", "devant", "sur", "pendant", "après", "avant", "depuis", "dès", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "via", "selon", "avec", "face", "qui", "que", "dont", "mais", "et", "ou", "tandis", "alors", "lorsque", "quand"}
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin"}
TIME_CUT = {"après", "avant", "lors", "peu", "depuis", "pendant", "dès", "quand", "lorsque", "alors"}
IMPERSONAL = {"falloir", "agir", "sembler", "pleuvoir", "exister", "rester", "paraitre", "arriver", "manquer", "avoir", "etre", "convenir", "suffire", "valoir", "importer"}
CLITICS = ("-il", "-elle", "-ils", "-elles", "-t-il", "-t-elle")
AUX_FORMS = {"l'", "l’", "a", "avait", "aurait", "ont", "avaient", "auraient", "eut", "aura", "-t", "t", "-t-il", "-t-elle", "est", "sont", "etait", "etaient", "été", "ete", "encore", "également", "egalement", "aussi", "alors", "ainsi", "enfin", "pourtant", "cependant", "toutefois", "néanmoins", "déjà", "notamment", "par", "ailleurs", "d'ailleurs", "lui", "leur", "-il", "-elle", "-ils", "-elles", "-on", "s'", "se", "fait"}


def fold(text: str) -> str:
    """Lowercase, accents and typographic apostrophes folded: the matching form of a word."""
    return strip_accents(text.replace("’", "'").replace("‘", "'")).lower()


def quote_fingerprint(text: str) -> str:
    """The same quotation in several articles gives the same key: case, accents, punctuation and spaces folded."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


@dataclass(frozen=True)
class Lexicon:
    verbs: dict  # folded lemma -> lemma as written
    stance_verbs: dict  # verbs that attribute only the quotation they govern
    not_reflexive: frozenset  # speech verbs that speak of things when reflexive ("se poursuivre")
    asking_verbs: frozenset  # "interrogé par X": X asks, it does not speak
    verb_forms: frozenset
    phrases: tuple  # multiword speech verbs, folded words: (("faire", "valoir"), ("mettre", "en", "garde"), …)
    roles: frozenset
    titles: frozenset
    trial_sides: frozenset  # "la défense": speaks through the lawyer named in apposition
    court_roles: frozenset  # "l'avocat général": a court's function, never the person on trial named before
    defendants: frozenset  # "le prévenu": the one the article put on trial
    synonyms: tuple  # ((group name, ((words...), ...)), ...)
    hypernyms: dict  # generic role -> frozenset of the functions it can stand for
    institutions: frozenset
    generic_bodies: frozenset
    documents: frozenset
    channel_verbs: frozenset  # "consulté par X", "lu sur Y": who saw or aired a document, not who wrote it
    anonymous: frozenset
    indefinites: frozenset
    designators: tuple
    spoken_designators: frozenset
    title_verbs: tuple
    speech_nouns: frozenset
    periphrases: dict  # folded phrase -> folded name of the body it stands for
    body_hypernyms: dict  # generic noun of a kind of body -> frozenset of the heads of its names
    story_roles: frozenset  # "la lauréate", "l'intéressé": a part in the story, taken up from the sentence before
    winners: frozenset  # "le vainqueur", "la lauréate": the subject of a verb of winning
    winning_verbs: frozenset
    descriptive_roles: frozenset  # "la chercheuse", "l'élu libéral": describes someone named before, holds no office
    counterparts: frozenset  # "son rival", "son adversaire": the other person of the story
    relatives: frozenset  # "son compagnon", "sa fille": someone the article introduced so
    offices: frozenset  # titles held by one person at a time ("le préfet", "la ministre"), unlike trades ("le maraîcher")
    firm_roles: frozenset  # "le promoteur", "l'exploitant": a firm named before, in its trade


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The speech verbs and speaker words, loaded once from the data files."""
    verbs = yaml.safe_load((DATA / "speech_verbs.yml").read_text("utf-8"))
    words = yaml.safe_load((DATA / "quotes_lexicon.yml").read_text("utf-8"))
    synonyms = tuple(
        (_masculine(fold(group[0])), tuple(tuple(_masculine(w) for w in _content_words(fold(entry))) for entry in group))
        for group in words["role_synonyms"]
    )
    return Lexicon(
        verbs={fold(v): v for v in verbs["lemmas"]},
        stance_verbs={fold(v): v for v in verbs.get("governing_only", [])},
        not_reflexive=frozenset(fold(v) for v in verbs["not_reflexive"]),
        asking_verbs=frozenset(fold(v) for v in verbs["asking"]),
        verb_forms=frozenset(fold(v) for v in verbs.get("forms", [])),
        phrases=tuple(tuple(fold(p).replace("'", "' ").split()) for p in verbs.get("phrases", [])),
        # Functions: this file's list and every title the entity stage puts before a name ("pape", "émir").
        roles=RoleWords([*words["person_roles"], *entity_lexicon()["person_titles"]]),
        titles=frozenset(fold(w) for w in words["titles"]),
        trial_sides=frozenset(fold(w) for w in words["trial_sides"]),
        court_roles=frozenset(_masculine(fold(w)) for w in words["court_roles"]),
        defendants=frozenset(_masculine(fold(w)) for w in words["defendants"]),
        synonyms=synonyms,
        hypernyms={_masculine(fold(k)): frozenset(_masculine(fold(w)) for w in v) for k, v in words["role_hypernyms"].items()},
        # Bodies that speak: this file's list, and every single-word institution head the entity stage knows.
        institutions=frozenset(fold(w) for w in words["institutions"])
        | frozenset(fold(w) for w in entity_lexicon()["institution_heads"] if " " not in w),
        generic_bodies=frozenset(fold(w) for w in words["generic_bodies"]),
        documents=frozenset(fold(w) for w in words["documents"]),
        channel_verbs=frozenset(fold(w) for w in words["channel_verbs"]),
        anonymous=frozenset(fold(w) for w in words["anonymous_sources"]),
        indefinites=frozenset(fold(w) for w in words["indefinites"]),
        designators=tuple(sorted((fold(w) for w in words["designators"]), key=len, reverse=True)),
        spoken_designators=frozenset(fold(w) for w in words["spoken_designators"]),
        title_verbs=tuple(fold(w) for w in words["title_verbs"]),
        speech_nouns=frozenset(fold(w) for w in words["speech_nouns"]),
        periphrases={fold(k): fold(v) for k, v in words["institution_periphrases"].items()},
        body_hypernyms={fold(k): frozenset(fold(w) for w in v) for k, v in words["body_hypernyms"].items()},
        story_roles=frozenset(_masculine(fold(w)) for w in words["story_roles"]),
        winners=frozenset(_masculine(fold(w)) for w in words["winners"]),
        winning_verbs=frozenset(fold(w) for w in words["winning_verbs"]),
        descriptive_roles=frozenset(_masculine(fold(w)) for w in words["descriptive_roles"]),
        counterparts=frozenset(_masculine(fold(w)) for w in words["counterparts"]),
        relatives=frozenset(fold(w) for w in words["relatives"]),
        offices=frozenset(_masculine(fold(w)) for w in entity_lexicon()["person_titles"]) | frozenset(fold(w) for w in entity_lexicon()["person_titles"]),
        firm_roles=frozenset(fold(w) for w in words["firm_roles"]),
    )


# Feminine endings of French nouns of function and their masculine ones (cheffe → chef, directrice → directeur,
# élue → élu), so that a role phrase and its synonyms match whatever the person's gender.
FEMININE_ENDINGS = (("ffe", "f"), ("trice", "teur"), ("euse", "eur"), ("eure", "eur"), ("iere", "ier"), ("ere", "er"),
                    ("enne", "en"), ("onne", "on"), ("ine", "in"), ("ante", "ant"), ("ente", "ent"), ("ale", "al"), ("ee", "e"), ("ue", "u"),
                    ("ete", "et"), ("ate", "at"), ("aise", "ais"), ("oise", "ois"), ("ointe", "oint"))
AGE_WORDS = {"an", "ans", "age", "agee"}
# Endings of French nouns of agents and people (planteur, couturière, marin, délégué, Parisien, militant,
# fonctionnaire): a noun with none of them ("le livre", "le texte") describes no one.
_AGENT_NOUN = re.compile(r"(?:eur|euse|rice|ier|ière|iste|ien|ienne|an|ane|ant|ante|aire|in|ine|é|ée|ais|aise|ois|oise"
                         r"|ard|arde|on|onne|ent|ente|er|ère)s?$")


def _masculine(word: str) -> str:
    """The masculine form of a folded noun or adjective of function, each word of a compound folded."""
    if "-" in word:
        return "-".join(_masculine(w) for w in word.split("-"))
    if " " in word:
        return " ".join(_masculine(w) for w in word.split())
    for fem, masc in FEMININE_ENDINGS:
        if word.endswith(fem) and len(word) > len(fem) + 1:
            return word[: -len(fem)] + masc
    return word


def _feminine_noun(word: str, roles: "RoleWords") -> bool:
    """Is a noun of function as written feminine? "avocate", "directrice", "élue" are; "délégué", "ministre" are not."""
    folded = fold(word)
    if word.endswith("é") or not folded.endswith("e"):
        return False
    if folded.endswith(("ee", "trice", "euse", "ffe", "enne", "onne", "iere", "eure")):
        return True
    return frozenset.__contains__(roles, folded[:-1]) and not (folded in roles.written and folded[:-1] not in roles.written)


def _role_form(word: str) -> str:
    """The form a noun of function is listed and looked up in: folded, masculine, hyphens as spaces (the entity
    stage's lexicon writes "porte parole", an article "porte-parole")."""
    return _masculine(fold(word).replace("-", " "))


# The prefix of a deputy's function: a "vice-ministre" holds a function, and is a "ministre" for "le responsable".
DEPUTY = re.compile(r"^(?:vice|sous|co)-(?=\w)")
DEPUTIES = frozenset({"vice", "sous", "co"})
# Participles that belong to a function's title, not a clause: "le ministre délégué chargé de l'Industrie"
TITLE_PARTICIPLES = frozenset({"delegue", "deleguee", "charge", "chargee"})


class RoleWords(frozenset):
    """Nouns of function, listed in the masculine: "la réalisatrice" is found as "réalisateur". `written` keeps
    them as listed, so that an epicene noun ("homologue", folded to "homologu") is not taken for a feminine one."""

    def __new__(cls, listed):
        listed = list(listed)
        roles = super().__new__(cls, (_role_form(w) for w in listed))
        roles.written = frozenset(fold(w).replace("-", " ") for w in listed)
        return roles

    def __contains__(self, word) -> bool:
        word = DEPUTY.sub("", word).replace("-", " ")  # "vice-ministre" is a function too
        # the listed forms are folded once ("délégué" → "delegu"): "déléguée" takes two steps
        return any(frozenset.__contains__(self, w) for w in (word, _masculine(word), _masculine(_masculine(word))))


def _content_words(folded: str) -> list[str]:
    return [w for w in re.findall(r"[\w-]+", folded.replace("'", "' ")) if w not in STOP and w + "'" not in STOP]


# ---------------------------------------------------------------------------
# Pairing quotation marks


@dataclass
class Span:
    """A quotation found by its marks: `start`/`end` cover the text inside them."""

    open: int  # offset of the opening mark
    close: int  # offset just after the closing mark (or end of line when unclosed)
    start: int
    end: int


def _edges(text: str, i: int) -> tuple[bool, bool]:
    left = i == 0 or text[i - 1] in LEFT_EDGE
    right = i + 1 >= len(text) or text[i + 1] in RIGHT_EDGE
    return left, right


def _role(text: str, i: int, stack: list[tuple[str, int]]) -> str | None:
    """Is the mark at `i` opening, closing, or noise? Decided from its glyph and the characters around it."""
    c = text[i]
    left, right = _edges(text, i)
    top = stack[-1][0] if stack else None
    if c == SINGLE_OPEN:
        return "open" if left and not right else None
    if c == SINGLE_CLOSE:
        return "close" if SINGLE_OPEN in (s for s, _ in stack) and right and not left else None
    if c in OPENERS:
        # « complot« : a scraped closer typed as an opener, glued to the word before.
        if top and not left and right:
            return "close"
        return "open"
    if c in CLOSERS:
        if top:
            return "close"
        # qu' »experts : an opener typed as a closer, glued to the word after.
        return "open" if left and not right else None
    if c == '"':
        if top == '"':
            return "close"
        if left and not right:
            return "open"
        return "close" if top else None
    # “ opens in French and English typography, closes after „ or a mismatched «.
    if top and not left and right:
        return "close"
    return "open"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in SPACE + "\n":
        a += 1
    while b > a and text[b - 1] in SPACE + "\n":
        b -= 1
    return a, b


def quote_spans(text: str) -> list[Span]:
    """Top-level quotations of a text; nested ones stay inside their outer quotation."""
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []
    skip: set[int] = set()
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\n" and stack:
            nxt = i
            while nxt < len(text) and text[nxt] in SPACE + "\n":
                nxt += 1
            if nxt < len(text) and text[nxt] in "«“\"‹" and len(stack) == 1:
                skip.add(nxt)  # French convention: a paragraph reopening « continues the quotation
            else:
                mark = stack[0][1]
                line_start = text.rfind("\n", 0, mark) + 1
                if not text[line_start:mark].strip(SPACE + "-—–") or text[:mark].rstrip(SPACE).endswith(":"):
                    a, b = _trim(text, mark + 1, i)  # a whole-line quotation whose closer was lost
                    spans.append(Span(mark, i, a, b))
                stack.clear()
        elif c in MARKS and i not in skip:
            role = _role(text, i, stack)
            if role == "open":
                stack.append((c, i))
            elif role == "close" and stack:
                _, mark = stack.pop()
                if not stack:
                    a, b = _trim(text, mark + 1, i)
                    if b > a:
                        spans.append(Span(mark, i + 1, a, b))
        i += 1
    if stack:
        mark = stack[0][1]
        line_start = text.rfind("\n", 0, mark) + 1
        if not text[line_start:mark].strip(SPACE + "-—–"):
            a, b = _trim(text, mark + 1, len(text))
            spans.append(Span(mark, len(text), a, b))
    return spans


# ---------------------------------------------------------------------------
# Speakers


def _without_glued_labels(mentions: list[Mention], text: str) -> list[Mention]:
    """A "person" the entity stage made of a word right before another person's name ("le député UDC Reto X",
    "le député Ecolo Y") is a party or label qualifying that name: it neither speaks nor hides its gender."""
    people = [m for m in mentions if m.label == "person"]
    glued = {id(m) for m, n in zip(people, people[1:]) if len(m.surface.split()) == 1 and not text[m.end:n.start].strip(SPACE)}
    return [m for m in mentions if id(m) not in glued]


@dataclass
class Speaker:
    surface: str
    key: str | None
    cue: str | None
    kind: str  # person / organization / place / document / institution / anonymous / unknown
    evidence: str


class _Article:
    """What attribution needs to know about one article: its parse, mentions, learnt roles."""

    def __init__(self, doc, mentions: list[Mention]):
        self.doc = doc
        self.text = doc.text
        self.starts = [t.idx for t in doc]  # token offsets, built once: `token_at` bisects them
        self.lex = lexicon()
        # a state's body named with common nouns may speak too ("l'armée israélienne affirme …")
        self.bodies = national_bodies(doc, mentions)
        mentions = mentions + self.bodies
        self.mentions = _without_glued_labels(sorted(mentions, key=lambda m: m.start), doc.text)
        self.person_ends = sorted(m.end for m in self.mentions if m.label == "person")  # `gender` bisects them
        self.genders: dict[tuple[int, int], str | None] = {}
        self.key_genders: dict[str, str | None] = {}  # `key_gender` fills it
        self.resolved: list[tuple[int, str]] = []  # (offset, person key) of role descriptions resolved so far
        self.roles = self._learn_roles()
        self.relatives = self._learn_relatives()
        self.quoted: list[tuple[int, int]] = []
        self.current: tuple[int, int] = (0, 0)  # the quotation being attributed: it cannot be inside its speaker's phrase
        self.last_speaker: Speaker | None = None
        self.last_spoke_at = -1  # where the last attributed quotation starts

    def token_at(self, offset: int):
        """The token that covers (or last starts before) a character offset."""
        return self.doc[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)

    # -- mentions and roles --------------------------------------------------

    def mentions_in(self, a: int, b: int, labels=("person", "organization", "place")) -> list[Mention]:
        found = [m for m in self.mentions if m.start < b and m.end > a and m.label in labels]
        return sorted(found, key=lambda m: (labels.index(m.label), m.start))

    def marked(self, m: Mention) -> bool:
        """Is a mention written in quotation marks ("la skippeuse de « Breizh Avel »")? A boat, a work, a
        nickname: it names something, it does not speak."""
        before, after = self.text[max(0, m.start - 2):m.start].strip(SPACE), self.text[m.end:m.end + 2].strip(SPACE)
        return before[-1:] in ("«", "“", '"') and after[:1] in ("»", "”", '"')

    def titled_people(self, a: int, b: int) -> list[Mention]:
        """Mentions the entity stage did not type that are a title and a name ("Premier ministre X Y"): people."""
        out = []
        for m in self.mentions:
            if m.start < b and m.end > a and m.label == "other":
                words = m.surface.split()
                lead = 0
                while lead < len(words) and (fold(words[lead]) in self.lex.roles or fold(words[lead]) in self.lex.titles or _compound_role([fold(w) for w in words[lead:lead + 2]], self.lex.roles)):
                    lead += 2 if _compound_role([fold(w) for w in words[lead:lead + 2]], self.lex.roles) else 1
                if 0 < lead < len(words) and all(w[0].isupper() for w in words[lead:]):
                    out.append(Mention(m.start, m.end, m.surface, "person", m.key))
        return out

    def is_body(self, m: Mention, head: str | None = None) -> bool:
        """Does a mention name an organisation? The entity stage may type an unknown body as a place or
        "other" ("l'Observatoire régional …", "le collectif Nos quartiers debout"): its first word, or
        the word written just before it, is then an institution noun. Given the `head` of a back-reference
        ("le ministère"), the body must carry that noun, or one of the kind it names ("la juridiction": a court), unless
        the head is generic ("l'institution")."""
        if not m.key or m.label == "person":
            return False
        named = fold(m.surface).split()
        if m.label == "organization" and (head is None or head in self.lex.generic_bodies or head in named
                                          or self.lex.body_hypernyms.get(head, frozenset()) & set(named[:1])):
            return True  # "la juridiction" is the court named before ("le Conseil d'État", "la cour d'appel")
        heads = {head} if head and head not in self.lex.generic_bodies else self.lex.institutions
        first = fold(m.surface).replace("'", "' ").split()[0]
        before = fold(self.text[max(0, m.start - 30):m.start]).split()
        # "la direction de Carvelis": the management speaks for a firm the entity stage may take for a place
        managed = before[-2:] in (["direction", "de"], ["management", "de"]) and geocode_key(m.surface) is None
        return first in heads or bool(before) and before[-1].split("'")[-1] in heads or managed

    def body_before(self, head: str, at: int) -> Mention | None:
        """The organisation a back-reference means: "le ministère" after "le ministère de l'Intérieur",
        "l'association" after "l'association Vigilance citoyenne", "l'institution" after any body."""
        named = [m for m in self.mentions if m.end <= at and not self.in_quote(m.start) and self.is_body(m, head)]
        if head == "direction" and (firm := self.firm_before(at)) is not None:
            return firm  # "la direction assure …" after "les salariés de la cartonnerie X": the firm's management
        if named and head in self.lex.generic_bodies:
            # "l'agence" after "X reconnaît …, qu'elle attribue au manque de places en CHSLD": the body that acted in
            # the sentences just before, rather than one named in passing
            # "l'agence" after "l'Agence marocaine de …", "le réseau" after "le réseau de surveillance X"
            own = [m for m in named if head in fold(m.surface).split() or head in fold(self.text[max(0, m.start - 40):m.start]).split()[-4:]]
            acting = [m for m in named if self.is_subject(m) and m.start >= self.sentence_before(at, 2)]
            return (own or acting or named)[-1]
        return named[-1] if named else None

    def firm_before(self, at: int) -> Mention | None:
        """The firm a trade noun ("le promoteur", "l'exploitant") takes up: the latest organisation named before
        `at` after a firm noun ("la société X", "le groupe Y") or with a firm's ending in its name."""
        # "chez Airbus": the firm one works at
        cues = {"societe", "entreprise", "groupe", "firme", "compagnie", "filiale", "start-up", "pme", "constructeur", "usine",
                "chez"}

        # or a works named for its trade ("la cartonnerie X", "la brasserie Y"): the entity lexicon's trade premises
        works = {w for w in entity_lexicon()["organization_cues"] if w.endswith("erie")}

        nouns = cues | works

        def firm_named(m: Mention) -> bool:
            before = fold(self.text[max(0, m.start - 25):m.start]).replace("'", " ").split()[-2:]
            # or a firm in its trade, "l'équipementier automobile X" (but "sous-traitant de X": X is its client)
            trade = before and before[-1] not in ("de", "du", "d", "des") and any(w in self.lex.firm_roles for w in before)
            return any(w in nouns for w in before) or trade
        firms = [m for m in self.mentions if m.end <= at and m.key and m.label in ("organization", "other")
                 and not self.in_quote(m.start)
                 and (firm_named(m) or fold(m.surface).split()[0] in nouns)]
        return firms[-1] if firms else None

    def document_source(self, at: int) -> Mention | None:
        """The body behind a document taken up again ("le document", "le texte"), in its sentence or the two
        before: the body named with a document ("le bulletin du Programme …", "publié par la Minusca", "X a
        confirmé, dans un communiqué, …"), else a body that was the subject of the sentence before ("L'ambassade
        a réagi sur X. « … », affirme le message")."""
        sentence = self.token_at(at).sent
        head = next((t for t in self.doc[self.token_at(at).i:self.token_at(at).i + 3] if t.pos_ == "NOUN"), None)
        for back in range(3):
            found = [m for m in self.mentions_in(sentence.start_char, min(at, sentence.end_char), ("organization",))
                     if self.is_body(m) and not self.in_quote(m.start)]
            subjects = [m for m in found if self.is_subject(m)]
            documents = [t for t in sentence if t.pos_ == "NOUN" and fold(t.lemma_) in self.lex.documents and t.idx < at]
            # the document taken up first: "Le rapport" is the report's author's, not the accounts' platform's
            same = [t for t in documents if head is not None and t.lemma_ == head.lemma_]
            authors = [m for m in found if self.issued(m, same)]
            attached = [m for m in found if self.issued(m, documents)]
            # "un rapport publié par X" names its author even when the sentence's subject is another body
            agents = [m for m in attached if (t := self.clause_token(m, 0)) is not None and t.dep_ == "obl:agent"]
            if documents and (authors or subjects or attached):
                return (authors or agents or subjects or attached)[0]  # "selon un rapport publié par X. Le rapport …": X
            if documents and (taken_up := self.body_subject(sentence)) is not None:
                return taken_up  # "Dans un rapport publié jeudi, l'organisation s'appuie sur …"
            spoke = self.last_speaker
            if (documents or back <= 1) and spoke is not None and spoke.key and spoke.kind in ("organization", "institution"):
                # "Dans un communiqué lu sur X, le Conseil reproche « … ». Le texte prévient …", whatever the parse;
                # "…, a annoncé le ministère, qui attribue le massacre à « … ». Selon le communiqué, …"
                said = next((m for m in found if m.key == spoke.key), None)
                if said is None and documents and any(t.dep_.startswith("nsubj") and fold(t.text) in ("il", "elle")
                                                      for t in sentence):
                    # "Dans un communiqué …, il a évoqué une « … ». « … », ajoute le communiqué": the body the
                    # pronoun took up
                    said = next((m for m in reversed(self.mentions) if m.key == spoke.key and m.start < at), None)
                if said is not None:
                    return said
            # but "Sollicitée, l'ambassade n'a pas donné suite. Le rapport recommande": a body that said nothing
            subjects = [m for m in subjects if not self.negated(m)]
            if back <= 1 and subjects:
                return subjects[0]
            if sentence.start == 0:
                break
            sentence = self.doc[sentence.start - 1].sent
        # further back, the same document with its author: "une étude menée par l'UCLouvain" … "L'étude recommande"
        if head is None:
            return None
        for earlier in reversed([t for t in self.doc[:head.i] if t.pos_ == "NOUN" and t.lemma_ == head.lemma_]):
            found = [m for m in self.mentions_in(earlier.sent.start_char, earlier.sent.end_char, ("organization",))
                     if self.is_body(m) and not self.in_quote(m.start) and self.issued(m, [earlier])]
            if found:
                return found[0]
        return None

    def negated(self, m: Mention) -> bool:
        """Is a mention the subject of a negated verb ("n'a pas donné suite", "n'a jamais répondu")?"""
        t = self.clause_token(m)
        return t is not None and t.dep_.startswith("nsubj") and any(
            fold(c.text) in ("pas", "jamais", "point", "guere", "aucunement") for c in t.head.children)

    def body_subject(self, sentence) -> Mention | None:
        """The body a sentence's subject takes up by a generic noun ("l'organisation", "le ministère")."""
        subject = _root_subject(sentence)
        if subject is None or subject.pos_ != "NOUN" or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in subject.children):
            return None
        head = fold(subject.text)
        return self.body_before(head, subject.idx) if head in self.lex.generic_bodies | self.lex.institutions else None

    def issued(self, m: Mention, documents: list) -> bool:
        """Is a body named as the author of one of these documents: "le rapport de Viginum", "Publié par la
        division … de la Minusca, le document"?"""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        t = span.root if span is not None else None
        if span is not None and span.start > 1 and self.doc[span.start - 1].lower_ == "par":
            # "un rapport publié lundi par X", whatever relation the parser gave the agent
            verb = next((x for x in reversed(self.doc[max(0, span.start - 5):span.start - 1]) if x.pos_ == "VERB"), None)
            if verb is not None and verb.dep_ == "acl" and verb.head in documents \
                    and fold(verb.lemma_) not in self.lex.channel_verbs:
                return True
        for _ in range(4):
            if t is None or t.head is t or fold(t.head.lemma_) in self.lex.channel_verbs:
                return False  # "un rapport consulté par Le Monde", "un communiqué lu sur l'ORTM": a channel, no author
            if t.head in documents:  # but "un communiqué lu sur Télé X", the channel's verb parsed apart
                # and "des comptes sur X, Facebook et TikTok": a platform holds the documents, it wrote none
                return t.dep_.startswith("nmod") and not any(
                    fold(x.lemma_) in self.lex.channel_verbs or fold(x.text) == "sur" for x in self.doc[t.head.i + 1:t.i])
            if t.dep_ == "obl:agent":
                return any(t.head.head in (d, d.head) for d in documents)
            if t.dep_ != "nmod":
                return False
            t = t.head
        return False

    def full_name_before(self, head: str, at: int) -> str | None:
        """The last "<head> de la Défense"-like name written before `at` ("ministère" → "ministère de la Défense")."""
        best = None
        for t in self.doc:
            if t.idx >= at:
                break
            if fold(t.text) != head:
                continue
            j = t.i + 1
            if j < len(self.doc) and self.doc[j].pos_ == "ADJ":
                j += 1  # "ministère malien de la Défense"
            if j >= len(self.doc) or fold(self.doc[j].text) not in ("de", "d'", "du", "des"):
                continue
            j += 1
            if j < len(self.doc) and fold(self.doc[j].text) in ("la", "l'"):
                j += 1
            k = j
            while k < len(self.doc) and self.doc[k].text[:1].isupper() and self.doc[k].idx < at:
                k += 1
            if k > j:
                best = self.text[t.idx:self.doc[k - 1].idx + len(self.doc[k - 1])]
        return best

    def signature(self, phrase: str) -> tuple[str, frozenset] | None:
        """A role phrase as (function, modifiers): "ministre guinéen des Affaires étrangères" and "diplomate guinéen"
        agree, and so do "la cheffe du gouvernement" and "le premier ministre" (gender folded). An age ("de 41 ans")
        or a back-reference to the body ("le patron de la compagnie") adds no modifier."""
        words = [w for w in _content_words(fold(phrase)) if w not in self.lex.titles and w not in PRONOUNS]  # "le joueur, lui"
        for k, w in enumerate(words):
            if w in ("dont", "qui", "que", "lequel", "laquelle", "ou", "depuis", "lors"):
                words = words[:k]
                break
        words = words[:8]
        compound = _compound_role(fold(phrase).split(), self.lex.roles)  # "la garde des Sceaux"
        if not any(w in self.lex.roles for w in words) and not compound:
            return None
        # a nationality and its country alike ("russe", "de Russie": "@RU"), before gender folding changes "chine"
        words = [_masculine(nationality(w)) for w in words if not w.isdigit() and w not in AGE_WORDS and w not in self.lex.generic_bodies]
        plain = [DEPUTY.sub("", w) for w in words]  # a "vice-ministre des Affaires étrangères" is a diplomat too
        deputy = {w.split("-")[0] for w in words if DEPUTY.match(w)}
        for name, entries in self.lex.synonyms:
            for entry in entries:
                if _subsequence(entry, plain):
                    rest = list(plain)
                    for w in entry:
                        rest.remove(w)
                    return name, frozenset(map(_stem, rest)) | deputy
        head = next((w for w in words if w in self.lex.roles), None)
        if head is None:
            return compound, frozenset(_stem(w) for w in words if w not in compound.split())
        return head, frozenset(_stem(w) for w in words if w != head)

    def _learn_relatives(self) -> list[tuple[int, str, str]]:
        """(offset, noun, person key) of the relatives the article introduces: "son compagnon, X", "Sa fille,
        Rim,", "sa sœur Assitan", "Son voisin, X" — so that "son compagnon" later is X."""
        found = []
        for m in self.mentions:
            if m.label != "person" or not m.key:
                continue
            before = re.search(r"\b(?:son|sa|leur)\s+([\w-]+)(?:\s+[\w-]+)?\s*,?\s*$", fold(self.text[max(0, m.start - 40):m.start]))
            if before and before.group(1) in self.lex.relatives:
                found.append((m.start, before.group(1), m.key))
        return found

    def relative(self, words: list[str], at: int) -> str | None:
        """The person a possessive and a relative's noun stand for ("son compagnon"), introduced before `at`."""
        if len(words) < 2 or words[0] not in ("son", "sa", "leur") or words[1] not in self.lex.relatives:
            return None
        keys = [key for offset, noun, key in self.relatives if noun == words[1] and offset < at]
        return keys[-1] if keys else None

    def _learn_roles(self) -> list[tuple[int, str, tuple[str, frozenset]]]:
        """Roles given to named people in this article: "X, ministre de …," and "le ministre de …, X"."""
        roles = []
        text = self.text
        for m in self.mentions:
            # A name the entity stage mistyped as a place ("le ministre de la Défense, Kouassi N'Guessan,")
            # is a person when a role is written in apposition with it.
            typo = m.label in ("place", "other") and len(m.surface.split()) >= 2 and all(w[0].isupper() for w in m.surface.split())
            if m.label != "person" and not typo or not m.key:
                continue
            if re.search(r"\b(?:Me|Maître)\s*$", text[max(0, m.start - 8):m.start]):
                roles.append((m.start, m.key, ("avocat", frozenset())))  # "Me X" is a lawyer: "l'avocat" later
            # "X, ministre de …", "l'installation de Mgr X comme archevêque d'Abidjan"
            after = re.match(r"\s*(?:,|\s+comme\s)\s*([^,.;:()\n«»\"]{3,90})", text[m.end:])
            # "Le pape a nommé Mgr X archevêque de Bertoua", "X a été élue présidente de …": an appointment
            appointed = re.match(r"\s+(?:(?:a|avait)\s+ete\s+|est\s+)?" + _APPOINTED + r"\s+([^,.;:()\n«»\"]{3,90})", fold(text[m.end:m.end + 120])) \
                or re.search(_APPOINTED + r"\s+(?:[\w.]+\s+){0,2}$", fold(text[max(0, m.start - 40):m.start])) \
                and re.match(r"\s+([^,.;:()\n«»\"]{3,90})", text[m.end:])
            if not after and appointed and _content_words(fold(appointed.group(1)))[:1] \
                    and _content_words(fold(appointed.group(1)))[0] in self.lex.roles:
                after = appointed
            opening = self.token_at(m.end + after.start(1)) if after else None
            if opening is not None and (opening.pos_ == "AUX" or opening.pos_ == "VERB" and "Part" not in opening.morph.get("VerbForm")):
                after = None  # "X, a apporté son soutien au sélectionneur": a clause, no apposition (but "X, délégué CGT")
            if after and re.match(r"(?:le|la|l['’]|les)\b", after.group(1), re.I) and any(
                    t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "NOUN" and t.head.i > t.i
                             for t in self.doc.char_span(m.end + after.start(1), m.end + after.end(1), alignment_mode="expand") or ()):
                after = None  # "Reçu par X, le diplomate a évoqué …": the subject of the next clause, no apposition
            if after and re.match(r"(?:et|ou|ni)\s", after.group(1)):
                after = None  # "en présence de la ministre, X, et de l'ambassadeur …": someone else
            if after and re.match(r"[^,]*\b(?:de|d'|avec|a|aux|pour|par|chez)\s+(?:son|sa|ses|leur|leurs)\s", fold(after.group(1))):
                after = None  # "X, présent aux côtés de son homologue ivoirien": someone else's role
            if after:
                sig = self.signature(after.group(1))
                first = _content_words(fold(after.group(1)))[:3]
                if sig and any(w in self.lex.roles for w in first):
                    roles.append((m.start, m.key, sig))
                    # "X, évêque de Nevers et président du Conseil …": each office a role of its own (a trade
                    # stays a modifier: "producteur de lait et président de la FDSEA" is no "agriculteur" to take up)
                    parts = re.split(r"\s+et\s+", after.group(1))
                    for part in parts if len(parts) > 1 else ():
                        own = self.signature(part)
                        if own and own[0] != sig[0] and own[0] in self.lex.offices \
                                and [_masculine(w) for w in _content_words(fold(part))[:1]] == [own[0]]:
                            roles.append((m.start, m.key, own))
            # an acronym in parentheses and an abbreviation ("a.i.") do not end the phrase ("Le directeur général
            # a.i. de la Police nationale d'Haïti (PNH), X"): blanked out, so that offsets stay those of the text
            plain = re.sub(r"\([^()\n]{1,15}\)", lambda g: " " * len(g.group()), text[max(0, m.start - 120):m.start])
            plain = self.untitled(plain)  # "le ministre du Pétrole, Dr X", "l'ambassadeur, S.E. X"
            plain = re.sub(r"\b(\w)\.(\w)\.", r"\1 \2 ", plain)
            before = re.search(r"([^,.;:()\n«»\"]{3,90}?),?\s*$", plain)
            if before and self.mentions_in(m.start - len(before.group()), m.start, ("person",)):
                before = None  # "Le sultan X a reçu Y": the phrase before Y is about X, it is no role of Y
            if before:
                phrase = before.group(1)
                # the role is the last determiner's phrase that names a function: "La tournée de la vice-ministre
                # …, X", "a assuré la diplomate lors d'une conférence avec son homologue, X"; an earlier one
                # when the last only names the body ("le chef de la diplomatie, X")
                for sig in self._apposed_roles(phrase, plain[:before.start()], max(0, m.start - 120) + before.start(1)):
                    roles.append((m.start, m.key, sig))
        return roles + self._counterparts(roles)

    def _counterparts(self, roles: list) -> list[tuple[int, str, tuple[str, frozenset]]]:
        """The function a counterpart holds: "le ministre français des Armées, X, … son homologue ivoirien, Y" makes
        Y the Ivorian minister (of the same portfolio), so that "le ministre ivoirien" is Y."""
        found = []
        for start, key, (function, mods) in roles:
            if function != _stem("homologue"):
                continue
            sentence = self.token_at(start).sent
            held = [(s, r) for s, k, r in roles if k != key and s < start and s >= sentence.start_char
                    and r[0] != function and _countries(r[1])]
            if held:
                other_function, other_mods = held[-1][1]
                found.append((start, key, (other_function, other_mods - _countries(other_mods) | _countries(mods))))
        return found

    def untitled(self, text: str) -> str:
        """Text without the civil title it ends on ("…, Dr ", "…, Mme "), so that the phrase before it shows."""
        words = text.rstrip().rsplit(None, 1)
        return words[0] + " " if len(words) == 2 and words[1][:1].isupper() and fold(words[1]) in self.lex.titles else text

    def _apposed_roles(self, phrase: str, earlier: str, at: int) -> list[tuple[str, frozenset]]:
        """The functions a phrase written just before a name gives it: the last determiner's phrase that names one
        ("La tournée de la vice-ministre …, X", "a assuré la diplomate lors d'une conférence avec son homologue, X"),
        an earlier one when the last only names the body ("le chef de la diplomatie, X"); and a role in apposition
        before a rank ("Le nouveau gouverneur de la région, le colonel X": a governor and a colonel)."""
        dets = re.finditer(r"(?:^|\s)(?:le|la|l['’]|son|sa|leur|notre|votre)\s*(?=\S)", phrase, re.I)
        # but not past a finite verb: "L'entraîneur a salué la performance de X" gives X no role
        finite = [t.idx - at for t in self.doc.char_span(at, at + len(phrase), alignment_mode="expand") or ()
                  if "Fin" in t.morph.get("VerbForm")]
        sig = next(filter(None, (self.signature(phrase[d.start():]) for d in reversed(list(dets))
                                 if not any(f >= d.start() for f in finite))), None)
        if sig is None:  # "en présence du ministre du Commerce et de l'Industrie, X" (but "la porte-parole du maire")
            sig = next(filter(None, (self.signature(phrase[d.start():]) for d in re.finditer(r"(?:^|\s)du\s+([\w-]+)", phrase)
                                     if _masculine(fold(d.group(1))) in self.lex.roles)), None)  # not "du Sénégalais Pape X"
        if sig is None:
            return []
        # (after a fronted place too: "À Niamey, le ministre des Mines, le colonel X")
        outer = re.search(r"(?:^|[.;:!?\n,])\s*((?:le|la|l['’]|son|sa)\s*[^,.;:()\n«»\"]{3,90}?),\s*$", earlier, re.I)
        if outer and re.match(r"\s*(?:le|la|l['’])\s*\S+\s*$", phrase, re.I):
            first = self.signature(outer.group(1))
            if first and first != sig:
                return [sig, first]
        return [sig]

    def role_person(self, phrase: str, at: int) -> str | None:
        """The person this article named in the role `phrase` describes, the latest one before `at` first."""
        sig = self.signature(phrase)
        if sig is None:
            return None
        function, mods = sig
        gender = self.phrase_gender(phrase)
        roles = [r for r in self.roles if gender is None or self.key_gender(r[1]) in (gender, None)]  # "l'élue": a woman
        def holder(held):
            found = self._latest([(start, key) for start, key, (f, m) in held if f == function and mods <= m], at)
            if found is None:
                # A bare "le ministre" / "la présidente" means the person last named with a role of that head, and
                # "le ministre ivoirien" the one whose role of that head was Ivorian ("ministre de la Défense").
                # ("le ministre porte-parole du gouvernement, X": the function is "porte-parole", "ministre" a modifier)
                found = self._latest([(start, key) for start, key, (f, m) in held
                                      if (function in f.split() or _stem(function) in m) and mods <= m], at)
            return found

        # a deputy ("le vice-ministre") is "le ministre" only when no full holder was named
        best = holder([r for r in roles if not (r[2][1] & DEPUTIES) - mods]) or holder(roles)
        # "le diplomate" names a foreign minister as a synonym, and any diplomat as a generic noun
        generic = function if function in self.lex.hypernyms else next(
            (w for w in map(_masculine, _content_words(fold(phrase))[:2]) if w in self.lex.hypernyms), None)
        if best is None and generic:
            # A generic noun ("l'élue socialiste", "le dirigeant") means the person last named with a function it covers.
            covered = self.lex.hypernyms[generic] | {generic, function}
            # only someone named before: a function it merely covers is no cataphora ("le chef de la junte" is
            # not the firm's director presented two sentences later)
            held = [(start, key, m) for start, key, (f, m) in roles if covered & _role_heads(f) and start < at]
            # "le chef de la police" after "le directeur général de la Police nationale, X": its complement first
            best = self._latest([(start, key) for start, key, m in held if mods and mods <= m], at)
            if best is None and (generic == function or not mods):  # but "le diplomate russe" is no American envoy
                best = self._latest([(start, key) for start, key, m in held if not _other_country(_countries(mods), m)], at)

        if best is None and mods:
            # "le général russe" after "le général X": one person holds the function, whatever else is said
            holders = {key for start, key, (f, m) in roles if f == function and start < at and not _other_country(_countries(mods), m)}
            best = holders.pop() if len(holders) == 1 else None
        if best is None and generic and _countries(mods):
            # "a assuré le diplomate ghanéen" when the only diplomat named is Nigerien: the person the sentence
            # before named, whose roles give no other country
            other = {key for _, key, (_, m) in roles if _other_country(_countries(mods), m)}
            named = [m for m in self.people_before(at, 1) if m.key not in other and self.any_gender(m) in (gender, None)]
            best = named[-1].key if named else None
        if best is None and not mods and function not in self.lex.court_roles:
            best = self.unroled_person(at, gender) or self.speaker_just_before(at, gender)
        seat = self.mentions_in(at, at + len(phrase), ("place",)) or re.search(r"\b(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-Þ][\w-]+\s*$", phrase)
        if best is None and mods and seat and function not in self.lex.court_roles:  # "le procureur de Paris" is no one named
            # "la députée de la Drôme", a seat no one was named with: the person the sentence before was about
            # (not one the article gave a trade or a function outside public life: "le délégué syndical X" is not "le
            # maire de Y", but "le porte-parole du parti" or "la présidente du groupe écologiste" may be "la députée
            # de la Drôme", and "le conseiller fédéral" "le ministre des Transports")
            public = self.lex.offices | self.lex.hypernyms.get("elu", frozenset())
            other = {key for _, key, (f, _) in self.roles if f != function and not public & {f, f.replace("-", " "), f.split()[0]}}
            named = [m for m in self.people_before(at, 1) if self.is_subject(m) and self.any_gender(m) in (gender, None)
                     and self.token_at(m.start).sent.end_char <= at and not self.described_as(m) and m.key not in other]
            best = named[-1].key if named else None
        if best is None and re.match(r"\s*(?:ce|cet|cette)\s", phrase, re.I):
            # "a insisté cet ancien garde des Sceaux": a demonstrative takes up someone just named, with a new fact
            person = self.story_person(at, gender)
            best = person.key if person else None
        return best

    def unroled_person(self, at: int, gender: str | None = None) -> str | None:
        """A bare role noun no named person holds ("La romancière" after "le roman de X", "le joueur" after
        "le pilier de <club> X") means the person named last before it, in the same or the previous sentence,
        if the article gave that person no other function."""
        with_role = {key for _, key, _ in self.roles}
        named = [m for m in self.people_before(at, 1) if gender is None or self.any_gender(m) in (gender, None)]
        if not named or named[-1].key in with_role or self.described_as(named[-1]):
            return None
        return named[-1].key

    def speaker_just_before(self, at: int, gender: str | None) -> str | None:
        """"Le président russe a reconnu … « … », a-t-il affirmé. Sur l'Ukraine, le chef du Kremlin a répété …": a
        function no one named holds is the person who spoke in the sentence before, if the article gave them none."""
        spoke = self.last_speaker
        if spoke is None or not any(m.key == spoke.key and m.label == "person" for m in self.mentions) \
                or self.last_spoke_at < self.sentence_before(at, 1) \
                or spoke.key in {key for _, key, _ in self.roles} or self.key_gender(spoke.key) not in (gender, None) \
                or any(self.described_as(m) for m in self.mentions if m.key == spoke.key and m.end <= at):
            return None  # "X, prévisionniste à Météo-France" is not "le préfet"
        return spoke.key

    def described_as(self, m: Mention) -> bool:
        """Whether a person's name is followed by a description of another trade: "Djamel X, un commerçant du
        quartier", "Guillaume Y, prévisionniste à Météo-France" (then "le préfet" is someone else)."""
        found = re.match(r"\s*,\s*(?:(?:un|une|le|la)\s+|l['’])?([a-zà-ÿ-]{3,})", self.text[m.end:m.end + 40])
        return bool(found) and (self.token_at(m.end + found.start(1)).pos_ in ("NOUN", "ADJ")  # the tagger hesitates
                                or fold(found.group(1)) in self.lex.roles)  # "X, délégué CGT", read as a participle

    def phrase_gender(self, phrase: str) -> str | None:
        """The gender a role phrase gives its holder: "la ministre", "l'élue" are women, "le juge" a man."""
        words = re.findall(r"[\w-]+['’]?", phrase)
        if len(words) < 2:
            return None
        determiner = fold(words[0]).rstrip("'")
        if determiner not in ("le", "la", "l", "ce", "cet", "cette"):
            return None
        return self.description_gender(determiner, words[1])

    def key_gender(self, key: str) -> str | None:
        """The gender the article or the given name gives a person, by any of their mentions."""
        if key not in self.key_genders:
            self.key_genders[key] = next((g for m in self.mentions if m.key == key and m.label == "person"
                                          and (g := self.any_gender(m))), None)
        return self.key_genders[key]

    def sentence_before(self, at: int, sentences: int) -> int:
        """The offset where the sentence `sentences` before the one of `at` starts; the sentences of a quotation
        count as one, the one it opens in ("« C'est fini. À ce rythme … », a dénoncé le député": the sentence
        before is the one before the quotation)."""
        sentence = self._outside_quote(self.token_at(at).sent)
        for _ in range(sentences):
            if sentence.start > 0:
                sentence = self._outside_quote(self.doc[sentence.start - 1].sent)
        return sentence.start_char

    def _outside_quote(self, sentence):
        """The sentence itself, or, for one that starts inside a quotation, the one the quotation opens in."""
        while sentence.start > 0 and self.in_quote(sentence.start_char):
            sentence = self.doc[sentence.start - 1].sent
        return sentence

    def people_before(self, at: int, sentences: int | None) -> list[Mention]:
        """The people named before offset `at`, outside quotations, in its sentence and the `sentences` before
        (None: anywhere before)."""
        start = self.sentence_before(at, sentences) if sentences is not None else 0
        return [m for m in self.mentions if m.label == "person" and m.key and start <= m.start
                and m.end <= at and not self.in_quote(m.start)]

    def story_person(self, at: int, gender: str | None) -> Mention | None:
        """A definite noun of the part someone plays in the story ("la lauréate", "le leader de l'équipe",
        "l'intéressé", "le jeune homme") takes up a person already named, not a new one: the person named last
        in the same or the two sentences before, of the noun's gender when the article gives theirs. Whatever
        function the article gave them ("la dessinatrice X … a réagi la lauréate")."""
        named = [m for m in self.people_before(at, 2) if gender is None or self.any_gender(m) in (gender, None)]
        return named[-1] if named else None

    def winner(self, at: int, gender: str | None) -> Mention | None:
        """"le vainqueur", "la lauréate": the person a verb of winning (`winning_verbs`) had for subject in the two
        sentences before ("X a remporté la course, devant Y"), not whoever was named last."""
        for m in reversed(self.people_before(at, 2)):
            t = self.clause_token(m)
            if t is not None and t.dep_ == "nsubj" and fold(t.head.lemma_) in self.lex.winning_verbs \
                    and (gender is None or self.any_gender(m) in (gender, None)):
                return m
        return None

    @staticmethod
    def _latest(found: list[tuple[int, str]], at: int) -> str | None:
        """The key of the latest (offset, key) before `at`, or else the first one after it."""
        before = [x for x in found if x[0] < at]
        if before:
            return max(before)[1]
        return min(found)[1] if found else None

    def gender(self, m: Mention) -> str | None:
        """"f" or "m" when the article says it: "Mme X", "M. X", "la présidente de …, X", "le préfet X"."""
        if (m.start, m.end) not in self.genders:
            self.genders[m.start, m.end] = self._gender(m)
        return self.genders[m.start, m.end]

    def any_gender(self, m: Mention) -> str | None:
        """The gender the article gives, else the one the given name gives ("Hélène Marzin"): enough to rule
        a person out for "a-t-elle", too weak to prefer one over a person of unknown gender."""
        return self.gender(m) or given_name_gender(m.key or m.surface)

    def _gender(self, m: Mention) -> str | None:
        # Only the words since the last name before it: "La ministre X a reçu Y" says nothing of Y.
        k = bisect.bisect_right(self.person_ends, m.start)
        start = max(max(0, m.start - 80), self.person_ends[k - 1] if k else 0)
        before = fold(self.text[start:m.start])
        before = re.split(r"(?<!\bm)[.;:!?\n]", before)[-1]  # the full stop of "M." ends no sentence
        if re.search(r"\b(mme|madame|mlle)\s*$", before):
            return "f"
        if re.search(r"(\bm\.|\bmonsieur)\s*$", before):
            return "m"
        written = re.split(r"[.;:!?\n]", self.text[start:m.start].lower())[-1]
        det = list(re.finditer(r"\b(la|une|sa|cette|le|un|son|ce|leur|notre|votre)\s+([\w-]+)", written))
        for found in reversed(det):
            article, noun = found.groups()
            folded = fold(noun)
            if folded in self.lex.roles or folded in self.lex.titles:
                between = self.doc.char_span(m.start - len(written) + found.end(), m.start, alignment_mode="expand")
                if between is not None and any(map(nlp.finite, between)):
                    return None  # "Le sélectionneur a rappelé X": the subject's noun says nothing of the object
                if article in ("le", "un", "ce") and folded in self.lex.titles and folded not in self.lex.roles and len(folded) <= 2:
                    return None  # "le Dr X", "le Pr X": the abbreviation's article is no gender
                if article in ("son", "leur", "notre", "votre"):  # "son avocate": the noun tells
                    if _feminine_noun(noun, self.lex.roles):
                        return "f"
                    return None if folded.endswith("e") and not noun.endswith("é") else "m"  # "son homologue": no gender
                return "f" if article in ("la", "une", "sa", "cette") else "m"
        return None

    def pronoun_person(self, at: int, gender: str | None = None, other_than: str | None = None) -> Mention | None:
        """The person a pronoun at `at` most likely is: the closest person named (or described) before it,
        of the pronoun's gender when the article gives theirs ("a-t-elle dit" after a man and a woman);
        `other_than`: a key it is not ("celui-ci" is not the one who just spoke)."""
        fronted = self.fronted_adjunct(at)
        named = [(m.start, m) for m in self.mentions if m.label == "person" and m.key and m.end <= at
                 and not self.in_quote(m.start) and m.key != other_than and not (fronted and m.start >= fronted)]
        if gender:
            genders: dict[str, str | None] = {}
            for _, m in named:
                genders[m.key] = genders.get(m.key) or self.any_gender(m)
            named = [(o, m) for o, m in named if genders[m.key] in (gender, None)]
        best = max(named, key=lambda x: x[0], default=None)
        if gender and best and genders[best[1].key] is None:
            # "Sa présidente, X, et l'agronome Y … explique-t-elle": of two people named in one sentence,
            # the one whose gender the article gives as the pronoun's beats the one it does not.
            sentence = self.token_at(best[0]).sent
            paired = [(o, m) for o, m in named if sentence.start_char <= o and genders[m.key] == gender]
            best = max(paired, key=lambda x: x[0], default=best)
        if best is not None:
            # "le ministre …, X, au lendemain de la visite d'une délégation conduite par Y. « … », a-t-il déclaré":
            # of the people of one sentence, one named inside a complement ("conduite par Y") is less likely
            sentence = self.token_at(best[0]).sent
            since = max([sentence.start_char] + [b for a, b in self.quoted if b <= best[0]])  # not across a quotation
            depth = {o: self.embedding(m) for o, m in named if since <= o < sentence.end_char}
            least = min(depth.values())
            if depth[best[0]] > least:
                best = max(((o, m) for o, m in named if depth.get(o) == least), key=lambda x: x[0])
        described = self.subject_described(at, gender)
        role = max([(o, k) for o, k in self.resolved if o < at and k != other_than]
                   + ([described] if described and described[1] != other_than else []), default=None)
        if role and (best is None or role[0] > best[0]):
            found = [m for m in self.mentions if m.key == role[1]]
            return found[0] if found else None
        return best[1] if best else None

    def fronted_adjunct(self, at: int) -> int | None:
        """The start of the adjunct a pronoun's sentence opens with when the pronoun subject follows it ("Interrogé
        sur un duel avec X, il a souri", "Après avoir reçu X, elle a déclaré"): no one named in it is the pronoun."""
        sentence = self.token_at(at).sent
        before = [t for t in sentence if t.idx < at]
        if not before or self.in_quote(sentence.start_char) or before[-1].text != "," \
                or not ("Part" in before[0].morph.get("VerbForm") or before[0].pos_ in ("ADP", "SCONJ")) \
                or any(map(nlp.finite, before)):
            return None
        return sentence.start_char

    def embedding(self, m: Mention) -> int:
        """How many prepositional phrases a mention is named inside ("conduite par X": one)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        t, depth = (span.root if span is not None else None), 0
        while t is not None and t.head.i != t.i:
            depth += any(c.dep_ == "case" and c.pos_ == "ADP" for c in t.children) and t.dep_ != "appos"
            t = t.head
        return depth

    def subject_described(self, at: int, gender: str | None) -> tuple[int, str] | None:
        """(offset, key) of the person the sentence before a pronoun's quotation is about when a role or a
        description is its subject: "Le chef du gouvernement s'est défendu. « … », a-t-il répliqué"."""
        sentence = own = self.token_at(at).sent
        while sentence.start > 0 and (sentence.start == own.start or self.in_quote(sentence.start_char)
                                      or sentence.text.lstrip()[:1] in "«“\"»”"):
            sentence = self.doc[sentence.start - 1].sent
        if sentence.end_char > at or self.in_quote(sentence.start_char):
            return None
        subject = next((t for t in sentence if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT"
                        and t.pos_ == "NOUN"), None)
        if subject is None:
            return None
        np = self.subject_np(subject)
        words = [fold(t.text) for t in np]
        if words[0] not in ("le", "la", "l'", "ce", "cet", "cette") or self.mentions_in(np[0].idx, np[-1].idx + len(np[-1])):
            return None
        phrase = self.text[np[0].idx:np[-1].idx + len(np[-1])]
        if gender and self.phrase_gender(phrase) not in (gender, None):
            return None
        key = self.role_person(phrase, np[0].idx) if _compound_role(words, self.lex.roles) or any(
            w in self.lex.roles for w in words) else None
        if key is None and _masculine(fold(subject.text)) in self.lex.defendants:
            m = self.defendant(np[0].idx)  # "Dans le box, l'accusé a secoué la tête. « … », a-t-il lâché"
            key = m.key if m else None
        if key is None:
            m = self.described_person(np, words, np[0].idx)
            key = m.key if m else None
        return (np[0].idx, key) if key else None

    def opening_sentence(self, at: int):
        """The sentence the quotation being attributed opens in, when the attribution at `at` follows it: the one
        before it is the one before the quotation, also when the quotation holds several ("« A. B », a-t-il dit")."""
        return self.token_at(min(at, self.current[0]) if self.current[1] > 0 else at).sent

    def subject_before_quote(self, gender: str) -> Mention | None:
        """"Le Ministère public (MPC), qui avait requis trois ans, « … », a-t-il indiqué", "Le MPC « prend acte … »,
        a-t-il fait savoir": the name that opens the quotation's sentence, with no verb of its own outside a relative
        clause, is the incise pronoun's."""
        open_at = self.current[0]
        sentence = self.token_at(open_at).sent
        head = self.text[sentence.start_char:open_at]
        parts = head.split(",")  # "X « … »", "X, qui …, « … »"
        if len(parts) > 1 and parts[-1].strip(SPACE) or re.search(r"[«»“”\"]", head) \
                or len(parts) > 2 and not re.match(r"\s*(?:qui|dont)\s", parts[1]):
            return None
        end = sentence.start_char + len(parts[0])
        if any(t.pos_ in ("VERB", "AUX") and t.idx < end for t in sentence):
            return None
        named = [m for m in self.mentions_in(sentence.start_char, end, ("person", "organization")) if m.key]
        if not named or named[0].label == "person" and self.any_gender(named[0]) not in (gender, None):
            return None
        return named[0]

    def body_spoke_before(self, at: int, gender: str):
        """The subject of the sentence before a pronoun's, when it is a noun of the pronoun's gender: a body
        ("L'état-major … n'a pas répondu") the pronoun may take up."""
        sentence = self.opening_sentence(at)
        if sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        if self.in_quote(before.start_char) or before.text.lstrip()[:1] in "«“\"»”":
            return None
        subject = _root_subject(before)
        wanted = "Fem" if gender == "f" else "Masc"
        if subject is None or subject.pos_ != "NOUN" or subject.morph.get("Gender") != [wanted] \
                or "Sing" not in subject.morph.get("Number"):
            return None
        named = any(m.start <= subject.idx < m.end for m in self.mentions_in(before.start_char, before.end_char, ("organization",)))
        return subject if named or fold(subject.text) in self.lex.institutions | self.lex.generic_bodies else None

    def unnamed_subject(self, at: int, gender: str):
        """The head of an indefinite subject naming no one ("Un diplomate occidental", "Une source proche du
        dossier") in the sentence of offset `at` or the one before, of the pronoun's gender: the latest, or None."""
        sentence = self.token_at(at).sent
        quoted_in = self.opening_sentence(at)
        first = self.doc[quoted_in.start - 1].sent if quoted_in.start > 0 else quoted_in
        found = None
        for t in self.doc[first.start:sentence.end]:
            # its subject, or the noun the sentence opens with when the parser missed the verb ("Un diplomate
            # occidental juge que …" read as a noun phrase)
            opening = t.i > 0 and t.i - 1 == t.sent.start and t.dep_ == "ROOT"
            # "Joint par téléphone, un haut fonctionnaire … balaie": the parser may take the fronted participle
            # for the subject and the noun for its conjunct
            fronted = t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubj:pass") and t.head.i == t.sent.start
            if t.idx >= at or not (t.dep_ in ("nsubj", "nsubj:pass") or opening or fronted) or t.pos_ != "NOUN" \
                    or self.in_quote(t.idx):
                continue
            det = next((c for c in t.children if c.dep_ == "det"), None)
            noun = fold(t.text)
            if det is None or fold(self.doc[det.i - 1].text) in ("d'", "de") \
                    or not (noun in self.lex.anonymous or _masculine(noun) in self.lex.roles or _AGENT_NOUN.search(noun)) \
                    or noun in self.lex.documents | self.lex.institutions | self.lex.generic_bodies:
                continue
            # or a definite description no one named answers to: "Le propriétaire de l'entreprise se dit « … ».
            # « … », a-t-il confié"
            definite = det.lower_ != ("une" if gender == "f" else "un") and fold(det.text) in ("le", "la", "l'") \
                and t.head.dep_ == "ROOT" and self.description_gender(fold(det.text), t.text) in (gender, None) \
                and _masculine(noun) not in self.lex.roles and self.describes_person(t, noun)
            if det.lower_ != ("une" if gender == "f" else "un") and not definite:
                continue
            np = self.subject_np(t)
            named = self.speaker_of(np, None, "neighbour") if definite else None
            if not self.mentions_in(np[0].idx, np[-1].idx + len(np[-1]), ("person",)) and not (named and named.key):
                found = t
        return found

    # -- noun phrases ----------------------------------------------------------

    def speaker_of(self, tokens, cue: str | None, evidence: str) -> Speaker | None:
        """Who a noun phrase (a list of tokens) names, or None if it cannot speak."""
        tokens = self.without_fronted(self.without_aside(tokens), evidence)
        tokens = [t for t in tokens if not t.is_punct or t.text in ".-"]
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if not tokens:
            return None
        if evidence != "incise" and any(self.current[0] <= t.idx < self.current[1] for t in tokens):
            # "Les « influenceurs » du gouvernement ont défendu …": only what comes before the quotation can speak.
            tokens = [t for t in tokens if t.idx < self.current[0]]
            if not tokens:
                return None
        if evidence != "incise" and all(self.in_quote(t.idx) or t.is_punct for t in tokens):
            return None  # "que « des moyens supplémentaires » seraient débloqués": quoted words are no speaker
        words = [fold(t.text) for t in tokens]
        noun = next((k for k, w in enumerate(words[:3]) if w in self.lex.speech_nouns), None)
        if noun is not None and len(words) > noun + 2 and words[noun + 1] in ("de", "d'", "du", "des"):
            tokens, words = tokens[noun + 2:], words[noun + 2:]  # "les mots du ministre": the minister
        a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        surface = self.text[a:b].strip(" ,")
        if words in (["on"], ["-on"], ["t-on"]):
            body = self.fronted_body(a)
            if body is not None:  # "Du côté de la FWA, on juge …", "Chez Renault, on assure que …": the body speaks
                return Speaker(body.surface, body.key, cue, "organization", evidence)
            return Speaker(surface, None, cue, "anonymous", evidence)  # "on dénonce un « … »": someone, no one named
        if words[0] in PRONOUNS or words[0] in {"t-il", "t-elle"}:
            opener = self.subject_before_quote("f" if "elle" in words[0] else "m") if evidence == "incise" else None
            if opener is not None:
                return Speaker(opener.surface, opener.key, cue, opener.label if opener.label == "person" else "organization", evidence)
            publisher = self.publisher(tokens[0]) or self.topic(a) or self.resumed(tokens[0])
            if publisher is not None:
                return self.speaker_of(publisher, cue, evidence)
            if words[0] in ("ils", "elles", "-ils", "-elles"):
                body = self.members_before(a)
                return Speaker(body.surface, body.key, cue, "organization", evidence) if body else None
            gender = "f" if "elle" in words[0] else "m"
            person = self.pronoun_person(a, gender)
            unnamed = self.unnamed_subject(a, gender)
            body = self.body_spoke_before(a, gender)
            if body is not None and (person is None or body.idx > person.start) \
                    and (unnamed is None or body.idx > unnamed.idx):
                # "L'état-major n'a pas répondu. Dans un communiqué …, il avait dénoncé des « … »"
                found = self.speaker_of(self.subject_np(body), cue, evidence)
                if found is not None and found.kind in ("organization", "institution") and found.key:
                    return found
            if unnamed is not None and (person is None or unnamed.idx > person.start):
                # "Un diplomate occidental juge que … « … », estime-t-il": the unnamed source just introduced
                np = self.subject_np(unnamed) if unnamed.dep_ != "ROOT" else \
                    list(self.doc[unnamed.i - 1:unnamed.i + 1]) + list(itertools.takewhile(lambda x: x.pos_ == "ADJ", self.doc[unnamed.i + 1:]))
                np = list(itertools.dropwhile(lambda x: x.is_punct, np))
                while np[-1].is_punct:
                    np.pop()
                return Speaker(self.text[np[0].idx:np[-1].idx + len(np[-1])], None, cue, "anonymous", evidence)
            if person is None:
                return None
            return Speaker(person.surface, person.key, cue, "person", evidence)
        following = "".join(t.lower_ for t in self.doc[tokens[0].i:tokens[0].i + 3])
        if words[0] == "qui":
            # "le président du parti, X, qui a aussitôt recadré son lieutenant : « … »": the antecedent speaks
            named = self.named_before_relative(a)
            if named:
                return Speaker(named.surface, named.key, cue, named.label, evidence)
        kin = self.relative(words, a)
        if kin:
            return Speaker(surface, kin, cue, "person", evidence)  # "a renchéri son compagnon"
        demonstrative = following if following in ("celui-ci", "celle-ci") else None  # the parser splits "Celui-ci"
        if demonstrative or len(words) > 1 and words[0] in ("son", "sa") and _masculine(words[1]) in self.lex.counterparts:
            # "Celui-ci", "Son rival", "Son adversaire": the other one, the person named last but not the one
            # who just spoke ("la procureure … lancé. Celui-ci : « … »", "X devant Y. … Son rival : « … »")
            gender = {"celle-ci": "f", "celui-ci": "m"}.get(demonstrative)
            spoke = self.last_speaker.key if self.last_speaker else None
            person = self.pronoun_person(a, gender, spoke)
            return Speaker(surface, person.key, cue, "person", evidence) if person else None
        body = next((name for phrase, name in self.lex.periphrases.items() if phrase in " ".join(words)), None)
        if body:
            # "les magistrats financiers" after "la Cour des comptes": the body speaks.
            named = [m for m in self.mentions if m.end <= a and m.key and body in fold(m.surface)]
            return Speaker(named[-1].surface if named else surface, named[-1].key if named else None, cue, "institution", evidence)
        found = [m for m in self.mentions_in(a, b) + self.titled_people(a, b) if not self.marked(m)]
        heads = [w for t, w in zip(tokens, words) if t.pos_ in ("NOUN", "PROPN") and w not in self.lex.titles]
        head = heads[0] if heads else words[-1]
        people = self.own_names([m for m in found if m.label == "person"], a)
        if words[0] in self.lex.indefinites and (head in self.lex.anonymous or head in self.lex.roles):
            # "un analyste, Jean X", "un élu, Y Z": a name after a comma or a full name; "une députée Renaissance"
            # names her party, which the model may take for a person
            named = [m for m in people if " " in m.surface or self.text[:m.start].rstrip().endswith(",")]
            if named:
                return Speaker(named[0].surface, named[0].key, cue, "person", evidence)
            return Speaker(surface, None, cue, "anonymous", evidence)
        if words[:2] in (["l'", "un"], ["l'", "une"]) and len(words) > 3 and words[2] in ("d'", "de") \
                and words[3] in ("eux", "elles", "entre") and not people:
            # "L'un d'eux, suivi sur Telegram, écrit : « … »": one of an unnamed group, not what the aside names
            return Speaker(self.text[a:tokens[3].idx + len(tokens[3])], None, cue, "anonymous", evidence)
        if words[0] in self.lex.indefinites and found and not people and len(tokens) > 2 and tokens[1].text.islower() \
                and words[1] not in self.lex.documents | self.lex.institutions | self.lex.generic_bodies \
                and re.search(r"\b(?:de|du|des|d'|proche|pres|au sein|a|au|aux)(?:\s+la|\s+l')?\s*$", fold(self.text[tokens[1].idx:found[0].start])):
            # "un haut gradé de la PNH", "un compte proche du parti", "plusieurs blogueurs proches de X": someone
            # unnamed from a body, not the body
            return Speaker(surface, None, cue, "anonymous", evidence)
        if words[0] in ("un", "une") and (found or evidence in ("incise", "colon")) and not people and len(tokens) > 1 \
                and head not in self.lex.documents | self.lex.institutions | self.lex.generic_bodies \
                and (_AGENT_NOUN.search(head) or words[1] == "jeune"):
            # "un aide-soignant de l'hôpital X", "un jeune Vervietois": someone unnamed, not their employer or town
            return Speaker(surface, None, cue, "anonymous", evidence)
        person = people[0] if people else None
        if person and (tokens[0].pos_ == "PROPN" or head not in self.lex.documents | self.lex.institutions
                       or self.named_in_apposition(tokens, person)):
            return Speaker(person.surface, person.key, cue, "person", evidence)
        if _masculine(head) in self.lex.defendants and words[0] in ("le", "la", "l'") \
                and (on_trial := self.defendant(a)):
            # "le prévenu" after "le procès de X", with the prosecutor and the lawyers named since
            return Speaker(surface, on_trial.key, cue, "person", evidence)
        if _masculine(head) in self.lex.story_roles and words[0] in ("le", "la", "l'"):
            gender = self.description_gender(words[0], head)
            person = (self.winner(a, gender) if _masculine(head) in self.lex.winners else None) or self.story_person(a, gender)
            if person:
                return Speaker(surface, person.key, cue, "person", evidence)
        if head in self.lex.roles or _compound_role(words, self.lex.roles):
            key = self.role_person(surface, a)
            described = None if key else self.described_person(tokens, words, a)
            if key or described:
                key = key or described.key
                self.resolved.append((a, key))
                return Speaker(surface, key, cue, "person", evidence)
            return Speaker(surface, None, cue, "unknown", evidence)
        if head in self.lex.documents or head in self.lex.institutions:
            # The organisation a document or institution speaks for is named with it ("le texte,
            # adoptée par le Conseil …"), not in a time phrase after it ("… peu après l'adoption par …").
            head_tok = next(t for t, w in zip(tokens, words) if w == head)
            own = []
            for x in head_tok.subtree:
                if x.i > head_tok.i and x.lower_ in TIME_CUT:
                    break
                own.append(x)
            # "l'établissement public, placé sous l'autorité du ministère": a generic body is the one named
            # before, not one named in its own clause
            wide = [] if head in self.lex.generic_bodies and not any(t.text[:1].isupper() for t in tokens[1:]) else \
                [m for m in self.mentions_in(own[0].idx, own[-1].idx + len(own[-1]), ("organization", "other", "place"))
                 if not any(fold(x.lemma_) in self.lex.channel_verbs for x in own if x.idx < m.start)]
            # A mention that is the bare noun ("l'Observatoire") names no body: it refers back to one.
            # (but "le gouvernement" the entity stage keyed as the article's country's names one)
            org = next((m for m in found + wide if self.is_body(m) and (fold(m.surface) != head or m.key != head)), None)
            kind = "document" if head in self.lex.documents else "institution"
            issuer = next((x for x in own if x.head.i == head_tok.i and x.i > head_tok.i and x.pos_ == "NOUN"
                           and fold(x.text) in self.lex.generic_bodies | self.lex.institutions), None)
            if org is None and kind == "document" and issuer is not None:
                org = self.body_before(fold(issuer.text), a)  # "le rapport du réseau": the body the article named so
            if org is None and kind == "document" and tokens[0].pos_ == "DET" and (
                    "Def" in tokens[0].morph.get("Definite") or "Yes" in tokens[0].morph.get("Poss")):  # "son bulletin"
                org = self.document_source(a)  # "Le document relève « … »" after "le bulletin du Programme …"
            if org is None and kind == "institution":
                org = self.body_before(head, a)
                if org is None and len(words) <= 2:
                    # No entity for it: at least show its full name as the article gave it.
                    surface = self.full_name_before(head, a) or surface
            return Speaker(org.surface if org and kind == "institution" else surface, org.key if org else None, cue, kind, evidence)
        if words[0] in ("le", "la", "l'") and 1 < len(words) <= 3 and not found and words[1] in self.lex.firm_roles:
            firm = self.firm_before(a)
            if firm is not None:  # "le promoteur « prend acte »" after "le projet porté par la société X": the firm
                return Speaker(surface, firm.key, cue, "organization", evidence)
        if found and found[0].label == "place" and found[0].start > a and tokens[0].pos_ != "DET" and tokens[0].text[:1].isupper():
            # "Santé publique France", "Radio France": the place ends a body's name the entity stage missed.
            return Speaker(surface, None, cue, "unknown", evidence)
        described = self.described_person(tokens, words, a, evidence == "incise") \
            if not found or found[0].label in ("place", "other") else None
        if described:  # "confie la Trifluvienne" (which the entity stage may take for a name), "ajoute la retraitée"
            return Speaker(surface, described.key, cue, "person", evidence)
        common = tokens[0].pos_ == "DET" and len(tokens) > 1 and tokens[1].text.islower() \
            or tokens[0].pos_ in ("NOUN", "VERB", "ADJ") and tokens[0].text.islower()  # "habitant d'Es-Sénia": an apposition
        if found and not (found[0].label in ("place", "person") and common
                          and re.search(r"\b(?:de|des|du|d')\s*$", fold(self.text[a:found[0].start]))):
            # but "cet ancien garde des Sceaux", "le maire de Lyon": a place in a common noun's complement speaks not,
            # nor a person in one ("les avocats de X": X's lawyers speak)
            return Speaker(found[0].surface, found[0].key, cue, found[0].label, evidence)
        states = self.body_of_states(words, a)
        if states is not None:  # "les trois chefs d'État", "les trois pays" of an alliance
            return Speaker(states.surface, states.key, cue, "organization", evidence)
        if tokens[0].pos_ == "PROPN":
            return Speaker(surface, None, cue, "unknown", evidence)
        noun = next((t for t in tokens if t.pos_ == "NOUN"), None)
        if tokens[0].pos_ == "DET" and noun is not None and "Plur" in noun.morph.get("Number"):
            # "les ministres des Affaires étrangères de l'Alliance": a body's members speak as the body named before
            of = [t for t in tokens[1:] if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper() and t.i > 0
                  and self.doc[t.i - 1].lower_ in ("l'", "l’", "la", "le") and fold(t.text) in self.lex.generic_bodies]
            body = self.body_before(fold(of[-1].text), a) if of else \
                self.body_of_members(tokens) or self.members_named_before(tokens, a)
            if body is not None:
                return Speaker(body.surface, body.key, cue, "organization", evidence)
            # "Les syndicats ont dénoncé « … »": people speak, but no one entity.
            return Speaker(surface, None, cue, "group", evidence)
        return None

    def members_named_before(self, tokens, at: int) -> Mention | None:
        """The body a bare plural ("les ministres") took its members from when the article first wrote them with it:
        "Les ministres de la Défense de l'Alliance … (AES) ont validé … Les ministres se disent « … »"."""
        if len(tokens) != 2 or fold(tokens[0].text) != "les":
            return None
        for earlier in reversed(list(re.finditer(rf"\b(?:les|des)\s+{re.escape(tokens[1].text)}\b", self.text[:at], re.I))):
            sentence = self.token_at(earlier.start()).sent
            if sentence.end_char > at:
                continue
            bodies = [m for m in self.mentions_in(earlier.end(), min(sentence.end_char, earlier.end() + 80), ("organization",))
                      if m.key and re.fullmatch(r"[^,;:]*\b(?:de|du|des|d')\s*(?:la |l')?", fold(self.text[earlier.end():m.start]))]
            if bodies:
                return bodies[0]
        return None

    def body_of_states(self, words: list[str], at: int) -> Mention | None:
        """The body of states the article is about, for its member states or their leaders counted together ("les
        trois pays", "les trois chefs d'État", "les chefs de la diplomatie des trois pays"): the first organisation
        named before whose name is one of states or countries ("Communauté des États indépendants")."""
        text = " ".join(words).replace("' ", "'")
        counted = r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)"
        if not re.search(rf"\b(?:les|des|ces) {counted} (?:pays|etats|chefs d'etat|capitales|juntes|dirigeants)\b", text):
            return None
        bodies = [m for m in self.mentions if m.end <= at and m.label == "organization" and m.key
                  and {"etats", "pays"} & set(fold(m.surface).split())]
        return bodies[0] if bodies else None

    def body_of_members(self, tokens) -> Mention | None:
        """The one body the article names after its members, for "les <members>" speaking together: "les évêques"
        with the "Conférence des évêques de France", "les médecins" with the "Ordre des médecins"."""
        if len(tokens) < 2 or fold(tokens[0].text) != "les" or tokens[1].pos_ != "NOUN":
            return None
        members = re.compile(rf"\bdes {re.escape(fold(tokens[1].text))}\b")
        bodies = {m.key: m for m in self.mentions if m.label == "organization" and m.key and members.search(fold(m.surface))}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def publisher(self, pronoun) -> list | None:
        """The subject that issued the document a pronoun speaks in ("Le CNSP a publié un communiqué dans lequel
        il dénonce …"): the pronoun takes it up, body or person."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.dep_ != "acl:relcl" or fold(verb.head.text) not in self.lex.documents:
            return None
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
        return self.subject_np(subject) if subject is not None and subject.pos_ != "PRON" else None

    def resumed(self, pronoun) -> list | None:
        """The noun phrase a stressed pronoun set off by commas takes up: "L'armée soudanaise, elle, parle d'un « … »"."""
        i = pronoun.i
        if i < 3 or i + 1 >= len(self.doc) or self.doc[i - 1].text != "," or self.doc[i + 1].text != "," \
                or fold(pronoun.text) not in ("elle", "lui", "eux", "elles"):
            return None
        k = i - 1
        while k > pronoun.sent.start and not self.doc[k - 1].is_punct and self.doc[k - 1].pos_ not in ("VERB", "AUX", "SCONJ", "CCONJ"):
            k -= 1
        np = list(self.doc[k:i - 1])
        return np if np and np[0].pos_ == "DET" and any(t.pos_ in ("NOUN", "PROPN") for t in np) else None

    def members_before(self, at: int) -> Mention | None:
        """The body whose members a plural pronoun takes up, named in the sentence before as "les évêques de la
        Conférence …", "les chefs d'État de la Cédéao" ("Dans leur message, ils estiment …"); the only such body."""
        sentence = self.token_at(at).sent
        a = self.doc[sentence.start - 1].sent.start_char if sentence.start else sentence.start_char
        bodies = {m.key: m for m in self.mentions_in(a, at, ("organization",)) if m.key and not self.in_quote(m.start)
                  and _MEMBERS_OF.search(self.text[max(a, m.start - 40):m.start])}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def topic(self, at: int) -> list | None:
        """The topic a pronoun at `at` takes up when the sentence opens on it: "Quant aux Forces armées maliennes
        (FAMa), elles assurent …"."""
        sent = self.token_at(at).sent
        opening = _TOPIC.match(self.text[sent.start_char:at])
        if not opening:
            return None
        span = self.doc.char_span(sent.start_char + opening.start(1), sent.start_char + opening.end(1), alignment_mode="expand")
        return list(span) if span is not None else None

    def fronted_body(self, at: int) -> Mention | None:
        """The organisation a sentence opens on as the place its "on" speaks from: "Du côté de la FWA, on …",
        "Chez X, on …", "À la CGT, on …"; its only named organisation, and nothing else before the comma."""
        sent = self.token_at(at).sent
        opening = _FRONTED_BODY.match(self.text[sent.start_char:at])
        if not opening:
            return None
        a, b = sent.start_char + opening.start(1), sent.start_char + opening.end(1)
        named = self.mentions_in(a, b)
        noun = re.fullmatch(r"(?:la|le|l')\s*([\w-]+)", fold(self.text[a:b]).strip())
        if not named and noun:
            return self.body_before(noun.group(1), a)  # "Du côté de la chaîne, on …": the channel named before
        keys = {m.key for m in named}  # "la Fédération … (FWA)": a name and its acronym are one body
        return named[0] if len(keys) == 1 and named[0].label == "organization" and named[0].key else None

    def without_fronted(self, tokens, evidence: str) -> list:
        """A subject without the fronted complement the parse took into it: "Joint par téléphone, un responsable …",
        "Dans une déclaration signée de son coordonnateur, X, l'organisation relève …" (a subject opens on no preposition)."""
        commas = [k for k, t in enumerate(tokens) if t.text == ","]
        if not commas or len(tokens) < 4:
            return tokens
        first, last = commas[0], commas[-1]
        if tokens[1].lower_ == "par" and first + 1 < len(tokens) and tokens[first + 1].pos_ == "DET":
            return tokens[first + 1:]
        opening = tokens[0] if tokens[0].pos_ == "ADP" or tokens[0].i == 0 else self.doc[tokens[0].i - 1]
        if evidence == "verb" and opening.pos_ == "ADP" and opening.lower_ not in ("pour", "selon", "d'après") \
                and last + 1 < len(tokens) and (tokens[last + 1].pos_ == "DET" or tokens[last + 1].text[:1].isupper()):
            # the preposition may be left out of the phrase: "[Dans] un communiqué lu sur X, le Conseil reproche …"
            return tokens[last + 1:]
        return tokens

    def without_aside(self, tokens) -> list:
        """A noun phrase without the clause set off after its comma: "Pékin, dont les ingénieurs
        construisent le barrage" and "l'établissement public, placé sous l'autorité du ministère" name who
        speaks before the comma; the others are named in passing."""
        for k in range(1, len(tokens) - 1):
            nxt = tokens[k + 1]
            if tokens[k].text == "," and (nxt.lower_ in ("dont", "qui", "lequel", "laquelle", "où")
                                          or nxt.pos_ in ("VERB", "ADJ") and "Part" in nxt.morph.get("VerbForm") and nxt.text.islower()):
                return tokens[:k]
        return tokens

    def description_gender(self, determiner: str, noun: str, adjectives=()) -> str | None:
        """The gender a description gives its person: by its determiner, or after "l'" by the noun's ending
        ("l'intéressée", "l'agricultrice") or an adjective before it ("l'ancien mandataire"); None for an
        epicene noun after "l'" ("l'artiste")."""
        if determiner in ("la", "cette"):
            return "f"
        if determiner in ("le", "ce", "cet"):
            return "m"
        for adjective in map(fold, adjectives):
            if adjective.endswith(("enne", "elle", "ive", "euse", "eille")):
                return "f"
            if adjective.endswith(("ien", "el", "if", "eux", "eil")):
                return "m"
        folded = fold(noun)
        if _masculine(folded) != folded or _feminine_noun(noun, self.lex.roles):
            return "f"
        # "l'accusé", "l'agriculteur", "l'habitant": an agent noun with a feminine of its own is masculine as written
        return "m" if not folded.endswith("e") and _AGENT_NOUN.search(noun) else None

    def describes_person(self, head, noun: str, any_noun: bool = False) -> bool:
        """Whether a noun can describe a person without naming an office: a listed description or part in
        the story, a demonym ("la Trifluvienne"), or any common noun that is no office, body, document or
        source ("le planteur", "la demi-centre", "le marin": a speech verb's subject is someone) and, unless
        `any_noun`, has an agent's ending (with `any_noun`, a noun the model's vectors put among people's
        will do: "le matelot", not "le livret")."""
        if self.listed_description(head, noun):
            return True
        lex = self.lex
        # an agent's ending on a thing's noun ("le plan", "l'écran") describes no one
        agent = bool(_AGENT_NOUN.search(head.text)) and nlp.animacy(head.text.lower()) > -0.22 \
            or any_noun and nlp.animacy(head.text.lower()) > 0.05
        return head.pos_ in ("NOUN", "ADJ", "PROPN", "VERB") and head.text.islower() and agent \
            and not noun.endswith(("tion", "sion", "ment", "aison")) and noun not in entity_lexicon()["organization_cues"] \
            and noun not in lex.offices and _masculine(noun) not in lex.offices and noun not in lex.body_hypernyms \
            and not any(noun in words for words in (lex.institutions, lex.generic_bodies, lex.documents,
                                                   lex.speech_nouns, lex.titles))

    def listed_description(self, head, noun: str) -> bool:
        """A description or part in the story of the lexicon, or a demonym ("la Trifluvienne")."""
        return _masculine(noun) in self.lex.descriptive_roles | self.lex.story_roles or is_demonym(head.text) \
            or (head.text[:1].isupper() and demonym_shaped(head.text)) \
            or head.pos_ in ("NOUN", "PROPN") and head.text[:1].isupper() and head.text[1:].islower() \
            and head.i > 0 and self.doc[head.i - 1].text in ("le", "la", "l'", "l’")  # "le Basque", "le Flamand"

    def defendant(self, at: int) -> Mention | None:
        """The person on trial, for "le prévenu", "l'accusé": the one the article put on trial ("le procès de X",
        "requis … contre X", "X, poursuivi pour", "X comparaît"), the latest before `at`."""
        found = []
        for m in self.mentions:
            if m.label != "person" or not m.key or m.end > at or self.in_quote(m.start):
                continue
            before = self.text[max(self.token_at(m.start).sent.start_char, m.start - 90):m.start]
            after = self.text[m.end:m.end + 90]
            if _ON_TRIAL_BEFORE.search(before) and not self.mentions_in(m.start - len(before), m.start, ("person",)) \
                    or _ON_TRIAL_AFTER.match(after):
                found.append(m)
        return found[-1] if found else None

    def described_person(self, tokens, words: list[str], at: int, inverted: bool = False) -> Mention | None:
        """A definite description with no complement that could name someone new ("l'élu libéral", "la
        chercheuse", "le buteur", "la Trifluvienne", "ce retraité", "le vieil homme") takes up a person already named: in
        news, an unnamed newcomer comes with an indefinite article or a complement ("le ministre de
        l'Intérieur"). The person is one named in the five sentences before, of the description's gender
        when both are known (known first), and for a function ("le buteur") one the article gave no other
        function; the latest of them."""
        cut = next((k for k, w in enumerate(words) if k > 1 and w in ("en", "a", "au", "aux", "lors", "devant", "dans", "sur", "apres", "avant")), None)
        if cut:
            tokens, words = tokens[:cut], words[:cut]  # "l'artiste en conférence de presse": a circumstance
        if len(words) > 4 and words[-1] == "ans" and words[-2].isdigit() and words[-3] in ("de", "d'"):
            tokens, words = tokens[:-3], words[:-3]  # "l'ailière de 22 ans": an age describes, it restricts nothing
        after = self.text[tokens[2].idx + len(tokens[2]):].lstrip(SPACE)[:1] if len(tokens) > 2 else ""
        if len(words) >= 3 and words[2] in ("de", "d'") and (after in OPENERS + AMBIGUOUS or len(tokens) > 3
                                                             and tokens[3].text.strip() in OPENERS + AMBIGUOUS):
            tokens, words = tokens[:2], words[:2]  # "la skippeuse de « Breizh Avel »": her boat, a work, describe her
        elif len(words) >= 4 and words[2] in ("de", "d'") and all(t.text[:1].isupper() for t in tokens[3:]) \
                and self.mentions_in(tokens[3].idx, tokens[-1].idx + len(tokens[-1]), ("place",)):
            tokens, words = tokens[:2], words[:2]  # "le skieur de Nendaz", "la joueuse de Chicoutimi": a hometown
        elif len(words) >= 4 and words[2] in ("de", "d'") and tokens[3].pos_ in ("NOUN", "NUM") \
                and all(t.pos_ in ("NOUN", "NUM", "ADJ") and not t.text[:1].isupper() for t in tokens[3:]):
            tokens, words = tokens[:2], words[:2]  # "la mère de famille", "cette mère de quatre enfants": a kind
        head = next((t for t in tokens[1:3] if t.pos_ in ("NOUN", "PROPN")), None)  # "le vieil homme"
        if head is None and len(tokens) > 1 and tokens[1].pos_ == "VERB" and tokens[1].text.islower():
            head = tokens[1]  # "l'opposant", "le manifestant": a present participle the tagger took for a verb
        if head is None and len(tokens) > 1 and tokens[1].pos_ == "ADJ":
            # "l'ouvrière agricole", "la jeune romancière": the tagger's adjective is the noun, the last of two
            agents = [t for t in tokens[1:3] if t.pos_ == "ADJ" and _AGENT_NOUN.search(t.text)]
            head = agents[-1] if agents else tokens[1]
        if len(tokens) > 4 or words[0] not in ("le", "la", "l'", "ce", "cet", "cette") or head is None \
                or any(w in ("de", "du", "des", "d'", "a", "au", "aux", "en", "pour", "chez") for w in words[1:]) \
                or "Plur" in head.morph.get("Number"):
            return None
        noun = fold(head.text)
        # the inverted subject of a speech verb is someone: there any common noun that names no body, document or
        # office describes a person ("sourit le matelot", "a résumé le maillot jaune")
        # (when the phrase ends the clause: "juge le coût sous-estimé d'un tiers" has an object, no subject)
        closed = tokens[-1].i + 1 >= len(self.doc) or self.doc[tokens[-1].i + 1].is_punct
        if not self.describes_person(head, noun, inverted and closed and head.pos_ == "NOUN"):
            return None
        gender = self.description_gender(words[0], head.text, [t.text for t in tokens[1:] if t.i < head.i])
        # not one whose role names the described as another ("l'avocate de la locataire, X": X is not "la locataire")
        related = {key for _, key, (_, mods) in self.roles if _stem(noun) in mods}
        named = [m for m in self.people_before(at, 5) if (gender is None or self.any_gender(m) in (gender, None))
                 and m.key not in related]
        country = demonym_country(head.text.lower())
        if country:  # "la Française" is not the one the article introduced as "la Québécoise X"
            named = [m for m in named if demonym_country(self.word_before(m)) in (country, None)]
        if not self.listed_description(head, noun):
            # "le planteur" after "le préfet, X" and "Y": not someone the article gave an office; but
            # "l'universitaire" may be the one it called "hydrologue et enseignant à l'université", a trade
            described = self.lex.descriptive_roles | self.lex.story_roles
            officers = {key for _, key, sig in self.roles if sig[0] not in described and sig[0] in self.lex.offices}
            # when all of them hold an office, the one of the description's gender ("le sauveteur bénévole" after
            # "Le patron du canot, X" and a spokeswoman)
            named = [m for m in named if m.key not in officers] \
                or [m for m in named if gender and self.gender(m) == gender]
        elif _masculine(noun) in self.lex.descriptive_roles:
            # "le buteur" is not the coach the article named with his function: someone it gave none
            with_role = {key for _, key, _ in self.roles}
            named = [m for m in named if m.key not in with_role] or named
        # "X, deuxième à 17 secondes, ne s'est pas montré inquiet. « … », a rappelé le Slovène": the subject just named
        # is the one taken up, whatever gender the article gave someone before
        # (not one whose role names another country: "le diplomate russe" is not "l'ambassadeur américain, X")
        countries = _countries([nationality(w) for w in words])
        if named and self.is_subject(named[-1]) and named[-1].end <= (min(at, self.current[0]) if self.current[1] else at) \
                and not self.in_quote(named[-1].start) \
                and not any(key == named[-1].key and _other_country(countries, mods) for _, key, (_, mods) in self.roles):
            return named[-1]
        # "le vieil homme" after a woman and "le chef du village, X": the one the article says is a man
        known = [m for m in named if gender and self.gender(m) == gender]
        named = known or named
        if not named and gender:
            # "confie la Trifluvienne" long after the portrait's subject was named: the one person of that gender
            earlier = {m.key: m for m in self.people_before(at, None) if self.any_gender(m) == gender and m.key not in related}
            named = list(earlier.values()) if len(earlier) == 1 else []
        if not named:
            return None
        # "X a battu Y. … a confié le skieur": the one that sentence is about, its subject, before its object
        sentence = self.token_at(named[-1].start).sent
        subjects = [m for m in named if m.start >= sentence.start_char and self.is_subject(m)]
        if not subjects and self.described_subject(sentence):
            # "X a dévoilé sa liste. Le sélectionneur a rappelé Y. « … », a justifié le technicien": that sentence
            # is about someone it describes, who takes up the subject named before
            subjects = [m for m in named if m.start < sentence.start_char and self.is_subject(m)]
        return (subjects or named)[-1]

    def described_subject(self, sentence) -> bool:
        """Whether a sentence's subject is a definite description naming no one ("Le sélectionneur a rappelé …")."""
        subject = _root_subject(sentence)
        if subject is None or subject.pos_ != "NOUN" or self.in_quote(subject.idx):
            return False
        det = next((c for c in subject.children if c.dep_ == "det"), None)
        np = self.subject_np(subject)
        # "le planteur X, 54 ans, accueille …" names its subject
        return det is not None and fold(det.text) in ("le", "la", "l'") \
            and not self.mentions_in(np[0].idx, np[-1].idx + len(np[-1]) + 3, ("person",))

    def word_before(self, m: Mention) -> str:
        """The lowercased word written just before a mention ("québécoise" for "la Québécoise X")."""
        words = re.split(r"[\s'’]+", self.text[max(0, m.start - 30):m.start].strip())
        return words[-1].lower() if words else ""

    def clause_token(self, m: Mention, steps: int | None = None):
        """The token a mention stands for in its clause: its root, or the noun it is in apposition to or the parse
        hung it on ("Le Valaisan X", "Le groupe paramilitaire russe X"), at most `steps` up (None: no limit)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        t = span.root if span is not None else None
        climbed = 0
        while t is not None and t.dep_ in ("appos", "flat:name", "flat", "nmod", "amod") and t.head.i != t.i \
                and (steps is None or climbed < steps):
            t, climbed = t.head, climbed + 1
        return t

    def is_subject(self, m: Mention) -> bool:
        """Is a mention its clause's subject, itself or through the noun it is in apposition to ("Le Valaisan X")?"""
        t = self.clause_token(m, 3)
        return t is not None and (t.dep_ in ("nsubj", "nsubj:pass") or self.inverted_object(t))

    def inverted_object(self, t) -> bool:
        """Is a token the subject of an inverted speech verb the parser took for its object: "Au moins 27 civils ont
        été tués, a annoncé samedi le ministère dans un communiqué" (the verb after a comma, with no subject)?"""
        verb = t.head
        if t.dep_ != "obj" or verb.i > t.i or not self.is_speech_verb(verb) \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            return False
        first = _verb_opening(verb)
        return first.i > 0 and self.doc[first.i - 1].text == ","

    def own_names(self, people: list[Mention], a: int) -> list[Mention]:
        """The people a phrase starting at `a` names as itself: not one in a "de" complement ("un porte-parole
        de X", "le conseiller de X": X employs the speaker)."""
        return [m for m in people if not re.search(r"(?:\bd[eu]|\bdes|\bd')\s*$", fold(self.text[a:m.start]))]

    def np_after(self, i: int, limit: int) -> list:
        """The noun phrase starting at token `i`: articles, titles, names, "de" complements."""
        doc = self.doc
        out = []
        while i < limit:
            t = doc[i]
            close = next((j for j in range(i + 2, min(i + 6, limit)) if doc[j].text == ")"), None) if out and t.text == "(" else None
            if close is not None:
                out.extend(doc[i:close + 1])  # "du Service … de Montréal (SIM), X", "le maire (divers gauche), X": an aside
                i = close + 1
                continue
            if t.is_punct and t.text not in ".-" or "\n" in t.text:
                break
            if t.text == "." and not (out and len(out[-1].text) == 1 and out[-1].text.isupper()):
                break  # a full stop ends the phrase, unless it closes an initial ("I. D.")
            if out and t.lower_ == "et" and i + 1 < limit and fold(out[-1].text) in self.lex.roles \
                    and fold(doc[i + 1].text) in self.lex.roles:
                out.append(t)  # "sa cofondatrice et directrice générale, X": one person, two functions
                i += 1
                continue
            if out and fold(t.text) in ("charge", "chargee", "charges", "chargees") and i + 1 < limit \
                    and fold(doc[i + 1].text) in ("de", "du", "des", "d'"):
                out.append(t)  # "le commissaire chargé des affaires politiques, …": a function's complement
                i += 1
                continue
            after_determiner = out and all(x.pos_ == "DET" for x in out) and t.pos_ == "VERB"  # "l'opposant", tagged a verb
            if out and not after_determiner and (t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.lower_ in NP_STOP):
                break
            if not out and t.pos_ == "ADV":
                i += 1
                continue
            out.append(t)
            i += 1
        return out

    def with_apposition(self, np: list, limit: int) -> list:
        """A role phrase and the name in apposition after it ("son président, le juge X Y", "son épouse, X") as one phrase,
        also past a place or a complement ("le représentant de l'OMS à Abidjan, le Dr X", "le chef aux opérations
        du Service de sécurité incendie de Montréal (SIM), X")."""
        base = np  # what is returned without a name after: the phrase, with a place after it but no other complement
        if np and np[-1].i + 2 < limit and self.doc[np[-1].i + 1].lower_ in ("à", "au", "aux", "en"):
            rest = self.doc[np[-1].i + 2:min(np[-1].i + 16, limit)]
            k = next((j for j, t in enumerate(rest) if t.text == ","), 0)
            if k and not any(t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "«", "»") for t in rest[:k]):
                np = np + list(self.doc[np[-1].i + 1:rest[k - 1].i + 1])
                if all(t.text[:1].isupper() or t.lower_ in ("de", "du", "d'", "l'") for t in rest[:k]):
                    base = np
        if not np or np[-1].i + 2 >= limit or self.doc[np[-1].i + 1].text != ",":
            return base
        words = [fold(t.text) for t in np]
        one_of = words[:2] in (["l'", "un"], ["l'", "une"])  # "l'un d'eux, X", "l'une des victimes, X"
        # "un notable du quartier, X": someone described, then named; but in "un proche du président, X" X is the president
        # "sa coautrice, l'écologue X", "le buteur, X": any determiner and a common noun, then the name
        # ("l'exploitant, X": a present participle the tagger took for a verb is the noun)
        described = np[0].pos_ == "DET" and len(np) > 1 and np[1].pos_ in ("NOUN", "ADJ", "VERB") and np[1].text.islower() \
            and not any(w in self.lex.roles or w in self.lex.titles for w in words[2:])
        if not (one_of or described or any(w in self.lex.roles or w in self.lex.trial_sides or w in self.lex.relatives for w in words)) \
                or self.mentions_in(np[0].idx, np[-1].idx + len(np[-1]), ("person",)):
            return base
        name = self.np_after(np[-1].i + 2, limit)
        for _ in range(4):
            # "le ministre des Affaires étrangères, de la Coopération régionale et des Burkinabè de l'extérieur, X",
            # "le commissaire aux Affaires politiques, Paix et Sécurité, X": a portfolio listed over commas and "et"
            listed = fold(name[0].text) in ("de", "du", "des", "d'") or all(t.text[:1].isupper() for t in name) \
                and not self.mentions_in(name[0].idx, name[-1].idx + len(name[-1]), ("person",)) if name else False
            if not listed or name[-1].i + 2 >= limit or self.doc[name[-1].i + 1].lower_ not in (",", "et"):
                break
            name = self.np_after(name[-1].i + 2, limit)
        if name and self.mentions_in(name[0].idx, name[-1].idx + len(name[-1]), ("person",)):
            return np + list(self.doc[np[-1].i + 1:name[0].i]) + name
        return base

    def inverted_subject(self, i: int, limit: int) -> int:
        """Where the subject starts after an inverted speech verb: past adverbs, days and
        prepositional complements ("a réagi mercredi dans un communiqué l'Union …", "a dit à l'agence son directeur"),
        "de son côté" and gerunds ("a résumé en sortant la ministre")."""
        doc = self.doc
        while i < limit:
            t = doc[i]
            if t.pos_ == "ADV" and fold(t.text) != "lors" or fold(t.text) in WEEKDAYS:
                i += 1
            elif fold(t.text) == "de" and i + 2 < limit and fold(doc[i + 2].text) == "cote":
                i += 3  # "insiste de son côté le vice-premier X"
            elif fold(t.text) == "en" and i + 1 < limit and doc[i + 1].text.endswith("ant") and doc[i + 1].pos_ in ("VERB", "AUX"):
                i += 2  # a gerund: "a résumé en sortant la ministre"
            elif t.pos_ == "ADP" and fold(t.text) not in ("de", "d'", "du", "des") or fold(t.text) == "lors" \
                    and i + 1 < limit and fold(doc[i + 1].text) in ("de", "d'", "du", "des"):
                # "dans un communiqué", "lors d'un point de presse à Kinshasa": a complement, then the subject
                j, content = i + 1 + (fold(t.text) == "lors"), False
                while j < limit and not doc[j].is_punct:
                    if content and (doc[j].pos_ == "DET" and doc[j - 1].pos_ != "ADP" or fold(doc[j].text) in self.lex.titles):
                        break  # a new noun phrase: the subject ("à la sortie de l'Élysée la ministre", "à l'AFP Me X")
                    if doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
                        content = True
                    elif doc[j].pos_ not in ("DET", "ADP"):
                        break
                    j += 1
                if j >= limit or doc[j].pos_ != "DET" and fold(doc[j].text) not in self.lex.titles:
                    return i  # nothing follows the complement: it may be the speaker itself
                i = j
            else:
                break
        return i

    def subject_np(self, subj) -> list:
        """A subject's noun phrase: its subtree without relative clauses, so appositions are kept; for a group
        with no name of its own led by someone ("L'opposition, menée par X,"), that person's name."""
        drop = set()
        for c in subj.children:
            if c.i < subj.i and c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children):
                drop.update(x.i for x in c.subtree)  # "Devant l'établissement, la présidente …": a fronted circumstance
        for t in subj.subtree:
            if t.dep_ in ("acl:relcl", "acl") and t is not subj and not (t.dep_ == "acl" and fold(t.text) in TITLE_PARTICIPLES):
                drop.update(x.i for x in t.subtree)
                leader = self.led_by(subj, t)
                if leader:
                    return leader
        out = [t for t in subj.subtree if t.i not in drop]
        commas = [k for k, t in enumerate(out) if t.text == "," and t.i < subj.i]
        if commas and "Part" in out[0].morph.get("VerbForm"):
            out = out[commas[0] + 1:]  # "Interrogé par France 24, un conseiller …": a fronted participle clause
        while out and out[0].dep_ in ("case", "mark", "cc"):
            out.pop(0)
        doc = self.doc
        while out and out[0].i >= 2 and doc[out[0].i - 1].text == "-" and not doc[out[0].i - 1].whitespace_ \
                and not doc[out[0].i - 2].whitespace_ and doc[out[0].i - 2].is_alpha:
            # "L'état-major français a salué": the tokenizer cut the compound and the parser kept its last part
            out = [doc[out[0].i - 2], doc[out[0].i - 1]] + out
            if out[0].i and doc[out[0].i - 1].pos_ == "DET":
                out.insert(0, doc[out[0].i - 1])
        named = self.named_before_apposition(out[0]) if out and out[0].pos_ == "DET" else None
        if named is not None:
            out = list(doc[self.token_at(named.start).i:out[0].i]) + out
        return out

    def named_in_apposition(self, tokens, person: Mention) -> bool:
        """Is a person the name a short noun phrase is set off with ("Son conseil, Me X", "La défense, X"), so that
        a head that could be a body ("conseil") is that person, not a council?"""
        if tokens[0].pos_ != "DET" or person.start <= tokens[0].idx:
            return False
        phrase, comma, titles = self.text[tokens[0].idx:person.start].partition(",")
        return bool(comma) and 1 < len(phrase.split()) <= 3 and all(fold(w) in self.lex.titles for w in titles.split())

    def named_before_apposition(self, det) -> Mention | None:
        """The person or organisation named just before a description the parser took for the subject, when
        the name opens its clause: "Dans une note, Viginum, le service de vigilance …, attribue"."""
        if det.i < 2 or self.doc[det.i - 1].text != ",":
            return None
        comma = self.doc[det.i - 1].idx
        named = [m for m in self.mentions if m.end == comma and m.label in ("person", "organization") and m.key]
        if not named:
            return None
        first = self.token_at(named[-1].start)
        if first.is_sent_start:
            return named[-1]
        if not first.i or self.doc[first.i - 1].text != ",":
            return None
        # but "signé par son secrétaire général, X, la Ligue exprime": the name is the possessed noun's apposition
        k = first.i - 2
        while k >= 0 and not self.doc[k].is_punct and not self.doc[k].is_sent_start:
            if self.doc[k].lower_ in ("son", "sa", "ses", "leur", "leurs"):
                return None
            k -= 1
        return named[-1]

    def led_by(self, group, clause) -> list | None:
        """The tokens of the person a clause "menée par X" / "conduite par X" says leads an unnamed group."""
        if fold(clause.lemma_) not in LEADING_VERBS or group.head is clause \
                or self.mentions_in(group.idx, group.idx + len(group.text)):
            return None
        span = list(clause.subtree)
        people = self.mentions_in(span[0].idx, span[-1].idx + len(span[-1]), ("person",))
        return [t for t in span if people[0].start <= t.idx < people[0].end] if people else None

    def verb_speaker(self, verb, cue: str | None, evidence: str) -> Speaker | None:
        """The subject of a speech verb, climbing from participles and infinitives to the clause that has one."""
        found = self.voice(verb, cue, evidence) or self.made_to_speak(verb, cue, evidence) \
            or self.dislocated_subject(verb, cue, evidence)
        if found:
            return found
        if verb.dep_.startswith("acl") and nlp.finite(verb) and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
                and self.doc[verb.i - 1].text == "," and verb.head.dep_ in ("nsubj", "nsubj:pass", "ROOT"):
            # "La CFDT, majoritaire dans l'entreprise, réclame …": a conjugated verb the parser hung on its subject
            found = self.speaker_of(self.subject_np(verb.head), cue, evidence)
            if found:
                return found
        t = verb
        root = verb.sent.root
        if verb.i > 0 and self.doc[verb.i - 1].text == "," and "Part" in verb.morph.get("VerbForm") \
                and "Pres" in verb.morph.get("Tense") and root.pos_ in ("VERB", "AUX") and root.i < verb.i:
            t = root  # "X a annoncé …, affirmant avoir « … »": the participle's subject is the sentence's
        for _ in range(6):
            children = list(t.children)
            children += [g for c in children if c.dep_.startswith("aux") for g in c.children]
            found = []
            for c in children:
                if verb.idx < self.current[0] and c.idx >= self.current[1]:
                    continue  # "X racontait : « … . » Son rival, Y, …": the parse ran on past the quotation
                if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "VERB" and c.i < t.i \
                        and not any(x.dep_ == "det" for x in c.children):
                    # "Répondant à X, Y a affirmé …": a participle clause parsed as the subject; Y is the one before the verb.
                    # (but "L'exploitant assure …", "le plaignant affirme": a noun the tagger took for a participle)
                    found.append(self.person_just_before(t, cue, evidence))
                elif c.dep_ in ("nsubj", "nsubj:pass") and fold(c.text) not in ("-t", "t"):
                    head = _antecedent(t) if fold(c.text) == "qui" and t.dep_.startswith("acl") else c
                    if head is not c and not self.mentions_in(head.idx, head.idx + 1, ("person", "organization")) \
                            and self.named_before_relative(c.idx):
                        head = c  # "la stratégie revendiquée par le Conseil … (CNSP), qui estime": the name's clause
                    np = self.subject_np(head)
                    found.append(self.speaker_of(np, cue, evidence))
                elif c.dep_ == "obl:agent" and t is verb:  # the agent of another verb ("cité par la radio") is a channel
                    found.append(self.speaker_of(self.subject_np(c), cue, evidence))
            found = [f for f in found if f]
            if found:
                # "Le porte-parole de l'armée, le commandant X, a salué": the parser may give two subjects.
                return next((f for f in found if f.kind == "person" and f.key), found[0])
            if t is verb and not any(c.dep_.startswith("nsubj") for c in children):
                for np in self.subjects_elsewhere(verb, children):
                    found = self.speaker_of(np, cue, evidence) if np else None
                    if found and found.key:
                        return found
            if t.dep_ in ("acl", "parataxis") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i and (
                    t.head.dep_ == "ROOT" or t is verb and self.doc[t.i - 1].text == "," and any(c.dep_ == "obj" for c in t.children)):
                # "Un haut responsable, cité par l'agence, parle d'une « … »", "Santé publique France a indiqué",
                # "…, un habitant, X, décrit une population « … »" (a verb with an object is no participle):
                # the parser hung the sentence's verb on its subject noun.
                np = [x for x in self.subject_np(t.head) if x.i < t.left_edge.i]
                found = self.speaker_of(np, cue, evidence)
                if found and found.kind == "place" and t.head.dep_ != "ROOT" and np:
                    # "Un habitant de X, réfugié à Y, décrit …": someone from a place, not the place
                    return Speaker(self.text[np[0].idx:np[-1].idx + len(np[-1])].strip(" ,"), None, cue, "anonymous", evidence)
                if found and not (found.kind == "document" and not found.key and np and self.doc[np[0].i - 1].lower_ == "dans"):
                    return found  # but "X avait, dans un message publié …, exhorté …": the document is an incise
            if t is verb and t.dep_ == "amod" and "Fin" in t.morph.get("VerbForm") and t.head.i == t.i - 1 \
                    and t.head.pos_ == "NOUN":
                # "Chez X, un analyste juge l'opération « … »": a finite verb the parser hung on its subject as an adjective
                found = self.speaker_of([x for x in t.head.subtree if x.i < t.i and x.i >= t.head.left_edge.i], cue, evidence)
                if found:
                    return found
            if t.dep_ in ("acl", "advcl", "xcomp", "conj", "ccomp", "obj", "nmod", "appos", "obl", "obl:arg", "obl:mod", "obl:agent") and t.head is not t:
                t = t.head
                continue
            if t.dep_ == "advmod" and "Fin" in t.morph.get("VerbForm") and t.head is not t:
                t = t.head  # "Le texte, qui sera lu dimanche, rappelle que": the verb hung on the relative clause
                continue
            named = self.mentions_in(t.idx, t.idx + len(t.text)) or fold(t.text) in self.lex.generic_bodies | self.lex.institutions
            if t is not verb and t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") and t.i < verb.i and named:
                # "X (MSF), qui appuie la riposte, juge … et redoute « … »" parsed with a noun for root and the
                # verbs hung on it: the root's phrase, up to its first comma, is the subject, if the root names
                # a body (not "la condamnation de X … relance « … »")
                # (after a fronted complement: "Dans une vidéo …, le groupe menace de … et appelle … « … »")
                start = max([x.i + 1 for x in self.doc[t.sent.start:t.i] if x.text == ","], default=t.sent.start)
                np = list(itertools.takewhile(lambda x: x.i <= t.i or x.text != "," and x.pos_ not in ("VERB", "AUX")
                                              and not (x.dep_ == "amod" and x.pos_ == "NOUN"), self.doc[start:verb.i]))
                found = self.speaker_of(np, cue, evidence) if np else None
                if found and found.key:
                    return found
            break
        return self.person_just_before(verb, cue, evidence) or self.phrase_just_before(verb, cue, evidence)

    def named_before_relative(self, at: int) -> Mention | None:
        """The person or organisation whose name ends just before a relative pronoun at `at` (a comma or a
        closing parenthesis between: "X, qui a aussitôt recadré", "le Conseil … (CNSP), qui estime")."""
        before = [m for m in self.mentions if m.end <= at and m.key and m.label in ("person", "organization")
                  and re.fullmatch(r"\s*\)?\s*,?\s*", self.text[m.end:at])]
        # but "le directeur général du CCC, qui": a name completing a noun is not the antecedent
        lead = self.text[max(0, before[-1].start - 12):before[-1].start] if before else ""
        if before and not re.search(r"\b(?:du|des|de|d['’])\s*(?:la\s+|l['’])?$", lead, re.I):
            return before[-1]
        return None

    def dislocated_subject(self, verb, cue: str | None, evidence: str) -> Speaker | None:
        """"Le chef de l'État, a-t-il rappelé, « a fait de … »": with an inverted pronoun the incise has a subject of its
        own, and the noun phrase before it is the quoted clause's; the pronoun is someone named before that phrase."""
        first = _verb_opening(verb)
        clitic = next((x for x in self.doc[first.i + 1:verb.i + 3] if fold(x.text) in ("-il", "-elle", "-t-il", "-t-elle")), None)
        if clitic is None or first.i == 0 or self.doc[first.i - 1].text != ",":
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < first.i
                        and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None:
            return None
        person = self.pronoun_person(self.subject_np(subject)[0].idx, "f" if "elle" in clitic.text else "m")
        return Speaker(person.surface, person.key, cue, "person", evidence) if person else None

    def voice(self, verb, cue: str | None, evidence: str) -> Speaker | None:
        """"L'association a dénoncé, par la voix de son président, X, « … »": the voice is the speaker."""
        start = verb.sent.start_char
        voice = re.search(r"\bpar la voix d[eu'’]", self.text[start:self.current[0]]) if start < self.current[0] else None
        spokesman = self.mentions_in(start + voice.end(), self.current[0], ("person",)) if voice else []
        if spokesman and spokesman[0].key:
            return Speaker(spokesman[0].surface, spokesman[0].key, cue, "person", evidence)
        return None

    def made_to_speak(self, verb, cue: str | None, evidence: str) -> Speaker | None:
        """"ce qui fait dire à l'échevin, X, qu'il faudra « … »": the one made to speak is the complement in "à"."""
        if "Inf" not in verb.morph.get("VerbForm") or not any(fold(x.lemma_) == "faire" for x in (verb.head, *verb.children) if x.i < verb.i):
            return None
        told = next((c for c in verb.children if c.dep_.startswith(("obl", "iobj")) and c.i > verb.i
                     and any(fold(g.text) in ("a", "au", "aux") for g in c.children if g.dep_ == "case")), None)
        found = self.speaker_of(self.subject_np(told), cue, evidence) if told is not None else None
        return found if found and found.key else None

    def subjects_elsewhere(self, verb, children):
        """Where the subject of a speech verb the parse left without one may be, in turn: after it, in an incise
        away from the quotation ("Le trafic sera « très perturbé » jeudi, a prévenu mercredi la SNCF"); given to a
        participle set off between commas ("Le capitaine X, arrivé au pouvoir en 2022, a promis de « … »"); an
        oblique before it with no preposition, set off by an apposition ("La Ligue …, à l'origine du recours, s'est
        félicitée …")."""
        first = _verb_opening(verb)
        if first.i > 0 and self.doc[first.i - 1].text == "," and (first is not verb or "Fin" in verb.morph.get("VerbForm")):
            np = self.np_after(self.inverted_subject(verb.i + 1, verb.sent.end), verb.sent.end)
            yield np if np and np[0].pos_ in ("DET", "PROPN") else None
        apposed = next((g for c in children if c.dep_ == "advcl" and c.i < verb.i for g in c.children
                        if g.dep_ in ("nsubj", "nsubj:pass") and g.i < c.i and g.pos_ in ("NOUN", "PROPN")
                        and any(x.text == "," for x in self.doc[g.i:c.i])), None)
        if apposed is not None:
            yield self.subject_np(apposed)
        bare = next((c for c in children if c.dep_ in ("obl:mod", "obl", "nmod") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                     and not any(g.dep_ == "case" for g in c.children)), None)
        if bare is not None:
            yield self.subject_np(bare)

    def phrase_just_before(self, verb, cue: str | None, evidence: str) -> Speaker | None:
        """A definite noun phrase set right before a speech verb the parse left without a subject, after a fronted
        complement: "Dans un communiqué, l'établissement public invoque « … »"."""
        k = verb.i
        while k > verb.sent.start and not self.doc[k - 1].is_punct and self.doc[k - 1].pos_ not in ("VERB", "AUX", "PRON", "ADP", "SCONJ"):
            k -= 1
        np = list(self.doc[k:verb.i])
        if not np or np[0].pos_ != "DET" or "Def" not in np[0].morph.get("Definite") or k == verb.sent.start \
                or self.doc[k - 1].text != "," or not any(t.pos_ == "NOUN" for t in np):
            return None
        return self.speaker_of(np, cue, evidence)

    def person_just_before(self, verb, cue: str | None, evidence: str) -> Speaker | None:
        """When the parse gives a speech verb no subject ("X a pour sa part parlé d'un « … »", "…, la Police
        nationale d'Haïti (PNH) affirme avoir « … »"), a person or body named just before it, with no other verb in
        between, is taken as its subject."""
        adjacent = True  # a body only right before the verb (or its acronym in parentheses)
        for t in reversed(self.doc[max(verb.sent.start, verb.i - 8):verb.i]):
            if t.pos_ == "VERB" and fold(t.lemma_) not in ("avoir", "etre") or t.is_punct and t.text not in (",", "-", "(", ")") \
                    or t.pos_ == "PRON" and t.dep_.startswith("nsubj") \
                    or all(x.pos_ == "AUX" for x in self.doc[t.i + 1:verb.i]) and t.pos_ == "NOUN" and t.text.islower() and t.i > 0 \
                    and self.doc[t.i - 1].lower_ in ("le", "la", "l'", "l’", "les"):
                # another verb, a pronoun that is the subject ("un texte qu'elle juge « … »"), or a definite noun phrase
                # of its own right before the verb ("…, X, l'organisation relève")
                return None
            named = self.mentions_in(t.idx, t.idx + len(t), ("person", "organization") if adjacent else ("person",))
            if named and t.dep_ == "obl:agent" and "Part" in t.head.morph.get("VerbForm"):
                return None  # "Un habitant, joint par l'AFP, raconte": the agent of a participle set off is no subject
            if named and named[0].key and not self.in_quote(t.idx):
                member = self.member_before(named[0]) if named[0].label == "organization" else None
                found = member or named[0]  # "X, conseiller municipal LR, dénonce": X, not the party of his function
                return Speaker(found.surface, found.key, cue, found.label, evidence)
            adjacent = adjacent and (t.is_punct or t.pos_ == "AUX")
        return None

    def member_before(self, body: Mention) -> Mention | None:
        """The person a body closes the apposition of: "X, conseiller municipal LR," → X."""
        before = self.text[self.token_at(body.start).sent.start_char:body.start]
        comma = before.rstrip().rfind(",")
        phrase = before[comma + 1:].split()
        if comma < 0 or not phrase or not phrase[0].islower() or fold(phrase[0]) not in self.lex.roles:
            return None
        end = self.token_at(body.start).sent.start_char + comma
        people = [m for m in self.mentions if m.label == "person" and m.key and m.end <= end and not self.text[m.end:end].strip()]
        return people[-1] if people else None

    # -- evidence, strongest first ----------------------------------------------

    def is_speech_verb(self, t) -> bool:
        return self.speech_lemma(t) is not None

    def speech_lemma(self, t) -> str | None:
        """The lexicon lemma of a token, also when the lemmatizer left a first-group verb as written (indique);
        the phrase a token opens or closes ("fait valoir", "mettant en garde"); or the verb of a document
        ("a attribué dans un communiqué ces pannes à « … »": what a communiqué does is say)."""
        for lemma in (fold(t.lemma_), first_group_infinitive(t.text)):
            if lemma in self.lex.verbs:
                if lemma in self.lex.not_reflexive and any(fold(c.text) in ("se", "s'") for c in t.children if c.i < t.i):
                    return None  # "les négociations se poursuivent": things go on, no one speaks
                return self.lex.verbs[lemma]
        if fold(t.text) in self.lex.verb_forms:
            return fold(t.text)
        return self.speech_phrase(t) or (fold(t.lemma_) if t.pos_ == "VERB" and self.in_document(t) else None)

    def speech_phrase(self, t) -> str | None:
        """The multiword speech verb that token `t` opens (by its lemma) or closes."""
        for phrase in self.lex.phrases:
            n = len(phrase)
            for first in (t.i, t.i - n + 1):
                words = self.doc[first:first + n] if first >= 0 else []
                if len(words) == n and fold(words[0].lemma_) == phrase[0] and words[0].pos_ in ("VERB", "AUX") \
                        and tuple(fold(w.text) for w in words[1:]) == phrase[1:]:
                    return " ".join(phrase).replace("' ", "'")
        return None

    def in_document(self, verb) -> bool:
        """Whether a verb has a complement "dans un communiqué" / "dans une note": its subject is speaking."""
        return any(c.dep_.startswith("obl") and fold(c.lemma_) in self.lex.documents
                   and any(fold(g.text) == "dans" for g in c.children) for c in verb.children)

    def incise(self, a: int, b: int) -> Speaker | None:
        """The inverted attribution that the text between offsets `a` and `b` starts with:
        « … », a déclaré le colonel X / a-t-il ajouté / ajoute le communiqué / dit X."""
        doc = self.doc
        rest = doc.char_span(a, b, alignment_mode="expand") if b > a else None
        if rest is None or not len(rest):
            return None
        toks = list(rest)
        j = 0
        while j < len(toks) and toks[j].text in (",", "-", "–", "—"):
            j += 1
        if j == 0 and toks[0].text[:1].isupper() and self.text[:a].rstrip(SPACE + "»”\"").endswith((".", "!", "?", "…")):
            return None  # « … ». Interrogé sur …: a capital after a closed sentence starts a new one
        pronoun = None
        for k in range(j, min(j + 6, len(toks))):
            t = toks[k]
            w = fold(t.text)
            if w in ("-il", "-elle", "-ils", "-elles", "-t-il", "-t-elle", "il", "elle") and t.i > toks[j].i:
                pronoun = t
                continue
            after = [x for x in toks[k + 1:k + 3] if fold(x.text) in CLITICS]
            # After a quotation, a verb inverted with its clitic is an attribution whatever the verb
            # (« … », a-t-il justifié / tranche-t-elle); an inverted noun subject needs a speech verb.
            # A word glued to a clitic ("estime-t-il") is a verb whatever tag the parser gave it.
            glued = bool(after) and w not in AUX_FORMS and k + 1 < len(toks) and fold(toks[k + 1].text) in CLITICS + ("-t",)
            inverted = glued or t.pos_ == "VERB" and pronoun is not None
            # "« … », calcule le cultivateur.": right after the quotation, a verb in the present with a noun
            # phrase that ends the sentence is an incise whatever the verb
            bare = t.pos_ == "VERB" and t.text.islower() and (
                k == j and not t.text.endswith(("ant", "er", "ir", "é", "ée", "és"))
                or k == j + 1 and toks[j].lower_ in ("a", "avait") and t.text.endswith(("é", "i", "u", "t", "s")))  # "a attaqué X"
            if t.pos_ == "VERB" and not self.is_speech_verb(t) and k + 2 < len(toks) and toks[k + 1].lower_ in ("de", "d'", "d’", "à") \
                    and self.is_speech_verb(toks[k + 2]):
                t = toks[k + 2]  # "« … », a tenté d'expliquer X", "a tenu à préciser X": the infinitive speaks
                k += 2
            # a lowercase word the tagger calls a proper noun is its mistake ("souffle Marianne X")
            if (inverted or bare or self.is_speech_verb(t) and (t.pos_ in ("VERB", "ADJ", "AUX", "NOUN") or t.pos_ == "PROPN" and t.text.islower())) \
                    and not fold(t.text).endswith("ant"):
                lemma = self.speech_lemma(t) or t.lemma_
                if pronoun is not None or after:
                    return self.speaker_of([pronoun or after[0]], lemma, "incise")
                limit = toks[-1].i + 1
                np = self.np_after(self.inverted_subject(t.i + 1, limit), limit) or self.np_after(t.i + 1, limit)
                np = self.with_apposition(np, limit)
                if bare and not (inverted or self.is_speech_verb(t)) and not (
                        np and np[0].pos_ in ("DET", "PROPN") and (np[-1].i + 1 >= limit or self.doc[np[-1].i + 1].text in (".", ",", "!", "?"))):
                    return None
                found = self.speaker_of(np, lemma, "incise") if np else None
                # "« X », poursuit ses opérations": a plural noun after the verb may be its object.
                return found if found and found.kind != "group" else None
            if w not in AUX_FORMS and t.pos_ not in ("ADV",):
                return None
        return None

    def late_incise(self, span: Span, line_end: int) -> Speaker | None:
        """"Le parquet « prend acte » du jugement, a indiqué sa porte-parole, X.": a short complement closes the
        quoted clause, then an incise ends the sentence; the one it names reported the words."""
        first = self.token_at(span.close)
        sentence = first.sent
        toks = [t for t in self.doc[first.i:sentence.end] if t.idx >= span.close and t.idx < line_end]
        comma = next((k for k, t in enumerate(toks[:7]) if t.text == ","), None)
        if not comma or any(t.pos_ in ("VERB", "AUX") or t.text in OPENERS + CLOSERS + AMBIGUOUS for t in toks[:comma]):
            return None
        found = self.incise(toks[comma].idx, min(sentence.end_char, line_end))
        return found if found is not None and found.key else None

    def inner_incise(self, qtoks) -> tuple[Speaker, int, int] | None:
        """An attribution set between commas inside the quotation: « Nous allons, a-t-il dit, partir »,
        « Rien ne bougera, prévient X. Rien. » Only a short segment that is all incise counts. With the
        speaker, the offsets where the incise begins (its comma) and where the quoted words resume (the
        quotation's end when the incise closes it)."""
        for k, t in enumerate(qtoks[:-1]):
            if t.text != "," or k == 0:
                continue
            end = next((x for x in qtoks[k + 1:k + 18] if x.text in (",", ".", "!", "?", "…")), None)
            if end is None and len(qtoks) - k <= 18:
                end = qtoks[-1]  # the incise closes the quotation: « …, a-t-il dit »
            if end is None:
                continue
            found = self.incise(t.idx, end.idx if end.is_punct else end.idx + len(end))
            if found and self._ends_at(found, end):
                resume = end.idx + len(end)
                resume += len(self.text[resume:]) - len(self.text[resume:].lstrip(SPACE))
                return found, t.idx, min(resume, qtoks[-1].idx + len(qtoks[-1]))
        return None

    def _ends_at(self, found: Speaker, end) -> bool:
        """Does the speaker phrase (or the clitic) of an inner incise reach the punctuation that closes it?"""
        last = self.token_at(end.idx - 1)
        if last.is_punct or fold(last.text) in CLITICS or self.is_speech_verb(last) or found.surface.rstrip(" ,.;:").endswith(last.text):
            return True
        # "…, a souligné l'entraîneur X après la rencontre. …", "… lors d'une conférence de presse. …": a short
        # circumstance after the speaker
        surface = found.surface.rstrip(" ,.;:")
        at = self.text.rfind(surface, 0, end.idx)
        rest = self.doc.char_span(at + len(surface), end.idx, alignment_mode="expand") if surface and at >= 0 else None
        return rest is not None and 0 < len(rest) <= 6 and (rest[0].pos_ == "ADP" or rest[0].lower_ == "lors") \
            and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in rest)

    def neighbour_sentence(self, span: Span, line_start: int, line_end: int) -> Speaker | None:
        """A quotation that is a sentence of its own, with no attribution: its speaker is the person the
        sentence before is about ("X regarde les pirogues. « … »"), or, when the quotation opens its
        paragraph, the person named in the sentence after it ("« … » Ainsi parle X", "« … » Les mots
        sont de X"); a quotation that is a whole paragraph looks at the paragraphs around it."""
        before = self.text[line_start:span.open].strip(SPACE)
        quoted = self.text[span.start:span.end]
        after = self.text[span.close:line_end].strip(SPACE)
        if before and not before.endswith((".", "!", "?", "…", "»", "”", '"')):
            return None
        if after[:1] in (".", "!", "?", "…"):
            after = after[1:].strip(SPACE)  # « … ». Ces mots sont ceux du maire: the sentence ends after the mark
            quoted += "."
        if after and not (quoted.endswith((".", "!", "?", "…")) or after[0].isupper()):
            return None
        if not before and after:
            return self.named_after(span.close, line_end)
        if before:
            return self.subject_before(span.open) or (self.named_after(span.close, line_end) if after else None)
        # A whole paragraph: the paragraph before, then the one after.
        prev_end = len(self.text[:line_start].rstrip())
        found = self.subject_before(prev_end) if prev_end > 0 else None
        nxt = re.search(r"\S", self.text[line_end:])
        if found is None and nxt:
            at = line_end + nxt.start()
            end = self.text.find("\n", at)
            found = self.named_after(at, len(self.text) if end < 0 else end)
        return found

    def named_after(self, a: int, b: int) -> Speaker | None:
        """The first person named in the sentence starting at or after offset `a` (up to `b`)."""
        first = self.token_at(a + len(self.text[a:b]) - len(self.text[a:b].lstrip(SPACE + "\n»”\".!?…")))
        end = min(first.sent.end_char, b)
        people = [m for m in self.mentions_in(first.idx, end, ("person",)) + self.titled_people(first.idx, end) if m.key and not self.in_quote(m.start)]
        if not people:
            return None
        m = min(people, key=lambda m: m.start)
        return Speaker(m.surface, m.key, None, "person", "neighbour")

    def subject_before(self, end: int) -> Speaker | None:
        """The person the sentence that ends at offset `end` is about: the subject of its main verb."""
        last = self.token_at(end - 1)
        toks = [t for t in last.sent if t.idx < end and not self.in_quote(t.idx)]
        subjects = [t for t in toks if t.dep_ in ("nsubj", "nsubj:pass") and t.head in toks and fold(t.text) not in ("qui", "que", "on")]
        subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))
        for subj in subjects:
            found = self.speaker_of(self.subject_np(subj), None, "neighbour")
            if found and found.kind == "person" and found.key:
                return found
        # The parser missed the subject ("Sur la place, Rita, 52 ans, enseignante, n'en peut plus."): the one
        # person the sentence names is whom it is about.
        people = {m.key: m for m in self.mentions_in(last.sent.start_char, end, ("person",)) if m.key and not self.in_quote(m.start)}
        if len(people) == 1:
            m = next(iter(people.values()))
            return Speaker(m.surface, m.key, None, "person", "neighbour")
        return None

    def ends_with_speech_verb(self, line_start: int) -> bool:
        """Does the paragraph before `line_start` end with "… lui répond :" (a turn of speech follows)
        rather than "… a annoncé trois mesures :" (a list follows)?"""
        before = self.text[:line_start].rstrip()
        if not before.endswith(":"):
            return False
        last = [t for t in self.doc.char_span(max(0, len(before) - 60), len(before) - 1, alignment_mode="expand") or [] if not t.is_space]
        while last and (last[-1].is_punct or last[-1].pos_ in ("ADV", "PRON")):
            last.pop()  # "répond sèchement :", "a-t-il répondu :"
        return bool(last) and self.is_speech_verb(last[-1])

    def colon(self, span: Span, line_start: int) -> Speaker | None:
        """X a déclaré : « … », X : « … », and a speaker line ending with a colon before a stand-alone quotation."""
        before = self.text[line_start:span.open].rstrip(SPACE)
        if not before:
            prev_end = line_start - 1
            while prev_end > 0 and self.text[prev_end - 1] in SPACE + "\n":
                prev_end -= 1
            prev_start = self.text.rfind("\n", 0, prev_end) + 1
            before = self.text[prev_start:prev_end].rstrip(SPACE)
            end = prev_start + len(before)
        else:
            end = line_start + len(before)
        if not before.endswith(":"):
            return None
        narrative = re.search(r"\bet d(?:e\s+|')\s*([\w-]+)(?:\s*,[^.!?«»:]{0,60})?\s*:$", fold(before))  # "Et d'ajouter, dans un rire :"
        if narrative and self.last_speaker and fold(narrative.group(1)) in self.lex.verbs:
            # "Et d'ajouter : « … »": the narrative infinitive continues the last speaker's words.
            last = self.last_speaker
            return Speaker(last.surface, last.key, self.lex.verbs[fold(narrative.group(1))], last.kind, "colon")
        clause = self.doc.char_span(max(0, end - 400), end - 1, alignment_mode="expand")
        if clause is None:
            return None
        sent_tokens = [t for t in clause if t.sent.end_char >= end - 1]
        verbs = [t for t in sent_tokens if self.is_speech_verb(t) and t.pos_ in ("VERB", "AUX", "ADJ") and not _asked(t)]
        if verbs:
            found = self.verb_speaker(verbs[-1], self.speech_lemma(verbs[-1]), "colon")
            if found:
                return found
        # "X ne mâche pas ses mots : « … »": no speech verb, the subject of the clause before the colon speaks.
        subjects = [c for t in sent_tokens for c in t.children if c.dep_ == "nsubj" and c.i < sent_tokens[-1].i and t.pos_ in ("VERB", "AUX", "ADJ")]
        # "X, dont la société Y a porté le projet, ne cache pas son soulagement :": a relative clause's subject
        # is not the one who speaks
        # nor is a subordinate clause's ("X a pris la parole avant que le tribunal ne se retire :")
        subjects = [c for c in subjects if not any(x.dep_ == "mark" for x in c.head.children)]
        nps = [np for np in map(self.subject_np, subjects) if "Rel" not in np[0].morph.get("PronType")]
        if nps:
            found = self.speaker_of(nps[-1], ":", "colon")
            if found:
                return found
        np = []
        for t in reversed(sent_tokens):
            if t.is_punct and t.text != "." and not (t.text == "-" and not t.whitespace_):  # "Es-Sénia" is one name
                break
            np.insert(0, t)
        # "…, s'en est tenu à une brève déclaration :": a verb phrase is no speaker of its own
        found = self.speaker_of(np, ":", "colon") if np and np[0].pos_ not in ("PRON", "AUX", "VERB", "ADP") else None
        if found is None and sent_tokens:
            # "Une explication qui ne convainc pas X, cultivatrice : « … »": the one person the clause names.
            people = {m.key: m for m in self.mentions_in(sent_tokens[0].sent.start_char, end, ("person",))
                      if m.key and not self.in_quote(m.start)}
            if len(people) == 1:
                m = next(iter(people.values()))
                found = Speaker(m.surface, m.key, ":", "person", "colon")
        if found is None and sent_tokens and sent_tokens[0].lower_ in ("un", "une"):
            # "Un analyste d'un grand cabinet, qui ne souhaite pas être cité, tempère :": someone unnamed
            found = self.speaker_of(self.np_after(sent_tokens[0].i, sent_tokens[-1].i), ":", "colon")
        return found

    def caption(self, span: Span, line_end: int) -> Speaker | None:
        """A stand-alone quotation followed by a credit line starting with a name."""
        nxt = line_end
        while nxt < len(self.text) and self.text[nxt] in SPACE + "\n":
            nxt += 1
        nxt_end = self.text.find("\n", nxt)
        nxt_end = len(self.text) if nxt_end < 0 else nxt_end
        line = self.text[nxt:nxt_end]
        lead = len(line) - len(line.lstrip(" -—–"))
        if not line or len(line.split()) > 25:
            return None
        found = self.mentions_in(nxt + lead, nxt + lead + 1, ("person",))
        if found and found[0].start == nxt + lead:
            m = found[0]
            return Speaker(m.surface, m.key, None, "person", "caption")
        return None

    def governing(self, qtoks, sent_toks) -> Speaker | None:
        """The speech verb the quotation depends on in the parse → its subject."""
        inside = {t.i for t in qtoks}
        sent = {t.i for t in sent_toks}
        for t in qtoks:
            if t.head.i in inside:
                continue
            h = t.head
            for _ in range(8):
                verbal = h.pos_ in ("VERB", "ADJ", "AUX") or any(c.dep_ == "nsubj" for c in h.children)
                if h.i > max(inside) and any(x.text == ":" for x in self.doc[max(inside) + 1:h.i]):
                    break  # "Pour X, « … » : le canton promet …": a verb after a colon that follows the quotation
                if h.i not in inside and h.i in sent and verbal and self.is_speech_verb(h):
                    return self.reported(h, self.verb_speaker(h, self.speech_lemma(h), "verb"), inside)
                if h.i not in inside and h.i in sent and h.pos_ == "VERB" and fold(h.lemma_) in self.lex.stance_verbs:
                    found = self.verb_speaker(h, self.lex.stance_verbs[fold(h.lemma_)], "verb")
                    return self.reported(h, found, inside) if found and found.kind in ("person", "organization", "institution") else None
                if h.head is h:
                    break
                h = h.head
        return None

    def reported(self, verb, found: Speaker | None, inside: set[int]) -> Speaker | None:
        """"X a répété que la banque n'excluait « aucune option »": a body no one named, subject of a clause a named
        speaker reports, speaks through that speaker."""
        outer = verb.head
        if found is None or found.key or verb.dep_ != "ccomp" or outer.i in inside or not self.is_speech_verb(outer):
            return found
        reporter = self.verb_speaker(outer, self.speech_lemma(outer), "verb")
        return reporter if reporter and reporter.key else found

    def subject_outside(self, span: Span, qtoks) -> Speaker | None:
        """A quotation that carries its own verb, its subject written before it:
        L'observatoire « exhorte les autorités à … » — the subject speaks."""
        inside = {t.i for t in qtoks}
        for t in qtoks:
            if t.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in t.children):
                continue
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in inside and c.idx < span.open:
                    if t.dep_ == "ccomp" and self.is_speech_verb(t.head) and t.head.i not in inside:
                        # "X a indiqué qu'elle « … »", "la juridiction relève que le prévenu « a persisté … »":
                        # the words are the speech verb's subject's, whoever the clause is about.
                        found = self.verb_speaker(t.head, self.speech_lemma(t.head), "subject")
                        if found or fold(c.text) in PRONOUNS:
                            return found
                    found = self.before_que(t, inside)
                    if found:
                        return found
                    return self.speaker_of(self.subject_np(c), None, "subject")
        return None

    def before_que(self, clause, inside: set[int]) -> Speaker | None:
        """"La juridiction relève pourtant que le prévenu « … »" parsed with "relève" as an adjective: a speech
        verb written just before the clause's "que" (adverbs between) is its verb, and the noun phrase before
        it, back to the comma, its subject."""
        mark = next((c for c in clause.children if c.dep_ == "mark" and fold(c.text) in ("que", "qu'")), None)
        if mark is None:
            return None
        k = mark.i - 1
        while k > 0 and self.doc[k].pos_ == "ADV":
            k -= 1
        verb = self.doc[k]
        if k in inside or not self.is_speech_verb(verb) or verb.pos_ == "VERB" and verb.dep_ not in ("amod", "acl"):
            return None  # a verb the parser read as one has its own subject
        np = []
        for t in reversed(self.doc[verb.sent.start:k]):
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                break
            np.insert(0, t)
        return self.speaker_of(np, self.speech_lemma(verb), "subject") if np else None

    def shared(self, quotes: list[Quote], s_start: int, span: Span, sent_toks) -> Speaker | None:
        """A second quotation of a sentence whose first one is attributed, a speech verb between them:
        « … », a déclaré X, ajoutant que « … » / X a dénoncé « … » et réclamé « … »."""
        prev = quotes[-1] if quotes else None
        if prev is None or prev.start < s_start or not prev.speaker_key:
            return None
        between = [t for t in sent_toks if prev.end < t.idx < span.open]
        if not any(self.is_speech_verb(t) for t in between):
            return None
        return Speaker(prev.speaker_surface, prev.speaker_key, prev.cue, "person", "shared")

    def according(self, span: Span, sent_toks, qtoks, adjacent: bool = False) -> Speaker | None:
        """selon X, d'après X, and a clause opening "Pour X, …"; `adjacent`: only "« … », selon X" right
        after the quotation, which outweighs the verb the quotation hangs on."""
        inside = {t.i for t in qtoks}
        options = []
        for k, t in enumerate(sent_toks):
            if t.i in inside:
                continue
            w = fold(t.text)
            cue = None
            if w == "selon":
                cue = "selon"
            elif w == "apres" and k and fold(sent_toks[k - 1].text) == "d'":
                cue = "d'après"
            elif w == "pour" and (k == 0 or sent_toks[k - 1].text in (",", "\n") or sent_toks[k - 1].is_sent_start):
                np = self.pour_phrase(t.i + 1, sent_toks[-1].i + 1)
                if np:
                    cue = "pour"
            start = t.i + 1
            if w == "comme" and k + 2 < len(sent_toks) and fold(sent_toks[k + 1].text) in ("l'", "le"):
                # "Comme l'a rappelé la procureure, X, …" / "comme le dit X": the inverted subject speaks.
                j = k + 2
                while j < len(sent_toks) - 1 and fold(sent_toks[j].text) in AUX_FORMS:
                    j += 1
                if self.is_speech_verb(sent_toks[j]):
                    cue, start = self.speech_lemma(sent_toks[j]), sent_toks[j].i + 1
            if cue and adjacent and not 0 <= t.idx - span.close <= 3:
                continue
            if cue:
                np = self.with_apposition(np if cue == "pour" else self.np_after(start, sent_toks[-1].i + 1), sent_toks[-1].i + 1)
                distance = abs(t.idx - span.open) if t.idx < span.open else t.idx - span.close
                options.append((distance, np, cue))
        for _, np, cue in sorted(options, key=lambda o: o[0]):
            found = self.speaker_of(np, cue, "according")
            if found and found.kind == "document" and found.key is None and fold(np[0].text) in ("un", "une"):
                # "Niamey a ordonné l'expulsion d'un conseiller, accusé d'« … », selon un communiqué": a document
                # no one is named with is the sentence's subject's
                root = np[0].sent.root
                subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < np[0].i), None)
                issuer = self.speaker_of(self.subject_np(subject), cue, "according") if subject is not None else None
                if issuer and issuer.key and issuer.kind in ("organization", "institution", "person", "place"):
                    return issuer
            if found:
                return found
        return None

    def pour_phrase(self, i: int, limit: int) -> list:
        """The noun phrase of a clause opening "Pour X, …", up to its comma: "Pour le syndicat SUD Santé,"
        (capitalised words the parser took for a verb), "Pour le directeur des examens et concours,". No
        phrase if it holds a verb ("Pour rassurer les salariés, …") unless it quotes ("Pour reprendre les mots
        de X,"), or no comma within twelve words (twenty with a capitalised name or an acronym in it)."""
        out = []
        for t in self.doc[i:min(limit, i + 20)]:
            if len(out) > 12 and not any(w.text == "(" or k and w.text[:1].isupper() for k, w in enumerate(out)):
                return []  # a long phrase only with a body's name ("le coordonnateur régional du Réseau des …,",
                # "la présidente de l'Alliance … (ARD),")
            if t.text == ",":
                # "Pour reprendre les mots du chef du gouvernement, « … »": an infinitive that quotes someone.
                quoting = any(fold(w.text) in self.lex.speech_nouns for w in out)
                # (a participle after the noun is part of a title: "Pour la ministre chargée du Numérique, X,")
                verbs = [w for k, w in enumerate(out) if w.pos_ in ("VERB", "AUX") and not w.text[:1].isupper()
                         and not (k > 1 and "Part" in w.morph.get("VerbForm"))]
                return out if quoting or not verbs else []
            if t.pos_ == "SCONJ" or t.is_punct and t.text not in ".-'’()" \
                    or t.pos_ == "PRON" and t.text.islower() and fold(t.text) not in ("lui", "elle", "eux", "elles"):
                return []  # (a capitalised "pronoun" is a given name the tagger misread: "Pour l'universitaire Faten X,")
            out.append(t)
        return []

    def any_verb(self, span: Span, sent_toks, qtoks) -> Speaker | None:
        """A speech verb elsewhere in the sentence, the closest to the quotation first."""
        inside = {t.i for t in qtoks}
        verbs = [t for t in sent_toks if t.i not in inside and self.is_speech_verb(t) and t.pos_ in ("VERB", "ADJ") and not _asked(t)]
        if self.text[span.start:span.end].rstrip(SPACE).endswith((".", "!", "?", "…")) \
                and self.text[span.close:span.close + 3].lstrip(SPACE)[:1].isupper():
            # «On nous annonce la fin.» Sa collègue a évoqué …: a closed sentence, then a new one
            verbs = [t for t in verbs if t.idx < span.open]
        for v in sorted(verbs, key=lambda v: abs(v.idx - span.open)):
            found = self.verb_speaker(v, self.speech_lemma(v), "sentence")
            if found:
                return found
        return None

    def misread_verb(self, span: Span, sent_toks) -> Speaker | None:
        """"Un rapport de la Cour des comptes publié jeudi pointe « … »": the parser may read a speech verb in the
        present ("pointe", "juge", "note") as a noun. Right before the quotation (or before the que-clause that holds
        it) and after no determiner, it is the verb, and the noun phrase that opens the sentence is its subject."""
        before = [t for t in sent_toks if t.idx < span.open and not t.is_space]
        # the verb right before the quotation, or one whose que-clause holds it ("X juge au contraire qu'il faut « … »")
        # ("X alerte sur « … »": a preposition may come between)
        at = next((k for k in range(len(before) - 1, 1, -1)
                   if before[k].pos_ == "NOUN" and before[k].text.islower() and before[k - 1].pos_ not in ("DET", "ADP", "ADJ")
                   and (k == len(before) - 1 or k == len(before) - 2 and before[-1].lower_ in ("sur", "contre", "de", "d'")
                        or any(fold(t.text) in ("que", "qu'") for t in before[k + 1:k + 6])  # "juge pour sa part que"
                        # "X juge ces exigences « excessives »", "… la proposition de la direction « … »": an object,
                        # then the words it is judged
                        or len(before) - k <= 7 and before[k + 1].pos_ == "DET"
                        and all(t.pos_ in ("DET", "NOUN", "ADJ") or t.lower_ in ("de", "du", "des", "d'", "d’")
                                for t in before[k + 1:]))), None)
        if at is None:
            return None
        lemma = self.speech_lemma(before[at])
        commas = [k for k, t in enumerate(before[:at]) if t.text == ","]
        start = commas[-1] + 1 if commas and commas[-1] + 1 < at and before[commas[-1] + 1].pos_ in ("DET", "PROPN") else 0
        np = []  # "Pédiatre au CHU X, le Dr Y alerte sur « … »": the phrase after a fronted apposition
        for t in before[start:at]:
            if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != "-":  # "Sa collègue N-VA X juge …"
                break
            np.append(t)
        found = self.speaker_of(np, lemma, "verb") if lemma and np else None
        if lemma and not (found and found.key) and before[at - 1].text == ",":
            # "Une position que la présidente du groupe, X, juge « … »": the person set off just before the verb
            found = self.person_just_before(before[at], lemma, "verb")
        return found if found and found.key else None

    def clause_subject(self, qtoks) -> Speaker | None:
        """Words quoted in a clause with no speech verb are its subject's, when a named person or body: "Le groupe
        table désormais sur une marge « comprise entre 7 et 8 % »" quotes the group's forecast."""
        if _term(self.text[qtoks[0].idx:qtoks[-1].idx + len(qtoks[-1])], qtoks):
            return None  # whoever's clause holds it
        inside = {t.i for t in qtoks}
        t = next((x for x in qtoks if x.head.i not in inside), None)
        for _ in range(4):
            if t is None or t.head is t:
                return None
            t = t.head
            if t.pos_ in ("VERB", "AUX") and t.i not in inside:
                break
        else:
            return None
        subject = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None) \
            or next((c for c in t.children if c.i < t.i and c.left_edge.i == c.sent.start
                     and (c.pos_ in ("NOUN", "PROPN") or c.text[:1].isupper())
                     and not any(g.dep_ == "case" for g in c.children)
                     and any(g.dep_ == "acl:relcl" and any(q.lower_ == "qui" for q in g.children) for g in c.children)),
                    None)  # "X, qui a saisi …, se réserve": the parser hangs the subject as a complement
        if subject is None:
            return None
        found = self.speaker_of(self.subject_np(subject), None, "clause")
        return found if found and found.key and found.kind in ("person", "organization", "institution") else None

    def pronoun_subject(self, sent_toks, qtoks) -> Speaker | None:
        """A quotation in a clause whose subject is "il"/"elle": the person last named."""
        inside = {t.i for t in qtoks}
        for t in sent_toks:
            if t.i not in inside and t.dep_ in ("nsubj", "expl:subj") and fold(t.text) in ("il", "elle"):
                verb = t.head
                if verb.i not in inside and fold(verb.lemma_) not in IMPERSONAL:
                    return self.speaker_of([t], None, "pronoun")
        return None


# A sentence opening on the body an "on" speaks from: "Du côté de la FWA, on", "Chez Renault, on", "À la CGT, on"
_MEMBERS_OF = re.compile(r"\bles\s+[\w-]+(?:\s+d['’]\s*[\w-]+)?\s+(?:de\s+la|de\s+l['’]|du|des|d['’])\s*$", re.I)
_TOPIC = re.compile(r"\s*quant\s+(?:à\s+|au\s+|aux\s+)((?:la |l['’]|les )?[^,;:«»]{2,80}),\s*$", re.I)
_FRONTED_BODY = re.compile(r"\s*(?:du côté d[eu']\s*|chez\s+|à\s+|au\s+|aux\s+)((?:la |l['’]|les )?[^,;:«»]{2,80}),"
                           r"(?:\s*[^,;:«»]{2,40},)?\s*$", re.I)  # "Du côté de l'X, partie civile, on …": an apposition


# How court reporting puts someone on trial: before the name ("le procès de l'ancien directeur …, X", "requis
# contre X"), or after it ("X, poursuivi pour", "X, l'ancien patron de …, accusé de", "X comparaît").
_ON_TRIAL_BEFORE = re.compile(r"\b(?:procès|contre|a condamné|ont condamné|a acquitté|a relaxé)\b[^.;:«»“”\"]*$", re.I)
_ON_TRIAL_AFTER = re.compile(r",\s*(?:[^,.;:«»]{0,70},\s*)?(?:poursuivie?s?|accusée?s?|inculpée?s?|jugée?s?|mise?s? en examen"
                             r"|soupçonnée?s?)\b|\s+(?:compara[iî]t|comparaissait)\b", re.I)


# Verbs of appointment, folded: what follows the person they name is their new function.
_APPOINTED = r"(?:nomme|nommee|designe|designee|elu|elue|promu|promue|installe|installee|investi|investie|reconduit|reconduite)"


def _antecedent(relative):
    """The noun a relative clause's verb hangs on, past the participles the parser may hang it on instead
    ("le Groupe X, lié à al-Qaïda, qui dit …": the group says)."""
    head = relative.head
    doc = relative.doc
    participle = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_.startswith("obl") else head
    if participle.pos_ == "VERB" and participle.dep_ == "acl" and participle.i > 0 and doc[participle.i - 1].text == "," \
            and relative.left_edge.i > 0 and doc[relative.left_edge.i - 1].text == ",":
        head = participle  # ", affilié à l'État islamique, qui dit": the relative after the aside is the body's
    while head.pos_ == "VERB" and head.dep_ == "acl" and head.head.i < head.i:
        head = head.head
    return head


def _root_subject(sentence):
    """The subject of a sentence's main verb, if the parse gives one."""
    return next((t for t in sentence if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT"), None)


def _term(quoted: str, qtoks) -> bool:
    """A few words no one says, verb or not ("raconte la « débrouille »"): a term, not a quotation, unless
    someone is said to say them."""
    n_words = len(quoted.split())
    return n_words <= 6 and (n_words <= 2 or not any(t.pos_ in ("VERB", "AUX") for t in qtoks if not t.is_punct))


def _embedded_term(qtoks) -> bool:
    """One or two quoted words with no verb, in another noun's complement after a determiner ("la fin de sa
    « mission »", "les partis du « socle commun »"): a term, whoever speaks in the sentence; not the words a
    verb takes ("dénonce une « mascarade »")."""
    words = [t for t in qtoks if not t.is_punct]
    head = next((t for t in words if t.head not in words), None)
    before = head.doc[words[0].i - 1] if head is not None and words[0].i > 0 else None
    while before is not None and (before.is_punct or before.is_space) and before.i > 0:
        before = head.doc[before.i - 1]
    # after "du", or a determiner after a preposition ("de sa"): not "reconnaît une « … »", "des « … »" the parse hung
    linked = before is not None and (before.lower_ in ("du", "au", "aux") or before.pos_ == "DET" and before.i > 0
                                     and head.doc[before.i - 1].pos_ == "ADP")
    return len(words) <= 2 and head is not None and head.pos_ == "NOUN" and head.dep_ == "nmod" and linked


def _asked(t) -> bool:
    """"Interrogé par Jeune Afrique, X …": the participle of an asking verb names the interviewer, not the speaker."""
    past_participle = "Part" in t.morph.get("VerbForm") and "Pres" not in t.morph.get("Tense") and not fold(t.text).endswith("ant")
    return fold(t.lemma_) in lexicon().asking_verbs and past_participle and not any(c.dep_.startswith("aux") for c in t.children)


def _verb_opening(verb):
    """The first word of a verb group: its first auxiliary, or the verb itself ("a annoncé" opens on "a")."""
    return min([verb, *(c for c in verb.children if c.dep_.startswith("aux"))], key=lambda x: x.i)


def _stem(word: str) -> str:
    """Gender and number folded by the same endings as `_masculine`: guinéennes → guineen, russes → russ,
    déléguée and délégué → delegu, française and français → francais (the s of -ais, -ois is not a plural)."""
    word = _masculine(word.rstrip("s") if len(word) > 3 and not word.endswith(("ais", "ois")) else word)
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def nationality(word: str) -> str:
    """A folded word naming a nationality or a country as its country's code ("russe", "russie": "@RU"), else itself."""
    code = demonym_country(word) or country_of(word)
    return "@" + code if code else word


def _countries(words) -> frozenset:
    """The country codes among a role's modifiers ("@GH" for "ghanéen")."""
    return frozenset(w for w in words if w.startswith("@"))


def _other_country(countries: frozenset, modifiers) -> bool:
    """Does a role held by someone name only countries other than `countries` ("ministre nigérien" for "le
    diplomate ghanéen")?"""
    held = _countries(modifiers)
    return bool(countries and held) and not countries & held


def _subsequence(needle, hay) -> bool:
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


def _role_heads(function: str) -> set[str]:
    """The words of a function, and the function a prefixed one is a deputy of ("vice-ministre" is a
    "ministre" for "le responsable")."""
    words = set(function.split())
    return words | {DEPUTY.sub("", w) for w in words}


def _compound_role(words: list[str], roles) -> str | None:
    """A function of two or three words among `words` ("premier ministre", "garde des sceaux", "locataire de
    l'elysee", whose elided article may come as a token of its own)."""
    words = " ".join(words).replace("' ", "'").split()
    return next((" ".join(words[i:i + n]) for n in (3, 2) for i in range(len(words) - n + 1)
                 if " ".join(words[i:i + n]) in roles), None)


# ---------------------------------------------------------------------------
# Quotation or scare quotes?


def _designated(text: str, open_at: int, lex: "Lexicon") -> bool:
    """Quotation marks right after "en tant que", "opération", "surnommé"… name a term, they quote nobody;
    but after "s'est dite" or "a appelé" they quote what the subject said."""
    before = fold(text[max(0, open_at - 40):open_at]).rstrip(SPACE + "(")
    before = re.sub(r"\s+", " ", before)
    bare = re.sub(r" (?:un|une|des|le|la|les|l')$", "", before.replace("l' ", "l'"))  # "présentée comme une « … »"
    for b in (before, bare):
        for d in lex.designators:
            if _ends_with_word(b, d):
                rest = b[: -len(d)]
                # "la Fédération qualifie d'« illégale »": a judge's words in any active tense, not "est qualifié de"
                judging = d.startswith("qualifi") and not PASSIVE_AUXILIARY.search(rest)
                return not (d in lex.spoken_designators and (judging or SPOKEN_AUXILIARY.search(rest)))
    return False


def _title(text: str, span: Span, lex: "Lexicon") -> bool:
    """A short capitalised quotation that is not a sentence, just after a verb of publishing ("publie « Les
    Archives du silence »") or after a work's noun and a comma ("son premier roman, « Béton tendre »"): a title."""
    quoted = text[span.start:span.end].strip()
    if not quoted[:1].isupper() or len(quoted.split()) > 8 or quoted.endswith((".", "!", "?", "…", ",")):
        return False
    clause = re.split(r"[.;:!?\n«»“”\"]", fold(text[max(0, span.open - 80):span.open]))[-1]
    words = re.findall(r"[\w'-]+", clause)[-6:]
    # "son premier roman, « … »", "l'émission incriminée, « … »": the work's noun, maybe an adjective after it
    after_noun = clause.rstrip(SPACE).endswith(",") and any(w.split("'")[-1] in lex.designators for w in words[-2:])
    return after_noun or any(w.split("'")[-1].startswith(lex.title_verbs) for w in words)


# A passive auxiliary, perhaps with one adverb, before a participle: "est qualifié de", "a été qualifiée de"
PASSIVE_AUXILIARY = re.compile(r"(?:^|\s)(?:est|sont|etait|etaient|ete|sera|seront|serait|etre|fut)(?: \w+)? $")
# An active or reflexive auxiliary, perhaps with one adverb, before a participle: "a appelé", "s'est aussi dite", "se dit";
# or the subject pronoun of a relative clause before its verb.
SPOKEN_AUXILIARY = re.compile(r"(?:^|[\s-])(?:a|ont|avait|avaient|aurait|auraient|aura|auront|s'est|s'etait|s'etaient|se|se sont|t-il|t-elle"
                              r"|qu'il|qu'elle|qu'ils|qu'elles)(?: (?!ete )\w+)? $")  # not the passive "a été qualifié de"



def _judged(art: "_Article", span: Span, qtoks) -> bool:
    """A designating noun followed by a quoted adjective ("un projet « idéologique »", "un plan « irréaliste »")
    or a lowercase qualifying complement ("un livre « d'une justesse rare »") reports a judgement, it names nothing."""
    before = art.token_at(span.open - 1)
    while before.i > 0 and (before.is_space or before.idx >= span.open):
        before = art.doc[before.i - 1]
    qualifying = qtoks[0].text[:1].islower() and re.match(r"d'une?\b|de (?:la|l')\b", fold(qtoks[0].text_with_ws + "".join(t.text_with_ws for t in qtoks[1:3])))
    # a capitalised first word names something ("l'opération « Littoral sans choléra »")
    return before.pos_ == "NOUN" and (qtoks[0].pos_ == "ADJ" and qtoks[0].text.islower() or bool(qualifying))


def _ends_with_word(before: str, d: str) -> bool:
    return before.endswith(d) and (len(before) == len(d) or not before[-len(d) - 1].isalnum())


def _name_like(text: str) -> bool:
    words = [w for w in re.findall(r"[\w'’-]+", text) if fold(w) not in STOP]
    return 0 < len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() for w in words)


def find_quotes(doc, mentions: list[Mention]) -> list[Quote]:
    """Every quotation of an article body with its speaker, speech cue and kind (direct / partial)."""
    return attribute(doc, mentions)[0]


def attribute(doc, mentions: list[Mention]) -> tuple[list[Quote], list[Mention]]:
    """The article's quotations (`find_quotes`), and the mentions of the common-noun state bodies
    (`national_bodies`) that speak in them, for the entity tables: a quote's speaker must be an entity."""
    art = _Article(doc, mentions)
    text = doc.text
    quotes: list[Quote] = []
    spans = quote_spans(text)
    art.quoted = [(s.start, s.end) for s in spans]
    for span in spans:
        qtoks = list(doc.char_span(span.start, span.end, alignment_mode="expand") or [])
        # a quotation opening on a verb is said, not designated ("le dossier « repose sur … »", "X dit « prendre la
        # situation au sérieux »"), unless it is a bare infinitive or two ("le mot d'ordre « résister »")
        finite = qtoks and qtoks[0].pos_ in ("VERB", "AUX") and qtoks[0].text.islower() and (
            "Fin" in qtoks[0].morph.get("VerbForm") or "Inf" in qtoks[0].morph.get("VerbForm") and len(qtoks) >= 3)
        if not qtoks or _title(text, span, art.lex) or _designated(text, span.open, art.lex) and not finite and not _judged(art, span, qtoks):
            continue
        quoted = text[span.start:span.end]
        line_start = text.rfind("\n", 0, span.open) + 1
        line_end = text.find("\n", span.close)
        line_end = len(text) if line_end < 0 else line_end
        art.current = (span.open, span.close)
        s_start = max(art.token_at(span.open).sent.start_char, line_start)
        s_end = min(art.token_at(min(span.close, len(text) - 1)).sent.end_char, line_end)
        sent = doc.char_span(s_start, max(s_end, span.close), alignment_mode="expand")
        sent_toks = list(sent) if sent is not None else qtoks
        alone = not text[line_start:span.open].strip(SPACE + "-—–") and not text[span.close:line_end].strip(SPACE + ".,;")

        speaker = art.incise(span.close, line_end)
        inner = None if speaker else art.inner_incise(qtoks)  # (speaker, where the incise starts, where words resume)
        speaker = speaker or (inner and inner[0]) or art.late_incise(span, line_end) or art.colon(span, line_start) \
            or art.according(span, sent_toks, qtoks, adjacent=True)
        if speaker is None and alone:
            speaker = art.caption(span, line_end)
        governed = art.governing(qtoks, sent_toks)
        if speaker is None:
            weak = None  # a group ("les syndicats") speaks, but stronger evidence of a named speaker wins
            for find in (
                lambda: governed,
                lambda: art.according(span, sent_toks, qtoks),
                lambda: art.subject_outside(span, qtoks),
                lambda: art.any_verb(span, sent_toks, qtoks),
                lambda: art.misread_verb(span, sent_toks),
                lambda: art.pronoun_subject(sent_toks, qtoks),
                lambda: art.shared(quotes, s_start, span, sent_toks),
                lambda: art.neighbour_sentence(span, line_start, line_end),
                lambda: art.clause_subject(qtoks),
            ):
                speaker = find()
                if speaker is not None and speaker.kind != "group":
                    break
                weak = weak or speaker
            speaker = speaker or weak
        elif speaker.kind == "document" and governed is not None and governed.kind == "person" and governed.key:
            speaker = governed  # "X a assuré « … », ajoute le communiqué": the document is only the channel

        n_words = len(quoted.split())
        if _name_like(quoted) and not (speaker and speaker.evidence in ("incise", "colon", "caption")):
            continue
        if _term(quoted, qtoks) and (speaker is None or _embedded_term(qtoks)):
            continue
        if speaker and speaker.key:
            art.last_speaker, art.last_spoke_at = speaker, span.start
        starts_upper = next((c.isupper() for c in quoted if c.isalpha()), False)
        direct = alone or (starts_upper and n_words >= 3)
        # « La Russie ne vient pas …, a martelé X. Nous venons … »: an incise that ends a sentence cuts the words in two
        # quotations (one set mid-sentence leaves them whole: « Nous voulons, explique X, que … »)
        cut = inner and speaker is inner[0] and inner[2] < span.end and text[:inner[2]].rstrip(SPACE).endswith((".", "!", "?", "…"))
        pieces = [(span.start, inner[1]), (inner[2], span.end)] if cut else [(span.start, span.end)]
        for start, end in pieces:
            start, end = _trim(text, start, end)
            quotes.append(
                Quote(
                    start=start,
                    end=end,
                    text=text[start:end],
                    kind="direct" if direct else "partial",
                    speaker_surface=speaker.surface if speaker else None,
                    speaker_key=speaker.key if speaker else None,
                    cue=speaker.cue if speaker else None,
                )
            )
    _share_repeated(quotes)
    quotes += [q for q in _dash_turns(art) if not any(o.start < q.end and q.start < o.end for o in quotes)]
    for q in interview_answers(text, art.mentions) + plain_answers(text, art.mentions):
        # an answer holds the words it quotes itself ("ce que Pékin appelle la « lutte antiterroriste »")
        inner = [o for o in quotes if q.start <= o.start and o.end <= q.end]
        if not any(o.start < q.end and q.start < o.end for o in quotes if o not in inner):
            quotes = [o for o in quotes if o not in inner] + [q]
    speakers = {q.speaker_key for q in quotes}
    return quotes, [m for m in art.bodies if m.key in speakers]


DASH_LINE = re.compile(r"^[ \t]*[—–][ \u00a0\u202f]+(?=\S)(.*\S)[ \t]*$", re.M)


def _dash_turns(art: "_Article") -> list[Quote]:
    """Conversation typed the French way, a dash opening each turn and no quotation marks:
    "— On attend les ordres, répond le douanier X." The words run up to the incise that names the
    speaker; a line without one is attributed by a colon on the line before ("X lui a répondu :"), or,
    in an article that has such exchanges, by the person named last before it. A line with quotation
    marks is left to the marks; a bulleted list (no incise, no speech verb before it) is not speech."""
    text = art.text
    found: list[tuple[int, int, Speaker | None, bool]] = []
    for m in DASH_LINE.finditer(text):
        a, line_end = m.start(1), m.end(1)
        line = m.group(1)
        if any(c in line for c in MARKS.replace(SINGLE_CLOSE, "")) or not line[0].isupper():
            continue
        speaker, end = None, line_end
        for b in re.finditer(r"(?:,|[?!…])(?=\s+\S)", line):
            if b.group() in "?!…" and not line[b.end():].lstrip()[:1].islower():
                continue
            cut = a + b.start() + (0 if b.group() == "," else 1)
            speaker = art.incise(cut, line_end)
            if speaker:
                end = cut
                break
        attributed = speaker is not None
        line_start = text.rfind("\n", 0, m.start()) + 1
        if speaker is None and art.ends_with_speech_verb(line_start):
            speaker = art.colon(Span(m.start(), line_end, a, line_end), line_start)
            attributed = speaker is not None
        found.append((a, end, speaker, attributed))
    if not any(attributed for *_, attributed in found):
        return []
    out = []
    for a, end, speaker, attributed in found:
        a, end = _trim(text, a, end)
        words = text[a:end]
        if not attributed:
            if not words.endswith((".", "!", "?", "…")) or len(words.split()) < 4:
                continue
            prev = text[:text.rfind("\n", 0, a)].rstrip()
            if DASH_LINE.match(prev[prev.rfind("\n") + 1:]):
                speaker = None  # a reply in an exchange: who answers is not written
            else:
                person = art.pronoun_person(a)
                speaker = Speaker(person.surface, person.key, None, "person", "dash") if person else None
        if len(words.split()) >= 3:
            out.append(Quote(a, end, words, "direct", speaker.surface if speaker else None, speaker.key if speaker else None, speaker.cue if speaker else None))
    return out


def _share_repeated(quotes: list[Quote]) -> None:
    """A quotation repeated in the article (a headline taking up words of the body) has the speaker of its
    attributed twin: « Nous ne partirons pas » : … and later « Nous ne partirons pas, c'est … », lance X."""
    for q in quotes:
        if q.speaker_key or q.speaker_surface:
            continue
        short = quote_fingerprint(q.text)
        twin = next((o for o in quotes if o.speaker_key and len(short.split()) >= 3 and short in quote_fingerprint(o.text)), None)
        if twin:
            q.speaker_surface, q.speaker_key, q.cue = twin.speaker_surface, twin.speaker_key, twin.cue


# An interview says so. Signed: "Propos recueillis par" or Q/R labels, the way a printed question-and-answer
# interview is laid out. Headed: a first paragraph or a short heading line that opens with "Entretien" /
# "Interview" ("ENTRETIEN. …", "Entretien avec X"). "un entretien téléphonique" inside the lede frames nothing.
COLLECTED = re.compile(r"\bpropos recueillis par\b|\b(?:entretien|interview) réalisée? par\b", re.I)
INTERVIEW_HEADING = re.compile(r"^\s*(?:entretien|interview)(?:\s+exclusi(?:f|ve))?\s*(?:$|[.:—–-]|avec\b)", re.I)
# The lede of an interview can say so in a sentence: "X a accordé un entretien à …", "Dans cet entretien, X …",
# "dans un entretien à <média>", "X répond aux questions de …", or a "Trois questions à X" heading.
INTERVIEW_LEDE = re.compile(
    r"\b(?:accordée? (?:un|une|cet|cette) (?:entretien|interview)|(?:entretien|interview) (?:accordée?|exclusi(?:f|ve))\b"
    r"|(?:dans|pour|lors d['’]) ?(?:cet|cette|un|une) (?:entretien|interview) (?:à|au|aux)\b|(?:dans|pour) (?:cet|cette) (?:entretien|interview)"
    r"|répond(?:u|ait)? (?:à nos|aux) questions|^\s*(?:\w+ )?questions à\b)", re.I)
# An answer speaks in the first person, or opens with a yes or a no, or ends its first clause with one ("Par son
# ampleur, oui."); the journalist's prose under a subhead does not.
FIRST_PERSON = re.compile(r"(?<!\w)(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos)(?!\w)|^\s*(?:oui|non)\b|^[^.?!]{0,60},\s*(?:oui|non)\s*[.!…]", re.I)
QA_LABEL = re.compile(r"^\s*(?:q|question|r|réponse)\s*[.:—–-]\s", re.I)
QUESTION_LABEL = re.compile(r"^\s*(?:q|question)\s*[.:—–-]\s", re.I)
# A question put to the interviewee speaks to them: "Qu'avez-vous observé ?", "Votre parti …", "Vous avez …".
ADDRESSED = re.compile(r"(?<!\w)(?:vous|votre|vos|tu|toi|ton|ta|tes|te|t['’])(?!\w)", re.I)


def _interview_framing(text: str, paragraphs: list[tuple[int, int]]) -> str | None:
    """"signed", "headed" or None (see `COLLECTED`, `INTERVIEW_HEADING`)."""
    if COLLECTED.search(text) or any(QA_LABEL.match(text[a:b]) for a, b in paragraphs):
        return "signed"
    if INTERVIEW_LEDE.search(text[slice(*paragraphs[0])]) or any(
            INTERVIEW_HEADING.match(text[a:b]) and (k == 0 or len(text[a:b].split()) <= 12) for k, (a, b) in enumerate(paragraphs)):
        return "headed"
    return None


def plain_answers(text: str, mentions: list[Mention]) -> list[Quote]:
    """An interview whose answers are plain paragraphs after each question paragraph, the way
    Le Monde or Libération print them: every answer is the interviewee's words. The interviewee is
    the first person the introduction names. Only in a text framed as an interview, with at least two
    questions answered. The question paragraphs of a signed interview are the interviewer's; under a mere
    "Entretien" heading, some question must speak to the interviewee ("vous", "votre", "tu") or be answered
    in the first person: rhetorical subheads ("Pourquoi ce choix ?") ask the reader, and the journalist's
    prose answers them."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    framing = _interview_framing(text, paragraphs) if paragraphs else None
    if framing is None:
        return []
    questions = [k for k, (a, b) in enumerate(paragraphs) if text[a:b].rstrip().endswith("?") and len(text[a:b].split()) <= 60]
    dialogue = framing == "signed" or any(
        ADDRESSED.search(text[slice(*paragraphs[k])]) or k + 1 < len(paragraphs) and FIRST_PERSON.search(text[slice(*paragraphs[k + 1])])
        for k in questions)
    asked = []
    for k, (a, b) in enumerate(paragraphs):
        # A question put as a statement ("Vous avez été critiquée pour …") counts when it takes a question's place.
        para = text[a:b]
        as_statement = bool(asked) and asked[-1] == k - 2 and len(para.split()) <= 40 and ADDRESSED.search(para) and not INTERVIEW_HEADING.match(para)
        if QUESTION_LABEL.match(para) or dialogue and k in questions or as_statement:
            asked.append(k)
    if not asked:
        return []
    people = [m for m in mentions if m.label == "person" and m.key and m.start < paragraphs[asked[0]][0]]
    pairs = []
    for k in asked:
        if k + 1 >= len(paragraphs) or k + 1 in asked:
            continue
        a, b = paragraphs[k + 1]
        answer = text[a:b]
        label = re.match(r"\s*(?:r|réponse)\s*[.:—–-]\s*", answer, re.I)
        if any(c in answer for c in "«»“”\"") or COLLECTED.match(answer) or not label and re.match(r"[^:]{2,60}:\s", answer):
            continue
        a += label.end() if label else 0  # "R : …": the label is not the interviewee's words
        pairs.append(_trim(text, a, b))
    if len(pairs) < 2 or not people:
        return []
    who = people[0]
    return [Quote(a, b, text[a:b], "direct", who.surface, who.key, None) for a, b in pairs]


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[\w'’]+", name) if w[0].isupper())


def interview_answers(text: str, mentions: list[Mention]) -> list[Quote]:
    """In a question-and-answer interview the answers carry no quotation marks: "Name : answer"
    or "N. A. : answer" lines are the interviewee's words. Only a line right after a question
    line, ending like a sentence, so that headline lists ("Name : headline") never count."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    people = [m for m in mentions if m.label == "person" and m.key]
    out = []
    for k, (at, line) in enumerate(lines):
        if k == 0 or not lines[k - 1][1].rstrip().endswith("?") or not line.rstrip().endswith((".", "!", "?", "…")):
            continue
        head = re.match(r"\s*(?:[-—–]\s*)?([^:«»\"“”]{2,60}?)\s*:\s*(?=[^\s«“\"])", line)
        if not head:
            continue
        lead = head.group(1)
        person = next((m for m in people if m.start == at + head.start(1) and m.end == at + head.end(1)), None)
        if re.fullmatch(r"(?:[A-ZÉÈ]\.\s*-?){1,3}", lead):
            # "F. B. :" is the interviewee named in full before, even if the entity stage kept the initials apart
            letters = re.sub(r"[.\s-]", "", lead)
            named = [m for m in people if _initials(m.surface).replace("-", "") == letters and len(m.surface.split()) > 1]
            person = named[0] if named else person
        if person is None:
            continue
        start, end = _trim(text, at + head.end(), at + len(line))
        if len(text[start:end].split()) >= 4:
            out.append(Quote(start, end, text[start:end], "direct", person.surface if lead == person.surface else lead, person.key, ":"))
    return out
