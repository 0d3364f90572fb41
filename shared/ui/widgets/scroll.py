"""A scrolling area for touch: drag to scroll, plus big 上一页/下一页 buttons.

Thin scroll bars are hard to hit for older fingers and invisible to people who never used
a computer; the buttons appear only when the content is taller than the area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from shared.ui.widgets.basics import BigButton, clear_layout


class ScrollPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        QScroller.grabGesture(self.area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.content = QWidget()
        self.content.setProperty("role", "page-content")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.area.setWidget(self.content)
        self.up = BigButton("▲ 上一页", speech="上一页", on_click=lambda: self.page(-1))
        self.down = BigButton("▼ 下一页", speech="下一页", on_click=lambda: self.page(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area, 1)
        outer.addLayout(buttons)
        bar = self.area.verticalScrollBar()
        bar.rangeChanged.connect(lambda *_: self._update_buttons())
        bar.valueChanged.connect(lambda *_: self._update_buttons())
        self.area.viewport().installEventFilter(self)
        self._update_buttons()

    def page(self, direction: int) -> None:
        bar = self.area.verticalScrollBar()
        step = max(1, int(self.area.viewport().height() * 0.85))
        bar.setValue(bar.value() + direction * step)

    def empty(self, *, keep: frozenset[QWidget] | set[QWidget] = frozenset()) -> None:
        """Ready for new content: the old is deleted (except ``keep``), back at the top."""
        clear_layout(self.body, keep=keep)
        self.to_top()

    def to_top(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def _update_buttons(self) -> None:
        bar = self.area.verticalScrollBar()
        overflow = bar.maximum() > 0
        self.up.setVisible(overflow)
        self.down.setVisible(overflow)
        self.up.setEnabled(bar.value() > 0)
        self.down.setEnabled(bar.value() < bar.maximum())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._update_buttons()
        return False
