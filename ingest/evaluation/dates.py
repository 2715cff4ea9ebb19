"""Date normalisation evaluation on gold/dates/expressions.tsv (see its README).

Each gold row is one expression in its real context, with the publication date
that anchors it (empty: none, the text must anchor itself). A date row is right
when an expression found over it has the gold value at the gold precision; a row
whose gold value is empty (anaphoric or vague: "le lendemain", "ces derniers
jours") is right when nothing found over it carries a value. A non-date row is
"turned into a date" when something found over it carries a value. Detection
precision is measured on the gold rows only (dates vs the listed non-dates), not
on whole documents. The published anchor, HeidelTime's French value F1 of 73.6,
was measured on French TimeBank: different data and a different task (F1 over
all TIMEX3 of full documents), quoted for scale only.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from ..dates import find_dates

PROJECT = Path(__file__).resolve().parents[2]
GOLD = PROJECT / "gold" / "dates" / "expressions.tsv"
ANCHOR = {"value_f1": 0.736, "what": "HeidelTime, French TimeBank (Moriceau & Tannier 2014) — different data"}


def _rows() -> list[dict]:
    with GOLD.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def run(shared: Path) -> dict:
    """Score `find_dates` on the project's gold list; `shared` is unused (the gold is the project's own)."""
    total, right, detected, dates, nondates, dated_nondates, found_nondates = Counter(), Counter(), 0, 0, 0, 0, 0
    errors = []
    for row in _rows():
        context, expr = row["text_with_context"], row["expression"]
        start = context.find(expr)
        end = start + len(expr)
        found = [e for e in find_dates(context, row["published_anchor"] or None) if e.start < end and e.end > start]
        group = row["source"].split(":")[0]
        if row["is_date"] == "1":
            dates += 1
            detected += bool(found)
            if row["gold_value"]:
                ok = any(e.value == row["gold_value"] and e.precision == row["gold_precision"] for e in found)
            else:
                ok = not any(e.value for e in found)
            total[group] += 1
            right[group] += ok
            if not ok:
                errors.append((row["source"], expr, row["gold_value"] or "(unresolved)", [(e.text, e.value, e.precision) for e in found]))
        else:
            nondates += 1
            found_nondates += bool(found)
            if any(e.value for e in found):
                dated_nondates += 1
                errors.append((row["source"], expr, "(not a date)", [(e.text, e.value, e.precision) for e in found]))
    accuracy = sum(right.values()) / max(1, sum(total.values()))
    recall = detected / max(1, dates)
    precision = detected / max(1, detected + found_nondates)
    print(f"Date expressions: {dates} dates, {nondates} non-dates ({GOLD.relative_to(PROJECT)})")
    print(f"  exact value at the right precision: {accuracy:.3f}  (target >= 0.90)")
    for group in sorted(total):
        print(f"    {group:6} {right[group]}/{total[group]} = {right[group] / total[group]:.3f}")
    print(f"  detection on the gold rows: precision {precision:.3f}, recall {recall:.3f}")
    print(f"  non-dates turned into dates: {dated_nondates}  (target 0); non-dates detected at all: {found_nondates}")
    print(f"  anchor: HeidelTime French value F1 {ANCHOR['value_f1']} on French TimeBank (different data, not comparable)")
    for source, expr, gold, got in errors[:40]:
        print(f"  ✗ {source}: {expr!r} gold {gold} got {got}")
    return {"accuracy": round(accuracy, 4), "detection_precision": round(precision, 4), "detection_recall": round(recall, 4),
            "dates": dates, "non_dates": nondates, "non_dates_dated": dated_nondates,
            "by_source": {g: round(right[g] / total[g], 4) for g in total}, "anchor": ANCHOR}
