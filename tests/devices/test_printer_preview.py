"""PNG previews: paper width in pixels, readable QR codes, a clear error without a CJK font."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pyzbar import pyzbar

from devices.printer import fonts
from devices.printer.errors import CjkFontMissing
from devices.printer.escpos_render import render_bytes
from devices.printer.layout import Align, Cut, Document, PaperWidth, QrLine, Text, TextLine, TextSize, lay_out
from devices.printer.preview import preview_png, render_preview, save_preview
from shared.services.slip_samples import sample_documents, sample_ticket
from shared.services.slip_templates import document_for
from tests.support.escpos import parse_one

PRINTS = Path(__file__).resolve().parents[2] / "docs" / "prints"


@pytest.mark.parametrize("width", list(PaperWidth))
def test_preview_is_exactly_the_paper_width_in_pixels(width):
    image = render_preview(document_for(sample_ticket(), width=width))
    assert image.width == {PaperWidth.MM58: 384, PaperWidth.MM80: 576}[width]
    assert image.height > 600


@pytest.mark.parametrize("stem", list(sample_documents()))
def test_preview_qr_code_scans_to_the_payload(stem):
    doc = sample_documents()[stem]
    payloads = [line.payload.encode() for line in lay_out(doc) if isinstance(line, QrLine)]
    decoded = [symbol.data for symbol in pyzbar.decode(render_preview(doc))]
    assert decoded == payloads


def test_preview_height_follows_the_laid_out_lines():
    doc = document_for(sample_ticket(), width=PaperWidth.MM58)
    lines = lay_out(doc)
    text_height = sum(line.pitch_dots for line in lines if isinstance(line, TextLine))
    assert render_preview(doc).height > text_height


def test_preview_draws_ink_for_text_and_stays_inside_the_paper(tmp_path):
    doc = Document(PaperWidth.MM58, document_for(sample_ticket(), width=PaperWidth.MM58).blocks[:1])
    path = save_preview(doc, tmp_path / "one.png")
    image = Image.open(path)
    ink = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert ink is not None and ink[0] > 0 and ink[2] < 384  # centred hall name, not clipped


@pytest.mark.parametrize("stem", list(sample_documents()))
def test_committed_previews_exist_at_paper_width(stem):
    path = PRINTS / f"{stem}.png"
    assert path.is_file(), f"run: python -m shared.services.slip_samples docs/prints ({path} missing)"
    with Image.open(path) as image:
        assert image.width == sample_documents()[stem].width.dots


def test_missing_cjk_font_gives_an_install_hint(monkeypatch):
    monkeypatch.setenv(fonts.FONT_ENV, "/nonexistent/font.ttc")
    fonts.find_cjk_font.cache_clear()
    fonts.cjk_font.cache_clear()
    try:
        with pytest.raises(CjkFontMissing) as err:
            fonts.find_cjk_font()
        assert fonts.FONT_ENV in err.value.message and "fonts-noto-cjk" in err.value.hint
    finally:
        monkeypatch.delenv(fonts.FONT_ENV)
        fonts.find_cjk_font.cache_clear()
        fonts.cjk_font.cache_clear()


def test_font_can_be_chosen_by_environment_with_a_face_index(monkeypatch):
    face = fonts.find_cjk_font()
    monkeypatch.setenv(fonts.FONT_ENV, f"{face.path}:{face.index}")
    fonts.find_cjk_font.cache_clear()
    try:
        assert fonts.find_cjk_font() == face
    finally:
        monkeypatch.delenv(fonts.FONT_ENV)
        fonts.find_cjk_font.cache_clear()


@settings(max_examples=30, deadline=None)
@given(
    st.text(max_size=80), st.sampled_from(list(PaperWidth)), st.sampled_from(list(TextSize)), st.booleans()
)
def test_any_text_previews_and_rasterises_without_crashing(text, width, size, bold):
    doc = Document(width, (Text(text, Align.CENTER, size, bold), Cut()))
    assert render_preview(doc).width == width.dots
    job = parse_one(render_bytes(doc, chinese_font=False))
    # asked of the parsed commands: the bytes of a raster image may hold FS & by chance
    assert job.commands[0] == "ESC @" and job.commands[-1] == "GS V" and job.cut == "full"
    assert "FS &" not in job.commands and job.chinese_text == ""  # no Chinese font: never Chinese mode
    assert all(ch.isascii() for ch in job.text)  # anything else went into images
    assert all(image.width_dots == width.dots for image in job.rasters)


def test_raster_data_holding_command_bytes_is_not_taken_for_commands():
    """Hypothesis' ``'000&M0¡¡'`` at 58 mm rasterises into data that contains ``FS &``."""
    doc = Document(PaperWidth.MM58, (Text("000&M0¡¡", Align.CENTER, TextSize.NORMAL, False), Cut()))
    job = parse_one(render_bytes(doc, chinese_font=False))
    assert b"\x1c&" in b"".join(image.data for image in job.rasters)
    assert "FS &" not in job.commands and job.rasters


def test_unicode_line_separators_preview_and_print_as_spaces():
    """Found by the property above: the preview's shaper (raqm) failed on U+2029."""
    doc = Document(PaperWidth.MM58, (Text("甲\u2029乙\u2028丙", Align.LEFT, TextSize.NORMAL, False), Cut()))
    assert render_preview(doc).width == PaperWidth.MM58.dots
    job = parse_one(render_bytes(doc))
    assert job.text == "甲 乙 丙" and job.chinese_text == "甲乙丙"
    # 甲, a space outside Chinese mode, 乙, a space, 丙
    assert job.commands.count("FS &") == 3 and job.commands.count("FS .") == 3


def test_preview_png_bytes_for_screens():
    import io

    data = preview_png(document_for(sample_ticket(), width=PaperWidth.MM58))
    assert data.startswith(b"\x89PNG") and Image.open(io.BytesIO(data)).size[0] == 384
