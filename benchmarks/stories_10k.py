"""Benchmark: story linking on a synthetic corpus of 10k articles.

Not a test. Generates articles from a Zipf-distributed made-up vocabulary
(so word frequencies look like a language's), then plants the cases
`link_stories` must find: exact copies, copies wrapped in chrome, light edits
(5% of words changed) and rewrites (sentences reordered, 40% of words
changed, same entities and event date). Prints the time of `link_stories`,
the number of candidate pairs it scored against the N·(N-1)/2 of all pairs,
how many planted pairs ended in one story, how many independent articles were
wrongly merged, and the time `align` takes on every link.

    .venv/bin/python benchmarks/stories_10k.py [--articles 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.stories import StoryDoc, align, link_stories  # noqa: E402

SYLLABLES = ["ba", "ko", "ri", "sa", "tu", "me", "lo", "ni", "da", "ve", "pu", "ga", "zo", "fi", "che", "ran", "tor", "mil"]
CHROME = "Partager sur Facebook\nLire aussi : une autre actualité du jour\nAbonnez-vous à notre lettre d'information\nLaisser un commentaire"


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng, 30000)
        self.cum_weights = list(accumulate(1 / (rank + 1) for rank in range(len(self.words))))
        self.entities = [f"entity:{i}" for i in range(3000)]
        self.entity_cum_weights = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(self.entities))))

    def sentence(self) -> str:
        words = self.rng.choices(self.words, cum_weights=self.cum_weights, k=self.rng.randint(12, 28))
        return " ".join(words).capitalize() + "."

    def article(self, i: int) -> StoryDoc:
        day = date(2020, 1, 1) + timedelta(days=self.rng.randrange(6 * 365))
        body = "\n\n".join(" ".join(self.sentence() for _ in range(3)) for _ in range(self.rng.randint(3, 6)))
        entities = frozenset(self.rng.choices(self.entities, cum_weights=self.entity_cum_weights, k=8))
        return StoryDoc(id=f"a{i:05d}", body=body, title=self.sentence()[:60], published=day.isoformat(),
                        entity_keys=entities, quote_keys=frozenset(), event_dates=frozenset({day.isoformat()}))

    def change(self, body: str, share: float) -> str:
        words = body.split(" ")
        positions = self.rng.sample(range(len(words)), int(len(words) * share))
        for k, word in zip(positions, self.rng.choices(self.words, cum_weights=self.cum_weights, k=len(positions))):
            words[k] = word
        return " ".join(words)

    def variant(self, base: StoryDoc, i: int, kind: str) -> StoryDoc:
        body = base.body
        if kind == "chrome":
            body = f"{CHROME}\n\n{body}\n\n{CHROME}"
        elif kind == "edit":
            body = self.change(body, 0.05)
        elif kind == "rewrite":
            sentences = body.replace("\n\n", " ").split(". ")
            self.rng.shuffle(sentences)
            body = self.change(". ".join(sentences), 0.4)
        published = (date.fromisoformat(base.published) + timedelta(days=self.rng.randint(0, 3))).isoformat()
        return StoryDoc(id=f"a{i:05d}", body=body, title=base.title, published=published,
                        entity_keys=base.entity_keys, quote_keys=base.quote_keys, event_dates=base.event_dates)


def corpus(n: int, seed: int) -> tuple[list[StoryDoc], list[tuple[str, str, str]]]:
    """n articles, 30% of them planted variants of an earlier one: (docs, planted pairs)."""
    gen = Generator(seed)
    docs, planted = [], []
    for i in range(n):
        if docs and gen.rng.random() < 0.3:
            base = gen.rng.choice(docs[-2000:])
            kind = gen.rng.choice(["copy", "chrome", "edit", "rewrite"])
            docs.append(gen.variant(base, i, kind))
            planted.append((base.id, docs[-1].id, kind))
        else:
            docs.append(gen.article(i))
    return docs, planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    docs, planted = corpus(args.articles, args.seed)
    print(f"generated {len(docs)} articles, {len(planted)} planted variants in {time.perf_counter() - started:.1f}s")
    started = time.perf_counter()
    from spacy.lang.fr.stop_words import STOP_WORDS  # noqa: F401 -- imported once per process; the pipeline has it loaded
    print(f"importing spaCy's French stop-word list: {time.perf_counter() - started:.1f}s (not counted below)")
    started, cpu = time.perf_counter(), time.process_time()
    result = link_stories(docs)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    n = len(docs)
    print(f"link_stories: {seconds:.1f}s wall, {cpu:.1f}s CPU, {result.candidates} candidate pairs scored "
          f"(all pairs would be {n * (n - 1) // 2}), {len(result.links)} links, {len(result.stories)} stories")
    variants = {b for _, b, _ in planted}
    bases_per_story = Counter(result.story_of[d.id] for d in docs if d.id not in variants)
    wrong = sum(n - 1 for n in bases_per_story.values())
    print(f"  independent articles wrongly merged into another's story: {wrong}")
    for kind in ("copy", "chrome", "edit", "rewrite"):
        pairs = [(a, b) for a, b, k in planted if k == kind]
        found = sum(result.story_of[a] == result.story_of[b] for a, b in pairs)
        print(f"  planted {kind:8} {found}/{len(pairs)} in one story")
    body = {d.id: d.body for d in docs}
    started = time.perf_counter()
    passages = sum(len(align(body[link.a], body[link.b])) for link in result.links)
    print(f"align() on every link: {time.perf_counter() - started:.1f}s, {passages} reused sentences")


if __name__ == "__main__":
    main()
