"""The build end to end: seeds in, archive.db out, served by Datasette.

Real files, a real SQLite database, a real Datasette: built once per module
in a temporary folder, then queried the way users do.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette

from ingest.pipeline import build, collect

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("archive") / "archive.db"
    report = build([SEEDS], path, root=ROOT)
    return path, report


def rows(path, sql):
    return list(sqlite_utils.Database(path).query(sql))


def test_seeds_build_into_five_clean_articles(archive):
    path, report = archive
    assert (report.articles, report.errors) == (5, [])
    assert rows(path, "select origin, title, author, section, published, published_precision, language "
                      "from articles order by origin") == [
        {"origin": "seeds/000_e997ebf70276db2b.txt",
         "title": "Soutien russe au Mali après le retrait de la mission de l’ONU : Nouvelle dynamique politique et sécuritaire ?",
         "author": "Sara Dialo", "section": None, "published": None, "published_precision": None, "language": "fr"},
        {"origin": "seeds/001_603e33cbcedfd52c.txt", "title": None, "author": None, "section": None,
         "published": None, "published_precision": None, "language": "fr"},
        {"origin": "seeds/002_b618d0d5ab75cad4.txt",
         "title": "Le Mali mise sur l’aide de la Russie pour rétablir sa sécurité",
         "author": None, "section": None, "published": "2021-11", "published_precision": "month", "language": "fr"},
        {"origin": "seeds/003_2c7f2173a134f0bd.txt",
         "title": "Avec le soutien de la Russie, le Mali ouvre une nouvelle page de stabilité sécuritaire",
         "author": None, "section": "Politique", "published": None, "published_precision": None, "language": "fr"},
        {"origin": "seeds/004_905c627bc4f22623.txt", "title": None, "author": None, "section": None,
         "published": "2024-02", "published_precision": "month", "language": "fr"},
    ]


def test_only_the_date_read_from_the_text_is_flagged_inferred(archive):
    path, _ = archive
    assert rows(path, "select published, published_inferred from articles where published is not null "
                      "order by origin") == [{"published": "2021-11", "published_inferred": 1},
                                             {"published": "2024-02", "published_inferred": 0}]


def test_bodies_hold_no_chrome(archive):
    path, _ = archive
    bodies = "\n".join(r["body"] for r in rows(path, "select body from articles"))
    for chrome in ("LIRE AUSSI", "Lire aussi", "Articles similaires", "Laisser un commentaire", "Bouton retour",
                   "À regarder", "Commentaires", "Connectez-vous", "Publicité", "Leave a Reply", "Les plus lus",
                   "To Top", "Omicron", "date 2024-02", "Nicolas Sarkozy"):
        assert chrome not in bodies


def test_rebuild_gives_the_same_rows_and_ids(archive, tmp_path):
    path, _ = archive
    again = tmp_path / "again.db"
    build([SEEDS], again, root=ROOT)
    for table in ("articles", "entities", "mentions", "quotes", "events", "event_mentions", "event_actors",
                  "stories", "boilerplate"):
        assert rows(again, f"select * from [{table}] order by 1, 2") == rows(path, f"select * from [{table}] order by 1, 2"), table


def test_build_table_records_the_build(archive):
    path, _ = archive
    (info,) = rows(path, "select version, articles, errors, inputs from _build")
    assert (info["articles"], info["errors"], json.loads(info["inputs"])) == (5, 0, [SEEDS.as_posix()])


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_bad_inputs_are_reported_and_the_rest_is_read(tmp_path):
    good = (SEEDS / "001_603e33cbcedfd52c.txt").read_bytes()
    write(tmp_path / "a_good.txt", good)
    write(tmp_path / "b_empty.txt", b"")
    write(tmp_path / "c_blank.txt", b" \n\t\n  ")
    write(tmp_path / "d_binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 20)
    write(tmp_path / "e_copy.txt", good)
    write(tmp_path / "f_huge.txt", b"Un mot. " * (6 * 1024 * 1024 // 8))
    write(tmp_path / "g_short.txt", "Trop court pour un article.".encode())
    (tmp_path / "h_dangling.txt").symlink_to(tmp_path / "missing-target.txt")
    corpus = collect([tmp_path, tmp_path / "no-such-folder"], root=tmp_path)
    assert [a.origin for a in corpus.articles] == ["a_good.txt"]
    assert [(e.origin, e.reason) for e in corpus.errors] == [
        ("b_empty.txt", "empty file"),
        ("c_blank.txt", "empty file"),
        ("d_binary.bin", "binary file, not text (unsupported format)"),
        ("e_copy.txt", "duplicate of a_good.txt (same text)"),
        ("f_huge.txt", "too large for a text article (6.3 MB > 5 MB)"),
        ("g_short.txt", "no article text left after cleaning (5 words)"),
        ("h_dangling.txt", "cannot open: No such file or directory"),
        (str(tmp_path / "no-such-folder"), "no such file or directory"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_reported(tmp_path):
    locked = write(tmp_path / "locked.txt", (SEEDS / "001_603e33cbcedfd52c.txt").read_bytes())
    locked.chmod(0)
    corpus = collect([tmp_path], root=tmp_path)
    assert [(e.origin, e.reason) for e in corpus.errors] == [("locked.txt", "cannot open: Permission denied")]


def test_thousands_of_files_are_read(tmp_path):
    body = (SEEDS / "000_e997ebf70276db2b.txt").read_text("utf-8")
    for i in range(2000):
        (tmp_path / f"{i:04d}.txt").write_text(f"Dépêche numéro {i} sur le même sujet.\n\n{body}", "utf-8")
    corpus = collect([tmp_path], root=tmp_path)
    assert (len(corpus.articles), corpus.errors) == (2000, [])


def test_the_build_command_reports_progress_errors_and_a_summary(tmp_path):
    """The public CLI: files and folders in, a summary out, each bad file named with its reason."""
    from click.testing import CliRunner

    from ingest.cli import cli

    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "good.txt", (SEEDS / "001_603e33cbcedfd52c.txt").read_bytes())
    write(folder / "empty.txt", b"")
    db = tmp_path / "out.db"
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["Analysed: 1 articles", "error: in/empty.txt: empty file"]
    summary = result.stdout.strip()
    assert summary.startswith(f"Built {db} in ") and summary.endswith(" 1 errors")
    assert ": 1 articles, " in summary
    assert rows(db, "select count(*) as n from articles") == [{"n": 1}]


def test_interrupted_build_leaves_the_previous_database_intact(archive, tmp_path):
    path, _ = archive
    target = tmp_path / "archive.db"
    target.write_bytes(path.read_bytes())
    before = rows(target, "select id, content_hash from articles order by id")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = (SEEDS / "002_b618d0d5ab75cad4.txt").read_text("utf-8")
    for i in range(300):
        (corpus / f"{i:03d}.txt").write_text(f"Version {i} de l'article, revue et corrigée.\n\n{body}", "utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "ingest", "build", str(corpus), "--db", str(target), "-q"],
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(8)  # well into the analysis of 300 articles
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert sqlite3.connect(target).execute("pragma integrity_check").fetchone() == ("ok",)
    assert rows(target, "select id, content_hash from articles order by id") == before


async def test_datasette_serves_the_archive(archive):
    path, _ = archive
    ds = Datasette([str(path)], immutables=[], metadata=None)
    response = await ds.client.get("/archive/articles.json?_shape=array&_col=title")
    assert response.status_code == 200
    assert len(response.json()) == 5
    found = await ds.client.get("/archive/articles.json?_search=Serguei&_shape=array&_col=origin")
    assert len(found.json()) == 5  # "Sergueï" in four articles, "Serguei" in one
    accented = await ds.client.get("/archive/articles.json?_search=Sergue%C3%AF&_shape=array&_col=origin")
    assert len(accented.json()) == 5
    article = rows(path, "select id from articles where origin like '%002_%'")[0]["id"]
    row = (await ds.client.get(f"/archive/articles/{article}.json?_shape=array")).json()[0]
    assert row["body"].startswith("Au programme, un renforcement de la coopération militaire")
    assert row["body"].endswith("comme un désengagement par le gouvernement de transition.")
    assert "\n\n" in row["body"] and "À regarder" not in row["body"]


def test_metadata_describes_every_table_and_column_of_a_real_build(archive):
    import yaml

    path, _ = archive
    tables = yaml.safe_load((ROOT / "metadata.yml").read_text("utf-8"))["databases"]["archive"]["tables"]
    db = sqlite_utils.Database(path)
    missing = [
        f"{table}.{column}"
        for table in db.table_names() + db.view_names()
        if not table.startswith(("_", "sqlite_")) and "_fts" not in table
        for column in [None, *db[table].columns_dict]
        if (column is None and not tables.get(table, {}).get("description"))
        or (column is not None and not tables.get(table, {}).get("columns", {}).get(column))
    ]
    assert missing == []


def test_rebuild_from_elsewhere_with_another_hash_seed_gives_the_same_database(archive, tmp_path):
    """Ids and rows depend on the input only: not on the working directory nor on hash order."""
    path, _ = archive
    again = tmp_path / "again.db"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "ingest", "build", str(SEEDS), "--db", str(again), "-q"],
                   cwd=tmp_path, env=env, check=True, capture_output=True)
    for table in ("articles", "entities", "mentions", "quotes", "events", "event_mentions", "event_actors",
                  "stories", "story_links", "story_passages", "boilerplate"):
        assert rows(again, f"select * from [{table}] order by 1, 2, 3") == \
            rows(path, f"select * from [{table}] order by 1, 2, 3"), table


def test_an_overlong_text_is_refused_and_the_rest_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes((SEEDS / "001_603e33cbcedfd52c.txt").read_bytes())
    (tmp_path / "b.txt").write_text("Une phrase d'un très long document qui se répète. " * 12_000, "utf-8")
    corpus = collect([tmp_path], root=tmp_path)
    assert [a.origin for a in corpus.articles] == ["a.txt"]
    assert [(e.origin, e.reason) for e in corpus.errors] == [
        ("b.txt", "text too long for one article (599,999 characters > 500,000)")]


def test_container_metadata_is_made_safe():
    from ingest.articles import build_article
    from ingest.model import Source

    body = (SEEDS / "001_603e33cbcedfd52c.txt").read_text("utf-8")
    unsafe = build_article(Source("x.jsonl#L1", text=body, meta={"url": "javascript:alert(1)", "published": "21/02/2024"}))
    assert (unsafe.url, unsafe.published, unsafe.published_precision) == (None, "2024-02-21", "day")
    home = build_article(Source("y.jsonl#L1", text=body, meta={"url": "https://journal.example/", "published": "hier"}))
    assert (home.url, home.published) == (None, None)
    page = build_article(Source("z.jsonl#L1", text=body, meta={"url": "https://journal.example/2024/article-1"}))
    assert page.url == "https://journal.example/2024/article-1"


async def test_the_readme_json_api_examples_answer_on_the_seeds(archive):
    """Every `curl` line of the README runs against the seeds archive and returns rows."""
    import re

    import yaml

    path, _ = archive
    examples = re.findall(r"curl '(http://127\.0\.0\.1:8001(/[^']+))'", (ROOT / "README.md").read_text("utf-8"))
    assert len(examples) >= 4
    ds = Datasette(immutables=[str(path)], metadata=yaml.safe_load((ROOT / "metadata.yml").read_text("utf-8")))
    for _, url in examples:
        response = await ds.client.get(url)
        assert response.status_code == 200, url
        assert isinstance(response.json(), list) and response.json(), url


async def test_the_timeline_of_the_un_missions_end_reads_without_sql(archive):
    """Issue 8's question, on the seeds: the timeline query for the mission lists its life and end."""
    import yaml

    path, _ = archive
    ds = Datasette(immutables=[str(path)], metadata=yaml.safe_load((ROOT / "metadata.yml").read_text("utf-8")))
    response = await ds.client.get("/archive/timeline.json?entity=MINUSMA&since=&until=&place=&_shape=array")
    assert [(r["date"], r["type"], r["article_count"]) for r in response.json()] == [
        ("2013", "founding", 1), ("2023-06-16", "demand", 2), ("2023-07-01", "withdrawal", 2),
        ("2023-12-31", "withdrawal", 2)]


def test_a_state_body_named_with_common_nouns_that_speaks_is_the_quote_s_speaker_entity(tmp_path):
    text = ("Tensions à la frontière sud du Liban\n\n"
            "Des tirs ont visé mardi un poste de la Force intérimaire des Nations unies au Liban près de Naqoura, "
            "selon plusieurs témoins. Aucun blessé n'est à déplorer, mais les dégâts matériels sont importants. "
            "L'armée israélienne a affirmé avoir « identifié des suspects » et ouvert une enquête interne sur "
            "l'incident. Les habitants des villages voisins disent vivre dans la peur depuis des mois. Une réunion "
            "tripartite doit se tenir la semaine prochaine pour tenter d'apaiser la situation sur le terrain.\n")
    write(tmp_path / "liban.txt", text.encode())
    db = tmp_path / "archive.db"
    build([tmp_path / "liban.txt"], db, root=tmp_path)
    assert rows(db, "select q.text, e.name, e.type from quotes q join entities e on e.id = q.speaker_id") == [
        {"text": "identifié des suspects", "name": "armée israélienne", "type": "organization"}]
    body = rows(db, "select body from articles")[0]["body"]
    assert [body[m["char_start"]:m["char_end"]] for m in rows(
        db, "select m.char_start, m.char_end from mentions m join entities e on e.id = m.entity_id "
            "where e.name = 'armée israélienne'")] == ["armée israélienne"]
