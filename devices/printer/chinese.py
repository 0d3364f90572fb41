"""Chinese text for ESC/POS printers: Chinese-mode bytes, or a raster image.

python-escpos 3.1 ``text()`` sends a string holding U+4E00–U+9FA5 as bare GB18030
without selecting Chinese mode, and strings of only full-width punctuation or ¥
fall back to CP437 and print ``?`` (FACTS). So Yimen never gives Chinese to
``text()``: every run of non-ASCII characters is wrapped as

    FS & (1C 26, select Chinese character mode) + GB18030 bytes + FS . (1C 2E, cancel)

and ASCII runs go out as plain bytes. GB18030 lead and trail bytes are all ≥ 0x30,
so the encoded run can never contain FS, ESC or any other command byte.

Printers without a Chinese font (``chinese_font: False`` in the printer settings)
get the line as a raster image (``GS v 0``) drawn with a CJK font instead:
:func:`text_line_image` draws it on the same 12/24-dot grid as the printer.
"""

from __future__ import annotations

from collections.abc import Iterator

from PIL import Image, ImageDraw

from devices.printer.fonts import cjk_font
from devices.printer.layout import CHAR_DOTS, LINE_DOTS, Align, TextLine
from devices.printer.printable import char_columns, display_width, is_plain_ascii, printable_text

FS_CHINESE_ON = b"\x1c\x26"  # FS &: select Kanji (Chinese) character mode
FS_CHINESE_OFF = b"\x1c\x2e"  # FS .: cancel Kanji character mode
PRINTER_ENCODING = "gb18030"


def runs(text: str) -> Iterator[tuple[bool, str]]:
    """Split printable text into (is_chinese_run, run) pieces: ASCII runs and non-ASCII runs."""
    current = ""
    chinese = False
    for ch in text:
        is_cn = not is_plain_ascii(ch)
        if current and is_cn != chinese:
            yield chinese, current
            current = ""
        chinese = is_cn
        current += ch
    if current:
        yield chinese, current


def needs_chinese_mode(text: str) -> bool:
    return any(not is_plain_ascii(ch) for ch in printable_text(text))


def encode_text(text: str) -> bytes:
    """ESC/POS bytes printing ``text`` on one line (no line feed added).

    ``text`` is made printable first (control characters dropped, ¥ → ￥, see
    ``printable``), so arbitrary input never injects a command. Every non-ASCII run is
    wrapped in FS & … FS . and encoded GB18030.
    """
    out = bytearray()
    for chinese, run in runs(printable_text(text)):
        if chinese:
            out += FS_CHINESE_ON + run.encode(PRINTER_ENCODING) + FS_CHINESE_OFF
        else:
            out += run.encode("ascii")
    return bytes(out)


def decode_text(data: bytes) -> str:
    """Inverse of :func:`encode_text`: the text a printer shows for these bytes.

    Used by tests and the simulator. Any byte sequence outside that grammar
    raises ``ValueError`` naming the offset.
    """
    out: list[str] = []
    i = 0
    while i < len(data):
        if data.startswith(FS_CHINESE_ON, i):
            end = data.find(FS_CHINESE_OFF, i + 2)
            if end < 0:
                raise ValueError(f"FS & at offset {i} is never cancelled by FS .")
            out.append(data[i + 2 : end].decode(PRINTER_ENCODING))
            i = end + 2
            continue
        b = data[i]
        if not 0x20 <= b <= 0x7E:
            raise ValueError(f"byte 0x{b:02x} at offset {i} is not printable ASCII outside Chinese mode")
        out.append(chr(b))
        i += 1
    return "".join(out)


def text_line_image(line: TextLine, width_dots: int) -> Image.Image:
    """One laid-out line drawn as the printer would print it: grey-scale, ``width_dots`` wide,
    ``line.pitch_dots`` high.

    Each character sits in its own grid cell (12 dots per ASCII character, 24 per
    Chinese one, times the size's width factor), so columns line up exactly like
    the printer's built-in font; alignment is applied inside the image.
    """
    sx, sy = line.size.width_scale, line.size.height_scale
    font_px = LINE_DOTS * sy
    cell = CHAR_DOTS * sy  # drawn at the height scale, stretched to the width scale below
    font = cjk_font(font_px, bold=line.bold)
    text_w = display_width(line.text) * cell
    height = line.pitch_dots
    canvas = Image.new("L", (max(text_w, 1), height), 255)
    draw = ImageDraw.Draw(canvas)
    # Noto CJK's ideographs span from 0.875 em above the baseline; this puts them flush in the cell
    baseline = round(font_px * 0.875)
    x = 0
    for ch in line.text:
        w = char_columns(ch) * cell
        if ch != " ":
            advance = font.getlength(ch)
            draw.text((x + (w - advance) / 2, baseline), ch, font=font, fill=0, anchor="ls")
        x += w
    if sx != sy:
        canvas = canvas.resize((max(round(text_w * sx / sy), 1), height), Image.Resampling.BICUBIC)
    out = Image.new("L", (width_dots, height), 255)
    offset = {
        Align.LEFT: 0,
        Align.CENTER: (width_dots - canvas.width) // 2,
        Align.RIGHT: width_dots - canvas.width,
    }
    out.paste(canvas, (max(offset[line.align], 0), 0))
    return out


def to_printer_bitmap(image: Image.Image) -> Image.Image:
    """Threshold a grey-scale image to the 1-bit image a thermal head prints."""
    return image.point(lambda v: 0 if v < 160 else 255, mode="1")
