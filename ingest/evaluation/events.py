"""Event evaluation: are the dated events an article reports found, dated and merged?

Gold: `gold/events/seeds.yml` (the project's annotation of the seeds, used while
building the extractor) and `gold/events/heldout.yml` (project-written passages
annotated before the extractor ever ran on them: the honest figure). An event
is found when the article yields an event mention with the gold date at the
gold precision; its type is scored separately. Merging is right when every
gold happening reported by several seeds is one event listing all of them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from .. import nlp
from ..entities import find_mentions
from ..events import find_events
from ..model import Article
from ..pipeline import analyse, collect

PROJECT = Path(__file__).resolve().parents[2]
GOLD = PROJECT / "gold" / "events" / "seeds.yml"
HELDOUT = PROJECT / "gold" / "events" / "heldout.yml"


def score(expected: list[dict], found: list[tuple[str, str, str]], name: str) -> tuple[int, int, int, int]:
    """Print one article's hits, misses and extras; return (hits, gold, predicted, typed right)."""
    got = Counter((d, p) for d, p, _ in found)
    types = {(d, p): t for d, p, t in found}
    want = Counter((str(e["date"]), e["precision"]) for e in expected)
    hits = sum((got & want).values())
    typed = sum(1 for e in expected if e["type"] and types.get((str(e["date"]), e["precision"])) == e["type"])
    print(f"{name:32} {hits:>3}/{sum(want.values()):<3} {sum(got.values()):>10}")
    for (d, p), _ in (want - got).items():
        print(f"    missed: {d} ({p})")
    for (d, p), _ in (got - want).items():
        print(f"    extra:  {d} ({p}) {types.get((d, p))}")
    return hits, sum(want.values()), sum(got.values()), typed


def heldout() -> dict:
    """Event recall and precision on the held-out passages, one article each."""
    gold = yaml.safe_load(HELDOUT.read_text("utf-8"))["passages"]
    totals = [0, 0, 0, 0]
    print(f"{'held-out passage':32} {'found':>7} {'predicted':>10}")
    for passage in gold:
        text = " ".join(passage["text"].split())
        article = Article(id=passage["id"], origin=passage["id"], body=text, published=passage.get("published"))
        doc = nlp.parse(text)
        found = [(e.date, e.precision, e.type) for e in find_events(doc, find_mentions(doc), article)]
        for i, n in enumerate(score(passage["events"], found, passage["id"])):
            totals[i] += n
    hits, gold_total, predicted, typed = totals
    typed_gold = sum(1 for p in gold for e in p["events"] if e["type"])
    figures = {"recall": hits / gold_total, "precision": hits / predicted if predicted else 0.0,
               "type_accuracy": typed / typed_gold}
    print(f"HELD-OUT: event recall {figures['recall']:.2f} ({hits}/{gold_total}), precision "
          f"{figures['precision']:.2f} ({hits}/{predicted}), type accuracy {figures['type_accuracy']:.2f}")
    return figures


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
        hits, n_gold, n_found, n_typed = score(expected, found_by_article.get(name, []), name)
        tp, gold_total, predicted, typed = tp + hits, gold_total + n_gold, predicted + n_found, typed + n_typed
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
    print(f"SEEDS: event recall {figures['recall']:.2f} ({tp}/{gold_total}), precision {figures['precision']:.2f} "
          f"({tp}/{predicted}), type accuracy {figures['type_accuracy']:.2f}, merged {figures['merged']}")
    return {"seeds": figures, "heldout": heldout()}
