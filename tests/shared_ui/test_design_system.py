"""The design system (issue 16, point 1): icons from the font render offscreen in the colour of
the words, button kinds and states are in the style sheet (no dashed outline), status colours
meet 3:1 beside their words, tiles, marks and the scrolling area's count and cue."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from shared.ui import icons
from shared.ui.elder import MIN_CONTRAST, MIN_GRAPHIC_CONTRAST, SCHEMES, DisplayMode, contrast_ratio
from shared.ui.theme import BUTTON_KINDS, Theme, active_scheme, apply_theme, foreground, use_scheme
from shared.ui.widgets import BigButton, ScrollPanel, StatusDot, StepTrack, Tile, label, tag
from tests.support.widget_audit import image_array

pytestmark = pytest.mark.qt


def _count(arr: np.ndarray, colour: str, tolerance: int = 24) -> int:
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(arr.astype(int) - rgb).max(axis=2) <= tolerance).sum())


@pytest.fixture(autouse=True)
def _standard_scheme():
    use_scheme(SCHEMES["standard"])
    yield
    use_scheme(SCHEMES["standard"])


def test_every_icon_name_is_a_glyph_of_the_font(qapp) -> None:
    chars = {icons.glyph_char(name) for name in icons.GLYPHS}
    assert len(chars) >= len(set(icons.GLYPHS.values())) - 1
    with pytest.raises(KeyError):
        icons.glyph_char("no-such-meaning")


@pytest.mark.parametrize("name", ["ticket", "id-card", "person", "business", "help", "read-aloud"])
def test_an_icon_renders_offscreen_in_the_colour_asked(qapp, name: str) -> None:
    image = icons.pixmap(name, "#C01010", 96).toImage()
    assert image.width() == 96
    arr = image_array(image)
    inked = _count(arr, "#C01010", tolerance=40)
    assert 96 * 96 * 0.04 < inked < 96 * 96 * 0.9, f"{name}: {inked} px of the colour"


def test_the_style_sheet_has_every_kind_and_no_dashed_outline(qapp) -> None:
    for mode in (DisplayMode(), DisplayMode(elder=True, scheme="dark"), DisplayMode(elder=True, scheme="light")):
        sheet = Theme.for_mode(mode).stylesheet()
        for kind in BUTTON_KINDS:
            assert f'kind="{kind}"' in sheet, kind
        assert "dashed" not in sheet
        assert mode.colours.disabled_bg in sheet and mode.colours.disabled_text in sheet


@pytest.mark.parametrize("name", list(SCHEMES))
def test_status_marks_meet_3_to_1_and_differ(name: str) -> None:
    c = SCHEMES[name]
    for pair, (fg, bg) in c.graphic_pairs().items():
        assert contrast_ratio(fg, bg) >= MIN_GRAPHIC_CONTRAST, f"{name} {pair}"
    assert len({c.status_open, c.status_closed, c.status_fault}) == 3
    assert contrast_ratio(c.disabled_text, c.disabled_bg) >= MIN_CONTRAST


def test_icon_colour_follows_the_kind_and_state() -> None:
    c = SCHEMES["dark"]
    assert foreground("primary", c=c) == c.primary_text
    assert foreground("toggle", checked=True, c=c) == c.selected_text
    assert foreground("toggle", c=c) == c.secondary_text
    assert foreground("primary", enabled=False, c=c) == c.disabled_text


def _shown(qtbot, widget: QWidget, mode: DisplayMode = DisplayMode()) -> QWidget:
    host = QWidget()
    host.setObjectName("KioskRoot")
    host.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    apply_theme(host, Theme.for_mode(mode))
    QVBoxLayout(host).addWidget(widget)
    qtbot.addWidget(host)
    host.resize(700, 400)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_a_button_draws_its_icon_in_its_words_colour_and_a_toggle_ticks(qtbot) -> None:
    mode = DisplayMode(elder=True, scheme="dark")
    button = BigButton("打印指南", kind="primary", icon="print")
    toggle = BigButton("我是孕妇", kind="toggle")
    host = QWidget()
    lay = QVBoxLayout(host)
    lay.addWidget(button)
    lay.addWidget(toggle)
    shown = _shown(qtbot, host, mode)
    c = mode.colours
    assert not button.icon().isNull()
    arr = image_array(button.grab().toImage())
    assert _count(arr, c.primary_text) > 200  # words and icon in black on the yellow fill
    assert toggle.isCheckable() and toggle._glyph() == "toggle-off"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.isChecked() and toggle._glyph() == "toggle-on"
    toggle.repaint()
    arr = image_array(toggle.grab().toImage())
    assert _count(arr, c.selected_bg) > 2000, "a chosen toggle is filled"
    button.setEnabled(False)
    arr = image_array(button.grab().toImage())
    assert _count(arr, c.disabled_bg) > 2000 and _count(arr, c.disabled_text) > 100
    shown.close()


def test_a_tile_is_one_button_with_icon_title_and_hint(qtbot) -> None:
    taps: list[int] = []
    tile = Tile("取号", hint="现在有 3 人在等候", icon="ticket", kind="hero", on_click=lambda: taps.append(1))
    host = _shown(qtbot, tile)  # noqa: F841 - kept alive while the test runs
    assert tile.accessibleName() == "取号" and tile.speech == "取号"
    words = [x.text() for x in tile.findChildren(QLabel) if x.text()]
    assert words == ["取号", "现在有 3 人在等候"]
    # a tap on the words is a tap on the tile
    title = tile.title_label
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=title.mapTo(tile, QPoint(5, 5)))
    assert taps == [1]
    tile.setEnabled(False)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert taps == [1]


@pytest.mark.parametrize("state", ["open", "closed", "fault"])
def test_the_status_dot_paints_its_state_colour(qtbot, state: str) -> None:
    dot = StatusDot(state, size=48)
    host = _shown(qtbot, dot)  # noqa: F841 - kept alive while the test runs
    arr = image_array(dot.grab().toImage())
    assert _count(arr, active_scheme().status_colour(state), tolerance=10) > 48 * 48 * 0.2
    with pytest.raises(ValueError):
        StatusDot("broken")


def test_tags_and_steps_say_their_words(qtbot) -> None:
    assert tag("original").text() == "原件" and tag("free").property("role") == "tag-free"
    with pytest.raises(ValueError):
        tag("scan")
    track = StepTrack([("收件", "done"), ("受理", "now"), ("审查", "todo"), ("办结", "todo")])
    host = _shown(qtbot, track)  # noqa: F841 - kept alive while the test runs
    texts = [track.findChild(QLabel, f"step-{i}").text() for i in range(4)]
    assert texts == ["收件", "受理", "审查", "办结"]
    assert track.findChild(QLabel, "step-1").property("role") == "step-now"


def test_the_scroll_panel_counts_screens_shows_a_cue_and_never_cuts_at_the_top(qtbot) -> None:
    panel = ScrollPanel()
    for i in range(30):
        panel.body.addWidget(label(f"第{i + 1}行：请带好身份证原件和复印件。", "body"))
        if i % 4 == 3:
            panel.body.addWidget(BigButton(f"按钮{i}"))
    host = _shown(qtbot, panel)  # noqa: F841 - kept alive while the test runs
    QApplication.processEvents()

    def no_button_cut() -> None:
        view = panel.area.viewport().rect()
        for b in panel.content.findChildren(BigButton):
            rect = b.rect().translated(b.mapTo(panel.area.viewport(), b.rect().topLeft()))
            if b.isVisible() and rect.intersects(view):
                assert view.contains(rect), f"{b.text()} is cut by the edge"

    no_button_cut()
    assert panel.count.isVisible() and panel.count.text().startswith("第1/")
    assert panel.cue.isVisible() and not panel.up.isEnabled()
    total = panel.screens()[1]
    assert total >= 2
    tops = {w.y() for w in panel._items()}
    for _ in range(total + 2):
        panel.page(1)
        QApplication.processEvents()
        value = panel.area.verticalScrollBar().value()
        assert value in tops or value == panel.area.verticalScrollBar().maximum()
        no_button_cut()
    last = panel.screens()[1]  # the cue has gone at the bottom, so the area grew a little
    assert panel.count.text() == f"第{last}/{last}屏" and last in (total, total - 1)
    assert not panel.cue.isVisible() and not panel.down.isEnabled()


def test_the_scroll_panel_shows_again_a_button_that_fits_once_its_content_is_reflowed(qtbot) -> None:
    # a screen reuses its panel: emptied, refilled and placed in a narrower column (the elderly
    # landscape 查询打印 options): buttons judged cut at the old width must not stay hidden
    from PySide6.QtWidgets import QGridLayout

    panel = ScrollPanel()
    host = _shown(qtbot, panel, DisplayMode(elder=True))
    host.resize(1800, 500)
    QApplication.processEvents()
    panel.empty()
    grid = QGridLayout()
    buttons = [BigButton(f"用途{i + 1}") for i in range(5)]
    for i, b in enumerate(buttons):
        grid.addWidget(b, i // 2, i % 2)
    panel.body.addWidget(label("用途", "heading"))
    panel.body.addLayout(grid)
    panel.body.addStretch(1)
    QApplication.processEvents()
    host.resize(900, 900)
    QApplication.processEvents()
    assert panel.area.verticalScrollBar().maximum() == 0, "all five fit the area"
    assert [b.text() for b in buttons if not b.isVisible()] == []


def test_the_design_sheet_renders_in_every_mode(qtbot, tmp_path) -> None:
    from shared.ui.design_sheet import SHEETS, write_sheets

    paths = write_sheets(tmp_path)
    assert [p.name for p in paths] == [f"design-{name}.png" for name, _ in SHEETS]
    for p in paths:
        assert p.stat().st_size > 20_000
