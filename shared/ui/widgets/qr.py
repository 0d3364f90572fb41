"""A QR code drawn crisply at whole-pixel module size (segno, no Qt image scaling blur)."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget


def qr_image(payload: str, *, target_px: int, dark: str = "#000000", light: str = "#FFFFFF") -> QImage:
    qr = segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False)
    border = 4  # the quiet zone phones need (ISO/IEC 18004)
    side = int(qr.symbol_size(border=border)[0])  # whole modules at scale 1
    scale = max(1, target_px // side)
    img = QImage(side * scale, side * scale, QImage.Format.Format_RGB32)
    img.fill(light)
    p = QPainter(img)
    colour = QColor(dark)
    for y, row in enumerate(qr.matrix_iter(scale=1, border=border)):
        for x, on in enumerate(row):
            if on:
                p.fillRect(x * scale, y * scale, scale, scale, colour)
    p.end()
    return img


class QrLabel(QLabel):
    """Shows ``payload`` as a QR code about ``size`` px square; always dark on white,
    whatever the colour scheme, because phone cameras expect that."""

    def __init__(self, payload: str = "", *, size: int = 360, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("role", "qr")
        self._size = size
        self.payload = ""
        self.set_payload(payload)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        if not payload:
            self.clear()
            return
        self.setPixmap(QPixmap.fromImage(qr_image(payload, target_px=self._size)))
