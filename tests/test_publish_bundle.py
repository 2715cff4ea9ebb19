"""The deployment bundle: what it holds, and that it serves the site from its own folder.

The slow test is the real thing: a fresh virtual environment with only the bundle's
pinned requirements (pip may reach PyPI), serving the bundle with the Dockerfile's own
command on a loopback port.
"""

from __future__ import annotations

import json
import os
import shlex
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from importlib import metadata
from pathlib import Path

import pytest

from ingest.publish.bundle import make_bundle


@pytest.fixture(scope="module")
def bundle(archive_db, tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("bundle") / "deploy"
    summary = make_bundle(archive_db, directory)
    assert summary.startswith(f"Bundle in {directory}: archive.db (")
    return directory


def test_bundle_holds_the_database_config_site_and_recipe(bundle):
    names = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert {"archive.db", "inspect-data.json", "metadata.yml", "settings.json", "requirements.txt", "Dockerfile",
            "README.md", "plugins/press_archive_site.py", "plugins/press_archive_site/__init__.py",
            "static/archive.css", "templates/row-archive-articles.html"} <= names
    assert not any("__pycache__" in n for n in names)


def test_database_is_optimised_and_inspected(bundle, archive_db):
    conn = sqlite3.connect(bundle / "archive.db")
    assert conn.execute("select count(*) from sqlite_stat1").fetchone()[0] > 0  # ANALYZE ran
    assert conn.execute("pragma freelist_count").fetchone()[0] == 0  # VACUUM ran
    assert conn.execute("select count(*) from articles_fts_data").fetchone()[0] > 0
    inspected = json.loads((bundle / "inspect-data.json").read_text("utf-8"))
    assert inspected["archive"]["tables"]["articles"]["count"] == 3
    assert inspected["archive"]["file"] == "archive.db"


def test_requirements_pin_the_served_packages_as_installed(bundle):
    lines = (bundle / "requirements.txt").read_text("utf-8").splitlines()
    names = [line.split("==")[0] for line in lines]
    assert names == sorted(set(names)) and all(line.count("==") == 1 for line in lines)
    for name in ("datasette", "datasette-cluster-map", "datasette-leaflet", "jinja2", "uvicorn"):
        assert f"{name}=={metadata.version(name)}" in lines
    assert not any(line.startswith(("spacy", "press-archive")) for line in lines)  # serving needs no NLP


def test_dockerfile_is_datasette_package_shaped(bundle):
    dockerfile = (bundle / "Dockerfile").read_text("utf-8").splitlines()
    assert dockerfile[:6] == ["FROM python:3.11.0-slim-bullseye", "COPY . /app", "WORKDIR /app",
                              "RUN pip install --no-cache-dir -r requirements.txt", "ENV PORT 8001", "EXPOSE 8001"]
    assert dockerfile[6].startswith(
        "CMD datasette serve --host 0.0.0.0 -i archive.db --cors --inspect-file inspect-data.json "
        "--metadata metadata.yml --template-dir templates/ --plugins-dir plugins/ --static static:static "
        "--setting sql_time_limit_ms ")
    assert dockerfile[6].endswith(" --port $PORT")


def test_readme_gives_the_publish_command_lines(bundle):
    readme = (bundle / "README.md").read_text("utf-8")
    for target, name in (("cloudrun", "--service"), ("fly", "--app"), ("vercel", "--project")):
        line = next(line for line in readme.splitlines() if line.strip().startswith(f"datasette publish {target} "))
        assert line.split()[3:11] == ["archive.db", "--metadata", "metadata.yml", "--template-dir", "templates/",
                                      "--plugins-dir", "plugins/", "--static"]
        assert f"--install datasette-cluster-map=={metadata.version('datasette-cluster-map')}" in line
        assert f" {name} press-archive" in line


def test_refuses_a_folder_that_is_not_a_bundle(archive_db, tmp_path):
    (tmp_path / "thesis.tex").write_text("x", "utf-8")
    with pytest.raises(ValueError, match="not empty"):
        make_bundle(archive_db, tmp_path)
    assert (tmp_path / "thesis.tex").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def serve_and_check(bundle: Path, bin_dir: Path) -> None:
    """Run the Dockerfile's CMD (on loopback) with the given environment; check pages and API."""
    cmd = (bundle / "Dockerfile").read_text("utf-8").splitlines()[-1].removeprefix("CMD ")
    port = _free_port()
    args = shlex.split(cmd.replace("$PORT", str(port)).replace("0.0.0.0", "127.0.0.1"))
    args[0] = str(bin_dir / "datasette")
    server = subprocess.Popen(args, cwd=bundle, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90  # a loaded two-core machine can take a while to import datasette
        while True:
            try:
                _get(base + "/-/versions.json")
                break
            except OSError:
                if server.poll() is not None:
                    raise AssertionError(server.stdout.read().decode())
                if time.monotonic() > deadline:
                    raise AssertionError("the bundle's server did not answer within 90 s")
                time.sleep(0.2)
        status, databases = _get(base + "/-/databases.json")
        assert [(d["name"], d["is_mutable"]) for d in json.loads(databases)] == [("archive", False)]
        status, rows = _get(base + "/archive/entities.json?_shape=array&_sort=id")
        assert [r["id"] for r in json.loads(rows)] == ["abdoulaye-konate", "bamako", "gao", "groupe-wagner",
                                                      "russie", "serguei-volkov"]
        status, search = _get(base + "/archive/articles.json?_search=serguei&_shape=array")
        assert [r["id"] for r in json.loads(search)] == ["a1"]
        status, page = _get(base + "/archive/articles/a1")
        assert status == 200 and 'class="mention person"' in page  # the site plugins and templates are live
        plugins = {p["name"] for p in json.loads(_get(base + "/-/plugins.json")[1])}
        assert {"datasette-cluster-map", "datasette-leaflet", "press_archive_site.py"} <= plugins
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_bundle_serves_with_the_dockerfile_command(bundle):
    serve_and_check(bundle, Path(sys.executable).parent)


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("PRESS_ARCHIVE_OFFLINE") == "1", reason="needs a package index (PRESS_ARCHIVE_OFFLINE=1)")
def test_bundle_serves_from_a_fresh_environment_with_only_its_requirements(bundle, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "-r", str(bundle / "requirements.txt")],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    serve_and_check(bundle, venv / "bin")
