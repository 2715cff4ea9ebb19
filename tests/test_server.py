"""A real `datasette serve` process on loopback, started as `press-archive serve` starts it."""

from __future__ import annotations

import json
import re
import urllib.request

from conftest import SETTINGS


def fetch(url: str):
    """(status, headers (case-insensitive), text) of a GET."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read().decode("utf-8")


def test_home_page_with_search_box(live_server):
    status, _, html = fetch(live_server + "/")
    assert status == 200
    assert '<form class="archive-search" action="/-/search" method="get" role="search">' in html


def test_search_article_and_entity_pages(live_server):
    _, _, html = fetch(live_server + "/-/search?q=Serguei")
    assert re.findall(r'<li class="hit hit-(\w+)">', html) == ["entity", "article"]
    _, _, html = fetch(live_server + "/archive/articles/a1")
    assert '<span class="quote" id="quote-a1-87" title="Abdoulaye Konaté">' in html
    _, _, html = fetch(live_server + "/archive/entities/bamako")
    assert 'data-tile-layer="/static/blank-tile.svg"' in html


def test_json_api_and_feed(live_server):
    _, headers, body = fetch(live_server + "/archive/articles.json?_search=Serguei&_shape=array&_col=title")
    assert json.loads(body) == [{"id": "a1", "title": "Le départ de la mission annoncé"}]
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    _, _, body = fetch(live_server + "/archive/timeline.json?since=&until=&entity=ONU&place=&_shape=array")
    assert [row["page"] for row in json.loads(body)] == ["/archive/events/e1"]
    status, headers, body = fetch(live_server + "/archive/new_articles.atom")
    assert (status, headers["Content-Type"]) == (200, "application/xml; charset=utf-8")
    assert body.count("<entry>") == 3
    status, _, body = fetch(live_server + "/sitemap.xml")
    assert f"<loc>{live_server}/archive/articles/a1</loc>" in body


def test_served_read_only_with_our_settings(live_server):
    _, _, body = fetch(live_server + "/-/databases.json")
    assert [(d["name"], d["is_mutable"]) for d in json.loads(body)] == [("archive", False)]
    _, _, body = fetch(live_server + "/-/settings.json")
    served = json.loads(body)
    assert {name: served[name] for name in json.loads(SETTINGS.read_text())} == json.loads(SETTINGS.read_text())
