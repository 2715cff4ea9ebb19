"""Saved web pages: `.html`, `.htm`, `.xhtml`, optionally gzipped; one page, one document.

The page goes on raw (`Source.html`); the article and the page's metadata are
found in the cleaning stage by `ingest.extract.extract_html`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..model import ReadError, Source
from ._markup import file_bytes, html_text, peek

# A saved article page is well under a few megabytes even with inline scripts;
# beyond this the file is a dump, and decoding it alone would take seconds.
MAX_BYTES = 25 * 1024 * 1024
_HTML = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_MARKUP = re.compile(rb"<(?:html|head|body|div|p|article|title)\b", re.I)
SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")


def sniff(path: Path, head: bytes) -> bool:
    content = peek(head).lstrip(b"\xef\xbb\xbf")
    if _HTML.match(content):
        return True
    return path.name.lower().endswith(SUFFIXES) and bool(_MARKUP.search(content))


def read(path: Path, origin: str) -> Iterator[Source | ReadError]:
    yield Source(origin=origin, html=html_text(file_bytes(path, MAX_BYTES, "a web page")))
