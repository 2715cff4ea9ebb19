"""JSON Lines exports (`.jsonl`, `.ndjson`): one JSON object per line, one document per object.

Field mapping (documented in the README):
  `text` (plain text) or `html` (a raw page)      -> the document (one is required)
  `url`, `title`, `subtitle`, `author`, `source`, `section`, `published`, `language`
                                                  -> the article's columns
  any other field                                 -> kept under `extra` (the articles' JSON column)
`author` may be a list (joined with ", "). A line that is not a JSON object,
or has neither `text` nor `html`, becomes an error `file.jsonl#L<n>` with the
reason; the other lines are still read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..decode import DecodeError, normalise, sniff_encoding
from ..model import ReadError, Source
from ._markup import file_bytes, peek

FIELDS = ("url", "title", "subtitle", "author", "source", "section", "published", "language")
SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def sniff(path: Path, head: bytes) -> bool:
    lines = [line.strip() for line in peek(head).lstrip(b"\xef\xbb\xbf").splitlines() if line.strip()]
    if not lines or not lines[0].startswith(b"{"):
        return False
    if path.name.lower().endswith(SUFFIXES):
        return True
    try:  # without the extension: a first complete line that is a JSON object, and another object after it
        return isinstance(json.loads(lines[0]), dict) and len(lines) > 1 and lines[1].startswith(b"{")
    except ValueError:
        return False


def read(path: Path, origin: str) -> Iterator[Source | ReadError]:
    data = file_bytes(path)
    # Split the bytes on newlines only: a U+2028 inside a JSON string is not a line break.
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:  # decoded only: normalising now would turn an escaped U+2028 into a line break
            line = raw.decode(sniff_encoding(raw))
        except (DecodeError, UnicodeDecodeError) as exc:
            yield ReadError(f"{origin}#L{number}", f"cannot decode: {exc}")
            continue
        yield parse_line(line, f"{origin}#L{number}")


def parse_line(line: str, origin: str) -> Source | ReadError:
    """One line as a document, or the reason it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(origin, f"not JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return ReadError(origin, f"not a JSON object but a {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        return ReadError(origin, "no `text` or `html` field with content")
    meta: dict = {}
    for name in FIELDS:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value not in (None, ""):
            meta[name] = str(value).strip()
    extra = {key: value for key, value in record.items() if key not in FIELDS and key not in ("text", "html")}
    if extra:
        meta["extra"] = extra
    if isinstance(html, str) and html.strip():
        return Source(origin=origin, html=normalise(html), meta=meta)
    return Source(origin=origin, text=normalise(text), meta=meta)
