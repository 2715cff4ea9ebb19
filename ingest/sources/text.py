"""Plain-text articles: one file, one article, any common encoding.

This is the fallback reader: it claims anything that decodes as text and is
not claimed by a more specific reader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..decode import DecodeError, decode, is_binary
from ..model import ReadError, Source

# An article in plain text is a few kilobytes; anything this large is a dump,
# not an article, and would stall the NLP stages.
MAX_BYTES = 5 * 1024 * 1024


def sniff(path: Path, head: bytes) -> bool:
    return not is_binary(head)


def read(path: Path, origin: str) -> Iterator[Source | ReadError]:
    size = path.stat().st_size
    if size > MAX_BYTES:
        yield ReadError(origin, f"too large for a text article ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
        return
    try:
        text = decode(path.read_bytes())
    except DecodeError as exc:
        yield ReadError(origin, str(exc))
        return
    if not text.strip():
        yield ReadError(origin, "only whitespace")
        return
    yield Source(origin=origin, text=text)
