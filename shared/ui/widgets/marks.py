"""Marks that say a state: the hall's status dot, a material's tag, a case's steps.

Each pairs a colour or a shape with words that say the same thing, so colour is never the
only signal (WCAG 2.1 SC 1.4.1); the colours come from the scheme
(:meth:`shared.ui.elder.ColourScheme.status_colour`) and meet 3:1 against the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from shared.ui.elder import STATUS_STATES
from shared.ui.i18n import QT_TRANSLATE_NOOP
from shared.ui.widgets.basics import IconLabel, label

STATUS_WORDS = {  # as written; read out through QCoreApplication.translate("StatusMark", …)
    "open": QT_TRANSLATE_NOOP("StatusMark", "办理中"),
    "closed": QT_TRANSLATE_NOOP("StatusMark", "已下班"),
    "fault": QT_TRANSLATE_NOOP("StatusMark", "设备故障"),
}
STATUS_ICONS = {"open": "open", "closed": "closed", "fault": "fault"}


class StatusDot(QWidget):
    """A filled circle in the colour of ``state`` (open / closed / fault), with its icon
    knocked out of it, so the three states differ in shape as well as colour."""

    def __init__(self, state: str = "closed", *, size: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if state not in STATUS_STATES:
            raise ValueError(f"status is one of {STATUS_STATES}")
        self.state = state
        self._size = size
        self.setFixedSize(size, size)
        self.setObjectName("StatusDot")
        self.setAccessibleName(QCoreApplication.translate("StatusMark", STATUS_WORDS[state]))

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def set_state(self, state: str) -> None:
        if state not in STATUS_STATES:
            raise ValueError(f"status is one of {STATUS_STATES}")
        self.state = state
        self.setAccessibleName(QCoreApplication.translate("StatusMark", STATUS_WORDS[state]))
        self.update()

    def colour(self) -> str:
        from shared.ui.theme import active_scheme

        return active_scheme().status_colour(self.state)

    def paintEvent(self, event) -> None:
        from shared.ui import icons
        from shared.ui.theme import active_scheme

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self.colour()))
        side = min(self.width(), self.height())
        p.drawEllipse(QRectF(1, 1, side - 2, side - 2))
        inner = round(side * 0.64)
        off = (side - inner) // 2
        knock = active_scheme().surface
        glyph = {"open": "done", "closed": "closed", "fault": "warning"}[self.state]
        icons.paint(
            p, self.rect().adjusted(off, off, -(side - inner - off), -(side - inner - off)), glyph, knock
        )
        p.end()


def status_line(state: str, text: str, *, size: int = 40) -> tuple[QWidget, StatusDot, QLabel]:
    """A dot and its sentence on one row (the home screen's first status line)."""
    host = QWidget()
    host.setObjectName("StatusLine")
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(16)
    dot = StatusDot(state, size=size)
    words = label(text, f"status-{state}")
    words.setObjectName("StatusText")
    row.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(words, 1)
    return host, dot, words


TAG_WORDS = {  # as written; shown through QCoreApplication.translate("Tag", …)
    "original": QT_TRANSLATE_NOOP("Tag", "原件"),
    "copy": QT_TRANSLATE_NOOP("Tag", "复印件"),
    "free": QT_TRANSLATE_NOOP("Tag", "免提交"),
}


def tag(kind: str, text: str = "") -> QLabel:
    """A material's tag: 原件 (filled), 复印件 (outlined), 免提交 (green outline)."""
    if kind not in TAG_WORDS:
        raise ValueError(f"tag is one of {tuple(TAG_WORDS)}")
    lab = label(text or QCoreApplication.translate("Tag", TAG_WORDS[kind]), f"tag-{kind}", wrap=False)
    lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
    lab.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return lab


STEP_STATES = ("done", "now", "todo", "stopped")
_STEP_ICON = {"done": "done", "now": "now", "todo": "todo", "stopped": "stopped"}
_STEP_ROLE = {"done": "step-done", "now": "step-now", "todo": "step-todo", "stopped": "step-now"}


class StepTrack(QWidget):
    """Steps in order (收件 → 受理 → 审查 → 办结): ticked when done, a clock on the one in
    progress, an empty circle ahead; ``steps`` is ``[(words, state)]``. Vertical in elderly
    mode (one step a line), horizontal otherwise."""

    def __init__(
        self,
        steps: Sequence[tuple[str, str]],
        *,
        icon_px: int = 48,
        vertical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StepTrack")
        self.steps = list(steps)
        lay = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        for i, (words, state) in enumerate(self.steps):
            if state not in STEP_STATES:
                raise ValueError(f"step state is one of {STEP_STATES}")
            cell = QHBoxLayout() if vertical else QVBoxLayout()
            cell.setSpacing(8)
            mark = IconLabel(_STEP_ICON[state], size=icon_px)
            mark.setObjectName(f"step-mark-{i}")
            mark.setProperty("role", _STEP_ROLE[state])
            text = label(words, _STEP_ROLE[state], wrap=False, center=not vertical)
            text.setObjectName(f"step-{i}")
            cell.addWidget(
                mark, 0, Qt.AlignmentFlag.AlignCenter if not vertical else Qt.AlignmentFlag.AlignVCenter
            )
            cell.addWidget(text, 1)
            lay.addLayout(cell)
            if i < len(self.steps) - 1 and not vertical:
                arrow = IconLabel("chevron", size=max(24, icon_px // 2))
                arrow.setProperty("role", "step-todo")
                lay.addWidget(arrow, 0, Qt.AlignmentFlag.AlignTop)
                arrow.setContentsMargins(0, 0, 0, 0)
                arrow.setFixedSize(max(24, icon_px // 2), icon_px)
