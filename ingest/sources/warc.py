"""Web archives (`.warc`, `.warc.gz`): every HTML response record is one document.

A record's origin is `archive.warc.gz#<n>` (its position among the archive's
records, from 1); its metadata is what the archive says: the target URI as
`url`, the crawl date and record id under `extra`. Records that are not HTML
responses (requests, metadata, images, scripts) are skipped silently; HTML
responses with an HTTP error status become errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import ReadError, Source
from ._markup import html_text, peek

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_RECORD_BYTES = 25 * 1024 * 1024


def sniff(path: Path, head: bytes) -> bool:
    return peek(head).startswith(b"WARC/")


def read(path: Path, origin: str) -> Iterator[Source | ReadError]:
    number = 0
    with open(path, "rb") as handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                item = _record(record, f"{origin}#{number}")
                if item is not None:
                    yield item
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield ReadError(f"{origin}#{number + 1}", f"archive cut or corrupt after record {number}: {exc}")


def _record(record, origin: str) -> Source | ReadError | None:
    """The document in one record, an error for a failed HTML response, or None for any other record."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    content_type = (headers.get_header("Content-Type") if headers else record.rec_headers.get_header("Content-Type")) or ""
    if not content_type.split(";")[0].strip().lower() in HTML_TYPES:
        return None
    if headers is not None and headers.get_statuscode() and not headers.get_statuscode().startswith("2"):
        return ReadError(origin, f"HTTP status {headers.get_statuscode()} for {record.rec_headers.get_header('WARC-Target-URI')}")
    data = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(data) > MAX_RECORD_BYTES:
        return ReadError(origin, f"record too large for a web page (> {MAX_RECORD_BYTES / 1e6:.0f} MB)")
    if getattr(record.raw_stream, "limit", 0):  # bytes the record announced but the file does not have
        return ReadError(origin, "record cut short (truncated archive)")
    charset = next((part.split("=", 1)[1].strip(" \"'") for part in content_type.split(";")[1:]
                    if part.strip().lower().startswith("charset=")), None)
    meta = {"url": record.rec_headers.get_header("WARC-Target-URI"),
            "extra": {"crawl_date": record.rec_headers.get_header("WARC-Date"),
                      "warc_record_id": record.rec_headers.get_header("WARC-Record-ID")}}
    return Source(origin=origin, html=html_text(data, charset), meta=meta)
