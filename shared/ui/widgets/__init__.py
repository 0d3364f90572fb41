"""Widgets both apps use: big buttons and tiles, icons, status marks, keypads, the
pinyin-initials keyboard, QR codes, faces (docs/design.md shows them)."""

from __future__ import annotations

from shared.ui.widgets.basics import (
    BigButton,
    IconLabel,
    Tile,
    clear_layout,
    label,
    panel,
    restyle,
    set_role,
)
from shared.ui.widgets.faces import FaceIcon
from shared.ui.widgets.keypad import BACKSPACE, CLEAR, NumericKeypad, apply_key
from shared.ui.widgets.marks import StatusDot, StepTrack, status_line, tag
from shared.ui.widgets.pinyin_keyboard import PinyinKeyboard, enable_qt_virtual_keyboard
from shared.ui.widgets.placeholders import busy_state, empty_state
from shared.ui.widgets.qr import QrLabel, qr_image
from shared.ui.widgets.scroll import ScrollPanel

__all__ = [
    "BACKSPACE",
    "CLEAR",
    "BigButton",
    "FaceIcon",
    "IconLabel",
    "NumericKeypad",
    "PinyinKeyboard",
    "QrLabel",
    "ScrollPanel",
    "StatusDot",
    "StepTrack",
    "Tile",
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
    "status_line",
    "tag",
]
