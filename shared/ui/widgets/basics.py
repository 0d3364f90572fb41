"""Labels, buttons and panels that carry their role for the style sheet (see shared.ui.theme)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QIcon, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from shared.domain.line_breaks import WORD_JOINER, join_unbreakable


def _font_px(widget: QWidget) -> int:
    """The pixel size a widget's font really has (the style sheet sets it in px)."""
    return QFontInfo(widget.font()).pixelSize()


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a role/kind property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def label(text: str = "", role: str = "body", *, wrap: bool = True, center: bool = False) -> QLabel:
    """A label of ``role``; a wrapping one never breaks inside a number with its unit, a short
    bracketed remark or a glossary term (:func:`shared.domain.line_breaks.join_unbreakable`)."""
    lab = QLabel(join_unbreakable(text) if wrap else text)
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

    ``kind`` says what it is for (:data:`shared.ui.theme.BUTTON_KINDS`); ``icon`` names an
    icon of :data:`shared.ui.icons.GLYPHS` drawn before the words in the words' colour. A
    toggle shows its state with an empty or ticked circle as well as its fill; a list row
    (``choice``) ends in a chevron. ``speech`` is what the read-aloud button says for it when
    it differs from its text (a face drawn beside the word, an arrow).

    :meth:`set_stacked` puts the icon above the words instead of before them, for a row of
    buttons too narrow for both side by side (the elderly top bar): the words then get the
    button's whole width.

    A list row (``choice``, or ``wrap=True``) too narrow for its words breaks them over lines
    and grows taller, never cutting them: where a line breaks follows
    :func:`shared.domain.line_breaks.join_unbreakable` (a bracketed remark or a number with its
    unit stays whole). :meth:`text` then holds the lines; :attr:`words` the words as given.
    """

    def __init__(
        self,
        text: str,
        *,
        kind: str = "secondary",
        on_click: Callable[[], None] | None = None,
        speech: str = "",
        checkable: bool = False,
        icon: str = "",
        wrap: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.words = text
        self.wrap = kind == "choice" if wrap is None else wrap
        self.setProperty("kind", kind)
        self.setCheckable(checkable or kind in ("toggle", "tab"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # touch screen: no focus rectangles
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(self.wrap)
        self.setSizePolicy(policy)
        self.setAccessibleName(speech or text)
        self.speech = speech or text
        self.icon_name = icon
        self.stacked = False
        self._painted: tuple[str, str] | None = None
        if on_click is not None:
            self.clicked.connect(lambda _checked=False: on_click())

    def set_kind(self, kind: str) -> None:
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            restyle(self)

    def set_icon(self, name: str) -> None:
        self.icon_name = name
        self._painted = None
        self.update()

    # ---- words over lines (a list row)
    def setText(self, text: str) -> None:
        self.words = text
        super().setText(self._lines_for(self.width()) if self.wrap and self.isVisible() else text)

    def _room(self, width: int) -> tuple[int, int]:
        """(width, height) the style leaves for the words in a button ``width`` px wide,
        less the room of an icon drawn beside them."""
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.rect = QRect(0, 0, width, 400)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        room = inner.width()
        if not self.stacked and self._glyph():
            room -= self.iconSize().width() + 4
        return room, 400 - inner.height()

    def _lines_for(self, width: int) -> str:
        """The words broken into the lines a button ``width`` px wide shows them in."""
        if not self.words:
            return self.words
        room, _ = self._room(width)
        joined = join_unbreakable(self.words)
        layout = QTextLayout(joined, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        lines = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, room))
            lines.append(joined[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        return "\n".join(part.replace(WORD_JOINER, "").rstrip() for part in lines)

    def hasHeightForWidth(self) -> bool:
        return self.wrap or super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        if not self.wrap:
            return super().heightForWidth(width)
        lines = self._lines_for(width)
        need = QFontMetrics(self.font()).size(int(Qt.TextFlag.TextShowMnemonic.value), lines)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = lines
        # the style adds padding and border and keeps the style sheet's minimum height
        hint = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, need, self)
        return max(hint.height(), self.minimumHeight())

    def resizeEvent(self, event) -> None:
        if self.wrap:
            lines = self._lines_for(event.size().width())
            if lines != self.text():
                super().setText(lines)
                self.updateGeometry()  # taller or shorter: the layout asks heightForWidth again
        super().resizeEvent(event)

    def set_stacked(self, stacked: bool) -> None:
        """Icon above the words (True) or before them (False)."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self._painted = None
        if stacked:
            self.setIcon(QIcon())  # painted by hand above the words, not by the style beside them
        self.updateGeometry()
        self.update()

    def _glyph(self) -> str:
        if self.property("kind") == "toggle":
            return "toggle-on" if self.isChecked() else "toggle-off"
        return self.icon_name

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            px = max(16, round(_font_px(self) * 1.15))
            if self._glyph() and self.iconSize() != QSize(px, px):
                self.setIconSize(QSize(px, px))
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        if self.stacked:
            return self._stacked_size(super().sizeHint())
        if self._glyph() and self.icon().isNull():
            self._refresh_icon()  # the hint counts the icon before the first paint
        return super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        if self.stacked:
            return self._stacked_size(super().minimumSizeHint())
        hint = super().minimumSizeHint()
        if self.wrap:  # the words can break: no wider than a few characters need
            room, _ = self._room(hint.width())
            hint.setWidth(min(hint.width(), hint.width() - room + 4 * _font_px(self)))
        return hint

    # ---- icon above the words
    def _stacked_metrics(self) -> tuple[int, int, QRect]:
        """(icon side, gap between icon and words, ink of the words from their baseline)."""
        px = _font_px(self)
        fm = QFontMetrics(self.font())
        ink = fm.tightBoundingRect(self.text() or "字")
        return max(16, round(px * 1.15)), max(4, px // 5), ink

    def _stacked_size(self, hint: QSize) -> QSize:
        """``hint`` (the words alone, padding and border included) made tall enough for the
        icon above them."""
        side, gap, ink = self._stacked_metrics()
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.rect = QRect(0, 0, 400, 400)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        chrome = 400 - inner.height()
        return QSize(hint.width(), max(hint.height(), chrome + side + gap + ink.height() + 2 * gap))

    def _paint_stacked(self) -> None:
        from shared.ui import icons, theme

        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        text = opt.text
        opt.text = ""
        opt.icon = QIcon()
        p = QStylePainter(self)
        p.drawControl(QStyle.ControlElement.CE_PushButton, opt)  # the button without its words
        opt.text = text
        area = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, self)
        side, gap, ink = self._stacked_metrics()
        colour = theme.foreground(
            str(self.property("kind") or "secondary"), checked=self.isChecked(), enabled=self.isEnabled()
        )
        top = area.top() + (area.height() - (side + gap + ink.height())) // 2
        glyph = self._glyph()
        if glyph:
            icons.paint(p, QRect(area.center().x() - side // 2, top, side, side), glyph, colour)
        font = self.font()
        if self.isChecked():
            font.setBold(True)  # as the style sheet draws a chosen bar, tab or toggle
        p.setFont(font)
        p.setPen(QColor(colour))
        fm = QFontMetrics(font)
        x = area.left() + (area.width() - fm.horizontalAdvance(text)) // 2
        p.drawText(QPoint(x, top + side + gap - ink.top()), text)
        p.end()

    def _refresh_icon(self) -> None:
        from shared.ui import icons, theme

        glyph = self._glyph()
        if not glyph or self.stacked:
            return
        colour = theme.foreground(
            str(self.property("kind") or "secondary"), checked=self.isChecked(), enabled=self.isEnabled()
        )
        if self._painted != (glyph, colour):
            self._painted = (glyph, colour)
            px = max(16, round(_font_px(self) * 1.15))
            self.setIconSize(QSize(px, px))
            self.setIcon(icons.icon(glyph, colour, size=px))

    def paintEvent(self, event) -> None:
        if self.stacked:
            self._paint_stacked()
            return
        self._refresh_icon()
        super().paintEvent(event)
        if self.property("kind") == "choice":
            from shared.ui import icons, theme

            colour = theme.foreground("choice", checked=self.isChecked(), enabled=self.isEnabled())
            side = max(16, round(_font_px(self) * 1.1))
            rect = QRect(self.width() - side - 16, (self.height() - side) // 2, side, side)
            p = QPainter(self)
            icons.paint(p, rect, "chevron", colour)
            p.end()


class Tile(BigButton):
    """A home-screen door: an icon above its words and one short hint line, all one button.

    The words are labels inside the button (transparent to taps) so the icon can sit above
    them; the button carries the words for read-aloud and for tests. ``tone`` "secondary"
    draws an outlined tile beside the one filled main door.
    """

    def __init__(
        self,
        title: str,
        *,
        hint: str = "",
        icon: str = "",
        kind: str = "tile",
        tone: str = "primary",
        icon_px: int = 72,
        on_click: Callable[[], None] | None = None,
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", kind=kind, on_click=on_click, speech=title, parent=parent)
        self.setProperty("tone", tone)
        self.title = title
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay: QBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8 if not horizontal else 24)
        self.glyph = IconLabel(icon, size=icon_px) if icon else None
        if not horizontal:
            lay.addStretch(1)
        if self.glyph is not None:
            lay.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignCenter)
        words = QVBoxLayout()
        words.setSpacing(4)
        if horizontal:
            words.addStretch(1)
        self.title_label = label(title, "tile-title", wrap=False, center=not horizontal)
        words.addWidget(self.title_label)
        self.hint_label = label(hint, "tile-hint", center=not horizontal) if hint else None
        if self.hint_label is not None:
            words.addWidget(self.hint_label)
        if horizontal:
            words.addStretch(1)
        lay.addLayout(words, 1 if horizontal else 0)
        if not horizontal:
            lay.addStretch(1)
        for child in (self.glyph, self.title_label, self.hint_label):
            if child is not None:
                child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def text_for_reading(self) -> str:
        return self.title

    def set_hint(self, hint: str) -> None:
        if self.hint_label is not None:
            self.hint_label.setText(hint)

    def minimumSizeHint(self) -> QSize:
        lay = self.layout()
        inner = lay.minimumSize() if lay is not None else QSize(0, 0)
        base = super().minimumSizeHint()
        return QSize(max(base.width(), inner.width()), max(base.height(), inner.height()))

    def sizeHint(self) -> QSize:
        lay = self.layout()
        inner = lay.sizeHint() if lay is not None else QSize(0, 0)
        base = super().sizeHint()
        return QSize(max(base.width(), inner.width()), max(base.height(), inner.height()))


class IconLabel(QLabel):
    """An icon on its own (a tile's picture, a status mark): painted in the colour the style
    sheet gives its words, or in ``colour`` when one is set."""

    def __init__(self, name: str, *, size: int = 48, colour: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.colour = colour
        self._size = size
        self.setFixedSize(size, size)
        self.setProperty("role", "icon")

    def set_colour(self, colour: str) -> None:
        if colour != self.colour:
            self.colour = colour
            self.update()

    def set_icon(self, name: str) -> None:
        if name != self.name:
            self.name = name
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event) -> None:
        from shared.ui import icons

        if not self.name:
            return
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        colour = self.colour or self.palette().color(group, self.foregroundRole()).name()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        icons.paint(p, self.rect(), self.name, colour)
        p.end()


def panel(
    role: str = "panel", *, horizontal: bool = False, margins: int = 24, spacing: int = 16
) -> tuple[QFrame, QBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    lay: QBoxLayout = QHBoxLayout(frame) if horizontal else QVBoxLayout(frame)
    lay.setContentsMargins(margins, margins, margins, margins)
    lay.setSpacing(spacing)
    return frame, lay


def clear_layout(layout: QLayout, *, keep: frozenset[QWidget] | set[QWidget] = frozenset()) -> None:
    """Remove and delete every widget of ``layout`` (views rebuild lists this way).

    Widgets in ``keep`` are only taken out of the layout (an input box that must keep its
    focus and input-method state across a rebuild).
    """
    while layout.count():
        item = layout.takeAt(0)
        if item is not None:  # count() > 0: there is one
            drop_layout_item(item, keep=keep)


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
