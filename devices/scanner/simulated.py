"""A scanner for demos and tests, and the null scanner for terminals without one.

:class:`SimulatedScanner` does not shortcut: ``present(text)`` prints the text into a QR
code on a camera-sized frame and reads it back through the same decoder chain a camera
uses, on its own thread, so the demo exercises the camera's decoder and the classifier.
Like the camera it needs the camera extra (OpenCV, numpy, zxing-cpp): the device manager
checks for it before importing this module (devices/scanner/camera_stack.py).
"""

from __future__ import annotations

import io
import queue
import threading

import cv2
import numpy as np
import segno

from devices.base import HealthState
from devices.scanner.decoders import Decoder, default_chain
from devices.scanner.null import NullScanner as NullScanner  # re-exported: it lives apart, without OpenCV
from devices.scanner.source_base import PayloadCallback, ScanSource
from shared.domain.payloads import PayloadRegistry


def qr_image(text: str | bytes, *, module_px: int = 6, border: int = 4, error: str = "m") -> np.ndarray:
    """A grey image of a QR code holding ``text`` as UTF-8 (or ``bytes`` as given)."""
    code = segno.make_qr(text, encoding="utf-8" if isinstance(text, str) else None, error=error)
    buf = io.BytesIO()
    code.save(buf, kind="png", scale=module_px, border=border)
    image = cv2.imdecode(np.frombuffer(buf.getvalue(), np.uint8), cv2.IMREAD_GRAYSCALE)
    assert image is not None  # the PNG segno has just written
    return image


def qr_frame(
    text: str | bytes,
    *,
    width: int = 1280,
    height: int = 720,
    module_px: int = 6,
    at: tuple[int, int] | None = None,
) -> np.ndarray:
    """A BGR camera-sized frame (light grey desk) with the code at ``at`` (default: centre)."""
    code = qr_image(text, module_px=module_px)
    h, w = code.shape
    if h > height or w > width:
        raise ValueError(f"code of {w}x{h} px does not fit a {width}x{height} frame")
    frame = np.full((height, width), 200, np.uint8)
    x, y = at if at is not None else ((width - w) // 2, (height - h) // 2)
    frame[y : y + h, x : x + w] = code
    return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)


class SimulatedScanner(ScanSource):
    """Codes are "shown" with :meth:`present`; decoded and emitted on thread ``scanner-sim``."""

    def __init__(
        self,
        *,
        on_payload: PayloadCallback | None = None,
        registry: PayloadRegistry | None = None,
        decoder: Decoder | None = None,
        name: str = "scanner-sim",
    ) -> None:
        super().__init__(name=name, on_payload=on_payload, registry=registry)
        self.decoder = decoder or default_chain()
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self.unreadable = 0  # frames in which no decoder found a code

    def open(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
            self._thread.start()
        self._set_health(HealthState.OK, "模拟扫码")

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=3.0)
            self._thread = None
        self._set_health(HealthState.OFFLINE, "已关闭")

    def present(self, text: str) -> None:
        """Show a code holding ``text`` to the simulated camera."""
        self.present_frame(qr_frame(text))

    def present_frame(self, frame: np.ndarray) -> None:
        if self._thread is None:
            raise RuntimeError("SimulatedScanner.present before open()")
        self._queue.put(frame)

    def drain(self, timeout: float = 5.0) -> bool:
        """Wait until every presented frame has been decoded (for tests and the demo script)."""
        done = threading.Event()
        self._queue.put(done)  # type: ignore[arg-type]
        return done.wait(timeout)

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            results = self.decoder.decode(item)
            if not results:
                self.unreadable += 1
            for r in results:
                self._emit_text(r.text, decoder=r.decoder)
