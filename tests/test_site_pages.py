"""The story and event pages through Datasette's test client.

The tiny archive of `conftest.py` holds one story (a1, rewritten by a2, two reused
sentences) and one event (e1, reported by both). A second archive, built here on top of
it, adds a story and an event whose texts are full of markup, to show they stay text.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest
import sqlite_utils
import yaml

from ingest.site.event_page import date_marked

from conftest import BODY_XSS, METADATA, SETTINGS, STATIC, TEMPLATES


def _part(html: str, tag: str, css_class: str) -> str:
    match = re.search(rf'<{tag} class="{css_class}"[^>]*>(.*?)</{tag}>', html, re.S)
    assert match, css_class
    return match.group(1)


def _squash(html: str) -> str:
    return re.sub(r"\s+", " ", html).strip()


async def test_story_page_lists_its_articles_in_publication_order(datasette):
    html = (await datasette.client.get("/archive/stories/s1")).text
    assert "<h1>Le départ de la mission</h1>" in html
    assert _squash(_part(html, "p", "story-facts")).startswith(
        '2 articles · first published <time datetime="2023-06-16">2023-06-16</time>')
    rows = re.findall(r"<tr>(.*?)</tr>", _squash(_part(html, "table", "story-members")))
    assert rows == [
        "<th>Date</th><th>Outlet</th><th>Headline</th><th>Words</th><th>Original</th>",
        '<td>2023-06-16</td><td>Journal du Sahel</td><td><a href="/archive/articles/a1">Le départ de la mission '
        'annoncé</a></td> <td>44</td><td><a href="https://journal.example/a1" rel="noopener noreferrer nofollow">'
        "link</a></td>",
        '<td>2023-06-17</td><td>Agence Ouest</td><td><a href="/archive/articles/a2">La mission s&#39;en va</a></td> '
        "<td>29</td><td></td>",
    ]


async def test_story_page_says_why_two_articles_are_grouped_and_which_came_first(datasette):
    html = (await datasette.client.get("/archive/stories/s1")).text
    link = _part(html, "div", "story-link")
    assert _squash(_part(link, "p", "verdict")) == (
        '<span class="kind kind-rewrite">rewrite</span> (the same story, reworded) · similarity 0.82 · '
        'earlier (likely source): <a href="/archive/articles/a1">Le départ de la mission annoncé</a> · '
        '<a href="#compare-1">2 reused sentences</a>')
    evidence = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", _part(link, "dl", "evidence"), re.S)
    assert evidence == [
        ("Shared 3-word sequences, as a share of the shorter text", "0.31"),
        ("Shared 3-word sequences, as a share of both texts together", "0.2"),
        ("Shared vocabulary (TF-IDF cosine of content words)", "0.64"),
        ("Shared people, organisations and places (weighted by rarity)", "0.75"),
        ("Entities both name", '<a href="/archive/entities/abdoulaye-konate">Abdoulaye Konaté</a>, '
                               '<a href="/archive/entities/bamako">Bamako</a>'),
        ("Quotations both carry", "Nous voulons un partenariat sincère avec la Russie"),
        ("Event dates both report", "2023-06-16"),
        ("Days between their closest dates", "0"),
        ("Combined score", "0.82"),
    ]
    stored = re.search(r"<pre>(.*?)</pre>", link, re.S).group(1).replace("&#34;", '"')
    assert json.loads(stored)["shared_entities"] == ["abdoulaye-konate", "bamako"]


async def test_story_page_compares_two_versions_sentence_by_sentence(datasette):
    html = (await datasette.client.get("/archive/stories/s1")).text
    compare = _part(html, "section", "panel story-compare")
    assert re.search(r"<p>(2 sentences of B reuse.*?)</p>", compare).group(1) == (
        "2 sentences of B reuse a sentence of A; they make up 99% of B's text.")
    rows = re.findall(r'<td class="passage-a">(.*?)</td><td class="passage-b">(.*?)</td><td class="similarity">'
                      r"(.*?)</td>", compare)
    assert rows == [
        ("Le ministre Abdoulaye Konaté a annoncé le 16 juin le départ de la mission à Bamako.",
         "Bamako a confirmé le 16 juin le départ de la mission de l&#39;ONU.", "0.50"),
        ("« Nous voulons un partenariat sincère avec la Russie », a déclaré Abdoulaye Konaté devant la presse.",
         "« Nous voulons un partenariat sincère avec la Russie », a répété le ministre Abdoulaye Konaté.", "0.71"),
    ]
    text_b = re.search(r'<div class="whole-text text-b"><h4>B</h4>(.*?)</div>', compare, re.S).group(1)
    assert text_b == (
        '<mark class="reused" title="similarity 0.50">Bamako a confirmé le 16 juin le départ de la mission de '
        "l&#39;ONU.</mark>\n\n"
        '<mark class="reused" title="similarity 0.71">« Nous voulons un partenariat sincère avec la Russie », '
        "a répété le ministre Abdoulaye Konaté.</mark>")
    text_a = re.search(r'<div class="whole-text text-a"><h4>A</h4>(.*?)</div>', compare, re.S).group(1)
    assert text_a.endswith("</mark>\n\nLe groupe Wagner reste présent dans le nord, selon Sergueï Volkov.")


async def test_article_page_links_to_its_story_page(datasette):
    html = (await datasette.client.get("/archive/articles/a2")).text
    assert ('<a class="story-page" href="/archive/stories/s1">The story: why these are grouped, reused passages '
            "side by side</a>") in html


async def test_story_versions_query_counts_reused_sentences(datasette):
    response = await datasette.client.get("/archive/story_versions.json", params={"story": "départ", "_shape": "array"})
    rows = [{k: v for k, v in r.items() if k != "opening"} for r in response.json()]
    assert rows == [
        {"story": "Le départ de la mission", "published": "2023-06-16", "source": "Journal du Sahel",
         "author": "Awa Traoré", "title": "Le départ de la mission annoncé", "word_count": 44,
         "best_similarity": 0.82, "reuses": 0, "reused_by_others": 2, "page": "/archive/articles/a1",
         "story_id": "s1"},
        {"story": "Le départ de la mission", "published": "2023-06-17", "source": "Agence Ouest", "author": None,
         "title": "La mission s'en va", "word_count": 29, "best_similarity": 0.82, "reuses": 2,
         "reused_by_others": 0, "page": "/archive/articles/a2", "story_id": "s1"},
    ]


async def test_event_page_shows_date_place_actors_and_every_report(datasette):
    html = (await datasette.client.get("/archive/events/e1")).text
    assert '<h1><time datetime="2023-06-16">2023-06-16</time> · withdrawal</h1>' in html
    assert _squash(_part(html, "p", "event-facts")).startswith(
        'date precise to the day · in <a href="/archive/entities/bamako">Bamako</a> · reported by 2 articles')
    assert '<p class="event-summary">Départ de la mission de l&#39;ONU annoncé à Bamako</p>' in html
    reports = re.findall(r'<li><a href="([^"]+)">([^<]+)</a> <small>([^<]+)</small>\s*'
                         r'<blockquote class="event-sentence">(.*?)</blockquote></li>',
                         _part(html, "section", "panel event-reports"))
    assert reports == [
        ("/archive/articles/a1", "Le départ de la mission annoncé", "Journal du Sahel 2023-06-16",
         'Le ministre Abdoulaye Konaté a annoncé <mark class="event">le 16 juin</mark> le départ de la mission à '
         "Bamako."),
        ("/archive/articles/a2", "La mission s&#39;en va", "Agence Ouest 2023-06-17",
         'Bamako a confirmé <mark class="event">le 16 juin</mark> le départ de la mission de l&#39;ONU.'),
    ]
    actors = _squash(_part(html, "section", "panel event-actors"))
    assert ('<li><a href="/archive/entities/abdoulaye-konate">Abdoulaye Konaté</a> <small>person · agent</small></li>'
            in actors)
    assert ('<a href="/archive/timeline?since=2023-06-16&amp;until=2023-06-16&amp;entity=&amp;place=">'
            "Other events of 2023-06-16 in the timeline</a>") in actors


async def test_event_page_pins_its_place_on_the_entity_map(datasette):
    html = (await datasette.client.get("/archive/events/e1")).text
    assert ('<div id="entity-map" class="entity-map" data-latitude="12.65" data-longitude="-8.0"\n'
            '     data-name="Bamako" data-tile-layer="/static/blank-tile.svg"') in html
    assert '<script type="module" src="/static/entity-map.js"></script>' in html


def test_date_marked_escapes_the_sentence_and_marks_the_date_as_written():
    assert date_marked("<b>Le 3 mai</b>, Gao a été attaquée.", "Le 3 mai") == (
        '&lt;b&gt;<mark class="event">Le 3 mai</mark>&lt;/b&gt;, Gao a été attaquée.')
    assert date_marked("Gao a été attaquée en mai.", "le 3 mai") == "Gao a été attaquée en mai."
    assert date_marked(None, None) == ""


# ---- an archive whose story and event texts carry markup -------------------------------------

SCRIPT_BODY = 'Un lecteur écrit <script>alert("x")</script> et <img src=x onerror=alert(1)> à Gao, dit-on.'


@pytest.fixture(scope="module")
def marked_up(archive_db, tmp_path_factory):
    """The tiny archive plus story s2 (x3 and x4, markup in every text) and an event e2 without place."""
    from datasette.app import Datasette

    path = tmp_path_factory.mktemp("pages") / "archive.db"
    shutil.copy(archive_db, path)
    db = sqlite_utils.Database(path)
    db["stories"].insert_all([
        {"id": "s2", "title": "<script>alert('story')</script>", "first_published": None, "article_count": 2},
        {"id": "s3", "title": "Une histoire seule", "first_published": "2023-06-16", "article_count": 1}])
    db["articles"].update("x3", {"story_id": "s2"})
    db["articles"].insert({"id": "x5", "headline": "Seule", "body": "Seule.", "story_id": "s3"})
    db["articles"].insert({"id": "x4", "title": None, "headline": "<b>sans titre</b>", "source": "<i>Écho</i>",
                           "body": SCRIPT_BODY, "story_id": "s2", "url": "javascript:alert(1)"})
    start = SCRIPT_BODY.index("Un")
    db["story_links"].insert({"article_a": "x3", "article_b": "x4", "similarity": 0.9, "kind": "<copy>",
                              "evidence": '{"<script>": "</dd><script>alert(2)</script>", "days_apart": null}',
                              "earlier": None})
    db["story_passages"].insert({"article_a": "x3", "article_b": "x4", "a_start": 0, "a_end": len(BODY_XSS),
                                 "b_start": start, "b_end": SCRIPT_BODY.index(" dit-on"), "similarity": 0.95})
    db["events"].insert({"id": "e2", "date": "2024-02", "date_precision": "month", "year": 2024, "type": "<attack>",
                         "summary": "<script>alert('event')</script>", "place_id": None, "latitude": None,
                         "longitude": None, "article_count": 1})
    db["event_mentions"].insert({"event_id": "e2", "article_id": "x4", "sentence": SCRIPT_BODY,
                                 "date_text": "<script>", "char_start": 17, "char_end": 25})
    db.close()
    return Datasette(immutables=[str(path)], metadata=yaml.safe_load(METADATA.read_text("utf-8")),
                     settings=json.loads(SETTINGS.read_text("utf-8")), template_dir=str(TEMPLATES),
                     static_mounts=[("static", str(STATIC))])


def _no_live_markup(html: str) -> None:
    content = html[html.index('<section class="content">'):html.index("<footer")]
    assert "<script" not in content and "<img" not in content and "<b>" not in content and "<i>" not in content
    assert "javascript:" not in content


async def test_story_page_shows_markup_in_the_data_as_text(marked_up):
    html = (await marked_up.client.get("/archive/stories/s2")).text
    _no_live_markup(html)
    assert "<h1>&lt;script&gt;alert(&#39;story&#39;)&lt;/script&gt;</h1>" in html
    assert "first published unknown" in html
    assert "earlier (likely source): unknown" in html
    evidence = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", html, re.S)
    assert evidence == [("Days between their closest dates", "unknown"),
                        ("&lt;script&gt;", "&lt;/dd&gt;&lt;script&gt;alert(2)&lt;/script&gt;")]
    rows = re.findall(r'<td class="passage-a">(.*?)</td><td class="passage-b">(.*?)</td>', html)
    assert rows == [("Un lecteur écrit &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; et &lt;img src=x "
                     "onerror=alert(1)&gt; à Gao.",
                     "Un lecteur écrit &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; et &lt;img src=x "
                     "onerror=alert(1)&gt; à Gao,")]


async def test_a_story_of_one_article_says_there_is_nothing_to_compare(marked_up):
    html = (await marked_up.client.get("/archive/stories/s3")).text
    assert "<p>This story has one article so far: no other version to compare.</p>" in html
    assert "Compare two versions" not in html


async def test_event_page_shows_markup_in_the_data_as_text(marked_up):
    html = (await marked_up.client.get("/archive/events/e2")).text
    _no_live_markup(html)
    assert '<h1><time datetime="2024-02">2024-02</time> · &lt;attack&gt;</h1>' in html
    assert '<p class="event-summary">&lt;script&gt;alert(&#39;event&#39;)&lt;/script&gt;</p>' in html
    assert 'Un lecteur écrit <mark class="event">&lt;script&gt;</mark>alert(&#34;x&#34;)' in html
    assert 'id="entity-map"' not in html and "<p>No actor identified.</p>" in html


@pytest.mark.parametrize("path", ["/archive/stories/nope", "/archive/events/nope"])
async def test_missing_rows_are_not_found(datasette, path):
    assert (await datasette.client.get(path)).status_code == 404
