"""The hall display board's composition root: ``yimen display``.

A full-screen window for a TV. It shares only the store with the counters and kiosks
(the same SQLite file on a station PC, or the hall's PostgreSQL), polls it for calls, and
announces each new call through its own device manager's speech queue.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from counter_app.app import announcer_factory, qt_app
from counter_app.viewmodels.display import DEFAULT_POLL_S, DisplayViewModel
from counter_app.views.display_window import DisplayWindow
from devices.manager import DeviceManager
from shared.domain.errors import YimenError
from shared.domain.settings import Settings
from shared.services.clock import Clock
from shared.services.context import HallContext
from shared.ui.i18n import install_translations
from shared.ui.lifecycle import AppLifecycle
from shared.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def build_display(
    ctx: HallContext,
    *,
    devices: DeviceManager | None,
    poll_s: float = DEFAULT_POLL_S,
    notice: str = "",
) -> tuple[DisplayViewModel, DisplayWindow]:
    # two workers: the board's read never waits behind the heartbeat's write
    runner = TaskRunner(max_threads=2)
    vm = DisplayViewModel(ctx, runner, devices=devices, poll_s=poll_s, notice=notice)
    runner.setParent(vm)
    window = DisplayWindow(vm)
    return vm, window


def run_display(
    settings: Settings,
    *,
    devices: DeviceManager | None = None,
    clock: Clock | None = None,
    poll_s: float = DEFAULT_POLL_S,
    notice: str = "",
    full_screen: bool = True,
) -> int:
    app = qt_app()
    # the board's language, before its first widget; the announcement keeps [devices]'s words
    install_translations(app, settings.display.language)
    try:
        ctx = HallContext.open(settings, clock=clock)
    except YimenError as e:
        QMessageBox.critical(None, QCoreApplication.translate("HallBoard", "无法打开数据库"), str(e))
        return 2
    own = devices is None
    if devices is None:
        # the board needs only the voice; the card reader and printer stay off
        board_devices = settings.devices.model_copy(
            update={"idcard": "null", "printer": "null", "scanner": "null"}
        )
        devices = DeviceManager(board_devices, announcer_factory=announcer_factory())
        try:
            devices.start()
        except YimenError as e:
            log.error("speech could not start: %s", e)
            devices = None
    vm, window = build_display(ctx, devices=devices, poll_s=poll_s, notice=notice)
    # under systemd (yimen-display.service): SIGTERM quits cleanly, the UI thread feeds the watchdog
    life = AppLifecycle(app, name="display")
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    vm.start()
    life.ready("叫号屏：运行中")
    try:
        return app.exec()
    finally:
        vm.stop()
        vm.runner.wait_idle(3)
        if own and devices is not None:
            devices.stop()
        ctx.close()
        log.info("display stopped (%s): voice closed", "signal" if life.stop_signal else "quit")
        life.close()
