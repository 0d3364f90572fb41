"""The SQLite event subscriber without a busy poll (issue 12, point 7): on Linux it sleeps on
inotify (the database's -wal and file) and a wake pipe; elsewhere, or when inotify cannot be
set up, it checks ``PRAGMA data_version`` every 20 ms as before.

The inotify subscribers here get a 60 s safety check, so anything they deliver within the
test's few seconds came through a notification, not through the slow check."""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import queue
import sys
import threading
import time
import uuid
from datetime import date
from pathlib import Path

import pytest

from offline_store import Store
from offline_store.hall import events as hall_events
from offline_store.hall.events import ONLINE, HallEvent, InotifyUnavailable, SqliteEventSubscriber
from tests.support.factories import issue_ticket

DAY = date(2026, 11, 17)
FORK = mp.get_context("fork") if hasattr(os, "fork") else None
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")


def _next(events: queue.Queue, kind: str, *, timeout: float = 10.0) -> HallEvent:
    while True:
        event = events.get(timeout=timeout)
        if event.kind == kind:
            return event


def _start(db: Path, events: queue.Queue, **kw) -> SqliteEventSubscriber:
    sub = SqliteEventSubscriber(db, name=f"test-{uuid.uuid4().hex[:8]}", topics={"ticket"}, **kw)
    sub.subscribe(events.put)
    sub.start()
    _next(events, ONLINE)
    return sub


def _thread_alive(sub: SqliteEventSubscriber) -> bool:
    return any(t.name == f"hall-events-{sub.name}" and t.is_alive() for t in threading.enumerate())


def _issue_in_child(db: str, key: str, go) -> None:
    go.wait(30)  # nothing touches the file before: the parent counts its idle checks
    store = Store.for_tests(f"sqlite:///{db}", Path(key))
    with store.unit_of_work() as uow:
        issue_ticket(uow, day=DAY, category="social", prefix="B")
    store.close()


@LINUX
@pytest.mark.skipif(FORK is None, reason="the writing terminal is forked")
def test_a_write_from_another_process_wakes_the_inotify_subscriber(tmp_path: Path, key_path: Path) -> None:
    db = tmp_path / "yimen.db"
    Store.for_tests(f"sqlite:///{db}", key_path).close()
    go = FORK.Event()
    child = FORK.Process(target=_issue_in_child, args=(str(db), str(key_path), go))
    child.start()  # forked before the subscriber's thread exists
    events: queue.Queue = queue.Queue()
    sub = _start(db, events, safety_poll_s=60.0)
    try:
        assert sub.mode == "inotify"
        time.sleep(0.5)  # the notifications of its own opening settle
        checks = sub.checks
        time.sleep(1.0)
        idle_checks = sub.checks - checks
        go.set()
        started = time.monotonic()
        event = _next(events, "ticket.issued")
        took = time.monotonic() - started
        child.join(30)
        assert child.exitcode == 0
    finally:
        sub.stop()
    # idle: no check in a second (the 20 ms poll made 50); the write woke it long before 60 s
    assert idle_checks == 0
    assert event.payload["number"] == "B001" and not event.replayed
    assert took < 10.0


@LINUX
def test_stop_returns_promptly_while_the_subscriber_sleeps(tmp_path: Path, key_path: Path) -> None:
    db = tmp_path / "yimen.db"
    Store.for_tests(f"sqlite:///{db}", key_path).close()
    events: queue.Queue = queue.Queue()
    sub = _start(db, events, safety_poll_s=60.0)
    assert sub.mode == "inotify" and _thread_alive(sub)
    time.sleep(0.3)  # asleep in poll(2) by now
    started = time.monotonic()
    sub.stop(timeout=10.0)
    took = time.monotonic() - started
    assert not _thread_alive(sub)
    assert took < 1.0, f"stop() took {took:.2f} s: the wake pipe did not wake the thread"


@LINUX
def test_each_commit_in_a_burst_is_delivered_in_order(tmp_path: Path, key_path: Path) -> None:
    db = tmp_path / "yimen.db"
    store = Store.for_tests(f"sqlite:///{db}", key_path)
    events: queue.Queue = queue.Queue()
    sub = _start(db, events, safety_poll_s=60.0)
    try:
        assert sub.mode == "inotify"
        numbers = []
        for n in range(30):
            with store.unit_of_work() as uow:
                numbers.append(issue_ticket(uow, day=DAY).number)
            if n % 10 == 9:
                time.sleep(0.4)  # past the settling time: the next commit must wake it again
        got = [_next(events, "ticket.issued").payload["number"] for _ in numbers]
    finally:
        sub.stop()
        store.close()
    assert got == numbers and len(set(got)) == 30


def test_without_inotify_the_subscriber_polls(
    tmp_path: Path, key_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def unavailable(_path: Path):
        raise InotifyUnavailable("inotify_init1: Too many open files")

    monkeypatch.setattr(hall_events, "_open_watch", unavailable)
    db = tmp_path / "yimen.db"
    store = Store.for_tests(f"sqlite:///{db}", key_path)
    events: queue.Queue = queue.Queue()
    with caplog.at_level(logging.INFO, logger="offline_store.hall.events"):
        sub = _start(db, events, safety_poll_s=60.0)
    try:
        assert sub.mode == "poll"
        checks = sub.checks
        time.sleep(0.5)
        polled = sub.checks - checks
        with store.unit_of_work() as uow:
            issue_ticket(uow, day=DAY)
        event = _next(events, "ticket.issued")
        sub.stop()
        assert not _thread_alive(sub)
    finally:
        sub.stop()
        store.close()
    assert polled >= 5  # every 20 ms: about 25 in half a second, even on a loaded machine
    assert event.payload["number"] == "A001"
    assert "no inotify (inotify_init1: Too many open files)" in caplog.text


def test_inotify_is_refused_off_linux(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hall_events.sys, "platform", "win32")
    with pytest.raises(InotifyUnavailable, match="only on Linux"):
        hall_events._open_watch(tmp_path / "yimen.db")


@LINUX
def test_a_missing_directory_is_reported_as_inotify_unavailable(tmp_path: Path) -> None:
    with pytest.raises(InotifyUnavailable, match=r"inotify_add_watch .*No such file or directory"):
        hall_events._open_watch(tmp_path / "gone" / "yimen.db")


@LINUX
def test_out_of_descriptors_for_the_wake_pipe_falls_back_to_polling(
    tmp_path: Path, key_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_pipe():
        raise OSError(24, "Too many open files")

    db = tmp_path / "yimen.db"
    store = Store.for_tests(f"sqlite:///{db}", key_path)
    monkeypatch.setattr(hall_events.os, "pipe", no_pipe)
    events: queue.Queue = queue.Queue()
    with caplog.at_level(logging.WARNING, logger="offline_store.hall.events"):
        sub = _start(db, events, safety_poll_s=60.0)
    monkeypatch.undo()
    try:
        assert sub.mode == "poll"
        with store.unit_of_work() as uow:
            issue_ticket(uow, day=DAY)
        assert _next(events, "ticket.issued").payload["number"] == "A001"
    finally:
        sub.stop()
        store.close()
    assert "no inotify (no wake pipe" in caplog.text
