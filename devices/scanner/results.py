"""What a QR decoder is and what it finds: the values every decoder, the chain and the
hand scanners share (kept apart from the decoders, which need the camera extra).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # OpenCV and NumPy load with the first frame: a serial scanner never needs them
    import numpy as np

Polygon = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class ScanResult:
    data: bytes  # the payload bytes as encoded in the symbol
    text: str  # data decoded to text (see payload_text)
    symbology: str  # "QRCODE"
    decoder: str  # which decoder read it: "yimen-zxing", "zbar", "opencv-aruco"
    polygon: Polygon = ()


@runtime_checkable
class Decoder(Protocol):
    name: str

    def decode(self, frame: np.ndarray) -> list[ScanResult]: ...


def payload_text(data: bytes) -> str:
    """Bytes of a QR payload to text.

    UTF-8 first (what Yimen and most current systems print). Older Chinese systems
    still print GBK/GB18030 codes, so that is tried next, kept only if it reads as
    Chinese text (GB18030 maps almost any byte string to *some* characters). Anything
    else is read as ISO-8859-1, the byte-mode default of ISO/IEC 18004, which never
    fails; control characters in it make the classifier call the payload unknown.
    """
    text = text_of(data)
    return text if text is not None else data.decode("latin-1")


def text_of(data: bytes) -> str | None:
    """The UTF-8 or Chinese GB18030 reading of ``data``, or None when it is neither."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if all(ch.isascii() or _looks_chinese(ch) for ch in text):
        return text
    return None


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


def to_gray(frame: np.ndarray) -> np.ndarray:
    import cv2
    import numpy as np

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
