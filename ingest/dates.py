"""French temporal expressions: find them in an article body and normalise them to ISO values.

A grammar of regular expressions over an accent- and case-folded copy of the
text (same length, so offsets carry over) finds the expressions; each one is
parsed into its written parts (day, month, year, weekday, "dernier"/"prochain",
début/mi-/fin, an offset such as "il y a trois jours"), then anchored:

* a written year is used as is (`year_source="explicit"`);
* otherwise the publication date anchors it (`"publication"`). A partial
  publication date (`2024-02`) anchors an expression only if its first and last
  possible days give the same answer;
* without a publication date, a year-less date ("le 16 juin") takes the year of
  the nearest explicit day- or month-precision date of the same text, else of
  the nearest explicit year (`"article"`); a weekday written with it picks, among
  the nearby years, the one where the date falls on that weekday. Relative
  expressions ("hier", "l'an dernier") need a publication date;
* nothing else guesses: the expression stays with `value=None`
  (`"unresolved"`).

Values follow TimeML's TIMEX3 conventions: `2023`, `2023-06`, `2023-06-16`,
`2023-SU` (season; `YYYY-WI` is the winter that begins in December YYYY),
`2024-Q1`, `2024-H1`, `2024-W07`, `199` (decade: "les années 1990"), `19`
(century: "le XXe siècle").
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import yaml

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SEASONS = {"printemps": ("SP", (3, 21), (6, 20)), "ete": ("SU", (6, 21), (9, 22)),
           "automne": ("FA", (9, 23), (12, 20)), "hiver": ("WI", (12, 21), (3, 20))}
FUZZY = [  # left context that makes a period fuzzy, longest first; (pattern, modifier)
    (r"(?:au tout debut|au debut|en debut|des le debut|vers le debut)(?: du mois)? d(?:e |')", "start"),
    (r"(?:a la fin|vers la fin|en fin|d'ici la fin|jusqu'a la fin|avant la fin|des la fin)(?: du mois)? d(?:e |')", "end"),
    (r"(?:au milieu|vers le milieu|en milieu)(?: du mois)? d(?:e |')", "mid"),
    (r"(?:dans le courant|au cours) d(?:e |')", None),
    (r"(?:a la |vers la |d'ici la |des la |jusqu'a la )?mi-", "mid"),
    (r"(?:d'ici |jusqu'a |des |a partir de )?debut ", "start"),
    (r"(?:d'ici |jusqu'a |des |a partir de )?fin ", "end"),
    (r"courant ", None),
    (r"(?:vers|aux alentours de|autour de) ", "approx"),
]
RELATIONS = [(r"avant", "before"), (r"apres", "after"), (r"(?:depuis|des|a partir d[ue']?|a compter d[ue']?)", "since"),
             (r"(?:jusqu'(?:a|au|en)|d'ici|avant le)", "until")]
FUTURE_CUE = re.compile(r"\b(?:[a-z]{2,}(?:eront|erons|era|iront|ira|dront|dra|tront|vront|vra)|sera|seront|aura|auront"
                        r"|fera|feront|va|vont|devra|devrait|devraient|doit|doivent|prevue?s?)\b")


@dataclass
class TimeExpression:
    """A temporal expression of a text: where it is, what it says, and how its year was found."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    kind: str  # absolute / relative / range / period
    modifier: str | None = None  # start / mid / end / approx
    end_value: str | None = None  # last point of a range
    year_source: str = "unresolved"  # explicit / publication / article / unresolved
    relation: str | None = None  # before / after / since / until, from "avant", "depuis", "d'ici"...
    weekday: str | None = None  # as written
    weekday_mismatch: bool = False


@dataclass
class _Parse:
    """The written parts of one expression before anchoring."""

    start: int
    end: int
    kind: str
    precision: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: str | None = None  # past / future, from dernier / prochain
    offset: tuple[str, int] | None = None  # ("day", -1) for "hier"
    code: str | None = None  # season or quarter code: "SU", "Q1", "H2"
    fixed: str | None = None  # a value needing no anchor (decade, century)
    modifier: str | None = None
    until: _Parse | None = None  # the end of a range
    anaphoric: bool = False  # "le lendemain": relative to another event, never anchored


# --------------------------------------------------------------------------- lexicon and grammar


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return yaml.safe_load(resources.files("ingest.data").joinpath("dates_fr.yml").read_text("utf-8"))


def is_time_word(word: str) -> bool:
    """A weekday or a month name: "Mardi", "Janvier" open sentences and headlines without naming anything."""
    folded = fold(word)
    return folded in WEEKDAYS or folded in _lexicon()["months"]


def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes, spaces and dashes, keeping one character per character."""
    out = []
    for ch in text:
        ch = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"}.get(ch, ch)
        base = unicodedata.normalize("NFKD", ch)[:1].lower() or ch
        out.append(base if len(base) == 1 and not base.isspace() else (" " if ch.isspace() and ch != "\n" else ch))
    return "".join(out)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _grammar() -> list[tuple[str, re.Pattern]]:
    lex = _lexicon()
    S, Z = r"[ \t]+", r"[ \t]*"
    month_full = _alt(lex["months"])
    month_any = rf"(?:{month_full}|(?:{_alt(lex['month_abbreviations'])})\.?)(?![a-z])"
    day = r"(?<![0-9.,/])(?:1 ?er|1re|premier|[12][0-9]|3[01]|0?[1-9])(?![0-9])"
    year = r"(?<![0-9.,])(?:1[0-9]{3}|20[0-9]{2})(?![0-9]|[.,][0-9])"
    wd = _alt(WEEKDAYS)
    num = rf"(?:[0-9]+|{_alt(lex['numbers'])})"
    rel = r"(?:dernier|derniere|passee?|prochaine?)"
    ordinal = _alt(lex["ordinals"]) + "|dernier"
    rules = {
        "iso": r"(?<![0-9/.-])(?P<year>[12][0-9]{3})-(?P<mon>[01][0-9])-(?P<day>[0-3][0-9])"
               r"(?:t[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?(?:z|[+-][0-9]{2}:?[0-9]{2})?)?(?![0-9])",
        "numeric": r"(?<![0-9/.-])(?P<day>[0-3]?[0-9])(?P<sep>[/.-])(?P<mon>[01]?[0-9])(?P=sep)"
                   r"(?P<year>[12][0-9]{3}|[0-9]{2})(?![0-9]|[/.-][0-9]| [0-9]{2}\b)",
        "day_range": rf"(?:(?P<art>du|de|entre le|entre|les){S})?(?:(?:{wd}){S})?(?P<day>{day})"
                     rf"(?:{S}(?P<mon>{month_any})(?:{S}(?P<year>{year}))?)?{S}(?:au|a|et le|et|jusqu'au){S}"
                     rf"(?:(?:{wd}){S})?(?P<day2>{day}){S}(?P<mon2>{month_any})(?:{S}(?P<year2>{year}))?",
        "month_range": rf"(?P<art>de|d'|entre){Z}(?P<mon>{month_full})(?:{S}(?P<year>{year}))?{S}(?:a|au|et|jusqu'en)"
                       rf"{S}(?P<mon2>{month_full})(?:{S}(?P<year2>{year}))?",
        "year_range": rf"(?:(?P<art>entre|de|du|depuis){S})?(?P<year>{year})(?:(?P<dash>-|/)|{S}(?P<conj>et|a|au){S})"
                      rf"(?P<year2>{year}|[0-9]{{2}}(?![0-9]))",
        "date": rf"(?:(?P<art>le|ce|du|au|l'){Z})?(?:(?P<wd>{wd}){S})?(?P<day>{day}){S}(?P<mon>{month_any})"
                rf"(?:{S}(?P<year>{year}))?(?:{S}(?P<rel>dernier|prochain))?(?:{Z}\((?P<wd2>{wd})\))?",
        "month": rf"(?:(?P<art>en|en ce mois d['e]|au mois d['e]|le mois d['e]|du mois d['e]|mois d['e]|de|d'){Z})?"
                 rf"(?P<mon>{month_any})(?:{S}(?P<year>{year}))?(?:{S}(?P<rel>dernier|prochain))?",
        "season": rf"(?P<det>l'|le|au|a l'|en|cet|ce|de l'|durant l'|pendant l'|depuis l'){Z}(?P<season>printemps|ete|automne|hiver)"
                  rf"(?:{S}(?:de{S}|d')?(?P<year>{year})|{S}(?P<rel>{rel}))?",
        "quarter": rf"(?:(?P<det>au|du|le|ce|un){S})?(?P<ord>{ordinal}){S}(?P<unit>trimestre|semestre)"
                   rf"(?:{S}(?:de{S}|d')?(?P<year>{year})|{S}(?:de{S})?(?P<relyear>l'annee{S}{rel}|l'an{S}{rel}|cette{S}annee))?",
        "decade": rf"(?:(?P<det>les|des|aux|dans les|depuis les|fin des|debut des){S})?annees{S}(?P<dec>(?:19|20)?[0-9]0)(?![0-9])",
        "century": rf"(?:(?P<det>au|du|le|des){S})?(?P<num>[xvi]+|[0-9]{{1,2}}) ?(?:e|eme|ieme|er)(?![a-z]){S}siecle",
        "today": r"\b(?P<word>avant-hier|apres-demain|aujourd'hui|hier|demain)(?: (?:soir|matin|midi|apres-midi))?\b"
                 r"|\b(?P<this>ce|cette|cet) (?:matin|soir|nuit|apres-midi)\b",
        "ago": rf"\b(?P<dir>il y a|dans){S}(?P<n>{num}){S}(?P<unit>jours?|semaines?|mois|ans|annees?)\b",
        "unit": rf"\b(?P<det>l'|la|le|cette|ce|cet){Z}(?P<unit>annee|an|semaine|mois|week-end|weekend)(?:-ci)?"
                rf"(?:{S}(?P<rel>{rel}|en cours|precedente?|suivante?))?\b",
        "anaphoric": r"\b(?:la veille|le lendemain|le surlendemain|l'avant-veille)\b"
                     r"|\b(?:ces (?:derniers|dernieres)|les (?:prochains|prochaines)) (?:jours|semaines|mois|annees)\b",
        "weekday": rf"\b(?:(?P<det>le|ce|des){S})?(?P<wd>{wd})(?:{S}(?:matin|soir|midi|apres-midi))?(?:{S}(?P<rel>dernier|prochain))?\b",
        "year": rf"(?:(?P<art>en|l'an|l'annee){S})?(?P<year>{year})",
    }
    return [(name, re.compile(pattern)) for name, pattern in rules.items()]


# --------------------------------------------------------------------------- parsing


def _month(word: str) -> int:
    lex = _lexicon()
    word = word.rstrip(".")
    return lex["months"].get(word) or lex["month_abbreviations"][word]


def _day(word: str) -> int:
    return 1 if word.replace(" ", "") in ("1er", "1re", "premier") else int(word)


def _year(word: str | None, base: int | None = None) -> int | None:
    if word is None:
        return None
    if len(word) == 2:
        return (base // 100 * 100 + int(word)) if base else (2000 + int(word) if int(word) < 50 else 1900 + int(word))
    return int(word)


def _words_around(folded: str, start: int, end: int) -> tuple[str, str]:
    left = re.search(r"([a-z0-9°'-]+)[ \t]*$", folded[max(0, start - 30):start])
    right = re.match(r"[ \t]*([^ \t\n]+)", folded[end:end + 30])
    return (left.group(1) if left else ""), (right.group(1) if right else "")


def _is_count(folded: str, start: int, end: int) -> bool:
    """A four-digit number that counts or names things: "2000 soldats", "la résolution 2100", "2 000"."""
    lex = _lexicon()
    left, right = _words_around(folded, start, end)
    before = folded[max(0, start - 12):start].rstrip()
    if re.search(r"[0-9][ .,]?$", before) or re.match(r"[ .,][0-9]{3}\b", folded[end:end + 4]):
        return True
    if any(re.search(rf"(?:^|[^a-z]){re.escape(cue)}$", before) for cue in lex["number_cues"]):
        return True
    word = right.rstrip(".,;:!?)»\"")
    if word in lex["units"] or right.startswith(("%", "€", "$")):
        return True
    return (word.isalpha() and len(word) > 3 and word[-1] in "sx" and word not in lex["function_words"]
            and not right.endswith((".", ",", ";", ":")))


def _parse(name: str, m: re.Match, folded: str, text: str) -> _Parse | None:
    """The written parts of one grammar match, or None when the match is not a date."""
    g = m.groupdict()
    s, e = m.start(), m.end()
    lex = _lexicon()
    if name in ("iso", "numeric"):
        y, mo, d = _year(g["year"]), int(g["mon"]), int(g["day"])
        if name == "numeric" and g["sep"] != "/" and len(g["year"]) == 2:
            return None  # "12.05.14" is more often a phone or a score than a date
        return _Parse(s, e, "absolute", "day", y, mo, d) if _valid(y, mo, d) else None
    if name == "date":
        mo, d = _month(g["mon"]), _day(g["day"])
        if not _valid(_year(g["year"]) or 2000, mo, d):
            return None
        w = g["wd"] or g["wd2"]
        return _Parse(s, e, "relative" if g["rel"] and not g["year"] else "absolute", "day", _year(g["year"]), mo, d,
                      WEEKDAYS.index(w) if w else None, _direction(g["rel"]))
    if name == "day_range":
        if g["art"] == "les" and not g["mon"]:
            return None
        mo2 = _month(g["mon2"])
        y2 = _year(g["year2"])
        mo = _month(g["mon"]) if g["mon"] else mo2
        y = _year(g["year"]) or (y2 - (mo > mo2) if y2 else None)
        d, d2 = _day(g["day"]), _day(g["day2"])
        if not (_valid(y or 2000, mo, d) and _valid(y2 or 2000, mo2, d2)):
            return None
        return _Parse(s, e, "range", "day", y, mo, d, until=_Parse(s, e, "range", "day", y2, mo2, d2))
    if name == "month_range":
        mo, mo2, y2 = _month(g["mon"]), _month(g["mon2"]), _year(g["year2"])
        y = _year(g["year"]) or (y2 - (mo > mo2) if y2 else None)
        return _Parse(s, e, "range", "month", y, mo, until=_Parse(s, e, "range", "month", y2, mo2))
    if name == "year_range":
        y = int(g["year"])
        y2 = _year(g["year2"], y)
        if not g["art"] and not g["dash"] or y2 <= y or y2 - y > 100 or _is_count(folded, m.start("year2"), e):
            return None
        return _Parse(s, e, "range", "year", y, until=_Parse(s, e, "range", "year", y2))
    if name == "month":
        abbreviated = g["mon"].rstrip(".") not in lex["months"]
        if not g["year"]:
            capital = text[m.start("mon")].isupper() and m.start("mon") > 0 and text[m.start("mon") - 2:m.start("mon")].strip() not in ("", ".")
            if abbreviated or capital or not (g["art"] or g["rel"] or _fuzzy(folded, s)[1]):
                return None
        elif _is_count(folded, m.start("year"), e):
            return None
        return _Parse(s, e, "relative" if g["rel"] and not g["year"] else "absolute", "month",
                      _year(g["year"]), _month(g["mon"]), direction=_direction(g["rel"]))
    if name == "season":
        if not (g["year"] or g["rel"] or g["det"] in ("cet", "ce")):
            return None
        code = SEASONS[g["season"]][0]
        return _Parse(s, e, "period", "season", _year(g["year"]), code=code,
                      direction=_direction(g["rel"]) or (None if g["year"] else "this"))
    if name == "quarter":
        n = 99 if g["ord"] == "dernier" else lex["ordinals"][g["ord"]]
        unit = "quarter" if g["unit"] == "trimestre" else "half"
        last = 4 if unit == "quarter" else 2
        if n != 99 and n > last:
            return None
        code = ("Q" if unit == "quarter" else "H") + str(min(n, last))
        relyear = g["relyear"] or ""
        shift = -1 if "dern" in relyear or "pass" in relyear else 1 if "proch" in relyear else 0
        return _Parse(s, e, "period", unit, _year(g["year"]), code=code, offset=None if g["year"] else ("year", shift))
    if name == "decade":
        dec = g["dec"]
        value = dec[:3] if len(dec) == 4 else "19" + dec[0]
        return _Parse(s, e, "period", "decade", fixed=value)
    if name == "century":
        n = _roman(g["num"]) if g["num"].isalpha() else int(g["num"])
        return _Parse(s, e, "period", "century", fixed=f"{n - 1:02d}") if n and 1 <= n <= 21 else None
    if name == "today":
        word = g["word"] or "aujourd'hui"
        shift = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "apres-demain": 2}[word]
        return _Parse(s, e, "relative", "day", offset=("day", shift))
    if name == "ago":
        n = int(g["n"]) if g["n"].isdigit() else lex["numbers"][g["n"]]
        unit = _unit(g["unit"])
        return _Parse(s, e, "relative", unit, offset=(unit, -n if g["dir"] == "il y a" else n))
    if name == "unit":
        unit = {"annee": "year", "an": "year", "semaine": "week", "mois": "month", "week-end": "week", "weekend": "week"}[g["unit"]]
        r = g["rel"] or ""
        if r.startswith(("preced", "suiv")):
            return _Parse(s, e, "relative", unit, anaphoric=True)
        if g["unit"] == "an" and not r:
            return None  # "l'an 2000" is the year rule's
        shift = -1 if r.startswith(("dern", "pass")) else 1 if r.startswith("proch") else 0
        if not r and g["det"] not in ("cette", "ce", "cet") and not _fuzzy(folded, s)[1]:
            return None
        return _Parse(s, e, "relative", unit, offset=(unit, shift))
    if name == "anaphoric":
        return _Parse(s, e, "relative", "day", anaphoric=True)
    if name == "weekday":
        if re.match(r"[ \t]+(?:[0-9]|1er|premier)", folded[e:e + 8]):
            return None  # a date the date rule could not read ("jeudi 31 février")
        return _Parse(s, e, "relative", "day", weekday=WEEKDAYS.index(g["wd"]), direction=_direction(g["rel"]))
    if name == "year":
        ys = m.start("year")
        if _is_count(folded, ys, e):
            return None
        left, _ = _words_around(folded, ys, e)
        trigger = g["art"] or left in ("en", "de", "d'", "des", "depuis", "avant", "apres", "vers", "pour", "jusqu'en",
                                       "annee", "courant", "debut", "fin", "mi-", "d'ici", "ete", "hiver", "printemps",
                                       "automne", "saison", "exercice", "budget")
        bracketed = folded[:ys].rstrip().endswith("(") or folded[e:].lstrip().startswith(")")
        closing = re.match(r"[ \t]*(?:[.,;:!?»]|$)", folded[e:e + 3]) and 1900 <= int(g["year"]) <= 2099
        if not (trigger or bracketed or closing or _fuzzy(folded, s)[1]):
            return None
        return _Parse(s, e, "absolute", "year", int(g["year"]))
    return None


def _unit(word: str) -> str:
    return "day" if word.startswith("jour") else "week" if word.startswith("sem") else "month" if word == "mois" else "year"


def _roman(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def _direction(rel: str | None) -> str | None:
    if not rel:
        return None
    return "past" if rel.startswith(("dern", "pass")) else "future" if rel.startswith("proch") else None


def _valid(y: int, mo: int, d: int | None = None) -> bool:
    if not 1 <= mo <= 12:
        return False
    return d is None or 1 <= d <= calendar.monthrange(y, mo)[1]


def _fuzzy(folded: str, start: int) -> tuple[int, str | None]:
    """(new start, modifier) when a début/mi-/fin phrase stands just before `start`; (start, None) otherwise."""
    window = folded[max(0, start - 40):start]
    for pattern, mod in FUZZY:
        m = re.search(rf"(?:^|(?<=[^a-z'-])){pattern}$", window)
        if m:
            return start - (len(window) - m.start()), mod or "during"
    return start, None


def _relation(folded: str, start: int) -> str | None:
    window = folded[max(0, start - 25):start]
    for pattern, rel in RELATIONS:
        if re.search(rf"(?:^|[^a-z']){pattern}[ \t]*$", window):
            return rel
    return None


def _candidates(folded: str, text: str) -> list[_Parse]:
    """Every grammar match that parses, then the longest non-overlapping ones, in text order."""
    found = []
    for priority, (name, pattern) in enumerate(_grammar()):
        for m in pattern.finditer(folded):
            if m.end() == m.start():
                continue
            p = _parse(name, m, folded, text)
            if p is not None:
                new_start, mod = _fuzzy(folded, p.start)
                if mod and p.kind != "range":
                    p = replace(p, start=new_start, modifier=None if mod == "during" else mod,
                                kind="period" if mod != "approx" else p.kind)
                found.append((p, priority))
    found.sort(key=lambda pp: (-(pp[0].end - pp[0].start), pp[1], pp[0].start))
    taken: list[_Parse] = []
    for p, _ in found:
        if all(p.end <= t.start or p.start >= t.end for t in taken):
            taken.append(p)
    return sorted(taken, key=lambda p: p.start)


# --------------------------------------------------------------------------- anchoring


def _fmt(p: _Parse, y: int, mo: int | None = None, d: int | None = None) -> str:
    if p.precision == "day":
        return f"{y:04d}-{mo:02d}-{d:02d}"
    if p.precision == "month":
        return f"{y:04d}-{mo:02d}"
    if p.precision in ("season", "quarter", "half"):
        return f"{y:04d}-{p.code}"
    return f"{y:04d}"


def _shift(now: date, unit: str, n: int) -> str:
    if unit == "day":
        return (now + timedelta(days=n)).isoformat()
    if unit == "week":
        y, w, _ = (now + timedelta(weeks=n)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "month":
        k = now.year * 12 + now.month - 1 + n
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    return f"{now.year + n:04d}"


def _season_bounds(y: int, code: str) -> tuple[date, date]:
    (_, (m1, d1), (m2, d2)) = next(v for v in SEASONS.values() if v[0] == code)
    return date(y, m1, d1), date(y + (code == "WI"), m2, d2)


def _at(p: _Parse, now: date, future: bool) -> str | None:
    """The value of a year-less or relative expression said on day `now`."""
    if p.anaphoric:
        return None
    if p.offset and p.precision not in ("quarter", "half"):
        return _shift(now, *p.offset)
    if p.precision in ("quarter", "half"):
        return _fmt(p, now.year + (p.offset[1] if p.offset else 0))
    if p.precision == "season":
        years = range(now.year - 2, now.year + 2)
        spans = [(y, *_season_bounds(y, p.code)) for y in years]
        if p.direction == "past":
            y = max(y for y, _, end in spans if end < now)
        elif p.direction == "future":
            y = min(y for y, start, _ in spans if start > now)
        else:  # "cet été": the season of this year, the one under way for a winter
            y = now.year - (p.code == "WI" and now.month <= 6)
        return _fmt(p, y)
    if p.month is None:  # a weekday alone
        delta = (p.weekday - now.weekday()) % 7
        if p.direction == "future" or (p.direction is None and future):
            delta = delta or (7 if p.direction == "future" else 0)
            return (now + timedelta(days=delta)).isoformat()
        back = (now.weekday() - p.weekday) % 7 or (7 if p.direction == "past" else 0)
        return (now - timedelta(days=back)).isoformat()
    years = [y for y in (now.year - 1, now.year, now.year + 1) if _valid(y, p.month, p.day)]
    points = {y: date(y, p.month, p.day or 15) for y in years}
    if p.weekday is not None and p.day:
        matching = [y for y in years if points[y].weekday() == p.weekday]
        years = matching or years
    if p.direction == "past":
        years = [y for y in years if (points[y] if p.day else date(y, p.month, 1)) < now.replace(day=1 if not p.day else now.day)] or years
        return _fmt(p, max(years), p.month, p.day)
    if p.direction == "future":
        years = [y for y in years if (points[y] if p.day else date(y, p.month, 28)) > now] or years
        return _fmt(p, min(years), p.month, p.day)
    y = min(years, key=lambda y: (abs((points[y] - now).days), -y if points[y] < now else y))
    return _fmt(p, y, p.month, p.day)


def _bounds(value: str, precision: str) -> tuple[date, date]:
    y = int(value[:4])
    if precision == "day":
        d = date.fromisoformat(value[:10])
        return d, d
    if precision == "month":
        mo = int(value[5:7])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    return date(y, 1, 1), date(y, 12, 31)


def _future_tense(folded: str, p: _Parse) -> bool:
    start = max(folded.rfind(c, 0, p.start) for c in ".!?\n") + 1
    ends = [i for i in (folded.find(c, p.end) for c in ".!?\n") if i >= 0]
    return bool(FUTURE_CUE.search(folded[start:min(ends) if ends else len(folded)]))


def _explicit_year(p: _Parse) -> bool:
    return p.year is not None or p.fixed is not None


def _article_year(p: _Parse, explicit: list[_Parse]) -> int | None:
    """The year of the nearest explicit date of the text, filtered by the weekday when one is written."""
    if p.month is None or p.offset or p.anaphoric or p.direction == "this":
        return None
    fine = [x for x in explicit if x.precision in ("day", "month") and x.year]
    pool = fine or [x for x in explicit if x.year]
    if not pool:
        return None
    base = min(pool, key=lambda x: min(abs(x.start - p.end), abs(p.start - x.end))).year
    if p.weekday is not None and p.day:
        years = sorted({base - 1, base, base + 1} | {x.year for x in explicit if x.year},
                       key=lambda y: (abs(y - base), y))
        for y in years:
            if _valid(y, p.month, p.day) and date(y, p.month, p.day).weekday() == p.weekday:
                return y
    return base


def find_dates(text: str, published: str | None = None) -> list[TimeExpression]:
    """Every temporal expression of `text`, normalised against `published` (ISO, maybe partial) or the text itself."""
    folded = fold(text)
    parses = _candidates(folded, text)
    anchor = parse_published(published) if published else (None, None)
    span = _bounds(*anchor) if anchor[0] and anchor[1] in ("day", "month", "year") else None
    explicit = [p for p in parses if _explicit_year(p)]
    out = []
    for p in parses:
        value, source, end_value = None, "unresolved", None
        if p.fixed:
            value, source = p.fixed, "explicit"
        elif p.year is not None:
            value, source = _fmt(p, p.year, p.month, p.day), "explicit"
        elif span and not p.anaphoric:
            future = _future_tense(folded, p)
            lo, hi = _at(p, span[0], future), _at(p, span[1], future)
            if lo == hi and lo is not None:
                value, source = lo, "publication"
        elif (y := _article_year(p, explicit)) is not None:
            value, source = _fmt(p, y, p.month, p.day), "article"
        if p.until and value:
            u = p.until
            y2 = u.year if u.year is not None else int(value[:4]) + ((u.month, u.day or 0) < (p.month, p.day or 0))
            end_value = _fmt(u, y2, u.month, u.day)
        mismatch = bool(p.weekday is not None and p.day and value and p.precision == "day"
                        and date.fromisoformat(value).weekday() != p.weekday)
        out.append(TimeExpression(
            start=p.start, end=p.end, text=text[p.start:p.end], value=value, precision=p.precision if value else None,
            kind=p.kind, modifier=p.modifier, end_value=end_value, year_source=source,
            relation=_relation(folded, p.start), weekday=_weekday_text(text, folded, p), weekday_mismatch=mismatch))
    return out


def _weekday_text(text: str, folded: str, p: _Parse) -> str | None:
    if p.weekday is None:
        return None
    i = folded.find(WEEKDAYS[p.weekday], p.start, p.end)
    return text[i:i + len(WEEKDAYS[p.weekday])]


# --------------------------------------------------------------------------- publication dates

PUBLISHED_CUE = re.compile(r"^[\W_]*(?P<cue>publie|publiee|mis en ligne|mise en ligne|date|mis a jour|mise a jour"
                           r"|actualise|actualisee|page actualisee|modifie|modifiee|derniere mise a jour)\b[ \t]*(?:le|:|-)?[ \t]*")


def parse_published(text: str) -> tuple[str | None, str | None]:
    """A publication date as metadata or a header writes it ("2024-02", "21/02/2024 à 10h", "Publié le 21 février 2024") -> (ISO value, precision)."""
    if not text:
        return None, None
    m = re.search(r"(?<![0-9])([12][0-9]{3})-([01][0-9])(?:-([0-3][0-9]))?(?![0-9])", text)
    if m and _valid(int(m[1]), int(m[2]), int(m[3]) if m[3] else None):
        return (m[0][:10], "day") if m[3] else (m[0], "month")
    m = re.fullmatch(r"\W*([12][0-9]{3})\W*", text)
    if m:
        return m[1], "year"
    for e in find_dates(text):
        if e.year_source == "explicit" and e.precision in ("day", "month", "year") and e.kind != "range":
            return e.value, e.precision
    return None, None


def infer_published(text: str) -> tuple[str | None, str | None] | None:
    """The publication date a text states about itself, or None.

    Strong evidence only: a line that begins with a publication cue ("Publié le",
    "Mis en ligne le", "date") directly followed by a date with its year. Failing that, a
    line that begins with an update cue ("Mis à jour le", "Actualisé le"), which
    bounds the publication from above and is usually the same day. A date inside a
    sentence ("le rapport publié le 3 mai") is not evidence.
    """
    found: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        folded = fold(line)
        m = PUBLISHED_CUE.match(folded)
        if not m:
            continue
        value, precision = parse_published(line[m.end():m.end() + 40])
        if value:
            kind = "update" if any(w in m["cue"] for w in ("jour", "actualis", "modifi")) else "publication"
            found.setdefault(kind, (value, precision))
    return found.get("publication") or found.get("update")


def latest_reported_month(text: str) -> tuple[str, str] | None:
    """The month of the latest fully written past date of a text, or None.

    A news article is published on or after every day it reports; the latest day it
    writes in full ("le 11 novembre 2021", not "d'ici le 31 décembre 2023", which looks
    ahead) dates it to that month or shortly after. Only dates with their year written
    count: a year-less date would itself need an anchor.
    """
    days = [e.value for e in find_dates(text)
            if e.precision == "day" and e.year_source == "explicit" and e.kind == "absolute"
            and e.relation in (None, "since", "after") and e.value]
    return (max(days)[:7], "month") if days else None
