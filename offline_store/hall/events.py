"""Live hall events: calls, new tickets, transfers, help requests, case status changes.

One interface for the apps, two transports chosen by the store URL:

- PostgreSQL (hall mode): ``LISTEN`` on a dedicated autocommit psycopg 3 connection in a
  listener thread. Triggers (migration 0004) insert each event into ``hall_events`` and
  ``pg_notify`` "topic id" in the transaction that made the change, so an event arrives
  only after that change is committed and never for a rolled-back one. The listener reads
  the row itself (row-level security decides what this terminal may see).
- SQLite (several processes on one file): the event row commits with the change; the
  subscriber checks ``PRAGMA data_version`` (it changes when another connection commits,
  and costs no read of the database) and then reads the rows after the last id it saw.
  *When* it checks depends on the platform:

  - Linux: inotify (``inotify_init1``/``inotify_add_watch`` through ctypes on libc). The
    watch is on the database's directory, filtered to the database file, its ``-wal`` and
    its ``-journal``, so a ``-wal`` created or replaced after the subscriber started is still
    seen. The thread sleeps in ``select`` on the inotify descriptor and a wake pipe (written
    by ``stop()``); an idle subscriber costs nothing but one safety check a second
    (``safety_poll_s``), kept in case a notification is missed. A commit's last step, the
    wal-index update in ``-shm``, goes through shared memory and raises no notification, so
    a notification can arrive a moment before the commit is visible: after each one the
    subscriber checks every ``poll_interval_s`` until ``settle_s`` has passed without
    another, then sleeps again.
  - Elsewhere (Windows, macOS), or when inotify cannot be set up (no libc symbol, the
    per-user watch limit reached, a file system without it): the check runs every
    ``poll_interval_s`` (20 ms), as before. ``SqliteEventSubscriber.mode`` says which
    (``"inotify"`` or ``"poll"``) and the choice is logged.

  inotify sees only writes made by this machine's kernel: a database on a network share
  written from another machine is caught by the safety check alone (SQLite on a network
  share is not supported anyway; a hall of several machines uses PostgreSQL).

Catching up: when the connection comes back (or a subscriber starts with ``after_id``) the
subscriber reads the events it missed from the store and delivers them with
``replayed=True``, then a ``hall.resync`` event telling the app to reload what it shows
from the store. PostgreSQL sequence ids are handed out at insert but become visible at
commit, so an event can commit after one with a higher id: the catch-up therefore reads a
window of ids below the last one seen and drops ids already delivered.

Callbacks run on the subscriber's thread, one at a time, in delivery order: a Qt app
forwards them to its UI thread (a queued signal), a test puts them on a queue.

Synthetic events (topic ``hall``, id 0): ``hall.online`` on the first connection,
``hall.offline`` when the link is lost (payload ``message`` and ``hint``: show them),
``hall.resync`` after a reconnect and its catch-up.
"""

from __future__ import annotations

import ctypes
import errno
import json
import logging
import os
import select
import sqlite3
import struct
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from offline_store.hall.resilience import Backoff, HallNetworkProblem, network_problem
from shared.domain.errors import StoreError
from shared.domain.words import words

log = logging.getLogger(__name__)

TOPICS = frozenset({"ticket", "help", "case"})
HALL_TOPIC = "hall"
ONLINE, OFFLINE, RESYNC = "hall.online", "hall.offline", "hall.resync"

# a transaction that took an event id stays open for well under this many later events
CATCH_UP_LOOKBACK_IDS = 2000
_SEEN_MAX = 50_000  # ids remembered to drop duplicates (a few MB at most)
_BATCH = 2000

Callback = Callable[["HallEvent"], None]


def channel_for(schema: str) -> str:
    """The NOTIFY channel of a schema (migration 0004 bakes the same name into its trigger)."""
    return f"yimen_hall_{schema}"[:63]


@dataclass(frozen=True, slots=True)
class HallEvent:
    id: int  # 0 for the synthetic hall.* events
    topic: str  # ticket | help | case | hall
    kind: str  # ticket.issued, ticket.called, ticket.recalled, ticket.transferred, ticket.<state>,
    #            help.requested, help.acknowledged, case.status, hall.online/offline/resync
    at: datetime
    hall_code: str = ""
    terminal_id: str = ""  # the terminal where the ticket, request or case began
    payload: dict[str, Any] = field(default_factory=dict)
    replayed: bool = False  # delivered by a catch-up, not live


def _synthetic(kind: str, **payload: Any) -> HallEvent:
    return HallEvent(id=0, topic=HALL_TOPIC, kind=kind, at=datetime.now(UTC), payload=payload)


class EventSubscriber:
    """What the apps use: ``subscribe(callback)``, ``start()``, ``stop()``.

    ``topics`` limits delivery (None: all); synthetic ``hall.*`` events are always delivered.
    ``after_id``: resume after this event id (catching up); None starts from now.
    """

    def __init__(
        self,
        *,
        topics: Iterable[str] | None = None,
        after_id: int | None = None,
        backoff: Backoff = Backoff(),
        name: str = "",
    ) -> None:
        self.topics = frozenset(topics) if topics is not None else None
        if self.topics is not None and not self.topics <= TOPICS:
            raise ValueError(f"unknown event topics: {sorted(self.topics - TOPICS)}")
        self.name = name or "yimen"
        self._backoff = backoff
        self._cursor: int | None = after_id
        self._resume = after_id is not None
        self._callbacks: list[Callback] = []
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._online = False
        self._problem: StoreError | None = None
        self.reconnects = 0  # how many times the link came back (for status screens and tests)

    # ------------------------------------------------------------------ public
    def subscribe(self, callback: Callback) -> Callable[[], None]:
        with self._lock:
            self._callbacks.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return unsubscribe

    def start(self) -> EventSubscriber:
        if self._thread is not None:
            raise RuntimeError("subscriber already started")
        self._thread = threading.Thread(
            target=self._run_guarded, name=f"hall-events-{self.name}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._interrupt()
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> EventSubscriber:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def online(self) -> bool:
        return self._online

    @property
    def problem(self) -> StoreError | None:
        """The current "hall network problem" while offline, else None."""
        return self._problem

    @property
    def last_id(self) -> int | None:
        """The highest event id delivered (a display may keep it to resume after a restart)."""
        return self._cursor

    # ------------------------------------------------------------------ for the transports
    def _run(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _interrupt(self) -> None:
        """Wake the thread from a blocking wait (transports override if they block)."""

    def _run_guarded(self) -> None:
        try:
            self._run()
        except Exception:  # pragma: no cover - a bug: say so instead of dying silently
            log.exception("hall event subscriber %s stopped", self.name)
            self._set_offline(StoreError("实时消息线程异常退出。", hint="请重启本终端程序。"))

    def _wanted(self, topic: str) -> bool:
        return self.topics is None or topic in self.topics

    def _deliver(self, event: HallEvent) -> None:
        if event.id:
            if event.id in self._seen:
                return
            self._seen[event.id] = None
            if len(self._seen) > _SEEN_MAX:
                self._seen.popitem(last=False)
            self._cursor = max(self._cursor or 0, event.id)
            if not self._wanted(event.topic):
                return
        with self._lock:
            callbacks = list(self._callbacks)
        for cb in callbacks:
            try:
                cb(event)
            except Exception:
                log.exception("hall event callback failed for %s %s", event.kind, event.id)

    def _set_online(self, *, reconnected: bool) -> None:
        self._online = True
        self._problem = None
        if reconnected:
            self.reconnects += 1
        self._deliver(_synthetic(RESYNC if reconnected else ONLINE))

    def _set_offline(self, problem: StoreError) -> None:
        was_online = self._online
        self._online = False
        first = self._problem is None
        self._problem = problem
        if was_online or first:
            self._deliver(_synthetic(OFFLINE, message=problem.message, hint=problem.hint))

    def _sleep(self, seconds: float) -> None:
        self._stop.wait(seconds)

    def _catch_up_floor(self) -> int:
        cursor = self._cursor or 0
        return max(0, cursor - CATCH_UP_LOOKBACK_IDS) if not self._resume else cursor


def _parse_sqlite_time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# ---------------------------------------------------------------------------- PostgreSQL


def pg_conninfo(url: str, *, application_name: str) -> str:
    """A libpq connection string from a SQLAlchemy URL (query options such as
    ``options=-csearch_path=…``, ``connect_timeout``, ``sslmode`` are passed through)."""
    from psycopg.conninfo import make_conninfo

    u = make_url(url)
    params: dict[str, Any] = {k: (v[-1] if isinstance(v, tuple) else v) for k, v in u.query.items()}
    params.setdefault("connect_timeout", 5)
    params.setdefault("application_name", application_name)
    return make_conninfo(
        "",
        host=u.host or None,
        port=u.port or None,
        dbname=u.database or None,
        user=u.username or None,
        password=u.password or None,
        **params,
    )


class PgEventSubscriber(EventSubscriber):
    """LISTEN/NOTIFY subscriber with reconnect, backoff and catch-up (see module docstring)."""

    def __init__(
        self,
        url: str,
        *,
        topics: Iterable[str] | None = None,
        after_id: int | None = None,
        backoff: Backoff = Backoff(),
        name: str = "",
        liveness_s: float = 5.0,
    ) -> None:
        super().__init__(topics=topics, after_id=after_id, backoff=backoff, name=name)
        self._url = url
        self._server = (
            f"{make_url(url).host or 'localhost'}:{make_url(url).port or 5432}/{make_url(url).database}"
        )
        self._conninfo = pg_conninfo(url, application_name=f"yimen-events-{self.name}"[:63])
        # with no traffic a silently dead link is only noticed when we send something
        self._liveness_s = liveness_s
        self._wake_s = 0.25  # how soon stop() is noticed while waiting for notifications

    def _run(self) -> None:
        import psycopg

        attempt = 0
        ever_connected = False
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(self._conninfo, autocommit=True)
            except psycopg.Error as e:
                self._set_offline(network_problem(self._server, e))
                self._sleep(self._backoff.delay(attempt))
                attempt += 1
                continue
            try:
                self._listen(conn, reconnected=ever_connected)
                ever_connected = True
                attempt = 0
                self._pump(conn)
            except (psycopg.Error, HallNetworkProblem) as e:
                if self._stop.is_set():
                    break
                self._set_offline(
                    e if isinstance(e, HallNetworkProblem) else network_problem(self._server, e)
                )
                self._sleep(self._backoff.delay(attempt))
                attempt += 1
            finally:
                try:
                    conn.close()
                except Exception:
                    pass
        self._online = False

    def _listen(self, conn: Any, *, reconnected: bool) -> None:
        from psycopg import sql

        schema = conn.execute("SELECT current_schema()").fetchone()[0]
        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel_for(schema))))
        # LISTEN first, then read: anything committed from here on is notified, anything
        # before is in the table
        if self._cursor is None:
            self._cursor = conn.execute("SELECT COALESCE(MAX(id), 0) FROM hall_events").fetchone()[0]
        else:
            self._catch_up(conn)
        self._resume = False
        self._set_online(reconnected=reconnected)

    def _catch_up(self, conn: Any) -> None:
        floor = self._catch_up_floor()
        while True:
            rows = conn.execute(
                "SELECT id, topic, kind, at, hall_code, terminal_id, payload FROM hall_events "
                "WHERE id > %s ORDER BY id LIMIT %s",
                (floor, _BATCH),
            ).fetchall()
            for row in rows:
                self._deliver(_pg_event(row, replayed=True))
            if len(rows) < _BATCH:
                return
            floor = rows[-1][0]

    def _pump(self, conn: Any) -> None:
        quiet_since = time.monotonic()
        while not self._stop.is_set():
            ids = [_notified_id(n.payload) for n in conn.notifies(timeout=self._wake_s, stop_after=1)]
            if self._stop.is_set():
                return
            if ids:
                ids += [_notified_id(n.payload) for n in conn.notifies(timeout=0)]  # already arrived
                self._fetch(conn, [i for i in ids if i and i not in self._seen])
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= self._liveness_s:
                conn.execute("SELECT 1")  # raises if the server or the link is gone
                quiet_since = time.monotonic()

    def _fetch(self, conn: Any, ids: list[int]) -> None:
        if not ids:
            return
        rows = conn.execute(
            "SELECT id, topic, kind, at, hall_code, terminal_id, payload FROM hall_events "
            "WHERE id = ANY(%s) ORDER BY id",
            (ids,),
        ).fetchall()
        for row in rows:
            self._deliver(_pg_event(row, replayed=False))


def _notified_id(payload: str) -> int:
    try:
        return int(payload.rsplit(" ", 1)[-1])
    except ValueError:
        return 0


def _pg_event(row: Any, *, replayed: bool) -> HallEvent:
    event_id, topic, kind, at, hall_code, terminal_id, payload = row
    if isinstance(payload, str):
        payload = json.loads(payload)
    return HallEvent(
        id=event_id,
        topic=topic,
        kind=kind,
        at=at.astimezone(UTC),
        hall_code=hall_code,
        terminal_id=terminal_id,
        payload=payload,
        replayed=replayed,
    )


# ---------------------------------------------------------------------------- SQLite


# inotify(7): the constants of <sys/inotify.h> (the same on every Linux architecture)
IN_MODIFY, IN_MOVED_TO, IN_CREATE, IN_DELETE = 0x002, 0x080, 0x100, 0x200
IN_Q_OVERFLOW, IN_IGNORED = 0x4000, 0x8000
IN_NONBLOCK, IN_CLOEXEC = os.O_NONBLOCK, getattr(os, "O_CLOEXEC", 0o2000000)
_EVENT_HEADER = struct.Struct("iIII")  # wd, mask, cookie, len; then len bytes of name
# a commit writes the -wal (or the file and then deletes the -journal); a -wal made anew
# after the subscriber started appears as a create
_WATCH_MASK = IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_TO


class InotifyUnavailable(OSError):
    """inotify cannot be used here: the subscriber polls instead (the reason is logged)."""


class _DirectoryWatch:
    """An inotify descriptor watching one directory for changes to a few file names."""

    def __init__(self, directory: Path, names: Iterable[str]) -> None:
        self.names = frozenset(os.fsencode(n) for n in names)
        if not sys.platform.startswith("linux"):
            raise InotifyUnavailable(f"inotify exists only on Linux (this is {sys.platform})")
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            init1, add_watch = libc.inotify_init1, libc.inotify_add_watch
        except (OSError, AttributeError) as e:
            raise InotifyUnavailable(f"libc has no inotify: {e}") from e
        add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        fd = init1(IN_NONBLOCK | IN_CLOEXEC)
        if fd < 0:
            err = ctypes.get_errno()
            raise InotifyUnavailable(err, f"inotify_init1: {os.strerror(err)}")
        if add_watch(fd, os.fsencode(directory), _WATCH_MASK) < 0:
            err = ctypes.get_errno()
            os.close(fd)
            hint = " (fs.inotify.max_user_watches reached)" if err == errno.ENOSPC else ""
            raise InotifyUnavailable(err, f"inotify_add_watch {directory}: {os.strerror(err)}{hint}")
        self.fd = fd

    def drain(self) -> bool:
        """Read every pending notification; True if one concerns a watched name (or some
        were lost: the kernel's queue overflowed)."""
        relevant = False
        while True:
            try:
                data = os.read(self.fd, 64 * 1024)
            except BlockingIOError:
                return relevant
            if not data:
                return relevant
            at = 0
            while at + _EVENT_HEADER.size <= len(data):
                _wd, mask, _cookie, length = _EVENT_HEADER.unpack_from(data, at)
                name = data[at + _EVENT_HEADER.size : at + _EVENT_HEADER.size + length].rstrip(b"\0")
                at += _EVENT_HEADER.size + length
                if mask & (IN_Q_OVERFLOW | IN_IGNORED) or name in self.names:
                    relevant = True

    def close(self) -> None:
        os.close(self.fd)


def _open_watch(db_path: Path) -> _DirectoryWatch:
    """inotify on the database's directory for the file, its -wal and its -journal."""
    name = db_path.name
    return _DirectoryWatch(db_path.parent, (name, f"{name}-wal", f"{name}-journal"))


class SqliteEventSubscriber(EventSubscriber):
    """One SQLite file: ``PRAGMA data_version`` checked when inotify says the file or its
    ``-wal`` changed (Linux), else every ``poll_interval_s``; new rows read on a change.

    ``safety_poll_s``: with inotify, the longest sleep between two checks (a missed
    notification costs at most this much delay). ``settle_s``: how long after a
    notification the subscriber keeps checking every ``poll_interval_s``.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        topics: Iterable[str] | None = None,
        after_id: int | None = None,
        backoff: Backoff = Backoff(),
        name: str = "",
        poll_interval_s: float = 0.02,
        safety_poll_s: float = 1.0,
        settle_s: float = 0.25,
    ) -> None:
        super().__init__(topics=topics, after_id=after_id, backoff=backoff, name=name)
        if poll_interval_s <= 0 or safety_poll_s <= 0 or settle_s < 0:
            raise ValueError("poll_interval_s and safety_poll_s must be > 0, settle_s >= 0")
        self._path = Path(path)
        self._poll_s = poll_interval_s
        self._safety_s = safety_poll_s
        self._settle_s = settle_s
        self.mode = ""  # "inotify" or "poll" once running
        self.checks = 0  # data_version checks made (tests and status screens: is it idle?)
        self._wake_lock = threading.Lock()
        self._watch: _DirectoryWatch | None = None
        self._wake_r: int | None = None  # the wake pipe, while inotify is used
        self._wake_w: int | None = None

    def _interrupt(self) -> None:
        with self._wake_lock:
            if self._wake_w is not None:
                try:
                    os.write(self._wake_w, b"x")
                except (BlockingIOError, BrokenPipeError):
                    pass  # a wake is already pending, or the thread is closing the pipe

    def _run(self) -> None:
        try:
            self._connect_loop()
        finally:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
            if self._wake_r is not None:
                with self._wake_lock:
                    wake_w, self._wake_w = self._wake_w, None
                os.close(self._wake_r)
                self._wake_r = None
                if wake_w is not None:
                    os.close(wake_w)

    def _choose_mode(self) -> None:
        """inotify if this system has it, else polling (once: the directory exists now)."""
        try:
            watch = _open_watch(self._path)
            try:
                wake_r, wake_w = os.pipe()
            except OSError as e:  # out of descriptors: the watch alone is no use
                watch.close()
                raise InotifyUnavailable(f"no wake pipe: {e}") from e
        except InotifyUnavailable as e:
            self.mode = "poll"
            # expected off Linux; on Linux a sign of trouble (the watch limit, descriptors)
            log.log(
                logging.WARNING if sys.platform.startswith("linux") else logging.INFO,
                "hall events %s: no inotify (%s); checking %s every %.0f ms",
                self.name,
                e,
                self._path.name,
                self._poll_s * 1000,
            )
            return
        self.mode = "inotify"
        self._watch = watch
        os.set_blocking(wake_r, False)
        os.set_blocking(wake_w, False)
        self._wake_r = wake_r
        with self._wake_lock:
            self._wake_w = wake_w

    def _connect_loop(self) -> None:
        attempt = 0
        ever_connected = False
        while not self._stop.is_set():
            conn: sqlite3.Connection | None = None
            try:
                if not self._path.exists():
                    raise sqlite3.OperationalError(f"数据库文件不存在：{self._path}")
                conn = sqlite3.connect(self._path, timeout=5.0, isolation_level=None)
                conn.execute("PRAGMA query_only = 1")  # this connection only ever reads
                if self._cursor is None:
                    self._cursor = conn.execute("SELECT COALESCE(MAX(id), 0) FROM hall_events").fetchone()[0]
                    self._resume = False
                else:
                    self._read_new(conn, replayed=True)
                if not self.mode:
                    self._choose_mode()  # after the first read: its own -wal and -shm are made
                self._set_online(reconnected=ever_connected)
                ever_connected = True
                attempt = 0
                if self._watch is not None and self._wake_r is not None:
                    self._follow(conn, self._watch, self._wake_r)
                else:
                    self._poll(conn)
            except sqlite3.Error as e:
                if self._stop.is_set():
                    break
                self._set_offline(
                    StoreError(
                        words("读取大厅事件失败：{error}", error=e),
                        hint="本机正在自动重试；如持续出现，检查数据库文件所在的磁盘或共享目录。",
                    )
                )
                self._sleep(self._backoff.delay(attempt))
                attempt += 1
            finally:
                if conn is not None:
                    conn.close()
        self._online = False

    def _check(self, conn: sqlite3.Connection, version: int | None) -> int:
        self.checks += 1
        now_version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        if now_version != version:
            self._read_new(conn, replayed=False)
        return now_version

    def _poll(self, conn: sqlite3.Connection) -> None:
        version = None
        while not self._stop.is_set():
            version = self._check(conn, version)
            self._stop.wait(self._poll_s)

    def _follow(self, conn: sqlite3.Connection, watch: _DirectoryWatch, wake_r: int) -> None:
        waiter = select.poll()  # not select.select: a descriptor above 1023 is allowed
        waiter.register(watch.fd, select.POLLIN)
        waiter.register(wake_r, select.POLLIN)
        version = self._check(conn, None)
        settle_until = 0.0  # checking every poll_interval_s until then (after a notification)
        while not self._stop.is_set():
            settling = time.monotonic() < settle_until
            ready = {fd for fd, _ in waiter.poll((self._poll_s if settling else self._safety_s) * 1000)}
            if self._stop.is_set():
                return
            if wake_r in ready:
                try:
                    os.read(wake_r, 64)
                except BlockingIOError:
                    pass
            if watch.fd in ready:
                if watch.drain():
                    settle_until = time.monotonic() + self._settle_s
                elif not settling:
                    continue  # another file in the directory: nothing to check
            version = self._check(conn, version)

    def _read_new(self, conn: sqlite3.Connection, *, replayed: bool) -> None:
        # SQLite has one writer at a time, so ids become visible in id order: no lookback
        floor = self._cursor or 0
        while True:
            rows = conn.execute(
                "SELECT id, topic, kind, at, hall_code, terminal_id, payload FROM hall_events "
                "WHERE id > ? ORDER BY id LIMIT ?",
                (floor, _BATCH),
            ).fetchall()
            for event_id, topic, kind, at, hall_code, terminal_id, payload in rows:
                self._deliver(
                    HallEvent(
                        id=event_id,
                        topic=topic,
                        kind=kind,
                        at=_parse_sqlite_time(at),
                        hall_code=hall_code,
                        terminal_id=terminal_id,
                        payload=json.loads(payload),
                        replayed=replayed,
                    )
                )
            if len(rows) < _BATCH:
                return
            floor = rows[-1][0]


# ---------------------------------------------------------------------------- choosing


def open_event_subscriber(
    url: str,
    *,
    topics: Iterable[str] | None = None,
    after_id: int | None = None,
    name: str = "",
    backoff: Backoff = Backoff(),
    poll_interval_s: float = 0.02,
    safety_poll_s: float = 1.0,
) -> EventSubscriber:
    """The subscriber for the configured store URL (``settings.store.url``); call ``start()``."""
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "postgresql":
        return PgEventSubscriber(url, topics=topics, after_id=after_id, name=name, backoff=backoff)
    if backend == "sqlite":
        if not u.database or u.database == ":memory:":
            raise StoreError("实时消息需要数据库文件。", hint="store.url 应为 sqlite:///文件路径。")
        return SqliteEventSubscriber(
            u.database,
            topics=topics,
            after_id=after_id,
            name=name,
            backoff=backoff,
            poll_interval_s=poll_interval_s,
            safety_poll_s=safety_poll_s,
        )
    raise StoreError(
        words("不支持的数据库类型：{drivername}", drivername=u.drivername), hint="store.url 只能是 SQLite 文件或 PostgreSQL。"
    )


def latest_event_id(session: Any) -> int:
    """The newest event id this session can see (a display stores it to resume later)."""
    import sqlalchemy as sa

    from offline_store.hall.models import HallEventRow

    return int(session.execute(sa.select(sa.func.coalesce(sa.func.max(HallEventRow.id), 0))).scalar_one())


def events_after(session: Any, after_id: int, *, limit: int = 1000) -> list[HallEvent]:
    """Events after ``after_id`` read through a store session (tools, tests, a manual catch-up)."""
    import sqlalchemy as sa

    from offline_store.hall.models import HallEventRow

    rows = session.execute(
        sa.select(HallEventRow).where(HallEventRow.id > after_id).order_by(HallEventRow.id).limit(limit)
    ).scalars()
    return [
        HallEvent(
            id=r.id,
            topic=r.topic,
            kind=r.kind,
            at=r.at,
            hall_code=r.hall_code,
            terminal_id=r.terminal_id,
            payload=dict(r.payload),
            replayed=True,
        )
        for r in rows
    ]
