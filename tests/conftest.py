"""Shared fixtures for the website tests: a tiny archive.db and a Datasette configured like `serve`.

The database has the store's own schema (`ingest.store.create_schema`), filled here by
hand so the site's tests do not depend on running the NLP pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from ingest import store

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "metadata.yml"
SETTINGS = ROOT / "settings.json"
TEMPLATES = ROOT / "ingest" / "templates"
STATIC = ROOT / "ingest" / "static"

BODY_1 = (
    "Le ministre Abdoulaye Konaté a annoncé le 16 juin le départ de la mission à Bamako.\n\n"
    "« Nous voulons un partenariat sincère avec la Russie », a déclaré Abdoulaye Konaté devant la presse.\n\n"
    "Le groupe Wagner reste présent dans le nord, selon Sergueï Volkov."
)
BODY_2 = (
    "Bamako a confirmé le 16 juin le départ de la mission de l'ONU.\n\n"
    "« Nous voulons un partenariat sincère avec la Russie », a répété le ministre Abdoulaye Konaté."
)
BODY_XSS = 'Un lecteur écrit <script>alert("x")</script> et <img src=x onerror=alert(1)> à Gao.'


def _span(body: str, text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return start, start + len(text)


def build_archive(path: Path) -> Path:
    """A three-article archive: two versions of one story, and one article full of markup."""
    db = sqlite_utils.Database(path)
    store.create_schema(db)

    db["stories"].insert({"id": "s1", "title": "Le départ de la mission", "first_published": "2023-06-16",
                          "article_count": 2})
    article = {"origin": None, "url": None, "subtitle": None, "author": None, "section": None,
               "published_precision": "day", "published_inferred": 0, "modified": None, "language": "fr",
               "content_hash": None, "origins": "[]", "extra": None, "story_id": None}
    db["articles"].insert_all([
        {**article, "id": "a1", "origin": "seeds/a1.txt", "url": "https://journal.example/a1",
         "title": "Le départ de la mission annoncé", "headline": "Le départ de la mission annoncé", "subtitle": "Bamako tourne une page",
         "author": "Awa Traoré", "source": "Journal du Sahel", "published": "2023-06-16",
         "body": BODY_1, "word_count": len(BODY_1.split()), "story_id": "s1"},
        {**article, "id": "a2", "title": "La mission s'en va", "headline": "La mission s'en va", "source": "Agence Ouest",
         "published": "2023-06-17", "body": BODY_2, "word_count": len(BODY_2.split()), "story_id": "s1"},
        {**article, "id": "x3", "title": '<img src=x onerror=alert("t")>', "headline": '<img src=x onerror=alert("t")>', "source": "Courrier <b>test</b>",
         "published": "2024-02", "published_precision": "month", "body": BODY_XSS,
         "word_count": len(BODY_XSS.split())},
    ])
    db["entities"].insert_all([
        {"id": "abdoulaye-konate", "name": "Abdoulaye Konaté", "type": "person",
         "aliases": json.dumps(["le ministre Konaté", "Konaté"], ensure_ascii=False), "article_count": 2,
         "mention_count": 3},
        {"id": "bamako", "name": "Bamako", "type": "place", "aliases": "[]", "latitude": 12.65,
         "longitude": -8.0, "country_code": "ML", "article_count": 2, "mention_count": 2},
        {"id": "gao", "name": "Gao", "type": "place", "aliases": "[]", "latitude": 16.27, "longitude": -0.04,
         "country_code": "ML", "article_count": 1, "mention_count": 1},
        {"id": "groupe-wagner", "name": "groupe Wagner", "type": "organization", "aliases": '["Wagner"]',
         "article_count": 1, "mention_count": 1},
        {"id": "serguei-volkov", "name": "Sergueï Volkov", "type": "person", "aliases": "[]",
         "article_count": 1, "mention_count": 1},
        {"id": "russie", "name": "Russie", "type": "place", "aliases": "[]", "latitude": 55.75, "longitude": 37.62,
         "country_code": "RU", "article_count": 2, "mention_count": 2},
    ])
    mentions = [("a1", "abdoulaye-konate", BODY_1, "Abdoulaye Konaté", 0), ("a1", "bamako", BODY_1, "Bamako", 0),
                ("a1", "russie", BODY_1, "Russie", 0), ("a1", "abdoulaye-konate", BODY_1, "Abdoulaye Konaté", 1),
                ("a1", "groupe-wagner", BODY_1, "groupe Wagner", 0),
                ("a1", "serguei-volkov", BODY_1, "Sergueï Volkov", 0), ("a2", "bamako", BODY_2, "Bamako", 0),
                ("a2", "russie", BODY_2, "Russie", 0), ("a2", "abdoulaye-konate", BODY_2, "Abdoulaye Konaté", 0),
                ("x3", "gao", BODY_XSS, "Gao", 0)]
    db["mentions"].insert_all(
        {"article_id": a, "entity_id": e, "surface": s, "char_start": _span(b, s, n)[0], "char_end": _span(b, s, n)[1]}
        for a, e, b, s, n in mentions)
    quote = "Nous voulons un partenariat sincère avec la Russie"
    db["quotes"].insert_all([
        {"id": f"a1-{_span(BODY_1, quote)[0]}", "article_id": "a1", "text": quote, "speaker_id": "abdoulaye-konate",
         "speaker_surface": "Abdoulaye Konaté", "cue": "déclarer", "kind": "direct",
         "char_start": _span(BODY_1, quote)[0], "char_end": _span(BODY_1, quote)[1], "quote_group": "g1"},
        {"id": f"a2-{_span(BODY_2, quote)[0]}", "article_id": "a2", "text": quote, "speaker_id": "abdoulaye-konate",
         "speaker_surface": "le ministre Abdoulaye Konaté", "cue": "répéter", "kind": "direct",
         "char_start": _span(BODY_2, quote)[0], "char_end": _span(BODY_2, quote)[1], "quote_group": "g1"},
    ])
    db["events"].insert({"id": "e1", "date": "2023-06-16", "date_precision": "day", "year": 2023,
                         "type": "withdrawal", "summary": "Départ de la mission de l'ONU annoncé à Bamako",
                         "place_id": "bamako", "latitude": 12.65, "longitude": -8.0, "article_count": 2})
    db["event_mentions"].insert_all([
        {"event_id": "e1", "article_id": "a1", "sentence": BODY_1.split("\n\n")[0], "date_text": "le 16 juin",
         "char_start": _span(BODY_1, "le 16 juin")[0], "char_end": _span(BODY_1, "le 16 juin")[1]},
        {"event_id": "e1", "article_id": "a2", "sentence": BODY_2.split("\n\n")[0], "date_text": "le 16 juin",
         "char_start": _span(BODY_2, "le 16 juin")[0], "char_end": _span(BODY_2, "le 16 juin")[1]},
    ])
    db["event_actors"].insert({"event_id": "e1", "entity_id": "abdoulaye-konate", "role": "agent"})
    evidence = {"containment": 0.31, "cosine": 0.64, "days_apart": 0, "entities": 0.75, "jaccard": 0.2,
                "score": 0.82, "shared_dates": ["2023-06-16"], "shared_entities": ["abdoulaye-konate", "bamako"],
                "shared_quotes": ["g1"]}
    db["story_links"].insert({"article_a": "a1", "article_b": "a2", "similarity": 0.82, "kind": "rewrite",
                              "evidence": json.dumps(evidence, ensure_ascii=False, sort_keys=True), "earlier": "a1"})
    sentences_1, sentences_2 = BODY_1.split("\n\n"), BODY_2.split("\n\n")
    db["story_passages"].insert_all(  # the sentence of a2 that reuses a sentence of a1, in a2's order
        {"article_a": "a1", "article_b": "a2", "a_start": _span(BODY_1, a)[0], "a_end": _span(BODY_1, a)[1],
         "b_start": _span(BODY_2, b)[0], "b_end": _span(BODY_2, b)[1], "similarity": similarity}
        for a, b, similarity in [(sentences_1[0], sentences_2[0], 0.5), (sentences_1[1], sentences_2[1], 0.714)])
    db["boilerplate"].insert({"article_id": "a1", "position": 0, "line": "Lire aussi", "reason": "chrome"})
    db["_build"].insert({"built_at": "2024-03-01T10:00:00+00:00", "schema_version": 1, "articles": 3, "errors": 0})
    store.index_and_search(db)
    db.close()
    return path


@pytest.fixture(scope="session")
def archive_db(tmp_path_factory) -> Path:
    """Path of a tiny archive.db (the file name gives the database name `archive`)."""
    return build_archive(tmp_path_factory.mktemp("site") / "archive.db")


@pytest.fixture(scope="session")
def site_metadata() -> dict:
    import yaml

    return yaml.safe_load(METADATA.read_text("utf-8"))


@pytest.fixture
def datasette(archive_db, site_metadata):
    """A Datasette configured like `press-archive serve`: metadata, settings, templates, static, plugins."""
    from datasette.app import Datasette

    return Datasette(
        immutables=[str(archive_db)],
        metadata=site_metadata,
        settings=json.loads(SETTINGS.read_text("utf-8")),
        template_dir=str(TEMPLATES),
        static_mounts=[("static", str(STATIC))],
    )


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(archive_db, tmp_path_factory):
    """A real `datasette serve` on loopback, started with the command line of `press-archive serve`
    (the site plugins come from the installed package's `press_archive` entry point)."""
    import os
    import subprocess
    import time
    import urllib.request

    from ingest.cli import datasette_args

    port = _free_port()
    args = datasette_args(archive_db, host="127.0.0.1", port=port)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = tmp_path_factory.mktemp("server") / "datasette.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            if process.poll() is not None:
                raise RuntimeError(f"datasette exited: {log.read_text()}")
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"datasette did not start: {log.read_text()}")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
