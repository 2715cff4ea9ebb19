"""`press-archive publish static DIR`: the archive as a static HTML + JSON site, no server at all.

One page per article (quotes and entity mentions marked from their stored offsets),
entity, event and story; index pages by date, outlet and entity type; the timeline;
a map; client-side search; every table as JSON and CSV; and `archive.db` itself.
Links are relative, so the site works from `file://`, a sub-path of any host, or a
repository deposit. The output is a function of the database alone: rows are read
in a fixed order and nothing depends on the clock, so two exports of one database
are byte-identical, and the build date (from `_build`) lives in `build.js` only.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

import jinja2

from .. import store
from . import archive, marks, search, site as site_files
from ..site.markup import Span, event_span, mention_span, quote_span
from .files import SiteWriter

HERE = Path(__file__).resolve().parent
NAV = [("articles/index.html", "Articles"), ("outlets/index.html", "Outlets"), ("entities/index.html", "Entities"),
       ("timeline/index.html", "Timeline"), ("stories/index.html", "Stories"), ("map.html", "Map"),
       ("search.html", "Search"), ("data/index.html", "Data"), ("about.html", "About")]
ENTITY_TYPES = ["person", "organization", "place", "other"]


def export(db_path: Path, directory: Path, tiles: str | None = None) -> str:
    """Write (or update) the static site in `directory`; return a one-paragraph summary."""
    started = time.perf_counter()
    directory = Path(directory)
    conn = archive.connect(db_path)
    try:
        data = Archive(conn)
        writer = SiteWriter(directory)
        site = site_files.find()
        pages = Pages(writer, data, site)
        pages.assets(site)
        pages.detail_pages()
        pages.indexes()
        pages.special(tiles)
        search_bytes = pages.search_index()
        pages.tables(conn, Path(db_path))
        removed = writer.finish()
    finally:
        conn.close()
    seconds = time.perf_counter() - started
    return (f"Exported {db_path} to {directory} in {seconds:.1f}s: {len(writer.sums)} files "
            f"({writer.bytes / 1e6:.1f} MB, search index {search_bytes / 1e6:.2f} MB); "
            f"{writer.written} written, {writer.unchanged} unchanged, {removed} removed")


def file_id(value: str) -> str:
    """A file name for a row id: the id itself when safe on every file system, else slug + hash."""
    if re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,80}", value):
        return value
    return f"{store.slug(value)[:60]}-{hashlib.sha1(value.encode('utf-8')).hexdigest()[:8]}"


class Archive:
    """The rows the pages need, read once in a fixed order, with their page addresses."""

    def __init__(self, conn):
        def table(name: str, order: str) -> list[dict]:
            return archive.rows(conn, f"select * from [{name}] order by {order}") if archive.has_table(conn, name) else []

        self.build = archive.build_info(conn)
        self.articles = table("articles", "id")
        self.entities = table("entities", "id")
        self.mentions = table("mentions", "article_id, char_start, char_end, entity_id")
        self.quotes = table("quotes", "article_id, char_start, id")
        self.events = table("events", "date, id")
        self.event_mentions = table("event_mentions", "event_id, article_id, char_start")
        self.event_actors = table("event_actors", "event_id, entity_id, role")
        self.stories = table("stories", "id")
        self.story_links = table("story_links", "article_a, article_b")
        self.story_passages = table("story_passages", "article_a, article_b, b_start")
        for a in self.articles:
            a["file"] = file_id(a["id"])
            a["href"] = f"article/{a['file']}.html"
            a["label"] = a.get("title") or _first_words(a.get("body") or "") or a["id"]
            a["outlet_href"] = f"outlets/{store.slug(a['source'])}.html" if a.get("source") else None
        for kind, rows in (("entity", self.entities), ("event", self.events), ("story", self.stories)):
            for row in rows:
                row["file"] = file_id(row["id"])
                row["href"] = f"{kind}/{row['file']}.html"
        self.article = {a["id"]: a for a in self.articles}
        self.entity = {e["id"]: e for e in self.entities}
        self.event = {e["id"]: e for e in self.events}
        self.story = {s["id"]: s for s in self.stories}
        self.by_date = sorted(self.articles, key=lambda a: (a.get("published") or "", a["id"]))


def classic_script(module: str) -> str:
    """datasette-leaflet's Leaflet as a classic script defining the global `L`.

    The package ships Leaflet as an ES module, and Chromium refuses module scripts from
    `file://`; the module's only exports are its trailing `export default` (the whole
    `L` namespace) and `export {...}` statements, so those become one assignment, in a
    function that keeps the module's top-level names (`Map`, `Point`...) out of the page's globals.
    """
    script, defaults = re.subn(r"^export default (\w+);$", r"window.L = \1;", module, flags=re.M)
    script, named = re.subn(r"^export \{[^}]*\};$", "", script, flags=re.M)
    if defaults != 1 or named != 1 or re.search(r"^\s*(export|import)\b", script, flags=re.M):
        raise ValueError("unexpected Leaflet module layout: update ingest.publish.static.classic_script")
    return "(function () {\n" + script + "\n})();\n"  # module scope: its `Map`, `Point`... stay local


def _first_words(body: str, n: int = 12) -> str:
    words = body.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _group(rows, key) -> dict:
    out = defaultdict(list)
    for row in rows:
        out[key(row)].append(row)
    return out


class Pages:
    """Renders every page through the Jinja templates into the writer."""

    def __init__(self, writer: SiteWriter, data: Archive, site: site_files.Site):
        self.writer, self.data = writer, data
        metadata = site.metadata_dict()
        self.site = {key: metadata.get(key) for key in ("title", "description", "license", "license_url",
                                                       "source", "source_url")}
        self.site["title"] = self.site["title"] or "Press archive"
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                                      undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
        self.stylesheets: list[str] = []

    def page(self, relative: str, template: str, **context) -> None:
        root = "../" * relative.count("/")
        html = self.env.get_template(template).render(
            root=root, site=self.site, build=self.data.build, nav=NAV, stylesheets=self.stylesheets, **context)
        self.writer.write(relative, html)

    def json(self, relative: str, value) -> None:
        self.writer.write(relative, json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1) + "\n")

    def assets(self, site: site_files.Site) -> None:
        """Datasette's app.css, the website's own static files, Leaflet, our CSS/JS; the build stamp."""
        import datasette
        import datasette_leaflet

        self.writer.copy("assets/app.css", Path(datasette.__file__).parent / "static" / "app.css")
        self.stylesheets.append("assets/app.css")
        for path in site_files.files_under(site.static):
            relative = path.relative_to(site.static).as_posix()
            self.writer.copy(f"static/{relative}", path)
            if path.suffix == ".css":
                self.stylesheets.append(f"static/{relative}")
        leaflet = Path(datasette_leaflet.__file__).parent / "static"
        for path in site_files.files_under(leaflet):
            if path.suffix != ".js":
                self.writer.copy(f"assets/leaflet/{path.relative_to(leaflet).as_posix()}", path)
        self.writer.write("assets/leaflet/leaflet.js", classic_script((leaflet / datasette_leaflet.JS_FILE).read_text("utf-8")))
        for path in site_files.files_under(HERE / "assets"):
            self.writer.copy(f"assets/{path.name}", path)
        self.stylesheets.append("assets/archive.css")
        stamp = {k: self.data.build.get(k) for k in sorted(self.data.build) if k != "inputs"}
        self.writer.write("build.js", "window.PA_BUILD = " + json.dumps(stamp, ensure_ascii=False, sort_keys=True) + ";\n")

    def detail_pages(self) -> None:
        d = self.data
        mentions_by_article = _group(d.mentions, lambda m: m["article_id"])
        quotes_by_article = _group(d.quotes, lambda q: q["article_id"])
        quotes_by_speaker = _group((q for q in d.quotes if q.get("speaker_id")), lambda q: q["speaker_id"])
        em_by_article = _group(d.event_mentions, lambda m: m["article_id"])
        em_by_event = _group(d.event_mentions, lambda m: m["event_id"])
        actors_by_event = _group(d.event_actors, lambda a: a["event_id"])
        events_by_entity = defaultdict(set)
        for actor in d.event_actors:
            events_by_entity[actor["entity_id"]].add(actor["event_id"])
        for ev in d.events:
            if ev.get("place_id"):
                events_by_entity[ev["place_id"]].add(ev["id"])
        articles_by_entity = defaultdict(set)
        for m in d.mentions:
            articles_by_entity[m["entity_id"]].add(m["article_id"])
        links_by_article = defaultdict(list)
        for link in d.story_links:
            for this, other in ((link["article_a"], link["article_b"]), (link["article_b"], link["article_a"])):
                if other in d.article:
                    links_by_article[this].append((d.article[other], link))

        for a in d.articles:
            mentions = [m for m in mentions_by_article[a["id"]] if m["entity_id"] in d.entity]
            quotes = quotes_by_article[a["id"]]
            counts = Counter(m["entity_id"] for m in mentions)
            entities = sorted(((d.entity[e], n) for e, n in counts.items()), key=lambda p: (-p[1], p[0]["name"], p[0]["id"]))
            events = []
            for m in em_by_article[a["id"]]:
                if m["event_id"] in d.event:
                    events.append({**d.event[m["event_id"]], "date_text": m.get("date_text")})
            origins = sorted(set(json.loads(a.get("origins") or "[]") + [a["origin"]]) - {None}, key=lambda o: o != a["origin"])
            self.page(a["href"], "article.html", a=a, paragraphs=marks.paragraphs(a.get("body") or "", self._spans(quotes, mentions, em_by_article[a["id"]])),
                      entities=entities, events=events, origins=origins,
                      quotes=[{**q, "speaker": d.entity.get(q.get("speaker_id"))} for q in quotes],
                      story=d.story.get(a.get("story_id")), related=sorted(links_by_article[a["id"]], key=lambda p: (-p[1]["similarity"], p[0]["id"])))
            self.json(f"article/{a['file']}.json", {"article": _public(a), "mentions": mentions, "quotes": quotes,
                                                    "event_mentions": em_by_article[a["id"]]})

        for e in d.entities:
            articles = [d.article[i] for i in articles_by_entity[e["id"]] if i in d.article]
            articles.sort(key=lambda a: (a.get("published") or "", a["id"]))
            events = sorted((d.event[i] for i in events_by_entity[e["id"]] if i in d.event), key=lambda ev: (ev["date"] or "", ev["id"]))
            quotes = [(q, d.article[q["article_id"]]) for q in quotes_by_speaker[e["id"]] if q["article_id"] in d.article]
            self.page(e["href"], "entity.html", e=e, aliases=json.loads(e.get("aliases") or "[]"),
                      articles=articles, events=events, quotes=quotes)
            self.json(f"entity/{e['file']}.json", {"entity": _public(e), "article_ids": [a["id"] for a in articles],
                                                   "event_ids": [ev["id"] for ev in events]})

        for ev in d.events:
            mentions = [(m, d.article[m["article_id"]]) for m in em_by_event[ev["id"]] if m["article_id"] in d.article]
            actors = [(d.entity[x["entity_id"]], x.get("role")) for x in actors_by_event[ev["id"]] if x["entity_id"] in d.entity]
            self.page(ev["href"], "event.html", ev=ev, place=d.entity.get(ev.get("place_id")), actors=actors, mentions=mentions)
            self.json(f"event/{ev['file']}.json", {"event": _public(ev), "mentions": em_by_event[ev["id"]],
                                                   "actors": actors_by_event[ev["id"]]})

        members = _group((a for a in d.by_date if a.get("story_id")), lambda a: a["story_id"])
        for s in d.stories:
            ids = {a["id"] for a in members[s["id"]]}
            links = [(d.article[l["article_a"]], d.article[l["article_b"]], l) for l in d.story_links
                     if l["article_a"] in ids and l["article_b"] in ids]
            passages = [(a, b, [(a["body"][p["a_start"]:p["a_end"]], b["body"][p["b_start"]:p["b_end"]], p["similarity"])
                                for p in d.story_passages
                                if (p["article_a"], p["article_b"]) == (a["id"], b["id"])])
                        for a, b, _ in links]
            self.page(s["href"], "story.html", s=s, articles=members[s["id"]], links=links,
                      passages=[(a, b, pairs) for a, b, pairs in passages if pairs])
            self.json(f"story/{s['file']}.json", {"story": _public(s), "article_ids": [a["id"] for a in members[s["id"]]]})

    def _spans(self, quotes: list[dict], mentions: list[dict], event_mentions: list[dict]) -> list[Span]:
        """The website's tags (same classes, so the same CSS), with links relative to an article page."""
        spans = []
        for m in mentions:
            e = self.data.entity[m["entity_id"]]
            spans.append(mention_span(m["char_start"], m["char_end"], f"../{e['href']}", e["name"], e["type"]))
        for q in quotes:
            speaker = (self.data.entity.get(q.get("speaker_id")) or {}).get("name") or q.get("speaker_surface")
            spans.append(quote_span(q["char_start"], q["char_end"], q["id"], speaker))
        for m in event_mentions:
            ev = self.data.event.get(m["event_id"])
            if ev and m.get("char_start") is not None and m.get("char_end") is not None:
                spans.append(event_span(m["char_start"], m["char_end"], ev["date"], ev["type"], ev["summary"]))
        return spans

    def indexes(self) -> None:
        d = self.data
        by_year = _group(d.by_date, lambda a: (a.get("published") or "")[:4] or "undated")
        years = sorted(by_year, key=lambda y: (y == "undated", y), reverse=False)
        self.page("articles/index.html", "listing.html", heading="Articles by date", intro=f"{len(d.articles)} articles.",
                  links=[(f"articles/{y}.html", y, len(by_year[y])) for y in years], groups=[], kind="articles", crumbs=[])
        for year in years:
            groups = _group(by_year[year], lambda a: (a.get("published") or "")[:7] or "undated")
            self.page(f"articles/{year}.html", "listing.html", heading=f"Articles: {year}", intro="", links=[],
                      groups=sorted(groups.items()), kind="articles", crumbs=[("articles/index.html", "articles")])

        # Outlets spelled differently ("Le Monde", "LE MONDE") share a page, named by the commonest spelling.
        by_outlet = _group((a for a in d.by_date if a.get("source")), lambda a: store.slug(a["source"]))
        name = {slug: max(sorted({a["source"] for a in rows}), key=[a["source"] for a in rows].count)
                for slug, rows in by_outlet.items()}
        outlets = sorted(by_outlet, key=lambda o: (-len(by_outlet[o]), name[o]))
        self.page("outlets/index.html", "listing.html", heading="Articles by outlet", intro=f"{len(outlets)} outlets.",
                  links=[(f"outlets/{o}.html", name[o], len(by_outlet[o])) for o in outlets], groups=[], kind="articles", crumbs=[])
        for outlet in outlets:
            self.page(f"outlets/{outlet}.html", "listing.html", heading=name[outlet], intro=f"{len(by_outlet[outlet])} articles.",
                      links=[], groups=[("", by_outlet[outlet])], kind="articles", crumbs=[("outlets/index.html", "outlets")])

        by_type = _group(d.entities, lambda e: e.get("type") or "other")
        types = sorted(by_type, key=lambda t: (ENTITY_TYPES.index(t) if t in ENTITY_TYPES else len(ENTITY_TYPES), t))
        self.page("entities/index.html", "listing.html", heading="Entities by type", intro="", groups=[], kind="entities", crumbs=[],
                  links=[(f"entities/{file_id(t)}.html", t, len(by_type[t])) for t in types])
        for t in types:
            ranked = sorted(by_type[t], key=lambda e: (-(e.get("article_count") or 0), e["name"], e["id"]))
            self.page(f"entities/{file_id(t)}.html", "listing.html", heading=f"Entities: {t}", intro=f"{len(ranked)} entities, most cited first.",
                      links=[], groups=[("", ranked)], kind="entities", crumbs=[("entities/index.html", "entities")])

        ev_by_year = _group(d.events, lambda ev: (ev.get("date") or "")[:4] or "undated")
        ev_years = sorted(ev_by_year)
        self.page("timeline/index.html", "listing.html", heading="Timeline", intro=f"{len(d.events)} events, by year.",
                  links=[(f"timeline/{y}.html", y, len(ev_by_year[y])) for y in ev_years], groups=[], kind="events", crumbs=[])
        for year in ev_years:
            months = _group(ev_by_year[year], lambda ev: (ev.get("date") or "")[:7])
            self.page(f"timeline/{year}.html", "listing.html", heading=f"Timeline: {year}", intro="", links=[],
                      groups=sorted(months.items()), kind="events", crumbs=[("timeline/index.html", "timeline")])

        stories = sorted(d.stories, key=lambda s: (-(s.get("article_count") or 0), s.get("first_published") or "", s["id"]))
        self.page("stories/index.html", "listing.html", heading="Stories", intro="Articles that tell the same story: rewrites, wire copies, follow-ups.",
                  links=[], groups=[("", stories)], kind="stories", crumbs=[])

    def special(self, tiles: str | None) -> None:
        d = self.data
        counts = {"articles": len(d.articles), "entities": len(d.entities), "events": len(d.events),
                  "stories": len(d.stories), "outlets": len({a["source"] for a in d.articles if a.get("source")})}
        self.page("index.html", "home.html", counts=counts)
        build_rows = [(k, json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                      for k, v in sorted(d.build.items()) if k not in ("built_at", "version", "seconds")]
        self.page("about.html", "about.html", build_rows=build_rows)
        self.page("search.html", "search.html")
        import datasette_leaflet

        self.page("map.html", "map.html", leaflet_css=datasette_leaflet.CSS_FILE)
        points = [[e["latitude"], e["longitude"], "place", e["name"], e["href"], e.get("article_count") or 1]
                  for e in d.entities if e.get("latitude") is not None and e.get("longitude") is not None]
        points += [[ev["latitude"], ev["longitude"], "event", f"{ev['date']} {ev['summary']}", ev["href"], ev.get("article_count") or 1]
                   for ev in d.events if ev.get("latitude") is not None and ev.get("longitude") is not None]
        attribution = "" if not tiles else "Map tiles: " + tiles.split("/")[2] if "//" in tiles else tiles
        self.writer.write("map/points.js", "PA.mapPoints(" + json.dumps({"tiles": tiles, "attribution": attribution, "points": points},
                                                                      ensure_ascii=False, sort_keys=True) + ");\n")

    def search_index(self) -> int:
        """Entities, stories and events first, then articles oldest first (new articles append)."""
        d = self.data
        docs = [search.Doc("entity", e["href"], e["name"], e.get("type") or "",
                           " ".join([e["name"], *json.loads(e.get("aliases") or "[]")])) for e in d.entities]
        docs += [search.Doc("story", s["href"], s.get("title") or s["id"], f"{s.get('article_count')} articles",
                            s.get("title") or "") for s in d.stories]
        docs += [search.Doc("event", ev["href"], ev.get("summary") or ev["id"], f"{ev.get('date')} {ev.get('type')}",
                            " ".join(str(ev.get(k) or "") for k in ("summary", "type", "date"))) for ev in d.events]
        docs += [search.Doc("article", a["href"], a["label"], " · ".join(x for x in (a.get("source"), a.get("published")) if x),
                            " ".join(a.get(k) or "" for k in ("title", "subtitle", "author", "source", "body"))) for a in d.by_date]
        size = 0
        for relative, content in search.build(docs).items():
            self.writer.write(f"search/{relative}", content)
            size += len(content.encode("utf-8"))
        return size

    def tables(self, conn, db_path: Path) -> None:
        """Every public table and view as JSON (one row per line) and CSV, the list, and the database."""
        listing = []
        for name in archive.public_tables(conn):
            rows = archive.table_rows(conn, name)
            cols = archive.columns(conn, name)
            lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in rows]
            self.writer.write(f"data/{name}.json", "[\n" + ",\n".join(lines) + ("\n" if lines else "") + "]\n")
            out = io.StringIO()
            w = csv.writer(out)
            w.writerow(cols)
            w.writerows([r[c] for c in cols] for r in rows)
            self.writer.write(f"data/{name}.csv", out.getvalue())
            listing.append({"name": name, "count": len(rows)})
        self.writer.copy("archive.db", db_path)
        self.page("data/index.html", "data.html", tables=listing, db_size=f"{db_path.stat().st_size / 1e6:.1f} MB")


def _public(row: dict) -> dict:
    """A row without the page-address fields this module adds."""
    return {k: v for k, v in row.items() if k not in ("file", "href", "label", "outlet_href")}
