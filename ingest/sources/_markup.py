"""Shared helpers for the markup readers: gzip detection and HTML bytes to text."""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

from ..decode import decode, normalise

GZIP_MAGIC = b"\x1f\x8b"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def peek(head: bytes, size: int = 4096) -> bytes:
    """The first bytes of the content, gunzipped when the file is gzip (a truncated stream gives what it can)."""
    if not head.startswith(GZIP_MAGIC):
        return head
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
    except zlib.error:
        return b""


class Unreadable(ValueError):
    """The file as a whole cannot be read (too large, truncated or corrupt gzip); `read_file` reports it."""


def gunzip(data: bytes) -> bytes:
    """The whole decompressed content; `ValueError` naming the problem when the stream is cut or corrupt."""
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        return gzip.decompress(data)
    except EOFError as exc:
        raise Unreadable("truncated gzip file (the compressed stream ends early)") from exc
    except (OSError, zlib.error) as exc:
        raise Unreadable(f"corrupt gzip file: {exc}") from exc


def file_bytes(path: Path, limit: int | None = None, what: str = "a document") -> bytes:
    """A file's content, gunzipped; `Unreadable` naming the problem (too large, truncated or corrupt gzip)."""
    if limit is not None and (size := path.stat().st_size) > limit:
        raise Unreadable(f"too large for {what} ({size / 1e6:.1f} MB > {limit / 1e6:.0f} MB)")
    data = gunzip(path.read_bytes())
    if limit is not None and len(data) > limit:
        raise Unreadable(f"too large for {what} ({len(data) / 1e6:.1f} MB uncompressed)")
    return data


def html_text(data: bytes, declared: str | None = None) -> str:
    """Decoded HTML: UTF-8 when valid, else the charset the HTTP header or `<meta>` declares, else detection."""
    try:
        return decode(data) if _utf8(data) else normalise(data.decode(_charset(data, declared)))
    except (LookupError, UnicodeDecodeError):
        return decode(data)


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _charset(data: bytes, declared: str | None) -> str:
    match = _META_CHARSET.search(data[:4096])
    charset = declared or (match.group(1).decode("ascii") if match else None)
    if not charset:
        raise LookupError("no charset declared")
    return "cp1252" if charset.lower() in ("iso-8859-1", "latin-1", "latin1", "us-ascii") else charset

