"""Event evaluation: are the dated events each seed reports found, dated and merged?

Gold: `gold/events/seeds.yml` (the project's annotation of the seeds). An event
is found when the article yields an event mention with the gold date at the
gold precision; its type is scored separately. Merging is right when every
gold happening reported by several seeds is one event listing all of them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from ..pipeline import analyse, collect

PROJECT = Path(__file__).resolve().parents[2]
GOLD = PROJECT / "gold" / "events" / "seeds.yml"


def run(shared: Path | None = None) -> dict:
    gold = yaml.safe_load(GOLD.read_text("utf-8"))
    corpus = collect([PROJECT / "seeds"], PROJECT)
    analyse(corpus)
    name_of = {a.id: Path(a.origin).name for a in corpus.articles}
    found_by_article: dict[str, list] = {}
    for event in corpus.events:
        for m in event.mentions:
            found_by_article.setdefault(name_of[m.article_id], []).append((event.date, event.precision, event.type))
    tp = typed = gold_total = predicted = 0
    print(f"{'article':32} {'found':>7} {'predicted':>10}")
    for name, expected in gold["articles"].items():
        found = Counter((d, p) for d, p, _ in found_by_article.get(name, []))
        types = {(d, p): t for d, p, t in found_by_article.get(name, [])}
        want = Counter((str(e["date"]), e["precision"]) for e in expected)
        hits = sum((found & want).values())
        tp += hits
        gold_total += sum(want.values())
        predicted += sum(found.values())
        typed += sum(1 for e in expected if e["type"] and types.get((str(e["date"]), e["precision"])) == e["type"])
        print(f"{name:32} {hits:>3}/{sum(want.values()):<3} {sum(found.values()):>10}")
        for (d, p), n in (want - found).items():
            print(f"    missed: {d} ({p})")
        for (d, p), n in (found - want).items():
            print(f"    extra:  {d} ({p}) {types.get((d, p))}")
    merged_ok = 0
    for group in gold["merged"]:
        events = [e for e in corpus.events
                  if e.date == str(group["date"]) and {name_of[m.article_id] for m in e.mentions} >= set(group["articles"])]
        merged_ok += bool(events)
        print(f"merged {group['date']}: {'yes' if events else 'NO'}")
    typed_gold = sum(1 for exp in gold["articles"].values() for e in exp if e["type"])
    figures = {
        "recall": tp / gold_total if gold_total else 0.0,
        "precision": tp / predicted if predicted else 0.0,
        "type_accuracy": typed / typed_gold if typed_gold else 0.0,
        "merged": f"{merged_ok}/{len(gold['merged'])}",
    }
    print(f"TOTAL: event recall {figures['recall']:.2f} ({tp}/{gold_total}), precision {figures['precision']:.2f} "
          f"({tp}/{predicted}), type accuracy {figures['type_accuracy']:.2f}, merged {figures['merged']}")
    return figures
