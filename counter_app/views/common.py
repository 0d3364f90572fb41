"""Small building blocks the counter's views share."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shared.ui.i18n import Translator, qt_translate

translate = QCoreApplication.translate


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


def with_key(b: QPushButton, text: str) -> None:
    """Set a button's words, its page key (if it has one) written after them."""
    key = b.property("page_key")
    b.setProperty("action", text)
    b.setText(f"{text}  [{key}]" if key else text)


class PageKeys:
    """The keys of one page's actions (issue 16, point 5: a shortcut for every action, shown
    on screen). Each key presses its button and is written on it; it is active only while its
    page is shown (Qt leaves out the window shortcuts of a hidden widget), so the pages can
    reuse a key (Alt+R 刷新) but never one the whole window already answers (the work page's
    F1-F9, Ctrl+…, Alt+1-3). A key whose button cannot be used now says why, instead of doing
    nothing."""

    def __init__(self, page: QWidget, say: Callable[[str, str, str], None]) -> None:
        self.page = page
        self.say = say
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}

    def bind(self, key: str, b: QPushButton, why: str) -> None:
        """``key`` presses ``b``; ``why`` is the hint when the button is hidden or greyed out."""
        name = QKeySequence(key).toString()
        if name in self.buttons:
            raise ValueError(f"{name} is already {self.buttons[name].property('action')} on this page")
        b.setProperty("page_key", name)
        with_key(b, b.property("action") or b.text())
        sc = QShortcut(QKeySequence(key), self.page)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.setAutoRepeat(False)  # a key held down does not register twice
        sc.activated.connect(lambda: self.press(b, why))
        self.buttons[name] = b
        self.shortcuts[name] = sc

    def press(self, b: QPushButton, why: str) -> None:
        if b.isVisible() and b.isEnabled():
            b.click()
        else:
            self.say(
                "error",
                translate("CounterDesk", "“{action}”现在不能用。").format(action=b.property("action")),
                why,
            )


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


class TextBox(QPlainTextEdit):
    """A plain-text field as tall as ``lines`` lines of its own font: a sentence or two wraps
    and is read whole, never scrolled off sideways. Tab moves on to the next field."""

    def __init__(self, lines: int, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _height(self) -> int:
        # the style's frame and padding (known once polished), the document's margins, and
        # each line as the text layout rounds it
        m = self.contentsMargins()
        line = math.ceil(QFontMetricsF(self.font()).height()) + 1
        return m.top() + m.bottom() + 2 * math.ceil(self.document().documentMargin()) + self.lines * line

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())


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
    rows_follow_columns(t)


def rows_follow_columns(t: QTableWidget) -> None:
    """Every row as tall as its wrapped text, again whenever a column changes width. Measured
    once the resize is over (a zero timer): Qt sizes a row by the columns inside the viewport,
    and while a page is first laid out the viewport is still narrower than the table."""
    timer = QTimer(t)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(t.resizeRowsToContents)
    t.horizontalHeader().sectionResized.connect(lambda *_: timer.start())


def help_table() -> QTableWidget:
    """The kiosks' calls for help (自助机, 时间, 原因): a terminal's long name and the reason
    wrap within the panel, and every row is as tall as its wrapped lines."""
    t = table(
        [
            translate("CounterDesk", "自助机"),
            translate("CounterDesk", "时间"),
            translate("CounterDesk", "原因"),
        ]
    )
    fit_columns(t, fixed={1: t.fontMetrics().horizontalAdvance("00:00") + 24}, stretch=(0, 2))
    return t


class FitCombo(QComboBox):
    """A drop-down as wide as its longest choice plus the style's frame, padding and arrow
    (QComboBox's own hint leaves out the style sheet's drop-down: 全厅未办结（督办） was cut)."""

    def _chrome(self) -> int:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        opt.rect = QRect(0, 0, 1000, max(self.height(), 30))
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return 1000 - field.width()

    def _fit(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        return widest + self._chrome() + 2

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._fit()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._fit()), hint.height())


def cell(text: object, *, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class MessageBar(QFrame):
    """One line telling the clerk what just happened, and what to do if it went wrong. Its own
    words go through ``translate`` (the clerk's: the counter's language, installed in the
    application; the evaluator screen's: the applicant's language); the message itself comes
    worded."""

    def __init__(self, parent: QWidget | None = None, *, translate: Translator = qt_translate) -> None:
        super().__init__(parent)
        self.translate = translate
        self.setProperty("role", "message")
        self.setProperty("level", "info")
        box = QHBoxLayout(self)
        box.setContentsMargins(12, 3, 6, 3)
        self.text = label("", "")
        self.text.setWordWrap(True)  # one line almost always; a long hint takes a second, never cut
        box.addWidget(self.text, 1)
        self.close_button = button("✕ Esc", "quiet")
        self.close_button.setToolTip(translate("CounterMessage", "关闭提示（Esc）"))
        self.close_button.clicked.connect(self.hide)
        box.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, level: str, text: str, hint: str = "") -> None:
        self.setProperty("level", level)
        restyle(self)
        done = self.translate("CounterMessage", "未完成：")
        prefix = {"error": f"✖ {done}", "ok": "✔ ", "info": "ℹ "}.get(level, "")
        self.text.setText(f"{prefix}{text}" + (f"　{hint}" if hint else ""))
        restyle(self.text)
        self.show()
        # errors stay until the next message; the rest fade after a while
        if level == "error":
            self._timer.stop()
        else:
            self._timer.start(12_000)
