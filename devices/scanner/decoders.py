"""QR decoders for camera frames, and the chain that tries them in turn.

Each decoder takes a numpy frame (BGR, BGRA or grey, uint8) and returns what it found as
:class:`ScanResult` values; an empty list means "nothing here".

The camera runs zxing-cpp with Yimen's recovery steps
(:class:`~devices.scanner.zxing_decoder.RecoveringZxingDecoder`) and nothing else: on the
seeded degraded set of bench/qr_degraded_set.py it reads every frame, and zbar, WeChat and
OpenCV ArUco add no decode to it (bench/results/qr_decode.json), while WeChat alone costs
hundreds of milliseconds on a frame without a code. WeChat (opencv-contrib) is therefore
not a dependency any more: the benchmark runs it from a separate environment
(bench/wechat_peer.py). zbar and ArUco (in plain OpenCV) stay here as the peers the
benchmark compares against, and as the fallback when zxing-cpp cannot be loaded.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from devices.errors import DeviceError
from devices.scanner.results import Decoder, Polygon, ScanResult, payload_text, to_gray
from devices.scanner.results import text_of as text_of  # re-exported: the byte helpers moved to results
from devices.scanner.zbar_binary import scan_gray, zbar_available

log = logging.getLogger(__name__)

def _undo_latin1(text: str) -> bytes:
    """OpenCV hands back byte-mode payloads that are not valid UTF-8 as their ISO-8859-1
    reading re-encoded in UTF-8; recover the bytes actually printed in the code."""
    if any(ord(c) > 0xFF for c in text) or all(ord(c) < 0x80 for c in text):
        return text.encode("utf-8")
    raw = text.encode("latin-1")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw  # not UTF-8 itself: this is what OpenCV had converted
    return text.encode("utf-8")


def _polygon(points: np.ndarray | None) -> Polygon:
    if points is None:
        return ()
    pts = np.asarray(points).reshape(-1, 2)
    return tuple((round(float(x)), round(float(y))) for x, y in pts)


class ZbarDecoder:
    """zbar with the QR symbology in binary mode, so Chinese UTF-8 comes back exact."""

    name = "zbar"

    def __init__(self) -> None:
        ok, why = zbar_available()
        if not ok:
            raise DeviceError("zbar 解码库不可用。", hint=why, device="scanner")

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        return [
            ScanResult(s.data, payload_text(s.data), s.symbology, self.name, s.polygon)
            for s in scan_gray(to_gray(frame), binary=True)
        ]


class OpenCvArucoDecoder:
    """cv2.QRCodeDetectorAruco: finds codes by their finder patterns with ArUco's
    contour machinery; it returns the raw bytes (``detectAndDecodeBytesMulti``)."""

    name = "opencv-aruco"

    def __init__(self) -> None:
        self._detector = cv2.QRCodeDetectorAruco()
        self._lock = threading.Lock()  # one OpenCV detector object is not safe across threads

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        gray = to_gray(frame)
        with self._lock:
            ok, infos, points, _ = self._detector.detectAndDecodeBytesMulti(gray)
        if not ok:
            return []
        found = []
        for i, data in enumerate(infos):
            if not data:  # detected but not decodable
                continue
            data = bytes(data)
            try:
                data = _undo_latin1(data.decode("utf-8"))
            except UnicodeDecodeError:
                pass  # not converted by OpenCV: these are the printed bytes already
            poly = _polygon(points[i]) if points is not None else ()
            found.append(ScanResult(data, payload_text(data), "QRCODE", self.name, poly))
        return found


@dataclass
class ChainStats:
    frames: int = 0
    hits: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)


class DecoderChain:
    """Tries each decoder in order and returns the first non-empty answer.

    The answer's ``ScanResult.decoder`` says which decoder read it. A decoder that
    raises is logged and skipped for that frame: one broken library must not stop the
    kiosk from reading codes with the others.
    """

    name = "chain"

    def __init__(self, decoders: Sequence[Decoder]) -> None:
        if not decoders:
            raise ValueError("a decoder chain needs at least one decoder")
        self.decoders = list(decoders)
        self.stats = ChainStats()
        self._lock = threading.Lock()

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        with self._lock:
            self.stats.frames += 1
        for decoder in self.decoders:
            try:
                found = decoder.decode(frame)
            except Exception:
                log.exception("QR decoder %s failed on a frame", decoder.name)
                with self._lock:
                    self.stats.errors[decoder.name] = self.stats.errors.get(decoder.name, 0) + 1
                continue
            if found:
                with self._lock:
                    self.stats.hits[decoder.name] = self.stats.hits.get(decoder.name, 0) + 1
                return found
        return []


def available_decoders() -> list[Decoder]:
    """The peer decoders this machine can run: zbar and OpenCV ArUco (benchmark, fallback)."""
    decoders: list[Decoder] = []
    for make in (ZbarDecoder, OpenCvArucoDecoder):
        try:
            decoders.append(make())
        except DeviceError as e:
            log.warning("QR decoder unavailable: %s", e)
    return decoders


def default_chain() -> DecoderChain:
    """The camera chain: zxing-cpp with recovery steps. Without zxing-cpp (a broken
    install) the fallback: zbar, then OpenCV ArUco, which read clean codes exactly but
    far fewer degraded ones (docs/qr-decode-rates.md); ``yimen devices check`` reports it."""
    from devices.scanner.zxing_decoder import RecoveringZxingDecoder, zxing_available

    ok, why = zxing_available()
    if ok:
        return DecoderChain([RecoveringZxingDecoder()])
    log.warning("zxing-cpp unavailable (%s): falling back to zbar and OpenCV ArUco", why)
    decoders = available_decoders()
    if not decoders:
        raise DeviceError("没有可用的二维码解码器。", hint='安装 zxing-cpp：pip install "yimen[camera]"。', device="scanner")
    return DecoderChain(decoders)


def decode_all(decoders: Iterable[Decoder], frame: np.ndarray) -> dict[str, list[ScanResult]]:
    """Every decoder's answer on one frame (for measurements and ``devices check``)."""
    return {d.name: d.decode(frame) for d in decoders}
