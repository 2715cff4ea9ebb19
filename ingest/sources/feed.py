"""RSS and Atom feeds: every entry is one document.

An entry with its full content (`content:encoded`, Atom `<content>`) becomes
a page (`Source.html`); an entry that only carries a summary becomes a short
text document flagged `summary_only` (in `meta` and in `extra`, so the archive
records it as such). The entry's metadata is the container's: link, title,
author, date, feed title as outlet, first category as section, feed language.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Iterator

import feedparser
from bs4 import BeautifulSoup

from ..model import ReadError, Source
from ._markup import file_bytes, peek

_FEED = re.compile(rb"<(?:rss|rdf:RDF)\b|<feed\b[^>]*http://www\.w3\.org/2005/Atom", re.I)
# Content shorter than this many words, or no longer than the summary, is a teaser, not the article.
FULL_CONTENT_WORDS = 80


def sniff(path: Path, head: bytes) -> bool:
    content = peek(head).lstrip(b"\xef\xbb\xbf").lstrip()
    return content.startswith(b"<") and bool(_FEED.search(content[:2048]))


def read(path: Path, origin: str) -> Iterator[Source | ReadError]:
    data = file_bytes(path)
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"malformed feed: {parsed.get('bozo_exception')}" if parsed.bozo else "feed without entries"
        yield ReadError(origin, reason)
        return
    channel = parsed.feed
    for number, entry in enumerate(parsed.entries, start=1):
        yield entry_source(entry, channel, f"{origin}#{entry.get('link') or number}")


def entry_source(entry, channel, origin: str) -> Source | ReadError:
    """One feed entry as a document: a page when it carries the full content, else its summary."""
    meta = {key: value for key, value in {
        "url": entry.get("link"),
        "title": _text(entry.get("title")),
        "author": entry.get("author"),
        "published": _date(entry.get("published_parsed") or entry.get("updated_parsed")),
        "source": _text(channel.get("title")),
        "section": entry.tags[0].get("term") if entry.get("tags") else None,
        "language": channel.get("language"),
    }.items() if value}
    meta["extra"] = {"feed_entry_id": entry.get("id")} if entry.get("id") else {}
    content = " ".join(part.get("value", "") for part in entry.get("content", []))
    summary = entry.get("summary", "")
    if len(_text(content).split()) >= max(FULL_CONTENT_WORDS, len(_text(summary).split()) + 1):
        return Source(origin=origin, html=f"<html><body><article>{content}</article></body></html>", meta=meta)
    teaser = _text(content) if len(_text(content)) > len(_text(summary)) else _text(summary)
    if not teaser:
        return ReadError(origin, "feed entry without content or summary")
    meta["summary_only"] = True
    meta["extra"]["summary_only"] = True
    return Source(origin=origin, text=teaser, meta=meta)


def _text(markup: str | None) -> str:
    """Visible text of an HTML fragment, paragraphs kept apart."""
    if not markup:
        return ""
    soup = BeautifulSoup(markup, "lxml")
    for block in soup.find_all(["p", "br", "div", "li", "h2", "h3"]):
        block.insert_before("\n\n")
    return "\n\n".join(" ".join(part.split()) for part in soup.get_text().split("\n\n") if part.strip())


def _date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed) if parsed else None
