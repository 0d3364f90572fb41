"""On-screen keyboard for searching by pinyin initials (hkqy → 户口迁移).

A kiosk has no keyboard, and most residents cannot type full pinyin or handwriting; the
initials of the words they would say work with the catalog search. For whole Chinese
words the Qt Virtual Keyboard (Pinyin) can be switched on for the process with
:func:`enable_qt_virtual_keyboard` before the QApplication exists.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from shared.ui.widgets.basics import BigButton
from shared.ui.widgets.keypad import BACKSPACE, CLEAR

# alphabetical rows: people who never used a computer find letters faster in ABC order
ROWS_ABC = ("ABCDEFG", "HIJKLMN", "OPQRST", "UVWXYZ")
ROWS_QWERTY = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
# the whole alphabet in two rows across a landscape screen, 删除 and 清空 at their ends
ROWS_ABC_WIDE = ("ABCDEFGHIJKLM", "NOPQRSTUVWXYZ")


class PinyinKeyboard(QWidget):
    """Letter keys plus 删除 and 清空; ``key`` carries a lower-case letter, BACKSPACE or CLEAR.

    删除 and 清空 share a row of their own under the letters, or with ``edit_keys_at_ends``
    (a short, wide keyboard: :data:`ROWS_ABC_WIDE`) end the first and the last row, two keys wide.
    """

    key = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        rows: tuple[str, ...] = ROWS_ABC,
        edit_keys_at_ends: bool = False,
    ) -> None:
        if edit_keys_at_ends and len(rows) < 2:
            raise ValueError("删除 and 清空 at the rows' ends need two rows of letters at least")
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        width = max(len(r) for r in rows)
        for r, row in enumerate(rows):
            for c, letter in enumerate(row):
                b = BigButton(
                    letter,
                    kind="key",
                    speech=QCoreApplication.translate("PinyinKeyboard", "字母{letter}").format(letter=letter),
                )
                b.clicked.connect(lambda _c=False, v=letter.lower(): self.key.emit(v))
                grid.addWidget(b, r, c)
        last = len(rows)
        clear_word = QCoreApplication.translate("PinyinKeyboard", "清空")
        clear = BigButton(clear_word, kind="key", speech=clear_word)
        clear.clicked.connect(lambda _c=False: self.key.emit(CLEAR))
        back = BigButton(
            QCoreApplication.translate("PinyinKeyboard", "删除"),
            kind="key",
            speech=QCoreApplication.translate("PinyinKeyboard", "删除一个字母"),
        )
        back.clicked.connect(lambda _c=False: self.key.emit(BACKSPACE))
        if edit_keys_at_ends:
            grid.addWidget(back, 0, len(rows[0]), 1, 2)
            grid.addWidget(clear, last - 1, len(rows[-1]), 1, 2)
            for c in range(width + 2):  # a column of two-key-wide keys only is as wide as a letter's
                grid.setColumnStretch(c, 1)
            return
        half = width // 2
        grid.addWidget(clear, last, 0, 1, half)
        grid.addWidget(back, last, half, 1, width - half)


def qt_virtual_keyboard_available() -> bool:
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforminputcontexts"
    return any(
        p.name.startswith(("libqtvirtualkeyboardplugin", "qtvirtualkeyboardplugin"))
        for p in plugins.glob("*")
    )


def enable_qt_virtual_keyboard() -> bool:
    """Ask Qt for its virtual keyboard (Pinyin) as the input method; call before QApplication.

    Returns False (and changes nothing) when the plugin is missing or another input
    method was chosen explicitly by the environment.
    """
    if os.environ.get("QT_IM_MODULE") or not qt_virtual_keyboard_available():
        return os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard"
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    return True
