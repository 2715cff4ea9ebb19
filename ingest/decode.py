"""Bytes to clean Unicode text: charset detection, mojibake repair, normalisation.

Scraped text arrives as UTF-8 (with or without BOM), UTF-16 or legacy
cp1252/latin-1, sometimes already double-encoded ("Ã©" for "é"). We detect
the charset from the bytes (BOMs first, then a strict UTF-8 attempt, then
charset-normalizer), repair mojibake with ftfy, and normalise to NFC with
plain spaces, while keeping French typography (« », ’) as written.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy
from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can trust."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Spaces that typography uses around « » : ; ? ! and in numbers become a plain
# space, so offsets and searches behave; zero-width characters go.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u205f\u3000"), " ")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# ftfy options: repair encoding, keep typographic quotes and ligature-free text.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=True, normalization="NFC",
                             fix_character_width=False, explain=False)


def sniff_encoding(data: bytes) -> str:
    """The encoding of `data`, from its BOM, strict UTF-8, or statistical detection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if _looks_utf16(data):
        return "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "utf_16"]).best()
    if best is None:
        raise DecodeError("not text in any known encoding")
    # latin-1 and cp1252 agree on letters; cp1252 also gives ’ « » € for 0x80-0x9f.
    return "cp1252" if best.encoding in ("latin_1", "iso8859_15") else best.encoding


def _looks_utf16(data: bytes) -> bool:
    """BOM-less UTF-16: every other byte of ASCII-range text is NUL."""
    head = data[:2000]
    if len(head) < 4:
        return False
    even_nul = head[0::2].count(0) / len(head[0::2])
    odd_nul = head[1::2].count(0) / len(head[1::2])
    return max(even_nul, odd_nul) > 0.4 and min(even_nul, odd_nul) < 0.05


def is_binary(data: bytes) -> bool:
    """Bytes that are not text: NULs (outside UTF-16) or many control characters."""
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS) or _looks_utf16(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


def strip_accents(text: str) -> str:
    """Text without diacritics (and with compatibility forms such as ligatures spelled out):
    the shared core of every comparison form in the pipeline ("Zoé" ~ "Zoe")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Mojibake repaired, NFC, plain spaces and newlines, no zero-width or control characters."""
    text = ftfy.fix_text(text, _FTFY)
    text = text.translate(_ZERO_WIDTH).translate(_SPACES)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def decode(data: bytes) -> str:
    """Decode and normalise raw file bytes; raise DecodeError for binary or undecodable data."""
    if is_binary(data):
        raise DecodeError("binary file, not text")
    encoding = sniff_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"cannot decode as {encoding}: {exc}") from exc
    return normalise(text)
