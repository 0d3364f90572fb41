"""BigButton words that fit (issue 16, point 8): a list row breaks long words over lines
instead of cutting them, and a narrow bar button puts its icon above its words. Measured
with the tours' own screen check, in elderly mode's sizes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from shared.ui.elder import DisplayMode
from shared.ui.theme import Theme, apply_theme
from shared.ui.widgets import BigButton
from yimen.tour.screen_check import check_screen

pytestmark = pytest.mark.qt

LONG = "勐海县自然资源局（县不动产登记中心）（5项）"


def _elderly_root(qtbot, width: int, height: int = 600) -> tuple[QWidget, QVBoxLayout]:
    root = QWidget()
    apply_theme(root, Theme.for_mode(DisplayMode(elder=True)))
    lay = QVBoxLayout(root)
    qtbot.addWidget(root)
    root.resize(width, height)
    return root, lay


def _show(qtbot, root: QWidget) -> None:
    root.show()
    qtbot.waitExposed(root)
    QApplication.processEvents()


def test_a_list_row_too_narrow_for_its_words_breaks_them_and_grows(qtbot) -> None:
    root, lay = _elderly_root(qtbot, 1000)
    row = BigButton(LONG, kind="choice", speech="勐海县自然资源局")
    lay.addWidget(row)
    lay.addStretch(1)
    _show(qtbot, root)
    lines = row.text().split("\n")
    assert len(lines) == 2, row.text()
    assert "".join(lines) == LONG  # nothing dropped, nothing added
    assert lines[1] == "（5项）"  # the bracketed remark stays whole on its line
    assert row.words == LONG and row.accessibleName() == "勐海县自然资源局"
    assert row.height() >= row.heightForWidth(row.width())
    two_lines = row.height()
    assert check_screen(root, screen="test-row", elder=True) == []

    root.resize(1900, 600)  # room enough: one line again, one row high
    QApplication.processEvents()
    assert row.text() == LONG
    assert row.height() < two_lines
    assert check_screen(root, screen="test-row-wide", elder=True) == []


def test_a_row_that_may_not_wrap_is_reported_clipped(qtbot) -> None:
    root, lay = _elderly_root(qtbot, 1000)
    row = BigButton(LONG, kind="choice", wrap=False)
    lay.addWidget(row)
    _show(qtbot, root)
    assert row.text() == LONG
    [finding] = check_screen(root, screen="test-row", elder=True)
    assert "clipped" in finding.problem


def test_a_stacked_bar_button_gives_its_words_the_whole_width(qtbot) -> None:
    """Four bar buttons on a 1080 px screen: the icon beside 呼叫帮办 does not fit, above it does."""
    root, lay = _elderly_root(qtbot, 1080, 300)
    bar = QHBoxLayout()
    buttons = [
        BigButton(text, kind="bar", icon=icon)
        for text, icon in (("首页", "home"), ("长者模式 ✔", "elder"), ("朗读：开", "read-aloud"), ("呼叫帮办", "help"))
    ]
    for b in buttons:
        bar.addWidget(b)
    lay.addLayout(bar)
    lay.addStretch(1)
    _show(qtbot, root)
    beside = check_screen(root, screen="test-bar", elder=True)
    assert beside, "the icons beside the words should not fit"
    flat_height = buttons[0].height()

    for b in buttons:
        b.set_stacked(True)
    QApplication.processEvents()
    assert check_screen(root, screen="test-bar-stacked", elder=True) == []
    assert all(b.icon().isNull() for b in buttons)  # painted above the words, not beside them
    assert buttons[0].height() > flat_height  # taller by the icon
    assert all(b.height() >= 96 for b in buttons)

    for b in buttons:
        b.set_stacked(False)
    QApplication.processEvents()
    assert check_screen(root, screen="test-bar-again", elder=True)
