"""Shared widgets: keypad logic, keyboards, the QR code (decoded back by the scanner's
own decoder), faces, the theme's style sheet."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from shared.ui.elder import DisplayMode
from shared.ui.theme import BUTTON_KINDS, LABEL_ROLES, Theme, font_family
from shared.ui.widgets import (
    BACKSPACE,
    CLEAR,
    FaceIcon,
    NumericKeypad,
    PinyinKeyboard,
    QrLabel,
    apply_key,
    qr_image,
)

pytestmark = pytest.mark.qt


def test_apply_key() -> None:
    assert apply_key("12", "3", max_length=4) == "123"
    assert apply_key("1234", "5", max_length=4) == "1234"
    assert apply_key("123", BACKSPACE, max_length=4) == "12"
    assert apply_key("", BACKSPACE, max_length=4) == ""
    assert apply_key("123", CLEAR, max_length=4) == ""


def test_numeric_keypad_emits_digits_and_edits(qtbot) -> None:
    pad = NumericKeypad()
    qtbot.addWidget(pad)
    got: list[str] = []
    pad.key.connect(got.append)
    for text in ("1", "0", "删除", "清空"):
        (button,) = [b for b in pad.findChildren(QPushButton) if b.text() == text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert got == ["1", "0", BACKSPACE, CLEAR]


def test_pinyin_keyboard_has_every_letter_and_emits_lower_case(qtbot) -> None:
    kb = PinyinKeyboard()
    qtbot.addWidget(kb)
    letters = sorted(b.text() for b in kb.findChildren(QPushButton) if len(b.text()) == 1)
    assert letters == [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    got: list[str] = []
    kb.key.connect(got.append)
    (h,) = [b for b in kb.findChildren(QPushButton) if b.text() == "H"]
    qtbot.mouseClick(h, Qt.MouseButton.LeftButton)
    assert got == ["h"]


@pytest.mark.parametrize(
    "payload", ["yimen://case/53282226111700100015", "【办事指南】高龄津贴申请\n要带什么：居民身份证"]
)
def test_qr_decodes_back_to_the_payload(qtbot, payload: str) -> None:
    from devices.scanner.decoders import ZbarDecoder

    image = qr_image(payload, target_px=480).convertToFormat(
        qr_image(payload, target_px=8).Format.Format_Grayscale8
    )
    w, h = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes()).reshape(
        h, image.bytesPerLine()
    )[:, :w]
    results = ZbarDecoder().decode(np.ascontiguousarray(raw))
    assert [r.text for r in results] == [payload]
    label = QrLabel(payload, size=300)
    qtbot.addWidget(label)
    assert not label.pixmap().isNull() and label.pixmap().width() <= 300


def test_faces_differ_from_smile_to_frown(qtbot) -> None:
    images = []
    for level in (5, 1):
        face = FaceIcon(level, size=96)
        qtbot.addWidget(face)
        images.append(face.grab().toImage())
    assert images[0] != images[1]
    with pytest.raises(ValueError):
        FaceIcon(6)


def test_style_sheet_names_every_role_and_kind_and_the_cjk_font(qapp) -> None:
    sheet = Theme.for_mode(DisplayMode(elder=True, scheme="dark")).stylesheet()
    for role in LABEL_ROLES:
        assert f'role="{role}"' in sheet
    for kind in BUTTON_KINDS:
        assert f'kind="{kind}"' in sheet
    assert "Noto Sans CJK SC" in sheet
    assert "#FFD83D" in sheet  # the dark scheme's primary colour
    assert font_family() in {
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "Microsoft YaHei",
        "PingFang SC",
    }
    assert QApplication.instance() is qapp
