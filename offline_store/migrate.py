"""Schema migrations (Alembic, linear history), run programmatically: no alembic.ini to ship.

- :func:`check` tells where a database stands; a revision the code does not know means a
  newer Yimen migrated it, and this one must not touch it (:class:`DatabaseTooNew`).
- :func:`upgrade` first copies a SQLite database that has data into ``backup_dir`` (sqlite3
  online backup API, safe while other connections are open), then migrates in one
  transaction (SQLite and PostgreSQL both have transactional DDL).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from offline_store.db import create_engine_for, is_sqlite
from shared.domain.errors import DatabaseTooNew, StoreError
from shared.domain.words import words

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# any 64-bit number: serialises concurrent upgrades of one PostgreSQL database
_PG_MIGRATION_LOCK = 0x59494D454E  # "YIMEN"


@dataclass(frozen=True, slots=True)
class MigrationStatus:
    current: str | None  # None: an empty database
    head: str
    pending: bool  # True when upgrade() has work to do


# Alembic is imported only when there is migrating to do: every terminal opens its store at
# start, and loading Alembic cost a kiosk 0.25 s of its cold start to learn "nothing to do"
_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


def shipped_revisions() -> tuple[str, ...]:
    """The revisions this program ships, oldest first, read from the scripts' own
    ``revision``/``down_revision`` lines (a test holds this equal to Alembic's view)."""
    return _revisions_in(MIGRATIONS_DIR)


@lru_cache(maxsize=4)
def _revisions_in(migrations_dir: Path) -> tuple[str, ...]:
    parents: dict[str, str | None] = {}
    for script in (migrations_dir / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if rev is not None and down is not None:
            parents[rev.group(1)] = down.group(1)
    children = {down: rev for rev, down in parents.items()}
    chain, at = [], children.get(None)
    while at is not None:
        chain.append(at)
        at = children.get(at)
    if len(chain) != len(parents):  # pragma: no cover - a branch or a gap in the scripts
        raise StoreError("迁移脚本不成一条直线。", hint="重新安装 Yimen。")
    return tuple(chain)


def _current_revision(conn: sa.Connection) -> str | None:
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def alembic_config(connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships 0001
        raise StoreError("迁移脚本缺失。", hint="重新安装 Yimen。")
    return head


@contextmanager
def _engine(engine_or_url: Engine | str) -> Iterator[Engine]:
    if isinstance(engine_or_url, Engine):
        yield engine_or_url
        return
    engine = create_engine_for(engine_or_url)
    try:
        yield engine
    finally:
        engine.dispose()


def _status(conn: sa.Connection) -> MigrationStatus:
    current = _current_revision(conn)
    shipped = shipped_revisions()
    if current == shipped[-1]:  # the usual start of a terminal: up to date, no Alembic needed
        return MigrationStatus(current=current, head=current, pending=False)
    from alembic.util.exc import CommandError

    script = script_directory()
    head = head_revision()
    if current is not None:
        try:
            known = script.get_revision(current)
        except CommandError:
            known = None
        if known is None:
            raise DatabaseTooNew(
                f"this database was migrated by a newer Yimen (revision {current}); "
                "install that version or restore a backup",
                hint=words("数据库版本 {current} 比本程序（最高 {head}）新：请安装对应的新版本，或恢复备份。", current=current, head=head),
            )
    return MigrationStatus(current=current, head=head, pending=current != head)


def check(engine_or_url: Engine | str) -> MigrationStatus:
    """Where the database stands; raises :class:`DatabaseTooNew` for an unknown revision."""
    with _engine(engine_or_url) as engine, engine.connect() as conn:
        status = _status(conn)
        conn.rollback()
        return status


def _sqlite_path(engine: Engine) -> Path:
    return Path(engine.url.database or "")


def backup_sqlite(engine: Engine, *, backup_dir: str | Path, revision: str | None) -> Path:
    """Copy the SQLite database with the online backup API (consistent even with WAL)."""
    src_path = _sqlite_path(engine)
    dest_dir = Path(backup_dir)
    dest_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = dest_dir / f"{src_path.stem}-{stamp}-rev-{revision or 'none'}.db"
    src = sqlite3.connect(src_path)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(dest, 0o600)
    return dest


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def upgrade(engine_or_url: Engine | str, *, backup_dir: str | Path) -> UpgradeResult:
    """Migrate to head; back up a SQLite file with data first. No-op when already at head."""
    with _engine(engine_or_url) as engine:
        with engine.connect() as conn:
            status = _status(conn)
            if not status.pending:
                conn.rollback()
                return UpgradeResult(before=status.current, after=status.head, backup=None)
            has_tables = bool(sa.inspect(conn).get_table_names())
            conn.rollback()
        backup = None
        if is_sqlite(engine) and (status.current is not None or has_tables):
            backup = backup_sqlite(engine, backup_dir=backup_dir, revision=status.current)
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            # re-read under the lock: another terminal may have migrated meanwhile
            _status(conn)
            from alembic import command

            command.upgrade(alembic_config(conn), "head")
        return UpgradeResult(before=status.current, after=status.head, backup=backup)
