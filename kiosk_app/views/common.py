"""What every kiosk screen view shares: rebuild from the view-model when shown, a title,
an error panel, a pager row and the back button. Views lay out widgets only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk_app.language import translate
from shared.ui.elder import Sizes
from shared.ui.widgets import BigButton, ScrollPanel, clear_layout, label, panel

if TYPE_CHECKING:
    from kiosk_app.views.main_window import KioskWindow


class ScreenView(QWidget):
    """A screen: ``build(layout)`` lays out the view-model's current state from scratch.

    Rebuilding keeps views trivially consistent with their view-model (and a wiped view
    model leaves nothing behind on screen); a hidden screen is rebuilt when shown.
    """

    def __init__(self, vm: Any, window: KioskWindow) -> None:
        super().__init__()
        self.vm = vm
        self.window_ = window
        self.setProperty("role", "page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.outer = QVBoxLayout(self)
        self._dirty = True
        self.keep: set[QWidget] = set()  # widgets that survive a rebuild (an input box with focus)
        # one scrolling area per screen, emptied and reused by every rebuild: each new one would
        # register another gesture recognizer with Qt, which PySide6 answers with a new enum
        # class that is never freed (about 2 KB a visit, for as long as the kiosk runs)
        self._scroll_area: ScrollPanel | None = None
        self._scroll_taken = False
        vm.subscribe(self.on_changed)

    # ---------------------------------------------------------------- life
    @property
    def sizes(self) -> Sizes:
        return self.window_.theme.sizes

    @property
    def landscape(self) -> bool:
        return self.window_.landscape

    @property
    def active(self) -> bool:
        return self.window_.vm.screen == self.vm.screen

    def on_changed(self) -> None:
        self._dirty = True
        if self.active:
            self.render()

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self, *, force: bool = False) -> None:  # type: ignore[override]
        if not (self._dirty or force):
            return
        self._dirty = False
        s = self.sizes
        margin = s.gap
        self.outer.setContentsMargins(margin, margin, margin, margin)
        self.outer.setSpacing(s.gap)
        reused = {self._scroll_area} if self._scroll_area is not None else set()
        clear_layout(self.outer, keep=self.keep | reused)
        if self._scroll_area is not None:  # its old content goes now, placed again or not
            self._scroll_area.empty(keep=self.keep)
        for w in self.keep | reused:
            w.hide()  # shown again only if this build places it
        self._scroll_taken = False
        self.build(self.outer)

    def build(self, layout: QVBoxLayout) -> None:  # pragma: no cover - every screen overrides
        raise NotImplementedError

    # ---------------------------------------------------------------- pieces
    def title(self, layout: QBoxLayout, text: str, *, sub: str = "", beside: bool = False) -> None:
        """The screen's title, its line of explanation under it, or ``beside`` it on the same
        line (elderly landscape screens that need the short side's every row)."""
        if not (sub and beside):
            layout.addWidget(label(text, "title"))
            if sub:
                layout.addWidget(label(sub, "muted"))
            return
        row = QHBoxLayout()
        row.setSpacing(self.sizes.gap * 2)
        row.addWidget(label(text, "title", wrap=False), 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(label(sub, "muted"), 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)

    def error_panel(self, layout: QBoxLayout, message: str = "", hint: str = "") -> None:
        message = message or getattr(self.vm, "error", "")
        hint = hint if message != getattr(self.vm, "error", None) else getattr(self.vm, "hint", "")
        if not message:
            return
        frame, inner = panel("notice-panel", margins=self.sizes.gap)
        inner.addWidget(label("⚠ " + message, "notice"))
        if hint:
            inner.addWidget(label(hint, "notice"))
        layout.addWidget(frame)

    def busy_line(self, layout: QBoxLayout, text: str = "") -> None:
        if getattr(self.vm, "busy", False):
            text = text or translate("KioskCommon", "正在处理，请稍候…")
            layout.addWidget(label(text, "heading", center=True))

    def pager(self, layout: QBoxLayout, page: int, pages: int, turn: Callable[[int], None]) -> None:
        if pages <= 1:
            return
        row = QHBoxLayout()
        prev = BigButton(
            translate("KioskCommon", "上一页"),
            icon="page-up",
            on_click=lambda: turn(-1),
            speech=translate("KioskCommon", "上一页"),
        )
        prev.setObjectName("PagePrev")
        prev.setEnabled(page > 0)
        nxt = BigButton(
            translate("KioskCommon", "下一页"),
            icon="page-down",
            on_click=lambda: turn(1),
            speech=translate("KioskCommon", "下一页"),
        )
        nxt.setObjectName("PageNext")
        nxt.setEnabled(page < pages - 1)
        count = label(
            translate("KioskCommon", "第{page}/{pages}页").format(page=page + 1, pages=pages),
            "strong",
            center=True,
            wrap=False,
        )
        count.setObjectName("PageCount")
        row.addWidget(prev, 2)
        row.addWidget(count, 1)
        row.addWidget(nxt, 2)
        layout.addLayout(row)

    def button_grid(
        self, layout: QBoxLayout, buttons: list[BigButton], *, columns: int | None = None
    ) -> QGridLayout:
        cols = columns or (3 if self.landscape else 2)
        grid = QGridLayout()
        grid.setSpacing(self.sizes.gap)
        for i, b in enumerate(buttons):
            grid.addWidget(b, i // cols, i % cols)
        layout.addLayout(grid)
        return grid

    def field_lines(self, layout: QBoxLayout, lines: list[tuple[str, str]]) -> None:
        frame, inner = panel(margins=self.sizes.gap)
        for key, value in lines:
            row = QHBoxLayout()
            k = label(translate("KioskCommon", "{key}：").format(key=key), "strong", wrap=False)
            k.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(k)
            row.addWidget(label(value, "body"), 1)
            inner.addLayout(row)
        layout.addWidget(frame)

    def columns(self, layout: QVBoxLayout) -> tuple[QVBoxLayout, QVBoxLayout]:
        """Landscape: what to read on the left, the keypad on the right; portrait: one column."""
        if not self.landscape:
            return layout, layout
        row = QHBoxLayout()
        row.setSpacing(self.sizes.gap * 2)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(self.sizes.gap)
        right.setSpacing(self.sizes.gap)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)
        return left, right

    # a scrolling area for the view's body; the name hides QWidget.scroll(), which no caller uses
    def scroll(self, layout: QBoxLayout) -> QVBoxLayout:  # type: ignore[override]
        if self._scroll_area is None:
            self._scroll_area = ScrollPanel()
        if self._scroll_taken:  # a second area in one build: a fresh one, deleted at the next
            area = ScrollPanel()
        else:
            area = self._scroll_area
            self._scroll_taken = True
        area.body.setSpacing(self.sizes.gap)
        layout.addWidget(area, 1)
        area.show()
        return area.body

    def bottom_row(self, layout: QBoxLayout, *buttons: BigButton) -> None:
        row = QHBoxLayout()
        row.setSpacing(self.sizes.gap)
        for b in buttons:
            row.addWidget(b)
        layout.addLayout(row)

    def stretch(self, layout: QVBoxLayout) -> None:
        layout.addStretch(1)


def back_button(on_click: Callable[[], None], text: str = "") -> BigButton:
    """A way back: quiet, so it never competes with the screen's main action."""
    back = translate("KioskCommon", "返回")
    return BigButton(text or back, kind="quiet", icon="back", on_click=on_click, speech=back)
