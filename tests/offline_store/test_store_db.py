from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from offline_store import Store
from offline_store.db import create_engine_for, sqlite_write_lock
from shared.domain.errors import StoreError
from shared.domain.tickets import Priority


def test_sqlite_connection_settings(tmp_path: Path) -> None:
    engine = create_engine_for(f"sqlite:///{tmp_path / 'a.db'}", busy_timeout_ms=1234)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
    engine.dispose()


@pytest.mark.parametrize(
    "url, words",
    [
        ("sqlite://", "内存数据库"),
        ("sqlite:///:memory:", "内存数据库"),
        ("mysql://u@h/db", "不支持的数据库类型"),
    ],
)
def test_unusable_urls_are_refused(url: str, words: str) -> None:
    with pytest.raises(StoreError, match=words):
        create_engine_for(url)


def test_plain_postgresql_url_uses_psycopg() -> None:
    engine = create_engine_for("postgresql://u@127.0.0.1:1/db")
    assert engine.dialect.driver == "psycopg"
    engine.dispose()


def test_write_transactions_take_the_lock_at_begin(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer waits at BEGIN and gets the lock once the first commits."""
    store = Store.for_tests(f"sqlite:///{tmp_path / 'y.db'}", tmp_path / "k" / "pii.key")
    first_in = threading.Event()
    order: list[str] = []

    writers = sqlite_write_lock(store.engine)
    queued: list[int] = []

    def first() -> None:
        with store.unit_of_work() as uow:
            uow.session.execute(sa.text("SELECT 1"))  # a read only: a deferred BEGIN would hold no lock
            first_in.set()
            # commit only once the second writer is queued behind this one
            deadline = time.monotonic() + 30
            while writers.waiting() < 1 and time.monotonic() < deadline:
                time.sleep(0.001)
            queued.append(writers.waiting())
            order.append("first-commit")

    def second() -> None:
        first_in.wait()
        with store.unit_of_work() as uow:
            uow.session.execute(sa.text("SELECT 1"))  # the session begins at its first statement
            order.append("second-begin")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert queued == [1], "the second writer never waited for the first"
    assert order == ["first-commit", "second-begin"]
    store.close()


def test_busy_database_gives_store_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'y.db'}"
    Store.for_tests(url, tmp_path / "k" / "pii.key").close()
    from offline_store.crypto import PiiCipher, load_key_file

    impatient = Store(
        create_engine_for(url, busy_timeout_ms=100), PiiCipher(load_key_file(tmp_path / "k" / "pii.key"))
    )
    holder = create_engine_for(url)
    with holder.connect() as conn:
        conn.begin()  # BEGIN IMMEDIATE: holds the write lock
        with pytest.raises(StoreError, match="数据库暂时不可用") as err, impatient.unit_of_work() as uow:
            uow.session.execute(sa.text("SELECT 1"))
        assert "稍后重试" in err.value.hint
        conn.rollback()
    impatient.close()
    holder.dispose()


def test_a_writer_gets_the_lock_soon_after_another_process_lets_go(tmp_path: Path) -> None:
    """The writer polls in short steps: released after 150 ms, taken well before SQLite's own
    busy handler (sleeping up to 100 ms between tries) would; the timeout is left as it was."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'y.db'}"
    store = Store.for_tests(url, tmp_path / "k" / "pii.key")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(tmp_path / 'y.db')!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE'); print('held', flush=True)\n"
            "time.sleep(0.15); c.execute('COMMIT')\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    with store.unit_of_work() as uow:  # waits for the other process, then writes
        uow.session.execute(sa.text("CREATE TABLE IF NOT EXISTS probe (x INTEGER)"))
        timeout = uow.session.execute(sa.text("PRAGMA busy_timeout")).scalar()
    assert holder.wait(10) == 0
    assert timeout == 5000
    store.close()


def test_read_only_unit_of_work_does_not_wait_for_writers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'y.db'}"
    store = Store.for_tests(url, tmp_path / "k" / "pii.key")
    holder = create_engine_for(url)
    with holder.connect() as conn:
        conn.begin()
        started = time.monotonic()
        with store.unit_of_work(read_only=True) as uow:
            assert uow.catalog.current_version() is None
        assert time.monotonic() - started < 1.0
        conn.rollback()
    holder.dispose()
    store.close()


def test_naive_datetimes_are_refused(store: Store) -> None:
    from datetime import date

    with pytest.raises(StoreError, match="没有时区"), store.unit_of_work() as uow:
        uow.tickets.issue(
            hall_code="H",
            category="general",
            prefix="A",
            day=date(2026, 1, 5),
            priority=Priority.NORMAL,
            at=datetime(2026, 1, 5, 9),
        )
    with store.unit_of_work() as uow:
        assert uow.tickets.counts(hall_code="H", day=date(2026, 1, 5)) == {}


def test_nested_write_unit_of_work_fails_instead_of_hanging(tmp_path: Path) -> None:
    from shared.domain.settings import StoreSettings

    settings = StoreSettings(
        url=f"sqlite:///{tmp_path / 'y.db'}", key_file=tmp_path / "k" / "pii.key", busy_timeout_ms=200
    )
    store = Store.open(settings, create_key=True, upgrade=True)
    with store.unit_of_work() as outer:
        outer.session.execute(sa.text("SELECT 1"))
        started = time.monotonic()
        with pytest.raises(StoreError, match="数据库忙"), store.unit_of_work():
            pass
        assert time.monotonic() - started < 2
    store.close()


def test_missing_data_directory_is_created(tmp_path: Path) -> None:
    from shared.domain.settings import StoreSettings

    settings = StoreSettings(
        url=f"sqlite:///{tmp_path / 'new' / 'dir' / 'y.db'}", key_file=tmp_path / "k" / "pii.key"
    )
    Store.open(settings, create_key=True, upgrade=True).close()
    assert (tmp_path / "new" / "dir" / "y.db").exists()


def test_unopenable_databases_give_store_errors(tmp_path: Path) -> None:
    from shared.domain.settings import StoreSettings

    (tmp_path / "afile").write_text("x")
    with pytest.raises(StoreError, match="无法创建数据库目录"):
        Store.open(StoreSettings(url=f"sqlite:///{tmp_path / 'afile' / 'y.db'}", key_file=tmp_path / "k"))
    unreachable = StoreSettings(
        url="postgresql+psycopg://nobody@127.0.0.1:1/none", key_file=tmp_path / "k" / "pii.key"
    )
    with pytest.raises(StoreError, match="无法打开数据库") as err:
        Store.open(unreachable, create_key=True)
    assert "store.url" in err.value.hint


def test_fair_lock_serves_waiters_in_arrival_order() -> None:
    from offline_store.db import FairLock

    lock = FairLock()
    assert lock.acquire()
    order: list[int] = []
    threads = []
    for i in range(5):
        t = threading.Thread(target=lambda i=i: (lock.acquire(), order.append(i), lock.release()))
        t.start()
        threads.append(t)
        # arrive one after another: the next starts once this one is queued
        deadline = time.monotonic() + 30
        while lock.waiting() < i + 1:
            assert time.monotonic() < deadline, f"thread {i} never queued for the lock"
            time.sleep(0.001)
    # a thread that keeps asking cannot jump the queue
    assert not lock.acquire(timeout=0.05)
    lock.release()
    for t in threads:
        t.join()
    assert order == [0, 1, 2, 3, 4]
    assert not lock.locked() and lock.acquire(timeout=0)
    lock.release()
