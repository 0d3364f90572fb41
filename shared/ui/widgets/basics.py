"""Labels, buttons and panels that carry their role for the style sheet (see shared.ui.theme)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a role/kind property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def label(text: str = "", role: str = "body", *, wrap: bool = True, center: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setProperty("role", role)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if center:
        lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return lab


def set_role(widget: QWidget, role: str) -> None:
    if widget.property("role") != role:
        widget.setProperty("role", role)
        restyle(widget)


class BigButton(QPushButton):
    """A button sized for a finger (the style sheet sets the minimum from the mode's touch size).

    ``speech`` is what the read-aloud button says for it when it differs from its text
    (a face drawn beside the word, an arrow).
    """

    def __init__(
        self,
        text: str,
        *,
        kind: str = "secondary",
        on_click: Callable[[], None] | None = None,
        speech: str = "",
        checkable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.setProperty("kind", kind)
        self.setCheckable(checkable)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # touch screen: no focus rectangles
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(speech or text)
        self.speech = speech or text
        if on_click is not None:
            self.clicked.connect(lambda _checked=False: on_click())

    def set_kind(self, kind: str) -> None:
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            restyle(self)


def panel(
    role: str = "panel", *, horizontal: bool = False, margins: int = 24, spacing: int = 16
) -> tuple[QFrame, QLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    lay: QLayout = QHBoxLayout(frame) if horizontal else QVBoxLayout(frame)
    lay.setContentsMargins(margins, margins, margins, margins)
    lay.setSpacing(spacing)
    return frame, lay


def clear_layout(layout: QLayout, *, keep: frozenset[QWidget] | set[QWidget] = frozenset()) -> None:
    """Remove and delete every widget of ``layout`` (views rebuild lists this way).

    Widgets in ``keep`` are only taken out of the layout (an input box that must keep its
    focus and input-method state across a rebuild).
    """
    while layout.count():
        drop_layout_item(layout.takeAt(0), keep=keep)


def drop_layout_item(item: QLayoutItem, *, keep: frozenset[QWidget] | set[QWidget] = frozenset()) -> None:
    """Delete what ``QLayout.takeAt`` handed over: the caller owns the item, and PySide6 does
    not delete it either, so every rebuilt screen leaked its layout items (found with memray:
    ~15 KB a resident, for as long as a kiosk runs)."""
    w = item.widget()
    sub = item.layout()
    if w is not None and w not in keep:
        w.hide()
        w.deleteLater()
    if sub is not None:
        clear_layout(sub, keep=keep)
        sub.deleteLater()  # a nested layout is a QObject: Qt deletes it on the next turn
    else:
        shiboken6.delete(item)  # a widget item or a spacer: nothing else will
