"""Kiosk composition root: hall context, device manager, the window.

``run(settings)`` is what ``yimen kiosk`` calls; ``build_window(ctx, devices)`` is what
tests, the tour and the benchmark use with a context and devices they made themselves.
Full-screen and frameless unless ``windowed`` (or ``YIMEN_KIOSK_WINDOWED=1``) asks for a
normal window for development.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk_app.backend import KioskBackend
from kiosk_app.language import translate, use_translator
from kiosk_app.viewmodels.root import KioskViewModel, ScreenReader
from kiosk_app.views.main_window import KioskWindow
from shared.domain.errors import StoreError
from shared.domain.settings import DEFAULT_HOME, Settings
from shared.services.clock import Clock
from shared.services.context import HallContext
from shared.ui.elder import DisplayMode
from shared.ui.heartbeat import HeartbeatSender
from shared.ui.i18n import install_translations
from shared.ui.lifecycle import AppLifecycle, TouchCursorHider, spooled_jobs
from shared.ui.runner import Runner
from shared.ui.tasks import TaskRunner
from shared.ui.theme import Theme, apply_app_font
from shared.ui.widgets import enable_qt_virtual_keyboard, label

if TYPE_CHECKING:  # the drivers themselves are imported late, on the UI thread (see below)
    from devices.manager import AnnouncerFactory

log = logging.getLogger(__name__)

PORTRAIT = QSize(1080, 1920)
LANDSCAPE = QSize(1920, 1080)
STORE_RETRY_MS = 15000


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    # this process only ever starts a QApplication, never a bare QCoreApplication
    qapp = cast(QApplication, app)
    apply_app_font(qapp)
    return qapp


def build_window(
    ctx: HallContext,
    devices: Any,
    *,
    size: QSize | None = None,
    runner: TaskRunner | None = None,
    reader: ScreenReader | None = None,
    quit_app: Any = None,
) -> KioskWindow:
    """The kiosk window over ``ctx`` and a started ``devices`` manager.

    Takes over the device manager's event callback (events reach the view-model on the UI
    thread). ``size`` None means the settings' orientation at 1080×1920 or 1920×1080.
    """
    install_translations(ensure_app(), ctx.settings.kiosk.language)
    # the view-models' words (kiosk_app.language) answered by the translators just installed
    use_translator(QCoreApplication.translate)
    runner = runner or kiosk_runner()
    backend = KioskBackend(ctx, devices)
    vm = KioskViewModel(
        backend,
        runner,
        settings=ctx.settings.kiosk,
        reader=reader,
        quit_app=quit_app or QApplication.quit,
    )
    relay = EventRelay()
    relay.connect(runner, vm.on_device_event)
    devices.on_event = relay
    if size is None:
        size = PORTRAIT if ctx.settings.kiosk.portrait else LANDSCAPE
    window = KioskWindow(vm, size=size)
    window.runner = runner
    window.relay = relay
    # fleet health (issue 15): a beat every [fleet] heartbeat_seconds on the runner; the
    # manager's 暂停服务 comes back with it
    window.heartbeat = kiosk_heartbeat(ctx, vm, runner)
    window.heartbeat.start(window)
    vm.home.enter()
    return window


def kiosk_heartbeat(ctx: HallContext, vm: KioskViewModel, runner: Runner) -> HeartbeatSender:
    """The kiosk's heartbeat: its screen, its devices (whichever manager the backend holds
    now), whether it shows 暂停服务; the answer goes to :meth:`KioskViewModel.apply_service`."""
    return HeartbeatSender(
        ctx,
        runner,
        kind="kiosk",
        screen=lambda: vm.heartbeat_screen,
        devices=lambda: vm.backend.devices.health(),
        service_state=lambda: vm.service_state,
        on_command=vm.apply_service,
    )


def kiosk_runner() -> TaskRunner:
    """The kiosk's one runner: two workers, enough for a lookup beside a slow print."""
    return TaskRunner(max_threads=2, thread_name_prefix="kiosk-work")


class EventRelay:
    """The device manager's ``on_event``: hands each event (from a device's thread) to the
    view-model on the UI thread through the runner, once connected."""

    def __init__(self) -> None:
        self._runner: Runner | None = None
        self._target: Callable[[Any], None] | None = None

    def connect(self, runner: Runner, target: Callable[[Any], None]) -> None:
        self._runner, self._target = runner, target

    def __call__(self, event: Any) -> None:
        runner, target = self._runner, self._target
        if runner is None or target is None:
            return
        runner.call_soon(lambda: target(event))


def _windowed(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return os.environ.get("YIMEN_KIOSK_WINDOWED", "") not in ("", "0", "false", "no")


class OutOfService(QWidget):
    """Shown while the hall database cannot be opened (retries until it can), or, titled
    暂停服务, while the devices are not configured: then ``technician`` says what to fix
    (the settings' own words, shown as they are). The caller passes its words in the kiosk's
    language; ``title`` defaults to 自助机正在维护."""

    def __init__(self, message: str, *, title: str = "", technician: str = "") -> None:
        super().__init__()
        self.setObjectName("KioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(Theme.for_mode(DisplayMode(elder=True)).stylesheet())
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        self.title = label(title or translate("KioskOutOfService", "自助机正在维护"), "title", center=True)
        lay.addWidget(self.title)
        self.detail = label(message, "body", center=True)
        lay.addWidget(self.detail)
        lay.addWidget(label(translate("KioskOutOfService", "请到窗口办理，或稍后再来。"), "body", center=True))
        self.technician = label(
            translate("KioskOutOfService", "技术人员：{problem}").format(problem=technician) if technician else "",
            "body",
            center=True,
        )
        self.technician.setWordWrap(True)
        self.technician.setVisible(bool(technician))
        lay.addWidget(self.technician)
        lay.addStretch(1)

    @classmethod
    def store_unavailable(cls) -> OutOfService:
        """自助机正在维护: the hall database cannot be opened (yet)."""
        return cls(translate("KioskOutOfService", "本机暂时无法读取数据，正在自动重试。"))

    @classmethod
    def devices_not_configured(cls, error: BaseException) -> OutOfService:
        """暂停服务: the device settings cannot be used; ``error`` says what to fix."""
        return cls(
            translate("KioskOutOfService", "本机设备尚未配置好，暂停自助服务。"),
            title=translate("KioskOutOfService", "暂停服务"),
            technician=str(error),
        )


def run(
    settings: Settings,
    *,
    devices: Any = None,
    clock: Clock | None = None,
    windowed: bool | None = None,
    argv: list[str] | None = None,
) -> int:
    """Start the kiosk; returns the process exit code (0 after the technician's exit,
    2 when the device settings cannot be used: the kiosk then shows 暂停服务 with the
    reason until it is stopped).

    With ``devices`` None the device manager is built from the settings and started on a
    thread of its own after the home screen is up (drivers load python-escpos, OpenCV and
    serial ports; nothing on the home screen needs them).
    """
    if QApplication.instance() is None and os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        # Chinese words in the guide search: Qt Virtual Keyboard (Pinyin), set before the app exists
        enable_qt_virtual_keyboard()
    app = ensure_app(argv)
    install_translations(app, settings.kiosk.language)  # before the first widget (docs/translations.md)
    use_translator(QCoreApplication.translate)  # the signs below may come before the window
    # SIGTERM (systemctl stop, a restart) quits the event loop; the finally below closes the
    # devices and keeps waiting print jobs spooled. READY=1 and the watchdog for systemd.
    life = AppLifecycle(app, name="kiosk")
    show_windowed = _windowed(windowed)
    if not show_windowed:  # residents touch the screen: no pointer over the buttons
        TouchCursorHider(app)
    own_devices = devices is None
    state: dict[str, Any] = {"ctx": None, "window": None, "devices": devices, "exit": 0}
    runner = kiosk_runner()

    def show(widget: QWidget) -> None:
        if show_windowed:
            if not isinstance(widget, KioskWindow):
                widget.resize(PORTRAIT if settings.kiosk.portrait else LANDSCAPE)
            widget.show()
        else:
            # a kiosk: no frame, no title bar, no way out but the technician's
            widget.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
            widget.showFullScreen()

    def open_store() -> bool:
        try:
            state["ctx"] = HallContext.open(settings, clock=clock)
            state["ctx"].catalog_cache = settings.kiosk.catalog_cache_path(settings.store)
        except StoreError as e:
            log.error("kiosk: store not available: %s", e)
            return False
        return True

    def start_devices(window: KioskWindow) -> None:
        stand_in = window.vm.backend.devices

        def failed(error: BaseException) -> None:
            # never pretend (issue 13): the kiosk stops serving and says why, for the technician
            print(f"设备配置有误：{error}", file=sys.stderr)
            state["exit"] = 2
            sign = OutOfService.devices_not_configured(error)
            state["placeholder"] = sign
            show(sign)
            window.hide()

        # Built here on the UI thread, after the first paint: building imports the drivers
        # (python-escpos, PIL, pyzbar …), and a module imported on a worker thread while Qt
        # runs goes through shiboken's import hook, which is not thread-safe in PySide6 6.12
        # (the kiosk aborted with "none_dealloc"). Opening the ports stays on a worker.
        from devices.manager import DeviceManager

        factory: AnnouncerFactory | None = None
        if settings.devices.tts == "qt":  # QtTextToSpeech loads Qt Multimedia: only when asked for
            from shared.ui.speech import speech_engine_factory as factory
        try:
            manager = DeviceManager(
                settings.devices,
                announcer_factory=factory,
                spool_dir=DEFAULT_HOME / "spool" / settings.terminal.id,
                on_event=window.relay,
            )
            manager.build()
        except Exception as e:  # a bad setting: said on stderr, exit code 2
            failed(e)
            return
        state["devices"] = manager  # stopped at exit even if the app ends before it started

        def work() -> Any:
            manager.start()
            return manager

        def started(manager: Any) -> None:
            state["devices"] = manager
            window.vm.backend.devices = manager
            stand_in.hand_over(manager)
            window.vm.home.refresh_devices()

        runner.run(work, on_done=started, on_error=failed)

    def start_kiosk() -> None:
        screen = app.primaryScreen()
        size = None if show_windowed or screen is None else screen.size()
        if own_devices:
            from kiosk_app.late_devices import StartingDevices

            window = build_window(state["ctx"], StartingDevices(), size=size, runner=runner)
            QTimer.singleShot(0, lambda: start_devices(window))
        else:
            window = build_window(state["ctx"], devices, size=size, runner=runner)
        state["window"] = window
        show(window)
        placeholder = state.pop("placeholder", None)
        if placeholder is not None:
            placeholder.close()
        # READY once the event loop has painted the home screen and takes taps
        QTimer.singleShot(0, lambda: life.ready("自助机：首页"))

    if open_store():
        start_kiosk()
    else:
        waiting = OutOfService.store_unavailable()
        state["placeholder"] = waiting
        show(waiting)
        life.ready("自助机：数据库不可用，维护页面，自动重试中")
        retry = QTimer(waiting)

        def again() -> None:
            if open_store():
                retry.stop()
                start_kiosk()

        retry.timeout.connect(again)
        retry.start(STORE_RETRY_MS)
    try:
        code = app.exec()
    finally:
        runner.wait_idle(15)  # a device manager still starting finishes before we stop it
        runner.shutdown()
        for widget in (state["window"], state.get("placeholder")):
            if widget is not None:  # its timers stop with it
                widget.close()
                widget.deleteLater()
        if own_devices and state["devices"] is not None:
            state["devices"].stop()
        if state["ctx"] is not None:
            state["ctx"].close()
        log.info(
            "kiosk stopped (%s): devices closed, %d print job(s) kept in the spool",
            "signal" if life.stop_signal else "quit",
            spooled_jobs(state["devices"]),
        )
        life.close()
    return state["exit"] or code
