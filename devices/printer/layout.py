"""The printed document, independent of how it is output (ESC/POS bytes or a PNG preview).

A :class:`Document` is a list of blocks (text, label/value fields, two-column
lines, separators, QR codes, spacing, cut). :func:`lay_out` turns it into lines
that already fit the paper, counted on the printer's grid (see ``printable``),
so the ESC/POS renderer and the preview print exactly the same lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import lru_cache

import segno

from devices.printer.errors import PrintDocumentInvalid
from devices.printer.printable import char_columns, display_width, printable_text
from shared.domain.line_breaks import unbreakable_spans
from shared.domain.words import words

CHAR_DOTS = 12  # Font A cell is 12×24 dots on 203-dpi printers; a Chinese character takes two cells
LINE_DOTS = 24  # glyph height of Font A and of the 24×24 Chinese font
LINE_GAP_DOTS = 6  # white dots under each text line; ESC 3 sets the same pitch on the printer


class PaperWidth(Enum):
    """Printable width of the two usual rolls: (mm, dots, Font A columns)."""

    MM58 = (58, 384, 32)
    MM80 = (80, 576, 48)

    @property
    def mm(self) -> int:
        return self.value[0]

    @property
    def dots(self) -> int:
        return self.value[1]

    @property
    def columns(self) -> int:
        return self.value[2]

    @classmethod
    def from_mm(cls, mm: int) -> PaperWidth:
        for width in cls:
            if width.mm == mm:
                return width
        raise PrintDocumentInvalid(
            words("不支持 {mm} 毫米纸宽，只支持 58 或 80 毫米。", mm=mm), hint="在设备设置中把纸宽设为 58 或 80。"
        )


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class TextSize(Enum):
    """Character magnification (width, height), as GS ! sets it."""

    NORMAL = (1, 1)
    DOUBLE_HEIGHT = (1, 2)
    DOUBLE_WIDTH = (2, 1)
    DOUBLE = (2, 2)
    BIG_NUMBER = (4, 4)  # the queue number on a ticket, readable at arm's length

    @property
    def width_scale(self) -> int:
        return self.value[0]

    @property
    def height_scale(self) -> int:
        return self.value[1]


# ---- blocks (what templates build) -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph; wrapped to the paper, ``\\n`` starts a new line."""

    text: str
    align: Align = Align.LEFT
    size: TextSize = TextSize.NORMAL
    bold: bool = False
    indent: int = 0  # columns of left margin on every line (a note under a list item)


@dataclass(frozen=True, slots=True)
class Field:
    """``label：value``; a long value wraps under itself (hanging indent)."""

    label: str
    value: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Columns:
    """``left`` at the left margin and ``right`` at the right one, on one line when they fit."""

    left: str
    right: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Separator:
    char: str = "-"


@dataclass(frozen=True, slots=True)
class QrCode:
    payload: str
    module_dots: int | None = None  # None: the largest that suits the paper (up to 6 on 58 mm, 8 on 80 mm)


@dataclass(frozen=True, slots=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True, slots=True)
class Cut:
    partial: bool = False


Block = Text | Field | Columns | Separator | QrCode | Feed | Cut


@dataclass(frozen=True, slots=True)
class Document:
    width: PaperWidth
    blocks: tuple[Block, ...]
    title: str = ""  # what the print queue shows for this job ("排队号 A023")


class DocumentBuilder:
    """Small fluent helper for templates: ``DocumentBuilder(w).text(...).sep().cut().build()``."""

    def __init__(self, width: PaperWidth, *, title: str = "") -> None:
        self.width = width
        self.title = title
        self._blocks: list[Block] = []

    def add(self, block: Block) -> DocumentBuilder:
        self._blocks.append(block)
        return self

    def text(
        self,
        text: str,
        *,
        align: Align = Align.LEFT,
        size: TextSize = TextSize.NORMAL,
        bold: bool = False,
        indent: int = 0,
    ) -> DocumentBuilder:
        return self.add(Text(text, align, size, bold, indent))

    def center(self, text: str, *, size: TextSize = TextSize.NORMAL, bold: bool = False) -> DocumentBuilder:
        return self.add(Text(text, Align.CENTER, size, bold))

    def field(self, label: str, value: str, *, bold: bool = False) -> DocumentBuilder:
        return self.add(Field(label, value, bold))

    def columns(self, left: str, right: str, *, bold: bool = False) -> DocumentBuilder:
        return self.add(Columns(left, right, bold))

    def sep(self, char: str = "-") -> DocumentBuilder:
        return self.add(Separator(char))

    def qr(self, payload: str, *, module_dots: int | None = None) -> DocumentBuilder:
        return self.add(QrCode(payload, module_dots))

    def feed(self, lines: int = 1) -> DocumentBuilder:
        return self.add(Feed(lines))

    def cut(self, *, partial: bool = False) -> DocumentBuilder:
        return self.add(Cut(partial))

    def build(self) -> Document:
        return Document(self.width, tuple(self._blocks), self.title)


# ---- laid-out lines (what renderers print) ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str  # printable (see printable_text), fits the line at this size
    align: Align = Align.LEFT
    size: TextSize = TextSize.NORMAL
    bold: bool = False

    @property
    def height_dots(self) -> int:
        return LINE_DOTS * self.size.height_scale

    @property
    def pitch_dots(self) -> int:
        """Paper advanced by this line: glyph height plus the gap (descenders hang into the gap)."""
        return self.height_dots + LINE_GAP_DOTS


@dataclass(frozen=True, slots=True)
class QrLine:
    payload: str
    module_dots: int
    modules: int  # symbol width in modules without quiet zone, as segno computes it


@dataclass(frozen=True, slots=True)
class FeedLine:
    lines: int


@dataclass(frozen=True, slots=True)
class CutLine:
    partial: bool


LaidLine = TextLine | QrLine | FeedLine | CutLine

QR_MAX_PAYLOAD_BYTES = 1000  # a URL fits in far less; a longer payload would not scan off thermal paper
_QR_DEFAULT_MODULE = {PaperWidth.MM58: 6, PaperWidth.MM80: 8}
# 避头尾 (GB/T 15834 usage): closing punctuation never starts a line, opening never ends one
_NO_LINE_START = set("，。、；：？！）】》」』〕”’%,.;:?!)]}")
_NO_LINE_END = set("（【《「『〔“‘([{")


def columns_at(width: PaperWidth, size: TextSize) -> int:
    return width.columns // size.width_scale


def wrap_text(text: str, columns: int) -> list[str]:
    """Break one printable paragraph into lines of at most ``columns`` printer columns.

    Chinese breaks anywhere except inside a span of :func:`shared.domain.line_breaks.unbreakable_spans`
    (a number with its unit, a short bracketed remark, a glossary term); such a span and an
    ASCII word (a URL, a case number) are kept whole when they fit on a line of their own;
    closing punctuation is pulled onto the previous line together with what it closes.
    """
    if columns < 2:
        raise PrintDocumentInvalid("打印宽度不足两列，无法排版。")
    lines: list[str] = []
    current = ""
    used = 0
    last = ""  # the last token put on the current line, carried down whole with a closing mark
    for token in _tokens(text):
        w = display_width(token)
        if used + w <= columns:
            current += token
            used += w
            last = token
            continue
        if token == " ":
            # a space at the break is dropped
            lines.append(current)
            current, used, last = "", 0, ""
            continue
        if len(token) > 1 and w <= columns:
            # an ASCII word or an unbreakable span that fits on its own line moves down whole
            if current.strip():
                lines.append(current.rstrip())
            current, used, last = token, w, token
            continue
        for ch in token:
            cw = char_columns(ch)
            if used + cw > columns:
                carried = ""
                if len(current) > 1 and (ch in _NO_LINE_START or current[-1] in _NO_LINE_END):
                    # move what the punctuation belongs to down with it (keeps the line within width)
                    whole = last if len(last) > 1 and current.endswith(last) and last != current else ""
                    if whole and display_width(whole) + cw <= columns:
                        carried, current = whole, current[: -len(whole)]
                    elif char_columns(current[-1]) + cw <= columns:
                        carried, current = current[-1], current[:-1]
                lines.append(current)
                current, used = carried, display_width(carried)
            current += ch
            used += cw
            last = ch
    lines.append(current.rstrip())
    lines = [line for line in lines if line] or [""]
    _no_widow(lines, columns)
    return lines


def _no_widow(lines: list[str], columns: int) -> None:
    """A last line of one character and its full stop (效。) takes the character before it
    along (有效。), so a word is not split across the last break."""
    if len(lines) < 2:
        return
    last, before = lines[-1], lines[-2]
    if len(last) != 2 or last[1] not in _NO_LINE_START or char_columns(last[0]) != 2 or len(before) < 4:
        return
    ch = before[-1]
    if char_columns(ch) != 2 or ch in _NO_LINE_START or ch in _NO_LINE_END or before[-2] == " ":
        return
    if display_width(ch + last) <= columns:
        lines[-2], lines[-1] = before[:-1], ch + last


def _tokens(text: str) -> Iterator[str]:
    """Unbreakable spans, ASCII words, single spaces, and single non-ASCII characters."""
    spans = iter(unbreakable_spans(text))
    span = next(spans, None)
    word = ""
    i = 0
    while i < len(text):
        if span is not None and i == span[0]:
            if word:
                yield word
                word = ""
            yield text[span[0] : span[1]]
            i = span[1]
            span = next(spans, None)
            continue
        ch = text[i]
        i += 1
        if ch != " " and ch.isascii():
            word += ch
            continue
        if word:
            yield word
            word = ""
        yield ch
    if word:
        yield word


def lay_out(document: Document) -> list[LaidLine]:
    """The document as lines that fit its paper width, ready for any renderer."""
    lines: list[LaidLine] = []
    for block in document.blocks:
        lines.extend(_lay_out_block(block, document.width))
    return lines


def _lay_out_block(block: Block, width: PaperWidth) -> list[LaidLine]:
    match block:
        case Text(text, align, size, bold, indent):
            cols = columns_at(width, size)
            if not 0 <= indent <= cols // 2:
                raise PrintDocumentInvalid(words("缩进 {indent} 列超出范围 0–{value}。", indent=indent, value=cols // 2))
            out: list[LaidLine] = []
            for paragraph in text.split("\n"):
                for line in wrap_text(printable_text(paragraph), cols - indent):
                    line = " " * indent + line
                    out.append(
                        TextLine(line.rstrip() if align is not Align.LEFT else line, align, size, bold)
                    )
            return out
        case Field(label, value, bold):
            return _lay_out_field(printable_text(label), printable_text(value), bold, width.columns)
        case Columns(left, right, bold):
            left, right = printable_text(left), printable_text(right)
            gap = width.columns - display_width(left) - display_width(right)
            if gap >= 1:
                return [TextLine(left + " " * gap + right, bold=bold)]
            return [
                *(TextLine(x, bold=bold) for x in wrap_text(left, width.columns)),
                *(TextLine(x, Align.RIGHT, bold=bold) for x in wrap_text(right, width.columns)),
            ]
        case Separator(char):
            char = printable_text(char)[:1] or "-"
            return [TextLine(char * (width.columns // char_columns(char)))]
        case QrCode(payload, module_dots):
            return [_lay_out_qr(payload, module_dots, width)]
        case Feed(n):
            if not 0 < n <= 20:
                raise PrintDocumentInvalid(words("走纸行数 {n} 超出范围 1–20。", n=n))
            return [FeedLine(n)]
        case Cut(partial):
            return [CutLine(partial)]
    raise PrintDocumentInvalid(words("无法排版的内容块：{block!r}", block=block))


def _lay_out_field(label: str, value: str, bold: bool, columns: int) -> list[LaidLine]:
    label = label if label.endswith(("：", ":")) else label + "："
    label_w = display_width(label)
    if label_w > columns // 2:
        # a label too long for a hanging indent: label on its own line, value below
        return [TextLine(x, bold=bold) for x in (*wrap_text(label, columns), *wrap_text(value, columns))]
    value_lines = wrap_text(value, columns - label_w)
    indent = " " * label_w
    return [TextLine((label if i == 0 else indent) + line, bold=bold) for i, line in enumerate(value_lines)]


@lru_cache(maxsize=256)
def qr_modules(payload: str) -> int:
    """Symbol width in modules of the QR code a printer makes for ``payload`` (model 2, level M)."""
    # only the version matters here; a fixed mask skips segno's costly best-mask search (~90% of the time)
    version = segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False, mask=0).version
    return 17 + 4 * int(version)  # ISO/IEC 18004: a version-v symbol is 17 + 4v modules wide


def _lay_out_qr(payload: str, module_dots: int | None, width: PaperWidth) -> QrLine:
    data = payload.encode("utf-8")
    if not data:
        raise PrintDocumentInvalid("二维码内容为空。", hint="检查进度查询或评价链接的设置。")
    if len(data) > QR_MAX_PAYLOAD_BYTES:
        raise PrintDocumentInvalid(
            words("二维码内容过长（{n_data} 字节，上限 {qr_max_payload_bytes}）。", n_data=len(data), qr_max_payload_bytes=QR_MAX_PAYLOAD_BYTES), hint="使用短链接。"
        )
    modules = qr_modules(payload)
    largest_fit = width.dots // (modules + 8)  # keep a 4-module quiet zone on each side
    chosen = min(module_dots or _QR_DEFAULT_MODULE[width], largest_fit, 16)  # GS ( k accepts 1–16
    if chosen < 3:
        raise PrintDocumentInvalid(
            words("二维码内容太多（{modules}×{modules} 模块），在 {mm} 毫米纸上扫不出来。", modules=modules, mm=width.mm),
            hint="使用短链接。",
        )
    return QrLine(payload, chosen, modules)
