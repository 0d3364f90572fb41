"""The board and a counter's waiting list follow the hall's events, not a timer (issue 12,
point 7), on one SQLite file and on PostgreSQL: the timer fallback is set to an hour, so only
an event can bring the call to the screen in time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app.display import build_display
from shared.domain.settings import Settings
from shared.services import tickets
from shared.services.actor import Actor, Role
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from tests.support.counter import OPEN_MORNING, seed_hall

KIOSK = Actor.kiosk("T-0101")
CLERK = Actor(user="clerk03", role=Role.CLERK, terminal_id="T-0003", window_no=3)


@pytest.fixture
def hall(db_url: str, tmp_path: Path) -> Iterator[HallContext]:
    settings = Settings(
        store={"url": db_url, "key_file": tmp_path / "keys" / "pii.key", "backup_dir": tmp_path / "b"},
        terminal={"id": "T-0900", "name": "叫号屏", "kind": "display"},
    )
    ctx = HallContext.open(settings, clock=ManualClock(OPEN_MORNING), create_key=True)
    seed_hall(ctx)
    try:
        yield ctx
    finally:
        ctx.close()


def test_the_board_follows_the_halls_events(qtbot, hall: HallContext) -> None:
    vm, window = build_display(hall, devices=None, poll_s=3600)
    qtbot.addWidget(window)
    vm.start()
    try:
        qtbot.waitUntil(lambda: vm.live.live and vm.live.subscriber.online, timeout=15_000)
        qtbot.waitUntil(lambda: vm.snapshot is not None, timeout=15_000)
        issued = tickets.issue_ticket(hall, category="general", actor=KIOSK)
        qtbot.waitUntil(lambda: any(w[0] == "A" and w[2] == 1 for w in vm.snapshot.waiting), timeout=15_000)
        called = tickets.call_next(hall, actor=CLERK, categories=["general"])
        assert called is not None and called.id == issued.ticket.id
        qtbot.waitUntil(lambda: [c.number for c in vm.announced] == [issued.number], timeout=15_000)
        assert vm.live.events >= 2  # the issue and the call came as events
        # the 政务公开 panel turns pages from the published catalog
        qtbot.waitUntil(lambda: bool(vm.public), timeout=15_000)
        assert any("不收费" in line for page in vm.public for line in page)
    finally:
        vm.stop()
        vm.runner.wait_idle(5)


def test_a_counters_waiting_list_follows_a_kiosk_ticket(qtbot, counter, ctx) -> None:
    from tests.support.counter import sign_in

    sign_in(counter, qtbot)
    queue = counter.queue
    assert queue.live.live  # events, not the queue_poll_s timer
    before = sum(s.waiting for s in queue.status)
    tickets.issue_ticket(ctx, category="general", actor=KIOSK)
    # well inside the 60 s safety refresh: only the event can have brought it
    qtbot.waitUntil(lambda: sum(s.waiting for s in queue.status) == before + 1, timeout=10_000)
