"""A numeric keypad for case numbers, phone numbers and PINs (no system keyboard on a kiosk)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from shared.ui.widgets.basics import BigButton

BACKSPACE = "\b"
CLEAR = "\x1b"


class NumericKeypad(QWidget):
    """Digits 0–9, 删除 (one back) and 清空. ``key`` carries a digit, BACKSPACE or CLEAR."""

    key = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, extra: str = "") -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        digit = QCoreApplication.translate("NumericKeypad", "数字{digit}")
        clear = QCoreApplication.translate("NumericKeypad", "清空")
        back = QCoreApplication.translate("NumericKeypad", "删除")
        back_said = QCoreApplication.translate("NumericKeypad", "删除一位")
        for i, d in enumerate("123456789"):
            grid.addWidget(self._button(d, d, digit.format(digit=d)), i // 3, i % 3)
        grid.addWidget(self._button(clear, CLEAR, clear), 3, 0)
        grid.addWidget(self._button("0", "0", digit.format(digit=0)), 3, 1)
        grid.addWidget(self._button(back, BACKSPACE, back_said), 3, 2)
        if extra:  # "X" for the last character of an ID number
            grid.addWidget(self._button(extra, extra, extra), 4, 1)

    def _button(self, text: str, value: str, speech: str) -> BigButton:
        b = BigButton(text, kind="key", speech=speech)
        b.clicked.connect(lambda _c=False, v=value: self.key.emit(v))
        return b


def apply_key(text: str, key: str, *, max_length: int) -> str:
    """The field text after one keypad key (pure: view-models use it too)."""
    if key == BACKSPACE:
        return text[:-1]
    if key == CLEAR:
        return ""
    if len(text) >= max_length:
        return text
    return text + key
