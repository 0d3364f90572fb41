"""Finding a font with Chinese glyphs for previews and the image fallback.

A monospaced CJK face is preferred: its Latin glyphs are exactly half the width
of a Chinese character, the same 12/24-dot grid a thermal printer's Font A uses,
so the preview lines up like the paper.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from devices.printer.errors import CjkFontMissing
from shared.domain.words import words

FONT_ENV = "YIMEN_CJK_FONT"  # path[:index] chosen by the technician

# fontconfig patterns, best first
_FC_PATTERNS = (
    "Noto Sans Mono CJK SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
)
# places Debian, Fedora, Windows and macOS put a CJK font, for machines without fc-match
_KNOWN_FILES = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 7),
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", 7),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 7),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
)
_PROBE = "中"


@dataclass(frozen=True, slots=True)
class FontFace:
    path: str
    index: int = 0


def _has_cjk(face: FontFace) -> bool:
    try:
        font = ImageFont.truetype(face.path, 24, index=face.index)
    except OSError:
        return False
    # a face without the glyph draws .notdef, which has no ink box of ideograph size
    box = font.getbbox(_PROBE)
    return box[2] - box[0] >= 16


def _from_env() -> FontFace | None:
    value = os.environ.get(FONT_ENV, "").strip()
    if not value:
        return None
    # "path:index" picks a face inside a .ttc; a Windows "C:/..." path has no digits after its colon
    head, sep, tail = value.rpartition(":")
    face = FontFace(head, int(tail)) if sep and tail.isdigit() else FontFace(value, 0)
    if not _has_cjk(face):
        raise CjkFontMissing(words("环境变量 {font_env} 指定的字体“{value}”无法打开或不含中文字形。", font_env=FONT_ENV, value=value))
    return face


def _from_fontconfig(bold: bool) -> FontFace | None:
    fc_match = shutil.which("fc-match")
    if not fc_match:
        return None
    for pattern in _FC_PATTERNS:
        query = f"{pattern}:style={'Bold' if bold else 'Regular'}"
        try:
            out = subprocess.run(
                [fc_match, "-f", "%{file}|%{index}|%{family}", query],
                capture_output=True,
                text=True,
                timeout=5,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        path, _, rest = out.partition("|")
        index, _, family = rest.partition("|")
        # fc-match always answers something; accept it only if it is the family asked for
        if path and pattern.lower() in family.lower():
            face = FontFace(path, int(index or 0))
            if _has_cjk(face):
                return face
    return None


@lru_cache(maxsize=2)
def find_cjk_font(*, bold: bool = False) -> FontFace:
    """The CJK face to draw with; raises :class:`CjkFontMissing` with an install hint."""
    face = _from_env() or _from_fontconfig(bold)
    if face:
        return face
    for path, index in _KNOWN_FILES:
        candidate = path.replace("Regular", "Bold") if bold else path
        for p in (candidate, path):
            if Path(p).is_file() and _has_cjk(FontFace(p, index)):
                return FontFace(p, index)
    raise CjkFontMissing()


@lru_cache(maxsize=64)
def cjk_font(size_px: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    face = find_cjk_font(bold=bold)
    return ImageFont.truetype(face.path, size_px, index=face.index)
