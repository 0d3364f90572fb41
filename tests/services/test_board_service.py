"""The hall display board's reading: the calls of the day, each window's current ticket, the
waiting counts, and which calls are new (a recall is one); only the board and the staff read it."""

from __future__ import annotations

import pytest

from shared.domain.errors import PermissionDenied
from shared.domain.tickets import TicketState
from shared.services import accounts, tickets
from shared.services.actor import Actor
from shared.services.board import BoardReader, new_calls


@pytest.fixture
def board(ctx) -> BoardReader:
    return BoardReader(ctx, actor=Actor.display("T-0900"))


def test_the_board_shows_each_call_and_announces_only_new_ones(
    ctx, board, clock, kiosk, clerk, chief
) -> None:
    first_look = board.snapshot()
    assert first_look.latest is None and new_calls(None, first_look) == []
    a = tickets.issue_ticket(ctx, category="general", actor=kiosk).ticket
    b = tickets.issue_ticket(ctx, category="general", actor=kiosk).ticket
    tickets.issue_ticket(ctx, category="social", actor=kiosk)
    tickets.call_next(ctx, actor=clerk, categories=["general"])
    clock.advance(minutes=1)
    tickets.call_next(ctx, actor=chief, categories=["general"])
    snap = board.snapshot()
    assert [(c.number, c.window_no) for c in new_calls(first_look.call_keys, snap)] == [
        (a.number, 3),
        (b.number, 4),
    ]
    assert snap.latest is not None and snap.latest.number == b.number
    current = {w.window_no: w.current.number for w in snap.windows if w.current is not None}
    assert current == {3: a.number, 4: b.number}
    published = {w.number: w.label for w in accounts.list_windows(ctx)}
    assert {w.window_no: w.name for w in snap.windows}[3] == published[3]
    waiting = {prefix: n for prefix, _name, n in snap.waiting}
    assert waiting["A"] == 0 and waiting["B"] == 1
    # a recall is a new call to announce; a call already seen is not
    clock.advance(minutes=1)
    tickets.recall(ctx, actor=clerk, ticket_id=a.id)
    again = board.snapshot()
    assert [(c.number, c.call_count) for c in new_calls(snap.call_keys, again)] == [(a.number, 2)]
    # a finished ticket leaves its window's line
    tickets.start_serving(ctx, actor=chief, ticket_id=b.id)
    tickets.finish(ctx, actor=chief, ticket_id=b.id)
    lines = {w.window_no: w.current for w in board.snapshot().windows}
    assert lines[4] is None and lines[3] is not None and lines[3].state is TicketState.CALLED


def test_a_kiosk_does_not_read_the_board(ctx, kiosk) -> None:
    with pytest.raises(PermissionDenied, match="叫号屏"):
        BoardReader(ctx, actor=kiosk)
