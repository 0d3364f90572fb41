"""A kiosk issues a ticket, the counter calls it, and the hall display shows and announces it:
three terminals, three HallContexts, one SQLite store file; the board that matters runs in
a separate process (as ``yimen display`` would on the TV's PC), a second one in-process in Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.display import build_display
from devices.manager import DeviceManager
from shared.domain.settings import DeviceSettings, Settings
from shared.services import tickets
from shared.services.actor import Actor
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from tests.support.counter import OPEN_MORNING, settle, sign_in

pytestmark = pytest.mark.qt
ROOT = Path(__file__).resolve().parents[2]


def test_kiosk_counter_and_display_share_one_store_file(qtbot, counter, settings, tmp_path) -> None:
    home = Path(settings.store.url.removeprefix("sqlite:///")).parent
    probe = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("board_probe.py")),
            "--home",
            str(home),
            "--now",
            OPEN_MORNING.isoformat(),
            "--until",
            "A001",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert json.loads(probe.stdout.readline()) == {"ready": True}
        # the kiosk: its own terminal and context on the same file
        kiosk_settings = Settings(
            store=settings.store.model_dump(), terminal={"id": "T-0101", "name": "1号自助机", "kind": "kiosk"}
        )
        kiosk_ctx = HallContext.open(kiosk_settings, clock=ManualClock(OPEN_MORNING))
        issued = tickets.issue_ticket(kiosk_ctx, category="general", actor=Actor.kiosk("T-0101"))
        kiosk_ctx.close()
        assert issued.number == "A001"

        # an in-process board too, announcing through its own device manager's speech queue
        board_settings = Settings(
            store=settings.store.model_dump(), terminal={"id": "T-0901", "kind": "display"}
        )
        board_ctx = HallContext.open(board_settings, clock=ManualClock(OPEN_MORNING))
        voice = DeviceManager(DeviceSettings(idcard="null", printer="null", scanner="null", tts="null"))
        voice.start()
        vm, window = build_display(board_ctx, devices=voice, poll_s=0.1)
        qtbot.addWidget(window)
        window.show()
        vm.start()
        qtbot.waitUntil(lambda: vm.snapshot is not None, timeout=10_000)
        assert vm.announced == []  # the board announces nothing it found on start

        # the counter at window 1 presses F1
        sign_in(counter, qtbot)
        # the F1 shortcut itself (the board window holds the focus on this one screen)
        counter.shortcuts["F1"].activated.emit()
        settle(counter, qtbot)
        assert counter.queue.current.number == "A001"

        # the other process saw it, at window 1
        lines = [json.loads(line) for line in probe.communicate(timeout=30)[0].splitlines()]
        assert probe.returncode == 0, probe.stderr
        assert {k: lines[-1][k] for k in ("number", "window")} == {"number": "A001", "window": 1}

        # and the Qt board shows it in large type and has it read out
        qtbot.waitUntil(lambda: bool(vm.announced), timeout=10_000)
        assert [(c.number, c.window_no) for c in vm.announced] == [("A001", 1)]
        assert "A001" in window.latest.text() and "1 号窗口" in window.latest.text()
        assert any(t.number.text() == "A001" for t in window.tiles if t.isVisible())
        queue = voice.announcer
        qtbot.waitUntil(lambda: bool(queue.engine.spoken), timeout=10_000)
        assert queue.engine.spoken[0] == "请A零零一号到一号窗口办理"  # digits spoken one by one
        vm.stop()
        vm.runner.wait_idle(5)
        voice.stop()
        board_ctx.close()
    finally:
        if probe.poll() is None:
            probe.kill()
            probe.wait()
