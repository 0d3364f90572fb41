from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from offline_store import Store
from shared.domain.errors import Conflict, InvalidTransition, NotFound, ValidationError
from shared.domain.tickets import Priority, TicketState, call_order_key

DAY = date(2026, 3, 2)
T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
HALL = "532822-ZWFW"


def _issue(uow, category: str = "general", prefix: str = "A", *, at: datetime = T0, **kw):
    return uow.tickets.issue(hall_code=HALL, category=category, prefix=prefix, day=DAY, at=at, **kw)


def test_issue_numbers_per_category_and_day(store: Store) -> None:
    with store.unit_of_work() as uow:
        a = [_issue(uow).number for _ in range(3)]
        b = _issue(uow, "social", "B").number
        next_day = uow.tickets.issue(
            hall_code=HALL, category="general", prefix="A", day=DAY + timedelta(days=1)
        )
        other_hall = uow.tickets.issue(hall_code="532801-ZWFW", category="general", prefix="A", day=DAY)
    assert a == ["A001", "A002", "A003"] and b == "B001"
    assert next_day.number == "A001" and other_hall.number == "A001"


def test_ticket_roundtrip(store: Store) -> None:
    with store.unit_of_work() as uow:
        pid = uow.people.upsert_person(id_number="11010519491231002X", name="岩温香")
        t = _issue(
            uow,
            priority=Priority.GREEN_ELDERLY,
            priority_reason="老年人优先",
            person_id=pid,
            appointment_at=T0 + timedelta(minutes=30),
            terminal_id="K-01",
        )
    with store.unit_of_work() as uow:
        got = uow.tickets.get(t.id)
        assert got == t
        assert (got.priority, got.person_id, got.state, got.terminal_id) == (
            Priority.GREEN_ELDERLY,
            pid,
            TicketState.WAITING,
            "K-01",
        )
        assert uow.tickets.find_by_number(hall_code=HALL, day=DAY, number="A001") == t
        assert uow.tickets.open_ticket_for(person_id=pid, hall_code=HALL, day=DAY, category="general") == t
        assert uow.tickets.open_ticket_for(person_id=pid, hall_code=HALL, day=DAY, category="social") is None
        with pytest.raises(NotFound):
            uow.tickets.get("nope")


def test_waiting_entries_and_claim_next_follow_the_calling_order(store: Store) -> None:
    with store.unit_of_work() as uow:
        normal = _issue(uow, at=T0)
        elder = _issue(uow, at=T0 + timedelta(minutes=5), priority=Priority.GREEN_ELDERLY)
        social = _issue(uow, "social", "B", at=T0 + timedelta(minutes=1))
    with store.unit_of_work() as uow:
        entries = uow.tickets.waiting_entries(hall_code=HALL, day=DAY, categories=["general"])
        assert [e.ticket_id for e in entries] == [normal.id, elder.id]
        assert len(uow.tickets.waiting_entries(hall_code=HALL, day=DAY)) == 3
        first = uow.tickets.claim_next(hall_code=HALL, day=DAY, categories=["general"], window_no=1, now=T0)
        assert first is not None and first.id == elder.id  # green channel first
        assert (first.state, first.window_no, first.call_count) == (TicketState.CALLED, 1, 1)
        second = uow.tickets.claim_next(hall_code=HALL, day=DAY, categories=["general"], window_no=1, now=T0)
        assert second is not None and second.id == normal.id
        assert uow.tickets.claim_next(hall_code=HALL, day=DAY, categories=["general"], window_no=1) is None
        assert (
            uow.tickets.claim_next(hall_code=HALL, day=DAY, categories={"social"}, window_no=2).id
            == social.id
        )


def test_a_window_of_two_categories_calls_by_issue_time_not_by_daily_number(store: Store) -> None:
    """Numbers count per category, so B001 can be issued after A002: it is still called after."""
    with store.unit_of_work() as uow:
        a1 = _issue(uow, at=T0)
        a2 = _issue(uow, at=T0 + timedelta(minutes=1))
        b1 = _issue(uow, "social", "B", at=T0 + timedelta(minutes=2))
    assert (a1.number, a2.number, b1.number) == ("A001", "A002", "B001")
    called = []
    with store.unit_of_work() as uow:
        while t := uow.tickets.claim_next(
            hall_code=HALL, day=DAY, categories=["general", "social"], window_no=1, now=T0
        ):
            called.append(t.number)
    assert called == ["A001", "A002", "B001"]


def test_waiting_ahead_counts_as_the_calling_order_does(store: Store) -> None:
    """The database count behind a printed ticket's "N people ahead" against the calling order
    itself, over every kind of ticket: transferred in, green channel, a due and a later
    appointment, two issued at the same instant, and tickets no longer waiting."""
    now = T0 + timedelta(minutes=30)
    with store.unit_of_work() as uow:
        tickets = [
            _issue(uow, at=T0),
            _issue(uow, at=T0 + timedelta(minutes=1), priority=Priority.GREEN_DISABLED),
            _issue(uow, at=T0 + timedelta(minutes=2), appointment_at=now + timedelta(minutes=5)),
            _issue(uow, at=T0 + timedelta(minutes=2), appointment_at=now + timedelta(hours=2)),
            _issue(uow, at=T0 + timedelta(minutes=3)),
            _issue(uow, at=T0 + timedelta(minutes=3)),  # same instant: the daily number decides
            _issue(uow, at=T0 + timedelta(minutes=4), priority=Priority.GREEN_ELDERLY),
            _issue(uow, at=T0 + timedelta(minutes=5)),
        ]
        moved = _issue(uow, "social", "B", at=T0 + timedelta(minutes=6))
        uow.tickets.claim(ticket_id=moved.id, window_no=4)
        uow.tickets.update_state(
            ticket_id=moved.id, to_state=TicketState.TRANSFERRED, target_category="general"
        )
        uow.tickets.claim(ticket_id=tickets[7].id, window_no=1)  # called: no longer ahead of anyone
        _issue(uow, "social", "B", at=T0)  # another category: never counted
    with store.unit_of_work() as uow:
        entries = uow.tickets.waiting_entries(hall_code=HALL, day=DAY, categories=["general"])
        order = [e.ticket_id for e in sorted(entries, key=lambda e: call_order_key(e, now=now))]
        assert order[0] == moved.id and order[1:3] == [tickets[1].id, tickets[6].id]
        assert order[3] == tickets[2].id  # the appointment due within ten minutes
        for t in [*tickets[:7], moved]:
            record = uow.tickets.get(t.id)
            assert uow.tickets.waiting_ahead(record, now=now) == order.index(t.id), record.number


def test_claim_is_refused_when_taken(store: Store) -> None:
    with store.unit_of_work() as uow:
        t = _issue(uow)
    with store.unit_of_work() as uow:
        uow.tickets.claim(ticket_id=t.id, window_no=1)
    with pytest.raises(Conflict, match="A001号已被其他窗口叫号"), store.unit_of_work() as uow:
        uow.tickets.claim(ticket_id=t.id, window_no=2)
    with pytest.raises(NotFound), store.unit_of_work() as uow:
        uow.tickets.claim(ticket_id="nope", window_no=2)
    with store.unit_of_work() as uow:
        assert uow.tickets.get(t.id).window_no == 1


def test_a_step_is_never_recorded_before_the_one_before_it(store: Store) -> None:
    """Terminals' clocks disagree (a kiosk ahead of a counter): a call stamped before the issue,
    or an end before the start, is recorded at the earlier step's instant (issue 12: the
    figures page showed negative waits)."""
    with store.unit_of_work() as uow:
        t = _issue(uow, at=T0 + timedelta(minutes=5))  # the kiosk's clock is 5 minutes ahead
        called = uow.tickets.claim(ticket_id=t.id, window_no=1, at=T0)
        assert called.called_at == T0 + timedelta(minutes=5)
        serving = uow.tickets.update_state(
            ticket_id=t.id, to_state=TicketState.SERVING, served_by="clerk01", at=T0 + timedelta(minutes=1)
        )
        assert serving.serving_at == T0 + timedelta(minutes=5)
        done = uow.tickets.update_state(
            ticket_id=t.id, to_state=TicketState.DONE, at=T0 + timedelta(minutes=9)
        )
        assert done.finished_at == T0 + timedelta(minutes=9)


def test_full_ticket_life_with_transfer(store: Store) -> None:
    with store.unit_of_work() as uow:
        t = _issue(uow)
        uow.tickets.claim(ticket_id=t.id, window_no=1, at=T0 + timedelta(minutes=1))
        recalled = uow.tickets.update_state(
            ticket_id=t.id, to_state=TicketState.CALLED, at=T0 + timedelta(minutes=2)
        )
        assert recalled.call_count == 2
        serving = uow.tickets.update_state(
            ticket_id=t.id, to_state=TicketState.SERVING, served_by="clerk01", at=T0 + timedelta(minutes=3)
        )
        assert serving.served_by == "clerk01" and serving.serving_at == T0 + timedelta(minutes=3)
        with pytest.raises(ValidationError):
            uow.tickets.update_state(ticket_id=t.id, to_state=TicketState.TRANSFERRED)
        moved = uow.tickets.update_state(
            ticket_id=t.id, to_state=TicketState.TRANSFERRED, target_category="social"
        )
        assert moved.number == "A001" and moved.category == "general" and moved.target_category == "social"
        # now it waits in the social queue, ahead of everyone (it already queued once)
        _issue(uow, "social", "B", at=T0 - timedelta(hours=1))
        entries = uow.tickets.waiting_entries(hall_code=HALL, day=DAY, categories=["social"])
        assert {e.ticket_id for e in entries} >= {t.id}
        nxt = uow.tickets.claim_next(
            hall_code=HALL, day=DAY, categories=["social"], window_no=4, now=T0 + timedelta(minutes=10)
        )
        assert nxt.id == t.id
        uow.tickets.update_state(
            ticket_id=t.id, to_state=TicketState.SERVING, served_by="clerk04", at=T0 + timedelta(minutes=11)
        )
        done = uow.tickets.update_state(
            ticket_id=t.id, to_state=TicketState.DONE, at=T0 + timedelta(minutes=20)
        )
        assert done.finished_at == T0 + timedelta(minutes=20)
        with pytest.raises(InvalidTransition):
            uow.tickets.update_state(ticket_id=t.id, to_state=TicketState.CALLED)
        assert uow.tickets.open_ticket_for(person_id="x", hall_code=HALL, day=DAY) is None


def test_transfer_to_a_window_reserves_the_ticket(store: Store) -> None:
    with store.unit_of_work() as uow:
        t = _issue(uow)
        uow.tickets.claim(ticket_id=t.id, window_no=1)
        uow.tickets.update_state(ticket_id=t.id, to_state=TicketState.TRANSFERRED, target_window=7)
        assert uow.tickets.claim_next(hall_code=HALL, day=DAY, categories=["general"], window_no=2) is None
        with pytest.raises(Conflict):
            uow.tickets.claim(ticket_id=t.id, window_no=2)
        assert uow.tickets.claim_next(hall_code=HALL, day=DAY, categories=["general"], window_no=7).id == t.id


def test_counts_and_lists(store: Store) -> None:
    with store.unit_of_work() as uow:
        a1, _a2 = _issue(uow), _issue(uow, at=T0 + timedelta(seconds=1))
        _issue(uow, "social", "B")
        uow.tickets.claim(ticket_id=a1.id, window_no=1, at=T0 + timedelta(minutes=1))
        uow.tickets.update_state(ticket_id=a1.id, to_state=TicketState.NO_SHOW)
    with store.unit_of_work() as uow:
        assert uow.tickets.counts(hall_code=HALL, day=DAY) == {
            "general": {TicketState.NO_SHOW: 1, TicketState.WAITING: 1},
            "social": {TicketState.WAITING: 1},
        }
        assert [t.number for t in uow.tickets.list_for_day(hall_code=HALL, day=DAY)] == [
            "A001",
            "B001",
            "A002",
        ]
        waiting = uow.tickets.list_for_day(hall_code=HALL, day=DAY, states=[TicketState.WAITING])
        assert [t.number for t in waiting] == ["B001", "A002"]
        assert [t.number for t in uow.tickets.recently_called(hall_code=HALL, day=DAY)] == ["A001"]


def test_concurrent_issue_has_no_duplicates_and_no_gaps(store: Store) -> None:
    threads_n, per_thread = 6, 15
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(threads_n)

    def kiosk(i: int) -> None:
        try:
            start.wait()
            for _ in range(per_thread):
                with store.unit_of_work() as uow:
                    t = _issue(uow, terminal_id=f"K-{i}")
                with lock:
                    numbers.append(t.number)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    workers = [threading.Thread(target=kiosk, args=(i,)) for i in range(threads_n)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    total = threads_n * per_thread
    assert sorted(numbers) == [f"A{i:03d}" for i in range(1, total + 1)]
    with store.unit_of_work() as uow:
        stored = uow.tickets.list_for_day(hall_code=HALL, day=DAY)
    assert sorted(t.seq for t in stored) == list(range(1, total + 1))


def test_concurrent_claims_give_each_ticket_to_exactly_one_window(store: Store) -> None:
    tickets_n, windows_n = 40, 6
    with store.unit_of_work() as uow:
        ids = [_issue(uow, at=T0 + timedelta(seconds=i)).id for i in range(tickets_n)]
    claimed: list[tuple[str, int]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(windows_n)

    def window(no: int) -> None:
        try:
            start.wait()
            # every window tries every ticket in the same order: maximal contention
            for tid in ids:
                try:
                    with store.unit_of_work() as uow:
                        uow.tickets.claim(ticket_id=tid, window_no=no)
                    with lock:
                        claimed.append((tid, no))
                except Conflict:
                    pass
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    workers = [threading.Thread(target=window, args=(n,)) for n in range(1, windows_n + 1)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    per_ticket = Counter(tid for tid, _ in claimed)
    assert set(per_ticket) == set(ids) and set(per_ticket.values()) == {1}
    with store.unit_of_work() as uow:
        for tid, no in claimed:
            t = uow.tickets.get(tid)
            assert (t.state, t.window_no, t.call_count) == (TicketState.CALLED, no, 1)


def test_concurrent_claim_next_serves_everyone_once(store: Store) -> None:
    tickets_n, windows_n = 30, 5
    with store.unit_of_work() as uow:
        for i in range(tickets_n):
            _issue(uow, at=T0 + timedelta(seconds=i))
    got: list[str] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def window(no: int) -> None:
        try:
            while True:
                with store.unit_of_work() as uow:
                    t = uow.tickets.claim_next(hall_code=HALL, day=DAY, categories=["general"], window_no=no)
                if t is None:
                    return
                with lock:
                    got.append(t.number)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    workers = [threading.Thread(target=window, args=(n,)) for n in range(1, windows_n + 1)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert sorted(got) == [f"A{i:03d}" for i in range(1, tickets_n + 1)]
