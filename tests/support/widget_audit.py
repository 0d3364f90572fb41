"""Walk the widgets of a rendered window and measure what a resident actually gets:
text size, line spacing, touch-target size, and text contrast measured on the pixels.

Contrast is measured on a grab of the whole window, inside the widget's visible area
(buttons and fields inset past their border): the background is the most common colour,
the text colour is the most common colour clearly different from it — the glyph cores,
which anti-aliasing never touches at these sizes. So a label is measured on whatever
panel it really sits on, and a checked button with the colours it really shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QFontInfo, QFontMetricsF, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from shared.ui.elder import contrast_ratio

DIFFERENT = 48  # a channel this far from the background is ink, not background noise
MIN_FG_PIXELS = 6
BORDER_INSET = 7  # px: past a 3 px border and its anti-aliased rounded corners


@dataclass(frozen=True)
class Finding:
    widget: str
    problem: str


def image_array(image: QImage) -> np.ndarray:
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = img.width(), img.height()
    raw = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    arr = raw.reshape(h, img.bytesPerLine() // 4, 4)[:, :w, :3]
    return arr[:, :, ::-1].copy()  # BGRA in memory → RGB


def text_of(w: QWidget) -> str:
    if isinstance(w, QLabel):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.text()
    if isinstance(w, QLineEdit):
        return w.text()
    return ""


def describe(w: QWidget) -> str:
    text = text_of(w).replace("\n", " ")[:24]
    return f"{type(w).__name__}#{w.objectName() or '-'}[{w.property('role') or w.property('kind') or ''}]“{text}”"


def shown_widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window) and w.isVisible()]


def _visible_rect(window: QWidget, w: QWidget) -> tuple[int, int, int, int] | None:
    r = w.visibleRegion().boundingRect()
    if r.isEmpty():
        return None
    top_left = w.mapTo(window, r.topLeft())
    x0, y0 = max(0, top_left.x()), max(0, top_left.y())
    x1, y1 = min(window.width(), top_left.x() + r.width()), min(window.height(), top_left.y() + r.height())
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    return x0, y0, x1, y1


def measured_colours(region: np.ndarray) -> tuple[tuple[int, int, int], tuple[int, int, int] | None, int]:
    """(background, text colour or None, text pixels) of an RGB pixel block."""
    flat = region.reshape(-1, 3).astype(np.int32)
    packed = (flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    order = np.argsort(-counts)
    rgb = np.stack([(values >> 16) & 255, (values >> 8) & 255, values & 255], axis=1)
    bg = rgb[order[0]]
    for i in order[1:]:
        if np.abs(rgb[i] - bg).max() >= DIFFERENT:
            return tuple(int(x) for x in bg), tuple(int(x) for x in rgb[i]), int(counts[i])
    return tuple(int(x) for x in bg), None, 0


def overlapping_targets(window: QWidget) -> list[Finding]:
    """Tappable widgets squeezed on top of each other (a layout that does not fit)."""
    targets = [w for w in shown_widgets(window) if isinstance(w, (QAbstractButton, QLineEdit))]
    rects = []
    for w in targets:
        r = w.visibleRegion().boundingRect()
        if r.isEmpty():
            continue
        r.moveTopLeft(w.mapTo(window, r.topLeft()))
        rects.append((w, r))
    found = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = ra.intersected(rb)
            if overlap.width() > 2 and overlap.height() > 2:
                found.append(Finding(describe(a), f"overlaps {describe(b)}"))
    return found


def audit(
    window: QWidget,
    *,
    min_text_px: int,
    min_touch_px: int,
    min_contrast: float,
    min_line_spacing: float = 1.3,
) -> tuple[list[Finding], int]:
    """(problems, number of text widgets checked) for the window as shown now."""
    pixels = image_array(window.grab().toImage())
    findings: list[Finding] = []
    checked = 0
    findings += overlapping_targets(window)
    for w in shown_widgets(window):
        name = describe(w)
        tappable = isinstance(w, (QAbstractButton, QLineEdit))
        if tappable and (w.width() < min_touch_px or w.height() < min_touch_px):
            findings.append(Finding(name, f"touch target {w.width()}×{w.height()} px < {min_touch_px}"))
        text = text_of(w).strip()
        if not text:
            continue
        checked += 1
        info = QFontInfo(w.font())
        if info.pixelSize() < min_text_px:
            findings.append(Finding(name, f"text {info.pixelSize()} px < {min_text_px}"))
        spacing = QFontMetricsF(w.font()).lineSpacing() / max(1, info.pixelSize())
        if spacing < min_line_spacing:
            findings.append(Finding(name, f"line spacing {spacing:.2f} < {min_line_spacing}"))
        rect = _visible_rect(window, w)
        if rect is None or rect[3] - rect[1] < info.pixelSize():
            # scrolled out of view, or but a sliver of it at a scrolling area's edge (less than a
            # line of its text, no glyph whole): measured when it is scrolled in
            continue
        x0, y0, x1, y1 = rect
        inset = BORDER_INSET if tappable else 0
        block = pixels[y0 + inset : y1 - inset, x0 + inset : x1 - inset]
        if block.size == 0:
            continue
        bg, fg, ink = measured_colours(block)
        if fg is None or ink < MIN_FG_PIXELS:
            findings.append(Finding(name, "no text pixels distinct from the background"))
            continue
        ratio = contrast_ratio(fg, bg)
        if ratio < min_contrast:
            findings.append(
                Finding(name, f"contrast {ratio:.2f}:1 < {min_contrast}:1 (text {fg}, background {bg})")
            )
    return findings, checked
