"""A bar chart drawn with QPainter: tickets issued and served per hour or per day, with the
average wait as a line. Few dependencies, crisp in screenshots, readable without colour
(served bars are hatched, the wait line is dashed and labelled).

Its words go through Qt's translation system (context CounterChart); an hour on the axis is
the figures service's "09时", reworded here."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from counter_app.style import ACCENT, INK, LINE, MUTED, WARN
from shared.domain.figures import SeriesPoint

translate = QCoreApplication.translate
_HOUR = re.compile(r"^(\d{2})时$")


def legend() -> str:
    return translate("CounterChart", "■ 取号　▨ 办结　- - 平均等候（分钟，右轴）")


def axis_label(text: str) -> str:
    """A point's label on the axis: an hour ("09时", as the figures service words it) or a day
    (2026-11-17, shown as 11-17)."""
    if m := _HOUR.match(text):
        return translate("CounterChart", "{hour}时").format(hour=m.group(1))
    return text[5:] if len(text) == 10 else text


class SeriesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[SeriesPoint] = []
        self.setMinimumHeight(240)

    def set_points(self, points: list[SeriesPoint]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        left, right, top, bottom = 48, 56, 28, 46
        plot = QRectF(left, top, max(10, w - left - right), max(10, h - top - bottom))
        p.fillRect(self.rect(), QColor("#ffffff"))
        font = QFont(self.font())
        font.setPixelSize(12)
        p.setFont(font)
        p.setPen(QPen(QColor(INK)))
        p.drawText(
            QRectF(left, 4, plot.width(), 20),
            Qt.AlignmentFlag.AlignLeft,
            legend(),
        )
        if not self.points:
            p.setPen(QColor(MUTED))
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, translate("CounterChart", "该区间没有取号记录"))
            return
        top_count = max(4, -(-max(pt.issued for pt in self.points) // 4) * 4)  # a multiple of 4: whole ticks
        waits = [pt.avg_wait_min for pt in self.points if pt.avg_wait_min is not None]
        top_wait = max(1.0, max(waits)) if waits else 1.0
        p.setPen(QPen(QColor(LINE)))
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(MUTED))
            p.drawText(
                QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, f"{round(top_count * i / 4)}"
            )
            p.drawText(
                QRectF(plot.right() + 6, y - 8, right, 16),
                Qt.AlignmentFlag.AlignLeft,
                f"{top_wait * i / 4:.0f}",
            )
            p.setPen(QPen(QColor(LINE)))
        n = len(self.points)
        slot = plot.width() / n
        bar = max(1.0, slot * 0.38)
        step = max(1, n // 14)  # at most ~14 labels on the axis
        wait_points = []
        for i, pt in enumerate(self.points):
            x = plot.left() + slot * i + slot * 0.1
            hi = plot.height() * pt.issued / top_count
            hs = plot.height() * pt.served / top_count
            p.fillRect(QRectF(x, plot.bottom() - hi, bar, hi), QColor(ACCENT))
            p.fillRect(
                QRectF(x + bar, plot.bottom() - hs, bar, hs),
                QBrush(QColor("#6fa8dc"), Qt.BrushStyle.BDiagPattern),
            )
            p.setPen(QPen(QColor("#6fa8dc")))
            p.drawRect(QRectF(x + bar, plot.bottom() - hs, bar, hs))
            if pt.avg_wait_min is not None:
                wait_points.append(
                    QPointF(x + bar, plot.bottom() - plot.height() * pt.avg_wait_min / top_wait)
                )
            if i % step == 0:
                p.setPen(QColor(INK))
                text = axis_label(pt.label)
                p.drawText(
                    QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, 18),
                    Qt.AlignmentFlag.AlignHCenter,
                    text,
                )
        pen = QPen(QColor(WARN), 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        for a, b in itertools.pairwise(wait_points):
            p.drawLine(a, b)
        p.end()
