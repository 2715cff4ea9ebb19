"""A compact client-side search index: folded tokens -> document numbers, sharded by prefix.

No server and no network: the index is a set of `.js` files that assign into a
global (script tags load from `file://`, where `fetch()` of local JSON is refused).
A query loads only the shards of its words' first letters (two, or more where
two would make a large file) and the blocks of document titles it shows, so a phone never downloads the whole index.

Folding matches the database's FTS (`unicode61 remove_diacritics 2`): case and
accents are ignored, so `zoe` finds `Zoé`. Terms that occur in more than
half of the documents are left out (they select nothing) and listed, so the page
can ignore them in queries instead of finding nothing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

BLOCK = 500  # document titles per `docs/N.js` file
SHARD_BYTES = 64_000  # a term file larger than this is split on one more letter
MAX_KEY = 6
COMMON = 0.5  # a term in more than this share of documents is not indexed
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l"})


@dataclass(frozen=True)
class Doc:
    kind: str  # article / entity / event / story
    href: str  # relative to the site root
    title: str
    detail: str  # one line under the title: outlet and date, entity type...
    text: str  # everything searchable


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(LIGATURES))
    return "".join(c for c in text if not unicodedata.combining(c))


def tokens(text: str) -> set[str]:
    """Folded words of two characters or more (l'armée -> armee; 2024 stays)."""
    return {t for t in re.findall(r"[^\W_]+", fold(text)) if len(t) >= 2}


def shard_name(key: str) -> str:
    """A file-name-safe, case-safe name for a shard key."""
    if re.fullmatch(r"[a-z0-9]+", key):
        return key
    return "u" + "".join(f"{ord(c):04x}" for c in key)


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def _postings(numbers: list[int]) -> str:
    """Ascending document numbers as comma-separated base-36 gaps: [3, 10, 11] -> '3,7,1'."""
    previous, out = 0, []
    for n in numbers:
        out.append(_base36(n - previous))
        previous = n
    return ",".join(out)


def _shards(terms: dict[str, str], length: int) -> dict[str, dict[str, str]]:
    """Terms grouped by their first `length` characters; a group over SHARD_BYTES splits on one more.

    Terms shorter than the longer key stay under the shorter one, so the keys are not
    prefix-free: a query word needs every shard whose key is a prefix of it or starts with it.
    """
    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for term, postings in terms.items():
        groups[term[:length]][term] = postings
    out: dict[str, dict[str, str]] = {}
    for key, group in groups.items():
        size = sum(len(t) + len(p) + 6 for t, p in group.items())
        longer = {t: p for t, p in group.items() if len(t) > length}
        if size > SHARD_BYTES and longer and length < MAX_KEY:
            out.update(_shards(longer, length + 1))
            group = {t: p for t, p in group.items() if len(t) <= length}
        if group:
            out[key] = group
    return out


def _js(call: str, *args) -> str:
    body = ",".join(json.dumps(a, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for a in args)
    return f"PA.{call}({body});\n"


def build(docs: list[Doc]) -> dict[str, str]:
    """The index files, relative to `search/`, for documents numbered in the given order."""
    postings: dict[str, list[int]] = defaultdict(list)
    for number, doc in enumerate(docs):
        for term in tokens(doc.text):
            postings[term].append(number)
    limit = max(2, int(len(docs) * COMMON))
    common = sorted(t for t, numbers in postings.items() if len(numbers) > limit)
    encoded = {t: _postings(postings[t]) for t in sorted(set(postings) - set(common))}
    shards = _shards(encoded, 2)
    files = {f"terms/{shard_name(key)}.js": _js("searchShard", key, terms) for key, terms in shards.items()}
    for start in range(0, len(docs), BLOCK):
        block = [[d.kind, d.title, d.href, d.detail] for d in docs[start:start + BLOCK]]
        files[f"docs/{start // BLOCK}.js"] = _js("searchDocs", start // BLOCK, block)
    files["meta.js"] = _js("searchMeta", {"docs": len(docs), "block": BLOCK, "shards": sorted(shards),
                                          "common": common})
    return dict(sorted(files.items()))
