"""Elderly mode (长者模式) and colour schemes (自主配色): sizes, colours and the contrast figure.

Qt-free on purpose: the numbers here are what the theme turns into a style sheet and what
the tests check the rendered screens against.

Targets (issue 4, MIIT 适老化 2021, GB/T 37668-2019, WCAG 2.1):
- elderly mode body text at least 32 px on a 1080-wide screen (MIIT asks ≥ 18 pt on a
  phone; a kiosk is read from arm's length, so we go far higher), line spacing ≥ 1.3;
- touch targets at least 96 px in elderly mode (MIIT: 60 dp on a phone);
- text contrast at least 7:1 (WCAG 2.1 SC 1.4.6, "enhanced"), in every scheme, not just
  the high-contrast ones, because the standard scheme is also offered in elderly mode.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from shared.ui.i18n import QT_TRANSLATE_NOOP

MIN_ELDER_TEXT_PX = 32
MIN_ELDER_TOUCH_PX = 96
MIN_CONTRAST = 7.0
MIN_LINE_SPACING = 1.3
MIN_GRAPHIC_CONTRAST = 3.0  # WCAG 2.1 SC 1.4.11: marks and icons beside the words
STATUS_STATES = ("open", "closed", "fault")
REFERENCE_SHORT_SIDE = 1080  # sizes below are for a screen 1080 px across its short side


# ---------------------------------------------------------------------- contrast (WCAG 2.1)


def _channel(c: int) -> float:
    # WCAG 2.1 relative luminance: sRGB channel linearised
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def parse_colour(colour: str) -> tuple[int, int, int]:
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str | tuple[int, int, int]) -> float:
    r, g, b = parse_colour(colour) if isinstance(colour, str) else colour
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str | tuple[int, int, int], b: str | tuple[int, int, int]) -> float:
    """WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1.0 to 21.0."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


# ---------------------------------------------------------------------- colour schemes


@dataclass(frozen=True, slots=True)
class ColourScheme:
    """Every colour the kiosk paints with. Each ``*_text`` is used only on its own ``*_bg``
    (or on ``background``/``surface`` for the plain text roles)."""

    name: str
    label: str  # what the resident sees on the scheme button (Chinese; translated where shown)
    background: str
    surface: str  # panels and cards on the background
    text: str
    muted_text: str  # secondary lines (still ≥ 7:1)
    primary_bg: str
    primary_text: str
    secondary_bg: str
    secondary_text: str
    border: str  # outline of secondary buttons and panels (shape, not only colour)
    notice_bg: str
    notice_text: str
    danger_bg: str
    danger_text: str
    ok_text: str  # "done" lines on the surface
    error_text: str  # problem lines on the surface
    bar_bg: str  # top and bottom bars
    bar_text: str
    selected_bg: str
    selected_text: str
    # a control that cannot be used now: a flat fill without outline (never a dashed border,
    # which reads as a drop zone); its text still meets the contrast figure
    disabled_bg: str
    disabled_text: str
    # the hall's state (status dot, step marks): graphics beside words that say the same, so
    # colour is never the only signal; ≥ 3:1 against the page (WCAG 2.1 SC 1.4.11)
    status_open: str
    status_closed: str
    status_fault: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """(foreground, background) of every way text is painted in this scheme."""
        return {
            "text/background": (self.text, self.background),
            "text/surface": (self.text, self.surface),
            "muted/background": (self.muted_text, self.background),
            "muted/surface": (self.muted_text, self.surface),
            "primary": (self.primary_text, self.primary_bg),
            "secondary": (self.secondary_text, self.secondary_bg),
            "quiet/background": (self.secondary_text, self.background),
            "disabled": (self.disabled_text, self.disabled_bg),
            "notice": (self.notice_text, self.notice_bg),
            "danger": (self.danger_text, self.danger_bg),
            "ok/surface": (self.ok_text, self.surface),
            "ok/background": (self.ok_text, self.background),
            "error/surface": (self.error_text, self.surface),
            "error/background": (self.error_text, self.background),
            "bar": (self.bar_text, self.bar_bg),
            "selected": (self.selected_text, self.selected_bg),
        }

    def graphic_pairs(self) -> dict[str, tuple[str, str]]:
        """(colour, background) of the status marks: open, closed, fault on page and panel."""
        return {
            f"{name}/{where}": (colour, bg)
            for name, colour in (
                ("open", self.status_open),
                ("closed", self.status_closed),
                ("fault", self.status_fault),
            )
            for where, bg in (("background", self.background), ("surface", self.surface))
        }

    def status_colour(self, state: str) -> str:
        """The mark of a :data:`STATUS_STATES` state."""
        return {"open": self.status_open, "closed": self.status_closed, "fault": self.status_fault}[state]

    def weakest_pair(self) -> tuple[str, float]:
        ratios = {k: contrast_ratio(fg, bg) for k, (fg, bg) in self.text_pairs().items()}
        key = min(ratios, key=ratios.__getitem__)
        return key, ratios[key]


STANDARD = ColourScheme(
    name="standard",
    label=QT_TRANSLATE_NOOP("ColourScheme", "标准配色"),  # shown in the kiosk's language
    background="#EEF3F8",
    surface="#FFFFFF",
    text="#111827",
    muted_text="#33404F",
    primary_bg="#0A4A8C",
    primary_text="#FFFFFF",
    secondary_bg="#FFFFFF",
    secondary_text="#0A3A6E",
    border="#0A4A8C",
    notice_bg="#FFF3CF",
    notice_text="#4A3000",
    danger_bg="#9A1B1B",
    danger_text="#FFFFFF",
    ok_text="#0E4A26",
    error_text="#8A1414",
    bar_bg="#0A3A6E",
    bar_text="#FFFFFF",
    selected_bg="#0A4A8C",
    selected_text="#FFFFFF",
    disabled_bg="#DDE3EA",
    disabled_text="#3A4656",
    status_open="#0E7A3A",
    status_closed="#5B6573",
    status_fault="#B3261E",
)

HIGH_CONTRAST_DARK = ColourScheme(
    name="dark",
    label=QT_TRANSLATE_NOOP("ColourScheme", "深色高对比"),  # shown in the kiosk's language
    background="#000000",
    surface="#111111",
    text="#FFFFFF",
    muted_text="#E6E6E6",
    primary_bg="#FFD83D",
    primary_text="#000000",
    secondary_bg="#000000",
    secondary_text="#FFFFFF",
    border="#FFD83D",
    notice_bg="#3A3000",
    notice_text="#FFE98A",
    danger_bg="#FFB3B3",
    danger_text="#000000",
    ok_text="#9CF5B4",
    error_text="#FFB3B3",
    bar_bg="#000000",
    bar_text="#FFD83D",
    selected_bg="#FFFFFF",
    selected_text="#000000",
    disabled_bg="#2A2A2A",
    disabled_text="#E6E6E6",
    status_open="#4ADE80",
    status_closed="#BFBFBF",
    status_fault="#FF6B6B",
)

HIGH_CONTRAST_LIGHT = ColourScheme(
    name="light",
    label=QT_TRANSLATE_NOOP("ColourScheme", "浅色高对比"),  # shown in the kiosk's language
    background="#FFFFFF",
    surface="#FFFFFF",
    text="#000000",
    muted_text="#1A1A1A",
    primary_bg="#000000",
    primary_text="#FFFFFF",
    secondary_bg="#FFFFFF",
    secondary_text="#000000",
    border="#000000",
    notice_bg="#FFF200",
    notice_text="#000000",
    danger_bg="#7A0000",
    danger_text="#FFFFFF",
    ok_text="#004D1A",
    error_text="#7A0000",
    bar_bg="#000000",
    bar_text="#FFFFFF",
    selected_bg="#000000",
    selected_text="#FFFFFF",
    disabled_bg="#E6E6E6",
    disabled_text="#1A1A1A",
    status_open="#006B2E",
    status_closed="#4D4D4D",
    status_fault="#B00000",
)

SCHEMES: dict[str, ColourScheme] = {s.name: s for s in (STANDARD, HIGH_CONTRAST_DARK, HIGH_CONTRAST_LIGHT)}
_ALIASES = {
    "high-contrast-dark": "dark",
    "high_contrast_dark": "dark",
    "hc-dark": "dark",
    "high-contrast-light": "light",
    "high_contrast_light": "light",
    "hc-light": "light",
    "default": "standard",
}


def scheme_named(name: str) -> ColourScheme:
    key = _ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return SCHEMES[key]
    except KeyError:
        known = ", ".join(SCHEMES)
        raise ValueError(f"unknown colour scheme {name!r}; known: {known}") from None


# ---------------------------------------------------------------------- sizes


@dataclass(frozen=True, slots=True)
class Sizes:
    """Pixel sizes on a screen 1080 px across its short side (scaled for others)."""

    body: int
    small: int  # captions, the status line
    heading: int
    title: int
    button: int  # button labels
    tile: int  # the big home-screen tiles
    big_number: int  # the ticket number on screen
    huge_number: int  # the ticket number when the printer failed
    touch: int  # minimum height (and width) of anything tappable
    tile_height: int
    gap: int
    icon: int  # an icon beside a button's or a row's words
    tile_icon: int  # the icon above a home tile's words
    choices_per_page: int  # fewer choices per screen in elderly mode

    def scaled(self, factor: float) -> Sizes:
        if factor == 1:
            return self
        values = {
            f.name: (
                getattr(self, f.name)
                if f.name == "choices_per_page"
                else max(1, round(getattr(self, f.name) * factor))
            )
            for f in fields(self)
        }
        return Sizes(**values)


NORMAL_SIZES = Sizes(
    body=30,
    small=26,
    heading=38,
    title=48,
    button=34,
    tile=40,
    big_number=200,
    huge_number=300,
    touch=88,
    tile_height=230,
    gap=20,
    icon=40,
    tile_icon=72,
    choices_per_page=8,
)

ELDER_SIZES = Sizes(
    body=40,
    small=34,
    heading=48,
    title=58,
    button=44,
    tile=52,
    big_number=260,
    huge_number=340,
    touch=120,
    tile_height=330,
    gap=26,
    icon=52,
    tile_icon=88,
    choices_per_page=4,
)


def scale_for(width: int, height: int) -> float:
    """Sizes grow with the screen but never shrink below the 1080 reference."""
    return max(1.0, min(width, height) / REFERENCE_SHORT_SIDE)


@dataclass(frozen=True, slots=True)
class DisplayMode:
    """What the resident chose: elderly mode on/off and the colour scheme."""

    elder: bool = False
    scheme: str = "standard"

    @property
    def colours(self) -> ColourScheme:
        return scheme_named(self.scheme)

    def sizes(self, *, width: int = 1080, height: int = 1920) -> Sizes:
        base = ELDER_SIZES if self.elder else NORMAL_SIZES
        sizes = base.scaled(scale_for(width, height))
        if width > height:
            # landscape: two rows of home tiles, a banner and the status must fit the short side
            sizes = replace(sizes, tile_height=min(sizes.tile_height, round(height * 0.17)))
        return sizes
