"""Live events across processes (issue 7): PostgreSQL LISTEN/NOTIFY and the SQLite poller
behind one interface; rolled-back work publishes nothing; a subscriber that was away
catches up from the store so that what it shows equals what the store holds."""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import uuid
from datetime import date
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from offline_store import Store
from offline_store.hall.events import OFFLINE, ONLINE, RESYNC, HallEvent, open_event_subscriber, pg_conninfo
from offline_store.hall.resilience import Backoff
from shared.domain.cases import CaseState, Channel
from shared.domain.tickets import TicketState
from tests.support.factories import case_record, issue_ticket
from tests.support.hall_workers import HALL, call_one, issue_one, open_store

DAY = date(2026, 11, 17)
FORK = mp.get_context("fork") if hasattr(os, "fork") else None


def _next(events: queue.Queue, kind: str, *, timeout: float = 10.0) -> HallEvent:
    """The next event of ``kind`` (earlier events of other kinds are skipped)."""
    while True:
        event = events.get(timeout=timeout)
        if event.kind == kind:
            return event


def _subscriber(url: str, events: queue.Queue, **kw):
    sub = open_event_subscriber(url, name=f"test-{uuid.uuid4().hex[:8]}", **kw)
    sub.subscribe(events.put)
    return sub.start()


def _issue_and_call_in_child(url: str, key: str, go, window: int) -> None:
    import random

    store = open_store(url, key)
    go.wait()
    issue_one(store, category="general", day=DAY, terminal="T-0101", rng=random.Random(1))
    assert call_one(store, categories=["general"], window=window, day=DAY) is not None
    store.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the calling terminal is forked")
def test_a_call_in_one_process_reaches_a_subscriber_in_another(db_url: str, key_path: Path) -> None:
    Store.for_tests(db_url, key_path).close()
    go = FORK.Event()
    # forked before this process starts the subscriber's thread
    child = FORK.Process(target=_issue_and_call_in_child, args=(db_url, str(key_path), go, 7))
    child.start()
    events: queue.Queue = queue.Queue()
    sub = _subscriber(db_url, events)
    try:
        assert _next(events, ONLINE).topic == "hall"
        go.set()
        issued = _next(events, "ticket.issued")
        called = _next(events, "ticket.called")
        child.join(30)
        assert child.exitcode == 0
    finally:
        sub.stop()
    assert issued.payload["number"] == called.payload["number"] == "A001"
    assert called.payload["window_no"] == 7 and called.payload["state"] == "called"
    assert called.payload["ticket_id"] == issued.payload["ticket_id"] and called.id > issued.id
    assert not called.replayed and called.hall_code == "532822-ZWFW" and called.terminal_id == "T-0101"


def test_rolled_back_work_publishes_nothing(db_url: str, key_path: Path) -> None:
    store = Store.for_tests(db_url, key_path)
    events: queue.Queue = queue.Queue()
    sub = _subscriber(db_url, events, topics={"ticket"})
    try:
        _next(events, ONLINE)
        with pytest.raises(RuntimeError), store.unit_of_work() as uow:
            issue_ticket(uow, day=DAY)
            raise RuntimeError("printer jammed before commit")
        with store.unit_of_work() as uow:
            issue_ticket(uow, day=DAY, category="social", prefix="B")
        event = _next(events, "ticket.issued")
        assert event.payload["number"] == "B001"
        with pytest.raises(queue.Empty):
            events.get(timeout=0.5)
    finally:
        sub.stop()
        store.close()
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM hall_events")).scalar_one() == 1


def test_transfers_help_requests_and_case_status_are_published(db_url: str, key_path: Path) -> None:
    store = Store.for_tests(db_url, key_path)
    events: queue.Queue = queue.Queue()
    sub = _subscriber(db_url, events)
    try:
        _next(events, ONLINE)
        with store.unit_of_work() as uow:
            t = issue_ticket(uow, day=DAY)
        with store.unit_of_work() as uow:
            uow.tickets.claim(ticket_id=t.id, window_no=2)
            uow.tickets.update_state(ticket_id=t.id, to_state=TicketState.CALLED, window_no=2)  # recall
        with store.unit_of_work() as uow:
            uow.tickets.update_state(ticket_id=t.id, to_state=TicketState.SERVING, served_by="clerk02")
            uow.tickets.update_state(ticket_id=t.id, to_state=TicketState.TRANSFERRED, target_window=5)
        with store.unit_of_work() as uow:
            uow.tickets.claim(ticket_id=t.id, window_no=5)
        with store.unit_of_work() as uow:
            request = uow.help.add(terminal_id="T-0102", terminal_name="2号自助机", reason="不会操作")
        with store.unit_of_work() as uow:
            uow.help.acknowledge(request_id=request.id, by="helper01")
        with store.unit_of_work() as uow:
            no = uow.cases.next_case_no(terminal_id="T-0102", terminal_no=102, region_code="532822", day=DAY)
            uow.cases.add(
                case_record(  # submitted at a kiosk: no window, no clerk yet
                    no, state=CaseState.SUBMITTED, channel=Channel.KIOSK, window_no=None, clerk=""
                ),
                terminal_id="T-0102",
            )
        with store.unit_of_work() as uow:
            uow.cases.update_state(
                case_no=no, to_state=CaseState.ACCEPTED, expected_version=1, actor="clerk02"
            )
        kinds = []
        while len(kinds) < 10:
            event = events.get(timeout=10)
            kinds.append((event.kind, event.payload.get("window_no") or event.payload.get("target_window")))
            last = event
    finally:
        sub.stop()
        store.close()
    assert kinds == [
        ("ticket.issued", None),
        ("ticket.called", 2),
        ("ticket.recalled", 2),
        ("ticket.serving", 2),
        ("ticket.transferred", 5),
        ("ticket.called", 5),
        ("help.requested", None),
        ("help.acknowledged", None),
        ("case.status", None),
        ("case.status", None),
    ]
    assert last.kind == "case.status" and last.payload["state"] == "accepted"
    assert last.payload["previous_state"] == "submitted" and last.payload["case_no"] == no
    assert "applicant" not in str(last.payload) and "11010519491231002X" not in str(last.payload)


def test_a_subscriber_resumes_from_its_last_id_after_a_restart(db_url: str, key_path: Path) -> None:
    store = Store.for_tests(db_url, key_path)
    events: queue.Queue = queue.Queue()
    first = _subscriber(db_url, events, topics={"ticket"})
    _next(events, ONLINE)
    with store.unit_of_work() as uow:
        issue_ticket(uow, day=DAY)
    _next(events, "ticket.issued")
    first.stop()
    resume_after = first.last_id
    # the display is switched off; the hall goes on
    missed = []
    for _ in range(3):
        with store.unit_of_work() as uow:
            missed.append(issue_ticket(uow, day=DAY).number)
    later: queue.Queue = queue.Queue()
    second = _subscriber(db_url, later, topics={"ticket"}, after_id=resume_after)
    try:
        replayed = [_next(later, "ticket.issued") for _ in missed]
        assert _next(later, ONLINE)
        with store.unit_of_work() as uow:
            issue_ticket(uow, day=DAY)
        live = _next(later, "ticket.issued")
    finally:
        second.stop()
        store.close()
    assert [e.payload["number"] for e in replayed] == missed == ["A002", "A003", "A004"]
    assert all(e.replayed for e in replayed) and not live.replayed and live.payload["number"] == "A005"


@pytest.mark.pg
def test_postgresql_subscriber_reconnects_and_catches_up(pg_database: str, key_path: Path) -> None:
    db_url = pg_database
    store = Store.for_tests(db_url, key_path)
    events: queue.Queue = queue.Queue()
    name = f"test-{uuid.uuid4().hex[:8]}"
    # a fixed 1 s pause before reconnecting, so the calls below happen while it is away
    sub = open_event_subscriber(db_url, name=name, topics={"ticket"}, backoff=Backoff(first_s=1.0, jitter=0))
    board: dict[str, str] = {}  # what a display would show: ticket -> state, from events only
    replayed: list[HallEvent] = []

    def show(event: HallEvent) -> None:
        events.put(event)
        if event.topic == "ticket":
            board[event.payload["ticket_id"]] = event.payload["state"]
            if event.replayed:
                replayed.append(event)

    sub.subscribe(show)
    sub.start()
    try:
        _next(events, ONLINE)
        with store.unit_of_work() as uow:
            before = issue_ticket(uow, day=DAY, hall_code=HALL)
        _next(events, "ticket.issued")
        with psycopg.connect(
            pg_conninfo(db_url, application_name="yimen-test-admin"), autocommit=True
        ) as admin:
            killed = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = %s",
                (f"yimen-events-{name}",),
            ).fetchone()[0]
        assert killed == 1
        offline = _next(events, OFFLINE)
        assert "大厅网络故障" in offline.payload["message"] and "自动重连" in offline.payload["hint"]
        assert sub.problem is not None and not sub.online
        import random

        with store.unit_of_work() as uow:
            uow.tickets.claim(ticket_id=before.id, window_no=1)
        for _ in range(4):
            issue_one(store, category="general", day=DAY, terminal="T-0101", rng=random.Random(2))
        call_one(store, categories=["general"], window=2, day=DAY)
        _next(events, RESYNC, timeout=15)
        assert sub.online and sub.problem is None and sub.reconnects == 1
    finally:
        sub.stop()
    with store.unit_of_work(read_only=True) as uow:
        truth = {t.id: t.state.value for t in uow.tickets.list_for_day(hall_code=HALL, day=DAY)}
    store.close()
    assert board == truth and len(truth) == 5
    assert truth[before.id] == "called"
    # what happened while it was away came from the store, not from a notification
    assert {e.kind for e in replayed} == {"ticket.called", "ticket.issued"} and len(replayed) == 6


def test_subscriber_refuses_unknown_topics(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown event topics"):
        open_event_subscriber(f"sqlite:///{tmp_path / 'y.db'}", topics={"tickets"})
