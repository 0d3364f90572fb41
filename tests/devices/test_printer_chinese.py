"""Chinese text to ESC/POS bytes: FS & + GB18030 + FS ., never python-escpos text()."""

from __future__ import annotations

import pytest
from escpos.printer import Dummy
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.printer.chinese import (
    FS_CHINESE_OFF,
    FS_CHINESE_ON,
    decode_text,
    encode_text,
    runs,
    text_line_image,
)
from devices.printer.layout import Align, TextLine, TextSize
from devices.printer.printable import display_width, printable_text


def test_chinese_run_is_wrapped_in_fs_and_and_fs_dot_with_gb18030_inside():
    data = encode_text("办件编号：A023")
    assert data == FS_CHINESE_ON + "办件编号：".encode("gb18030") + FS_CHINESE_OFF + b"A023"
    assert decode_text(data) == "办件编号：A023"


def test_full_width_punctuation_alone_goes_in_chinese_mode():
    # python-escpos text() sends a string of only full-width punctuation as CP437 '?' (FACTS)
    data = encode_text("，。：；（）【】“”")
    assert data.startswith(FS_CHINESE_ON) and data.endswith(FS_CHINESE_OFF)
    assert b"?" not in data
    assert data[2:-2] == "，。：；（）【】“”".encode("gb18030")


def test_yen_prints_as_the_gb2312_full_width_yen():
    data = encode_text("收费¥20.00元")
    # ¥ U+00A5 is a 4-byte GB18030 code most printer fonts lack; ￥ U+FFE5 is A3 A4 in GB2312
    assert FS_CHINESE_ON + "收费￥".encode("gb18030") + FS_CHINESE_OFF in data
    assert b"\xa3\xa4" in data and b"\x81\x30\x84\x36" not in data
    assert decode_text(data) == "收费￥20.00元"


def test_python_escpos_text_really_loses_full_width_punctuation():
    # the trap this module exists for, shown on the installed library
    p = Dummy()
    p.text("，。￥")
    assert b"?" in p.output
    assert FS_CHINESE_ON not in p.output


def test_mixed_runs_alternate_modes():
    assert list(runs("A023号 窗口3")) == [
        (False, "A023"),
        (True, "号"),
        (False, " "),
        (True, "窗口"),
        (False, "3"),
    ]
    data = encode_text("A023号 窗口3")
    assert data.count(FS_CHINESE_ON) == 2 and data.count(FS_CHINESE_OFF) == 2


def test_control_characters_never_reach_the_printer():
    # a name carrying ESC d 9 (feed) or GS V (cut) must print as text, not act
    data = encode_text("张\x1bd\x09三\x1dV\x00\x10\x04\x01")
    assert b"\x1b" not in data and b"\x1d" not in data and b"\x10" not in data and b"\x00" not in data
    assert decode_text(data) == "张d 三V"  # the tab became a space, the rest vanished


def test_rare_characters_outside_gbk_use_four_byte_gb18030():
    data = encode_text("𠮷")  # CJK Ext. B, in names of some residents
    assert data == FS_CHINESE_ON + "𠮷".encode("gb18030") + FS_CHINESE_OFF
    assert len(data) == 2 + 4 + 2


def test_decode_rejects_bytes_outside_the_grammar():
    with pytest.raises(ValueError, match="never cancelled"):
        decode_text(FS_CHINESE_ON + "中".encode("gb18030"))
    with pytest.raises(ValueError, match="0x1b"):
        decode_text(b"A\x1bB")


@settings(deadline=None)  # encodes and parses back any text: no wall-clock limit under load
@given(st.text())
def test_any_unicode_encodes_without_crashing_and_never_emits_command_bytes_outside_fs(text):
    data = encode_text(text)
    decoded = decode_text(data)  # raises if the bytes leave the FS & … FS . / ASCII grammar
    assert decoded == printable_text(text)
    # outside Chinese runs, only printable ASCII; inside, GB18030 bytes are all >= 0x30
    for chinese, run in runs(decoded):
        assert chinese or run.isascii()


@given(
    st.text(
        alphabet=st.characters(
            codec="gb18030",
            exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn"),
            exclude_characters="¥\u00a0\u3000",
        )
    )
)
def test_gb18030_encodable_text_round_trips_exactly(text):
    assert decode_text(encode_text(text)) == text


@given(st.text(alphabet=st.sampled_from("中文，。A1 ￥·—")))
def test_width_is_one_column_per_ascii_and_two_per_other(text):
    assert display_width(text) == sum(1 if c.isascii() else 2 for c in text)


def test_line_image_is_paper_wide_and_inks_only_where_the_text_is():
    line = TextLine("受理凭证", Align.CENTER, TextSize.DOUBLE, bold=True)
    img = text_line_image(line, 576)
    assert img.size == (576, line.pitch_dots)
    box = img.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert box is not None
    left, _, right, _ = box
    # 4 characters × 24 dots × 2 (double width) = 192 dots, centred on 576
    assert left >= 576 // 2 - 96 - 4 and right <= 576 // 2 + 96 + 4
