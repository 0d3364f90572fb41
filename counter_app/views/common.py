"""Small building blocks the counter's views share."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def label(text: str = "", role: str = "", *, wrap: bool = False) -> QLabel:
    w = QLabel(text)
    if role:
        w.setProperty("role", role)
    w.setWordWrap(wrap)
    return w


def button(text: str, kind: str = "", *, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    if kind:
        b.setProperty("kind", kind)
    if tip:
        b.setToolTip(tip)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


def badge(text: str, tone: str) -> QLabel:
    w = label(text, "badge")
    w.setProperty("tone", tone)
    return w


def panel(role: str = "panel") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    box = QVBoxLayout(frame)
    box.setContentsMargins(12, 10, 12, 12)
    box.setSpacing(8)
    return frame, box


def restyle(w: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    w.style().unpolish(w)
    w.style().polish(w)


def table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


CASE_NUMBER_SAMPLE = "8888 8888 8888 8888 8888"  # 20 digits, room for them grouped in fours


def case_number_width(t: QWidget) -> int:
    """A column wide enough for a whole 20-digit case number, grouped or not (never cut)."""
    return t.fontMetrics().horizontalAdvance(CASE_NUMBER_SAMPLE) + 18


def fit_columns(t: QTableWidget, *, fixed: dict[int, int], stretch: tuple[int, ...]) -> None:
    """Columns that never need sideways scrolling: some of fixed width, the rest sharing what
    is left (their text wraps onto a second line instead)."""
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setWordWrap(True)
    header = t.horizontalHeader()
    header.setStretchLastSection(False)
    for col, width in fixed.items():
        header.setSectionResizeMode(col, header.ResizeMode.Fixed)
        t.setColumnWidth(col, width)
    for col in stretch:
        header.setSectionResizeMode(col, header.ResizeMode.Stretch)
    # rows follow the width the stretched columns settle at: wrapped text is never cut with "…"
    header.sectionResized.connect(lambda *_: t.resizeRowsToContents())


def cell(text: object, *, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class MessageBar(QFrame):
    """One line telling the clerk what just happened, and what to do if it went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "message")
        self.setProperty("level", "info")
        box = QHBoxLayout(self)
        box.setContentsMargins(12, 3, 6, 3)
        self.text = label("", "")
        self.text.setWordWrap(True)  # one line almost always; a long hint takes a second, never cut
        box.addWidget(self.text, 1)
        self.close_button = button("✕ Esc", "quiet")
        self.close_button.setToolTip("关闭提示（Esc）")
        self.close_button.clicked.connect(self.hide)
        box.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, level: str, text: str, hint: str = "") -> None:
        self.setProperty("level", level)
        restyle(self)
        prefix = {"error": "✖ 未完成：", "ok": "✔ ", "info": "ℹ "}.get(level, "")
        self.text.setText(f"{prefix}{text}" + (f"　{hint}" if hint else ""))
        restyle(self.text)
        self.show()
        # errors stay until the next message; the rest fade after a while
        if level == "error":
            self._timer.stop()
        else:
            self._timer.start(12_000)
