"""The counter under test: a real SQLite store file, the demo catalog, staff accounts, the
hall clock at 10:00 on Tuesday 17 November 2026, and the simulated devices (pty card
reader, loopback TCP printer) with their events bridged onto the UI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app.app import build_counter
from counter_app.controller import CounterController
from counter_app.session import CounterOptions
from counter_app.style import apply_counter_style
from devices.manager import DeviceManager
from shared.domain.settings import Settings
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.ui.device_bridge import DeviceBridge
from tests.support.counter import OPEN_MORNING, counter_settings, seed_hall


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(OPEN_MORNING)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return counter_settings(tmp_path)


@pytest.fixture
def ctx(settings: Settings, clock: ManualClock) -> Iterator[HallContext]:
    context = HallContext.open(settings, clock=clock, create_key=True)
    seed_hall(context)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def bridge(qapp) -> DeviceBridge:
    apply_counter_style(qapp)
    return DeviceBridge()


@pytest.fixture
def devices(settings: Settings, bridge: DeviceBridge) -> Iterator[DeviceManager]:
    manager = DeviceManager(settings.devices, on_event=bridge.on_event, supervise_interval_s=0.2)
    manager.start()
    try:
        yield manager
    finally:
        manager.stop()


@pytest.fixture
def counter(qtbot, ctx, devices, bridge) -> Iterator[CounterController]:
    controller = build_counter(ctx, devices=devices, bridge=bridge, options=CounterOptions(max_recalls=2))
    controller.window.resize(1600, 940)
    controller.window.show()
    qtbot.addWidget(controller.window)
    qtbot.addWidget(controller.evaluator)
    try:
        yield controller
    finally:
        controller.shutdown()
