"""Benchmark: how long `ingest.extract.extract_html` takes per page.

Not a test (speed goals are checked with benchmarks, not timed tests). Times the
HTML fixture pages of `tests/fixtures/html/` (a synthetic French article, a real
French blog page, a home page and a 404 page, which are refused) and the
synthetic article padded with a 20 MB inline script, and prints the mean and
the slowest run in ms/page. Goals: a normal page well under 1000 ms, the 20 MB
script page under 2000 ms.

    .venv/bin/python benchmarks/extract_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.extract import NoArticle, extract_html  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "html"
GOALS_MS = {"20 MB script page": 2000.0}
DEFAULT_GOAL_MS = 1000.0


def pages() -> dict[str, str]:
    found = {path.name: path.read_text("utf-8") for path in sorted(FIXTURES.glob("*.html"))}
    article = found["article_fr.html"]
    found["20 MB script page"] = article.replace("</head>", "<script>" + "var x = 1;" * 2_000_000 + "</script></head>")
    return found


def time_page(html: str, repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            extract_html(html)
        except NoArticle:
            pass  # refusing a page is part of the work being timed
        runs.append((time.perf_counter() - start) * 1000)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    extract_html(pages()["article_fr.html"])  # warm-up: imports and lazy loaders are not page time
    print(f"{'page':34}{'size':>10}{'mean ms':>10}{'max ms':>10}{'goal ms':>10}")
    over = []
    for name, html in pages().items():
        runs = time_page(html, args.repeat)
        goal = GOALS_MS.get(name, DEFAULT_GOAL_MS)
        mean = sum(runs) / len(runs)
        print(f"{name:34}{len(html) / 1e6:>8.2f}MB{mean:>10.0f}{max(runs):>10.0f}{goal:>10.0f}")
        if mean > goal:
            over.append(name)
    print("over goal: " + (", ".join(over) if over else "none"))


if __name__ == "__main__":
    main()
