"""The icon set of both apps: Material Design Icons (Pictogrammers, Apache 2.0) as shipped in
qtawesome's font (MIT), under names that say what an icon means here.

Only the one font is loaded, once, on the UI thread, when the first icon is asked for:
qtawesome's own ``qta.icon()`` would load all twelve of its fonts (about 6 MB), which the
kiosk's cold start cannot afford. Icons are glyphs, so they stay sharp at any size and take
the colour of the words beside them (see :func:`shared.ui.theme.foreground`).

Views name icons by meaning (``icon("ticket")``), never by glyph: swapping a glyph for the
whole hall is one line in :data:`GLYPHS`, and a test checks every name exists in the font.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPixmap

FONT = ("mdi6", "materialdesignicons6-webfont-6.9.96.ttf", "materialdesignicons6-webfont-charmap-6.9.96.json")

# meaning → glyph of Material Design Icons 6
GLYPHS: dict[str, str] = {
    # home tiles and top bar
    "ticket": "ticket-confirmation-outline",
    "id-card": "card-account-details-outline",
    "scan": "qrcode-scan",
    "person": "account-outline",
    "business": "domain",
    "guide": "book-open-page-variant-outline",
    "case": "file-search-outline",
    "apply": "clipboard-edit-outline",
    "evaluate": "emoticon-happy-outline",
    "help": "hand-wave-outline",
    "elder": "human-cane",
    "read-aloud": "volume-high",
    "read-aloud-off": "volume-off",
    "points": "map-marker-radius-outline",
    "home": "home-outline",
    "query-print": "printer-outline",
    "colours": "palette-outline",
    # states and marks
    "status": "circle",
    "open": "check-circle",
    "closed": "clock-outline",
    "fault": "alert-circle",
    "warning": "alert-outline",
    "done": "check-circle",
    "now": "progress-clock",
    "todo": "circle-outline",
    "stopped": "close-circle-outline",
    "toggle-off": "checkbox-blank-circle-outline",
    "toggle-on": "check-circle",
    "chevron": "chevron-right",
    "back": "arrow-left",
    "page-up": "chevron-up",
    "page-down": "chevron-down",
    "more": "dots-horizontal-circle-outline",
    "print": "printer-outline",
    "phone": "cellphone-arrow-down",
    "wait": "seat-outline",
    "window": "account-tie-outline",
    "original": "file-certificate-outline",
    "copy": "content-copy",
    "free": "check-decagram-outline",
    "lock": "lock-outline",
}

_lock = threading.Lock()
_ICON_SCALE = 0.875  # a button's glyph fills this much of its icon square (as qtawesome drew it)


@dataclass(frozen=True)
class _IconFont:
    family: str
    charmap: dict[str, str]  # glyph name → its character

    def font(self, pixel_size: int) -> QFont:
        f = QFont(self.family)
        f.setPixelSize(max(1, pixel_size))
        f.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # a missing glyph shows, not a CJK fallback
        return f


_font: list[_IconFont] = []  # the one icon font, once loaded


def font_files() -> tuple[Path, Path]:
    """The Material Design Icons 6 font and its charmap as qtawesome ships them.

    The files are found without importing qtawesome: its import goes through QtPy, which
    wraps every Qt module it finds (~0.15 s of the kiosk's cold start), and Yimen needs only
    the font."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("qtawesome（图标字体）未安装：请重新安装 Yimen（make deps 或安装包）。")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    return fonts / FONT[1], fonts / FONT[2]


def _icon_font() -> _IconFont:
    """Load the icon font into Qt's font database (once, on the UI thread)."""
    if not _font:
        with _lock:
            if not _font:
                ttf, charmap_file = font_files()
                font_id = QFontDatabase.addApplicationFont(str(ttf))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if not families:
                    raise OSError(f"图标字体无法加载：{ttf}（文件缺失或损坏，请重新安装 Yimen）。")
                codes = json.loads(charmap_file.read_text(encoding="utf-8"))
                _font.append(_IconFont(families[0], {k: chr(int(v, 16)) for k, v in codes.items()}))
    return _font[0]


def glyph_char(name: str) -> str:
    """The font character of a meaning of :data:`GLYPHS` (KeyError for an unknown one)."""
    return _icon_font().charmap[GLYPHS[name]]


def icon(name: str, colour: str, *, disabled_colour: str | None = None, size: int = 48) -> QIcon:
    """An icon for ``name`` (a key of :data:`GLYPHS`) in ``colour``, drawn at ``size`` px.

    The glyph is drawn once into pixmaps of ``size`` and twice it (a 2× screen), for the
    normal and the disabled look, and the icon is cached: a button then repaints in C++
    alone (an icon painted in Python on every paint costs a screen of icon buttons about
    twice the paint time of one without icons). Other sizes are scaled by Qt.
    """
    return _sized_icon(name, colour, disabled_colour or colour, size)


@functools.lru_cache(maxsize=512)
def _sized_icon(name: str, colour: str, disabled_colour: str, size: int) -> QIcon:
    out = QIcon()
    for ratio in (1.0, 2.0):
        out.addPixmap(_glyph_pixmap(name, colour, size, ratio, _ICON_SCALE), QIcon.Mode.Normal)
        out.addPixmap(_glyph_pixmap(name, disabled_colour, size, ratio, _ICON_SCALE), QIcon.Mode.Disabled)
    return out


def pixmap(name: str, colour: str, size: int) -> QPixmap:
    return _glyph_pixmap(name, QColor(colour).name(QColor.NameFormat.HexArgb), size, 1.0)


def paint(painter: QPainter, rect: QRect, name: str, colour: QColor | str) -> None:
    """Draw the glyph of ``name`` centred in ``rect`` (widgets that paint themselves).

    The glyph is set once per name, colour, size and pixel ratio into a cached pixmap; a
    repaint only copies it (a list of choice rows repaints often while it scrolls)."""
    side = min(rect.width(), rect.height())
    if side <= 0:
        return
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    pm = _glyph_pixmap(name, QColor(colour).name(QColor.NameFormat.HexArgb), side, ratio)
    target = QRect(0, 0, side, side)
    target.moveCenter(rect.center())
    painter.drawPixmap(target, pm)


@functools.lru_cache(maxsize=512)
def _glyph_pixmap(name: str, colour: str, side: int, ratio: float, scale: float = 0.95) -> QPixmap:
    pm = QPixmap(QSize(round(side * ratio), round(side * ratio)))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.setFont(_icon_font().font(round(side * scale)))
    p.setPen(QColor(colour))
    p.drawText(QRect(0, 0, side, side), int(Qt.AlignmentFlag.AlignCenter), glyph_char(name))
    p.end()
    return pm
