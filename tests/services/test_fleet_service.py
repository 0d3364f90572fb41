"""Fleet health (issue 15, point 1): heartbeats into the store, the alerts derived from them at
the reader's clock (a ManualClock, never a sleep), and 暂停服务 set by the manager and heard by
the kiosk's next beat; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from devices.base import Health, HealthState
from devices.printer.errors import PaperNearEnd, PaperOut
from offline_store.repositories.jobs import FAILED, OK
from shared.domain.errors import NotFound, PermissionDenied, ValidationError
from shared.domain.settings import FleetSettings, TerminalSettings
from shared.services import fleet
from shared.services.actor import Actor, Role
from shared.services.clock import ManualClock
from shared.services.context import HallContext

MANAGER = Actor(user="mgr01", role=Role.MANAGER, terminal_id="T-0009")
CLERK = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0003", window_no=3)
ALL_OK = {"printer": Health(HealthState.OK), "idcard": Health(HealthState.OK)}


def terminal(ctx: HallContext, tid: str, kind: str = "kiosk", **fleet_settings: object) -> HallContext:
    """The same store and clock seen from another terminal (its own settings.terminal)."""
    settings = ctx.settings.model_copy(
        update={
            "terminal": TerminalSettings(id=tid, name=f"{tid} 号", kind=kind),  # type: ignore[arg-type]
            "fleet": FleetSettings(**fleet_settings),  # type: ignore[arg-type]
        }
    )
    return HallContext(settings=settings, store=ctx.store, clock=ctx.clock)


def beat(
    ctx: HallContext,
    *,
    kind: str = "kiosk",
    devices: dict[str, Health] | None = None,
    version: str = "1.4.0",
    screen: str = "home",
    errors: tuple[str, ...] = (),
    service_state: str = "open",
) -> fleet.ServiceCommand:
    return fleet.record_heartbeat(
        ctx,
        kind=kind,
        screen=screen,
        devices=ALL_OK if devices is None else devices,
        started_at=ctx.now() - timedelta(hours=1),
        version=version,
        errors=errors,
        service_state=service_state,
    )


def codes(report: fleet.FleetReport, tid: str) -> list[str]:
    return [a.code for a in report.get(tid).alerts]


def test_a_beat_is_one_row_per_terminal_overwritten(ctx: HallContext, clock: ManualClock) -> None:
    k1 = terminal(ctx, "K-01")
    beat(k1, screen="home")
    clock.advance(seconds=10)
    beat(k1, screen="ticket")
    report = fleet.list_terminals(ctx, actor=MANAGER)
    assert [t.terminal_id for t in report.terminals] == ["K-01"]
    k = report.get("K-01")
    assert k.online and k.level == "ok" and k.alerts == ()
    assert k.beat.screen == "ticket"
    assert k.beat.at == clock.now()
    assert k.beat.devices["printer"] == {"state": "ok", "detail": ""}
    assert k.beat.outbox_backlog == 0 and k.beat.last_sync_at is None


def test_offline_after_two_minutes_at_the_readers_clock(ctx: HallContext, clock: ManualClock) -> None:
    beat(terminal(ctx, "K-01"))
    clock.advance(seconds=120)
    assert codes(fleet.list_terminals(ctx, actor=MANAGER), "K-01") == []
    clock.advance(seconds=1)
    report = fleet.list_terminals(ctx, actor=MANAGER)
    k = report.get("K-01")
    assert not k.online and k.level == "offline" and codes(report, "K-01") == ["offline"]
    assert k.alerts[0].text == "离线：已 2 分钟没有心跳"
    assert report.counts()["offline"] == 1


def test_printer_out_of_paper_and_low_paper(ctx: HallContext) -> None:
    out = Health(HealthState.OFFLINE, PaperOut.default_message, code=PaperOut.health_code)
    low = Health(HealthState.DEGRADED, PaperNearEnd.default_message, code=PaperNearEnd.health_code)
    beat(terminal(ctx, "K-01"), devices={"printer": out, "idcard": Health(HealthState.OK)})
    beat(terminal(ctx, "K-02"), devices={"printer": low})
    beat(terminal(ctx, "K-03"), devices={"idcard": Health(HealthState.OFFLINE, "读卡器未连接")})
    report = fleet.list_terminals(ctx, actor=MANAGER)
    assert codes(report, "K-01") == ["paper_out"] and report.get("K-01").level == "alert"
    assert report.get("K-01").beat.devices["printer"]["state"] == "paper_out"
    assert codes(report, "K-02") == ["paper_low"] and report.get("K-02").level == "warning"
    assert codes(report, "K-03") == ["device_offline"] and "读卡器未连接" in report.get("K-03").alerts[0].text
    # the worst first: alerts above warnings
    assert [t.terminal_id for t in report.terminals] == ["K-01", "K-03", "K-02"]


def test_backlog_over_its_limit(ctx: HallContext) -> None:
    k1 = terminal(ctx, "K-01", max_backlog=2)
    with ctx.unit_of_work() as uow:
        for i in range(2):
            uow.outbox.add(kind="test.event", payload={"n": i}, at=ctx.now())
    beat(k1)
    assert codes(fleet.list_terminals(k1, actor=MANAGER), "K-01") == []
    with ctx.unit_of_work() as uow:
        uow.outbox.add(kind="test.event", payload={"n": 2}, at=ctx.now())
    beat(k1)
    report = fleet.list_terminals(k1, actor=MANAGER)
    assert report.get("K-01").beat.outbox_backlog == 3
    assert codes(report, "K-01") == ["backlog"]
    # the display reads no outbox (no grant in hall mode): never a backlog
    beat(terminal(ctx, "D-01", kind="display", max_backlog=2), kind="display")
    assert fleet.list_terminals(k1, actor=MANAGER).get("D-01").beat.outbox_backlog == 0


def test_a_version_differing_from_the_majority(ctx: HallContext, clock: ManualClock) -> None:
    beat(terminal(ctx, "K-01"), version="1.4.0")
    beat(terminal(ctx, "K-02"), version="1.4.0")
    beat(terminal(ctx, "C-01", kind="counter"), kind="counter", version="1.3.9")
    report = fleet.list_terminals(ctx, actor=MANAGER)
    assert report.majority_version == "1.4.0"
    assert codes(report, "C-01") == ["version"] and codes(report, "K-01") == []
    # one version everywhere: nobody differs
    beat(terminal(ctx, "C-01", kind="counter"), kind="counter", version="1.4.0")
    assert all(t.alerts == () for t in fleet.list_terminals(ctx, actor=MANAGER).terminals)


def test_majority_counts_terminals_online_and_breaks_ties_by_newest() -> None:
    assert fleet.majority_version(["1.10.0", "1.9.0"]) == "1.10.0"
    assert fleet.majority_version(["1.2", "1.2", "1.10"]) == "1.2"
    assert fleet.majority_version([]) == ""


def test_a_failing_job_shows_hall_wide_and_on_its_terminal(ctx: HallContext, clock: ManualClock) -> None:
    beat(terminal(ctx, "S-01", kind="counter"), kind="counter")
    beat(terminal(ctx, "K-01"))
    with ctx.unit_of_work() as uow:
        run = uow.jobs.claim(
            job_name="backup.create",
            scheduled_for=clock.now(),
            attempt=1,
            trigger="schedule",
            terminal_id="S-01",
            host="h",
            pid=1,
            started_at=clock.now(),
        )
        assert run is not None
        uow.jobs.finish(
            run_id=run.id, state=FAILED, finished_at=clock.now(), error="pg_dump: 连接 13812345678 被拒绝\nTraceback"
        )
    report = fleet.list_terminals(ctx, actor=MANAGER)
    assert [a.code for a in report.job_alerts] == ["job"]
    text = report.job_alerts[0].text
    assert "backup.create" in text or "备份" in text
    assert "失败" in text and "Traceback" not in text
    assert "13812345678" not in text and "138****5678" in text
    assert codes(report, "S-01") == ["job"] and codes(report, "K-01") == []
    # the next run succeeds: the alert goes
    clock.advance(minutes=10)
    with ctx.unit_of_work() as uow:
        again = uow.jobs.claim(
            job_name="backup.create",
            scheduled_for=clock.now(),
            attempt=1,
            trigger="schedule",
            terminal_id="S-01",
            host="h",
            pid=1,
            started_at=clock.now(),
        )
        assert again is not None
        uow.jobs.finish(run_id=again.id, state=OK, finished_at=clock.now())
    assert fleet.list_terminals(ctx, actor=MANAGER).job_alerts == ()


def test_errors_are_masked_and_few(ctx: HallContext) -> None:
    k1 = terminal(ctx, "K-01", recent_errors=2)
    lines = ("a: one", "b: 身份证 532822199001011234 读取失败", "c: 电话 13812345678 " + "x" * 400)
    beat(k1, errors=lines)
    stored = fleet.list_terminals(ctx, actor=MANAGER).get("K-01").beat.errors
    assert len(stored) == 2
    assert "532822199001011234" not in stored[0] and "532822********1234" in stored[0]
    assert "13812345678" not in stored[1] and len(stored[1]) <= fleet.ERROR_LINE_MAX


def test_recent_errors_handler_keeps_masked_warning_lines() -> None:
    import logging

    handler = fleet.RecentErrors(keep=3)
    logger = logging.getLogger("test.fleet.recent")
    logger.addHandler(handler)
    try:
        logger.info("not kept")
        logger.warning("printer %s jammed for %s", "P1", "13812345678")
        logger.error("boom\nsecond line")
    finally:
        logger.removeHandler(handler)
    lines = handler.lines(5)
    assert len(lines) == 2
    assert "138****5678" in lines[0] and "13812345678" not in lines[0]
    assert lines[1].endswith("test.fleet.recent: boom")


def test_pause_and_resume_reach_the_kiosks_next_beat(ctx: HallContext) -> None:
    k1 = terminal(ctx, "K-01")
    assert beat(k1) == fleet.ServiceCommand(paused=False)
    fleet.pause_terminal(ctx, actor=MANAGER, terminal_id="K-01", reason="更换 打印纸")
    report = fleet.list_terminals(ctx, actor=MANAGER)
    assert report.get("K-01").pause_asked and report.get("K-01").service_words == "暂停中"
    heard = beat(k1)
    assert heard.paused and heard.reason == "更换 打印纸" and heard.set_by == "mgr01"
    beat(k1, service_state="paused")
    assert fleet.list_terminals(ctx, actor=MANAGER).get("K-01").service_words == "暂停服务"
    fleet.resume_terminal(ctx, actor=MANAGER, terminal_id="K-01")
    assert beat(k1, service_state="paused") == fleet.ServiceCommand(paused=False)
    with ctx.unit_of_work(read_only=True) as uow:
        actions = [(e.action, e.target, e.actor) for e in uow.audit.entries(limit=10) if e.action.startswith("terminal.")]
        assert uow.audit.verify().ok
    assert sorted(actions) == [("terminal.pause", "K-01", "mgr01"), ("terminal.resume", "K-01", "mgr01")]


def test_pause_is_for_a_manager_and_for_a_kiosk(ctx: HallContext) -> None:
    beat(terminal(ctx, "K-01"))
    beat(terminal(ctx, "C-01", kind="counter"), kind="counter")
    with pytest.raises(PermissionDenied):
        fleet.pause_terminal(ctx, actor=CLERK, terminal_id="K-01")
    with pytest.raises(PermissionDenied):
        fleet.list_terminals(ctx, actor=CLERK)
    with pytest.raises(PermissionDenied):
        fleet.pause_terminal(ctx, actor=Actor.kiosk("K-01"), terminal_id="K-01")
    with pytest.raises(ValidationError, match="不能暂停服务"):
        fleet.pause_terminal(ctx, actor=MANAGER, terminal_id="C-01")
    with pytest.raises(NotFound, match="K-99"):
        fleet.pause_terminal(ctx, actor=MANAGER, terminal_id="K-99")
    with pytest.raises(ValidationError, match="太长"):
        fleet.pause_terminal(ctx, actor=MANAGER, terminal_id="K-01", reason="长" * 201)
    assert not beat(terminal(ctx, "K-01")).paused


def test_derive_fleet_is_pure_over_rows() -> None:
    from offline_store.repositories.fleet import Heartbeat

    now = datetime.fromisoformat("2026-11-17T02:00:00+00:00")
    rows = [
        Heartbeat(
            terminal_id=f"K-{i}",
            kind="kiosk",
            name="",
            version="2.0",
            host="h",
            started_at=now,
            at=now - timedelta(seconds=s),
            screen="home",
            devices={},
            outbox_backlog=b,
            last_sync_at=None,
            errors=[],
            service_state="open",
        )
        for i, (s, b) in enumerate([(0, 0), (300, 0), (5, 101)])
    ]
    report = fleet.derive_fleet(rows, {}, [], now=now, settings=FleetSettings())
    assert [(t.terminal_id, t.level) for t in report.terminals] == [("K-1", "offline"), ("K-2", "alert"), ("K-0", "ok")]
    assert report.counts() == {"ok": 1, "warning": 0, "alert": 1, "offline": 1}
