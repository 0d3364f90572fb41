"""The look of both apps: one style sheet built from a colour scheme and a set of sizes.

Widgets say what they are with a dynamic property, never with a colour:
``label.setProperty("role", "body")``, ``button.setProperty("kind", "primary")``. The style
sheet maps roles to the scheme's colour pairs, so switching elderly mode or the colour
scheme is one ``setStyleSheet`` call and every pair stays at the contrast checked in
:mod:`shared.ui.elder`.

Chinese needs a CJK font named explicitly: the offscreen platform (tour, tests) has no
font fallback configuration and would draw boxes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from shared.ui.elder import STANDARD, ColourScheme, DisplayMode, Sizes

FONT_FAMILY = "Noto Sans CJK SC"
FONT_FALLBACKS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
)

# label roles and button kinds the style sheet knows; views use only these
LABEL_ROLES = (
    "title",
    "heading",
    "body",
    "strong",
    "muted",
    "small",
    "notice",
    "error",
    "ok",
    "big-number",
    "huge-number",
    "bar",
    "danger-banner",
    "tile-title",
    "tile-hint",
    "status-open",
    "status-closed",
    "status-fault",
    "tag-original",
    "tag-copy",
    "tag-free",
    "step-done",
    "step-now",
    "step-todo",
    "cue",
)
# What each kind is for (docs/design.md shows them):
#   primary   the one main action of a screen (filled)
#   secondary another action (outlined)
#   quiet     a way back or out that must not compete (words only, underlined)
#   tab       one of a few views of the same content (a strip; the chosen one filled)
#   toggle    a yes/no choice the resident switches on and off (a pill with a tick)
#   choice    a row of a list that opens something (left-aligned words, a chevron)
#   tile      a home-screen door (icon, words, one short hint)
#   hero      the home screen's main door (取号)
#   danger    leaving the program (technician only)
#   bar       the top bar's buttons
#   key       a keypad key
BUTTON_KINDS = (
    "primary",
    "secondary",
    "quiet",
    "tab",
    "toggle",
    "choice",
    "tile",
    "hero",
    "danger",
    "bar",
    "key",
)


def font_family() -> str:
    """The first installed CJK family of :data:`FONT_FALLBACKS` (needs a QGuiApplication)."""
    installed = set(QFontDatabase.families())
    for family in FONT_FALLBACKS:
        if family in installed:
            return family
    return FONT_FAMILY


@dataclass(frozen=True, slots=True)
class Theme:
    mode: DisplayMode
    sizes: Sizes
    colours: ColourScheme
    family: str = FONT_FAMILY

    @classmethod
    def for_mode(cls, mode: DisplayMode, *, width: int = 1080, height: int = 1920, family: str = "") -> Theme:
        return cls(mode, mode.sizes(width=width, height=height), mode.colours, family or FONT_FAMILY)

    def stylesheet(self) -> str:
        return build_stylesheet(self.colours, self.sizes, self.family)


def apply_app_font(app: QApplication, *, pixel_size: int = 30) -> str:
    family = font_family()
    font = QFont(family)
    font.setPixelSize(pixel_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return family


def apply_theme(root: QWidget, theme: Theme) -> None:
    use_scheme(theme.colours)
    root.setStyleSheet(theme.stylesheet())


# The scheme the style sheet was built from: icons are painted, not styled, so a button asks
# for the colour of its words here (a style sheet's pseudo-states such as :checked never
# reach a widget's palette). One process shows one scheme at a time.
_active: list[ColourScheme] = [STANDARD]


def use_scheme(colours: ColourScheme) -> None:
    _active[0] = colours


def active_scheme() -> ColourScheme:
    return _active[0]


def foreground(kind: str, *, checked: bool = False, enabled: bool = True, c: ColourScheme | None = None) -> str:
    """The colour of a button's words (and so of its icon) for its kind and state."""
    c = c or active_scheme()
    if not enabled:
        return c.disabled_text
    if checked and kind in ("tab", "toggle", "choice", "bar"):
        return c.selected_text
    if kind in ("primary", "tile", "hero"):
        return c.primary_text
    if kind == "danger":
        return c.danger_text
    if kind == "bar":
        return c.secondary_text
    return c.secondary_text


def build_stylesheet(c: ColourScheme, s: Sizes, family: str = FONT_FAMILY) -> str:
    fam = ", ".join(f'"{f}"' for f in dict.fromkeys((family, *FONT_FALLBACKS)))
    radius = max(8, s.gap // 2)
    border = 3 if s.touch >= 100 else 2
    pad = s.gap
    # style-sheet min-width/min-height count the content box only: subtract padding and border
    # so the whole button is exactly ``touch`` px at least, and not wider than it must be
    min_w = max(0, s.touch - 2 * pad - 2 * border)
    min_h = max(0, s.touch - 2 * 4 - 2 * border)
    key_min_w = max(0, s.touch - 2 * 4 - 2 * border)
    pill = s.touch // 2
    return f"""
* {{ font-family: {fam}; font-size: {s.body}px; color: {c.text}; }}
QWidget#KioskRoot, QWidget#CounterRoot, QStackedWidget, QWidget[role="page"] {{ background: {c.background}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QFrame[role="panel"] {{ background: {c.surface}; border: {border}px solid {c.border}; border-radius: {radius}px; }}
QFrame[role="notice-panel"] {{ background: {c.notice_bg}; border: {border}px solid {c.notice_text}; border-radius: {radius}px; }}
QFrame[role="danger-panel"] {{ background: {c.danger_bg}; border: {border}px solid {c.danger_text}; border-radius: {radius}px; }}
QFrame[role="bar"] {{ background: {c.bar_bg}; border: none; }}
QFrame[role="row"] {{ background: {c.surface}; border: none; border-bottom: {border}px solid {c.disabled_bg}; }}

QLabel {{ background: transparent; color: {c.text}; font-size: {s.body}px; }}
QLabel[role="body"] {{ font-size: {s.body}px; }}
QLabel[role="title"] {{ font-size: {s.title}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {s.heading}px; font-weight: bold; }}
QLabel[role="strong"] {{ font-weight: bold; }}
QLabel[role="muted"] {{ color: {c.muted_text}; }}
QLabel[role="small"] {{ color: {c.muted_text}; font-size: {s.small}px; }}
QLabel[role="notice"] {{ color: {c.notice_text}; font-size: {s.body}px; }}
QLabel[role="error"] {{ color: {c.error_text}; font-weight: bold; }}
QLabel[role="ok"] {{ color: {c.ok_text}; font-weight: bold; }}
QLabel[role="big-number"] {{ font-size: {s.big_number}px; font-weight: bold; }}
QLabel[role="huge-number"] {{ font-size: {s.huge_number}px; font-weight: bold; }}
QLabel[role="bar"] {{ color: {c.bar_text}; font-size: {s.small}px; }}
QLabel[role="danger-banner"] {{ color: {c.danger_text}; font-weight: bold; font-size: {s.heading}px; }}
QLabel[role="status-open"], QLabel[role="status-closed"], QLabel[role="status-fault"] {{ font-weight: bold; }}
QLabel[role="tag-original"] {{
  background: {c.primary_bg}; color: {c.primary_text}; font-size: {s.small}px; font-weight: bold;
  border: {border}px solid {c.primary_bg}; border-radius: {radius}px; padding: 2px 12px;
}}
QLabel[role="tag-copy"] {{
  background: {c.secondary_bg}; color: {c.secondary_text}; font-size: {s.small}px; font-weight: bold;
  border: {border}px solid {c.border}; border-radius: {radius}px; padding: 2px 12px;
}}
QLabel[role="tag-free"] {{
  background: {c.surface}; color: {c.ok_text}; font-size: {s.small}px; font-weight: bold;
  border: {border}px solid {c.ok_text}; border-radius: {radius}px; padding: 2px 12px;
}}
QLabel[role="step-done"] {{ color: {c.ok_text}; font-weight: bold; }}
QLabel[role="step-now"] {{ color: {c.text}; font-weight: bold; font-size: {s.heading}px; }}
QLabel[role="step-todo"] {{ color: {c.muted_text}; }}
QLabel[role="cue"] {{ color: {c.muted_text}; font-size: {s.small}px; font-weight: bold; }}
QFrame[role="notice-panel"] QLabel {{ color: {c.notice_text}; }}
QFrame[role="danger-panel"] QLabel {{ color: {c.danger_text}; }}
QFrame[role="bar"] QLabel {{ color: {c.bar_text}; font-size: {s.small}px; }}

QPushButton {{
  font-size: {s.button}px; min-height: {min_h}px; min-width: {min_w}px;
  padding: 4px {pad}px; border-radius: {radius}px;
  background: {c.secondary_bg}; color: {c.secondary_text}; border: {border}px solid {c.border};
}}
QPushButton[kind="secondary"] {{ background: {c.secondary_bg}; color: {c.secondary_text}; }}
QPushButton[kind="primary"] {{ background: {c.primary_bg}; color: {c.primary_text}; border: {border}px solid {c.primary_bg}; font-weight: bold; }}
QPushButton[kind="quiet"] {{ background: transparent; color: {c.secondary_text}; border: {border}px solid transparent; text-decoration: underline; }}
QPushButton[kind="tab"] {{
  background: transparent; color: {c.secondary_text}; border: none; border-radius: 0;
  border-bottom: {border + 3}px solid {c.border}; font-weight: bold;
}}
QPushButton[kind="tab"]:checked {{
  background: {c.selected_bg}; color: {c.selected_text};
  border-top-left-radius: {radius}px; border-top-right-radius: {radius}px; border-bottom: {border + 3}px solid {c.selected_bg};
}}
QPushButton[kind="toggle"] {{
  background: {c.secondary_bg}; color: {c.secondary_text}; border: {border}px solid {c.border};
  border-radius: {pill}px; padding: 4px {pad}px;
}}
QPushButton[kind="toggle"]:checked {{ background: {c.selected_bg}; color: {c.selected_text}; border: {border}px solid {c.selected_bg}; font-weight: bold; }}
QPushButton[kind="tile"] {{
  background: {c.primary_bg}; color: {c.primary_text}; border: {border}px solid {c.primary_bg};
  font-size: {s.tile}px; font-weight: bold; min-height: {max(0, s.touch - 8 - 2 * border)}px;
}}
QPushButton[kind="tile"][tone="secondary"] {{ background: {c.secondary_bg}; color: {c.secondary_text}; border: {border}px solid {c.border}; }}
QPushButton[kind="hero"] {{
  background: {c.primary_bg}; color: {c.primary_text}; border: {border}px solid {c.primary_bg};
  font-size: {s.title}px; font-weight: bold; min-height: {max(0, s.tile_height - 8 - 2 * border)}px;
}}
QPushButton[kind="tile"] QLabel, QPushButton[kind="hero"] QLabel {{ color: {c.primary_text}; background: transparent; }}
QPushButton[kind="tile"][tone="secondary"] QLabel {{ color: {c.secondary_text}; }}
QPushButton[kind="tile"] QLabel:disabled, QPushButton[kind="hero"] QLabel:disabled {{ color: {c.disabled_text}; }}
QLabel[role="tile-title"] {{ font-size: {s.tile}px; font-weight: bold; }}
QPushButton[kind="hero"] QLabel[role="tile-title"] {{ font-size: {s.title}px; }}
QLabel[role="tile-hint"] {{ font-size: {s.small}px; }}
QPushButton[kind="danger"] {{ background: {c.danger_bg}; color: {c.danger_text}; border: {border}px solid {c.danger_text}; font-weight: bold; }}
QPushButton[kind="bar"] {{ background: {c.secondary_bg}; color: {c.secondary_text}; border: {border}px solid {c.bar_text}; font-size: {s.button}px; }}
QPushButton[kind="bar"]:checked {{ background: {c.selected_bg}; color: {c.selected_text}; border: {border}px solid {c.bar_text}; font-weight: bold; }}
QPushButton[kind="choice"] {{ text-align: left; padding-left: {pad}px; padding-right: {pad + s.icon}px; background: {c.surface}; }}
QPushButton[kind="choice"]:checked {{ background: {c.selected_bg}; color: {c.selected_text}; border: {border}px solid {c.selected_bg}; font-weight: bold; }}
QPushButton[kind="key"] {{ font-size: {s.heading}px; font-weight: bold; padding: 4px 4px; min-width: {key_min_w}px; }}
QPushButton:pressed {{ background: {c.selected_bg}; color: {c.selected_text}; }}
QPushButton:disabled {{ background: {c.disabled_bg}; color: {c.disabled_text}; border: {border}px solid {c.disabled_bg}; text-decoration: none; }}
QPushButton[kind="tab"]:disabled {{ border-bottom: {border + 3}px solid {c.disabled_bg}; }}
QPushButton:focus {{ outline: none; }}

QLineEdit {{
  font-size: {s.heading}px; min-height: {max(0, s.touch - 2 * border)}px; padding: 0 {pad}px;
  background: {c.surface}; color: {c.text}; border: {border}px solid {c.border}; border-radius: {radius}px;
  selection-background-color: {c.selected_bg}; selection-color: {c.selected_text};
}}
QScrollBar:vertical {{ width: 0px; }}
QScrollBar:horizontal {{ height: 0px; }}
"""
