"""Publication dates: our page metadata next to htmldate alone on `htmldate-dates/` (37 French pages).

Gold: one publication date per page at day precision; scoring is exact
equality of `YYYY-MM-DD`, as in htmldate's own tests. htmldate runs with the
settings trafilatura uses (original date, extensive search).
The 4 pages that are in the blind metadata set (`gold/metadata/heldout.tsv`)
are counted but their misses are not printed, so that set stays unseen.
(trafilatura-eval's held-out half was hidden here too until it was used for
development, 2026-11-27.)
Bylines of the same French pages, our own annotation (`gold/pubdates/`):
author exact (as `extraction.same`) on the pages that sign, ours next to
trafilatura; and how often an author is given for a page that signs none.
"""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import trafilatura
from htmldate import find_date

from ..decode import decode
from ..extract import NoArticle, extract_html, page_meta
from .extraction import BLIND, same

PROJECT = Path(__file__).resolve().parents[2]
AUTHORS = PROJECT / "gold" / "pubdates" / "authors.tsv"


def run(shared: Path) -> dict:
    root = Path(shared) / "corpora" / "htmldate-dates"
    gold = json.loads((root / "ground-truth.json").read_text("utf-8"))
    with BLIND.open(encoding="utf-8") as handle:
        blind = {row["page"] for row in csv.DictReader(handle, delimiter="\t")}
    hidden = 0
    hits = {"ours": 0, "htmldate": 0}
    seconds = {"ours": 0.0, "htmldate": 0.0}
    misses = []
    pages = {}
    for url, entry in gold.items():
        html = decode((root / entry["html_path"]).read_bytes())
        pages[entry["file"]] = (html, url)
        start = time.perf_counter()
        try:
            meta = extract_html(html, url).meta
        except NoArticle:  # no article found: the page's metadata alone
            meta = page_meta(html, url)
        ours = meta.get("published")
        seconds["ours"] += time.perf_counter() - start
        start = time.perf_counter()
        try:
            alone = find_date(html, url=url, original_date=True, extensive_search=True)
        except Exception:  # htmldate's own failure counts as a miss for htmldate
            alone = None
        seconds["htmldate"] += time.perf_counter() - start
        hits["ours"] += ours == entry["date"]
        hits["htmldate"] += alone == entry["date"]
        if ours != entry["date"]:
            if f"htmldate-dates/{entry['file']}" in blind:
                hidden += 1
            else:
                misses.append((entry["file"], entry["date"], ours, alone))
        entry["meta"] = meta
    n = len(gold)
    print(f"Publication dates, {n} French pages (htmldate-dates), exact day accuracy")
    print(f"{'ours':>12}{'htmldate':>12}")
    print(f"{hits['ours'] / n:>12.3f}{hits['htmldate'] / n:>12.3f}")
    for name in hits:
        print(f"mean time per page, {name}: {seconds[name] / n * 1000:.0f} ms")
    if hidden:
        print(f"{hidden} misses on pages of the blind metadata set, not shown")
    if misses:
        print("our misses (file, gold, ours, htmldate):")
        for miss in misses:
            print("  ", *miss)
    ours_by_file = {entry["file"]: entry["meta"].get("author") for entry in gold.values()}
    return {"n": n, "ours": round(hits["ours"] / n, 4), "htmldate": round(hits["htmldate"] / n, 4),
            **authors(ours_by_file, pages)}


def authors(ours: dict, pages: dict) -> dict:
    """Byline accuracy on our annotated pages, ours and trafilatura's; authors given to unsigned pages."""
    with AUTHORS.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row["file"] in ours]
    theirs = {}
    for row in rows:
        document = trafilatura.bare_extraction(*pages[row["file"]], with_metadata=True)
        theirs[row["file"]] = document.author if document is not None else None
    signed = [row for row in rows if row["author"]]
    unsigned = [row for row in rows if not row["author"]]
    figures = {}
    print(f"Bylines, {len(signed)} signed French pages of htmldate-dates (gold/pubdates), exact names")
    print(f"{'ours':>12}{'trafilatura':>14}")
    for name, found in (("ours", ours), ("trafilatura", theirs)):
        figures[f"author {name}"] = round(sum(same("author", r["author"], found[r["file"]]) for r in signed)
                                          / max(len(signed), 1), 4)
        figures[f"author invented {name}"] = sum(bool(found[r["file"]]) for r in unsigned)
    print(f"{figures['author ours']:>12.3f}{figures['author trafilatura']:>14.3f}")
    print(f"authors given to the {len(unsigned)} unsigned pages: ours {figures['author invented ours']}, "
          f"trafilatura {figures['author invented trafilatura']}")
    for row in signed:
        if not same("author", row["author"], ours[row["file"]]):
            print("   author miss |", row["file"], "|", row["author"], "|", ours[row["file"]])
    return figures
