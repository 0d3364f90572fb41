"""The hall display board over the demo hall, for the display tour and the board's tests
alike: a throw-away store seeded as the counter's demo hall, a manual clock at the demo's
morning, the board window at 1920×1080, started. Everything goes through the real board
view-model and services."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from counter_app.app import qt_app
from counter_app.display import build_display
from counter_app.style import apply_counter_style
from devices.manager import DeviceManager
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.ui.i18n import SOURCE_LANGUAGE, install_translations
from yimen.demo.counter_hall import seed_demo_hall
from yimen.demo.settings import DEMO_NOW, demo_settings


@contextmanager
def display_board(
    *, language: str = SOURCE_LANGUAGE, devices: DeviceManager | None = None
) -> Iterator[tuple]:
    """The hall display board over the demo hall (1920×1080, started; its voice ``devices``,
    none by default), in ``language``
    ([display] language, installed in the application as ``yimen display`` does); yields
    (view-model, window, hall context, clock) and afterwards puts Chinese back."""
    qapp = qt_app()
    apply_counter_style(qapp)
    install_translations(qapp, language)
    try:
        with tempfile.TemporaryDirectory(prefix="yimen-tour-") as tmp:
            settings = demo_settings(Path(tmp))
            settings.display.language = language
            clock = ManualClock(DEMO_NOW)
            ctx = HallContext.open(settings, clock=clock, create_key=True)
            try:
                seed_demo_hall(ctx, clock)
                vm, window = build_display(ctx, devices=devices, poll_s=0.1)
                window.resize(1920, 1080)
                window.show()
                vm.start()
                try:
                    yield vm, window, ctx, clock
                finally:
                    vm.stop()
                    vm.runner.wait_idle(3)
                    window.close()
            finally:
                ctx.close()
    finally:
        install_translations(qapp, SOURCE_LANGUAGE)
