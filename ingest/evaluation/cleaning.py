"""Cleaning evaluation: chrome lines removed, body lines lost, header fields found.

Gold files in `gold/cleaning/` label every paragraph of an input: `B` body,
`C` chrome, `H` header line (title, byline, date, section), with `= field: value`
lines giving the expected metadata. The seeds' gold is evaluated on the real
seed files; the variants' input is rebuilt from the gold lines themselves.
"""

from __future__ import annotations

from pathlib import Path

from ..clean import clean_text, fold
from ..decode import decode

PROJECT = Path(__file__).resolve().parents[2]
GOLD = PROJECT / "gold" / "cleaning"
META = ("title", "subtitle", "author", "section", "published", "published_precision", "source")


def read_gold(path: Path) -> tuple[dict, list[tuple[str, str]], str]:
    """Expected metadata, labelled paragraphs and the raw input text of one gold file."""
    meta: dict = {}
    labelled: list[tuple[str, str]] = []
    raw_lines: list[str] = []
    lines = path.read_text("utf-8").splitlines()
    wrapped = any(line.strip() == "= wrapped: yes" for line in lines)
    block: list[tuple[str, str]] = []

    def flush():
        if wrapped and block and all(label == "B" for label, _ in block):
            labelled.append(("B", " ".join(text for _, text in block)))
        else:
            labelled.extend(block)
        block.clear()

    for line in lines:
        if line.startswith("= "):
            name, _, value = line[2:].partition(":")
            meta[name.strip()] = value.strip() or None
        elif not line.strip():
            flush()
            raw_lines.append("")
        else:
            label, _, text = line.partition("\t")
            block.append((label, text))
            raw_lines.append(text)
            if not wrapped:
                flush()
    flush()
    meta.pop("wrapped", None)
    return meta, labelled, "\n".join(raw_lines)


def score(path: Path, text: str | None = None) -> dict:
    """Counts for one gold file: chrome removed/kept, body kept/lost, metadata right/wrong."""
    meta, labelled, raw = read_gold(path)
    cleaned = clean_text(text if text is not None else raw)
    body = {fold(p) for p in cleaned.body.split("\n\n")}
    chrome = [t for label, t in labelled if label in ("C", "H")]
    gold_body = [t for label, t in labelled if label == "B"]
    kept_chrome = [t for t in chrome if fold(t) in body]
    lost_body = [t for t in gold_body if fold(t) not in body]
    wrong_meta = {k: (getattr(cleaned, k), v) for k, v in meta.items() if k in META and getattr(cleaned, k) != v}
    return {
        "file": path.name,
        "chrome": len(chrome),
        "chrome_kept": kept_chrome,
        "body": len(gold_body),
        "body_lost": lost_body,
        "meta": len([k for k in meta if k in META]),
        "meta_wrong": wrong_meta,
    }


def run(shared: Path | None = None) -> dict:
    rows = []
    for path in sorted(GOLD.glob("*.txt")):
        seed = PROJECT / "seeds" / path.name
        rows.append(score(path, decode(seed.read_bytes()) if seed.exists() else None))
    rows += [score(path) for path in sorted((GOLD / "variants").glob("*.txt"))]
    print(f"{'file':45} {'chrome removed':>15} {'body lost':>10} {'meta right':>11}")
    for r in rows:
        print(f"{r['file']:45} {r['chrome'] - len(r['chrome_kept']):>7}/{r['chrome']:<7} "
              f"{len(r['body_lost']):>4}/{r['body']:<5} {r['meta'] - len(r['meta_wrong']):>5}/{r['meta']}")
        for line in r["chrome_kept"]:
            print(f"    chrome kept: {line[:90]}")
        for line in r["body_lost"]:
            print(f"    body lost:   {line[:90]}")
        for k, (got, want) in r["meta_wrong"].items():
            print(f"    {k}: got {got!r}, want {want!r}")
    totals = {
        "chrome_lines": sum(r["chrome"] for r in rows),
        "chrome_kept": sum(len(r["chrome_kept"]) for r in rows),
        "body_lines": sum(r["body"] for r in rows),
        "body_lost": sum(len(r["body_lost"]) for r in rows),
        "meta_fields": sum(r["meta"] for r in rows),
        "meta_wrong": sum(len(r["meta_wrong"]) for r in rows),
    }
    print(f"TOTAL: chrome removed {totals['chrome_lines'] - totals['chrome_kept']}/{totals['chrome_lines']}, "
          f"body lines lost {totals['body_lost']}/{totals['body_lines']}, "
          f"metadata right {totals['meta_fields'] - totals['meta_wrong']}/{totals['meta_fields']}")
    return totals
