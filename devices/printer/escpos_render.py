"""A document rendered to ESC/POS through a python-escpos printer object.

Works with any ``escpos.escpos.Escpos`` (Network, Usb, Serial, File, Dummy).
Text never goes through ``Escpos.text()`` (it mangles Chinese, FACTS): lines are
encoded by ``chinese.encode_text`` and written with ``printer._raw``. Sizes,
bold and alignment use ``set()``; QR codes use the printer's own generator
(``GS ( k``) when it has one, an image otherwise; the job ends with a cut.
"""

from __future__ import annotations

import copy

from escpos.capabilities import Profile, get_profile_class
from escpos.constants import QR_ECLEVEL_M
from escpos.escpos import Escpos
from escpos.printer import Dummy

from devices.printer.chinese import encode_text, needs_chinese_mode, to_printer_bitmap
from devices.printer.layout import CutLine, Document, FeedLine, PaperWidth, QrLine, TextLine, lay_out
from devices.printer.preview import QR_PAD_DOTS, line_image, qr_image

ESC_INIT = b"\x1b@"  # ESC @: clear the buffer and every mode left by an earlier job
LF = b"\n"


class ReceiptProfile(Profile):
    """python-escpos profile for a generic 203-dpi Chinese receipt printer of a given width.

    The library's default profile has an unknown media width, so ``image()`` cannot
    check widths and prints a warning on stdout; this one knows the width in dots.
    """

    def __init__(self, width: PaperWidth, *, native_qr: bool = True) -> None:
        base = get_profile_class("default").profile_data
        super().__init__(columns=width.columns, features={**base["features"], "qrCode": native_qr})
        # an instance copy: the class-level profile data is shared by every printer object
        self.profile_data = copy.deepcopy(base)
        self.profile_data["media"] = {"dpi": 203, "width": {"mm": width.mm, "pixels": width.dots}}
        self.paper = width


def render_escpos(
    document: Document, printer: Escpos, *, chinese_font: bool = True, native_qr: bool = True
) -> None:
    """Send ``document`` to ``printer`` as ESC/POS.

    ``chinese_font=False`` draws every line holding non-ASCII text as a raster
    image (``GS v 0``) for printers without a Chinese character ROM.
    """
    width = document.width
    printer._raw(ESC_INIT)
    for line in lay_out(document):
        match line:
            case TextLine():
                if not chinese_font and needs_chinese_mode(line.text):
                    _image(printer, line_image(line, width.dots))
                else:
                    _text_line(printer, line)
            case QrLine():
                if native_qr:
                    _native_qr(printer, line)
                else:
                    _image(printer, qr_image(line, width.dots))
            case FeedLine(n):
                printer.print_and_feed(n)  # ESC d n
            case CutLine(partial):
                printer.cut(mode="PART" if partial else "FULL")  # feeds past the cutter, then GS V


def _text_line(printer: Escpos, line: TextLine) -> None:
    # GS ! (custom_size) rather than ESC !: GS ! magnifies Chinese characters too, ESC ! only ASCII
    printer.set(
        align=line.align.value,
        bold=line.bold,
        custom_size=True,
        width=line.size.width_scale,
        height=line.size.height_scale,
    )
    # ESC 3 n: the line pitch the preview uses (glyph height + gap), in the 1-dot motion
    # units of 203-dpi printers; without it a double-height line touches its neighbours
    printer.line_spacing(line.pitch_dots, divisor=180)
    printer._raw(encode_text(line.text) + LF)


def _native_qr(printer: Escpos, line: QrLine) -> None:
    printer.set(align="center")  # ESC a applies to the GS ( k symbol
    printer._raw(b"\x1bJ" + bytes([QR_PAD_DOTS]))  # ESC J n: feed n dots, same padding as the preview
    printer.qr(line.payload, ec=QR_ECLEVEL_M, size=line.module_dots, native=True)
    printer._raw(b"\x1bJ" + bytes([QR_PAD_DOTS]))
    printer.set(align="left")


def _image(printer: Escpos, image) -> None:
    # thresholded here so python-escpos does not dither anti-aliased glyph edges into speckles
    printer.image(
        to_printer_bitmap(image),
        impl="bitImageRaster",
        high_density_vertical=True,
        high_density_horizontal=True,
    )


def render_bytes(document: Document, *, chinese_font: bool = True, native_qr: bool = True) -> bytes:
    """The job's ESC/POS bytes (rendered through python-escpos ``Dummy``)."""
    printer = Dummy(profile=ReceiptProfile(document.width, native_qr=native_qr))
    render_escpos(document, printer, chinese_font=chinese_font, native_qr=native_qr)
    return printer.output
