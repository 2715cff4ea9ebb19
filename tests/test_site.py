"""The website through Datasette's test client: every page, every canned query, the plugins."""

from __future__ import annotations

import re
import sqlite3

import pytest
from markupsafe import Markup

from ingest.site.markup import EVENT, MENTION, QUOTE, Span, mark_up
from ingest.site.search import fts_query, highlight

from conftest import BODY_1

PAGES = [
    "/", "/archive", "/-/search", "/-/search?q=mission", "/sitemap.xml",
    "/archive/articles", "/archive/articles/a1", "/archive/articles/a2", "/archive/articles/x3",
    "/archive/entities", "/archive/entities/abdoulaye-konate", "/archive/entities/bamako",
    "/archive/mentions", "/archive/quotes", "/archive/events", "/archive/events/e1",
    "/archive/event_mentions", "/archive/event_actors", "/archive/stories", "/archive/stories/s1",
    "/archive/story_links", "/archive/boilerplate", "/archive/ingest_errors", "/archive/places",
    "/static/archive.css", "/static/entity-map.js", "/static/blank-tile.svg",
]


@pytest.mark.parametrize("path", PAGES)
async def test_every_page_answers(datasette, path):
    response = await datasette.client.get(path)
    assert response.status_code == 200, response.text[:500]


async def test_every_canned_query_runs_with_empty_and_real_parameters(datasette, site_metadata):
    queries = site_metadata["databases"]["archive"]["queries"]
    assert sorted(queries) == ["articles_by_outlet_month", "co_mentions", "map_events", "map_places",
                               "new_articles", "search", "story_versions", "timeline", "who_said_what"]
    for name, query in queries.items():
        assert query.get("description") or query.get("description_html"), name
        params = set(re.findall(r"(?<!:):(\w+)", query["sql"]))
        html = await datasette.client.get(f"/archive/{name}", params={p: "" for p in params})
        assert html.status_code == 200, (name, html.text[:500])
        data = await datasette.client.get(f"/archive/{name}.json", params={p: "" for p in params})
        assert data.status_code == 200 and data.json()["ok"], (name, data.text[:500])


async def _rows(datasette, path, **params):
    response = await datasette.client.get(path, params={**params, "_shape": "array"})
    assert response.status_code == 200, response.text[:500]
    return response.json()


def _page_part(html: str, css_class: str) -> str:
    match = re.search(rf'<div class="{css_class}">(.*?)</div>', html, re.S)
    assert match, css_class
    return match.group(1)


async def test_article_body_links_mentions_and_marks_quotes_and_events(datasette):
    html = (await datasette.client.get("/archive/articles/a1")).text
    assert _page_part(html, "article-body") == (
        'Le ministre <a class="mention person" href="/archive/entities/abdoulaye-konate" '
        'title="Abdoulaye Konaté (person)">Abdoulaye Konaté</a> a annoncé '
        '<mark class="event" title="2023-06-16 · withdrawal · Départ de la mission de l&#39;ONU annoncé à Bamako">'
        'le 16 juin</mark> le départ de la mission à <a class="mention place" href="/archive/entities/bamako" '
        'title="Bamako (place)">Bamako</a>.\n\n« <span class="quote" id="quote-a1-87" title="Abdoulaye Konaté">'
        'Nous voulons un partenariat sincère avec la <a class="mention place" href="/archive/entities/russie" '
        'title="Russie (place)">Russie</a></span><span class="speaker">Abdoulaye Konaté</span> », a déclaré '
        '<a class="mention person" href="/archive/entities/abdoulaye-konate" title="Abdoulaye Konaté (person)">'
        'Abdoulaye Konaté</a> devant la presse.\n\nLe <a class="mention organization" '
        'href="/archive/entities/groupe-wagner" title="groupe Wagner (organization)">groupe Wagner</a> reste '
        'présent dans le nord, selon <a class="mention person" href="/archive/entities/serguei-volkov" '
        'title="Sergueï Volkov (person)">Sergueï Volkov</a>.'
    )
    assert BODY_1.index("Nous voulons") == 87


async def test_article_side_panels(datasette):
    html = (await datasette.client.get("/archive/articles/a1")).text
    people = re.search(r'<section class="panel entities-person">.*?<ul>(.*?)</ul>', html, re.S).group(1)
    assert people == ('<li><a href="/archive/entities/abdoulaye-konate">Abdoulaye Konaté</a> <small>×2</small></li>'
                      '<li><a href="/archive/entities/serguei-volkov">Sergueï Volkov</a> <small>×1</small></li>')
    story = re.search(r'<section class="panel story">.*?<ul>(.*?)</ul>', html, re.S).group(1)
    assert re.sub(r"\s+", " ", story).strip() == (
        '<li><a href="/archive/articles/a2">La mission s&#39;en va</a> '
        '<small>Agence Ouest 2023-06-17 · similarity 0.82 · rewrite</small></li>')
    assert '<a href="/archive/events/e1"><time>2023-06-16</time> · withdrawal</a>' in html
    assert '<a href="#quote-a1-87">«&nbsp;Nous voulons un partenariat sincère avec la Russie&nbsp;»</a>' in html


async def test_article_markup_in_the_text_is_shown_as_text(datasette):
    html = (await datasette.client.get("/archive/articles/x3")).text
    assert _page_part(html, "article-body") == (
        'Un lecteur écrit &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; et &lt;img src=x onerror=alert(1)&gt; à '
        '<a class="mention place" href="/archive/entities/gao" title="Gao (place)">Gao</a>.')
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "Courrier <b>" not in html
    assert '<h1>&lt;img src=x onerror=alert(&#34;t&#34;)&gt;</h1>' in html


def test_mark_up_keeps_nested_spans_and_drops_crossing_ones():
    text = "« Paris <b> et Dakar »"
    spans = [
        Span(2, 20, QUOTE, Markup('<q>'), Markup('</q>')),
        Span(2, 7, MENTION, Markup('<a>'), Markup('</a>')),
        Span(5, 14, EVENT, Markup('<mark>'), Markup('</mark>')),  # crosses the mention: events win
        Span(15, 22, MENTION, Markup('<i>'), Markup('</i>')),  # crosses the quote's end: dropped
        Span(30, 40, MENTION, Markup('<u>'), Markup('</u>')),  # beyond the text: dropped
    ]
    assert mark_up(text, spans) == "« <q>Par<mark>is &lt;b&gt; et</mark> Dakar</q> »"


def test_mark_up_nests_spans_with_the_same_extent_by_layer():
    spans = [Span(0, 5, MENTION, Markup("<a>"), Markup("</a>")), Span(0, 5, QUOTE, Markup("<q>"), Markup("</q>"))]
    assert mark_up("Gao a", spans) == "<q><a>Gao a</a></q>"


async def test_entity_page_lists_articles_newest_first_quotes_co_mentions_and_events(datasette):
    html = (await datasette.client.get("/archive/entities/abdoulaye-konate")).text
    assert '<p class="aliases">Also written: <span class="alias">le ministre Konaté</span>, ' \
           '<span class="alias">Konaté</span></p>' in html
    articles = re.search(r'<section class="panel entity-articles">.*?<ul>(.*?)</ul>', html, re.S).group(1)
    assert re.findall(r'href="([^"]+)"', articles) == ["/archive/articles/a2", "/archive/articles/a1"]
    quotes = re.search(r'<section class="panel entity-quotes">.*?<ul>(.*?)</ul>', html, re.S).group(1)
    assert re.findall(r'href="([^"]+)"', quotes) == ["/archive/articles/a2#quote-a2-66",
                                                      "/archive/articles/a1#quote-a1-87"]
    co = re.search(r'<section class="panel co-mentioned">.*?<ul>(.*?)</ul>', html, re.S).group(1)
    assert re.findall(r'<a href="/archive/entities/[^"]+">([^<]+)</a> <small>([^<]+)</small>', co) == [
        ("Bamako", "place · 2 articles"), ("Russie", "place · 2 articles"),
        ("Sergueï Volkov", "person · 1 article"), ("groupe Wagner", "organization · 1 article")]
    assert '<a href="/archive/events/e1"><time>2023-06-16</time> · withdrawal</a>' in html
    assert 'id="entity-map"' not in html


async def test_place_page_has_a_map_pin_with_the_configured_tiles(datasette):
    html = (await datasette.client.get("/archive/entities/bamako")).text
    assert ('<div id="entity-map" class="entity-map" data-latitude="12.65" data-longitude="-8.0"\n'
            '     data-name="Bamako" data-tile-layer="/static/blank-tile.svg"') in html
    assert '<script type="module" src="/static/entity-map.js"></script>' in html
    assert "JAVASCRIPT_URL: '/-/static-plugins/datasette-leaflet/leaflet-v1.7.1.js'" in html


def test_fts_query_quotes_words_and_keeps_prefixes():
    assert fts_query("Prigo*") == '"Prigo"*'
    assert fts_query("l'armée  \"retrait de la\" Russ*") == '"l armée" "retrait de la" "Russ"*'
    assert fts_query('") OR (') == '"OR"'
    assert fts_query("  ") == ""


def test_highlight_escapes_the_snippet_before_marking():
    assert highlight("<b>【Gao】</b>") == "&lt;b&gt;<mark>Gao</mark>&lt;/b&gt;"


async def test_ranked_search_is_accent_insensitive_and_takes_prefixes(datasette):
    for q in ('"Serguei"', '"Volk"*', "serguei"):
        rows = await _rows(datasette, "/archive/search.json", q=q)
        assert [(r["kind"], r["id"], r["page"]) for r in rows] == [
            ("entity", "serguei-volkov", "/archive/entities/serguei-volkov"),
            ("article", "a1", "/archive/articles/a1")], q
    rows = await _rows(datasette, "/archive/search.json", q="partenariat")
    # In every document: bm25 then favours the shorter ones (quotes, then the shorter article).
    assert [(r["kind"], r["id"]) for r in rows] == [("quote", "a1-87"), ("quote", "a2-66"),
                                                   ("article", "a2"), ("article", "a1")]
    assert rows[0]["snippet"] == "Nous voulons un 【partenariat】 sincère avec la Russie"
    rows = await _rows(datasette, "/archive/search.json", q="Bamako")
    assert [(r["kind"], r["id"]) for r in rows][0] == ("entity", "bamako")


async def test_search_page_ranks_and_highlights(datasette):
    html = (await datasette.client.get("/-/search", params={"q": "Serguei"})).text
    hits = re.findall(r'<a href="([^"]+)">[^<]+</a>\s*<div class="snippet">(.*?)</div>', html)
    assert hits == [("/archive/entities/serguei-volkov", "<mark>Sergueï</mark> Volkov"),
                    ("/archive/articles/a1", "…Le groupe Wagner reste présent dans le nord, selon "
                                             "<mark>Sergueï</mark> Volkov.")]
    html = (await datasette.client.get("/-/search", params={"q": "l'onu \")"})).text
    assert re.findall(r'<li class="hit hit-(\w+)">', html) == ["article", "event"]
    html = (await datasette.client.get("/-/search", params={"q": "<script>zzz"})).text
    assert "Nothing matches <strong>&lt;script&gt;zzz</strong>" in html


async def test_home_page_has_the_search_box_and_the_questions(datasette):
    html = (await datasette.client.get("/")).text
    assert '<form class="archive-search" action="/-/search" method="get" role="search">' in html
    assert '<a href="/archive/who_said_what">Who said what</a>' in html
    assert '<a href="/archive/new_articles.atom">Atom feed</a>' in html


async def test_who_said_what_by_speaker_and_keyword(datasette):
    rows = await _rows(datasette, "/archive/who_said_what.json", speaker="Konate", keyword="Russ*")
    assert [(r["published"], r["speaker"], r["cue"], r["page"]) for r in rows] == [
        ("2023-06-17", "Abdoulaye Konaté", "répéter", "/archive/articles/a2#quote-a2-66"),
        ("2023-06-16", "Abdoulaye Konaté", "déclarer", "/archive/articles/a1#quote-a1-87")]
    assert await _rows(datasette, "/archive/who_said_what.json", speaker="Volkov", keyword="") == []
    assert await _rows(datasette, "/archive/who_said_what.json", speaker="", keyword="Wagner") == []


async def test_co_mentions_timeline_story_and_outlets(datasette):
    rows = await _rows(datasette, "/archive/co_mentions.json", first="Serguei Volkov", second="bamako")
    assert rows == [{"published": "2023-06-16", "source": "Journal du Sahel", "title": "Le départ de la mission annoncé",
                     "first_mentions": 1, "second_mentions": 1, "page": "/archive/articles/a1"}]
    rows = await _rows(datasette, "/archive/timeline.json", since="2023", until="2023-06", entity="ONU", place="Bamako")
    assert rows == [{"date": "2023-06-16", "date_precision": "day", "type": "withdrawal",
                     "summary": "Départ de la mission de l'ONU annoncé à Bamako", "place": "Bamako",
                     "actors": "Abdoulaye Konaté", "article_count": 2, "page": "/archive/events/e1"}]
    assert await _rows(datasette, "/archive/timeline.json", since="2023-07", until="", entity="", place="") == []
    rows = await _rows(datasette, "/archive/story_versions.json", story="s1")
    assert [(r["published"], r["source"], r["best_similarity"]) for r in rows] == [
        ("2023-06-16", "Journal du Sahel", 0.82), ("2023-06-17", "Agence Ouest", 0.82)]
    rows = await _rows(datasette, "/archive/articles_by_outlet_month.json", outlet="")
    assert rows == [{"outlet": "Courrier <b>test</b>", "month": "2024-02", "articles": 1, "words": 10},
                    {"outlet": "Agence Ouest", "month": "2023-06", "articles": 1, "words": 29},
                    {"outlet": "Journal du Sahel", "month": "2023-06", "articles": 1, "words": 44}]


async def test_maps_have_popups_linking_to_pages_and_offline_tiles(datasette):
    rows = await _rows(datasette, "/archive/map_events.json")
    assert rows == [{"date": "2023-06-16", "type": "withdrawal",
                     "summary": "Départ de la mission de l'ONU annoncé à Bamako", "latitude": 12.65,
                     "longitude": -8.0,
                     "popup": '{"title":"2023-06-16 · withdrawal","description":"Départ de la mission de l\'ONU '
                              'annoncé à Bamako","link":"/archive/events/e1"}'}]
    rows = await _rows(datasette, "/archive/map_places.json")
    assert [r["name"] for r in rows] == ["Bamako", "Russie", "Gao"]
    for path in ("/archive/map_places", "/archive/map_events", "/archive/places"):
        html = (await datasette.client.get(path)).text
        assert 'window.DATASETTE_CLUSTER_MAP_TILE_LAYER = "/static/blank-tile.svg";' in html, path


async def test_atom_feed_of_new_articles(datasette):
    response = await datasette.client.get("/archive/new_articles.atom")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/xml; charset=utf-8"
    entries = re.findall(r"<entry>\s*<id>([^<]+)</id>\s*<title>([^<]*)</title>\s*<updated>([^<]+)</updated>",
                         response.text)
    assert entries == [("x3", '&lt;img src=x onerror=alert("t")&gt;', "2024-02-01T00:00:00+00:00"),
                       ("a2", "La mission s'en va", "2023-06-17T00:00:00+00:00"),
                       ("a1", "Le départ de la mission annoncé", "2023-06-16T00:00:00+00:00")]


async def test_sitemap_lists_pages_and_rows(datasette):
    text = (await datasette.client.get("/sitemap.xml")).text
    locs = re.findall(r"<loc>http://localhost([^<]*)</loc>", text)
    assert locs[:3] == ["/", "/-/search", "/archive"]
    assert "/archive/_build" not in locs
    assert [loc for loc in locs if loc.count("/") == 3] == [
        "/archive/articles/a1", "/archive/articles/a2", "/archive/articles/x3",
        "/archive/entities/abdoulaye-konate", "/archive/entities/bamako", "/archive/entities/gao",
        "/archive/entities/groupe-wagner", "/archive/entities/russie", "/archive/entities/serguei-volkov",
        "/archive/events/e1", "/archive/stories/s1"]
    assert "<url><loc>http://localhost/archive/articles/a1</loc><lastmod>2023-06-16</lastmod></url>" in text


def test_metadata_describes_every_table_and_column(archive_db, site_metadata):
    tables = site_metadata["databases"]["archive"]["tables"]
    conn = sqlite3.connect(archive_db)
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type in ('table', 'view') and name not like '%_fts%' order by name")]
    for name in names:
        assert tables[name]["description"], name
        if name in ("_build", "places"):
            continue
        columns = [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
        assert sorted(tables[name].get("columns", {})) == sorted(columns), name


async def test_foreign_keys_read_as_names_and_helper_tables_are_hidden(datasette):
    rows = (await datasette.client.get("/archive/quotes.json", params={"_labels": "on", "_shape": "array"})).json()
    assert rows[0]["speaker_id"] == {"value": "abdoulaye-konate", "label": "Abdoulaye Konaté"}
    tables = {t["name"]: t["hidden"] for t in (await datasette.client.get("/archive.json")).json()["tables"]}
    assert tables["_build"] is True and tables["articles_fts"] is True and tables["articles"] is False


async def test_json_api_examples_of_the_readme(datasette):
    rows = await _rows(datasette, "/archive/articles.json", _search="Serguei", _col="title")
    assert rows == [{"id": "a1", "title": "Le départ de la mission annoncé"}]
    rows = await _rows(datasette, "/archive/who_said_what.json", speaker="Konaté", keyword="partenariat")
    assert [r["page"] for r in rows] == ["/archive/articles/a2#quote-a2-66", "/archive/articles/a1#quote-a1-87"]
