"""Plain-text articles: one file, one article, any common encoding.

This is the fallback reader: it claims anything that decodes as text and is
not claimed by a more specific reader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..decode import decode, is_binary
from ..model import ReadError, Source
from ._markup import file_bytes

# An article in plain text is a few kilobytes; anything this large is a dump,
# not an article, and would stall the NLP stages.
MAX_BYTES = 5 * 1024 * 1024


def sniff(path: Path, head: bytes) -> bool:
    return not is_binary(head)


def read(path: Path, origin: str) -> Iterator[Source | ReadError]:
    text = decode(file_bytes(path, MAX_BYTES, "a text article"))
    if not text.strip():
        yield ReadError(origin, "only whitespace")
        return
    yield Source(origin=origin, text=text)
