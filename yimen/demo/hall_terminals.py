"""The hall's other terminals for the manager's 终端状态 page (Qt-free): heartbeats of two kiosks
(one out of paper, one gone quiet), a counter on an older version and the hall display, each
written as that terminal writes it, and a real failed run of the nightly backup (no backup
passphrase on a demo machine). The counter tour and the translation tests share it."""

from __future__ import annotations

from datetime import timedelta

from devices.base import Health, HealthState
from devices.printer.errors import PaperOut
from shared.domain.settings import Settings, TerminalSettings
from shared.services import fleet
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.services.jobs import JobRunner


def seed_other_terminals(ctx: HallContext, clock: ManualClock, settings: Settings) -> None:
    """Beat for T-0101, T-0102, T-0002 and T-0201 at ``clock``'s time (T-0102 seven minutes
    before it), and run backup.create, which fails."""
    ok = Health(HealthState.OK)
    paper_out = Health(HealthState.OFFLINE, PaperOut.default_message, code=PaperOut.health_code)
    version = fleet.software_version()
    others = (
        ("T-0101", "1号自助机", "kiosk", {"idcard": ok, "printer": paper_out, "scanner": ok}, version, 0),
        ("T-0102", "2号自助机", "kiosk", {"idcard": ok, "printer": ok, "scanner": ok}, version, 7),
        ("T-0002", "2号窗口", "counter", {"idcard": ok, "printer": ok}, "0.9.0", 0),
        ("T-0201", "大厅叫号屏", "display", {"tts": ok}, version, 0),
    )
    for tid, name, kind, devices, ver, minutes_ago in others:
        terminal = TerminalSettings(id=tid, name=name, kind=kind)
        there = HallContext(
            settings=settings.model_copy(update={"terminal": terminal}),
            store=ctx.store,
            clock=ManualClock(clock.now() - timedelta(minutes=minutes_ago)),
        )
        fleet.record_heartbeat(
            there,
            kind=kind,
            screen="home" if kind == "kiosk" else "board" if kind == "display" else "work",
            devices=devices,
            started_at=clock.now() - timedelta(hours=2),
            version=ver,
        )
    JobRunner(ctx).run("backup.create")
