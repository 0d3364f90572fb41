"""Serial (RS-232 or USB-CDC virtual COM) hand scanners: one payload per CR/LF line.

All reading happens on the thread named after the source. An unplugged USB-CDC scanner
makes the read fail: the thread reports the source offline and ends, and the device
manager reopens it with backoff.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import serial

from devices.base import HealthState
from devices.errors import DeviceOffline
from devices.scanner.decoders import payload_text
from devices.scanner.payloads import PayloadRegistry
from devices.scanner.source_base import PayloadCallback, ScanSource

log = logging.getLogger(__name__)

# longer than any QR payload (2953 bytes) with room: past this without CR/LF it is noise
MAX_LINE_BYTES = 8192


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
    ) -> None:
        super().__init__(name=name, on_payload=on_payload, registry=registry)
        self.port = port
        self.baudrate = baudrate
        self._serial_factory = serial_factory
        self._serial: serial.Serial | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.lines_dropped = 0

    def open(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        try:
            ser = self._serial_factory(self.port, self.baudrate, timeout=0.1)
        except (serial.SerialException, OSError, ValueError) as e:
            reason = f"扫码枪串口 {self.port} 打不开: {e}"
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
        buffer = bytearray()
        try:
            while not self._stop.is_set():
                chunk = ser.read(ser.in_waiting or 1)
                if not chunk:
                    continue
                buffer.extend(chunk)
                *lines, rest = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
                buffer = bytearray(rest)
                for line in lines:
                    if line:  # CR LF pairs and blank lines are not scans
                        self._emit_text(payload_text(bytes(line)))
                if len(buffer) > MAX_LINE_BYTES:
                    log.warning("%s: %d bytes without a line end, dropped", self.name, len(buffer))
                    self.lines_dropped += 1
                    buffer.clear()
        except (serial.SerialException, OSError) as e:
            if not self._stop.is_set():
                self._set_health(HealthState.OFFLINE, f"扫码枪已断开: {e}")
        finally:
            try:
                ser.close()
            except Exception:
                pass
