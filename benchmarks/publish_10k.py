"""Benchmark: the static export of a synthetic 10k-article archive.

Not a test. Writes a fake but realistically shaped archive through the real store
(`ingest.store.write`): bodies of 300-900 words drawn from a Zipf-distributed made-up
vocabulary of 40k words (so the search index sees a language's long tail), accented
and capitalised names, 3000 entities (a third of them places with coordinates),
~12 mentions, 2 quotes and an event mention per article, 15 outlets over 3 years,
stories of 1-4 articles. Then exports it twice (the second run must write nothing)
and prints time, site size, file count and the search index size (whole, gzipped,
and what one query loads).

    .venv/bin/python benchmarks/publish_10k.py [--articles 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest import store  # noqa: E402
from ingest.model import Article, Corpus, Entity, Event, EventMention, Mention, Quote  # noqa: E402
from ingest.publish.static import export  # noqa: E402

SYLLABLES = ["ba", "ko", "ri", "sa", "tu", "mé", "lo", "ni", "da", "vè", "pu", "ga", "zo", "fi", "che", "ran", "tor", "mil", "ï"]
TYPES = ["person", "organization", "place"]


def corpus(n: int, seed: int = 1) -> Corpus:
    rng = random.Random(seed)
    words = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(45000)})[:40000]
    weights = list(accumulate(1 / (r + 1) for r in range(len(words))))
    entities = []
    for k in range(3000):
        kind = TYPES[k % 3]
        name = " ".join(w.capitalize() for w in rng.sample(words[:5000], 2 if kind == "person" else 1))
        entities.append(Entity(key=f"e{k}", name=f"{name} {k}", type=kind,
                               latitude=rng.uniform(5, 25) if kind == "place" else None,
                               longitude=rng.uniform(-15, 15) if kind == "place" else None))
    out = Corpus(entities=entities)
    start = date(2022, 1, 1)
    stories = []
    for i in range(n):
        paragraphs = []
        mentions, quotes = [], []
        offset = 0
        for _ in range(rng.randint(4, 10)):
            sentence = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(60, 90)))
            entity = rng.choice(entities)
            text = f"{sentence} {entity.name}, « {' '.join(rng.choices(words, cum_weights=weights, k=12))} » a déclaré."
            position = offset + len(sentence) + 1
            mentions.append(Mention(position, position + len(entity.name), entity.name, entity.type, entity.key))
            q_start = position + len(entity.name) + 4
            q_text = text[q_start - offset:text.index(" »")]
            if len(quotes) < 2:
                quotes.append(Quote(q_start, q_start + len(q_text), q_text, "direct", entity.name, entity.key, "déclarer"))
            paragraphs.append(text)
            offset += len(text) + 2
        body = "\n\n".join(paragraphs)
        published = (start + timedelta(days=rng.randrange(1095))).isoformat()
        article = Article(id=f"{i:016x}", origin=f"corpus/{i:05d}.html", body=body,
                          title=" ".join(rng.choices(words, cum_weights=weights, k=8)).capitalize(),
                          source=f"Outlet {i % 15}", published=published, published_precision="day",
                          language="fr", content_hash=f"{i:064x}")
        out.articles.append(article)
        out.mentions[article.id] = mentions
        out.quotes[article.id] = quotes
        if i % 3 == 0:
            place = rng.choice(entities[2::3])
            out.events.append(Event(id=f"ev{i:06d}", date=published, precision="day", type="meeting",
                                    summary=paragraphs[0][:80], place_key=place.key,
                                    mentions=[EventMention(article.id, 0, 80, paragraphs[0][:80], "le 3 mars", published,
                                                           "day", "meeting", paragraphs[0][:80], place.key)]))
        if i % 3 == 0:
            stories.append(SimpleNamespace(id=f"s{i:06d}", title=article.title, first_published=published, article_ids=[]))
        stories[-1].article_ids.append(article.id)
    out.stories = SimpleNamespace(stories=stories, links=[],
                                  story_of={a: s.id for s in stories for a in s.article_ids})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--keep", type=Path, help="export here and keep it (default: a temporary folder)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="publish-bench-"))
    try:
        started = time.perf_counter()
        db = work / "archive.db"
        store.write(corpus(args.articles), db, {"version": "bench"})
        print(f"synthetic archive: {args.articles} articles, {db.stat().st_size / 1e6:.1f} MB "
              f"in {time.perf_counter() - started:.1f}s")
        site = args.keep or work / "site"
        print(export(db, site))
        print("again:", export(db, site))
        files = [p for p in site.rglob("*") if p.is_file()]
        index = [p for p in (site / "search").rglob("*.js")]
        raw = sum(p.stat().st_size for p in index)
        zipped = sum(len(gzip.compress(p.read_bytes())) for p in index)
        shards = sorted((p.stat().st_size for p in (site / "search" / "terms").glob("*.js")), reverse=True)
        docs = sorted((p.stat().st_size for p in (site / "search" / "docs").glob("*.js")), reverse=True)
        meta = (site / "search" / "meta.js").stat().st_size
        print(f"site: {len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.0f} MB")
        print(f"search index: {raw / 1e6:.1f} MB in {len(index)} files, {zipped / 1e6:.1f} MB gzipped; "
              f"meta.js {meta / 1e3:.0f} kB, largest term shard {shards[0] / 1e3:.0f} kB "
              f"(median {shards[len(shards) // 2] / 1e3:.0f} kB), title blocks {docs[0] / 1e3:.0f} kB each")
        print(f"a two-word query loads at most {(meta + 2 * shards[0] + 2 * docs[0]) / 1e6:.2f} MB "
              f"(meta + two largest shards + two title blocks), before gzip")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
