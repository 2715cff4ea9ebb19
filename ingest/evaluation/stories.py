"""Story evaluation: pairwise precision/recall of "same story".

Two gold sets, both in `gold/stories/`: the seeds (`seeds.yml`, which seed
pairs are one story) and constructed pairs (`constructed.yml`: exact copy,
copy with chrome, light edit, translation-like paraphrases, same people at a
different event, unrelated). Every pair of articles in a set counts: a pair
is a true positive when gold and `link_stories` both put it in one story.

The evidence `link_stories` needs (entity keys, quotation fingerprints, event
dates) comes from crude stand-ins here (spaCy entities keyed by folded name or
surname, «…» spans of four words or more, explicit "12 mars 2024" dates), so
the story stage is measured on its own, not through the other extractors;
the seeds are then scored once more through the build (`pipeline.analyse`
and `pipeline.link`), with the evidence the archive really uses.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations
from pathlib import Path

import yaml

from .. import nlp
from ..articles import build_article
from ..pipeline import analyse, collect, link
from ..sources import read_paths
from ..stories import StoryDoc, compare, link_stories

PROJECT = Path(__file__).resolve().parents[2]
GOLD = PROJECT / "gold" / "stories"

MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
          "septembre", "octobre", "novembre", "decembre"]
_DATE = re.compile(rf"\b(1er|\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(\d{{4}})\b")
_QUOTE = re.compile(r"«\s*([^»]+?)\s*»|“([^”]+)”|\"([^\"]+)\"")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _entity_keys(doc) -> frozenset[str]:
    """Crude canonical keys: a person by folded surname, anything else by folded name."""
    keys = set()
    for ent in doc.ents:
        if ent.label_ == "PER":
            keys.add("person:" + _fold(ent.text).split()[-1])
        elif ent.label_ in ("ORG", "LOC"):
            keys.add(_fold(ent.text))
    return frozenset(keys)


def _quote_keys(body: str) -> frozenset[str]:
    keys = set()
    for m in _QUOTE.finditer(body):
        words = re.findall(r"\w+", _fold(next(g for g in m.groups() if g)))
        if len(words) >= 4:
            keys.add(" ".join(words))
    return frozenset(keys)


def _event_dates(body: str) -> frozenset[str]:
    found = set()
    for day, month, year in _DATE.findall(_fold(body)):
        found.add(f"{year}-{MONTHS.index(month) + 1:02d}-{1 if day == '1er' else int(day):02d}")
    return frozenset(found)


def story_doc(id: str, body: str, title: str | None, published: str | None) -> StoryDoc:
    """A StoryDoc with stand-in evidence (see the module docstring)."""
    doc = nlp.parse(body)
    return StoryDoc(id=id, body=body, title=title, published=published,
                    entity_keys=_entity_keys(doc), quote_keys=_quote_keys(body), event_dates=_event_dates(body))


def _show(mark: str, a: str, b: str, ev: dict) -> None:
    print(f"  {mark} {a:>22} ~ {b:<22} kind={ev['kind'] or '-':10} contain={ev['containment']:.2f} "
          f"cos={ev['cosine']:.2f} ent={ev['entities']:.2f} quotes={len(ev['shared_quotes'])} "
          f"dates={len(ev['shared_dates'])} days={ev['days_apart']} score={ev['score']:.2f}")


def _pairwise(docs: list[StoryDoc], gold_pairs: set[frozenset[str]], label) -> dict:
    result = link_stories(docs)
    tp = fp = fn = 0
    negatives = []
    for a, b in combinations(sorted(d.id for d in docs), 2):
        predicted = result.story_of[a] == result.story_of[b]
        wanted = frozenset((a, b)) in gold_pairs
        tp += predicted and wanted
        fp += predicted and not wanted
        fn += wanted and not predicted
        ev = compare(docs, a, b)
        if predicted or wanted:
            _show("ok " if predicted == wanted else ("FP " if predicted else "FN "), label(a), label(b), ev)
        else:
            negatives.append((ev["score"], label(a), label(b), ev))
    print("  hardest negatives (highest score, kept apart; days > MAX_SPAN_DAYS means the time veto):")
    for _, a, b, ev in sorted(negatives, key=lambda n: -n[0])[:3]:
        _show("   ", a, b, ev)
    return {**_figures(tp, fp, fn), "result": result}


def _figures(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"  pairwise precision {precision:.2f} recall {recall:.2f} F1 {f1:.2f} (tp {tp}, fp {fp}, fn {fn})")
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def _seeds_through_pipeline(gold_pairs: set) -> dict:
    """The seeds with the evidence the build really gives (entities, quotes, events)."""
    corpus = collect([PROJECT / "seeds"], PROJECT)
    analyse(corpus)
    link(corpus)
    story_of = corpus.stories.story_of
    same = {frozenset((a, b)) for a, b in combinations(sorted(story_of), 2) if story_of[a] == story_of[b]}
    return _figures(len(same & gold_pairs), len(same - gold_pairs), len(gold_pairs - same))


def _seeds() -> tuple[list[StoryDoc], set, dict]:
    gold = yaml.safe_load((GOLD / "seeds.yml").read_text("utf-8"))
    articles = [build_article(s) for s in read_paths([PROJECT / "seeds"], PROJECT)]
    name = {a.id: Path(a.origin).name[:3] for a in articles}
    by_name = {Path(a.origin).name: a.id for a in articles}
    docs = [story_doc(a.id, a.body, a.title, a.published) for a in articles]
    return docs, {frozenset(by_name[n] for n in pair) for pair in gold["same_story"]}, name


def _constructed() -> tuple[list[StoryDoc], set, list[dict]]:
    gold = yaml.safe_load((GOLD / "constructed.yml").read_text("utf-8"))
    docs = [story_doc(d["id"], d["body"], d.get("title"), d.get("published")) for d in gold["documents"]]
    return docs, {frozenset(p) for group in gold["stories"] for p in combinations(group, 2)}, gold["pairs"]


def run(shared: Path | None = None) -> dict:
    """Print the pairwise scores on the seeds, the constructed pairs and both pooled."""
    seeds, seed_pairs, seed_name = _seeds()
    built, built_pairs, cases = _constructed()
    label = lambda i: seed_name.get(i, i)  # noqa: E731
    figures = {}
    print("Seeds (all 10 pairs; only predicted or gold pairs listed):")
    figures["seeds"] = _pairwise(seeds, seed_pairs, label)
    for story_link in figures["seeds"].pop("result").links:
        print(f"    link {label(story_link.a)} -> {label(story_link.b)} {story_link.kind}, earlier: {label(story_link.earlier) if story_link.earlier else 'unknown'}")
    print("Seeds through the build (pipeline's own entities, quotes and event dates):")
    figures["seeds_pipeline"] = _seeds_through_pipeline(seed_pairs)
    print("Constructed (all pairs; only predicted or gold pairs listed):")
    figures["constructed"] = _pairwise(built, built_pairs, label)
    story_of = figures["constructed"].pop("result").story_of
    right = 0
    for case in cases:
        got = story_of[case["a"]] == story_of[case["b"]]
        right += got == case["same"]
        print(f"    {case['kind']:30} {case['a']} ~ {case['b']}: {'same' if got else 'apart'} "
              f"({'ok' if got == case['same'] else 'WRONG'})")
    figures["constructed"]["cases_right"] = f"{right}/{len(cases)}"
    print("Pooled (seeds and constructed in one corpus; cross pairs are all negatives):")
    figures["pooled"] = _pairwise(seeds + built, seed_pairs | built_pairs, label)
    figures["pooled"].pop("result")
    print("TOTAL: " + "; ".join(f"{k} P {v['precision']:.2f} R {v['recall']:.2f} F1 {v['f1']:.2f}" for k, v in figures.items())
          + f"; named cases right {figures['constructed']['cases_right']}")
    return figures
