"""The device manager: builds the drivers the settings name, runs them, watches their health.

One object owns every device of a terminal. Drivers are chosen by name in
:class:`~shared.domain.settings.DeviceSettings` (``real``/``simulated``/``null`` for the card reader,
``network``/``serial``/``usb``/``file``/``simulated``/``null`` for the printer, and so on).
Each driver does its I/O on its own named thread; the manager adds one more thread,
``device-manager``, that watches health and reopens devices that cannot reopen themselves
(scanner sources, the speech engine) with exponential backoff after an unplug. The card
reader and the printer retry on their own threads; the manager only watches them.

Everything that happens comes out through one callback, ``on_event(DeviceEvent)``, called
on whichever device thread saw it; the Qt layer turns it into a signal. In ``simulated``
mode the manager starts the simulators itself (a pty card reader, a loopback TCP printer,
a scanner that decodes generated codes), so ``yimen demo`` needs no hardware.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from devices.base import Health, HealthState
from devices.errors import DeviceError
from devices.null_devices import NullA4Printer, NullIdCardReader, NullPrinter
from devices.printer.layout import PaperWidth
from devices.protocols import IdCardReader, Printer, Scanner
from devices.scanner.camera_stack import require_camera_stack
from devices.scanner.null import NullScanner
from devices.scanner.router import ScanRouter
from devices.tts.announcement_queue import Announcement, AnnouncementQueue
from devices.tts.announcer import Announcer, NullAnnouncer
from devices.tts.espeak import EspeakAnnouncer
from shared.domain.errors import ConfigError
from shared.domain.payloads import Payload
from shared.domain.settings import DeviceSettings
from shared.domain.words import words

if TYPE_CHECKING:
    from devices.printer.layout import Document

log = logging.getLogger(__name__)

DEVICE_NAMES = ("idcard", "printer", "scanner", "tts", "a4")
SCANNER_BAUD_DEFAULT = 9600


class EventKind(StrEnum):
    CARD_READ = "card_read"  # data: IdCardData
    CARD_ERROR = "card_error"  # data: IdCardError
    SCAN = "scan"  # data: Payload
    PRINT_DONE = "print_done"  # data: PrintJob
    PRINT_FAILED = "print_failed"  # data: PrintJob, message: why it waits
    HEALTH_CHANGED = "health_changed"  # data: Health
    ANNOUNCED = "announced"  # data: Announcement


@dataclass(frozen=True, slots=True)
class DeviceEvent:
    kind: EventKind
    device: str  # one of DEVICE_NAMES
    data: object = None
    message: str = ""
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


EventCallback = Callable[[DeviceEvent], None]
# returns the engine to use, or None for the built-in driver named by settings.tts
AnnouncerFactory = Callable[[DeviceSettings], Announcer | None]


@dataclass
class _Slot:
    name: str
    driver: str
    device: Any
    heals_itself: bool  # reconnects on its own thread (card reader, printer)
    failures: int = 0
    next_attempt: float = 0.0


class DeviceManager:
    def __init__(
        self,
        settings: DeviceSettings,
        *,
        announcer_factory: AnnouncerFactory | None = None,
        on_event: EventCallback | None = None,
        router: ScanRouter | None = None,
        spool_dir: str | Path | None = None,
        tts_wav_dir: str | Path | None = None,
        supervise_interval_s: float = 0.5,
        reconnect_backoff_s: tuple[float, float] = (1.0, 60.0),
    ) -> None:
        self.settings = settings
        self.announcer_factory = announcer_factory
        self.on_event = on_event
        self.router = router or ScanRouter()
        self.spool_dir = spool_dir
        self.tts_wav_dir = tts_wav_dir
        self.supervise_interval_s = supervise_interval_s
        self.reconnect_backoff_s = reconnect_backoff_s
        self.simulators: dict[str, Any] = {}
        self._slots: dict[str, _Slot] = {}
        self._health: dict[str, Health] = {}
        self._health_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lifecycle = threading.Lock()
        self.started = False

    # ---- the drivers ------------------------------------------------------------------------
    @property
    def idcard(self) -> IdCardReader:
        return cast("IdCardReader", self._device("idcard"))

    @property
    def printer(self) -> Printer:
        return cast("Printer", self._device("printer"))

    @property
    def scanner(self) -> Scanner:
        return cast("Scanner", self._device("scanner"))

    @property
    def announcer(self) -> AnnouncementQueue:
        return cast(AnnouncementQueue, self._device("tts"))

    @property
    def drivers(self) -> dict[str, str]:
        """Device name → driver name as configured (``{"idcard": "simulated", ...}``)."""
        return {name: slot.driver for name, slot in self._slots.items()}

    def _device(self, name: str) -> Any:
        if name not in self._slots:
            raise RuntimeError("DeviceManager.start() (or build()) first")
        return self._slots[name].device

    # ---- life -----------------------------------------------------------------------------------
    def build(self) -> None:
        """Create the drivers (and start simulators) without opening anything. ``start()``
        calls this; ``check_devices`` uses it alone. A bad setting raises ConfigError."""
        if self._slots:
            return
        s = self.settings
        refusal = s.simulation_refusal()
        if refusal:
            # no silent simulators (issue 13): a kiosk that "prints" to a simulator fools residents
            raise ConfigError(
                words("设备未就绪：{refusal}。", refusal=refusal),
                hint="在配置文件 [devices] 中写明真实设备（如 idcard = \"real\"、printer = \"network\"），"
                "运行 yimen devices check 核对；只有演示机才设 allow_simulated = true。",
            )
        try:
            self._slots["idcard"] = _Slot("idcard", s.idcard, self._make_idcard(), heals_itself=True)
            self._slots["printer"] = _Slot("printer", s.printer, self._make_printer(), heals_itself=True)
            self._slots["scanner"] = _Slot("scanner", s.scanner, self._make_scanner(), heals_itself=False)
            self._slots["tts"] = _Slot("tts", s.tts, self._make_announcer(), heals_itself=False)
            self._slots["a4"] = _Slot("a4", s.a4, self._make_a4(), heals_itself=False)
        except Exception:
            self._stop_simulators()
            self._slots.clear()
            raise
        for name, slot in self._slots.items():
            self._health[name] = slot.device.health()

    def start(self) -> None:
        with self._lifecycle:
            if self.started:
                return
            self.build()
            self._stop.clear()
            self.idcard.start_polling(self._on_card, self._on_card_error, self._health_cb("idcard"))
            self.printer.open()
            for name in ("scanner", "tts", "a4"):
                self._try_open(self._slots[name])
            self._thread = threading.Thread(target=self._supervise, name="device-manager", daemon=True)
            self._thread.start()
            self.started = True

    def stop(self) -> None:
        with self._lifecycle:
            self._stop.set()
            if self._thread is not None:
                self._thread.join(5)
                self._thread = None
            for name in ("scanner", "idcard", "printer", "tts", "a4"):
                slot = self._slots.get(name)
                if slot is None:
                    continue
                try:
                    slot.device.close()
                except Exception:
                    log.exception("closing %s failed", name)
            self._stop_simulators()
            self.started = False

    def __enter__(self) -> DeviceManager:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- health ---------------------------------------------------------------------------------
    def health(self) -> dict[str, Health]:
        with self._health_lock:
            return dict(self._health)

    def _update_health(self, name: str, health: Health) -> None:
        with self._health_lock:
            old = self._health.get(name)
            if old is not None and (old.state, old.reason) == (health.state, health.reason):
                return
            self._health[name] = health
        log.info("device %s: %s %s", name, health.state, health.reason)
        self._emit(DeviceEvent(EventKind.HEALTH_CHANGED, name, health, health.reason))

    def _health_cb(self, name: str) -> Callable[[Health], None]:
        return lambda health: self._update_health(name, health)

    def _supervise(self) -> None:
        while not self._stop.wait(self.supervise_interval_s):
            for slot in list(self._slots.values()):
                try:
                    health = slot.device.health()
                except Exception as e:
                    health = Health(HealthState.OFFLINE, f"状态读取失败：{e}")
                self._update_health(slot.name, health)
                if (
                    not slot.heals_itself
                    and health.state == HealthState.OFFLINE
                    and time.monotonic() >= slot.next_attempt
                    and not self._stop.is_set()
                ):
                    try:
                        slot.device.close()
                    except Exception:
                        log.exception("closing %s before reopening failed", slot.name)
                    self._try_open(slot)

    def _try_open(self, slot: _Slot) -> bool:
        try:
            if slot.name == "tts":
                slot.device.engine.open()
            slot.device.open()
        except (DeviceError, OSError) as e:
            slot.failures += 1
            low, high = self.reconnect_backoff_s
            delay = min(low * 2 ** (slot.failures - 1), high)
            slot.next_attempt = time.monotonic() + delay
            log.warning("device %s offline (%s); next try in %.1f s", slot.name, e, delay)
            # the driver's own words when it has them, so polling does not flip between two reasons
            health = slot.device.health()
            if health.state != HealthState.OFFLINE:
                health = Health(HealthState.OFFLINE, getattr(e, "message", str(e)))
            self._update_health(slot.name, health)
            return False
        slot.failures, slot.next_attempt = 0, 0.0
        self._update_health(slot.name, slot.device.health())
        return True

    def reconnect_attempts(self, name: str) -> int:
        """Failed opens in a row for a manager-reopened device (0 once it is back)."""
        return self._slots[name].failures

    # ---- events ---------------------------------------------------------------------------------
    def _emit(self, event: DeviceEvent) -> None:
        if self.on_event is None:
            return
        try:
            self.on_event(event)
        except Exception:
            log.exception("device event callback failed for %s", event.kind)

    def _on_card(self, card: object) -> None:
        self._emit(DeviceEvent(EventKind.CARD_READ, "idcard", card))

    def _on_card_error(self, error: DeviceError) -> None:
        self._emit(DeviceEvent(EventKind.CARD_ERROR, "idcard", error, str(error)))

    def _on_scan(self, payload: Payload) -> None:
        self._emit(DeviceEvent(EventKind.SCAN, "scanner", payload, payload.problem))
        self.router.route(payload)

    def _on_print_done(self, job: object) -> None:
        self._emit(DeviceEvent(EventKind.PRINT_DONE, "printer", job))

    def _on_print_failed(self, job: object, error: DeviceError) -> None:
        self._emit(DeviceEvent(EventKind.PRINT_FAILED, "printer", job, str(error)))

    def _on_announced(self, item: Announcement) -> None:
        self._emit(DeviceEvent(EventKind.ANNOUNCED, "tts", item, item.error))

    # ---- operations the apps use ---------------------------------------------------------------
    def announce_call(self, number: str, window: int | str) -> Announcement:
        return self.announcer.announce_call(number, window)

    def say(self, text: str) -> Announcement:
        return self.announcer.say(text)

    def print_document(self, document: Document, *, job_id: str | None = None) -> Future[Any]:
        """Queue a document; the future resolves to the printed job or raises why it waits."""
        return self.printer.submit(document, job_id=job_id)

    def print_laid_out(
        self, layout: Callable[[PaperWidth], Document], *, job_id: str | None = None
    ) -> Future:
        """Queue a document laid out for this printer's paper by ``layout(width)``."""
        return self.printer.submit_laid_out(layout, job_id=job_id)

    def feed_key(self, char: str, timestamp: float) -> Payload | None:
        """Key events from the UI for a keyboard-wedge scanner (no-op for other scanners)."""
        return self.scanner.feed_key(char, timestamp)

    # ---- factories ------------------------------------------------------------------------------
    def _make_idcard(self) -> IdCardReader:
        s = self.settings
        if s.idcard == "null":
            return NullIdCardReader()
        # the serial GA 467 driver (the protocol of the same name is what callers see)
        from devices.idcard.reader import IdCardReader as SerialIdCardReader

        if s.idcard == "simulated":
            from devices.idcard.simulator import SimulatedIdCardReader

            sim = SimulatedIdCardReader().start()
            self.simulators["idcard"] = sim
            return SerialIdCardReader(sim.port, baudrate=s.idcard_baud)
        return SerialIdCardReader(s.idcard_port, baudrate=s.idcard_baud)

    @property
    def a4(self) -> Any:
        return self._device("a4")

    def print_a4(self, document: object, *, job_id: str) -> Future:
        """Print an A4 document; the future gives the job or raises why it did not print."""
        return self.a4.submit(document, job_id=job_id)

    def _make_a4(self) -> Any:
        s = self.settings
        if s.a4 == "null":
            return NullA4Printer()
        from devices.a4.printer import A4Printer

        uri = s.a4_uri
        if s.a4 == "simulated":
            from devices.a4.local_cups import LocalCups

            cups = LocalCups().start()
            self.simulators["a4"] = cups
            uri = cups.uri
        return A4Printer(uri, job_timeout_s=s.a4_job_timeout_s, on_health=self._health_cb("a4"))

    def _make_printer(self) -> Printer:
        s = self.settings
        if s.printer == "null":
            return NullPrinter(paper=PaperWidth.from_mm(s.paper_width_mm))
        from devices.printer import connections
        from devices.printer.driver import ReceiptPrinter

        connection: connections.PrinterConnection
        if s.printer == "simulated":
            from devices.printer.simulator import SimulatedPrinter

            sim = SimulatedPrinter(host="127.0.0.1", port=0).start()
            self.simulators["printer"] = sim
            connection = connections.NetworkConnection(sim.host, sim.port)
        elif s.printer == "network":
            connection = connections.NetworkConnection(s.printer_host, s.printer_port)
        elif s.printer == "serial":
            connection = connections.SerialConnection(s.printer_serial)
        elif s.printer == "file":
            if s.printer_file is None:
                raise ConfigError(
                    "打印机设为 file 但没有 printer_file。", hint="在 [devices] 中设置 printer_file 路径。"
                )
            connection = connections.FileConnection(s.printer_file)
        elif s.printer == "win32":
            connection = connections.Win32SpoolerConnection(s.printer_name)
        else:  # usb
            vid, pid = _usb_ids(getattr(s, "printer_usb", ""))
            connection = connections.UsbConnection(vid, pid)
        return ReceiptPrinter(
            connection,
            width_mm=s.paper_width_mm,
            spool_dir=self.spool_dir,
            allow_unknown_status=s.printer == "file",  # a device file can never answer status
            on_job_done=self._on_print_done,
            on_job_failed=self._on_print_failed,
            on_health=self._health_cb("printer"),
        )

    def _make_scanner(self) -> Scanner:
        s = self.settings
        if s.scanner == "null":
            return NullScanner()
        # each source imported where it is made: only the camera, the file source and the
        # simulator load OpenCV and NumPy (build() runs on the UI thread: see kiosk_app/app.py)
        if s.scanner == "wedge":
            from devices.scanner.wedge import KeyboardWedgeSource

            return KeyboardWedgeSource(on_payload=self._on_scan)
        if s.scanner == "serial":
            from devices.scanner.serial_source import SerialScannerSource

            baud = getattr(s, "scanner_baud", SCANNER_BAUD_DEFAULT)
            return SerialScannerSource(port=s.scanner_port, baudrate=baud, on_payload=self._on_scan)
        # the camera, a video file and the simulator read frames: they need the camera extra
        # (OpenCV, numpy, zxing-cpp); without it the technician reads what to install
        require_camera_stack(s.scanner)
        if s.scanner == "camera":
            from devices.scanner.sources import CameraSource

            return CameraSource(device=s.camera_index, on_payload=self._on_scan)
        if s.scanner == "file":
            path = getattr(s, "scanner_file", None)
            if not path:
                raise ConfigError(
                    "扫码设为 file 但没有 scanner_file。", hint="在 [devices] 中设置 scanner_file 路径。"
                )
            from devices.scanner.sources import FileSource

            return FileSource(path, on_payload=self._on_scan)
        from devices.scanner.simulated import SimulatedScanner

        return SimulatedScanner(on_payload=self._on_scan)

    def _make_announcer(self) -> AnnouncementQueue:
        s = self.settings
        engine: Announcer | None = self.announcer_factory(s) if self.announcer_factory else None
        if engine is None:
            if s.tts == "espeak":
                engine = EspeakAnnouncer(
                    voice=s.tts_voice or "cmn", template=s.announcement, wav_dir=self.tts_wav_dir
                )
            elif s.tts == "qt":
                engine = _Unavailable("Qt 语音只在界面程序中可用", "在界面程序中运行，或把 tts 设为 espeak。")
            else:
                engine = NullAnnouncer(template=s.announcement)
        return AnnouncementQueue(
            engine, template=s.announcement, repeats=s.announcement_repeats, on_done=self._on_announced
        )

    def _stop_simulators(self) -> None:
        for name, sim in list(self.simulators.items()):
            try:
                sim.stop()
            except Exception:
                log.exception("stopping the %s simulator failed", name)
        self.simulators.clear()


class _Unavailable(NullAnnouncer):
    """An engine this process cannot have (Qt speech outside the Qt apps): says nothing,
    and says why through health."""

    def __init__(self, reason: str, hint: str) -> None:
        super().__init__()
        self.reason, self.hint = reason, hint

    def say(self, text: str) -> None:
        raise DeviceError(self.reason, hint=self.hint, device="tts")

    def health(self) -> Health:
        return Health(HealthState.DEGRADED, self.reason)


def _usb_ids(text: str) -> tuple[int, int]:
    try:
        vid, pid = (int(part, 16) for part in str(text).split(":"))
    except ValueError:
        raise ConfigError(
            words("USB 打印机需要 printer_usb = \"厂商：产品\"（十六进制，如 0416:5011），当前为“{text}”。", text=text),  # words-ok: the config syntax
            hint="用 lsusb 查看打印机的 ID。",
        ) from None
    return vid, pid


__all__ = [
    "DEVICE_NAMES",
    "DeviceEvent",
    "DeviceManager",
    "EventKind",
]
