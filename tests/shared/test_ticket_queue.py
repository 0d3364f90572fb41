from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from shared.domain.errors import InvalidTransition
from shared.domain.tickets import _ALLOWED as TICKET_GRAPH
from shared.domain.tickets import (
    CALLABLE_STATES,
    STATE_LABELS,
    Priority,
    QueueEntry,
    TicketState,
    may_call,
    pick_next,
    priority_for,
    ticket_number,
    transition,
)
from tests.support.hall_rules import GREEN_CHANNEL, expected_order_key, expected_rank

T0 = datetime(2025, 3, 3, 9, 0)
TERMINAL = {TicketState.DONE, TicketState.NO_SHOW}


def entry(tid: str, minutes: int, **kw: object) -> QueueEntry:
    fields: dict[str, object] = {
        "ticket_id": tid,
        "category": "general",
        "state": TicketState.WAITING,
        "priority": Priority.NORMAL,
        "issued_at": T0 + timedelta(minutes=minutes),
        "seq": minutes + 1,
    }
    fields.update(kw)
    return QueueEntry(**fields)  # type: ignore[arg-type]


# --- the state machine -------------------------------------------------------------------


def test_terminal_ticket_states_have_no_exits() -> None:
    assert set(STATE_LABELS) == set(TicketState)
    for state in TERMINAL:
        assert state not in TICKET_GRAPH
        for target in TicketState:
            with pytest.raises(InvalidTransition) as err:
                transition(state, target)
            assert err.value.hint


@given(st.sampled_from(TicketState), st.lists(st.sampled_from(TicketState), max_size=20))
def test_random_walks_never_leave_the_allowed_graph(start: TicketState, targets: list[TicketState]) -> None:
    state = start
    for target in targets:
        allowed = TICKET_GRAPH.get(state, frozenset())
        try:
            state_after = transition(state, target)
        except InvalidTransition as err:
            assert target not in allowed
            assert err.hint and STATE_LABELS[target] in err.message
        else:
            assert target in allowed and state_after is target
            state = state_after


# --- calling order: examples ---------------------------------------------------------------


def test_green_channel_before_normal_and_first_come_first_served() -> None:
    entries = [
        entry("n1", 0),
        entry("n2", 1),
        entry("g1", 5, priority=Priority.GREEN_ELDERLY),
        entry("g2", 3, priority=Priority.GREEN_PREGNANT),
    ]
    order = []
    while (
        picked := pick_next(entries, categories={"general"}, window_no=1, now=T0 + timedelta(hours=1))
    ) is not None:
        order.append(picked.ticket_id)
        entries = [replace(e, state=TicketState.CALLED) if e is picked else e for e in entries]
    # green tickets by arrival (not by kind of green), then normal ones by arrival
    assert order == ["g2", "g1", "n1", "n2"]


def test_transferred_first_and_due_appointments_before_walk_ins() -> None:
    now = T0 + timedelta(hours=2)
    entries = [
        entry("walk_in", 0),
        entry("later_slot", 1, priority=Priority.APPOINTMENT, appointment_at=now + timedelta(minutes=30)),
        entry("due_slot", 2, priority=Priority.APPOINTMENT, appointment_at=now + timedelta(minutes=5)),
        entry("green", 3, priority=Priority.GREEN_DISABLED),
        entry("transferred", 4, state=TicketState.TRANSFERRED),
    ]
    order = []
    while (picked := pick_next(entries, categories={"general"}, window_no=1, now=now)) is not None:
        order.append(picked.ticket_id)
        entries = [replace(e, state=TicketState.CALLED) if e is picked else e for e in entries]
    assert order == ["transferred", "green", "due_slot", "walk_in", "later_slot"]


def test_an_earlier_ticket_is_called_before_a_later_one_of_another_category_with_a_lower_number() -> None:
    """Daily numbers count per category: B001 issued after A002 still waits behind it."""
    entries = [
        entry("A001", 0, seq=1),
        entry("A002", 1, seq=2),
        entry("B001", 2, seq=1, category="social"),
    ]
    order, both, later = [], {"general", "social"}, T0 + timedelta(hours=1)
    while (picked := pick_next(entries, categories=both, window_no=1, now=later)) is not None:
        order.append(picked.ticket_id)
        entries = [replace(e, state=TicketState.CALLED) if e is picked else e for e in entries]
    assert order == ["A001", "A002", "B001"]


def test_every_priority_is_declared_and_the_green_channel_is_the_one_the_rules_name() -> None:
    assert set(GREEN_CHANNEL) == set(Priority), "declare the new priority in tests/support/hall_rules.py"
    assert {p for p in Priority if p.is_green} == {p for p, green in GREEN_CHANNEL.items() if green}


@pytest.mark.parametrize("priority", list(Priority))
def test_each_priority_waits_where_the_rules_put_it(priority: Priority) -> None:
    """One ticket of each priority against an earlier walk-in: the green channel goes first."""
    walk_in = entry("walk_in", 0)
    other = entry("other", 5, priority=priority)
    picked = pick_next([walk_in, other], categories={"general"}, window_no=1, now=T0 + timedelta(hours=1))
    assert picked is not None
    assert picked.ticket_id == ("other" if GREEN_CHANNEL[priority] else "walk_in")


def test_categories_and_target_windows() -> None:
    entries = [
        entry("social", 0, category="social"),
        entry("for_w2", 1, state=TicketState.TRANSFERRED, target_window=2),
    ]
    assert pick_next(entries, categories={"general"}, window_no=1, now=T0) is None
    assert pick_next(entries, categories={"social"}, window_no=1, now=T0).ticket_id == "social"  # type: ignore[union-attr]
    assert pick_next(entries, categories={"general"}, window_no=2, now=T0).ticket_id == "for_w2"  # type: ignore[union-attr]


def test_a_ticket_transferred_to_a_window_is_called_there_whatever_its_category() -> None:
    # Regression: a clerk sends a 综合 (general) ticket to the 不动产 window 6, which lists only
    # "realty". It used to be filtered out by category there and by target window everywhere
    # else: nobody could ever call it.
    sent = entry("sent", 0, state=TicketState.TRANSFERRED, target_window=6)
    assert pick_next([sent], categories={"realty"}, window_no=6, now=T0) == sent
    assert pick_next([sent], categories={"general"}, window_no=1, now=T0) is None
    # the store's SQL claim uses the same rule through may_call
    assert may_call(sent, categories={"realty"}, window_no=6)
    assert not may_call(sent, categories={"general"}, window_no=1)
    assert not may_call(replace(sent, state=TicketState.CALLED), categories={"realty"}, window_no=6)


def test_priority_for_and_ticket_number() -> None:
    today = T0.date()
    assert (
        priority_for(birth=today.replace(year=today.year - 60), today=today, green_age=60)
        is Priority.GREEN_ELDERLY
    )
    assert (
        priority_for(birth=today.replace(year=today.year - 30), today=today, green_age=60) is Priority.NORMAL
    )
    assert priority_for(birth=None, today=today, green_age=60, declared=Priority.GREEN_PREGNANT).is_green
    assert ticket_number("A", 7) == "A007" and ticket_number("A", 1000) == "A1000"


# --- calling order: a simulated hall --------------------------------------------------------

WINDOWS: dict[int, set[str]] = {1: {"general", "social"}, 2: {"social"}, 3: {"realty"}, 4: {"general"}}
CATEGORIES = ["general", "social", "realty", "civil"]  # nobody serves "civil" here
SERVED = set().union(*WINDOWS.values())


def may_serve(window: int, e: QueueEntry) -> bool:
    if e.state not in (TicketState.WAITING, TicketState.TRANSFERRED):
        return False
    if e.target_window is not None:
        return e.target_window == window
    return e.category in WINDOWS[window]


class Hall(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = T0
        self.seq = 0  # for ticket ids
        self.numbers: dict[str, int] = {}  # the daily number, per category as the store counts it
        self.tickets: dict[str, QueueEntry] = {}
        self.at_window: dict[int, str | None] = dict.fromkeys(WINDOWS)
        self.held: dict[str, int] = {}  # ticket -> window that holds it
        self.calls_this_wait: dict[str, int] = {}  # calls since the ticket last (re)entered the queue

    def _tick(self) -> None:
        self.now += timedelta(seconds=37)

    def _set(self, tid: str, **changes: object) -> None:
        self.tickets[tid] = replace(self.tickets[tid], **changes)  # type: ignore[arg-type]

    def _move(self, tid: str, target: TicketState) -> None:
        self._set(tid, state=transition(self.tickets[tid].state, target))

    @rule(
        category=st.sampled_from(CATEGORIES),
        priority=st.sampled_from(Priority),
        slot=st.none() | st.integers(-30, 90),
    )
    def issue(self, category: str, priority: Priority, slot: int | None) -> None:
        self._tick()
        self.seq += 1
        self.numbers[category] = self.numbers.get(category, 0) + 1
        tid = f"T{self.seq:04d}"
        appointment = self.now + timedelta(minutes=slot) if slot is not None else None
        self.tickets[tid] = QueueEntry(
            tid, category, TicketState.WAITING, priority, self.now, self.numbers[category], appointment
        )
        self.calls_this_wait[tid] = 0

    @rule(window=st.sampled_from(sorted(WINDOWS)))
    def call(self, window: int) -> None:
        if self.at_window[window] is not None:
            return
        self._tick()
        entries = list(self.tickets.values())
        eligible = [e for e in entries if may_serve(window, e)]
        picked = pick_next(entries, categories=WINDOWS[window], window_no=window, now=self.now)
        if not eligible:
            assert picked is None
            return
        # nobody the window may serve is skipped silently
        assert picked is not None and picked in eligible
        assert picked.state in CALLABLE_STATES
        # the highest rank waiting goes first: green before normal, transferred before all
        best = min(expected_rank(e, self.now) for e in eligible)
        assert expected_rank(picked, self.now) == best
        # first come first served within a rank, across categories (not by daily number)
        assert expected_order_key(picked, self.now) == min(expected_order_key(e, self.now) for e in eligible)
        # never called twice for one wait
        assert self.calls_this_wait[picked.ticket_id] == 0
        self.calls_this_wait[picked.ticket_id] += 1
        self._move(picked.ticket_id, TicketState.CALLED)
        self.at_window[window] = picked.ticket_id

    def _current(self, window: int, state: TicketState) -> str | None:
        tid = self.at_window[window]
        return tid if tid is not None and self.tickets[tid].state is state else None

    @rule(window=st.sampled_from(sorted(WINDOWS)))
    def recall(self, window: int) -> None:
        if tid := self._current(window, TicketState.CALLED):
            self._move(tid, TicketState.CALLED)

    @rule(window=st.sampled_from(sorted(WINDOWS)))
    def start(self, window: int) -> None:
        if tid := self._current(window, TicketState.CALLED):
            self._move(tid, TicketState.SERVING)

    @rule(window=st.sampled_from(sorted(WINDOWS)))
    def no_show(self, window: int) -> None:
        if tid := self._current(window, TicketState.CALLED):
            self._move(tid, TicketState.NO_SHOW)
            self.at_window[window] = None

    @rule(window=st.sampled_from(sorted(WINDOWS)))
    def finish(self, window: int) -> None:
        if tid := self._current(window, TicketState.SERVING):
            self._move(tid, TicketState.DONE)
            self.at_window[window] = None

    @rule(window=st.sampled_from(sorted(WINDOWS)))
    def hold(self, window: int) -> None:
        if tid := self._current(window, TicketState.SERVING):
            self._move(tid, TicketState.HELD)
            self.held[tid] = window
            self.at_window[window] = None

    @rule(data=st.data())
    def resume(self, data: st.DataObject) -> None:
        free = [(tid, w) for tid, w in self.held.items() if self.at_window[w] is None]
        if not free:
            return
        tid, window = data.draw(st.sampled_from(free))
        self._move(tid, TicketState.SERVING)
        del self.held[tid]
        self.at_window[window] = tid

    @rule(
        window=st.sampled_from(sorted(WINDOWS)),
        category=st.sampled_from(CATEGORIES),
        to_window=st.none() | st.sampled_from(sorted(WINDOWS)),
    )
    def transfer(self, window: int, category: str, to_window: int | None) -> None:
        tid = self.at_window[window]
        if tid is None:
            return
        self._move(tid, TicketState.TRANSFERRED)
        self._set(tid, category=category, target_window=to_window)
        self.at_window[window] = None
        self.calls_this_wait[tid] = 0

    @rule(tid=st.integers(1, 200), wanted=st.sampled_from(TicketState))
    def refused_transitions_change_nothing(self, tid: int, wanted: TicketState) -> None:
        key = f"T{tid:04d}"
        if key not in self.tickets:
            return
        state = self.tickets[key].state
        if wanted in TICKET_GRAPH.get(state, frozenset()):
            return
        with pytest.raises(InvalidTransition) as err:
            transition(state, wanted)
        assert err.value.hint
        assert self.tickets[key].state is state

    @invariant()
    def windows_hold_distinct_open_tickets(self) -> None:
        current = [tid for tid in self.at_window.values() if tid is not None]
        assert len(current) == len(set(current))
        for tid in current:
            assert self.tickets[tid].state in (TicketState.CALLED, TicketState.SERVING)
        for tid in self.held:
            assert self.tickets[tid].state is TicketState.HELD

    def teardown(self) -> None:
        # drain the hall: every ticket some window may serve is eventually called
        for _ in range(len(self.tickets) + len(WINDOWS) + 1):
            for window in WINDOWS:
                if tid := self.at_window[window]:
                    if self.tickets[tid].state is TicketState.CALLED:
                        self._move(tid, TicketState.SERVING)
                    self._move(tid, TicketState.DONE)
                    self.at_window[window] = None
                self.call(window)
        stuck = [e for e in self.tickets.values() if any(may_serve(w, e) for w in WINDOWS)]
        assert not stuck
        for e in self.tickets.values():
            if e.state in CALLABLE_STATES:
                # left only when no window is configured for it
                assert e.target_window is None and e.category not in SERVED


Hall.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestHall = Hall.TestCase
