"""What a receipt printer can be given as text, and how wide it prints.

Thermal printers print on a fixed grid: Font A is 12×24 dots, and in Chinese
mode every double-byte GB18030 character takes two cells (24×24). So width is
counted per character: printable ASCII is one column, anything else two. The
layout, the ESC/POS renderer and the preview all use these functions so that
what the preview shows is what the paper gets.
"""

from __future__ import annotations

import unicodedata

# Characters whose own GB18030 code is a four-byte sequence that the GB2312/GBK
# fonts inside most Chinese receipt printers do not have; the full-width form
# sits in GB2312 and prints. (¥ U+00A5 is 0x81308436 in GB18030, ￥ U+FFE5 is 0xA3A4.)
PRINTER_SUBSTITUTES: dict[str, str] = {
    "¥": "￥",
    "\u00a0": " ",  # no-break space: the printer has no such glyph, a space is what was meant
    "\u3000": "  ",  # ideographic space as two ASCII spaces: same width, no Chinese mode needed
}

# Unicode categories that must never reach the printer: control characters would be
# read as ESC/POS commands (a name containing ESC d could feed paper), format and
# surrogate code points have no glyph and cannot be encoded.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def is_plain_ascii(ch: str) -> bool:
    return " " <= ch <= "~"


def printable_text(text: str) -> str:
    """``text`` as the printer will print it: no control characters, substitutes applied.

    Tabs and line breaks become a space (the layout splits lines before calling this), also
    Unicode's line and paragraph separators (U+2028, U+2029), which no printer font has and
    which the preview's text shaper refuses.
    """
    out: list[str] = []
    for ch in text:
        if is_plain_ascii(ch):
            out.append(ch)
        elif ch in "\t\r\n\v\f\u2028\u2029":
            out.append(" ")
        elif ch in PRINTER_SUBSTITUTES:
            out.append(PRINTER_SUBSTITUTES[ch])
        elif unicodedata.category(ch) not in _DROPPED_CATEGORIES:
            out.append(ch)
    return "".join(out)


def char_columns(ch: str) -> int:
    """Printer columns one (already printable) character takes: ASCII 1, anything else 2."""
    return 1 if is_plain_ascii(ch) else 2


def display_width(text: str) -> int:
    return sum(char_columns(ch) for ch in text)
