"""The static archive: every page and file it writes, checked the way a reader and a host use it.

Built from the tiny archive of `conftest.py` (three articles, one of them full of markup);
one slow test exports the real seed build. Browser tests open the pages from `file://`
in Debian's Chromium through Playwright and save screenshots in `test-artifacts/`.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner

from ingest.publish import search
from ingest.publish.static import export

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def site(archive_db, tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("static") / "site"
    export(archive_db, directory)
    return directory


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id":
                self.ids.add(value)


def _internal(link: str) -> bool:
    return not re.match(r"^[a-z][a-z0-9+.-]*:", link, re.I)


def broken_links(site: Path) -> list[str]:
    """Every internal href/src of every page, every url() of every stylesheet, and every address
    in the search documents and map points must name a file of the site (and an id, for #fragments)."""
    problems = []
    pages = {}
    for page in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(page.read_text("utf-8"))
        pages[page] = parser
    targets = [(page, link) for page, parser in pages.items() for link in parser.links]
    targets += [(css, url) for css in site.rglob("*.css")
                for url in re.findall(r"url\(['\"]?([^'\")]+)['\"]?\)", css.read_text("utf-8"))]
    for block in sorted((site / "search" / "docs").glob("*.js")):
        docs = json.loads(re.search(r"\((\d+),(.*)\);", block.read_text("utf-8"), re.S).group(2))
        targets += [(site / "index.html", doc[2]) for doc in docs]
    points = json.loads(re.search(r"PA\.mapPoints\((.*)\);", (site / "map" / "points.js").read_text("utf-8"), re.S).group(1))
    targets += [(site / "map.html", p[4]) for p in points["points"]]
    for source, link in targets:
        if not _internal(link) or link.startswith("data:"):
            continue
        parts = urlsplit(link)
        target = (source.parent / unquote(parts.path)).resolve() if parts.path else source
        if not target.is_file() or site.resolve() not in target.parents:
            problems.append(f"{source.relative_to(site)} -> {link}")
        elif parts.fragment and target.suffix == ".html" and parts.fragment not in pages[target].ids:
            problems.append(f"{source.relative_to(site)} -> {link} (no such id)")
    return problems


def test_every_internal_link_and_asset_resolves(site):
    assert broken_links(site) == []


def test_one_page_per_row_and_the_index_pages(site):
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert pages == [
        "about.html", "article/a1.html", "article/a2.html", "article/x3.html",
        "articles/2023.html", "articles/2024.html", "articles/index.html", "data/index.html",
        "entities/index.html", "entities/organization.html", "entities/person.html", "entities/place.html",
        "entity/abdoulaye-konate.html", "entity/bamako.html", "entity/gao.html", "entity/groupe-wagner.html",
        "entity/russie.html", "entity/serguei-volkov.html", "event/e1.html", "index.html", "map.html",
        "outlets/agence-ouest.html", "outlets/courrier-b-test-b.html", "outlets/index.html",
        "outlets/journal-du-sahel.html", "search.html", "stories/index.html", "story/s1.html",
        "timeline/2023.html", "timeline/index.html",
    ]


def test_article_body_marks_quotes_mentions_and_event_dates_from_offsets(site):
    html = (site / "article" / "a1.html").read_text("utf-8")
    body = re.search(r'<div class="pa-body">\n(.*?)</div>', html, re.S).group(1)
    assert body.splitlines() == [
        '<p>Le ministre <a class="mention person" href="../entity/abdoulaye-konate.html" title="Abdoulaye Konaté (person)">'
        'Abdoulaye Konaté</a> a annoncé <mark class="event" title="2023-06-16 · withdrawal · Départ de la mission de l&#39;ONU '
        'annoncé à Bamako">le 16 juin</mark> le départ de la mission à <a class="mention place" href="../entity/bamako.html" '
        'title="Bamako (place)">Bamako</a>.</p>',
        '<p>« <span class="quote" id="quote-a1-87" title="Abdoulaye Konaté">Nous voulons un partenariat sincère avec la '
        '<a class="mention place" href="../entity/russie.html" title="Russie (place)">Russie</a></span>'
        '<span class="speaker">Abdoulaye Konaté</span> », a déclaré <a class="mention person" '
        'href="../entity/abdoulaye-konate.html" title="Abdoulaye Konaté (person)">Abdoulaye Konaté</a> devant la presse.</p>',
        '<p>Le <a class="mention organization" href="../entity/groupe-wagner.html" title="groupe Wagner (organization)">'
        'groupe Wagner</a> reste présent dans le nord, selon <a class="mention person" href="../entity/serguei-volkov.html" '
        'title="Sergueï Volkov (person)">Sergueï Volkov</a>.</p>',
    ]


def test_markup_in_the_data_is_shown_as_text(site):
    html = (site / "article" / "x3.html").read_text("utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "<h1>&lt;img src=x onerror=alert(&#34;t&#34;)&gt;</h1>" in html
    assert "Un lecteur écrit &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; et &lt;img src=x onerror=alert(1)&gt; à" in html


def test_every_page_carries_its_provenance(site):
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        assert '<span class="pa-build-date"></span>' in html, page
        assert "Licence: <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">" in html, page
        assert re.search(r'<script src="(\.\./)*build\.js"></script>', html), page
    article = (site / "article" / "a1.html").read_text("utf-8")
    assert ('Read from <code>seeds/a1.txt</code>; canonical URL '
            '<a href="https://journal.example/a1">https://journal.example/a1</a>.') in article


def test_the_build_stamp_is_in_one_file_only(site):
    assert (site / "build.js").read_text("utf-8") == (
        'window.PA_BUILD = {"articles": 3, "built_at": "2024-03-01T10:00:00+00:00", "errors": 0, "schema_version": 1};\n')
    holders = sorted(p.relative_to(site).as_posix() for p in site.rglob("*")
                     if p.is_file() and b"2024-03-01T10:00:00" in p.read_bytes())
    assert holders == ["archive.db", "build.js", "data/_build.csv", "data/_build.json"]


def test_every_table_as_json_and_csv_and_the_database(site, archive_db):
    data = sorted(p.name for p in (site / "data").iterdir())
    tables = ["_build", "articles", "boilerplate", "entities", "event_actors", "event_mentions", "events",
              "ingest_errors", "mentions", "places", "quotes", "stories", "story_links", "story_passages"]
    assert data == sorted([f"{t}.{x}" for t in tables for x in ("csv", "json")] + ["index.html"])
    assert json.loads((site / "data" / "events.json").read_text("utf-8")) == [
        {"id": "e1", "date": "2023-06-16", "date_precision": "day", "year": 2023, "type": "withdrawal",
         "summary": "Départ de la mission de l'ONU annoncé à Bamako", "place_id": "bamako", "latitude": 12.65,
         "longitude": -8.0, "article_count": 2}]
    assert (site / "data" / "event_actors.csv").read_bytes() == b"event_id,entity_id,role\r\ne1,abdoulaye-konate,agent\r\n"
    assert (site / "archive.db").read_bytes() == archive_db.read_bytes()


def test_search_folds_accents_and_case_like_the_database():
    assert search.tokens("L'armée de Sergueï, ŒUVRE 2024 à Ségou") == {"armee", "de", "serguei", "oeuvre", "2024", "segou"}
    assert search.shard_name("se") == "se" and search.shard_name("sé") == "u007300e9"


def test_search_index_holds_gap_encoded_postings():
    docs = [search.Doc("article", f"article/{n}.html", f"T{n}", "", text)
            for n, text in enumerate(["Bamako et Gao", "Gao", "Kayes et Gao", "Mopti"] + ["et"] * 36)]
    files = search.build(docs)
    assert files["terms/ga.js"] == 'PA.searchShard("ga",{"gao":"0,1,1"});\n'
    assert files["terms/ba.js"] == 'PA.searchShard("ba",{"bamako":"0"});\n'
    assert files["meta.js"] == 'PA.searchMeta({"block":500,"common":["et"],"docs":40,"shards":["ba","ga","ka","mo"]});\n'
    assert "terms/et.js" not in files


def test_a_large_shard_splits_on_one_more_letter(monkeypatch):
    monkeypatch.setattr(search, "SHARD_BYTES", 70)
    docs = [search.Doc("entity", f"entity/{n}.html", w, "", w)
            for n, w in enumerate(["Mali", "Malien", "Malienne", "Maliens", "Mopti", "ma", "Mariam", "Mars"])]
    files = search.build(docs)
    shards = {name: text for name, text in files.items() if name.startswith("terms/")}
    assert sorted(shards) == ["terms/ma.js", "terms/mal.js", "terms/mar.js", "terms/mo.js"]
    assert shards["terms/ma.js"] == 'PA.searchShard("ma",{"ma":"5"});\n'
    assert shards["terms/mal.js"] == 'PA.searchShard("mal",{"mali":"0","malien":"1","malienne":"2","maliens":"3"});\n'


def test_the_same_database_gives_byte_identical_sites(archive_db, site, tmp_path):
    again = tmp_path / "again"
    export(archive_db, again)
    files = lambda d: {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}
    assert files(again) == files(site)


def _add_article(db_path: Path) -> None:
    body = "À Tombouctou, Sergueï Volkov a rencontré les notables."
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("insert into articles (id, origin, title, source, published, published_precision, language, body, "
                     "word_count, origins) values ('b4', 'seeds/b4.txt', 'Visite à Tombouctou', 'Agence Ouest', "
                     "'2023-06-20', 'day', 'fr', ?, 8, '[]')", (body,))
        start = body.index("Sergueï Volkov")
        conn.execute("insert into mentions values ('b4', 'serguei-volkov', 'Sergueï Volkov', ?, ?)", (start, start + 14))
    conn.close()


def test_republishing_after_one_more_article_rewrites_only_what_it_touches(archive_db, tmp_path):
    db = tmp_path / "archive.db"
    shutil.copyfile(archive_db, db)
    site = tmp_path / "site"
    export(db, site)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in site.rglob("*") if p.is_file()}
    _add_article(db)
    summary = export(db, site)
    after = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    changed = sorted(p.relative_to(site).as_posix() for p in after if p not in before or before[p][1] != after[p])
    assert changed == [
        "SHA256SUMS", "archive.db", "article/b4.html", "article/b4.json", "articles/2023.html", "articles/index.html",
        "data/articles.csv", "data/articles.json", "data/index.html", "data/mentions.csv", "data/mentions.json",
        "entity/serguei-volkov.html", "entity/serguei-volkov.json", "index.html", "outlets/agence-ouest.html",
        "outlets/index.html", "search/docs/0.js", "search/meta.js",
        # the new article's words, and those of the later article whose document number moved up
        "search/terms/ag.js", "search/terms/al.js", "search/terms/co.js", "search/terms/ec.js", "search/terms/et.js",
        "search/terms/ga.js", "search/terms/im.js", "search/terms/le.js", "search/terms/no.js", "search/terms/on.js",
        "search/terms/ou.js", "search/terms/re.js", "search/terms/sc.js", "search/terms/se.js", "search/terms/sr.js",
        "search/terms/te.js", "search/terms/to.js", "search/terms/un.js", "search/terms/vi.js", "search/terms/vo.js",
    ]
    untouched = [p for p in before if p.relative_to(site).as_posix() not in changed]
    assert all(p.stat().st_mtime_ns == before[p][0] for p in untouched)
    assert f"{len(changed)} written, {len(after) - len(changed)} unchanged, 0 removed" in summary


def test_pages_of_rows_that_are_gone_are_removed(archive_db, tmp_path):
    db = tmp_path / "archive.db"
    shutil.copyfile(archive_db, db)
    site = tmp_path / "site"
    export(db, site)
    (site / "notes.txt").write_text("mine", "utf-8")  # not the export's: left alone
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("delete from mentions where article_id = 'x3'")
        conn.execute("delete from articles where id = 'x3'")
    conn.close()
    before = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    summary = export(db, site)
    after = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert sorted(before - after) == [
        "article/x3.html", "article/x3.json", "articles/2024.html", "outlets/courrier-b-test-b.html",
        "search/terms/al.js", "search/terms/ec.js", "search/terms/et.js",  # 'et' is now in over half the documents
        "search/terms/im.js", "search/terms/sc.js", "search/terms/sr.js", "search/terms/te.js"]
    assert after - before == set()
    assert (site / "notes.txt").read_text("utf-8") == "mine"
    assert summary.endswith(", 11 removed")
    assert broken_links(site) == []


def test_cli_publish_static(archive_db, tmp_path):
    from ingest.cli import cli

    result = CliRunner().invoke(cli, ["publish", "static", str(tmp_path / "out"), "--db", str(archive_db),
                                      "--tiles", "https://tiles.example/{z}/{x}/{y}.png"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Exported {archive_db} to {tmp_path / 'out'} in ")
    points = (tmp_path / "out" / "map" / "points.js").read_text("utf-8")
    assert '"tiles": "https://tiles.example/{z}/{x}/{y}.png"' in points


@pytest.mark.slow
def test_the_seed_build_exports_with_every_link_resolving(tmp_path):
    try:
        from ingest.pipeline import build
    except ImportError as exc:
        pytest.skip(f"pipeline not importable yet: {exc}")
    db = tmp_path / "archive.db"
    build([ROOT / "seeds"], db, root=ROOT)
    summary = export(db, tmp_path / "site")
    assert "0 removed" in summary
    assert len(list((tmp_path / "site" / "article").glob("*.html"))) == 5
    assert broken_links(tmp_path / "site") == []


# --- a real browser, from file:// ---------------------------------------------------------

BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def page():
    playwright = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium not installed")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 800})
        requests: list[str] = []
        context.on("request", lambda r: requests.append(r.url))
        tab = context.new_page()
        tab.errors = []
        tab.on("pageerror", lambda e: tab.errors.append(str(e)))
        tab.requests = requests
        yield tab
        browser.close()


@pytest.mark.browser
def test_search_from_file_url_is_accent_insensitive_and_matches_word_starts(site, page):
    page.goto((site / "search.html").as_uri() + "?q=serguei%20volk")
    page.wait_for_selector("#pa-results li")
    results = page.eval_on_selector_all("#pa-results li", "els => els.map(e => e.textContent)")
    assert results == ["Sergueï Volkov entity · person", "Le départ de la mission annoncé article · Journal du Sahel · 2023-06-16"]
    page.click("#pa-results li a")
    assert page.url == (site / "entity" / "serguei-volkov.html").as_uri()
    assert page.text_content("h1") == "Sergueï Volkov"
    page.screenshot(path=str(ARTIFACTS / "static-search.png"), full_page=True)
    assert page.errors == []
    assert all(url.startswith("file://") for url in page.requests)


@pytest.mark.browser
def test_map_shows_markers_with_no_tile_server(site, page):
    page.goto((site / "map.html").as_uri())
    page.wait_for_selector(".pa-marker")
    assert page.eval_on_selector_all(".pa-marker-place", "els => els.length") == 3
    assert page.eval_on_selector_all(".pa-marker-event", "els => els.length") == 1
    assert page.text_content("#pa-map-count") == "4 markers."
    page.screenshot(path=str(ARTIFACTS / "static-map.png"), full_page=True)
    assert page.errors == []
    assert all(url.startswith("file://") for url in page.requests)


@pytest.mark.browser
def test_article_page_shows_build_date_and_marked_text(site, page):
    page.goto((site / "article" / "a1.html").as_uri())
    assert page.text_content(".pa-build-date") == "2024-03-01T10:00:00+00:00"
    assert page.eval_on_selector_all(".pa-body a.mention", "els => els.length") == 6
    page.screenshot(path=str(ARTIFACTS / "static-article.png"), full_page=True)
    assert page.errors == []


def test_story_page_compares_the_two_versions(site, archive_db):
    import sqlite3

    from markupsafe import escape

    conn = sqlite3.connect(archive_db)
    body_a, body_b = (conn.execute("select body from articles where id = ?", [i]).fetchone()[0] for i in ("a1", "a2"))
    a_start, a_end, b_start, b_end = conn.execute(
        "select a_start, a_end, b_start, b_end from story_passages order by b_start limit 1").fetchone()
    page = (site / "story" / "s1.html").read_text("utf-8")
    assert "Compare two versions" in page
    assert f"<td>{escape(body_a[a_start:a_end])}</td><td>{escape(body_b[b_start:b_end])}</td>" in page
