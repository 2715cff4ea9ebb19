"""Publication dates: our page metadata next to htmldate alone on `htmldate-dates/` (37 French pages).

Gold: one publication date per page at day precision; scoring is exact
equality of `YYYY-MM-DD`, as in htmldate's own tests. htmldate runs with the
settings trafilatura uses (original date, extensive search).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from htmldate import find_date

from ..decode import decode
from ..extract import NoArticle, extract_html, page_meta


def run(shared: Path) -> dict:
    root = Path(shared) / "corpora" / "htmldate-dates"
    gold = json.loads((root / "ground-truth.json").read_text("utf-8"))
    hits = {"ours": 0, "htmldate": 0}
    seconds = {"ours": 0.0, "htmldate": 0.0}
    misses = []
    for url, entry in gold.items():
        html = decode((root / entry["html_path"]).read_bytes())
        start = time.perf_counter()
        try:
            ours = extract_html(html, url).meta.get("published")
        except NoArticle:  # no article found: the page's metadata alone
            ours = page_meta(html, url).get("published")
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
            misses.append((entry["file"], entry["date"], ours, alone))
    n = len(gold)
    print(f"Publication dates, {n} French pages (htmldate-dates), exact day accuracy")
    print(f"{'ours':>12}{'htmldate':>12}")
    print(f"{hits['ours'] / n:>12.3f}{hits['htmldate'] / n:>12.3f}")
    for name in hits:
        print(f"mean time per page, {name}: {seconds[name] / n * 1000:.0f} ms")
    if misses:
        print("our misses (file, gold, ours, htmldate):")
        for miss in misses:
            print("  ", *miss)
    return {"n": n, "ours": round(hits["ours"] / n, 4), "htmldate": round(hits["htmldate"] / n, 4)}
