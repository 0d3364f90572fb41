"""The counter's composition root: ``yimen counter``.

Opens the store (migrating it), starts the devices the settings name (simulators in
simulated mode) with their events bridged onto the UI thread, and shows sign-in, then the
work window bound to ``settings.terminal.window_no`` and the evaluator screen.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app.controller import CounterController
from counter_app.session import CounterOptions, CounterSession
from counter_app.style import apply_counter_style
from devices.manager import DeviceManager
from shared.domain.errors import YimenError
from shared.domain.settings import DEFAULT_HOME, Settings
from shared.services.clock import Clock
from shared.services.context import HallContext
from shared.ui.device_bridge import DeviceBridge
from shared.ui.i18n import install_translations, qt_translate
from shared.ui.lifecycle import AppLifecycle, spooled_jobs

log = logging.getLogger(__name__)


def qt_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    return app  # type: ignore[return-value]


def announcer_factory():
    """Qt speech when the kiosk helper's engine is installed, else the manager's own choice."""
    try:
        from shared.ui.speech import speech_engine_factory
    except ImportError:
        return None
    return speech_engine_factory


def start_devices(settings: Settings, bridge: DeviceBridge) -> DeviceManager:
    devices = DeviceManager(
        settings.devices,
        on_event=bridge.on_event,
        announcer_factory=announcer_factory(),
        # receipts waiting for paper survive a stop or a crash and print at the next start
        spool_dir=DEFAULT_HOME / "spool" / settings.terminal.id,
    )
    devices.start()
    return devices


def build_counter(
    ctx: HallContext,
    *,
    devices: DeviceManager | None,
    bridge: DeviceBridge | None = None,
    options: CounterOptions | None = None,
) -> CounterController:
    """The whole counter for one terminal, not yet shown (tests and the tour use this)."""
    # the clerk's language ([counter] language), Qt's own buttons (QMessageBox, QInputDialog,
    # QDialogButtonBox) included: 确定 / 取消 in Chinese
    install_translations(qt_app(), ctx.settings.counter.language)
    session = CounterSession(ctx, devices=devices, options=options)
    session.translate = qt_translate
    return CounterController(session, bridge=bridge)


def run(settings: Settings, *, devices: DeviceManager | None = None, clock: Clock | None = None) -> int:
    app = qt_app()
    install_translations(app, settings.counter.language)  # before the first message box
    apply_counter_style(app)
    try:
        ctx = HallContext.open(settings, clock=clock)
    except YimenError as e:
        QMessageBox.critical(None, QCoreApplication.translate("CounterDesk", "无法打开数据库"), str(e))
        return 2
    bridge = DeviceBridge()
    own_devices = devices is None
    try:
        if devices is None:
            devices = start_devices(settings, bridge)
        else:
            bridge.attach(devices)
    except YimenError as e:
        log.error("devices could not start: %s", e)
        QMessageBox.warning(
            None,
            QCoreApplication.translate("CounterDesk", "设备未就绪"),
            QCoreApplication.translate("CounterDesk", "{problem}\n可以继续工作，读卡和打印暂不可用。").format(
                problem=e
            ),
        )
        devices = None
    controller = build_counter(ctx, devices=devices, bridge=bridge)
    # SIGTERM (a logout, a shutdown) ends the event loop and this finally closes the devices
    life = AppLifecycle(app, name="counter")
    controller.show()
    life.ready("窗口：运行中")
    try:
        return app.exec()
    finally:
        controller.shutdown()
        if own_devices and devices is not None:
            devices.stop()
        ctx.close()
        log.info(
            "counter stopped (%s): devices closed, %d print job(s) kept in the spool",
            "signal" if life.stop_signal else "quit",
            spooled_jobs(devices),
        )
        life.close()
