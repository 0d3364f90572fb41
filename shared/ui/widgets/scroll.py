"""A scrolling area for touch: drag to scroll, plus big 上一屏/下一屏 buttons, a count of
screens (第1/3屏) and a cue while more lies below.

Thin scroll bars are hard to hit for older fingers and invisible to people who never used
a computer; the buttons, the count and the cue appear only when the content is taller than
the area. The buttons sit below the area, never over its content. A screen turns to the top
of the first widget that did not fit whole, so nothing is skipped half read, and a button the
edge would cut in half is left out (its place kept) until it is scrolled in whole.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from shared.ui.widgets.basics import BigButton, clear_layout, label


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
        up, down = (
            QCoreApplication.translate("ScrollPanel", "上一屏"),
            QCoreApplication.translate("ScrollPanel", "下一屏"),
        )
        self.up = BigButton(up, icon="page-up", speech=up, on_click=lambda: self.page(-1))
        self.up.setObjectName("ScrollUp")
        self.down = BigButton(down, icon="page-down", speech=down, on_click=lambda: self.page(1))
        self.down.setObjectName("ScrollDown")
        self.count = label("", "muted", center=True, wrap=False)
        self.count.setObjectName("ScrollCount")
        self.cue = label(
            QCoreApplication.translate("ScrollPanel", "下面还有内容，请点“下一屏”或向上滑动"),
            "cue",
            center=True,
        )
        self.cue.setObjectName("ScrollCue")
        buttons = QHBoxLayout()
        buttons.addWidget(self.up, 2)
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.down, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area, 1)
        outer.addWidget(self.cue)
        outer.addLayout(buttons)
        bar = self.area.verticalScrollBar()
        bar.rangeChanged.connect(lambda *_: self._update_buttons())
        bar.valueChanged.connect(lambda *_: self._update_buttons())
        self.area.viewport().installEventFilter(self)
        # the content is resized after the viewport (a new width, its rows wrapped anew): a
        # button judged cut at the old geometry is shown again once it fits at the new one
        self.content.installEventFilter(self)
        self._cut: set[QAbstractButton] = set()  # buttons hidden because the edge cuts them
        self._update_buttons()

    def page(self, direction: int) -> None:
        bar = self.area.verticalScrollBar()
        view = self.area.viewport().height()
        step = max(1, int(view * 0.85))
        if direction > 0:
            # to the top of the first widget not shown whole, when that moves on at all
            bottom = bar.value() + view
            cut = [
                w.y()
                for w in self._items()
                if w.y() + w.height() > bottom and w.y() > bar.value() + view // 4
            ]
            target = min(cut) if cut else bar.value() + step
        else:
            target = bar.value() - step
        bar.setValue(max(0, min(bar.maximum(), target)))

    def _items(self) -> list[QWidget]:
        out = []
        for i in range(self.body.count()):
            item = self.body.itemAt(i)
            w = item.widget() if item is not None else None
            if w is not None and (w.isVisibleTo(self.content) or w in self._cut):
                out.append(w)
        return out

    def screens(self) -> tuple[int, int]:
        """(this screen, screens in all), from 1: what the count shows."""
        bar = self.area.verticalScrollBar()
        view = max(1, self.area.viewport().height())
        total = max(1, -(-(bar.maximum() + view) // view))
        now = total if bar.value() >= bar.maximum() else min(total, 1 + -(-bar.value() // view))
        return now, total

    def empty(self, *, keep: frozenset[QWidget] | set[QWidget] = frozenset()) -> None:
        """Ready for new content: the old is deleted (except ``keep``), back at the top."""
        self._cut.clear()
        clear_layout(self.body, keep=keep)
        self.to_top()

    def _hide_cut_buttons(self) -> None:
        """A button half under the edge reads as broken: hide it (keeping its place) until
        it fits whole; the cue and the count say there is more."""
        view = self.area.viewport().rect()
        for b in self.content.findChildren(QAbstractButton):
            if b in self._cut:
                pass
            elif not b.isVisibleTo(self.content):
                continue  # hidden by its screen: not ours to show
            top_left = b.mapTo(self.area.viewport(), b.rect().topLeft())
            rect = b.rect().translated(top_left)
            cut = rect.intersects(view) and not view.contains(rect)
            if cut and b not in self._cut:
                policy = b.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                b.setSizePolicy(policy)
                b.hide()
                self._cut.add(b)
            elif not cut and b in self._cut:
                self._cut.discard(b)
                b.show()

    def to_top(self) -> None:
        self.area.verticalScrollBar().setValue(0)

    def _update_buttons(self) -> None:
        bar = self.area.verticalScrollBar()
        overflow = bar.maximum() > 0
        self.up.setVisible(overflow)
        self.down.setVisible(overflow)
        self.count.setVisible(overflow)
        self.cue.setVisible(overflow and bar.value() < bar.maximum())
        self.up.setEnabled(bar.value() > 0)
        self.down.setEnabled(bar.value() < bar.maximum())
        if overflow:
            now, total = self.screens()
            self.count.setText(
                QCoreApplication.translate("ScrollPanel", "第{now}/{total}屏").format(now=now, total=total)
            )
        self._hide_cut_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._update_buttons()
        return False
