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
  1. JSON-LD (`NewsArticle`, `Article`, `BlogPosting`… in `@graph` or lists);
  2. OpenGraph / `article:*` / Dublin Core / named `<meta>` tags, `<link rel=canonical>`;
  3. markup: microdata `datePublished`, `<time pubdate>` (only when the page
     marks a single date), `itemprop=author` / `rel=author` bylines, `<html lang>`;
  4. trafilatura's byline heuristics and site name;
  5. `<title>`, a date in the URL, htmldate (extensive search), the first `<time>`.
Titles lose their site suffix ("… | Outlet") and take the `<h1>`'s wording
when the `<h1>` is the same headline. An author that is just the outlet's
name yields to a person named by a later layer. Dates are ISO with their
precision. Nothing is invented: a field no layer gives is left out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

import trafilatura
from bs4 import BeautifulSoup
from htmldate import find_date
from readability import Document

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
    return Extracted(text, page_meta(lean, url, scripts, document))


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

def page_meta(html: str, url: str | None = None, jsonld_scripts: list[str] | None = None, document=None) -> dict:
    """Metadata of a page by layer precedence (see module docstring); absent fields omitted."""
    soup = BeautifulSoup(html, "lxml")
    layers = [_jsonld_meta(jsonld_scripts if jsonld_scripts is not None else _JSONLD.findall(html)),
              _tag_meta(soup), _markup_meta(soup), _trafilatura_meta(document), _fallback_meta(soup, html, url)]
    meta: dict = {}
    for name in ("subtitle", "author", "published", "modified", "source", "url", "language", "section",
                 "description"):
        for layer in layers:
            value = layer.get(name)
            if value:
                meta[name] = value
                break
    authors = [_byline(strip_site_suffix(layer["author"], [lay.get("source") for lay in layers]))
               for layer in layers if layer.get("author")]
    authors = [author for author in authors if author]
    # The outlet's own name often fills the byline slot; a person named elsewhere beats it.
    meta["author"] = next((a for a in authors if not _is_outlet(a, layers)), authors[0] if authors else None)
    meta["title"] = _title([layer.get("title") for layer in layers], _headings(soup),
                           [layer.get("source") for layer in layers] + [_domain(url or meta.get("url") or "")])
    if "published" in meta:
        meta["published"], meta["published_precision"] = iso_date(meta["published"])
    if "modified" in meta:
        meta["modified"] = iso_date(meta["modified"])[0]
    if not meta.get("source") and (meta.get("url") or url):
        meta["source"] = _domain(meta.get("url") or url)
    meta.setdefault("subtitle", meta.get("description"))
    return {k: v for k, v in meta.items() if v}


def _title(candidates: list[str | None], headings: list[str], sites: list[str | None]) -> str | None:
    """The first metadata title without its site suffix, in the form the page's `<h1>` displays when they agree."""
    sites = [s for s in sites if s]
    titles = [strip_site_suffix(c, sites) for c in candidates if c]
    for title in titles:
        for heading in headings:
            if _agree(title, heading):
                # The heading shows the title's own form, unless it wraps it in a kicker or label.
                inside = " ".join(_words(title)) in " ".join(_words(heading))
                return title if inside and len(_words(heading)) > len(_words(title)) else heading
    return titles[0] if titles else (headings[0] if headings else None)


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


def _headings(soup) -> list[str]:
    """Visible `<h1>` texts, article ones first, that look like headlines (not a logo)."""
    found = []
    for h1 in soup.select("article h1, main h1") + soup.find_all("h1"):
        text = _clean(h1.get_text(" "))
        if text and len(text.split()) >= 2 and text not in found:
            found.append(text)
    return found[:5]


def _is_outlet(author: str, layers: list[dict]) -> bool:
    """An 'author' that is the outlet's own name (a common fill-in for the byline)."""
    names = {" ".join(_words(layer.get("source") or "")) for layer in layers} - {""}
    return " ".join(_words(author)) in names or bool(re.fullmatch(r"[\w-]+\.(com|fr|net|org|cl|info)", author, re.I))


def _trafilatura_meta(document) -> dict:
    """What trafilatura's own metadata pass found (byline heuristics); dates come from htmldate directly."""
    if document is None:
        return {}
    return {"author": _byline(document.author) if document.author else None,
            "source": document.sitename, "description": document.description}


def _jsonld_meta(scripts: list[str]) -> dict:
    """Fields of the first article-typed JSON-LD object."""
    for item in _jsonld_items(scripts):
        types = item.get("@type")
        types = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
        if types & ARTICLE_TYPES:
            publisher = item.get("publisher")
            return {
                "title": _clean(item.get("headline") or item.get("name")),
                "author": _names(item.get("author") or item.get("creator")),
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


def _jsonld_items(scripts: list[str]):
    """Every JSON object in the page's JSON-LD, `@graph` and lists flattened."""
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
                if isinstance(item.get("@graph"), list):
                    stack[:0] = item["@graph"]


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

    author = pick("author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author",
                  "byl", "twitter:creator")
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
    h1 = soup.find("h1")
    scope = (h1.find_parent("article") if h1 else None) or soup  # the headline's article, not a sidebar teaser
    marked = scope.find_all(attrs={"itemprop": "datePublished"}) + scope.find_all("time", attrs={"pubdate": True}) \
        + scope.find_all(["time", "span", "div", "p"], class_=_PUBLISHED_CLASS, attrs={"datetime": True})
    dates = {_clean(tag.get("datetime") or tag.get("content") or tag.get_text(" ")) for tag in marked} - {None}
    # One date, or nothing: a page listing teasers with their own dates says nothing about the article.
    published = dates.pop() if len({iso_date(d)[0] for d in dates}) == 1 else None
    byline = soup.find(attrs={"itemprop": "author"}) or soup.find(attrs={"rel": "author"})
    author = None
    if byline is not None:
        name = byline.find(attrs={"itemprop": "name"})
        author = _byline((name.get("content") or name.get_text(" ")) if name else byline.get_text(" "))
    html = soup.find("html")
    return {"published": published, "author": author,
            "language": _lang(html.get("lang") or html.get("xml:lang")) if html else None}


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
        from datetime import datetime, timezone
        return datetime.fromtimestamp(int(value[:10]), timezone.utc).date().isoformat(), "day"
    return None, None


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
        name = item.get("name") if isinstance(item, dict) else item
        name = _clean(name) if isinstance(name, (str, list)) else None
        if name and not name.startswith("http") and name not in names:
            names.append(name)
    return ", ".join(names) or None


_BYLINE_PREFIX = re.compile(r"^(?:(?:post\s+)?(?:auteurs?|author)|written|écrit|publié|posted|zeige alle beiträge|"
                            r"par|by|von|de|por)\s*:?\s+", re.I)


def _byline(text: str) -> str | None:
    """A byline without its 'Par'/'Auteur'/'By' prefix; None when it is not a few names."""
    text = _squash(text)
    while _BYLINE_PREFIX.match(text):
        text = _BYLINE_PREFIX.sub("", text, count=1)
    if not text or len(text.split()) > 8 or re.search(r"[\d@]", text):
        return None
    return text


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
