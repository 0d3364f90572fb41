"""Engines for the two supported databases: one SQLite file per station, PostgreSQL for a hall.

SQLite settings and why:
- WAL journal: readers (the hall display, the kiosk's progress view) never block the writer.
- synchronous=FULL: a case the clerk saw accepted must survive a power cut, not only a crash
  of the program (NORMAL in WAL mode may lose the last commits on power loss).
- foreign_keys=ON: SQLite leaves them off per connection unless asked.
- BEGIN IMMEDIATE for every write transaction: pysqlite's deferred BEGIN takes the write lock
  only at the first write, so two terminals that both read first and then write can deadlock
  on the lock upgrade (SQLITE_BUSY that busy_timeout cannot resolve). Taking the write lock at
  BEGIN makes writers queue up behind busy_timeout instead. This is the SQLAlchemy-documented
  recipe: disable the driver's own BEGIN and emit ours from the ``begin`` event.
- A writer waiting for the lock polls every 0.5–2 ms instead of through SQLite's own busy
  handler, whose sleeps grow to 100 ms: with kiosks writing back to back, a counter's call
  could lose the race for the lock again and again (p99 1.75 s measured by bench_hall.py).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

from shared.domain.errors import StoreError
from shared.domain.words import words

# execution option read by the ``begin`` hook; a read-only unit of work asks for DEFERRED
SQLITE_BEGIN_OPTION = "yimen_sqlite_begin"
_BEGIN_MODES = {"IMMEDIATE", "DEFERRED", "EXCLUSIVE"}


def is_sqlite(engine_or_url: Engine | URL | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def url_without_password(url: str, *, mask: str) -> str:
    """``url`` with its password replaced by ``mask``; a string that is no database URL, or
    one without a password, comes back as it was (for showing a configuration)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.password is None:
        return url
    return parsed.render_as_string(hide_password=True).replace(":***@", f":{mask}@", 1)


def _normalise_url(url: str | URL) -> URL:
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "postgresql":
        # psycopg 3 is the only PostgreSQL driver we ship
        if u.get_driver_name() != "psycopg":
            u = u.set(drivername="postgresql+psycopg")
        return u
    if backend == "sqlite":
        if u.get_driver_name() not in ("pysqlite", ""):
            raise StoreError(words("不支持的 SQLite 驱动：{drivername}", drivername=u.drivername), hint="使用 sqlite:///路径/yimen.db。")
        if u.database in (None, "", ":memory:"):
            raise StoreError(
                "SQLite 内存数据库不能用于业务数据。",
                hint="在配置 store.url 中给出数据库文件路径，例如 sqlite:////var/lib/yimen/yimen.db。",
            )
        return u
    raise StoreError(
        words("不支持的数据库类型：{drivername}", drivername=u.drivername),
        hint="store.url 只能是 sqlite:///文件路径 或 postgresql+psycopg://用户@主机/库名。",
    )


def create_engine_for(url: str | URL, *, busy_timeout_ms: int = 5000, **engine_kwargs: Any) -> Engine:
    """Create an engine for ``url`` with Yimen's durability and locking settings."""
    u = _normalise_url(url)
    if u.get_backend_name() == "postgresql":
        from offline_store.hall.resilience import translate_network_errors

        # hall mode: a lost server or LAN reads as "大厅网络故障", not as a driver message
        return translate_network_errors(sa.create_engine(u, pool_pre_ping=True, **engine_kwargs))

    folder = Path(u.database or "").expanduser().resolve().parent
    try:
        # first start on a fresh machine: the data directory does not exist yet
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:
        raise StoreError(
            words("无法创建数据库目录 {folder}: {value}", folder=folder, value=e.strerror or e),
            hint="检查配置 store.url 中的路径和该目录的权限。",
        ) from None
    engine = sa.create_engine(
        u,
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        **engine_kwargs,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # the driver must not emit BEGIN itself; ours comes from _on_begin
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = conn.get_execution_options().get(SQLITE_BEGIN_OPTION, "IMMEDIATE")
        if mode not in _BEGIN_MODES:
            raise StoreError(words("未知的 SQLite 事务模式：{mode}", mode=mode))
        if mode == "DEFERRED":  # a reader: WAL never makes it wait
            conn.exec_driver_sql("BEGIN DEFERRED")
            return
        raw = conn.connection.dbapi_connection
        assert raw is not None  # a connection that is beginning a transaction is checked out
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            if not _take_write_lock(raw, mode, busy_timeout_ms / 1000):
                conn.exec_driver_sql(f"BEGIN {mode}")  # the last try: its error is the one reported
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")

    return engine


WRITER_POLL_S = (0.0005, 0.002)  # first and longest pause between tries for the write lock


def _take_write_lock(raw: Any, mode: str, timeout_s: float) -> bool:
    """BEGIN IMMEDIATE/EXCLUSIVE, retried with short pauses until ``timeout_s``; False when
    the time ran out (the caller tries once more through SQLAlchemy for a proper error).
    The connection's busy_timeout is 0 meanwhile, so each try answers at once."""
    deadline = time.monotonic() + timeout_s
    pause = WRITER_POLL_S[0]
    while True:
        try:
            raw.execute(f"BEGIN {mode}")
            return True
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
        if time.monotonic() + pause >= deadline:
            return False
        time.sleep(pause)
        pause = min(pause * 2, WRITER_POLL_S[1])


class FairLock:
    """A lock handed to waiters in arrival order.

    ``threading.Lock`` lets the releasing thread take the lock straight back, so a thread that
    writes in a loop can starve the others until they give up. Here ``release`` passes the lock
    to the longest waiter; a waiter that times out leaves the queue.
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._locked = False
        self._waiters: deque[threading.Event] = deque()

    def acquire(self, timeout: float = -1) -> bool:
        with self._mutex:
            if not self._locked and not self._waiters:
                self._locked = True
                return True
            turn = threading.Event()
            self._waiters.append(turn)
        if turn.wait(None if timeout < 0 else timeout):
            return True
        with self._mutex:
            if turn.is_set():  # handed over just as we timed out: we own it
                return True
            self._waiters.remove(turn)
            return False

    def release(self) -> None:
        with self._mutex:
            if self._waiters:
                self._waiters.popleft().set()  # ownership passes on; stays locked
            else:
                self._locked = False

    def locked(self) -> bool:
        with self._mutex:
            return self._locked

    def waiting(self) -> int:
        """How many threads wait for the lock now."""
        with self._mutex:
            return len(self._waiters)


_WRITE_LOCKS: dict[str, FairLock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()


def sqlite_write_lock(engine: Engine) -> FairLock | None:
    """One lock per SQLite file for the writers of this process (None for PostgreSQL).

    SQLite's busy handler makes a waiting writer sleep and poll with growing pauses, so with
    several threads of one process the unlucky ones wait seconds while others get in again.
    Queueing our own writers on a lock first leaves the busy handler only the (rare) other
    processes to deal with: measured in bench/bench_case_accept.py.
    """
    if not is_sqlite(engine):
        return None
    key = str(Path(engine.url.database or "").resolve())
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, FairLock())


def read_only_engine(engine: Engine) -> Engine:
    """The same pool, but SQLite transactions begin DEFERRED (readers do not queue behind writers)."""
    if is_sqlite(engine):
        return engine.execution_options(**{SQLITE_BEGIN_OPTION: "DEFERRED"})
    return engine
