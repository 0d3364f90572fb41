"""The screen check (issue 16, point 8): the live widgets of a tour screen, measured at the
moment the tour shoots it — not the PNG.

A screen fails when
- a visible label's, button's, field's, list cell's or tab's text needs more width or height
  than the widget gives it: clipped, or elided (QFontMetrics of the widget's own font
  against the rectangle the widget draws its text in, honouring word wrap and elide mode;
  a word-wrapped QLabel against its heightForWidth), or the text was shortened to end in
  "…" by the code (the board's 不动产登记一窗…);
- such a widget is cut by a container that does not scroll (a layout that overflowed), or a
  button is sliced by the edge of one that does;
- two visible interactive widgets overlap;
- in elderly mode, a button or field is smaller than 96 px (MIN_ELDER_TOUCH_PX), or any
  visible text is below 32 px (MIN_ELDER_TEXT_PX).

The tours call :func:`watch_screens` where they watch their UI thread (yimen/tour): with
``YIMEN_SCREEN_CHECK=1`` (the tests set it; ``yimen tour --check``) every screen is measured
as it is shot and the tour ends with :class:`ScreenCheckFailed` naming the screen, the widget
(class, object name, role, text) and the numbers of every finding.

Pixels (contrast) are measured by the elderly audit (tests/support/widget_audit.py); this
check only reads geometry and fonts, so it runs on every screen of every pass in
milliseconds.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QTextEdit,
    QWidget,
)

from shared.ui.elder import MIN_ELDER_TEXT_PX, MIN_ELDER_TOUCH_PX

ENVIRONMENT = "YIMEN_SCREEN_CHECK"
SLACK_PX = 1  # rounding of fractional glyph advances; a real cut is several pixels
OVERLAP_PX = 2  # touching borders are not an overlap
ELLIPSES = ("…", "...")
# a line that announces work in progress ends in "…" on purpose (正在打印，请稍候…)
PROGRESS_WORDS = ("正在", "稍候", "等待", "请稍")
MAX_CELLS = 400  # cells of one item view measured (a screen shows far fewer)


def requested() -> bool:
    """True when the environment asks the tours to check their screens."""
    return os.environ.get(ENVIRONMENT, "") not in ("", "0", "false", "no")


@dataclass(frozen=True)
class ScreenFinding:
    screen: str  # the tour's name for the shot, e.g. kiosk-elder-dark-guides-detail
    widget: str  # Class#objectName[role]“text”
    problem: str  # what is wrong, with the numbers

    def __str__(self) -> str:
        return f"{self.screen}: {self.widget}: {self.problem}"


@dataclass(frozen=True)
class KnownDefect:
    """A finding on a screen another point of issue 16 is redesigning, let through until
    that point lands; ``point`` names it. Every entry must still match a finding in the
    passes that visit its screens, or the check fails as stale: the list empties itself."""

    screen: str  # fnmatch pattern over the screen name
    widget: str  # fnmatch pattern over the widget description
    problem: str  # fnmatch pattern over the problem
    point: str  # the defect and the point of issue 16 that removes it

    def matches(self, f: ScreenFinding) -> bool:
        return (
            glob_match(f.screen, self.screen)
            and glob_match(f.widget, self.widget)
            and glob_match(f.problem, self.problem)
        )


def glob_match(text: str, pattern: str) -> bool:
    """``*`` and ``?`` as wildcards; brackets literal, as in ``BigButton#-[tile]``."""
    return fnmatchcase(text, pattern.replace("[", "[[]"))


# Open defects on screens other helpers of issue 16 are redesigning, each with the point
# that removes it. Empty is the goal.
KNOWN_DEFECTS: tuple[KnownDefect, ...] = ()


class ScreenCheckFailed(AssertionError):
    """The screens a tour shot break the screen check; the message lists every finding."""


# ---------------------------------------------------------------------- describing


def text_of(w: QWidget) -> str:
    if isinstance(w, (QLabel, QAbstractButton)):
        return w.text()
    if isinstance(w, QLineEdit):
        return w.displayText() or w.placeholderText()
    if isinstance(w, QComboBox):
        return w.currentText()
    return ""


def describe(w: QWidget) -> str:
    text = " ".join(text_of(w).split())
    if len(text) > 24:
        text = text[:23] + "…"
    role = w.property("role") or w.property("kind") or ""
    return f"{type(w).__name__}#{w.objectName() or '-'}[{role}]“{text}”"


def _ancestors(w: QWidget, root: QWidget) -> Iterator[QWidget]:
    p = w.parentWidget()
    while p is not None:
        yield p
        if p is root:
            return
        p = p.parentWidget()


def _in_root(w: QWidget, rect: QRect, root: QWidget) -> QRect:
    return QRect(w.mapTo(root, rect.topLeft()), rect.size())


def visible_rect(w: QWidget, root: QWidget) -> QRect:
    """The part of ``w`` its ancestors up to ``root`` let through, in ``root``'s coordinates
    (empty when scrolled out of view or hidden behind a container's edge)."""
    rect = _in_root(w, w.rect(), root)
    for a in _ancestors(w, root):
        rect = rect.intersected(_in_root(a, a.rect(), root))
        if rect.isEmpty():
            break
    return rect


def shown(root: QWidget) -> list[QWidget]:
    """Visible descendants of ``root`` with some area on screen."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.window() is not root.window():
            continue
        if visible_rect(w, root).isEmpty():
            continue
        out.append(w)
    return out


def _size(w: int, h: int) -> str:
    return f"{w}×{h} px"


# ---------------------------------------------------------------------- text fit


def _elided_by_code(w: QWidget, text: str) -> str | None:
    stripped = text.rstrip()
    if not stripped.endswith(ELLIPSES) or any(word in stripped for word in PROGRESS_WORDS):
        return None
    return "text shortened to end in “…” (elided): show it whole"


def centred_line_height(fm: QFontMetrics, text: str) -> int:
    """The height one vertically centred line of ``text`` needs before its ink is cut.

    The line box (ascent + descent) of a CJK font is far taller than its glyphs: a line
    centred in a box shorter than the line box loses nothing until the box reaches the
    ink. Qt centres the line box, so the ink sits off-centre by half the difference of
    ascent and descent; the need is twice the ink's farthest reach from that centre."""
    ink = fm.tightBoundingRect(text)  # relative to the baseline, y down
    if ink.isEmpty():
        return 0
    centre = (fm.ascent() - fm.descent()) / 2  # above the baseline
    above = -ink.y()  # ink top above the baseline
    below = ink.y() + ink.height()  # ink bottom below the baseline
    return math.ceil(2 * max(above - centre, centre + below))


def _label_fit(lab: QLabel) -> str | None:
    text = lab.text()
    if not text.strip():
        return None
    rect = lab.contentsRect()
    m = lab.margin()
    rect.adjust(m, m, -m, -m)
    if lab.indent() > 0:
        rect.adjust(lab.indent(), 0, 0, 0)
    have_w, have_h = rect.width(), rect.height()
    rich = lab.textFormat() == Qt.TextFormat.RichText or (
        lab.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(lab.font())
        doc.setHtml(text)
        doc.setTextWidth(have_w if lab.wordWrap() else -1)
        need_w, need_h = int(doc.idealWidth() + 0.999), int(doc.size().height() + 0.999)
    else:
        flags = int(lab.alignment().value) | int(Qt.TextFlag.TextExpandTabs.value)
        if lab.wordWrap():
            flags |= int(Qt.TextFlag.TextWordWrap.value)
        br = QFontMetrics(lab.font()).boundingRect(QRect(0, 0, max(1, have_w), 100000), flags, text)
        need_w, need_h = br.width(), br.height()
    fm = QFontMetrics(lab.font())
    one_line = not rich and need_h < fm.height() + fm.lineSpacing() // 2  # one line, whatever rounding
    if one_line and lab.alignment() & Qt.AlignmentFlag.AlignVCenter:
        need_h = centred_line_height(fm, text)
    elif lab.wordWrap() and lab.width() > 0:
        # what Qt itself asks of the layout for this width (margins and frame included)
        hfw = lab.heightForWidth(lab.width())
        if hfw > 0:
            need_h = max(need_h, hfw - (lab.height() - have_h))
    if need_w > have_w + SLACK_PX or need_h > have_h + SLACK_PX:
        how = "wraps to" if lab.wordWrap() else "needs"
        return f"text {how} {_size(need_w, need_h)}, has {_size(have_w, have_h)} (clipped)"
    return None


def _button_option(b: QAbstractButton) -> QStyleOptionButton:
    opt = QStyleOptionButton()
    opt.initFrom(b)
    opt.text = b.text()
    opt.icon = b.icon()
    opt.iconSize = b.iconSize()
    if isinstance(b, QPushButton) and b.isFlat():
        opt.features |= QStyleOptionButton.ButtonFeature.Flat
    if b.isDown():
        opt.state |= QStyle.StateFlag.State_Sunken
    if b.isChecked():
        opt.state |= QStyle.StateFlag.State_On
    return opt


# button kinds whose ``:checked`` rule in shared/ui/theme.py or counter_app/style.py is bold
BOLD_WHEN_CHECKED = frozenset({"toggle", "bar", "choice", "nav"})


def _button_fit(b: QAbstractButton) -> str | None:
    text = b.text()
    if not text.strip():
        return None
    opt = _button_option(b)
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(b, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonContents
        if isinstance(b, QRadioButton)
        else QStyle.SubElement.SE_PushButtonContents
        if isinstance(b, QPushButton)
        else None
    )
    if element is None:
        return None  # tool buttons draw icons first; the tours use none with text
    rect = b.style().subElementRect(element, opt, b)
    # the style sheets set bold on a checked toggle, bar button, choice or counter page button
    # (a pseudo-state that font() never shows): their words must fit in both weights
    fonts = [b.font()]
    if b.isCheckable() and b.property("kind") in BOLD_WHEN_CHECKED and not b.font().bold():
        bold = QFont(b.font())
        bold.setBold(True)
        fonts.append(bold)
    need_w = need_h = 0
    for font in fonts:
        fm = QFontMetrics(font)
        need = fm.size(int(Qt.TextFlag.TextShowMnemonic.value), text)
        w, h = need.width(), need.height()
        if "\n" not in text:  # one line, centred
            h = centred_line_height(fm, text.replace("&", ""))
        need_w, need_h = max(need_w, w), max(need_h, h)
    if not b.icon().isNull() and isinstance(b, QPushButton):
        need_w += b.iconSize().width() + 4
    if need_w > rect.width() + SLACK_PX or need_h > rect.height() + SLACK_PX:
        return f"text needs {_size(need_w, need_h)}, has {_size(rect.width(), rect.height())} (clipped)"
    return None


def _field_fit(le: QLineEdit) -> str | None:
    text = le.displayText() or le.placeholderText()
    if not text.strip():
        return None
    opt = QStyleOptionFrame()
    opt.initFrom(le)
    opt.rect = le.rect()
    opt.lineWidth = (
        le.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, opt, le) if le.hasFrame() else 0
    )
    opt.midLineWidth = 0
    opt.state |= QStyle.StateFlag.State_Sunken
    rect = le.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, le)
    rect = rect.marginsRemoved(le.textMargins())
    rect.adjust(2, 1, -2, -1)  # QLineEdit's own horizontal and vertical text margins
    for action in le.actions():
        if action.isVisible():
            rect.adjust(0, 0, -(rect.height() + 4), 0)  # a trailing button (clear, show)
    fm = QFontMetrics(le.font())
    need_w = fm.horizontalAdvance(text)
    need_h = centred_line_height(fm, text)  # a field centres its one line
    if need_w > rect.width() + SLACK_PX or need_h > rect.height() + SLACK_PX:
        what = "text" if le.displayText() else "placeholder"
        return (
            f"{what} needs {_size(need_w, need_h)}, has {_size(rect.width(), rect.height())} (scrolled off)"
        )
    return None


def _combo_fit(cb: QComboBox) -> str | None:
    text = cb.currentText()
    if not text.strip():
        return None
    opt = QStyleOptionComboBox()
    opt.initFrom(cb)
    opt.editable = cb.isEditable()
    opt.frame = cb.hasFrame()
    opt.currentText = text
    opt.subControls = QStyle.SubControl.SC_All
    rect = cb.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, cb
    )
    need_w = QFontMetrics(cb.font()).horizontalAdvance(text)
    if not cb.itemIcon(cb.currentIndex()).isNull():
        need_w += cb.iconSize().width() + 4
    if need_w > rect.width() + SLACK_PX:
        return f"current text needs {need_w} px, has {rect.width()} px (clipped)"
    return None


def _tab_fits(bar: QTabBar) -> list[str]:
    out = []
    fm = QFontMetrics(bar.font())
    for i in range(bar.count()):
        text = bar.tabText(i).replace("&", "")
        need = fm.horizontalAdvance(text)
        have = bar.tabRect(i).width()
        if text and need > have + SLACK_PX:
            out.append(f"tab “{text}” needs {need} px, has {have} px (elided)")
    return out


def _cell_fits(view: QAbstractItemView) -> list[str]:
    """Cells of a list or table whose text the delegate has to elide or cut."""
    model = view.model()
    if model is None:
        return []
    out: list[str] = []
    viewport = view.viewport().rect()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    elide = view.textElideMode() != Qt.TextElideMode.ElideNone
    seen = 0
    rows = model.rowCount(view.rootIndex())
    try:
        cols = model.columnCount(view.rootIndex())
    except TypeError:  # a list model: one column, and PySide6 keeps its columnCount private
        cols = 1
    for r in range(rows):
        for c in range(cols):
            index = model.index(r, c, view.rootIndex())
            rect = view.visualRect(index)
            if rect.isEmpty() or not rect.intersects(viewport):
                continue
            seen += 1
            if seen > MAX_CELLS:
                return out
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if text is None or not str(text).strip():
                continue
            text = str(text)
            font = model.data(index, Qt.ItemDataRole.FontRole) or view.font()
            fm = QFontMetrics(font)
            lines = text.split("\n")
            need_w = max(fm.horizontalAdvance(line) for line in lines) + 2 * margin
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                need_w += view.iconSize().width() + 4 if view.iconSize().width() > 0 else 20
            if model.data(index, Qt.ItemDataRole.CheckStateRole) is not None:
                need_w += view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 4
            wrap = bool(getattr(view, "wordWrap", lambda: False)())
            # the delegate centres one line; more are stacked line box on line box
            need_h = (
                fm.lineSpacing() * (len(lines) - 1) + fm.height()
                if len(lines) > 1
                else centred_line_height(fm, text)
            )
            if wrap and need_w > rect.width():
                flags = int(Qt.TextFlag.TextWordWrap.value)
                br = fm.boundingRect(QRect(0, 0, max(1, rect.width() - 2 * margin), 100000), flags, text)
                need_w, need_h = br.width() + 2 * margin, br.height()
            if need_w > rect.width() + SLACK_PX or need_h > rect.height() + SLACK_PX:
                # the delegate elides any line wider than the cell, wrapped or not
                how = "elided" if elide and need_w > rect.width() + SLACK_PX else "clipped"
                short = " ".join(text.split())[:24]
                out.append(
                    f"cell ({r + 1},{c + 1}) “{short}” needs {_size(need_w, need_h)}, "
                    f"has {_size(rect.width(), rect.height())} ({how})"
                )
    return out


def _header_fits(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    out = []
    fm = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        text = model.headerData(i, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text is None or not str(text).strip():
            continue
        size = header.sectionSize(i)
        if header.orientation() == Qt.Orientation.Horizontal:
            need = max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
            if need > size + SLACK_PX:
                out.append(f"column heading “{text}” needs {need} px, has {size} px (elided)")
    return out


# ---------------------------------------------------------------------- the check


def is_interactive(w: QWidget) -> bool:
    if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)):
        return not _inside_compound(w)
    if isinstance(w, (QTextEdit, QPlainTextEdit)):
        return not w.isReadOnly()
    return isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView)


def _inside_compound(w: QWidget) -> bool:
    """A part of another control: a spin box's field, a scroll area's scroll bar, a table's
    corner button: it overlaps its owner by design."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QAbstractSpinBox, QComboBox, QAbstractScrollArea)) and not _is_content_of(w, p):
            return True
        p = p.parentWidget()
    return False


def _is_content_of(w: QWidget, area: QWidget) -> bool:
    """True when ``w`` sits in the scrolled content of ``area`` (a QScrollArea's widget)."""
    if not isinstance(area, QAbstractScrollArea):
        return False
    viewport = area.viewport()
    return viewport is not w and viewport.isAncestorOf(w)


def _scrolls(container: QWidget) -> bool:
    parent = container.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is container


def _cut_by(w: QWidget, root: QWidget) -> str | None:
    """The first container that does not scroll and cuts ``w`` off, with the numbers."""
    for a in _ancestors(w, root):
        inner = QRect(w.mapTo(a, QPoint(0, 0)), w.size())
        outer = a.rect()
        cut = inner.intersected(outer)
        partly = not outer.contains(inner) and (
            inner.width() - cut.width() > SLACK_PX or inner.height() - cut.height() > SLACK_PX
        )
        if _scrolls(a):
            # text runs on past a scrolling edge, and is read on after a scroll; a button
            # sliced by the edge reads as broken (issue 16, point 3: no half-cut buttons)
            if partly and not cut.isEmpty() and isinstance(w, QAbstractButton):
                return (
                    f"cut by the edge of a scrolling area: shows {_size(cut.width(), cut.height())} "
                    f"of {_size(inner.width(), inner.height())}"
                )
            return None  # beyond here the rest of the content is scrolled to, not lost
        if partly:
            return (
                f"cut by {type(a).__name__}#{a.objectName() or '-'}: shows "
                f"{_size(max(0, cut.width()), max(0, cut.height()))} of {_size(inner.width(), inner.height())}"
            )
    return None


def check_screen(root: QWidget, *, screen: str, elder: bool) -> list[ScreenFinding]:
    """Every finding on ``root`` as it is shown now (see the module's doc)."""
    findings: list[ScreenFinding] = []
    widgets = shown(root)

    def add(w: QWidget, problem: str) -> None:
        findings.append(ScreenFinding(screen, describe(w), problem))

    interactive: list[tuple[QWidget, QRect]] = []
    for w in widgets:
        problems: list[str] = []
        if isinstance(w, QLabel):
            problems += filter(None, [_label_fit(w), _elided_by_code(w, w.text())])
        elif isinstance(w, QAbstractButton):
            problems += filter(None, [_button_fit(w), _elided_by_code(w, w.text())])
        elif isinstance(w, QLineEdit) and not _inside_compound(w):
            problems += filter(None, [_field_fit(w)])
        elif isinstance(w, QComboBox):
            problems += filter(None, [_combo_fit(w)])
        elif isinstance(w, QTabBar):
            problems += _tab_fits(w)
        elif isinstance(w, QHeaderView):
            problems += _header_fits(w)
        elif isinstance(w, QAbstractItemView):
            problems += _cell_fits(w)
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)) and (
            text_of(w).strip() or is_interactive(w)
        ):
            cut = _cut_by(w, root)
            if cut:
                problems.append(cut)
        if is_interactive(w):
            interactive.append((w, visible_rect(w, root)))
        if elder:
            problems += _elder_problems(w)
        for p in problems:
            add(w, p)

    for i, (a, ra) in enumerate(interactive):
        for b, rb in interactive[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            both = ra.intersected(rb)
            if both.width() > OVERLAP_PX and both.height() > OVERLAP_PX:
                add(
                    a,
                    f"overlaps {describe(b)} by {_size(both.width(), both.height())} at ({both.x()},{both.y()})",
                )
    return findings


def _elder_problems(w: QWidget) -> list[str]:
    out = []
    target = is_interactive(w) and not isinstance(w, (QAbstractItemView, QAbstractSlider, QTabBar))
    if target and (w.width() < MIN_ELDER_TOUCH_PX or w.height() < MIN_ELDER_TOUCH_PX):
        out.append(f"target {_size(w.width(), w.height())} < {MIN_ELDER_TOUCH_PX} px in elderly mode")
    has_text = bool(text_of(w).strip()) or isinstance(
        w, (QAbstractItemView, QTabBar, QTextEdit, QPlainTextEdit)
    )
    if has_text:
        px = QFontInfo(w.font()).pixelSize()
        if px < MIN_ELDER_TEXT_PX:
            out.append(f"text {px} px < {MIN_ELDER_TEXT_PX} px in elderly mode")
    return out


# ---------------------------------------------------------------------- during a tour


@dataclass
class ScreenWatch:
    """What one tour pass found: every finding, and which screens it looked at."""

    app: str
    known: tuple[KnownDefect, ...] = KNOWN_DEFECTS
    findings: list[ScreenFinding] = field(default_factory=list)
    screens: list[str] = field(default_factory=list)
    active: bool = True

    def look(self, root: QWidget, screen: str, *, elder: bool) -> list[ScreenFinding]:
        if not self.active:
            return []
        self.screens.append(screen)
        found = check_screen(root, screen=screen, elder=elder)
        self.findings += found
        return found

    def open_findings(self) -> list[ScreenFinding]:
        return [f for f in self.findings if not any(k.matches(f) for k in self.known)]

    def stale(self) -> list[KnownDefect]:
        """Entries whose screens this pass showed without the defect: remove them."""
        return [
            k
            for k in self.known
            if any(glob_match(s, k.screen) for s in self.screens)
            and not any(k.matches(f) for f in self.findings)
        ]

    def report(self) -> str:
        lines = []
        open_ = self.open_findings()
        if open_:
            lines.append(f"{len(open_)} screen-check findings in the {self.app} tour:")
            lines += [f"  {f}" for f in open_]
        stale = self.stale()
        if stale:
            lines.append("known defects no longer found (remove them from KNOWN_DEFECTS):")
            lines += [f"  {k.screen} {k.widget} {k.problem} — {k.point}" for k in stale]
        return "\n".join(lines)


@contextmanager
def watch_screens(app: str) -> Iterator[ScreenWatch]:
    """Check every screen the block shows when the environment asks for it; raise
    :class:`ScreenCheckFailed` at the end naming each finding (the tour still ran to its end,
    so one run lists every defect)."""
    watch = ScreenWatch(app, active=requested())
    yield watch
    if watch.active:
        message = watch.report()
        if message:
            raise ScreenCheckFailed(message)
