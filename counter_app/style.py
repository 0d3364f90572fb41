"""The counter's look: a calm work-tool style for clerks (dense, keyboard-first), and the
hall display's high-contrast board for a TV across the room.

Widgets say what they are with a dynamic property (``role`` on labels and frames, ``kind``
on buttons); colours live only here. A state is never shown by colour alone: every
highlighted row or badge also carries words (超期 / 即将到期 / 差评), as GB/T 37668-2019
and WCAG 1.4.1 ask.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

_ASSETS = Path(__file__).resolve().parent / "assets"
ARROW_DOWN = (_ASSETS / "chevron-down.svg").as_posix()
ARROW_UP = (_ASSETS / "chevron-up.svg").as_posix()

FONT_FAMILY = "Noto Sans CJK SC"
_FALLBACKS = (FONT_FAMILY, "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC")

# counter palette (text on background pairs checked at >= 7:1 except the accents, >= 4.5:1)
INK = "#1b1f24"
MUTED = "#4a5563"
PAPER = "#f3f5f8"
SURFACE = "#ffffff"
LINE = "#c9d1db"
ACCENT = "#0b5cad"
ACCENT_TEXT = "#ffffff"
DANGER = "#a8071a"
DANGER_BG = "#fde8ea"
WARN = "#7a4b00"
WARN_BG = "#fff3d6"
OK = "#116b2e"
OK_BG = "#e4f5e9"

# hall display palette
BOARD_BG = "#0a1a33"
BOARD_PANEL = "#10284d"
BOARD_TEXT = "#ffffff"
BOARD_CALL = "#ffd23f"
BOARD_MUTED = "#b8c7de"
BOARD_PAUSED = "#ffb199"  # 暂停服务: salmon on the panel's navy, 8.9:1, and always in words

OVERDUE_BG = DANGER_BG
SOON_BG = WARN_BG


def font_family() -> str:
    installed = set(QFontDatabase.families())
    return next((f for f in _FALLBACKS if f in installed), FONT_FAMILY)


def apply_counter_style(app: QApplication) -> None:
    family = font_family()
    font = QFont(family)
    font.setPixelSize(15)
    app.setFont(font)
    app.setStyleSheet(counter_stylesheet(family))


def counter_stylesheet(family: str = FONT_FAMILY) -> str:
    return f"""
* {{ font-family: "{family}"; font-size: 15px; color: {INK}; }}
QMainWindow, QWidget#CounterRoot, QWidget[role="page"] {{ background: {PAPER}; }}
QFrame[role="panel"] {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 6px; }}
QFrame[role="topbar"] {{ background: {ACCENT}; border: none; }}
QFrame[role="topbar"] QLabel {{ color: {ACCENT_TEXT}; }}
QFrame[role="help-banner"] {{ background: {WARN_BG}; border: 1px solid {WARN}; border-radius: 0; }}
QFrame[role="help-banner"] QLabel {{ color: {WARN}; font-weight: bold; }}
QFrame[role="message"] {{ border-radius: 6px; }}
QFrame[role="message"][level="error"] {{ background: {DANGER_BG}; border: 1px solid {DANGER}; }}
QFrame[role="message"][level="error"] QLabel {{ color: {DANGER}; }}
QFrame[role="message"][level="ok"] {{ background: {OK_BG}; border: 1px solid {OK}; }}
QFrame[role="message"][level="ok"] QLabel {{ color: {OK}; }}
QFrame[role="message"][level="info"] {{ background: #e8f0fb; border: 1px solid {ACCENT}; }}
QFrame[role="message"][level="info"] QLabel {{ color: {ACCENT}; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: 22px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: 17px; font-weight: bold; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="small"] {{ color: {MUTED}; font-size: 13px; }}
QLabel[role="ticket"] {{ font-size: 56px; font-weight: bold; color: {ACCENT}; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: bold; }}
QLabel[role="ok"] {{ color: {OK}; font-weight: bold; }}
QLabel[role="badge"] {{ border-radius: 4px; padding: 1px 6px; font-size: 13px; font-weight: bold; }}
QLabel[role="badge"][tone="danger"] {{ background: {DANGER_BG}; color: {DANGER}; border: 1px solid {DANGER}; }}
QLabel[role="badge"][tone="warn"] {{ background: {WARN_BG}; color: {WARN}; border: 1px solid {WARN}; }}
QLabel[role="badge"][tone="ok"] {{ background: {OK_BG}; color: {OK}; border: 1px solid {OK}; }}
QLabel[role="badge"][tone="info"] {{ background: #e8f0fb; color: {ACCENT}; border: 1px solid {ACCENT}; }}
QPushButton {{
  background: {SURFACE}; border: 1px solid {LINE}; border-radius: 5px; padding: 6px 12px; min-height: 22px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton[kind="primary"] {{ background: {ACCENT}; color: {ACCENT_TEXT}; border-color: {ACCENT}; font-weight: bold; }}
QPushButton[kind="danger"] {{ background: {SURFACE}; color: {DANGER}; border-color: {DANGER}; font-weight: bold; }}
QPushButton[kind="nav"] {{ text-align: left; padding: 10px 14px; border: none; border-radius: 0; background: transparent; }}
QPushButton[kind="nav"]:checked {{ background: {SURFACE}; color: {ACCENT}; font-weight: bold; border-left: 4px solid {ACCENT}; }}
QPushButton[kind="topbar"] {{ background: transparent; color: {ACCENT_TEXT}; border: 1px solid {ACCENT_TEXT}; }}
QPushButton[kind="topbar-alert"] {{ background: {WARN_BG}; color: {WARN}; border: 1px solid {WARN_BG}; font-weight: bold; }}
QPushButton[kind="banner"] {{ padding: 2px 10px; min-height: 18px; }}
QPushButton[kind="quiet"] {{ background: transparent; border: none; padding: 2px 8px; color: {MUTED}; }}
QPushButton[kind="quiet"]:hover {{ color: {INK}; }}
QPushButton:disabled {{ color: #8a94a3; background: #eef1f5; border-color: #d5dbe3; }}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QSpinBox {{
  background: {SURFACE}; border: 1px solid {LINE}; border-radius: 4px; padding: 4px 6px; min-height: 22px;
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; }}
QComboBox {{ padding-right: 4px; }}
QComboBox::drop-down {{
  subcontrol-origin: padding; subcontrol-position: center right; width: 24px;
  border: none; border-left: 1px solid {LINE};
}}
QComboBox::down-arrow {{ image: url("{ARROW_DOWN}"); width: 12px; height: 8px; }}
QComboBox QAbstractItemView {{ background: {SURFACE}; border: 1px solid {LINE}; selection-background-color: #dbe7f6; selection-color: {INK}; }}
QSpinBox, QDateEdit {{ padding-right: 22px; }}
QSpinBox::up-button, QDateEdit::up-button {{
  subcontrol-origin: border; subcontrol-position: top right; width: 20px; border: none; border-left: 1px solid {LINE};
}}
QSpinBox::down-button, QDateEdit::down-button {{
  subcontrol-origin: border; subcontrol-position: bottom right; width: 20px; border: none; border-left: 1px solid {LINE};
}}
QSpinBox::up-arrow, QDateEdit::up-arrow {{ image: url("{ARROW_UP}"); width: 10px; height: 7px; }}
QSpinBox::down-arrow, QDateEdit::down-arrow {{ image: url("{ARROW_DOWN}"); width: 10px; height: 7px; }}
QDateEdit::drop-down {{
  subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none; border-left: 1px solid {LINE};
}}
QLineEdit[valid="false"] {{ border: 2px solid {DANGER}; }}
QTableWidget, QTableView, QListWidget {{ background: {SURFACE}; border: 1px solid {LINE}; gridline-color: #e3e8ee; }}
QHeaderView::section {{ background: #e9edf2; border: none; border-right: 1px solid {LINE}; padding: 4px; font-weight: bold; }}
QTabWidget::pane {{ border: 1px solid {LINE}; background: {SURFACE}; }}
QTabBar::tab {{ padding: 8px 16px; background: #e9edf2; border: 1px solid {LINE}; }}
QTabBar::tab:selected {{ background: {SURFACE}; font-weight: bold; color: {ACCENT}; }}
QGroupBox {{ font-weight: bold; border: 1px solid {LINE}; border-radius: 6px; margin-top: 12px; background: {SURFACE}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
"""


def board_stylesheet(family: str = FONT_FAMILY) -> str:
    return f"""
* {{ font-family: "{family}"; color: {BOARD_TEXT}; }}
QWidget#BoardRoot {{ background: {BOARD_BG}; }}
QFrame[role="board-panel"] {{ background: {BOARD_PANEL}; border-radius: 12px; }}
QFrame[role="board-call"] {{ background: {BOARD_PANEL}; border: 4px solid {BOARD_CALL}; border-radius: 16px; }}
QLabel {{ background: transparent; }}
QLabel[role="board-title"] {{ font-size: 44px; font-weight: bold; }}
QLabel[role="board-clock"] {{ font-size: 40px; color: {BOARD_MUTED}; }}
QLabel[role="board-heading"] {{ font-size: 34px; font-weight: bold; color: {BOARD_MUTED}; }}
QLabel[role="board-latest"] {{ font-size: 110px; font-weight: bold; color: {BOARD_CALL}; }}
QFrame[role="board-panel-paused"] {{ background: {BOARD_PANEL}; border: 3px solid {BOARD_PAUSED}; border-radius: 12px; }}
QFrame[role="board-closed"] {{ background: {BOARD_PANEL}; border: 4px solid {BOARD_PAUSED}; border-radius: 16px; }}
QLabel[role="board-closed-text"] {{ font-size: 52px; font-weight: bold; color: {BOARD_PAUSED}; }}
QLabel[role="board-window-no"] {{ font-size: 32px; font-weight: bold; }}
QLabel[role="board-window-caption"] {{ font-size: 24px; color: {BOARD_MUTED}; }}
QLabel[role="board-window-ticket"] {{ font-size: 64px; font-weight: bold; color: {BOARD_CALL}; }}
QLabel[role="board-window-idle"] {{ font-size: 40px; color: {BOARD_MUTED}; }}
QLabel[role="board-window-paused"] {{ font-size: 40px; font-weight: bold; color: {BOARD_PAUSED}; }}
QLabel[role="board-window-reason"] {{ font-size: 24px; color: {BOARD_PAUSED}; }}
QLabel[role="board-recent"] {{ font-size: 32px; }}
QLabel[role="board-next"] {{ font-size: 30px; }}
QLabel[role="board-waiting"] {{ font-size: 34px; }}
QLabel[role="board-public"] {{ font-size: 25px; }}
QLabel[role="board-notice"] {{ font-size: 34px; background: #06122a; padding-left: 24px; }}
"""
