"""The board's 暂停服务 and 请准备 (issue 16, point 6): a window paused by its clerk (F9) or
closed by the manager shows as paused with the reason, a closed hall says so and until when,
and the next numbers of each category are listed in calling order (green channel first), on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shared.domain.errors import PermissionDenied, ValidationError
from shared.domain.tickets import Priority
from shared.services import hall_time, tickets, window_pause
from shared.services.actor import Actor, Role
from shared.services.board import BoardReader


@pytest.fixture
def board(ctx) -> BoardReader:
    return BoardReader(ctx, actor=Actor.display("T-0900"))


@pytest.fixture
def manager() -> Actor:
    return Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009")


def test_a_clerk_pauses_only_his_window_and_the_board_shows_it(ctx, board, clerk, chief, manager) -> None:
    assert all(not w.paused for w in board.snapshot().windows)
    pause = window_pause.pause_window(ctx, actor=clerk, window_no=3, reason="  午间   交接 ")
    assert (pause.window_no, pause.reason, pause.set_by) == (3, "午间 交接", clerk.user)
    lines = {w.window_no: w for w in board.snapshot().windows}
    assert lines[3].paused == "午间 交接" and not lines[4].paused
    # another window's clerk may not touch window 3; the manager may
    with pytest.raises(PermissionDenied, match="只能暂停或恢复本窗口"):
        window_pause.resume_window(ctx, actor=chief, window_no=3)
    with pytest.raises(ValidationError, match="暂停原因太长"):
        window_pause.pause_window(ctx, actor=chief, window_no=4, reason="很" * 41)
    assert window_pause.pause_window(ctx, actor=chief, window_no=4).reason == window_pause.DEFAULT_REASON
    window_pause.resume_window(ctx, actor=manager, window_no=3)
    lines = {w.window_no: w for w in board.snapshot().windows}
    assert not lines[3].paused and lines[4].paused
    assert window_pause.window_paused(ctx, actor=chief, window_no=4) is not None
    assert window_pause.window_paused(ctx, actor=clerk, window_no=3) is None
    # the kiosk's 暂停服务 commands live beside them, untouched
    with ctx.unit_of_work(read_only=True) as uow:
        keys = set(uow.fleet.commands())
        entries = uow.audit.entries(action="window.pause") + uow.audit.entries(action="window.resume")
    assert keys == {window_pause.window_key(ctx.settings.hall.code, n) for n in (3, 4)}
    assert sorted((e.actor, e.target) for e in entries) == [
        ("admin", "3"), ("chief01", "4"), ("clerk01", "3")
    ]  # fmt: skip


def test_a_kiosk_or_the_board_cannot_pause_a_window(ctx, kiosk) -> None:
    for who in (kiosk, Actor.display("T-0900")):
        with pytest.raises(PermissionDenied):
            window_pause.pause_window(ctx, actor=who, window_no=3)


def test_a_managers_closure_pauses_a_window_or_the_whole_hall(ctx, board, clock, manager) -> None:
    now = clock.now()
    hall_time.close_temporarily(
        ctx, actor=manager, starts_at=now, ends_at=now + timedelta(hours=1), reason="设备检修", window_no=6
    )
    board.forget()
    snap = board.snapshot()
    assert snap.closed == ""
    assert {w.window_no: w.paused for w in snap.windows}[6] == "设备检修"
    hall_time.close_temporarily(
        ctx, actor=manager, starts_at=now, ends_at=now + timedelta(hours=1), reason="系统升级"
    )
    board.forget()
    closed = board.snapshot().closed
    assert closed.startswith("全厅暂停办理（系统升级）") and "开始办理" in closed
    # the hours are read again once a minute by the hall's clock: the closure over, it is open
    clock.advance(minutes=90)
    assert board.snapshot().closed == ""


def test_next_up_lists_each_categorys_next_numbers_in_calling_order(ctx, board, clock, kiosk, clerk) -> None:
    assert board.snapshot().next_up == []
    issued = [tickets.issue_ticket(ctx, category="general", actor=kiosk).ticket for _ in range(4)]
    clock.advance(minutes=1)
    green = tickets.issue_ticket(
        ctx, category="general", actor=kiosk, declared_priority=Priority.GREEN_DISABLED
    ).ticket
    social = tickets.issue_ticket(ctx, category="social", actor=kiosk).ticket
    tickets.call_next(ctx, actor=clerk, categories=["general"])  # the green ticket goes first
    snap = board.snapshot()
    by_prefix = {n.prefix: n for n in snap.next_up}
    assert set(by_prefix) == {"A", "B"}
    assert by_prefix["A"].waiting == 4 and by_prefix["A"].numbers == tuple(t.number for t in issued[:3])
    assert by_prefix["B"].numbers == (social.number,)
    assert green.number not in by_prefix["A"].numbers  # called already
    assert snap.latest is not None and snap.latest.number == green.number
