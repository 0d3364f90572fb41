"""The manager reopens a scanner that was unplugged, with growing delays, and hears it again."""

from __future__ import annotations

import os
import time
from pathlib import Path

from devices.base import HealthState
from devices.manager import DeviceEvent, DeviceManager, EventKind
from shared.domain.settings import DeviceSettings


class UnpluggableSerialDevice:
    """A pty behind a stable symlink, like a USB-serial adapter's /dev/serial/by-id path."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.master: int | None = None
        self.slave: int | None = None

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        self.link.unlink(missing_ok=True)
        self.link.symlink_to(os.ttyname(self.slave))

    def unplug(self) -> None:
        for fd in (self.master, self.slave):
            if fd is not None:
                os.close(fd)
        self.master = self.slave = None
        self.link.unlink(missing_ok=True)

    def send(self, data: bytes) -> None:
        assert self.master is not None
        os.write(self.master, data)


def wait_until(predicate, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def test_serial_scanner_is_reopened_with_backoff_after_unplug(tmp_path: Path) -> None:
    device = UnpluggableSerialDevice(tmp_path / "ttyScanner")
    device.plug()
    events: list[DeviceEvent] = []
    settings = DeviceSettings(idcard="null", printer="null", scanner="serial", scanner_port=str(device.link))
    manager = DeviceManager(
        settings, on_event=events.append, supervise_interval_s=0.02, reconnect_backoff_s=(0.05, 0.4)
    )
    manager.start()
    try:
        device.send(b"yimen://appt/BEFORE1\r\n")
        assert wait_until(lambda: any(e.kind == EventKind.SCAN for e in events))

        unplugged_at = time.monotonic()
        device.unplug()
        assert wait_until(lambda: manager.health()["scanner"].state == HealthState.OFFLINE)
        # while unplugged the manager keeps trying, further and further apart: six failed
        # opens take at least the waits after the first five, 0.05+0.1+0.2+0.4+0.4 s (the
        # backoff doubles up to its cap). A loaded machine only makes that longer; a busy
        # loop would make it milliseconds.
        assert wait_until(lambda: manager.reconnect_attempts("scanner") >= 6, 60)
        assert time.monotonic() - unplugged_at >= 0.05 + 0.1 + 0.2 + 0.4 + 0.4
        assert manager.health()["scanner"].state == HealthState.OFFLINE

        device.plug()
        assert wait_until(lambda: manager.health()["scanner"].state == HealthState.OK, 30)
        assert manager.reconnect_attempts("scanner") == 0
        device.send(b"yimen://appt/AFTER01\r\n")
        assert wait_until(
            lambda: [e.data.raw for e in events if e.kind == EventKind.SCAN][-1:] == ["yimen://appt/AFTER01"]
        )
    finally:
        manager.stop()
        device.unplug()

    states = [e.data.state for e in events if e.kind == EventKind.HEALTH_CHANGED and e.device == "scanner"]
    # ok → offline → ok, without flapping between reasons while it stayed unplugged
    compact = [s for i, s in enumerate(states) if i == 0 or s != states[i - 1]]
    assert compact[-3:] == [HealthState.OK, HealthState.OFFLINE, HealthState.OK]
    offline_events = [
        e for e in events if e.kind == EventKind.HEALTH_CHANGED and e.data.state == HealthState.OFFLINE
    ]
    assert len(offline_events) <= 4


def test_a_scanner_missing_at_start_comes_up_when_plugged_in(tmp_path: Path) -> None:
    device = UnpluggableSerialDevice(tmp_path / "ttyLate")
    settings = DeviceSettings(idcard="null", printer="null", scanner="serial", scanner_port=str(device.link))
    manager = DeviceManager(settings, supervise_interval_s=0.02, reconnect_backoff_s=(0.05, 0.2))
    manager.start()
    try:
        assert manager.health()["scanner"].state == HealthState.OFFLINE
        assert "打不开" in manager.health()["scanner"].reason
        device.plug()
        assert wait_until(lambda: manager.health()["scanner"].state == HealthState.OK, 5)
    finally:
        manager.stop()
        device.unplug()
