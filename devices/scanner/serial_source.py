"""Serial (RS-232 or USB-CDC virtual COM) hand scanners: one payload per CR/LF line.

What counts as a payload and what as line noise is decided by
:class:`~devices.scanner.line_framer.SerialLineFramer`, on the bytes alone, however the
port splits them. All reading happens on the thread named after the source. An unplugged USB-CDC scanner
makes the read fail: the thread reports the source offline and ends, and the device
manager reopens it with backoff.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import serial

from devices.base import HealthState
from devices.errors import DeviceOffline
from devices.scanner.line_framer import SerialLineFramer
from devices.scanner.results import payload_text
from devices.scanner.source_base import PayloadCallback, ScanSource
from shared.domain.payloads import PayloadRegistry

log = logging.getLogger(__name__)


class SerialScannerSource(ScanSource):
    def __init__(
        self,
        *,
        port: str,
        baudrate: int = 9600,  # the factory default of most hand scanners in serial mode
        on_payload: PayloadCallback | None = None,
        registry: PayloadRegistry | None = None,
        name: str = "scanner-serial",
        serial_factory: Callable[..., serial.Serial] = serial.Serial,
        quiet_reset_s: float | None = 2.0,
    ) -> None:
        super().__init__(name=name, on_payload=on_payload, registry=registry)
        self.port = port
        self.baudrate = baudrate
        self._serial_factory = serial_factory
        self._serial: serial.Serial | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.framer = SerialLineFramer(quiet_reset_s=quiet_reset_s)

    @property
    def lines_dropped(self) -> int:
        """Over-long lines, lines that are not text, and fragments left hanging."""
        return self.framer.lines_dropped

    @property
    def noise_bytes(self) -> int:
        """Every byte dropped as line noise (NUL runs, 0xFF, wrong-baud garbage)."""
        return self.framer.noise_bytes

    def open(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        try:
            ser = self._serial_factory(self.port, self.baudrate, timeout=0.1)
        except (serial.SerialException, OSError, ValueError) as e:
            reason = f"扫码枪串口 {self.port} 打不开：{e}"
            self._set_health(HealthState.OFFLINE, reason)
            raise DeviceOffline(
                reason, hint="检查扫码枪数据线和 scanner_port 配置。", device=self.name
            ) from None
        self._serial = ser
        self._stop.clear()
        self._thread = threading.Thread(target=self._read_loop, args=(ser,), name=self.name, daemon=True)
        self._set_health(HealthState.OK)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2.0)
        self._thread = None
        self._set_health(HealthState.OFFLINE, "已关闭")

    def _read_loop(self, ser: serial.Serial) -> None:
        try:
            while not self._stop.is_set():
                chunk = ser.read(ser.in_waiting or 1)
                if not chunk:
                    continue
                for line in self.framer.feed(chunk, time.monotonic()):
                    self._emit_text(payload_text(line))
        except (serial.SerialException, OSError) as e:
            if not self._stop.is_set():
                self._set_health(HealthState.OFFLINE, f"扫码枪已断开：{e}")
        finally:
            try:
                ser.close()
            except Exception:
                pass
