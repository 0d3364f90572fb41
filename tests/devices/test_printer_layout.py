"""Document model and layout: widths, wrapping with CJK counted as two columns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.printer.errors import PrintDocumentInvalid
from devices.printer.layout import (
    Align,
    Columns,
    Cut,
    CutLine,
    Document,
    DocumentBuilder,
    Feed,
    Field,
    PaperWidth,
    QrCode,
    QrLine,
    Separator,
    Text,
    TextLine,
    TextSize,
    columns_at,
    lay_out,
    wrap_text,
)
from devices.printer.printable import display_width, printable_text


def test_paper_widths_in_dots_and_columns():
    assert (PaperWidth.MM58.dots, PaperWidth.MM58.columns) == (384, 32)
    assert (PaperWidth.MM80.dots, PaperWidth.MM80.columns) == (576, 48)
    assert PaperWidth.from_mm(58) is PaperWidth.MM58
    with pytest.raises(PrintDocumentInvalid, match="76"):
        PaperWidth.from_mm(76)


def test_sixteen_chinese_characters_fill_a_58mm_line():
    assert wrap_text("一" * 16, 32) == ["一" * 16]
    assert wrap_text("一" * 17, 32) == ["一" * 16, "一"]
    assert wrap_text("一" * 24, 48) == ["一" * 24]


def test_closing_punctuation_never_starts_a_line_and_opening_never_ends_one():
    lines = wrap_text("一" * 16 + "，二", 32)
    assert not lines[1].startswith("，")
    assert all(display_width(x) <= 32 for x in lines)
    lines = wrap_text("一" * 15 + "（二）", 32)
    assert not lines[0].endswith("（")


def test_ascii_words_move_down_whole_when_they_fit():
    assert wrap_text("扫码查看 https://a.example.cn/q/A023", 32) == [
        "扫码查看",
        "https://a.example.cn/q/A023",
    ]


@given(st.text(alphabet=st.sampled_from("一二三，。（）AB12 -/:￥"), max_size=200), st.integers(2, 64))
def test_wrapped_lines_fit_and_keep_every_character(text, columns):
    lines = wrap_text(text, columns)
    assert all(display_width(line) <= columns for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@settings(deadline=None)  # lays out a whole document: no wall-clock limit under load
@given(st.text(max_size=120), st.sampled_from(list(PaperWidth)), st.sampled_from(list(TextSize)))
def test_any_text_lays_out_within_the_paper(text, width, size):
    doc = Document(
        width, (Text(text, Align.CENTER, size), Field("标签", text), Columns(text[:10], text[10:20]))
    )
    for line in lay_out(doc):
        assert isinstance(line, TextLine)
        assert display_width(line.text) * line.size.width_scale <= width.columns
        assert line.text == printable_text(line.text)


def test_field_value_wraps_under_itself():
    lines = lay_out(Document(PaperWidth.MM58, (Field("事项名称", "城乡居民基本养老保险参保登记"),)))
    texts = [line.text for line in lines]
    assert texts[0].startswith("事项名称：城乡")
    assert texts[1].startswith(" " * display_width("事项名称："))


def test_columns_put_right_text_against_the_right_margin():
    (line,) = lay_out(Document(PaperWidth.MM80, (Columns("1.居民身份证", "纸质原件 1份"),)))
    assert display_width(line.text) == 48 and line.text.endswith("纸质原件 1份")


def test_columns_that_do_not_fit_split_onto_two_lines():
    lines = lay_out(Document(PaperWidth.MM58, (Columns("3.城乡居民基本养老保险参保登记表", "纸质原件 2份"),)))
    assert [line.align for line in lines][-1] is Align.RIGHT
    assert all(display_width(line.text) <= 32 for line in lines)


def test_separator_spans_the_paper_even_with_a_chinese_rule_character():
    (line,) = lay_out(Document(PaperWidth.MM58, (Separator("="),)))
    assert line.text == "=" * 32
    (line,) = lay_out(Document(PaperWidth.MM58, (Separator("—"),)))
    assert display_width(line.text) == 32


def test_big_number_has_a_quarter_of_the_columns():
    assert columns_at(PaperWidth.MM58, TextSize.BIG_NUMBER) == 8
    assert columns_at(PaperWidth.MM80, TextSize.DOUBLE) == 24


def test_qr_module_size_fits_the_paper():
    (qr,) = lay_out(Document(PaperWidth.MM58, (QrCode("https://zwfw.example.gov.cn/q/A023"),)))
    assert isinstance(qr, QrLine)
    assert qr.module_dots * (qr.modules + 8) <= 384
    (qr80,) = lay_out(Document(PaperWidth.MM80, (QrCode("https://zwfw.example.gov.cn/q/A023"),)))
    assert qr80.module_dots > qr.module_dots


@pytest.mark.parametrize(
    "block, message",
    [
        (QrCode(""), "为空"),
        (QrCode("x" * 1001), "过长"),
        (QrCode("x" * 1000), "扫不出来"),  # version 26: 2-dot modules on 58 mm
        (Feed(0), "走纸"),
        (Text("x", indent=40), "缩进"),
    ],
)
def test_bad_blocks_get_a_clear_typed_error(block, message):
    with pytest.raises(PrintDocumentInvalid, match=message):
        lay_out(Document(PaperWidth.MM58, (block,)))


def test_builder_keeps_order_and_title():
    doc = (
        DocumentBuilder(PaperWidth.MM58, title="排队号 A023")
        .center("A")
        .sep()
        .feed(2)
        .cut(partial=True)
        .build()
    )
    assert doc.title == "排队号 A023"
    assert [type(b) for b in doc.blocks] == [Text, Separator, Feed, Cut]
    assert lay_out(doc)[-1] == CutLine(partial=True)


def test_a_short_bracketed_remark_moves_down_whole_instead_of_leaving_a_lone_bracket():
    # the 58 mm ticket (issue 16): was 扫码查看排队进度（手机或自助机均 / 可）
    lines = wrap_text("扫码查看排队进度（手机或自助机均可）", 32)
    assert lines == ["扫码查看排队进度", "（手机或自助机均可）"]


def test_a_number_keeps_its_unit_across_a_break():
    text = "我们将在15个工作日内回访整改并告知您处理结果"
    for columns in range(12, 48, 2):
        lines = wrap_text(text, columns)
        assert "".join(lines) == text
        assert any("15个工作日" in line for line in lines), (columns, lines)


def test_closing_punctuation_after_a_kept_span_carries_the_whole_span():
    lines = wrap_text("一二三四五六七八九十一二三四15个工作日。", 32)
    assert all(display_width(line) <= 32 for line in lines)
    assert lines[-1].startswith("15个工作日") and lines[-1].endswith("。")


def test_the_last_line_is_never_one_character_and_its_full_stop():
    lines = wrap_text("请留意大厅屏幕和语音叫号。过号请到咨询导办台处理。本凭条当日有效。", 32)
    assert lines[-1] == "有效。", lines
    assert "".join(lines) == "请留意大厅屏幕和语音叫号。过号请到咨询导办台处理。本凭条当日有效。"
