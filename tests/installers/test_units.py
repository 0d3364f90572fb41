"""The systemd units in installers/systemd pass ``systemd-analyze verify`` (systemd's own
parser and dependency check; it works without systemd as PID 1) and say what the kiosk
session needs: notify with a watchdog, restart always, no VT switching."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[2] / "installers" / "systemd"


def units() -> list[Path]:
    return sorted(UNITS.glob("*.service")) + sorted(UNITS.glob("*.timer"))


def parse(unit: Path) -> configparser.RawConfigParser:
    cp = configparser.RawConfigParser(strict=False, interpolation=None)
    cp.optionxform = str  # type: ignore[assignment,method-assign]
    cp.read(unit, encoding="utf-8")
    return cp


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs systemd-analyze (systemd)")
def test_every_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    """verify also checks that each ExecStart program exists: /usr/bin/yimen is the package's,
    so here it stands at a path of the test's own (the package test verifies the real one)."""
    fake = tmp_path / "bin" / "yimen"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    copies = []
    for unit in units():
        copy = tmp_path / unit.name
        copy.write_text(unit.read_text(encoding="utf-8").replace("/usr/bin/yimen", str(fake)), encoding="utf-8")
        copies.append(str(copy))
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *copies], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr.strip() == "", done.stderr


@pytest.mark.parametrize("name", ["yimen-kiosk.service", "yimen-display.service"])
def test_screen_units_restart_on_death_and_on_a_hung_ui(name: str) -> None:
    svc = parse(UNITS / name)["Service"]
    assert svc["Type"] == "notify" and svc["NotifyAccess"] == "all" and svc["Restart"] == "always"
    assert int(svc["WatchdogSec"]) > 0
    exec_start = svc["ExecStart"]
    # cage without -s: no switching to another VT by keyboard; WATCHDOG_PID names cage, not yimen
    assert exec_start.startswith("/usr/bin/cage -d -- /usr/bin/env -u WATCHDOG_PID /usr/bin/yimen")
    assert " -s " not in exec_start
    assert svc["TTYPath"] == "/dev/tty1" and svc["User"] == "yimen"
    assert "getty@tty1.service" in parse(UNITS / name)["Unit"]["Conflicts"]


def test_sync_unit_is_notify_with_its_own_watchdog() -> None:
    svc = parse(UNITS / "yimen-sync.service")["Service"]
    assert svc["Type"] == "notify" and svc["NotifyAccess"] == "main" and svc["Restart"] == "always"
    assert "sync run --every" in svc["ExecStart"] and svc["ReadWritePaths"] == "/var/lib/yimen"
