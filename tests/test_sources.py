"""Readers for web formats: HTML pages, WARC archives, JSONL exports, RSS/Atom feeds, and their bad inputs."""

import json
import gzip
import io
import shutil
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ingest.model import ReadError, Source
from ingest.sources import read_paths

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = (FIXTURES / "html" / "article_fr.html").read_bytes()


def read(path: Path):
    return list(read_paths([path], root=path.parent))


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> None:
    """A gzipped WARC with one response record per (uri, status, content type, payload), plus a request record."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, status, content_type, payload in records:
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"}))


# --- HTML -----------------------------------------------------------------

def test_html_page_is_read_raw_without_container_metadata(tmp_path):
    (tmp_path / "page.html").write_bytes(ARTICLE)
    [source] = read(tmp_path / "page.html")
    assert (source.origin, source.html, source.text, source.meta) == ("page.html", ARTICLE.decode("utf-8"), None, {})


def test_html_is_detected_by_content_whatever_the_extension(tmp_path):
    (tmp_path / "sauvegarde.txt").write_bytes(ARTICLE)
    [source] = read(tmp_path / "sauvegarde.txt")
    assert source.html is not None


def test_html_gz_is_read(tmp_path):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(ARTICLE))
    [source] = read(tmp_path / "page.html.gz")
    assert source.html == ARTICLE.decode("utf-8")


def test_truncated_gzip_is_one_clear_error(tmp_path):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(ARTICLE)[:300])
    assert read(tmp_path / "page.html.gz") == [
        ReadError("page.html.gz", "truncated gzip file (the compressed stream ends early)")]


def test_legacy_charset_declared_in_meta_is_honoured(tmp_path):
    page = "<html><head><meta charset='windows-1252'></head><body><p>Là-bas, l’été « brûlant ».</p></body></html>"
    (tmp_path / "page.htm").write_bytes(page.encode("cp1252"))
    [source] = read(tmp_path / "page.htm")
    assert "Là-bas, l’été « brûlant »." in source.html


def test_html_file_over_the_limit_is_refused_before_decoding(tmp_path, monkeypatch):
    from ingest.sources import html
    monkeypatch.setattr(html, "MAX_BYTES", 1000)
    (tmp_path / "page.html").write_bytes(ARTICLE)
    [error] = read(tmp_path / "page.html")
    assert (error.origin, error.reason.startswith("too large for a web page")) == ("page.html", True)


# --- WARC -----------------------------------------------------------------

def test_warc_html_responses_become_sources_and_other_records_are_skipped(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", [
        ("https://courrier-sahel.example/a", "200 OK", "text/html; charset=utf-8", ARTICLE),
        ("https://courrier-sahel.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
        ("https://courrier-sahel.example/app.js", "200 OK", "application/javascript", b"var a = 1;"),
        ("https://courrier-sahel.example/absent", "404 Not Found", "text/html", b"<html><p>Introuvable</p></html>"),
    ])
    items = read(tmp_path / "crawl.warc.gz")
    source = items[0]
    assert (source.origin, source.html, source.meta["url"], source.meta["extra"]["crawl_date"]) == (
        "crawl.warc.gz#2", ARTICLE.decode("utf-8"), "https://courrier-sahel.example/a", "2024-03-05T10:00:00Z")
    assert items[1:] == [ReadError("crawl.warc.gz#8", "HTTP status 404 for https://courrier-sahel.example/absent")]


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path):
    write_warc(tmp_path / "full.warc.gz", [
        ("https://courrier-sahel.example/a", "200 OK", "text/html", ARTICLE),
        ("https://courrier-sahel.example/b", "200 OK", "text/html", ARTICLE.replace(b"fleuve", b"lac")),
    ])
    data = (tmp_path / "full.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[:len(data) - 200])
    items = read(tmp_path / "cut.warc.gz")
    assert [type(item).__name__ for item in items] == ["Source", "ReadError"]
    assert items[0].meta["url"] == "https://courrier-sahel.example/a"
    assert items[1] == ReadError("cut.warc.gz#4", "record cut short (truncated archive)")


# --- JSONL ----------------------------------------------------------------

def test_jsonl_fields_are_mapped_and_bad_lines_reported(tmp_path):
    shutil.copy(FIXTURES / "sources" / "export.jsonl", tmp_path)
    items = read(tmp_path / "export.jsonl")
    assert items[0] == Source(
        origin="export.jsonl#L1",
        text="Le port de la ville a reçu mardi sa première cargaison de céréales de la saison. "
             "Les dockers ont travaillé toute la nuit pour décharger le navire.",
        meta={"url": "https://gazette.example/port", "title": "Première cargaison au port",
              "author": "Claire Morel, Yao Mensah", "source": "La Gazette", "published": "2024-02-21",
              "extra": {"collector": "veille-42", "tags": ["économie"]}})
    assert (items[1].origin, items[1].text, items[1].meta) == (
        "export.jsonl#L2", None, {"title": "Export HTML", "language": "fr"})
    assert items[2:4] == [ReadError("export.jsonl#L3", "not JSON: Expecting value at column 45"),
                          ReadError("export.jsonl#L4", "no `text` or `html` field with content")]
    assert (items[4].origin, items[4].meta) == ("export.jsonl#L6", {"section": "Ville"})
    assert len(items) == 5


def test_jsonl_is_detected_by_content(tmp_path):
    lines = b'{"text": "Premier article du fichier."}\n{"text": "Second article du fichier."}\n'
    (tmp_path / "export.json").write_bytes(lines)
    assert [item.text for item in read(tmp_path / "export.json")] == [
        "Premier article du fichier.", "Second article du fichier."]


# --- feeds ----------------------------------------------------------------

def test_rss_full_content_entry_is_a_page_and_summary_entry_is_flagged(tmp_path):
    shutil.copy(FIXTURES / "sources" / "rss.xml", tmp_path)
    full, teaser = read(tmp_path / "rss.xml")
    assert (full.origin, full.meta) == ("rss.xml#https://gazette.example/ville/marche", {
        "url": "https://gazette.example/ville/marche", "title": "Le marché central rouvre", "author": "Claire Morel",
        "published": "2024-03-04T07:30:00+00:00", "source": "La Gazette", "section": "Ville", "language": "fr",
        "extra": {}})
    assert "<p>Le marché central rouvrira ses portes lundi matin" in full.html
    assert (teaser.text, teaser.html, teaser.meta["summary_only"], teaser.meta["extra"]) == (
        "Le conseil municipal a adopté le budget après un long débat.", None, True, {"summary_only": True})


def test_rss_full_content_goes_through_extraction(tmp_path):
    from ingest.extract import extract_html
    shutil.copy(FIXTURES / "sources" / "rss.xml", tmp_path)
    full, _ = read(tmp_path / "rss.xml")
    paragraphs = extract_html(full.html, full.meta["url"]).text.split("\n\n")
    assert [p[:40] for p in paragraphs] == ["Le marché central rouvrira ses portes lu",
                                            "« Nous attendions ce moment depuis longt",
                                            "La mairie annonce par ailleurs la créati"]


def test_atom_summary_entry(tmp_path):
    shutil.copy(FIXTURES / "sources" / "atom.xml", tmp_path / "flux")  # no extension: found by content
    [entry] = read(tmp_path / "flux")
    assert (entry.origin, entry.text, entry.meta) == (
        "flux#https://courrier-sahel.example/meteo/pluies",
        "Les prévisionnistes annoncent une saison des pluies plus précoce.",
        {"url": "https://courrier-sahel.example/meteo/pluies", "title": "Les pluies attendues en juin",
         "author": "Aminata Koné", "published": "2024-03-02T08:00:00+00:00", "source": "Le Courrier du Sahel",
         "language": "fr", "summary_only": True, "extra": {"feed_entry_id": "urn:example:pluies", "summary_only": True}})


def test_a_folder_mixing_formats_reads_each_with_its_reader(tmp_path):
    for name in ("export.jsonl", "rss.xml", "atom.xml"):
        shutil.copy(FIXTURES / "sources" / name, tmp_path)
    (tmp_path / "page.html").write_bytes(ARTICLE)
    (tmp_path / "note.txt").write_text("Un article en texte brut, écrit à la main.", "utf-8")
    write_warc(tmp_path / "crawl.warc.gz", [("https://courrier-sahel.example/a", "200 OK", "text/html", ARTICLE)])
    origins = [item.origin for item in read_paths([tmp_path], root=tmp_path)]
    assert origins == ["atom.xml#https://courrier-sahel.example/meteo/pluies", "crawl.warc.gz#2",
                       "export.jsonl#L1", "export.jsonl#L2", "export.jsonl#L3", "export.jsonl#L4", "export.jsonl#L6",
                       "note.txt", "page.html", "rss.xml#https://gazette.example/ville/marche",
                       "rss.xml#https://gazette.example/politique/budget"]


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break(tmp_path):
    from ingest.sources import read_paths

    record = {"text": "Le ministre a parlé\u2028devant la presse\u00a0: « Nous partirons\u200b. »", "url": "https://a.example/x"}
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    (source,) = list(read_paths([path], root=tmp_path))
    assert (source.origin, source.text) == ("export.jsonl#L1", "Le ministre a parlé\ndevant la presse : « Nous partirons. »")
