"""Camera and file scan sources (frames → decoder chain → payloads).

Capture and decode run on two named threads joined by a one-frame mailbox: the capture
thread always replaces the waiting frame, so a busy decoder drops stale frames instead of
falling behind. The camera decodes at its own rate (``max_decodes_per_s=0``): the zxing-cpp
decoder takes a few milliseconds on a 720p frame without a code, so an idle kiosk camera
at 15 fps costs a small share of one core (bench/results/qr_decode.json, "camera_idle").
``max_decodes_per_s`` still caps it on a weak machine.

The hand scanners (:class:`KeyboardWedgeSource`, :class:`SerialScannerSource`) live in
their own modules and are re-exported here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np

from devices.base import HealthState
from devices.errors import DeviceError, DeviceOffline
from devices.scanner.decoders import Decoder, default_chain
from devices.scanner.serial_source import SerialScannerSource
from devices.scanner.source_base import PayloadCallback, ScanSource
from devices.scanner.wedge import KeyboardWedgeSource
from shared.domain.words import words

log = logging.getLogger(__name__)

__all__ = ["CameraSource", "FileSource", "KeyboardWedgeSource", "SerialScannerSource"]

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"}


class FrameCapture(Protocol):
    """The part of cv2.VideoCapture a frame source uses."""

    def isOpened(self) -> bool: ...  # OpenCV's camelCase name

    def read(self) -> tuple[bool, np.ndarray | None]: ...

    def release(self) -> None: ...


class _FramePipeline(ScanSource):
    """Capture thread + decode thread over any :class:`FrameCapture`."""

    # a camera that gives no frame for this long is taken as unplugged
    NO_FRAME_TIMEOUT_S = 2.0

    def __init__(
        self,
        *,
        name: str,
        capture_factory: Callable[[], FrameCapture],
        on_payload: PayloadCallback | None,
        decoder: Decoder | None,
        max_decodes_per_s: float,
        repeat_window_s: float,
        frame_interval_s: float,
        ends: bool,
        lossless: bool = False,
        **kw: object,
    ) -> None:
        super().__init__(name=name, on_payload=on_payload, repeat_window_s=repeat_window_s, **kw)  # type: ignore[arg-type]
        self._lossless = lossless  # wait for the decoder instead of dropping (files read offline)
        self._capture_factory = capture_factory
        self.decoder: Decoder = decoder or default_chain()
        self.min_decode_interval_s = 1.0 / max_decodes_per_s if max_decodes_per_s > 0 else 0.0
        self._frame_interval_s = frame_interval_s
        self._ends = ends  # a file ends; a camera that stops giving frames is unplugged
        self._cond = threading.Condition()
        self._pending: np.ndarray | None = None
        self._capture_done = False
        self._stop = threading.Event()
        self.finished = threading.Event()
        self._threads: list[threading.Thread] = []
        self.frames_captured = 0
        self.frames_dropped = 0
        self.frames_decoded = 0

    def open(self) -> None:
        if any(t.is_alive() for t in self._threads):
            return
        capture = self._capture_factory()
        if not capture.isOpened():
            capture.release()
            reason = f"{self.name} 打不开视频源"
            self._set_health(HealthState.OFFLINE, reason)
            raise DeviceOffline(reason, hint="检查摄像头连接或文件路径。", device=self.name)
        self._stop.clear()
        self.finished.clear()
        self._pending, self._capture_done = None, False
        self._threads = [
            threading.Thread(
                target=self._capture_loop, args=(capture,), name=f"{self.name}-capture", daemon=True
            ),
            threading.Thread(target=self._decode_loop, name=f"{self.name}-decode", daemon=True),
        ]
        self._set_health(HealthState.OK)
        for t in self._threads:
            t.start()

    def close(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        for t in self._threads:
            if t is not threading.current_thread():
                t.join(timeout=3.0)
        self._set_health(HealthState.OFFLINE, "已关闭")

    def wait_finished(self, timeout: float | None = None) -> bool:
        """For file sources: wait until the file has been read and its frames decoded."""
        return self.finished.wait(timeout)

    def _capture_loop(self, capture: FrameCapture) -> None:
        last_frame_at = time.monotonic()
        try:
            while not self._stop.is_set():
                started = time.monotonic()
                ok, frame = capture.read()
                if not ok or frame is None:
                    if self._ends:
                        break
                    if time.monotonic() - last_frame_at > self.NO_FRAME_TIMEOUT_S:
                        self._set_health(HealthState.OFFLINE, f"{self.name} 没有画面，可能已拔出")
                        break
                    self._stop.wait(0.05)
                    continue
                last_frame_at = time.monotonic()
                with self._cond:
                    self.frames_captured += 1
                    while self._lossless and self._pending is not None and not self._stop.is_set():
                        self._cond.wait(0.1)
                    if self._pending is not None:
                        self.frames_dropped += 1  # the decoder is busy: newest frame wins
                    self._pending = frame
                    self._cond.notify_all()
                if self._frame_interval_s:
                    self._stop.wait(max(0.0, self._frame_interval_s - (time.monotonic() - started)))
        except Exception as e:  # a driver error must not vanish with the thread
            log.exception("%s capture failed", self.name)
            self._set_health(HealthState.OFFLINE, f"{self.name} 读取画面出错：{e}")
        finally:
            capture.release()
            with self._cond:
                self._capture_done = True
                self._cond.notify_all()

    def _decode_loop(self) -> None:
        last_decode = float("-inf")
        while True:
            with self._cond:
                while self._pending is None and not self._capture_done and not self._stop.is_set():
                    self._cond.wait()
                if self._stop.is_set() or (self._pending is None and self._capture_done):
                    break
                # rate limit: wait out the interval; frames arriving meanwhile replace this one
                while not self._stop.is_set():
                    wait = self.min_decode_interval_s - (time.monotonic() - last_decode)
                    if wait <= 0:
                        break
                    self._cond.wait(wait)
                if self._stop.is_set():
                    break
                frame, self._pending = self._pending, None
                self._cond.notify_all()  # a lossless capture waits for the slot to empty
            if frame is None:
                continue
            last_decode = time.monotonic()
            self.frames_decoded += 1
            for result in self.decoder.decode(frame):
                self._emit_text(result.text, decoder=result.decoder)
        self.finished.set()


class CameraSource(_FramePipeline):
    """A USB/built-in camera through cv2.VideoCapture (index or device path)."""

    def __init__(
        self,
        *,
        device: int | str = 0,
        on_payload: PayloadCallback | None = None,
        decoder: Decoder | None = None,
        max_decodes_per_s: float = 0.0,  # 0: every frame the decoder can take, at the camera's rate
        repeat_window_s: float = 2.0,
        name: str = "scanner-camera",
        capture_factory: Callable[[], FrameCapture] | None = None,
        **kw: Any,
    ) -> None:
        self.device = device
        super().__init__(
            name=name,
            capture_factory=capture_factory or (lambda: cv2.VideoCapture(device)),
            on_payload=on_payload,
            decoder=decoder,
            max_decodes_per_s=max_decodes_per_s,
            repeat_window_s=repeat_window_s,
            frame_interval_s=0.0,  # the camera paces itself
            ends=False,
            **kw,
        )


class _StillImageCapture:
    """An image file as a "video" of ``repeat`` identical frames (0 = forever)."""

    def __init__(self, frame: np.ndarray | None, repeat: int) -> None:
        self._frame, self._left, self._forever = frame, repeat, repeat == 0

    def isOpened(self) -> bool:
        return self._frame is not None

    def read(self) -> tuple[bool, np.ndarray | None]:
        if self._frame is None or (not self._forever and self._left <= 0):
            return False, None
        self._left -= 1
        return True, self._frame

    def release(self) -> None:
        pass


class FileSource(_FramePipeline):
    """An image or video file played as if it came from a camera (simulation, demo).

    Video frames are paced at the file's own frame rate when ``realtime`` (the default),
    so the drop-while-busy path is exercised as with a camera; ``realtime=False`` reads as
    fast as the decoder takes frames. An image is shown ``repeat`` times (0 = until closed).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        on_payload: PayloadCallback | None = None,
        decoder: Decoder | None = None,
        max_decodes_per_s: float = 8.0,
        repeat_window_s: float = 2.0,
        realtime: bool = True,
        repeat: int = 1,
        name: str = "scanner-file",
        **kw: object,
    ) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise DeviceError(
                words("扫码模拟文件不存在：{path}", path=self.path), hint="检查 devices 配置中的文件路径。", device=name
            )
        is_image = self.path.suffix.lower() in IMAGE_SUFFIXES
        interval = 0.0
        if is_image:

            def factory() -> FrameCapture:
                return _StillImageCapture(cv2.imread(str(self.path), cv2.IMREAD_COLOR), repeat)

            interval = 1.0 / max_decodes_per_s if repeat != 1 and max_decodes_per_s > 0 else 0.0
        else:

            def factory() -> FrameCapture:
                return cv2.VideoCapture(str(self.path))

            if realtime:
                probe = cv2.VideoCapture(str(self.path))
                fps = probe.get(cv2.CAP_PROP_FPS) or 25.0
                probe.release()
                interval = 1.0 / fps if fps > 0 else 0.04
        self.is_image = is_image
        super().__init__(
            name=name,
            capture_factory=factory,
            on_payload=on_payload,
            decoder=decoder,
            max_decodes_per_s=max_decodes_per_s if realtime else 0.0,
            repeat_window_s=repeat_window_s,
            frame_interval_s=interval,
            ends=True,
            lossless=not realtime,
            **kw,
        )
