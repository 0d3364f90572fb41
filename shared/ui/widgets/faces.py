"""Faces for the five evaluation levels, drawn (not emoji: a kiosk may lack a colour emoji
font, and the face must follow the colour scheme). The word is always shown beside it:
colour and shape are never the only signal (WCAG 2.1 SC 1.4.1)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# mouth curvature per level 5..1: smile to frown
_CURVE = {5: 1.0, 4: 0.55, 3: 0.0, 2: -0.55, 1: -1.0}


class FaceIcon(QWidget):
    def __init__(self, level: int, *, size: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if level not in _CURVE:
            raise ValueError("level is 1..5")
        self.level = level
        self._size = size
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(size, size)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def set_size(self, size: int) -> None:
        self._size = size
        self.setFixedSize(size, size)

    def paintEvent(self, event) -> None:
        colour = self.palette().color(self.foregroundRole())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = min(self.width(), self.height())
        stroke = max(3.0, w / 16)
        pen = QPen(colour, stroke)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        m = stroke
        p.drawEllipse(QRectF(m, m, w - 2 * m, w - 2 * m))
        eye = w / 14
        p.setBrush(colour)
        p.drawEllipse(QPointF(w * 0.36, w * 0.38), eye, eye)
        p.drawEllipse(QPointF(w * 0.64, w * 0.38), eye, eye)
        p.setBrush(Qt.BrushStyle.NoBrush)
        curve = _CURVE[self.level]
        y = w * (0.66 if curve >= 0 else 0.72)
        path = QPainterPath(QPointF(w * 0.3, y))
        path.quadTo(QPointF(w * 0.5, y + curve * w * 0.18), QPointF(w * 0.7, y))
        p.drawPath(path)
        p.end()
