"""Widgets both apps use: big buttons, keypads, the pinyin-initials keyboard, QR codes, faces."""

from __future__ import annotations

from shared.ui.widgets.basics import BigButton, clear_layout, label, panel, restyle, set_role
from shared.ui.widgets.faces import FaceIcon
from shared.ui.widgets.keypad import BACKSPACE, CLEAR, NumericKeypad, apply_key
from shared.ui.widgets.pinyin_keyboard import PinyinKeyboard, enable_qt_virtual_keyboard
from shared.ui.widgets.placeholders import busy_state, empty_state
from shared.ui.widgets.qr import QrLabel, qr_image
from shared.ui.widgets.scroll import ScrollPanel

__all__ = [
    "BACKSPACE",
    "CLEAR",
    "BigButton",
    "FaceIcon",
    "NumericKeypad",
    "PinyinKeyboard",
    "QrLabel",
    "ScrollPanel",
    "apply_key",
    "busy_state",
    "clear_layout",
    "empty_state",
    "enable_qt_virtual_keyboard",
    "label",
    "panel",
    "qr_image",
    "restyle",
    "set_role",
]
