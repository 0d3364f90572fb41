"""Faces for the five evaluation levels, drawn (not emoji: a kiosk may lack a colour emoji
font). The one picture of a rating on every screen: the kiosk's 好差评 and the window's
evaluator (docs/glossary.md); the printed slip, which has no colour, lists the same five words.

Each level differs in colour *and* shape, so neighbours never look alike: 非常满意 laughs
with an open mouth, 满意 smiles, 基本满意 has a straight mouth, 不满意 frowns, 非常不满意
frowns with an open mouth and slanted brows. The word is always shown beside the face:
colour and shape are never the only signal (WCAG 2.1 SC 1.4.1).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# level 5..1: green to red, the hall's usual rating colours; mid-tones, so the dark features
# read on each fill (≥ 4.5:1) and the fill stands out on light and dark schemes alike
FACE_COLOURS = {
    5: "#2e9d4a",
    4: "#8bc34a",
    3: "#f2b705",
    2: "#f57c00",
    1: "#e53935",
}
FEATURES = "#1b1b1b"
# mouth curvature per level 5..1: smile to frown
_CURVE = {5: 1.0, 4: 0.6, 3: 0.0, 2: -0.6, 1: -1.0}


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

    @property
    def colour(self) -> QColor:
        return QColor(FACE_COLOURS[self.level])

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = float(min(self.width(), self.height()))
        stroke = max(3.0, w / 18)
        ink = QColor(FEATURES)
        # the disc: the level's colour, edged in dark ink so it shows on any background
        p.setPen(QPen(ink, stroke * 0.6))
        p.setBrush(self.colour)
        m = stroke
        p.drawEllipse(QRectF(m, m, w - 2 * m, w - 2 * m))
        # eyes
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ink)
        eye = w / 13
        p.drawEllipse(QPointF(w * 0.36, w * 0.40), eye, eye)
        p.drawEllipse(QPointF(w * 0.64, w * 0.40), eye, eye)
        pen = QPen(ink, stroke)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.level == 1:  # slanted brows: the angriest face is not just a deeper frown
            p.setPen(pen)
            p.drawLine(QPointF(w * 0.26, w * 0.26), QPointF(w * 0.43, w * 0.32))
            p.drawLine(QPointF(w * 0.74, w * 0.26), QPointF(w * 0.57, w * 0.32))
        curve = _CURVE[self.level]
        left, right = QPointF(w * 0.3, 0.0), QPointF(w * 0.7, 0.0)
        if self.level in (5, 1):
            # open mouth, filled: a laugh (5) or a wail (1)
            y = w * (0.62 if curve > 0 else 0.78)
            path = QPainterPath(QPointF(left.x(), y))
            path.quadTo(QPointF(w * 0.5, y + curve * w * 0.34), QPointF(right.x(), y))
            path.closeSubpath()
            p.setPen(pen)
            p.setBrush(ink)
            p.drawPath(path)
        else:
            y = w * (0.66 if curve >= 0 else 0.74)
            path = QPainterPath(QPointF(left.x(), y))
            path.quadTo(QPointF(w * 0.5, y + curve * w * 0.2), QPointF(right.x(), y))
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        p.end()
