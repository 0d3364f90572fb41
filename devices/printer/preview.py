"""A document drawn as a PNG the width of the paper in dots (384 or 576 px).

This is what the counter's print preview, the demo and the tests look at. It
uses the same laid-out lines as the ESC/POS renderer, the same 12/24-dot
character grid and the same line pitch, and draws QR codes with segno at the
module size the printer is told to use, so the picture matches the paper.
"""

from __future__ import annotations

import io
from pathlib import Path

import segno
from PIL import Image

from devices.printer.chinese import text_line_image
from devices.printer.layout import (
    LINE_DOTS,
    LINE_GAP_DOTS,
    CutLine,
    Document,
    FeedLine,
    LaidLine,
    QrLine,
    TextLine,
    lay_out,
)

QR_PAD_DOTS = 8  # white dots above and below a QR symbol, fed with ESC J on the printer
FEED_DOTS = LINE_GAP_DOTS + LINE_DOTS  # one blank normal line
CUT_FEED_DOTS = 6 * FEED_DOTS // 2  # python-escpos cut() feeds before cutting; shown shorter
MARGIN_DOTS = 16  # paper above the first line in the preview only (the tear edge)


def qr_image(line: QrLine, width_dots: int) -> Image.Image:
    """The QR symbol centred on a paper-wide strip with padding above and below."""
    qr = segno.make_qr(line.payload.encode("utf-8"), error="m", boost_error=False)
    width, height = qr.symbol_size(border=0)  # whole modules at scale 1
    modules = Image.new("L", (int(width), int(height)))
    modules.putdata([0 if dark else 255 for row in qr.matrix for dark in row])
    symbol = modules.resize((modules.width * line.module_dots,) * 2, Image.Resampling.NEAREST)
    strip = Image.new("L", (width_dots, symbol.height + 2 * QR_PAD_DOTS), 255)
    strip.paste(symbol, ((width_dots - symbol.width) // 2, QR_PAD_DOTS))
    return strip


def line_image(line: LaidLine, width_dots: int) -> Image.Image | None:
    """One laid-out line as the strip of paper it prints on (None for a cut)."""
    match line:
        case TextLine():
            if line.text:
                return text_line_image(line, width_dots)
            return Image.new("L", (width_dots, line.pitch_dots), 255)
        case QrLine():
            return qr_image(line, width_dots)
        case FeedLine(n):
            return Image.new("L", (width_dots, FEED_DOTS * n), 255)
        case CutLine():
            return None
    raise TypeError(f"not a laid-out line: {line!r}")


def render_preview(document: Document) -> Image.Image:
    """The whole document as a grey-scale image, ``document.width.dots`` pixels wide.

    A cut is drawn as a dashed line; what follows a cut starts a new slip.
    """
    width = document.width.dots
    strips: list[Image.Image] = [Image.new("L", (width, MARGIN_DOTS), 255)]
    for line in lay_out(document):
        strip = line_image(line, width)
        if strip is None:
            strips.append(_cut_mark(width))
        else:
            strips.append(strip)
    height = sum(s.height for s in strips)
    page = Image.new("L", (width, height), 255)
    y = 0
    for s in strips:
        page.paste(s, (0, y))
        y += s.height
    return page


def _cut_mark(width: int) -> Image.Image:
    strip = Image.new("L", (width, CUT_FEED_DOTS), 255)
    y = CUT_FEED_DOTS - 2
    for x in range(0, width, 12):
        for dx in range(6):
            if x + dx < width:
                strip.putpixel((x + dx, y), 128)
    return strip


def save_preview(document: Document, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    render_preview(document).save(path, format="PNG", optimize=True)
    return path


def preview_png(document: Document) -> bytes:
    """The preview as PNG bytes (the Qt layer loads them with ``QImage.fromData``)."""
    buffer = io.BytesIO()
    render_preview(document).save(buffer, format="PNG")
    return buffer.getvalue()
