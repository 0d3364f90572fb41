"""The hall display board as the hall sees it (issue 16, point 6): every window's full name,
暂停服务 for a paused window and for a closed hall, the last calls and the 请准备 list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject

from counter_app.display import build_display
from counter_app.views.display_window import ROTATE_MS
from shared.services import accounts, hall_time, tickets, window_pause
from shared.services.actor import Actor, Role

pytestmark = pytest.mark.qt

KIOSK = Actor.kiosk("T-0101")
CLERK = Actor(user="lina", role=Role.CLERK, terminal_id="T-0001", window_no=1)
MANAGER = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009")


@pytest.fixture
def board(qtbot, ctx):
    vm, window = build_display(ctx, devices=None, poll_s=3600)
    window.resize(1920, 1080)
    window.show()
    qtbot.addWidget(window)
    vm.start()
    qtbot.waitUntil(lambda: vm.snapshot is not None, timeout=15_000)
    try:
        yield vm, window
    finally:
        vm.stop()
        vm.runner.wait_idle(5)


def _read(qtbot, vm, until) -> None:
    vm.poll()
    qtbot.waitUntil(lambda: vm.snapshot is not None and until(vm.snapshot), timeout=15_000)
    qtbot.wait(20)


def test_full_names_recent_calls_and_next_up(qtbot, ctx, board) -> None:
    vm, window = board
    issued = [tickets.issue_ticket(ctx, category="general", actor=KIOSK).ticket for _ in range(5)]
    tickets.issue_ticket(ctx, category="social", actor=KIOSK)
    called = [tickets.call_next(ctx, actor=CLERK, categories=["general"]) for _ in range(1)]
    _read(qtbot, vm, lambda s: bool(s.recent) and bool(s.next_up))
    names = {w.number: w.label for w in accounts.list_windows(ctx)}
    shown = {t.name.text(): t.caption.text() for t in window.tiles if t.isVisible()}
    for number, name in names.items():
        caption = shown[f"{number}号窗口"]
        assert caption in ("", name) and "…" not in caption  # whole, never cut
        tile = next(t for t in window.tiles if t.name.text() == f"{number}号窗口")
        # the caption fits its tile: wrapped onto lines, never wider than the tile
        assert tile.caption.width() <= tile.width()
        assert tile.caption.heightForWidth(tile.caption.width()) <= tile.caption.height() + 1
    assert any(c == "不动产登记一窗办理" for c in shown.values())
    assert window.recent[0].text().startswith(f"{called[0].number}　→　1号窗口")
    lines = [w.text() for w in window.next_up if w.isVisibleTo(window)]
    assert lines[0] == "综合业务 4人：" + " ".join(t.number for t in issued[1:4])  # three per category
    assert any(line.startswith("社保医保 1人") for line in lines)


def test_a_paused_window_and_a_closed_hall(qtbot, ctx, clock, board) -> None:
    vm, window = board
    window_pause.pause_window(ctx, actor=CLERK, window_no=1, reason="午间交接")
    _read(qtbot, vm, lambda s: any(w.paused for w in s.windows))
    tile = next(t for t in window.tiles if t.name.text() == "1号窗口")
    assert tile.number.text() == "暂停服务" and tile.reason.text() == "午间交接"
    assert tile.property("role") == "board-panel-paused"
    others = [t for t in window.tiles if t.isVisible() and t is not tile]
    assert all(t.number.text() != "暂停服务" for t in others)
    window_pause.resume_window(ctx, actor=CLERK, window_no=1)
    _read(qtbot, vm, lambda s: not any(w.paused for w in s.windows))
    assert tile.number.text() == "—" and not tile.reason.isVisibleTo(window)
    # the manager closes the hall: the call's place says so, and every window is paused
    now = clock.now()
    hall_time.close_temporarily(
        ctx, actor=MANAGER, starts_at=now, ends_at=now + timedelta(hours=1), reason="系统升级"
    )
    vm.reader.forget()
    _read(qtbot, vm, lambda s: bool(s.closed))
    assert window.latest_caption.text() == "暂停服务"
    assert window.latest.text().startswith("全厅暂停办理（系统升级）")
    assert all(t.number.text() == "暂停服务" for t in window.tiles if t.isVisible())


def test_the_board_reads_a_pause_without_a_ticket_event(qtbot, ctx, monkeypatch) -> None:
    """A pause raises no ticket event: the board reads itself again on its own timer."""
    from counter_app.viewmodels import display

    monkeypatch.setattr(display, "SERVICE_REFRESH_S", 0.3)
    vm, window = build_display(ctx, devices=None, poll_s=0.2)
    qtbot.addWidget(window)
    vm.start()
    try:
        qtbot.waitUntil(lambda: vm.snapshot is not None, timeout=15_000)
        window_pause.pause_window(ctx, actor=CLERK, window_no=1, reason="会议")
        qtbot.waitUntil(lambda: any(w.paused == "会议" for w in vm.snapshot.windows), timeout=15_000)
    finally:
        vm.stop()
        vm.runner.wait_idle(5)
    slow, slow_window = build_display(ctx, devices=None, poll_s=3600)
    qtbot.addWidget(slow_window)
    assert slow._service.interval() == 3600 * 1000  # never more often than the board's own poll


class _Paints(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self, widgets) -> None:
        super().__init__()
        self.count = 0
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_an_idle_board_repaints_nothing_and_turns_pages_only_when_there_are_pages(qtbot, board) -> None:
    """Point 7 (an idle board ≤ 1 % of a core): a read that finds the board unchanged (the
    ten-second service refresh) repaints nothing; the notice and 政务公开 turn on one timer,
    which stops when there is nothing to turn to; the clock wakes once a minute."""
    vm, window = board
    qtbot.waitUntil(lambda: len(vm.notices) > 1 and len(vm.public) > 1, timeout=15_000)
    assert window._pages.isActive() and window._pages.interval() == ROTATE_MS
    # the test's clock stands still at a minute's start: the next tick is a minute away
    assert window._clock.isSingleShot() and 1000 <= window._clock.interval() <= 60_050
    notice, page = window.notice.index, window.public_page
    window._turn_pages()  # one tick turns both
    assert (window.notice.index, window.public_page) == (notice + 1, page + 1)

    qtbot.wait(200)  # the first paints are done
    paints = _Paints([window.latest_frame, window.latest, *window.tiles])
    read_at = vm.updated_monotonic
    vm.poll()  # what the service refresh does every ten seconds
    qtbot.waitUntil(lambda: vm.updated_monotonic > read_at, timeout=15_000)
    qtbot.wait(200)
    assert paints.count == 0, "an unchanged board was repainted"
    vm.notices, vm.public = ["请保管好随身物品"], [["政务公开"]]
    window.render()
    assert not window._pages.isActive()  # one sentence, one page: nothing to turn
