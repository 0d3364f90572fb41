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
import threading
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

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
_font: list[Any] = []  # the one IconicFont, once loaded


def _iconic() -> Any:
    """qtawesome's IconicFont with only Material Design Icons 6 (on the UI thread)."""
    if not _font:
        with _lock:
            if not _font:
                # qtawesome goes through QtPy, which picks the binding already imported
                from qtawesome.iconic_font import IconicFont

                _font.append(IconicFont(FONT))
    return _font[0]


def glyph_char(name: str) -> str:
    """The font character of a meaning of :data:`GLYPHS` (KeyError for an unknown one)."""
    return str(_iconic().charmap["mdi6"][GLYPHS[name]])


def icon(name: str, colour: str, *, disabled_colour: str | None = None, size: int = 0) -> QIcon:
    """An icon for ``name`` (a key of :data:`GLYPHS`) painted in ``colour``.

    Without ``size`` it is qtawesome's scalable icon, which runs Python to draw the glyph on
    every paint. With ``size`` (what a button shows it at) the glyph is drawn once into
    pixmaps of that size and twice it (a 2× screen) and the icon is cached: a button then
    repaints in C++ alone, which is most of the difference between a screen of icon buttons
    and one without icons (bench_kiosk's tap to ticket).
    """
    if size > 0:
        return _sized_icon(name, colour, disabled_colour or colour, size)
    options: dict[str, Any] = {"color": colour, "color_disabled": disabled_colour or colour}
    return _iconic().icon("mdi6." + GLYPHS[name], **options)


@functools.lru_cache(maxsize=512)
def _sized_icon(name: str, colour: str, disabled_colour: str, size: int) -> QIcon:
    scalable = _iconic().icon("mdi6." + GLYPHS[name], color=colour, color_disabled=disabled_colour)
    out = QIcon()
    for side in (size, size * 2):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            out.addPixmap(scalable.pixmap(QSize(side, side), mode), mode)
    return out


def pixmap(name: str, colour: str, size: int) -> QPixmap:
    return icon(name, colour).pixmap(QSize(size, size))


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
def _glyph_pixmap(name: str, colour: str, side: int, ratio: float) -> QPixmap:
    pm = QPixmap(QSize(round(side * ratio), round(side * ratio)))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.setFont(_iconic().font("mdi6", round(side * 0.95)))
    p.setPen(QColor(colour))
    p.drawText(QRect(0, 0, side, side), int(Qt.AlignmentFlag.AlignCenter), glyph_char(name))
    p.end()
    return pm
