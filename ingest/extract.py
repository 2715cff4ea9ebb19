"""From a raw HTML page to its main text and the metadata the page carries.

Body, chosen by the numbers of `ingest.evaluation.extraction` (F1 on
trafilatura-eval / its French pages / scrapinghub / mozilla / wcxb):
  trafilatura default            .927 / .940 / .958 / .968 / .945
  trafilatura favor_precision    .928 / .945 / .966 / .965 / .949
  trafilatura favor_recall       .923 / .934 / .956 / .971 / .946
  readability-lxml               .880 / .857 / .938 / .979 / .843
  ours (below)                   .928 / .952 / .966 / .969 / .949
Ours: trafilatura's precision run, plus the paragraphs its default run kept
between them that readability-lxml also found (two extractors agreeing);
the default run when the precision run lost most of the text; readability
when trafilatura finds almost nothing. Rendered as blocks separated by a
blank line, subheadings on their own line, so the cleaner still sees blocks.

Metadata, field by field, first layer that has it wins:
  1. JSON-LD (`NewsArticle`, `Article`, `BlogPosting`… in `@graph`, lists or a
     page's `mainEntity`; `{"@id"}` author references resolved; authors typed
     as organisations only when no layer names a person);
  2. OpenGraph / `article:*` / Dublin Core / named `<meta>` tags, `<link rel=canonical>`;
  3. markup: microdata `datePublished`, `<time pubdate>` (only when the page
     marks a single date), `itemprop=author` / `rel=author` bylines, `<html lang>`;
  4. trafilatura's byline heuristics and site name;
  5. bylines by their look: byline/author classes and `<address>` in the headline's
     article, a 'Par X' / 'Auteur : X' line or an 'Auteur' label and the name after it
     following the `<h1>`; the date written on that byline's line, when the
     byline is the article's (not a comment's);
  6. `<title>`, a date in the URL, htmldate (extensive search), the first `<time>`;
  7. a 'Par X' / 'Por X' / 'Auteur : X' line atop or signing the main text.
Every byline is cleaned the same way (`clean_byline`): prefixes, glued dates,
roles and what follows them, wire-service tags, contact details, credits for
pictures or reviewing, follow buttons and the outlet's name go; what is left
must be shaped like names (capitalised, or in a script without capitals),
joined with ", ". A person named by any layer beats the outlet's own name,
and a byline naming the page's own domain ('X (www.site.com)') is the outlet; the byline the page shows (layers 3 and 5)
completes a list another layer cut short (co-authors). The title is chosen by agreement
(`_title`): a metadata title that the `<h1>` shows, else the first metadata
title without its site suffix (completed when truncated), in the `<h1>`'s
wording when both are the same headline. Dates are ISO with their precision,
the first plausible one (1990 to tomorrow) winning; a UTC time is read on the
outlet's own day when another layer or the URL gives it. Published beats
modified. Nothing is invented: a field no layer gives is left out.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import islice, takewhile
from urllib.parse import urlparse

import trafilatura
import yaml
from bs4 import BeautifulSoup
from htmldate import find_date
from readability import Document

from .dates import parse_published

# Script, style and inline SVG weigh megabytes on modern pages and carry no
# text; they go before parsing so large pages stay fast.
_STRIP = re.compile(r"<(script|style|svg|noscript)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_JSONLD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script\s*>", re.I | re.S)
# After stripping, an article page is a few hundred kilobytes; beyond this it
# is a dump or an archive page, and parsing it would cost seconds.
MAX_CHARS = 3_000_000
MIN_WORDS = 25  # less main text than this is no article (home page, 404)

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
                 "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
                 "scholarlyarticle", "techarticle", "socialmediaposting"}


class NoArticle(ValueError):
    """The page holds no article text (a home page, a 404 page, an empty shell)."""


@dataclass
class Extracted:
    """The main text of a page and the metadata found in its markup."""

    text: str
    meta: dict = field(default_factory=dict)


def extract_html(html: str, url: str | None = None) -> Extracted:
    """Main text and metadata of one page; raise `NoArticle` when there is no article."""
    scripts = _JSONLD.findall(html[:MAX_CHARS * 3])
    lean = _STRIP.sub(" ", html)
    if len(lean) > MAX_CHARS:
        raise NoArticle(f"page too large to be an article ({len(lean) / 1e6:.1f} M characters of markup)")
    document = _trafilatura(lean, url)
    text = main_text(lean, document, url)
    if _size(text) < MIN_WORDS:
        raise NoArticle("no article content")
    meta = page_meta(lean, url, scripts, document, text)
    return Extracted(text, {k: v for k, v in meta.items() if v})


_TEXT_BYLINE = re.compile(r"^(?:par|by|por|von|texte\s*:|(?:auteur|author)(?:e|s|es)?\s*:|propos recueillis par)"
                          r"\s+\S.{0,120}$", re.I)
# A label alone, its value in the next element: '<dt>Auteur</dt><dd>Name</dd>', '<span>Par</span> <a>Name</a>'.
_BYLINE_LABEL = re.compile(r"^(?:par|by|por|von|texte|auteur(?:e|s|es)?|authors?|signé|written\s+by)\s*:?$", re.I)


def text_byline(text: str, sites: list[str | None] = ()) -> str | None:
    """The names of a 'Par X' / 'By X' line among the first blocks of the main text, or signing its last two
    (pages without byline markup)."""
    blocks = text.split("\n\n")
    for block in blocks[:4] + blocks[4:][-2:]:
        if _TEXT_BYLINE.match(block):
            return clean_byline(block, [s for s in sites if s])
    return None


# --- body -----------------------------------------------------------------

def main_text(html: str, document=None, url: str | None = None) -> str:
    """The article's paragraphs, blank-line separated; '' when none is found.

    Trafilatura runs twice: its precision mode (fewer stray blocks) and its
    default mode (fewer lost paragraphs). A paragraph only the default mode
    kept is restored when it lies between the precise blocks and
    readability-lxml found it too; when the precise run lost most of the
    text, the default run is taken whole. `document` is trafilatura's
    default-mode result when the caller already has it.
    """
    if document is None:
        document = _trafilatura(html, url)
    broad = _render(document)
    strict = _render(_trafilatura(html, url, favor_precision=True, with_metadata=False))
    readable = _readability_text(html)
    if _size(strict) < 0.4 * _size(broad):
        found = broad
    else:
        found = _restore(strict, broad, readable)
    if _size(found) < 3 * MIN_WORDS and _size(readable) > 2 * max(_size(found), MIN_WORDS):
        return readable
    return found


def _trafilatura(html: str, url: str | None, **options):
    options.setdefault("with_metadata", True)
    return trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=True,
                                       include_images=False, **options)


def _render(document) -> str:
    return render(document.body) if document is not None and document.body is not None else ""


def _restore(strict: str, broad: str, readable: str) -> str:
    """The precise blocks, plus the broad run's blocks between them that readability also found."""
    precise, wide = strict.split("\n\n"), broad.split("\n\n")
    kept = set(precise)
    positions = [i for i, block in enumerate(wide) if block in kept]
    if not positions:
        return strict
    agreed = " ".join(readable.split())
    inner = [block for block in wide[positions[0]:positions[-1] + 1]
             if block in kept or " ".join(block.split()) in agreed]
    inner_set = set(wide)
    out, pending = [], [block for block in precise if block not in inner_set]  # blocks only the precise run has
    for block in inner:
        while pending and block in kept and precise.index(pending[0]) < precise.index(block):
            out.append(pending.pop(0))
        out.append(block)
    return "\n\n".join(out + pending)


def _size(text: str) -> int:
    """Length in words, counting six characters as a word for scripts written without spaces."""
    return max(len(text.split()), len(text) // 6)


def _readability_text(html: str) -> str:
    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises bare Exceptions on odd markup
        return ""
    soup = BeautifulSoup(summary, "lxml")
    blocks = [_squash(tag.get_text(" ")) for tag in soup.find_all(["h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre"])
              if not tag.find(["p", "li", "blockquote"])]
    return "\n\n".join(b for b in blocks if b)


_BLOCKS = {"p", "head", "item", "quote", "code", "cell"}


def render(tree) -> str:
    """Blocks of trafilatura's XML as text: one block per paragraph, heading, list item or table row."""
    out: list[str] = []

    def walk(node):
        for child in node:
            if child.tag in ("list", "table") or (child.tag == "quote" and child.find("p") is not None):
                walk(child)
            elif child.tag == "row":
                out.append(" | ".join(filter(None, (_block_text(cell) for cell in child))))
            elif child.tag in _BLOCKS:
                out.append(_block_text(child))
            else:
                walk(child)

    walk(tree)
    return "\n\n".join(block for block in out if block)


def _block_text(node) -> str:
    """A block's text: inline markup joined as written; line breaks and nested blocks as a space."""
    return _squash("".join(_texts(node)))


def _texts(node):
    yield node.text or ""
    for child in node:
        nested = child.tag in _BLOCKS or child.tag in ("lb", "list", "row", "table")
        yield " " if nested else ""
        yield from _texts(child)
        yield " " if nested else ""
        yield child.tail or ""


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def _squash(text: str) -> str:
    """One line of text: soft hyphens and zero-width characters out, spacing collapsed."""
    return re.sub(r"\s+", " ", text.translate(_INVISIBLE)).strip()


# --- metadata -------------------------------------------------------------

def page_meta(html: str, url: str | None = None, jsonld_scripts: list[str] | None = None, document=None,
              text: str = "") -> dict:
    """Metadata of a page by layer precedence (see module docstring); absent fields omitted.
    `text` is the page's main text, whose 'Par X' line is the last resort for the byline."""
    soup = BeautifulSoup(html, "lxml")
    jsonld = _jsonld_meta(jsonld_scripts if jsonld_scripts is not None else _JSONLD.findall(html))
    byline = _byline_meta(soup)  # the byline the page shows: its date is the reader's day
    layers = [jsonld, _tag_meta(soup), _markup_meta(soup), _trafilatura_meta(document), byline,
              _fallback_meta(soup, html, url), {"author": text_byline(text)}]
    meta: dict = {}
    for name in ("subtitle", "author", "source", "url", "language", "section", "description"):
        for layer in layers:
            value = layer.get(name)
            if value:
                meta[name] = value
                break
    # A 'site name' of many words is a misread headline, not an outlet.
    sites = [site for site in [layer.get("source") for layer in layers] + [_domain(url or meta.get("url") or "")]
             if site and len(site.split()) <= 6]
    # The outlet's own name often fills the byline slot: a person named by any layer beats it.
    bylines = [layer.get("author") for layer in layers]
    # A byline naming the page's own domain ('Deutsche Welle (www.dw.com)', 'Par site.fr') is the outlet signing.
    home = _domain(url or meta.get("url") or "")
    outlet = re.compile(r"(?<![\w@.-])(?:www\.)?" + re.escape(home) + r"\b", re.I) if home else None
    outlets = {clean_byline(b) for b in bylines if b and outlet and outlet.search(b)}  # and its name wherever it is
    people = [name if name not in outlets else None
              for name in (clean_byline(b, sites) if b else None for b in bylines)]
    # An organisation only when no person is named; a domain ('site.com', 'Site Com') names no one.
    signed = [clean_byline(b) for b in [jsonld.get("organisation")] + bylines
              if b and not (outlet and outlet.search(b))]
    meta["author"] = _fullest(people, visible={2, 4, 6}) \
        or next((name for name in signed if name and _words(name) != _words(home or "")), None)
    if byline.get("author") and not {_fold(n) for n in byline["author"].split(", ")} \
            <= {_fold(n) for n in (meta["author"] or "").split(", ")}:
        byline["published"] = None  # the date of a byline that is not the article's (a comment's, a teaser's)
    headings, logos = _headings(soup)
    title = _title([layer.get("title") for layer in layers], headings, sites + logos)
    meta["title"] = _KICKER.sub("", title) if title else None
    meta["published"], meta["published_precision"] = _first_date([layer.get("published") for layer in layers],
                                                                 _url_date(url) if url else None,
                                                                 _shown_day(byline.get("published"), soup))
    meta["modified"] = _first_date(layer.get("modified") for layer in layers)[0]
    if not meta.get("source") and (meta.get("url") or url):
        meta["source"] = _domain(meta.get("url") or url)
    meta.setdefault("subtitle", meta.get("description"))
    return {k: v for k, v in meta.items() if v}


def _fullest(bylines: list[str | None], visible: set[int]) -> str | None:
    """The first layer's byline, unless the byline the page shows (a layer in `visible`) names the same
    people and more: metadata and heuristics often keep only the first of several co-authors."""
    found = [byline for byline in bylines if byline]
    if not found:
        return None
    names = {_fold(name) for name in found[0].split(", ")}
    return next((byline for number, byline in enumerate(bylines) if number in visible and byline
                 and names < {_fold(name) for name in byline.split(", ")}), found[0])


# An upper-case label before a dashed headline ("VIDÉO - …", "SONDAGE EXCLUSIF - …") is a kicker, not the title.
_KICKER = re.compile(r"^[A-ZÀ-ÖØ-Ý0-9'’ ]{2,30}\s[-–—|]\s+(?=\S+(?:\s+\S+){3})")


def _title(candidates: list[str | None], headings: list[str], sites: list[str | None]) -> str | None:
    """The headline, chosen by agreement between the metadata titles and the page's `<h1>`.

    A metadata title that the `<h1>` shows whole, or that holds the `<h1>` as
    one of its ' | '-separated parts, is the `<h1>`; otherwise the first
    metadata title without its site suffix (the fuller one when it was
    truncated), in the `<h1>`'s wording when they are the same headline.
    """
    sites = [s for s in sites if s]
    raw = [c for c in candidates if c]
    site_names = {_fold(site) for site in sites}
    parts = [list(map(_fold, _SEPARATOR.split(t)[0::2])) for t in raw]
    for number, heading in enumerate(headings):
        folded = _fold(heading)
        if any(_fold(title) == folded for title in raw) or number == 0 and folded not in site_names and (
                len(_words(heading)) >= 3 and any(folded in p for p in parts)
                or any(len(p) > 1 and folded == p[0] for p in parts)):  # 'About bugs – Studio': a short headline
            return heading
    titles = [strip_site_suffix(c, sites) for c in raw]
    titles = [max((t for t in titles if _continues(t, title)), key=len) for title in titles]
    for title in titles:
        for heading in headings:
            if _agree(title, heading):
                # The heading shows the title's own form, unless it wraps it in a kicker or label.
                inside = " ".join(_words(title)) in " ".join(_words(heading))
                return title if inside and len(_words(heading)) > len(_words(title)) else heading
    return titles[0] if titles else (headings[0] if headings else None)


def _continues(longer: str, title: str) -> bool:
    """`longer` is `title` completed: a headline cut short ('… (Including', '… the…'), not `title` plus a suffix."""
    head = _fold(title).rstrip(".… ")
    rest = _fold(longer)[len(head):]
    return longer == title or len(_words(title)) >= 3 and _fold(longer).startswith(head) and bool(rest) \
        and not re.match(r"\s*[|–—•·»/:(-]", rest)


_QUOTES = str.maketrans("’‘`´“”«»", "''''\"\"\"\"")


def _fold(text: str) -> str:
    """Text compared up to case, spacing and quote style."""
    return " ".join(text.casefold().translate(_QUOTES).split())


def _agree(title: str, heading: str) -> bool:
    """Same headline, up to case, punctuation, a suffix or a few words (a kicker, a rewrite)."""
    a, b = _words(title), _words(heading)
    if not a or not b:
        return False
    if a == b or " ".join(b) in " ".join(a) and len(b) >= 3:
        return True
    common = len(set(a) & set(b))
    return common / len(set(a) | set(b)) >= 0.6


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


# A badge inside a headline ('Abonnés', 'Premium', 'Live') is a label of the page, not words of the title.
_BADGE = re.compile(r"\b(?:label|badge|tag|flag|sticker|premium|abo|abonnes?|subscriber|paywall|pill)\b", re.I)


def _headings(soup) -> tuple[list[str], list[str]]:
    """Visible `<h1>` texts that look like headlines, article ones first; and the site's name when an `<h1>`
    in the page's header, navigation or footer (outside any article) shows it, as a logo."""
    found, logos = [], []
    for h1 in soup.select("article h1, main h1") + soup.find_all("h1"):
        text = _clean(" ".join(t for t in h1.strings
                               if not any(_BADGE.search(" ".join(tag.get("class") or ()))
                                          for tag in takewhile(lambda tag: tag is not h1, t.parents))))
        if h1.find_parent(["header", "nav", "footer"]) and not h1.find_parent(["article", "main"]):
            logos.append(text)
        elif text and len(text.split()) >= 2 and text not in found:
            found.append(text)
    return found[:5], [logo for logo in logos if logo]


def _trafilatura_meta(document) -> dict:
    """What trafilatura's own metadata pass found (byline heuristics); dates come from htmldate directly."""
    if document is None:
        return {}
    return {"author": document.author,
            "source": document.sitename, "description": document.description}


def _jsonld_meta(scripts: list[str]) -> dict:
    """Fields of the first article-typed JSON-LD object; `{"@id": …}` references resolved within the page."""
    items = list(_jsonld_items(scripts))
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str) and len(item) > 1}
    for item in items:
        if _types(item) & ARTICLE_TYPES:
            publisher = item.get("publisher")
            return {
                "title": _clean(item.get("headline") or item.get("name")),
                **_people(item.get("author") or item.get("creator"), by_id),
                "published": _clean(item.get("datePublished") or item.get("dateCreated")),
                "modified": _clean(item.get("dateModified")),
                "source": _names(publisher) if isinstance(publisher, (dict, list)) else None,
                "url": _url_of(item.get("url") or item.get("mainEntityOfPage")),
                "section": _first(item.get("articleSection")),
                "language": _clean(item.get("inLanguage")) if isinstance(item.get("inLanguage"), str) else None,
                "description": _clean(item.get("description")),
                "subtitle": _clean(item.get("alternativeHeadline")),
            }
    return {}


def _types(item: dict) -> set[str]:
    types = item.get("@type")
    return {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}


def _people(value, by_id: dict) -> dict:
    """JSON-LD authors as comma-joined names under 'author'; authors all typed as organisations under
    'organisation' instead, so that a person another layer names comes first."""
    items = [by_id.get(item.get("@id"), item) if isinstance(item, dict) else item
             for item in (value if isinstance(value, list) else [value])]
    persons = [item for item in items if isinstance(item, dict) and "person" in _types(item)]
    if not persons and items and all(isinstance(item, dict) and _types(item) & _ORGANISATIONS for item in items):
        return {"organisation": _names(items)}
    return {"author": _names(persons or items)}


_ORGANISATIONS = {"organization", "newsmediaorganization", "corporation", "ngo", "governmentorganization"}


def _jsonld_items(scripts: list[str]):
    """Every JSON object in the page's JSON-LD, `@graph`, lists and a web page's `mainEntity` flattened."""
    for raw in scripts:
        try:
            data = json.loads(raw.strip().removeprefix("<!--").removesuffix("-->").strip(), strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                yield item
                stack[:0] = [item[key] for key in ("@graph", "mainEntity") if isinstance(item.get(key), (list, dict))]


def _tag_meta(soup) -> dict:
    """OpenGraph, `article:*`, Dublin Core and named `<meta>` tags."""
    tags: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        value = tag.get("content")
        if key and value and value.strip() and key not in tags:
            tags[key] = value.strip()

    def pick(*keys):
        return next((_clean(tags[k]) for k in keys if tags.get(k)), None)

    author = pick("author", "article:author", "og:article:author", "article:author_name", "dc.creator",
                  "dcterms.creator", "sailthru.author", "parsely-author", "byl", "twitter:creator")
    if author and (author.startswith(("http", "@", "www.")) or "/" in author):
        author = None
    canonical = soup.find("link", rel="canonical")
    return {
        "title": pick("og:title", "twitter:title", "dc.title", "dcterms.title"),
        "author": author,
        "published": pick("article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
                          "dcterms.issued", "dcterms.created", "dc.date", "date", "pubdate", "publish-date",
                          "sailthru.date", "parsely-pub-date", "article.published", "publication_date",
                          "og:published_time", "cxenseparse:recs:publishtime"),
        "modified": pick("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified"),
        "source": pick("og:site_name", "application-name", "dc.publisher"),
        "url": (canonical.get("href") if canonical and canonical.get("href", "").startswith("http") else None)
        or pick("og:url"),
        "language": _lang(pick("og:locale", "dc.language", "language", "content-language")),
        "section": pick("article:section", "section", "parsely-section"),
        "description": pick("og:description", "description", "twitter:description", "dc.description"),
    }


def _markup_meta(soup) -> dict:
    """Microdata, `<time pubdate>`, publication-date classes and byline markup inside the page body."""
    scope = _article(soup)
    marked = scope.find_all(attrs={"itemprop": "datePublished"}) + scope.find_all("time", attrs={"pubdate": True}) \
        + scope.find_all(["time", "span", "div", "p"], class_=_PUBLISHED_CLASS, attrs={"datetime": True})
    dates = {_clean(tag.get("datetime") or tag.get("content") or tag.get_text(" ")) for tag in marked} - {None}
    # One date, or nothing: a page listing teasers with their own dates says nothing about the article.
    published = dates.pop() if len({iso_date(d)[0] for d in dates}) == 1 else None
    html = soup.find("html")
    author, _ = _first_byline(soup.find_all(attrs={"itemprop": "author"}) + soup.find_all(attrs={"rel": "author"}))
    return {"published": published, "author": author,
            "language": _lang(html.get("lang") or html.get("xml:lang")) if html else None}


def _article(soup):
    """The headline's `<article>` (not a sidebar teaser), else `<main>`, else the page."""
    h1 = soup.find("h1")
    return (h1.find_parent("article") if h1 else None) or soup.find("main") or soup


_BYLINE_CLASS = re.compile(r"byline|author|auteur|signature|contributor|writer|journaliste|redacteur", re.I)
_NOT_BYLINE_CLASS = re.compile(r"comment|avatar|image|photo|bio|desc|about|share|follow|related|social", re.I)
_AUTHOR_LINK = re.compile(r"/(?:auteurs?|authors?|journalistes?|signatures?|redacteurs?|people|profil|"
                          r"contributors?|writers?|personnes?|team|staff)/", re.I)


def _byline_meta(soup) -> dict:
    """Bylines found by their look, after trafilatura's: within the headline's article, elements
    whose class names a byline or an author and `<address>` elements, then among the texts after the
    `<h1>` a 'Par X' / 'Auteur : X' line or a label whose next text is the name ('Auteur' | 'X').
    The date written on the byline's own line ('Par X | 30 septembre 2018') is the published date."""
    scope = _article(soup)
    found, tag = _first_byline(tag for tag in scope.find_all(lambda t: t.name == "address" or t.has_attr("class")
                                                             and _BYLINE_CLASS.search(" ".join(t["class"])))
                               if not _NOT_BYLINE_CLASS.search(" ".join(tag.get("class") or ()))
                               and not tag.find_parent("footer"))
    if not found:
        h1 = scope.find("h1")
        lines = [_squash(line) for line in (h1.find_all_next(string=True, limit=60) if h1 else ())]
        lines = [line for line in lines if line]
        found = next((name for line, after in zip(lines, lines[1:] + [""])
                      for name in [clean_byline(line) if _TEXT_BYLINE.match(line)
                                   else clean_byline(after) if _BYLINE_LABEL.match(line) else None] if name), None)
    return {"author": found, "published": _line_date(tag) if tag else None}


_UPDATED = re.compile(r"\b(?:mis\s+à\s+jour|modifié|actualisé|updated|aktualisiert|actualizado)\b", re.I)


def _line_date(tag) -> str | None:
    """The date on a byline's line: in its parent element's short text, before any 'updated' part."""
    parent = tag.parent
    text = _squash(parent.get_text(" ")) if parent is not None else ""
    if not text or len(text.split()) > 40:
        return None
    found, _ = iso_date(_UPDATED.split(text)[0])
    return found


_QUOTING = ["blockquote", "q", "figure", "figcaption", "cite"]


def _first_byline(tags) -> tuple[str | None, object]:
    """The first of these byline elements that names people, and that element: its own names, else a child
    that reads as a full name (an author box: name, then bio). The authors of comments, quotes and captions
    are not the article's."""
    for tag in islice(tags, 20):
        if tag.name in _QUOTING or tag.find_parent(_QUOTING) or tag.find_parent(class_=re.compile("comment", re.I)):
            continue
        found = clean_byline(_byline_text(tag)) or next(
            (name for child in tag.find_all(True, limit=30) if len(child.get_text(" ").split()) <= 5
             for name in [clean_byline(child.get_text(" "))] if name and " " in name), None)
        if found:
            return found, tag
    return None, None


def _byline_text(tag) -> str:
    """A byline element's names: its `itemprop=name` parts, else its links to author pages (with the
    co-authors of an '(avec B et C)' after them), else its text when short (a long one is a bio or a quote)."""
    if tag.name == "meta":
        return tag.get("content") or ""
    whole = _squash(tag.get_text(" "))
    signed = _OTHER_CREDIT.split(whole)[0]  # 'X Relu par Y': Y reviewed, X wrote
    text = signed if len(signed.split()) <= 20 else ""
    names = [n.get("content") or n.get_text(" ") for n in tag.find_all(attrs={"itemprop": "name"})]
    if not names and tag.name != "a":
        names = [a.get_text(" ") for a in tag.find_all("a", href=_AUTHOR_LINK)]
        names += re.findall(r"\((?:avec|with)\s[^)]*\)", text, re.I) if names else []
    if signed != whole:
        names = [name for name in names if _squash(name) in signed]
    return ", ".join(names) if names else text


# Credits for work other than writing the article: reviewing, editing, translating, pictures, sound.
_OTHER_CREDIT = re.compile(r"\b(?:(?:medically\s+|fact[- ]?)?(?:reviewed|checked|edited|translated|illustrated)\s+by|"
                           r"(?:relu|révisé|vérifié|édité|traduit|illustré|mis\s+en\s+page)e?s?\s+par|"
                           r"(?:photos?|fotos?|fotografía|bild(?:er)?|vidéos?|montage|son|traduction|édition|"
                           r"illustrations?)\s*:)", re.I)


def _fallback_meta(soup, html: str, url: str | None) -> dict:
    """Last resorts: the `<title>`, dates in the URL, htmldate, then the first `<time datetime>`."""
    published = _url_date(url) if url else None
    if not published:
        try:
            published = find_date(html, url=url, original_date=True, extensive_search=True)
        except Exception:  # htmldate fails on some malformed trees; the date then stays unknown
            published = None
    if not published:
        time = soup.find("time", attrs={"datetime": True})
        published = time["datetime"] if time else None
    return {"title": _clean(soup.title.get_text(" ")) if soup.title else None, "published": published, "url": url}


_SEPARATOR = re.compile(r"(\s+[|–—•·»/-]{1,2}\s+)")


def strip_site_suffix(title: str, sites: list[str] = ()) -> str:
    """'Headline | Outlet' -> 'Headline': cut leading/trailing parts that name the site, or a short trailing label."""
    pieces = _SEPARATOR.split(title)  # text, separator, text, …
    parts = pieces[0::2]
    site_words = [" ".join(_words(site)) for site in sites if site and _words(site)]

    def names_site(part: str) -> bool:
        words = " ".join(_words(part))
        return bool(words) and any(words in site or site in words for site in site_words)

    start, end = 0, len(parts)
    while end - start > 1 and names_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and names_site(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)) and len(parts) == 2:
        if len(parts[1].split()) <= 3 <= len(parts[0].split()) and not parts[1].rstrip().endswith(("!", "?")):
            end = 1
        elif len(parts[0].split()) <= 2 and len(parts[1].split()) >= 5:
            start = 1  # a section label before the headline
    return "".join(pieces[2 * start:2 * end - 1]).strip()


# --- value normalisation --------------------------------------------------

_PUBLISHED_CLASS = re.compile(r"publi|pubdate|date-?pub|posted-on|entry-date", re.I)
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_DMY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")


def iso_date(value: str) -> tuple[str | None, str | None]:
    """An ISO date string and its precision from a metadata value ('2023-06-16T10:00:00+02:00', '16/06/2023')."""
    value = value.strip()
    match = _ISO.search(value)
    if match:
        year, month, day = match.groups()
        if 1 <= int(month) <= 12 and (day is None or 1 <= int(day) <= 31):
            return (f"{year}-{month}-{day}", "day") if day else (f"{year}-{month}", "month")
    match = _DMY.search(value)
    if match:
        day, month, year = match.groups()
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            return f"{year}-{int(month):02d}-{int(day):02d}", "day"
    if re.fullmatch(r"\d{4}", value):
        return value, "year"
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # epoch seconds or milliseconds
        return datetime.fromtimestamp(int(value[:10]), timezone.utc).date().isoformat(), "day"
    match = _MDY.search(value) or _DMY_WORDS.search(value)
    if match:
        month, day, year = match.group("month", "day", "year")
        if 1 <= int(day) <= 31:
            return f"{year}-{_MONTH_NUMBERS[month[:3].lower()]:02d}-{int(day):02d}", "day"
    return parse_published(value)  # French wording: '12 mars 2024', 'mardi 4 avril 2023 à 10h'


# English dates: 'June 3, 2021', 'Jun. 3 2021' (US), 'Mon, 03 Jun 2019' (HTTP and RSS dates).
_EN_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MDY = re.compile(r"\b" + _EN_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I)
_DMY_WORDS = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _EN_MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I)
_MONTH_NUMBERS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                              "nov", "dec"), start=1)}


EARLIEST = 1990  # no page on the web was published before this; an earlier date is a birth date or a default


def _first_date(values, url_day: str | None = None, shown_day: str | None = None) -> tuple[str | None, str | None]:
    """The first value that reads as a date a page can carry: not before 1990, not after tomorrow (time zones).

    A default like '1970-01-01', a date of birth or an event scheduled ahead is
    not when the page was published; the next layer's date is taken instead.
    A time in UTC is read on the day another layer gives for the same instant
    in the outlet's own time zone: '2020-08-25T00:23Z' is the 24th in Montreal.
    A machine timestamp is read on the day the page shows its reader when
    that is the day before or after (CMSs often label a UTC time with the
    outlet's offset); a UTC or zoneless one also on the date in the article's
    URL, which the outlet's CMS writes in its own time.
    """
    values = [value.strip() for value in values if isinstance(value, str)]
    latest = (date.today() + timedelta(days=1)).isoformat()
    for value in values:
        found, precision = iso_date(value)
        if found and int(found[:4]) >= EARLIEST and found <= latest[:len(found)]:
            instant = _instant(value)
            if instant is not None and instant.utcoffset() == timedelta(0):
                local = next((other for other in map(_instant, values) if other is not None and other == instant
                              and other.utcoffset() != timedelta(0)), None)
                if local:
                    return local.date().isoformat(), precision
            local_day = shown_day or (url_day if instant is None or instant.utcoffset() == timedelta(0) else None)
            if local_day and precision == "day" and _TIMESTAMP.search(value) \
                    and abs(date.fromisoformat(local_day) - date.fromisoformat(found)) == timedelta(days=1):
                found = local_day
            return found, precision
    return None, None


_TIMESTAMP = re.compile(r"\d[T ]\d{2}:\d{2}")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _shown_day(byline_date: str | None, soup) -> str | None:
    """The publication day the page shows its reader: on the byline's line, else in the text of a `<time>`
    element after the headline ('November 18, 2019', not its machine attribute), skipping 'updated' ones
    and those of teasers (in links, list items, asides, or another `<article>` than the headline's)."""
    if byline_date and _DAY.fullmatch(byline_date):
        return byline_date
    h1 = _article(soup).find("h1")
    times = h1.find_all_next("time", limit=5) if h1 else soup.find_all("time", limit=5)
    for tag in times:
        card = tag.find_parent("article")
        if tag.find_parent(["a", "li", "aside", "nav", "footer"]) or card and h1 and card not in h1.parents:
            continue
        text = _squash(tag.get_text(" "))
        if text and len(text.split()) <= 15 and not _UPDATED.search(text):
            found, precision = iso_date(text)
            if found and precision == "day":
                return found
    return None


def _instant(value: str):
    """An ISO date-time with its UTC offset ('2020-08-24T20:23:33-04:00'), or None."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None and ("T" in value or " " in value) else None


def _url_date(url: str) -> str | None:
    match = _URL_DATE.search(urlparse(url).path)
    if match and 1 <= int(match.group(2)) <= 12 and 1 <= int(match.group(3)) <= 31:
        return f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}"
    return None


def _clean(value) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    value = _squash(BeautifulSoup(value, "lxml").get_text(" ") if "<" in value or "&" in value else value)
    return value or None


def _names(value) -> str | None:
    """Author or publisher names from JSON-LD (string, object, or list of them), comma-joined."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            name = item.get("name") or " ".join(filter(None, (_clean(item.get("givenName")),
                                                                _clean(item.get("familyName")))))
        else:
            name = item
        name = _clean(name) if isinstance(name, (str, list)) else None
        if name and not name.startswith("http") and name not in names:
            names.append(name)
    return ", ".join(names) or None


_BYLINE_PREFIX = re.compile(r"^(?:(?:post\s+)?(?:auteur(?:e|s|es)?|authors?|autor(?:in|en)?)\b\s*:?|"
                            r"(?:signé|reportage)\s*:|texte|text|texto|testo|текст|автор|"
                            r"(?:written|écrit|rédigé|publié|posted|veröffentlicht|propos\s+recueillis|"
                            r"une?\s+(?:article|entretien|texte|reportage|billet|tribune|chronique|analyse|enquête)|"
                            r"zeige\s+alle\s+beiträge)\s+(?:par|by|von|de|d['’]\s*)\b|par|by|von|"
                            r"(?-i:de|di|a\s+cura\s+di)(?=\s+\S+\s+\S)|por)"
                            r"\s*:?\s+", re.I)
_MONTHS = ("janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|"
           "sep|january|february|march|april|june|july|august|september|october|november|december|"
           "janvier|février|avril|juillet|septembre|octobre|novembre|décembre|"
           "januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
           "septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
           "ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro")
# Where a byline turns into a date: "…, 21 juin 2018", "… le 03/05/2024", "… Publié le …", "… Updated …".
_BYLINE_DATE = re.compile(r"[\s,|–—-]*(?:(?-i:\b(?:[Ll]e|on|[Aa]m|el)\s+"
                          r"(?=\d|[a-zéû]{3,9}\.?\s+\d|(?i:" + _MONTHS + r")\b)).*|"
                          r"\b(?:hier|aujourd['’]hui|il\s+y\s+a|yesterday|today)\b.*|"
                          r"\b(?:publié|publiée|mis\s+à\s+jour|updated|published|posted|veröffentlicht|aktualisiert|publicado|"
                          r"publicada|actualizado|pubblicato|aggiornato)\b.*|"
                          r"\b\d{1,2}(?:er|º)?\.?\s+(?:de\s+)?(?:" + _MONTHS + r")\b.*|"
                          r"\b(?:" + _MONTHS + r")\.?\s+\d{1,2}\b.*|"
                          r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*|\b\d{1,2}\s*[h:]\s*\d{2}.*)$", re.I)
# Where it turns into page chrome: credits for the pictures, reading time, follow buttons.
_BYLINE_CHROME = re.compile(r"[\s,.|–—-]*\b(?:photos?|illustrations?|vidéos?|videos?|crédits?|credits?|infographies?|"
                            r"images?|(?:temps\s+de\s+)?lecture|reading\s+time|\d+\s*min(?:utes?)?\b|suivre|follow|"
                            r"s['’]abonner|subscribe|twitter|facebook|linkedin|instagram|"
                            r"voir\s+(?:tous|toutes|ses|les|le\s+profil|son|plus)|lire\s+plus|plus\s+d['’]articles?|"
                            r"tous\s+(?:les|ses)\s+articles|(?:see|view|read)\s+(?:all|full|more|profile)|"
                            r"more\s+(?:from|articles|stories))\b.*$", re.I)
# Contact details glued to a name: e-mail addresses, links, social handles, bare domains.
_CONTACT = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+|@\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|fr|net|org|info)\b\S*",
                      re.I)
_BYLINE_SPLIT = re.compile(r"\s*(?:[,;|/•·]|\s[–—-]\s|\bet\b|\band\b|\bund\b|\by\b|(?-i:\be\b)|&)\s*", re.I)
# A word naming a job or a beat: the byline part from it on is a role, not a name.
_ROLE = re.compile(r"^(?:envoyée?s?|spéciale?s?|correspondante?s?|journalistes?|rédact(?:eur|rice)s?|reporters?|"
                   r"editors?|editorial|correspondents?|contributors?|contributing|columnists?|writers?|experts?|"
                   r"chroniqueu(?:r|se)s?|éditorialistes?|directeur|directrice|director|chef|cheffe|chief|senior|"
                   r"analyste?s?|photographe|photographer|stagiaire|intern|pigiste|freelance|"
                   r"(?-i:à|au|aux|en|in|at|pour|for|from|depuis|avec|with|via|sur|on))$", re.I)
# Words before a role that qualify it ('Senior', 'Tech Reporter', 'Politics Editor'), not part of the name.
_ROLE_MODIFIERS = {"staff", "senior", "chief", "contributing", "associate", "deputy", "assistant", "special",
                   "managing", "executive", "national", "foreign", "political", "politics", "tech", "technology",
                   "science", "health", "business", "sports", "sport", "culture", "entertainment", "investigative",
                   "data", "digital", "video", "audio", "news", "breaking", "markets", "finance", "economics",
                   "climate", "environment", "legal", "crime", "education", "travel", "food", "weather", "world",
                   "local", "metro", "auto", "music", "arts", "fashion", "lifestyle", "features", "social", "media"}
_PARTICLES = {"de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "da", "dos", "das", "di", "del",
              "della", "al", "el", "bin", "ben", "ibn", "ould", "ag", "zu", "ter", "ten", "mac"}
_NOT_NAMES = re.compile(r"^(?:" + _MONTHS + r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|admin|administrator|unknown|anonyme|anonymous|"
                        r"null|none|undefined|users?|username|guest|invité|utilisateur|webmaster)\.?$", re.I)


@lru_cache(maxsize=1)
def _wire_after() -> re.Pattern:
    """A news agency named after a writer's name, with no separator (agencies: data/wire_services.yml)."""
    raw = yaml.safe_load(resources.files("ingest.data").joinpath("wire_services.yml").read_text("utf-8"))
    names = [re.sub(r"(?:\\[ -])+", "[- ]+", re.escape(n)) for n in raw["names"]]
    tags = [re.escape(t) for t in raw["tags"]]
    return re.compile(r"(?<=\w)\s+(?:(?i:" + "|".join(names) + ")|" + "|".join(tags) + ")$")


def clean_byline(text: str, sites: list[str] = ()) -> str | None:
    """The people a byline names, comma-joined ('Par A et B, envoyé spécial à Gao - Le Journal' -> 'A, B').

    Prefixes ('Par', 'By', 'Auteur :'), dates glued after the names, roles
    ('envoyé spécial à …', 'Senior Reporter'), the outlet's own name and
    wire-service tags ('avec AFP', '(AFP)') go; None when what is left is
    not a few names (a sentence, a date, a URL). Contact details, picture
    credits and follow buttons after the names go too.
    """
    text = re.sub(r"\(\s*(?:avec|with)\s+([^)]*)\)", r", \1", text or "", flags=re.I)  # "(avec B et C)": co-authors
    text = _squash(re.sub(r"\([^)]*\)|\[[^]]*\]", " ", _OTHER_CREDIT.split(text)[0]))
    text = re.split(r"(?-i:\b(?:par|by))\s+(?=[A-ZÀ-Ý])", text)[-1]  # "Publié le … par X"
    text = re.sub(r"^[^\W\d_]{2,20}\s*:\s+", "", text)  # a label in any language: "Texte :", "Text:"
    while _BYLINE_PREFIX.match(text):
        text = _BYLINE_PREFIX.sub("", text, count=1)
    text = _squash(_CONTACT.sub(" ", text))
    text = _BYLINE_CHROME.sub("", _BYLINE_DATE.sub("", text))
    text = re.sub(r"\s+(?:avec|with)\s+(?:l['’]\s*)?\S+$", "", text, flags=re.I)  # "X avec AFP": a wire service
    wire = _wire_after().search(text)  # "X Y Associated Press": the wire service the writer works for
    if wire and len(re.split(r"[,;]", text[:wire.start()])[-1].split()) >= 2:
        text = text[:wire.start()]
    text = re.sub(r"\s+(?:avec|with)\s+", ", ", text, flags=re.I)  # "X avec Y Z": a co-author
    site_words = {" ".join(_words(site)) for site in sites if site} - {""}
    names: list[str] = []
    for number, piece in enumerate(_BYLINE_SPLIT.split(text)):
        words = piece.strip(" :'\"«»“”").removesuffix(".").split()
        if words and re.fullmatch(r"[A-ZÀ-Ý]", words[-1]):
            words[-1] += "."  # an initial keeps its full stop
        half = len(words) // 2
        if half and words[:half] == words[half:]:
            words = words[:half]  # the same name twice (link text and its label)
        cut = next((i for i, word in enumerate(words) if _ROLE.match(word.strip(",.:").split("-")[0])), len(words))
        # "Name Senior Reporter" keeps the name; a later part with a role ("…, Security Expert") is no name
        kept = words[:cut] if cut == len(words) or (cut >= 2 and number == 0) else []
        while cut < len(words) and kept and kept[-1].lower() in _ROLE_MODIFIERS:
            kept.pop()
        name = " ".join(kept)
        if name and _is_name(kept) and " ".join(_words(name)) not in site_words and name not in names:
            names.append(name)
        if cut < len(words):
            break  # what follows a role is its place or desk ("envoyé spécial à Abéché, Tchad"), not people
    if len(names) > 1:  # a lone word beside full names is a label ("Privacy"), not a person
        names = [name for name in names if " " in name] or names
    return ", ".join(names) or None


# A newsroom desk signing in a person's place: 'Service Politique', 'Zone Société', 'Équipe éditoriale'.
_DESK = re.compile(r"^(?:service|zone|rubrique|desk|pôle|cellule|équipe|team|section|département|department)$", re.I)


def _is_name(words: list[str]) -> bool:
    """Shaped like a person's name (or a byline label like 'Rédaction'): a few capitalised words, no digits."""
    if not 1 <= len(words) <= 5 or any(re.search(r"\d|admin", w, re.I) for w in words) \
            or len(words) > 1 and _DESK.match(words[0]) \
            or _NOT_NAMES.match(" ".join(words)) or len(words) == 1 and len(words[0]) < 3:
        return False
    return all(_capital(w) or w.lower() in _PARTICLES or re.match(r"^(?:d|l)['’]\w", w, re.I) for w in words) \
        and any(_capital(w) for w in words)


def _capital(word: str) -> bool:
    """Written as a name starts: a capital, or a letter of a script without case (Chinese, Korean, Arabic…)."""
    first = word[:1]
    return first.isupper() or first.isalpha() and first.lower() == first.upper()


def _first(value) -> str | None:
    return _clean(value[0] if isinstance(value, list) and value else value)


def _url_of(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) and value.startswith("http") else None


def _lang(value: str | None) -> str | None:
    """'fr-FR', 'fr_FR' -> 'fr'."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _domain(url: str) -> str | None:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None
