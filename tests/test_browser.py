"""A real headless Chromium (Debian's `chromium`, driven by Playwright) against a live server.

Home page → search → article → entity link → map markers, with a screenshot of each step
in test-artifacts/. Never downloads a browser: it uses /usr/bin/chromium or skips.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def page():
    playwright_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(15000)
        yield page
        browser.close()


def test_search_from_home_then_article_then_entity(live_server, page):
    page.goto(live_server + "/")
    page.screenshot(path=str(ARTIFACTS / "1-home.png"), full_page=True)
    page.fill("#archive-q", "Serguei")
    page.press("#archive-q", "Enter")
    page.wait_for_url("**/-/search?q=Serguei")
    assert page.locator(".search-results .hit").count() == 2
    assert page.locator(".search-results .hit mark").first.inner_text() == "Sergueï"
    page.screenshot(path=str(ARTIFACTS / "2-search.png"), full_page=True)

    page.click(".hit-article a")
    page.wait_for_url("**/archive/articles/a1")
    assert page.locator("h1").inner_text() == "Le départ de la mission annoncé"
    assert page.locator(".article-body .quote").inner_text() == "Nous voulons un partenariat sincère avec la Russie"
    page.screenshot(path=str(ARTIFACTS / "3-article.png"), full_page=True)

    page.click(".article-body a.mention.place >> text=Bamako")
    page.wait_for_url("**/archive/entities/bamako")
    assert page.locator("h1").inner_text().startswith("Bamako")
    page.wait_for_selector("#entity-map .leaflet-marker-icon")
    page.screenshot(path=str(ARTIFACTS / "4-entity.png"), full_page=True)


def test_article_markup_is_inert(live_server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(live_server + "/archive/articles/x3")
    assert 'onerror=alert(1)' in page.locator(".article-body").inner_text()
    assert page.locator(".article-body img, .article-body script").count() == 0
    assert dialogs == []


def test_maps_show_markers_without_tiles(live_server, page):
    page.goto(live_server + "/archive/map_places")
    page.wait_for_selector(".leaflet-marker-icon, .marker-cluster")
    page.screenshot(path=str(ARTIFACTS / "5-map-places.png"), full_page=True)
    markers = page.locator(".leaflet-marker-icon").count()
    assert markers >= 1
    page.goto(live_server + "/archive/map_events")
    page.wait_for_selector(".leaflet-marker-icon")
    page.locator(".leaflet-marker-icon").first.click()
    link = page.locator(".leaflet-popup-content a")
    assert link.get_attribute("href") == "/archive/events/e1"
    page.screenshot(path=str(ARTIFACTS / "6-map-events.png"), full_page=True)


def test_story_page_compares_versions_and_event_page_pins_its_place(live_server, page):
    page.goto(live_server + "/archive/articles/a2")
    page.click("a.story-page")
    page.wait_for_url("**/archive/stories/s1")
    assert page.locator(".passages tbody tr").count() == 2
    page.click("details.whole-texts summary")
    assert page.locator(".text-b mark.reused").all_inner_texts() == [
        "Bamako a confirmé le 16 juin le départ de la mission de l'ONU.",
        "« Nous voulons un partenariat sincère avec la Russie », a répété le ministre Abdoulaye Konaté."]
    page.screenshot(path=str(ARTIFACTS / "7-story.png"), full_page=True)
    page.goto(live_server + "/archive/events/e1")
    assert page.locator(".event-sentence mark.event").all_inner_texts() == ["le 16 juin", "le 16 juin"]
    page.wait_for_selector("#entity-map .leaflet-marker-icon")
    page.screenshot(path=str(ARTIFACTS / "8-event.png"), full_page=True)
