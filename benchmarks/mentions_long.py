"""Benchmark: how `ingest.entities.find_mentions` scales with one long document.

Not a test (speed goals are checked with benchmarks, not timed tests). Builds a
synthetic French article of N sentences (each naming a person, a town and a
municipal council, with a surname-only mention), parses it once, and times
`find_mentions` alone, after a warm-up call that builds the town index. Goal:
close to linear — a 30,000-word document (a report, a live blog) in a few seconds.

    .venv/bin/python benchmarks/mentions_long.py [--sentences 1400]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest import nlp  # noqa: E402
from ingest.entities import find_mentions  # noqa: E402

PEOPLE = ["Awa Faye", "Paul Ngom", "Marc Lenoir", "Léa Morel", "Issa Konaté", "Claire Dumont"]
TOWNS = ["Dakar", "Lyon", "Bamako", "Genève", "Montréal", "Tunis"]


def article(sentences: int) -> str:
    rng = random.Random(1)
    return " ".join(
        f"Selon {person}, le conseil municipal de {rng.choice(TOWNS)} a voté mardi un budget de {i} millions, "
        f"a indiqué M. {person.split()[1]} à la presse."
        for i, person in ((i, rng.choice(PEOPLE)) for i in range(sentences)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1400)
    args = parser.parse_args()
    find_mentions(nlp.parse("Le maire de Lyon, Awa Faye, a parlé à Dakar."))  # builds the town index once
    for n in (args.sentences // 4, args.sentences // 2, args.sentences):
        text = article(n)
        doc = nlp.parse(text)
        start = time.perf_counter()
        found = find_mentions(doc)
        seconds = time.perf_counter() - start
        print(f"{len(text.split()):>7} words  {len(found):>5} mentions  {seconds:6.2f} s")


if __name__ == "__main__":
    main()
