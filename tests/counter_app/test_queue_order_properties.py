"""Queue order through the real store (SQLite file), as properties: whatever kiosks issue and
windows do, ``call_next`` never calls a ticket twice (unless it was transferred back into the
queue), never skips one silently (the ticket called is the first in calling order of all the
window may call), and the priorities hold (transferred, then green channel, then due
appointments, then first come first served). Each example runs in its own hall code on one
shared store, so no example sees another's tickets."""

from __future__ import annotations

import itertools
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_store.store import Store
from shared.domain.settings import Settings
from shared.domain.tickets import Priority, QueueEntry, TicketState, may_call
from shared.services import tickets
from shared.services.actor import Actor, Role
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from tests.support.counter import OPEN_MORNING
from tests.support.hall_rules import GREEN_CHANNEL, expected_order_key, expected_rank

WINDOWS = {1: ("general", "social"), 2: ("social",), 3: ("civil", "general")}
CATEGORIES = ("general", "social", "civil")
KIOSK = Actor.kiosk("T-0101")

# every priority a ticket can have, each as a resident gets it: a green one declared at the
# kiosk, an appointment by its slot, a walk-in by nothing (normal twice: the common case)
issue = st.tuples(
    st.just("issue"),
    st.sampled_from(CATEGORIES),
    st.sampled_from([*Priority, Priority.NORMAL]),
    st.integers(-30, 60),
)
tick = st.tuples(st.just("tick"), st.integers(1, 15))
call = st.tuples(st.just("call"), st.sampled_from(sorted(WINDOWS)))
settle = st.tuples(
    st.just("settle"),
    st.sampled_from(sorted(WINDOWS)),
    st.sampled_from(["done", "no_show", "recall", "to_window", "to_category"]),
    st.integers(0, 5),
)
operations = st.lists(st.one_of(issue, issue, tick, call, call, settle), min_size=4, max_size=28)

_halls = itertools.count(1)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory) -> Store:
    tmp: Path = tmp_path_factory.mktemp("queue-props")
    store = Store.for_tests(f"sqlite:///{tmp / 'yimen.db'}", tmp / "keys" / "pii.key")
    yield store
    store.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=operations)
def test_call_next_never_repeats_never_skips_and_keeps_priorities(shared_store: Store, ops) -> None:
    clock = ManualClock(OPEN_MORNING)
    ctx = HallContext(
        settings=Settings(hall={"code": f"PROP-{next(_halls)}"}), store=shared_store, clock=clock
    )
    actors = {
        w: Actor(user=f"clerk{w}", role=Role.CLERK, terminal_id=f"T-{w:04d}", window_no=w) for w in WINDOWS
    }
    model: dict[str, QueueEntry] = {}
    at_window: dict[int, str] = {}  # window -> ticket it called and has not settled
    callable_again: set[str] = set()  # transferred after being called: may be called once more
    called_ever: set[str] = set()

    for op in ops:
        now = clock.now()
        if op[0] == "issue":
            _, cat, kind, offset = op
            issued = tickets.issue_ticket(
                ctx,
                category=cat,
                actor=KIOSK,
                declared_priority=kind if GREEN_CHANNEL[kind] else None,
                appointment_at=now + timedelta(minutes=offset) if kind is Priority.APPOINTMENT else None,
            )
            t = issued.ticket
            assert t.priority is kind
            model[t.id] = QueueEntry(
                t.id, t.category, t.state, t.priority, t.issued_at, t.seq, t.appointment_at
            )
        elif op[0] == "tick":
            clock.advance(minutes=op[1])
        elif op[0] == "call":
            w = op[1]
            if w in at_window:
                continue
            eligible = [e for e in model.values() if may_call(e, categories=set(WINDOWS[w]), window_no=w)]
            got = tickets.call_next(ctx, actor=actors[w], categories=WINDOWS[w])
            if got is None:
                assert eligible == [], f"window {w} found nobody while {len(eligible)} may be called"
                continue
            assert got.id in {e.ticket_id for e in eligible}, "called a ticket this window may not call"
            # never twice: a second call needs a transfer in between
            assert got.id not in called_ever or got.id in callable_again
            callable_again.discard(got.id)
            called_ever.add(got.id)
            mine = model[got.id]
            for e in eligible:  # nobody the window may call comes before the one it got
                assert expected_order_key(e, now) >= expected_order_key(mine, now)
            if any(GREEN_CHANNEL[e.priority] for e in eligible if e.state is not TicketState.TRANSFERRED):
                assert expected_rank(mine, now) <= 1, "a green-channel ticket waited while another was called"
            model[got.id] = QueueEntry(
                mine.ticket_id,
                mine.category,
                TicketState.CALLED,
                mine.priority,
                mine.issued_at,
                mine.seq,
                mine.appointment_at,
                mine.target_window,
            )
            at_window[w] = got.id
        else:
            _, w, action, pick = op
            ticket_id = at_window.get(w)
            if ticket_id is None:
                continue
            e = model[ticket_id]
            actor = actors[w]
            if action == "recall":
                got = tickets.recall(ctx, actor=actor, ticket_id=ticket_id)
                assert got.state is TicketState.CALLED and got.call_count >= 2
                continue
            if action == "done":
                tickets.start_serving(ctx, actor=actor, ticket_id=ticket_id)
                tickets.finish(ctx, actor=actor, ticket_id=ticket_id)
                state, target_window, category = TicketState.DONE, e.target_window, e.category
            elif action == "no_show":
                tickets.mark_no_show(ctx, actor=actor, ticket_id=ticket_id)
                state, target_window, category = TicketState.NO_SHOW, e.target_window, e.category
            elif action == "to_window":
                target = [x for x in WINDOWS if x != w][pick % 2]
                tickets.transfer(ctx, actor=actor, ticket_id=ticket_id, target_window=target)
                state, target_window, category = TicketState.TRANSFERRED, target, e.category
                callable_again.add(ticket_id)
            else:
                category = CATEGORIES[pick % len(CATEGORIES)]
                tickets.transfer(ctx, actor=actor, ticket_id=ticket_id, target_category=category)
                state, target_window = TicketState.TRANSFERRED, None
                callable_again.add(ticket_id)
            model[ticket_id] = QueueEntry(
                ticket_id, category, state, e.priority, e.issued_at, e.seq, e.appointment_at, target_window
            )
            del at_window[w]

    # nothing lost: the store holds every ticket issued, each in the state the model expects
    with ctx.unit_of_work(read_only=True) as uow:
        stored = {
            t.id: t for t in uow.tickets.list_for_day(hall_code=ctx.settings.hall.code, day=ctx.today())
        }
    assert set(stored) == set(model)
    for ticket_id, e in model.items():
        assert stored[ticket_id].state is e.state
    numbers = [t.number for t in stored.values()]
    assert len(numbers) == len(set(numbers))  # no number issued twice
