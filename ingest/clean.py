"""Boilerplate out, article in: the line-level cleaner for scraped text.

Scraped articles carry their site's chrome: "Lire aussi" links, related
headline lists, comment forms, ad labels, share buttons, a section label over
the title, a byline and a date line. The cleaner works on paragraphs (one
line of scraped text, or one blank-line-separated block of hard-wrapped text)
with three kinds of evidence:

* labels: the chrome vocabulary of French and English news templates, kept in
  `data/chrome.yml` so a new site's chrome is a data change, not a code change;
* structure: a header opens a block of headline-like lines; a comment-form
  marker ends the article; runs of short unpunctuated lines are link lists;
* cohesion: a lone headline-like line whose words the article never uses is a
  related-article link injected mid-text (a real subheading shares the
  article's vocabulary).

Every dropped line is kept with the rule that dropped it, so a user can see
what was removed and why. Header lines (section, title, byline, date) become
metadata. Nothing here does I/O beyond reading its data file once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .dates import parse_published
from .decode import strip_accents
from .model import Removed

# Sentence-final punctuation: a line ending otherwise reads as a heading or a link.
_TERMINAL = tuple(".!?…:;»\"”)]")
_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", re.UNICODE)
_STOPWORDS = frozenset(
    """le la les l un une des du de d et ou à a au aux en dans sur sous pour par avec sans
    ce cet cette ces son sa ses leur leurs qui que qu quoi dont où ne pas plus est sont été être
    a ont avait il elle ils elles on nous vous se s y c est mais donc or ni car comme après avant
    entre vers chez lors depuis tout tous toute toutes très bien aussi même encore déjà the of and
    to in for on with at by from is are was""".split()
)

# Bylines: "Par Jeanne Martin", "Par la rédaction", "By John Smith", "Propos recueillis par …".
_BYLINE = re.compile(
    r"^(?:par|by|propos recueillis par|texte|rédigé par|écrit par|auteur\s*:)\s+"
    r"(?P<name>[^\W\d_][\w.’'\- ]{1,80}?(?:\s*(?:,|et|and|avec)\s*[\w.’'\- ]{2,60})*)\s*\.?$",
    re.IGNORECASE,
)
# Date lines: "date 2024-02", "Publié le 21 février 2024 à 10h30", "Mis à jour le 22/02/2024".
_DATE_TOKEN = re.compile(r"^\s*(?:date|dated?|publié|published)\s*:?\s*(?P<iso>\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^(?P<kind>publié|publiée|mis à jour|mise à jour|modifié|actualisé|posted|published|updated|le)\b"
    r"(?:\s+le)?\s*:?\s*(?P<when>.{4,60})$",
    re.IGNORECASE,
)
# Outlet named by its own chrome: "© 2024 Le Journal", "Copyright Le Journal",
# "créez votre espace <outlet> pour commenter".
_OUTLET_PATTERNS = (
    re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)?(?P<name>[^\d.,;|]{2,40}?)\s*(?:[-–|,.].*)?$", re.IGNORECASE),
    re.compile(r"créez votre (?:espace|compte) (?P<name>[\w.\- ]{2,30}?) pour", re.IGNORECASE),
)


@dataclass
class Cleaned:
    """The clean text of one article and what its header lines said."""

    body: str
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    section: str | None = None
    published: str | None = None
    published_precision: str | None = None
    modified: str | None = None
    source: str | None = None
    removed: list[Removed] = field(default_factory=list)


def fold(text: str) -> str:
    """Lowercase, accents off, punctuation at the ends off, spaces collapsed: the form chrome labels are matched in."""
    text = strip_accents(text.replace("’", "'")).lower()
    text = re.sub(r"\s+", " ", text)
    return text.strip(" \t:：-–—>»«•·|*#.,!?()[]\"'") or text.strip()


@lru_cache(maxsize=1)
def _labels() -> dict[str, tuple[str, ...]]:
    raw = yaml.safe_load(resources.files("ingest.data").joinpath("chrome.yml").read_text("utf-8"))
    return {key: tuple(fold(str(v)) or str(v) for v in values) for key, values in raw.items()}


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def _content_words(line: str) -> set[str]:
    return {fold(w) for w in _words(line) if len(w) > 3 and w.lower() not in _STOPWORDS}


def _is_sentence(line: str) -> bool:
    return line.rstrip().endswith(_TERMINAL)


def _is_headline_like(line: str, max_words: int = 25) -> bool:
    """A short line that does not end like a sentence: a heading, a link or a button."""
    n = len(_words(line))
    return 0 < n <= max_words and not line.rstrip().endswith((".", ";", ":", "…"))


def _is_paragraph(line: str) -> bool:
    """A line of running text: long enough and punctuated like prose."""
    n = len(_words(line))
    return n >= 25 or (n >= 10 and _is_sentence(line))


def _matches(folded: str, key: str) -> bool:
    return folded in _labels()[key]


def _starts_with(folded: str, key: str) -> bool:
    return any(folded == p or folded.startswith(p + " ") or folded.startswith(p + ":") for p in _labels()[key])


def paragraphs(text: str) -> list[str]:
    """Split text into paragraphs: one per line, unless the text is hard-wrapped.

    Scraped text puts a paragraph on each line. Hard-wrapped text (mail, wire
    copy, old archives) breaks lines at a fixed width: there a line as long as
    the width continues on the next, and a shorter one ends its paragraph.
    """
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    width = _wrap_width(lines)
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                out.append(" ".join(current))
                current = []
            continue
        current.append(line)
        if not width or len(line) < 0.8 * width:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def _wrap_width(lines: list[str]) -> int | None:
    """The width text is wrapped at, or None when lines are paragraphs.

    Wrapped: most lines that have a non-blank successor are of similar length
    (40 to 100 characters) and do not end a sentence.
    """
    followed = [a for a, b in zip(lines, lines[1:]) if a and b]
    if len(followed) < 3 or len(followed) < 0.3 * sum(1 for line in lines if line):
        return None
    lengths = sorted(len(line) for line in followed)
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if n >= 0.8 * width)
    unfinished = sum(1 for line in followed if not _is_sentence(line))
    if 40 <= width <= 100 and near >= 0.6 * len(followed) and unfinished >= 0.6 * len(followed):
        return width
    return None


def _looks_like_title(line: str) -> bool:
    n = len(_words(line))
    return 2 <= n <= 30 and len(line) <= 250 and not line.rstrip().endswith((".", ";", ",", "…"))


def _looks_like_section(line: str, following: str | None) -> bool:
    """A one- to three-word label, capitalised and unpunctuated, above a title."""
    words = _words(line)
    return (
        0 < len(words) <= 3
        and len(line) <= 40
        and line[:1].isupper()
        and not re.search(r"[.,;:!?«»\"]", line)
        and following is not None
        and _looks_like_title(following)
        and len(_words(following)) > len(words)
    )


def clean_text(text: str) -> Cleaned:
    """Clean one article's text: chrome dropped, header lines turned into metadata."""
    result = Cleaned(body="")
    paras = paragraphs(text)
    paras = _take_header(paras, result)
    kept = _drop_chrome(paras, result)
    kept = _drop_incoherent_headlines(kept, result)
    _find_outlet(result)
    result.body = "\n\n".join(kept)
    return result


def _drop(result: Cleaned, line: str, reason: str) -> None:
    result.removed.append(Removed(line, reason))


def _take_header(paras: list[str], result: Cleaned) -> list[str]:
    """Section label, title, byline, date lines and standfirst at the top of the text."""
    out = list(paras)
    # A date token glued to the first line ("date 2024-02 Face à …").
    if out:
        m = _DATE_TOKEN.match(out[0])
        if m:
            result.published, result.published_precision = parse_published(m.group("iso"))
            _drop(result, m.group(0).strip(), "date header")
            out[0] = out[0][m.end():].strip()
            if not out[0]:
                out.pop(0)
    head: list[str] = []
    i = 0
    header_zone = 6  # header lines stand among the first few lines
    while i < len(out) and i < header_zone:
        line = out[i]
        folded = fold(line)
        nxt = out[i + 1] if i + 1 < len(out) else None
        if result.title is None and result.section is None and not head and _looks_like_section(line, nxt) and _paragraph_follows(out, i + 2):
            result.section = line
            _drop(result, line, "section label")
        elif result.author is None and (m := _BYLINE.match(line)) and len(_words(m.group("name"))) <= 12:
            result.author = m.group("name").strip()
            _drop(result, line, "byline")
        elif (m := _DATE_LINE.match(line)) and parse_published(m.group("when"))[0] and len(_words(line)) <= 14:
            value, precision = parse_published(m.group("when"))
            if fold(m.group("kind")).startswith(("mis", "modifie", "actualise", "updated")):
                result.modified = value
            elif result.published is None:
                result.published, result.published_precision = value, precision
            _drop(result, line, "date line")
        elif _matches(folded, "chrome_lines") or _starts_with(folded, "read_also_prefix"):
            _drop(result, line, "chrome label")
            header_zone += 1  # navigation above the title does not use up the header zone
        elif result.title is None and not head and _looks_like_title(line) and _paragraph_follows(out, i + 1):
            result.title = line
            _drop(result, line, "title")
        else:
            head.append(line)
            if _is_paragraph(line):
                i += 1
                break
        i += 1
    rest = head + out[i:]
    # Standfirst: a short first paragraph right under the title, before longer prose.
    if result.title and len(rest) >= 2:
        first = rest[0]
        if _is_sentence(first) and 8 <= len(_words(first)) <= 40 and len(_words(rest[1])) > len(_words(first)):
            result.subtitle = first
    return rest


def _paragraph_follows(paras: list[str], start: int) -> bool:
    """True when running text comes within the next few lines (so the line above is a header)."""
    return any(_is_paragraph(p) for p in paras[start:start + 4])


def _drop_chrome(paras: list[str], result: Cleaned) -> list[str]:
    """Labels, link blocks, headline runs and everything after a comment form."""
    kept: list[str] = []
    in_block = False
    seen_text = False
    for i, line in enumerate(paras):
        folded = fold(line)
        if (_matches(folded, "comment_markers") or _starts_with(folded, "end_markers_prefix")) and seen_text:
            for rest in paras[i:]:
                _drop(result, rest, "after comment form")
            break
        if _matches(folded, "block_headers"):
            _drop(result, line, "link block header")
            in_block = True
            continue
        if in_block:
            if _is_paragraph(line) and not _is_headline_like(line, 20):
                in_block = False
            else:
                _drop(result, line, "link block")
                continue
        if _matches(folded, "chrome_lines") or _matches(folded, "comment_markers"):
            _drop(result, line, "chrome label")
            continue
        if _starts_with(folded, "read_also_prefix"):
            _drop(result, line, "read-also link")
            continue
        if _in_headline_run(paras, i):
            _drop(result, line, "headline list")
            continue
        kept.append(line)
        seen_text = seen_text or _is_paragraph(line)
    # Short unpunctuated lines trailing after the last paragraph are buttons and menus.
    while kept and not _is_paragraph(kept[-1]) and len(_words(kept[-1])) <= 4 and not _is_sentence(kept[-1]):
        _drop(result, kept.pop(), "trailing chrome")
    return kept


def _in_headline_run(paras: list[str], i: int) -> bool:
    """Part of three or more consecutive headline-like lines (a list of links)."""
    def headline(j: int) -> bool:
        return 0 <= j < len(paras) and _is_headline_like(paras[j], 18) and not _is_paragraph(paras[j])

    if not headline(i):
        return False
    start = i
    while headline(start - 1):
        start -= 1
    end = i
    while headline(end + 1):
        end += 1
    return end - start + 1 >= 3


def _drop_incoherent_headlines(paras: list[str], result: Cleaned) -> list[str]:
    """A long headline-like line sharing almost no words with the article: an injected link."""
    kept = []
    for i, line in enumerate(paras):
        words = _content_words(line)
        if _is_headline_like(line, 30) and len(_words(line)) >= 8 and len(words) >= 4:
            rest: set[str] = set()
            for j, other in enumerate(paras):
                if j != i:
                    rest |= _content_words(other)
            if result.title:
                rest |= _content_words(result.title)
            shared = len(words & rest) / len(words)
            if shared < 0.25:
                _drop(result, line, "unrelated headline")
                continue
        kept.append(line)
    return kept


def _find_outlet(result: Cleaned) -> None:
    """The outlet, when the page's own chrome names it."""
    for removed in result.removed:
        for pattern in _OUTLET_PATTERNS:
            m = pattern.search(removed.text)
            if m:
                name = m.group("name").strip(" -–|")
                if name and fold(name) not in ("tous droits reserves", "all rights reserved"):
                    result.source = name
                    return
