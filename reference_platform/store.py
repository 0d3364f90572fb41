"""The reference platform's own SQLite file (never the terminal's store).

One connection guarded by a lock: the platform is a development tool, and SQLite
serialises writers anyway. Each public method is one transaction, so a batch of
events is either stored whole or not at all, and what was committed survives a
restart of the server.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from shared.protocol import messages as p

KEEP_CATALOG_VERSIONS = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS terminal_keys (
    app_key TEXT PRIMARY KEY, secret TEXT NOT NULL, terminal_id TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0, name TEXT, kind TEXT, hall_code TEXT, region_code TEXT,
    software_version TEXT, registered_at TEXT);
CREATE TABLE IF NOT EXISTS nonces (
    app_key TEXT NOT NULL, nonce TEXT NOT NULL, seen_at REAL NOT NULL, PRIMARY KEY (app_key, nonce));
CREATE INDEX IF NOT EXISTS ix_nonces_seen_at ON nonces (seen_at);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, terminal_id TEXT NOT NULL,
    case_no TEXT, case_seq INTEGER, kind TEXT NOT NULL, occurred_at TEXT NOT NULL, payload TEXT NOT NULL,
    received_at TEXT NOT NULL, UNIQUE (case_no, case_seq));
CREATE TABLE IF NOT EXISTS cases (
    case_no TEXT PRIMARY KEY, terminal_id TEXT NOT NULL, item_code TEXT NOT NULL, next_seq INTEGER NOT NULL,
    state TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 0, delivery_method TEXT NOT NULL DEFAULT 'window',
    plan TEXT NOT NULL DEFAULT '', supplemented INTEGER NOT NULL DEFAULT 0, next_action_at REAL);
CREATE INDEX IF NOT EXISTS ix_cases_next_action ON cases (next_action_at);
CREATE TABLE IF NOT EXISTS case_agents (
    case_no TEXT PRIMARY KEY REFERENCES cases (case_no), agency_kind TEXT NOT NULL, agent_id TEXT NOT NULL,
    agent_name TEXT NOT NULL, recorded_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_case_agents_agent_id ON case_agents (agent_id);
CREATE TABLE IF NOT EXISTS status_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, update_id TEXT NOT NULL UNIQUE, terminal_id TEXT NOT NULL,
    case_no TEXT NOT NULL, case_version INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_status_updates_terminal ON status_updates (terminal_id, seq);
CREATE TABLE IF NOT EXISTS catalog_versions (
    version INTEGER PRIMARY KEY, label TEXT NOT NULL, published_at TEXT NOT NULL, digest TEXT NOT NULL,
    document_count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS catalog_items (
    version INTEGER NOT NULL, kind TEXT NOT NULL, code TEXT NOT NULL, doc TEXT NOT NULL, sha TEXT,
    PRIMARY KEY (version, kind, code));
CREATE TABLE IF NOT EXISTS catalog_deltas (
    since INTEGER NOT NULL, version INTEGER NOT NULL, op TEXT NOT NULL, kind TEXT NOT NULL, code TEXT NOT NULL,
    PRIMARY KEY (since, version, kind, code));
CREATE TABLE IF NOT EXISTS catalog_deltas_ready (since INTEGER NOT NULL, version INTEGER NOT NULL,
    PRIMARY KEY (since, version));
CREATE TABLE IF NOT EXISTS calendar_years (year INTEGER PRIMARY KEY, version INTEGER NOT NULL, days TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS licences (
    licence_no TEXT PRIMARY KEY, licence_type TEXT NOT NULL, holder_name TEXT NOT NULL, holder_id TEXT NOT NULL,
    valid_from TEXT NOT NULL, valid_to TEXT, issuer TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS shared_records (
    dataset TEXT NOT NULL, subject_id TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (dataset, subject_id));
CREATE TABLE IF NOT EXISTS data_queries (
    query_id TEXT PRIMARY KEY, app_key TEXT NOT NULL, dataset TEXT NOT NULL, subject_masked TEXT NOT NULL,
    purpose TEXT NOT NULL, case_no TEXT, found INTEGER NOT NULL, queried_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS appointments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, appointment_id TEXT NOT NULL, hall_code TEXT NOT NULL, body TEXT NOT NULL);
"""


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat()


class PlatformStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.executescript(_SCHEMA)
        self._hash_catalog_documents()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def read(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # ------------------------------------------------------------ terminals and replay protection

    def put_terminal_key(self, *, app_key: str, secret: str, terminal_id: str) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO terminal_keys (app_key, secret, terminal_id) VALUES (?, ?, ?) "
                "ON CONFLICT (app_key) DO UPDATE SET secret = excluded.secret, terminal_id = excluded.terminal_id",
                (app_key, secret, terminal_id),
            )

    def terminal_key(self, app_key: str) -> tuple[bytes, str, bool] | None:
        rows = self.read(
            "SELECT secret, terminal_id, disabled FROM terminal_keys WHERE app_key = ?", (app_key,)
        )
        if not rows:
            return None
        secret, terminal_id, disabled = rows[0]
        return secret.encode("utf-8"), terminal_id, bool(disabled)

    def set_terminal_disabled(self, app_key: str, disabled: bool) -> None:
        with self.tx() as db:
            db.execute("UPDATE terminal_keys SET disabled = ? WHERE app_key = ?", (int(disabled), app_key))

    def remember_nonce(self, *, app_key: str, nonce: str, now: float, window_s: float) -> bool:
        """Record a nonce; False when it was seen already (a replay)."""
        with self.tx() as db:
            # forget nonces older than twice the window: a request that old fails the clock check anyway
            db.execute("DELETE FROM nonces WHERE seen_at < ?", (now - 2 * window_s,))
            cur = db.execute(
                "INSERT OR IGNORE INTO nonces (app_key, nonce, seen_at) VALUES (?, ?, ?)",
                (app_key, nonce, now),
            )
            return cur.rowcount == 1

    def register_terminal(self, *, app_key: str, request: p.RegisterRequest, now: float) -> None:
        with self.tx() as db:
            db.execute(
                "UPDATE terminal_keys SET name = ?, kind = ?, hall_code = ?, region_code = ?, software_version = ?, "
                "registered_at = COALESCE(registered_at, ?) WHERE app_key = ?",
                (
                    request.name,
                    request.kind.value,
                    request.hall_code,
                    request.region_code,
                    request.software_version,
                    iso(now),
                    app_key,
                ),
            )

    def registered_at(self, app_key: str) -> str:
        return self.read("SELECT registered_at FROM terminal_keys WHERE app_key = ?", (app_key,))[0][0]

    # ------------------------------------------------------------ events

    def events(self, case_no: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT event_id, terminal_id, case_no, case_seq, kind, payload FROM events"
        args: tuple[Any, ...] = ()
        if case_no is not None:
            sql += " WHERE case_no = ?"
            args = (case_no,)
        rows = self.read(sql + " ORDER BY seq", args)
        keys = ("event_id", "terminal_id", "case_no", "case_seq", "kind", "payload")
        return [dict(zip(keys[:5], r[:5], strict=True)) | {"payload": json.loads(r[5])} for r in rows]

    def case_agent(self, case_no: str) -> dict[str, Any] | None:
        """The agent (代办人) a case was applied for by, as its created event carried it."""
        rows = self.read(
            "SELECT case_no, agency_kind, agent_id, agent_name, recorded_at FROM case_agents WHERE case_no = ?",
            (case_no,),
        )
        keys = ("case_no", "agency_kind", "agent_id", "agent_name", "recorded_at")
        return dict(zip(keys, rows[0], strict=True)) if rows else None

    def event_count(self) -> int:
        return self.read("SELECT COUNT(*) FROM events")[0][0]

    def case_row(self, case_no: str) -> dict[str, Any] | None:
        rows = self.read(
            "SELECT case_no, terminal_id, item_code, next_seq, state, version, plan FROM cases WHERE case_no = ?",
            (case_no,),
        )
        if not rows:
            return None
        return dict(
            zip(
                ("case_no", "terminal_id", "item_code", "next_seq", "state", "version", "plan"),
                rows[0],
                strict=True,
            )
        )

    # ------------------------------------------------------------ catalog

    def _hash_catalog_documents(self) -> None:
        """Give every document its hash and every version the digest over them (issue 13):
        a platform database from before documents were hashed is brought up to date once."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(catalog_items)")}
        with self.tx() as db:
            if "sha" not in columns:
                db.execute("ALTER TABLE catalog_items ADD COLUMN sha TEXT")
            # the terminal's delta check and the changes query read (kind, code, sha) from here alone
            db.execute(
                "CREATE INDEX IF NOT EXISTS ix_catalog_items_sha ON catalog_items (version, kind, code, sha)"
            )
            stale = [v for (v,) in db.execute("SELECT DISTINCT version FROM catalog_items WHERE sha IS NULL")]
            for version in stale:
                rows = db.execute(
                    "SELECT kind, code, doc FROM catalog_items WHERE version = ? ORDER BY kind, code",
                    (version,),
                ).fetchall()
                hashes = [
                    (p.catalog_document_hash(doc.encode("utf-8")), kind, code) for kind, code, doc in rows
                ]
                db.executemany(
                    "UPDATE catalog_items SET sha = ? WHERE version = ? AND kind = ? AND code = ?",
                    [(h, version, kind, code) for h, kind, code in hashes],
                )
                db.execute(
                    "UPDATE catalog_versions SET digest = ? WHERE version = ?",
                    (p.catalog_digest_of_hashes(h for h, _, _ in hashes), version),
                )

    def publish_catalog(self, documents: list[dict[str, Any]], *, label: str, now: float) -> int:
        rows = []
        for doc in documents:
            kind, code = p.catalog_document_key(doc)
            text = p.canonical_json(doc)
            rows.append((kind, code, text.decode("utf-8"), p.catalog_document_hash(text)))
        rows.sort(key=lambda r: (r[0], r[1]))
        digest = p.catalog_digest_of_hashes(r[3] for r in rows)
        with self.tx() as db:
            (latest,) = db.execute("SELECT COALESCE(MAX(version), 0) FROM catalog_versions").fetchone()
            version = latest + 1
            db.execute(
                "INSERT INTO catalog_versions (version, label, published_at, digest, document_count) VALUES (?, ?, ?, ?, ?)",
                (version, label or str(version), iso(now), digest, len(rows)),
            )
            db.executemany(
                "INSERT INTO catalog_items (version, kind, code, doc, sha) VALUES (?, ?, ?, ?, ?)",
                [(version, *r) for r in rows],
            )
            retired = version - KEEP_CATALOG_VERSIONS
            if retired > 0:
                db.execute("DELETE FROM catalog_items WHERE version <= ?", (retired,))
                db.execute("DELETE FROM catalog_deltas WHERE since <= ?", (retired,))
                db.execute("DELETE FROM catalog_deltas_ready WHERE since <= ?", (retired,))
            # the changes since every version still kept, worked out once here rather than on
            # each terminal's request (a one-item delta is then one small read)
            for (since,) in db.execute(
                "SELECT DISTINCT version FROM catalog_items WHERE version < ?", (version,)
            ).fetchall():
                self._delta(db, since=since, to=version)
        return version

    @staticmethod
    def _delta(db: sqlite3.Connection, *, since: int, to: int) -> list[tuple[str, str, str]]:
        """(op, kind, code) of the changes from ``since`` to ``to``, in (kind, code) order."""
        ready = db.execute(
            "SELECT 1 FROM catalog_deltas_ready WHERE since = ? AND version = ?", (since, to)
        ).fetchone()
        if ready is None:
            # documents are compared by their hashes, read from the covering index alone
            db.execute(
                """INSERT OR REPLACE INTO catalog_deltas (since, version, op, kind, code)
                SELECT :since, :to, 'upsert', c.kind, c.code FROM catalog_items c
                  LEFT JOIN catalog_items s ON s.version = :since AND s.kind = c.kind AND s.code = c.code
                 WHERE c.version = :to AND (s.code IS NULL OR s.sha IS NOT c.sha)
                UNION ALL
                SELECT :since, :to, 'delete', s.kind, s.code FROM catalog_items s
                  LEFT JOIN catalog_items c ON c.version = :to AND c.kind = s.kind AND c.code = s.code
                 WHERE s.version = :since AND c.code IS NULL""",
                {"since": since, "to": to},
            )
            db.execute("INSERT INTO catalog_deltas_ready (since, version) VALUES (?, ?)", (since, to))
        return db.execute(
            "SELECT op, kind, code FROM catalog_deltas WHERE since = ? AND version = ? ORDER BY kind, code",
            (since, to),
        ).fetchall()

    def catalog_current(self) -> tuple[int, str, str, str, int] | None:
        rows = self.read(
            "SELECT version, label, published_at, digest, document_count FROM catalog_versions ORDER BY version DESC LIMIT 1"
        )
        return rows[0] if rows else None

    def catalog_version_available(self, version: int) -> bool:
        return bool(self.read("SELECT 1 FROM catalog_items WHERE version = ? LIMIT 1", (version,))) or bool(
            self.read("SELECT 1 FROM catalog_versions WHERE version = ? AND document_count = 0", (version,))
        )

    def catalog_page(self, *, version: int, offset: int, limit: int) -> tuple[int, list[str]]:
        with self._lock:
            (total,) = self._db.execute(
                "SELECT document_count FROM catalog_versions WHERE version = ?", (version,)
            ).fetchone()
            docs = self._db.execute(
                "SELECT doc FROM catalog_items WHERE version = ? ORDER BY kind, code LIMIT ? OFFSET ?",
                (version, limit, offset),
            ).fetchall()
        return total, [d[0] for d in docs]

    def catalog_changes(
        self, *, since: int, to: int, offset: int, limit: int
    ) -> tuple[int, list[tuple[str, str, str, str | None]]]:
        with self.tx() as db:
            changed = self._delta(db, since=since, to=to)
            rows = []
            for op, kind, code in changed[offset : offset + limit]:
                doc = None
                if op == "upsert":
                    (doc,) = db.execute(
                        "SELECT doc FROM catalog_items WHERE version = ? AND kind = ? AND code = ?",
                        (to, kind, code),
                    ).fetchone()
                rows.append((op, kind, code, doc))
        return len(changed), rows

    def item_known(self, item_code: str) -> bool | None:
        """Whether the current catalog has the item; None when no catalog was published."""
        current = self.catalog_current()
        if current is None:
            return None
        return bool(
            self.read(
                "SELECT 1 FROM catalog_items WHERE version = ? AND kind = 'item' AND code = ?",
                (current[0], item_code),
            )
        )

    # ------------------------------------------------------------ calendar

    def publish_calendar_year(self, year: int, days: list[dict[str, str]]) -> int:
        with self.tx() as db:
            row = db.execute("SELECT version FROM calendar_years WHERE year = ?", (year,)).fetchone()
            version = (row[0] if row else 0) + 1
            db.execute(
                "INSERT INTO calendar_years (year, version, days) VALUES (?, ?, ?) "
                "ON CONFLICT (year) DO UPDATE SET version = excluded.version, days = excluded.days",
                (year, version, json.dumps(days, ensure_ascii=False)),
            )
        return version

    def calendar_years(self) -> list[tuple[int, int]]:
        return [(y, v) for y, v in self.read("SELECT year, version FROM calendar_years ORDER BY year")]

    def calendar_year(self, year: int) -> tuple[int, list[dict[str, str]]] | None:
        rows = self.read("SELECT version, days FROM calendar_years WHERE year = ?", (year,))
        return (rows[0][0], json.loads(rows[0][1])) if rows else None

    # ------------------------------------------------------------ licences, shared data, appointments

    def put_licence(self, **row: Any) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO licences (licence_no, licence_type, holder_name, holder_id, valid_from, valid_to, "
                "issuer, revoked) VALUES (:licence_no, :licence_type, :holder_name, :holder_id, :valid_from, :valid_to, "
                ":issuer, :revoked)",
                row,
            )

    def licence(self, licence_no: str) -> dict[str, Any] | None:
        cols = (
            "licence_no",
            "licence_type",
            "holder_name",
            "holder_id",
            "valid_from",
            "valid_to",
            "issuer",
            "revoked",
        )
        rows = self.read(f"SELECT {', '.join(cols)} FROM licences WHERE licence_no = ?", (licence_no,))
        return dict(zip(cols, rows[0], strict=True)) if rows else None

    def put_shared_record(self, dataset: str, subject_id: str, record: dict[str, str]) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO shared_records (dataset, subject_id, record) VALUES (?, ?, ?)",
                (dataset, subject_id, json.dumps(record, ensure_ascii=False)),
            )

    def shared_record(self, dataset: str, subject_id: str) -> dict[str, str] | None:
        rows = self.read(
            "SELECT record FROM shared_records WHERE dataset = ? AND subject_id = ?", (dataset, subject_id)
        )
        return json.loads(rows[0][0]) if rows else None

    def log_data_query(
        self,
        *,
        app_key: str,
        dataset: str,
        subject_masked: str,
        purpose: str,
        case_no: str | None,
        found: bool,
        now: float,
    ) -> str:
        query_id = str(uuid.uuid4())
        with self.tx() as db:
            db.execute(
                "INSERT INTO data_queries (query_id, app_key, dataset, subject_masked, purpose, case_no, found, queried_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (query_id, app_key, dataset, subject_masked, purpose, case_no, int(found), iso(now)),
            )
        return query_id

    def data_queries(self) -> list[tuple[Any, ...]]:
        return self.read(
            "SELECT dataset, subject_masked, purpose, case_no, found FROM data_queries ORDER BY queried_at"
        )

    def add_appointment(self, body: dict[str, Any]) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO appointments (appointment_id, hall_code, body) VALUES (?, ?, ?)",
                (body["appointment_id"], body["hall_code"], json.dumps(body, ensure_ascii=False)),
            )

    def appointments_after(self, *, hall_code: str | None, after: int, limit: int) -> list[tuple[int, str]]:
        if hall_code is None:
            return self.read(
                "SELECT seq, body FROM appointments WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit)
            )
        return self.read(
            "SELECT seq, body FROM appointments WHERE hall_code = ? AND seq > ? ORDER BY seq LIMIT ?",
            (hall_code, after, limit),
        )

    def hall_of(self, app_key: str) -> str | None:
        rows = self.read("SELECT hall_code FROM terminal_keys WHERE app_key = ?", (app_key,))
        return rows[0][0] if rows else None
