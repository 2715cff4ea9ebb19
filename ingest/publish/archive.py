"""Read-only access to a finished `archive.db` for publishing, plus the one write it needs.

Publishing consumes the database the store wrote; this is the only publish module
that speaks SQL, so the page and bundle code stays plain Python over rows.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection (the `mode=ro` URI), rows as dicts."""
    conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    conn.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
    return conn


def rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    return conn.execute(sql, params).fetchall()


def public_tables(conn: sqlite3.Connection) -> list[str]:
    """Data tables and views in name order: not SQLite's own, not the FTS shadow tables."""
    names = [r["name"] for r in rows(conn, "select name, sql from sqlite_master where type in ('table', 'view') "
                                           "and name not like 'sqlite_%' order by name")]
    fts = {r["name"] for r in rows(conn, "select name from sqlite_master where sql like '%using fts%'")}
    return [n for n in names if n not in fts and not any(n.startswith(f + "_") for f in fts)]


def fts_tables(conn: sqlite3.Connection) -> list[str]:
    return [r["name"] for r in rows(conn, "select name from sqlite_master where type = 'table' "
                                          "and sql like '%using fts5%' order by name")]


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return bool(rows(conn, "select 1 from sqlite_master where name = ?", (name,)))


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r["name"] for r in rows(conn, f"pragma table_info([{table}])")]


def table_rows(conn: sqlite3.Connection, table: str) -> list[dict]:
    """Every row in a stable order: by primary key, else by all columns."""
    pks = [r["name"] for r in sorted(rows(conn, f"pragma table_info([{table}])"), key=lambda r: r["pk"]) if r["pk"]]
    order = ", ".join(f"[{c}]" for c in (pks or columns(conn, table)))
    return rows(conn, f"select * from [{table}] order by {order}")


def build_info(conn: sqlite3.Connection) -> dict:
    """The latest `_build` row (JSON-valued fields decoded), or {} for an archive without one."""
    if not has_table(conn, "_build"):
        return {}
    found = rows(conn, "select * from _build order by rowid desc limit 1")
    info = dict(found[0]) if found else {}
    for key, value in info.items():
        if isinstance(value, str) and value[:1] in "[{":
            try:
                info[key] = json.loads(value)
            except ValueError:
                pass
    return info


def optimised_copy(source: Path, target: Path) -> None:
    """Copy the database to `target`, then VACUUM, ANALYZE and merge every FTS index into one b-tree.

    An immutable deployment never writes again, so this is the moment to make reads fast
    and the file small: Datasette trusts `-i` files not to change and skips locking.
    """
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
    try:
        conn.execute("pragma journal_mode = delete")
        for table in fts_tables(conn):
            conn.execute(f"insert into [{table}]([{table}]) values ('optimize')")
        conn.execute("analyze")
        conn.execute("vacuum")
    finally:
        conn.close()
