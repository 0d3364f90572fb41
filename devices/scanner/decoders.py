"""QR decoders for camera frames, and the chain that tries them in turn.

Each decoder takes a numpy frame (BGR, BGRA or grey, uint8) and returns what it found as
:class:`ScanResult` values; an empty list means "nothing here". zbar is fast and exact
on clean codes; OpenCV's ArUco-based detector and WeChat's detector read blurred, small
and low-contrast codes zbar misses (FACTS.md, "QR codes"), so a kiosk chains them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

import cv2
import numpy as np

from devices.errors import DeviceError
from devices.scanner.zbar_binary import scan_gray, zbar_available

log = logging.getLogger(__name__)

Polygon = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class ScanResult:
    data: bytes  # the payload bytes as encoded in the symbol
    text: str  # data decoded to text (see payload_text)
    symbology: str  # "QRCODE"
    decoder: str  # which decoder read it: "zbar", "opencv-aruco", "wechat"
    polygon: Polygon = ()


def payload_text(data: bytes) -> str:
    """Bytes of a QR payload to text.

    UTF-8 first (what Yimen and most current systems print). Older Chinese systems
    still print GBK/GB18030 codes, so that is tried next, kept only if it reads as
    Chinese text (GB18030 maps almost any byte string to *some* characters). Anything
    else is read as ISO-8859-1, the byte-mode default of ISO/IEC 18004, which never
    fails; control characters in it make the classifier call the payload unknown.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if all(ch.isascii() or _looks_chinese(ch) for ch in text):
            return text
    return data.decode("latin-1")


def _looks_chinese(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= cp <= 0x4DBF  # extension A
        or 0x3000 <= cp <= 0x303F  # CJK punctuation 。、《》
        or 0xFF00 <= cp <= 0xFFEF  # full-width forms ，：（）
        or 0x2010 <= cp <= 0x2027  # dashes, quotes “” and …
        or ch in "·×÷°¥"
    )


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


def to_gray(frame: np.ndarray) -> np.ndarray:
    if not isinstance(frame, np.ndarray) or frame.size == 0:
        raise ValueError("frame must be a non-empty numpy array")
    if frame.dtype != np.uint8:
        frame = np.clip(frame, 0, 255).astype(np.uint8)
    if frame.ndim == 2:
        return frame
    if frame.ndim == 3 and frame.shape[2] == 1:
        return frame[:, :, 0]
    if frame.ndim == 3 and frame.shape[2] == 3:
        return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    if frame.ndim == 3 and frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY)
    raise ValueError(f"unsupported frame shape {frame.shape}")


def _polygon(points: np.ndarray | None) -> Polygon:
    if points is None:
        return ()
    pts = np.asarray(points).reshape(-1, 2)
    return tuple((round(float(x)), round(float(y))) for x, y in pts)


@runtime_checkable
class Decoder(Protocol):
    name: str

    def decode(self, frame: np.ndarray) -> list[ScanResult]: ...


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


class WeChatDecoder:
    """cv2.wechat_qrcode (opencv-contrib). With ``model_dir`` holding WeChat's
    detect/sr prototxt+caffemodel files it uses its CNN detector and super-resolution;
    without them it runs its traditional detector, which still reads small and
    low-contrast codes. It returns text (UTF-8), not bytes."""

    name = "wechat"
    MODEL_FILES = ("detect.prototxt", "detect.caffemodel", "sr.prototxt", "sr.caffemodel")

    def __init__(self, *, model_dir: Path | None = None) -> None:
        if not hasattr(cv2, "wechat_qrcode_WeChatQRCode"):
            raise DeviceError(
                "此 OpenCV 不含 wechat_qrcode。",
                hint="安装 opencv-contrib-python-headless。",
                device="scanner",
            )
        self.uses_cnn = False
        if model_dir is not None:
            paths = [Path(model_dir) / f for f in self.MODEL_FILES]
            missing = [p.name for p in paths if not p.is_file()]
            if missing:
                raise DeviceError(
                    f"WeChat 模型目录 {model_dir} 缺少文件: {', '.join(missing)}",
                    hint="放入四个模型文件，或不配置模型目录以使用传统检测器。",
                    device="scanner",
                )
            self._detector = cv2.wechat_qrcode_WeChatQRCode(*(str(p) for p in paths))
            self.uses_cnn = True
        else:
            self._detector = cv2.wechat_qrcode_WeChatQRCode()
        self._lock = threading.Lock()

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        gray = to_gray(frame)
        with self._lock:
            try:
                texts, points = self._detector.detectAndDecode(gray)
            except UnicodeDecodeError as e:
                # the Python binding turns each payload into str and fails on bytes that are
                # not UTF-8 (a GBK code); the exception still carries those bytes
                data = bytes(e.object)
                return [ScanResult(data, payload_text(data), "QRCODE", self.name, ())]
        found = []
        for i, text in enumerate(texts):
            if not text:
                continue
            data = _undo_latin1(text)
            poly = _polygon(points[i]) if i < len(points) else ()
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


def available_decoders(*, wechat_model_dir: Path | None = None) -> list[Decoder]:
    """Every decoder this machine can run, fastest-exact first: zbar, ArUco, WeChat."""
    decoders: list[Decoder] = []
    for make in (ZbarDecoder, OpenCvArucoDecoder, lambda: WeChatDecoder(model_dir=wechat_model_dir)):
        try:
            decoders.append(make())
        except DeviceError as e:
            log.warning("QR decoder unavailable: %s", e)
    return decoders


CHAIN_ORDER = ("zbar", "wechat", "opencv-aruco")


def default_chain(
    *, wechat_model_dir: Path | None = None, wechat_budget_s: float | None = 0.04
) -> DecoderChain:
    """The camera chain: zbar (exact, fast on clean codes), then WeChat (fast when a code is
    there; reads small and blurred ones) under a time budget, then OpenCV ArUco (slowest,
    best on perspective). ``wechat_budget_s=None`` runs WeChat unguarded (offline files)."""
    from devices.scanner.budget import BudgetedDecoder

    by_name = {d.name: d for d in available_decoders(wechat_model_dir=wechat_model_dir)}
    if not by_name:
        raise DeviceError("没有可用的二维码解码器。", hint="安装 libzbar0 或 OpenCV。", device="scanner")
    if "wechat" in by_name and wechat_budget_s is not None:
        by_name["wechat"] = BudgetedDecoder(by_name["wechat"], budget_s=wechat_budget_s)
    return DecoderChain([by_name[n] for n in CHAIN_ORDER if n in by_name])


def decode_all(decoders: Iterable[Decoder], frame: np.ndarray) -> dict[str, list[ScanResult]]:
    """Every decoder's answer on one frame (for measurements and ``devices check``)."""
    return {d.name: d.decode(frame) for d in decoders}
