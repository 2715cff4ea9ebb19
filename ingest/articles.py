"""From a `Source` to a clean `Article`: extraction, cleaning, metadata, identity.

Metadata precedence, field by field: what the container said (a JSONL field,
a WARC record's URI) beats what the page's markup says (JSON-LD, OpenGraph),
which beats what the text's header lines say. Missing values stay None;
values guessed rather than read are flagged (`published_inferred`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

import py3langid

from .clean import clean_text
from .dates import infer_published, latest_reported_month, parse_published
from .model import Article, Removed, Source

# spaCy refuses texts over a million characters; no news article comes near this.
MAX_BODY_CHARS = 500_000

META_FIELDS = ("title", "subtitle", "author", "source", "section", "url", "published",
               "published_precision", "modified", "language")


class NotAnArticle(ValueError):
    """The document holds no article text (an empty page, a home page, a 404)."""


def article_id(source: Source, url: str | None) -> str:
    """Stable across rebuilds: derived from the (canonical) URL when known, else from the origin."""
    key = url or source.origin
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(body: str) -> str:
    """Hash of the body with case, accents, punctuation and spacing folded, so copies collide."""
    folded = unicodedata.normalize("NFKD", body.lower())
    folded = "".join(c for c in folded if c.isalnum() or c.isspace())
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text."""
    if len(text.split()) < 5:
        return None
    lang, _ = py3langid.classify(text[:5000])
    return lang


def _page(source: Source) -> tuple[str, dict]:
    """The article text and the metadata the markup carries (empty for plain text)."""
    if source.html is None:
        return source.text or "", {}
    from .extract import NoArticle, extract_html

    try:
        extracted = extract_html(source.html, source.meta.get("url"))
    except NoArticle as exc:
        raise NotAnArticle(str(exc) or "no article content in the page") from exc
    return extracted.text, dict(extracted.meta)


def build_article(source: Source) -> Article:
    """Clean one source into an article; raise NotAnArticle when nothing is left."""
    text, page_meta = _page(source)
    cleaned = clean_text(text)
    if len(cleaned.body.split()) < 20 and not source.meta.get("summary_only"):
        raise NotAnArticle(f"no article text left after cleaning ({len(cleaned.body.split())} words)")
    if len(cleaned.body) > MAX_BODY_CHARS:
        raise NotAnArticle(f"text too long for one article ({len(cleaned.body):,} characters > {MAX_BODY_CHARS:,})")
    text_meta = {name: getattr(cleaned, name) for name in META_FIELDS if hasattr(cleaned, name)}
    layers = [_checked(source.meta), _checked(page_meta), text_meta]
    meta: dict = {}
    for name in META_FIELDS:
        for layer in layers:
            if layer.get(name):
                meta[name] = layer[name]
                if name == "published":
                    precision = layer.get("published_precision") or _precision(layer[name])
                    meta["published_precision"] = precision
                    if precision == "day":
                        meta["published"] = layer[name][:10]
                break
    inferred = False
    if not meta.get("published"):
        found = infer_published(text) or latest_reported_month(cleaned.body)
        if found and found[0]:
            meta["published"], meta["published_precision"] = found
            inferred = True
    removed = list(cleaned.removed)
    if page_meta.get("title") and cleaned.title and cleaned.title != meta.get("title"):
        removed.append(Removed(cleaned.title, "title line"))
    url = meta.get("url")
    return Article(
        id=article_id(source, layers[1].get("url") or url),  # the canonical URL names the article
        origin=source.origin,
        body=cleaned.body,
        title=meta.get("title"),
        subtitle=meta.get("subtitle"),
        author=meta.get("author"),
        source=meta.get("source"),
        section=meta.get("section"),
        url=url,
        published=meta.get("published"),
        published_precision=meta.get("published_precision"),
        published_inferred=inferred,
        modified=meta.get("modified"),
        language=meta.get("language") or detect_language(cleaned.body),
        content_hash=content_hash(cleaned.body),
        removed=removed,
        extra=dict(source.meta.get("extra") or {}),
    )


def _checked(meta: dict) -> dict:
    """Metadata made safe to store: ISO publication dates, and article URLs over http(s) only.

    A `javascript:` URL would become a live link on the site; a canonical URL that is a
    site's home page names no article (some CMSs set it on every page).
    """
    meta = dict(meta)
    url = meta.get("url")
    if url:
        parts = urlsplit(str(url).strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.path.strip("/") == "":
            meta.pop("url")
    if meta.get("published") and not _precision(str(meta["published"])):
        value, precision = parse_published(str(meta["published"]))
        if value:
            meta["published"], meta["published_precision"] = value, precision
        else:
            meta.pop("published")
    return meta


def _precision(value: str) -> str | None:
    """Precision of an ISO date string by its length: 2024 / 2024-02 / 2024-02-21…"""
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    return None
