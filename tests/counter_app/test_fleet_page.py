"""Fleet health at the counter (issue 15): the counter and the display board beat on their
runners (the first beat at start, then every [fleet] heartbeat_seconds), and the manager's
终端状态 page lists the terminals with their alerts and pauses a kiosk."""

from __future__ import annotations

from datetime import timedelta

from counter_app.display import build_display
from devices.base import Health, HealthState
from devices.printer.errors import PaperOut
from shared.domain.settings import TerminalSettings
from shared.services import fleet
from shared.services.actor import Actor, Role
from shared.services.context import HallContext
from tests.support.counter import settle, sign_in

MANAGER = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0001")


def _kiosk_beats(ctx: HallContext, *, paper_out: bool = False) -> fleet.ServiceCommand:
    there = HallContext(
        settings=ctx.settings.model_copy(
            update={"terminal": TerminalSettings(id="T-0101", name="1号自助机", kind="kiosk")}
        ),
        store=ctx.store,
        clock=ctx.clock,
    )
    printer = (
        Health(HealthState.OFFLINE, PaperOut.default_message, code="paper_out") if paper_out else Health(HealthState.OK)
    )
    return fleet.record_heartbeat(
        there, kind="kiosk", screen="home", devices={"printer": printer}, started_at=ctx.now()
    )


def test_the_counter_beats_on_its_runner_with_its_screen(qtbot, counter, ctx) -> None:
    qtbot.waitUntil(lambda: counter.heartbeat.sent >= 1, timeout=10_000)
    row = fleet.list_terminals(ctx, actor=MANAGER).get("T-0001")
    assert row.beat.kind == "counter" and row.beat.screen == "signin"
    assert {"idcard", "printer"} <= set(row.beat.devices)
    sign_in(counter, qtbot)
    counter.heartbeat.beat()
    settle(counter, qtbot)
    assert fleet.list_terminals(ctx, actor=MANAGER).get("T-0001").beat.screen == "work"
    assert counter.heartbeat.interval_ms == 10_000


def test_the_display_board_beats(qtbot, ctx) -> None:
    vm, window = build_display(ctx, devices=None, poll_s=3600)
    qtbot.addWidget(window)
    vm.start()
    try:
        qtbot.waitUntil(lambda: vm.heartbeat.sent >= 1, timeout=10_000)
    finally:
        vm.stop()
        vm.runner.wait_idle(5)
    row = fleet.list_terminals(ctx, actor=MANAGER).get(ctx.settings.terminal.id)
    assert row.beat.kind == "display" and row.beat.screen == "board" and row.beat.outbox_backlog == 0


def test_the_manager_sees_alerts_and_pauses_a_kiosk(qtbot, counter, ctx, clock) -> None:
    _kiosk_beats(ctx, paper_out=True)
    sign_in(counter, qtbot, "admin")
    assert counter.workspace.show_page("fleet")
    qtbot.waitUntil(lambda: counter.fleet.report is not None and len(counter.fleet.report.terminals) == 2, timeout=10_000)
    page = counter.fleet_page
    rows = {page.table.item(r, 1).text(): r for r in range(page.table.rowCount())}
    k = rows["T-0101"]
    assert page.table.item(k, 0).text() == "告警"  # the state in words, not by colour alone
    assert "凭条打印机缺纸" in page.table.item(k, 9).text()
    assert not page.pause.isEnabled()  # nothing selected yet
    page.table.selectRow(k)
    assert counter.fleet.selected == "T-0101" and page.pause.isEnabled()
    page.reason.setText("更换纸卷")
    page.pause.click()
    settle(counter, qtbot)
    qtbot.waitUntil(lambda: counter.fleet.report.get("T-0101").pause_asked, timeout=10_000)
    assert "暂停服务" in counter.workspace.message.text.text()
    assert page.resume.isEnabled() and not page.pause.isEnabled()
    assert _kiosk_beats(ctx).paused  # the kiosk hears it with its next beat
    # a counter cannot be paused: its row offers neither action
    page.table.selectRow(rows["T-0001"])
    assert not page.pause.isEnabled() and not page.resume.isEnabled()
    # two minutes and a bit without a beat from the kiosk: offline at the next read
    clock.advance(timedelta(seconds=150))
    counter.fleet.refresh()
    settle(counter, qtbot)
    assert counter.fleet.report.get("T-0101").level == "offline"
    counter.signin.sign_out("test")
    settle(counter, qtbot)
    assert counter.fleet.report is None and not counter.fleet.timer.isActive()
