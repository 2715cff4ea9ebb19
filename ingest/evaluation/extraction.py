"""HTML extraction evaluation: our `extract_html` next to trafilatura alone, same pages, same metric.

Benchmarks (in `shared/corpora/`, see each README):
- `trafilatura-eval`: `with`/`without` snippets counted as TP/FN/FP/TN as
  upstream does (F1 over all snippets), all pages and the French subset;
- `scrapinghub-article-extraction-benchmark`: token-4-shingle F1 against the
  gold body, computed the way its authors' `evaluate.py` does (per-page
  normalised counts, mean precision and recall, F1 of the means);
- `mozilla-readability-testpages`: the same shingle F1 against the visible
  text of `expected.html`;
- `wcxb-articles-subset`: the same shingle F1 against `main_content`.
Metadata: title / author / date exact match (case, spacing and quote style
folded; authors as a set of names; dates at day precision) on the pages whose
gold has the field. The pages are split for good by a hash of their id into a
dev half and a "held-out" half; that half was looked at and used for
development from 2026-11-27 (session 2) on, so the misses of both are printed
and neither figure is blind any more.
`gold/metadata/heldout.tsv` (64 scrapinghub and French htmldate-dates pages
annotated by hand before the code ran on them, see its README) was the blind
set until session 5 read its misses (2026-11-27): it is development data now,
and its misses are printed with the others.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path

import csv

import trafilatura
from bs4 import BeautifulSoup

from ..decode import decode
from ..extract import NoArticle, extract_html


def run(shared: Path) -> dict:
    corpora = Path(shared) / "corpora"
    pages = list(load_pages(corpora))
    systems = {"ours": ours, "trafilatura": trafilatura_alone}
    outputs = {name: {} for name in systems}
    seconds = {name: 0.0 for name in systems}
    for page in pages:
        for name, system in systems.items():
            start = time.perf_counter()
            outputs[name][page["id"]] = system(page["html"], page["url"])
            seconds[name] += time.perf_counter() - start
    results = {name: score(pages, outputs[name]) for name in systems}
    meta = {name: metadata_score(pages, outputs[name]) for name in systems}
    print(f"HTML extraction, {len(pages)} pages")
    print(f"{'body F1':34}{'ours':>10}{'trafilatura':>14}")
    for key in results["ours"]:
        o, t = results["ours"][key], results["trafilatura"][key]
        flag = "" if o["value"] >= t["value"] else "   < trafilatura"
        print(f"{key:34}{o['value']:>10.3f}{t['value']:>14.3f}   (n={o['n']}){flag}")
    print(f"{'metadata exact':34}{'ours: dev':>12}{'held-out*':>12}{'whole':>12}   trafilatura: dev / held-out / whole")
    for key, halves in meta["ours"].items():
        cells = "".join(f"{halves[h]['value']:>6.3f} ({halves[h]['n']:>2})" for h in HALVES)
        anchor = " / ".join(f"{meta['trafilatura'][key][h]['value']:.3f}" for h in HALVES)
        print(f"{key:34}{cells}   {anchor}")
    print("* the held-out half has been used for development since 2026-11-27: not blind any more")
    blind = {name: blind_score(pages, outputs[name]) for name in systems}
    print(f"metadata set gold/metadata/heldout.tsv (blind until session 5), exact{'ours':>6}{'trafilatura':>14}")
    for key, value in blind["ours"].items():
        print(f"  {key:50}{value['value']:>10.3f}{blind['trafilatura'][key]['value']:>14.3f}   (n={value['n']})")
    for name in systems:
        print(f"mean time per page, {name}: {seconds[name] / len(pages) * 1000:.0f} ms")
    print("our metadata misses, trafilatura-eval / mozilla / wcxb, both halves (half, field, page, gold, ours):")
    for miss in misses(pages, outputs["ours"]) + blind_misses(pages, outputs["ours"]):
        print("  ", *miss, sep=" | ")
    figures = {name: {key: round(v["value"], 4) for key, v in body.items()} for name, body in results.items()}
    for name in systems:
        figures[name].update({f"{key} [{h}]": round(halves[h]["value"], 4)
                              for key, halves in meta[name].items() for h in HALVES})
        figures[name].update({f"blind {key}": round(value["value"], 4) for key, value in blind[name].items()})
    return figures


def ours(html: str, url: str | None) -> dict:
    try:
        extracted = extract_html(html, url)
    except NoArticle:
        return {"text": "", "meta": {}}
    return {"text": extracted.text, "meta": extracted.meta}


def trafilatura_alone(html: str, url: str | None) -> dict:
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if document is None:
        return {"text": "", "meta": {}}
    return {"text": document.text or "",
            "meta": {"title": document.title, "author": document.author, "published": document.date}}


# --- loading --------------------------------------------------------------

BLIND = Path(__file__).resolve().parents[2] / "gold" / "metadata" / "heldout.tsv"


def load_pages(corpora: Path):
    """Every benchmark page as a dict: id, benchmark, html, url, gold fields; blind metadata gold under 'blind'."""
    with BLIND.open(encoding="utf-8") as handle:
        blind = {row.pop("page"): row for row in csv.DictReader(handle, delimiter="\t")}
    for page in _benchmark_pages(corpora):
        if page["id"] in blind:
            page["blind"] = blind[page["id"]]
        yield page
    root = corpora / "htmldate-dates"
    for url, gold in json.loads((root / "ground-truth.json").read_text("utf-8")).items():
        if f"htmldate-dates/{gold['file']}" in blind:
            yield {"id": f"htmldate-dates/{gold['file']}", "benchmark": "htmldate-dates", "url": url,
                   "html": _read_html(root / gold["html_path"]), "blind": blind[f"htmldate-dates/{gold['file']}"]}


def _benchmark_pages(corpora: Path):
    root = corpora / "trafilatura-eval"
    french = {line.split("\t")[0] for line in (root / "manifest.tsv").read_text("utf-8").splitlines()[1:]
              if line.split("\t")[2] == "fr-subset"}
    for url, gold in json.loads((root / "ground-truth.json").read_text("utf-8")).items():
        yield {"id": f"trafilatura-eval/{gold['file']}", "benchmark": "trafilatura-eval", "url": url,
               "html": _read_html(root / "html" / gold["file"]), "french": gold["file"] in french,
               "with": gold.get("with", []), "without": gold.get("without", []),
               "title": gold.get("title"), "author": gold.get("author"), "date": gold.get("date")}
    root = corpora / "scrapinghub-article-extraction-benchmark"
    for key, gold in json.loads((root / "ground-truth.json").read_text("utf-8")).items():
        yield {"id": f"scrapinghub/{key}", "benchmark": "scrapinghub", "url": gold.get("url"),
               "html": _read_html(root / "html" / f"{key}.html.gz"), "body": gold["articleBody"]}
    root = corpora / "mozilla-readability-testpages"
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        gold = json.loads((folder / "expected-metadata.json").read_text("utf-8"))
        expected = BeautifulSoup((folder / "expected.html").read_text("utf-8"), "lxml").get_text(" ")
        yield {"id": f"mozilla/{folder.name}", "benchmark": "mozilla", "url": None,
               "html": _read_html(folder / "source.html"), "body": expected, "title": gold.get("title"),
               "author": gold.get("byline"), "date": (gold.get("publishedTime") or "")[:10] or None}
    root = corpora / "wcxb-articles-subset"
    for path in sorted((root / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text("utf-8"))
        gold = record["ground_truth"]
        gold = ast.literal_eval(gold) if isinstance(gold, str) else gold
        yield {"id": f"wcxb/{path.stem}", "benchmark": "wcxb", "url": record.get("url"),
               "html": _read_html(root / "html" / f"{path.stem}.html.gz"), "body": gold["main_content"],
               "title": gold.get("title"), "author": gold.get("author"), "date": gold.get("publish_date")}


def _read_html(path: Path) -> str:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return decode(data)


# --- scoring --------------------------------------------------------------

def score(pages: list[dict], outputs: dict) -> dict:
    """Body and metadata figures of one system, keyed by row label."""
    figures = {}
    snippet_pages = [p for p in pages if p["benchmark"] == "trafilatura-eval"]
    figures["trafilatura-eval body F1 (snippets)"] = snippet_f1(snippet_pages, outputs)
    figures["  french pages only"] = snippet_f1([p for p in snippet_pages if p["french"]], outputs)
    for benchmark in ("scrapinghub", "mozilla", "wcxb"):
        chosen = [p for p in pages if p["benchmark"] == benchmark]
        counts = [shingle_counts(p["body"], outputs[p["id"]]["text"]) for p in chosen]
        figures[f"{benchmark} body F1 (shingles)"] = {"value": shingle_f1(counts), "n": len(chosen)}
    return figures


HALVES = ("dev", "held-out", "whole")
FIELDS = (("title", "title"), ("author", "author"), ("date", "published"))


def half(page: dict) -> str:
    """'dev' or 'held-out', fixed by a hash of the page id (about half each)."""
    return "dev" if hashlib.sha256(page["id"].encode()).digest()[0] < 128 else "held-out"


def _metadata_groups(pages: list[dict]) -> dict:
    groups = {benchmark: [p for p in pages if p["benchmark"] == benchmark]
              for benchmark in ("trafilatura-eval", "mozilla", "wcxb")}
    groups["  trafilatura-eval french"] = [p for p in groups["trafilatura-eval"] if p["french"]]
    return groups


def metadata_score(pages: list[dict], outputs: dict) -> dict:
    """Title / author / date exact accuracy per benchmark, on the dev half, the held-out half and the whole."""
    figures = {}
    for group, chosen in _metadata_groups(pages).items():
        for field, key in FIELDS:
            gold = [p for p in chosen if p.get(field)]
            if not gold:
                continue
            figures[f"{group} {field}"] = {}
            for name in HALVES:
                part = [p for p in gold if name == "whole" or half(p) == name]
                hits = sum(same(field, p[field], outputs[p["id"]]["meta"].get(key)) for p in part)
                figures[f"{group} {field}"][name] = {"value": hits / max(len(part), 1), "n": len(part)}
    return figures


def misses(pages: list[dict], outputs: dict) -> list[tuple]:
    """The metadata errors on the benchmarks' own gold (both halves)."""
    return [(half(page), field, page["id"], page[field], outputs[page["id"]]["meta"].get(key))
            for page in pages if page["benchmark"] in ("trafilatura-eval", "mozilla", "wcxb")
            for field, key in FIELDS
            if page.get(field) and not same(field, page[field], outputs[page["id"]]["meta"].get(key))]


def blind_misses(pages: list[dict], outputs: dict) -> list[tuple]:
    """The errors on `gold/metadata/heldout.tsv` ('?' = not annotated); an unsigned page given an author counts."""
    return [("heldout.tsv", field, page["id"], gold or None, found)
            for page in pages if "blind" in page for field, key in FIELDS
            for gold, found in [(page["blind"][field], outputs[page["id"]]["meta"].get(key))]
            if gold != "?" and (not same(field, gold, found) if gold else field == "author" and found)]


def blind_score(pages: list[dict], outputs: dict) -> dict:
    """Exact accuracy on `gold/metadata/heldout.tsv`: titles, dates ('?' = not annotated), authors of the signed pages;
    and the share of unsigned pages given an author anyway (lower is better)."""
    rows = [(page["blind"], outputs[page["id"]]["meta"]) for page in pages if "blind" in page]
    figures = {}
    for field, key in FIELDS:
        scored = [(gold[field], meta.get(key)) for gold, meta in rows if gold[field] not in ("", "?")]
        figures[field] = {"value": sum(same(field, g, f) for g, f in scored) / max(len(scored), 1), "n": len(scored)}
    unsigned = [meta.get("author") for gold, meta in rows if gold["author"] == ""]
    figures["author given to unsigned pages"] = {"value": sum(map(bool, unsigned)) / max(len(unsigned), 1),
                                                 "n": len(unsigned)}
    return figures


def snippet_f1(pages: list[dict], outputs: dict) -> dict:
    """Upstream trafilatura scoring: a `with` snippet found is a TP, missed a FN; a `without` found is a FP."""
    tp = fn = fp = 0
    for page in pages:
        text = " ".join(outputs[page["id"]]["text"].split())
        for snippet in page["with"]:
            if " ".join(snippet.split()) in text:
                tp += 1
            else:
                fn += 1
        fp += sum(" ".join(s.split()) in text for s in page["without"])
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"value": 2 * precision * recall / max(precision + recall, 1e-9), "n": len(pages)}


_TOKEN = re.compile(r"\w+")


def shingle_counts(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) over token 4-shingles, as in the scrapinghub benchmark."""
    gold, found = _shingles(true, n), _shingles(pred, n)
    tp = sum((gold & found).values())
    fp = sum((found - gold).values())
    fn = sum((gold - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str, n: int) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_f1(counts: list[tuple[float, float, float]]) -> float:
    """F1 of mean precision and mean recall, pages without predictions scored as the authors do."""
    def ratio(a, b, other):
        if b == other == 0:
            return 1.0
        return a / (a + b) if a + b else 0.0
    precisions = [ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fold(value: str) -> str:
    value = unicodedata.normalize("NFKC", value).casefold()
    value = value.translate(str.maketrans("’‘`´“”«»", "''''\"\"\"\""))
    return " ".join(value.split()).strip(" .")


def _names(value: str) -> set[str]:
    """A byline as a set of folded names: 'Par A (avec B et C)' and 'A, B, C' are the same authors."""
    value = re.sub(r"^(par|by)\s+", "", fold(value))
    value = re.sub(r"[()]|\b(?:avec|with)\b", ",", value)
    return {n.strip() for n in re.split(r"\s*(?:,|;|/|\band\b|\bet\b|&)\s*", value) if n.strip()}


def same(field: str, gold: str, found: str | None) -> bool:
    if not found:
        return False
    if field == "date":
        return found[:10] == gold[:10]
    if field == "author":
        return _names(gold) == _names(found)
    return fold(gold) == fold(found)
