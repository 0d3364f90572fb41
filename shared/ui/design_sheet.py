"""The design system on one sheet: every component in a mode and colour scheme, as a PNG.

``python -m shared.ui.design_sheet OUT_DIR`` writes ``design-normal.png``,
``design-elder-standard.png``, ``design-elder-dark.png`` and ``design-elder-light.png``;
docs/design.md shows them. The sheet is built from the same widgets and style sheet the apps
use, so it cannot drift from them; tests render it offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from shared.ui.elder import DisplayMode
from shared.ui.theme import Theme, apply_app_font, apply_theme, font_family
from shared.ui.widgets import BigButton, StepTrack, Tile, label, panel, status_line, tag

SHEETS = (
    ("normal", DisplayMode()),
    ("elder-standard", DisplayMode(elder=True, scheme="standard")),
    ("elder-dark", DisplayMode(elder=True, scheme="dark")),
    ("elder-light", DisplayMode(elder=True, scheme="light")),
)


def sheet(mode: DisplayMode, *, width: int = 1080) -> QWidget:
    """A widget showing every component of the design system in ``mode``."""
    theme = Theme.for_mode(mode, family=font_family())
    s = theme.sizes
    root = QWidget()
    root.setObjectName("KioskRoot")
    root.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    root.setFixedWidth(width)
    apply_theme(root, theme)
    lay = QVBoxLayout(root)
    lay.setContentsMargins(s.gap, s.gap, s.gap, s.gap)
    lay.setSpacing(s.gap)

    lay.addWidget(label("标题 title", "title"))
    lay.addWidget(label("小标题 heading", "heading"))
    lay.addWidget(label("正文 body：请带好身份证原件。", "body"))
    lay.addWidget(label("说明 small：每项服务只评价一次。", "small"))

    row = QHBoxLayout()
    row.setSpacing(s.gap)
    row.addWidget(BigButton("主要操作", kind="primary", icon="print"))
    row.addWidget(BigButton("次要操作", kind="secondary", icon="phone"))
    row.addWidget(BigButton("返回", kind="quiet", icon="back"))
    lay.addLayout(row)
    row = QHBoxLayout()
    row.setSpacing(s.gap)
    off = BigButton("不能用", kind="primary", icon="lock")
    off.setEnabled(False)
    row.addWidget(off)
    on = BigButton("我是孕妇", kind="toggle")
    on.setChecked(True)
    row.addWidget(on)
    row.addWidget(BigButton("我是军人", kind="toggle"))
    lay.addLayout(row)

    tabs = QHBoxLayout()
    tabs.setSpacing(0)
    for i, text in enumerate(("按人生大事", "按部门", "搜索")):
        b = BigButton(text, kind="tab")
        b.setChecked(i == 0)
        tabs.addWidget(b)
    lay.addLayout(tabs)
    lay.addWidget(BigButton("高龄津贴申请", kind="choice"))

    tiles = QGridLayout()
    tiles.setSpacing(s.gap)
    hero = Tile("取号", hint="现在有 3 人在等候", icon="ticket", kind="hero", icon_px=s.tile_icon, horizontal=True)
    hero.setMinimumHeight(s.tile_height)
    tiles.addWidget(hero, 0, 0, 1, 2)
    tiles.addWidget(Tile("个人办事", hint="户口、社保、养老", icon="person", tone="secondary", icon_px=s.tile_icon), 1, 0)
    tiles.addWidget(Tile("法人办事", hint="企业开办、变更", icon="business", tone="secondary", icon_px=s.tile_icon), 1, 1)
    lay.addLayout(tiles)

    frame, inner = panel(margins=s.gap)
    for state, text in (("open", "窗口办理中，今天17:00结束"), ("closed", "窗口已下班，明天09:00上班"), ("fault", "打印机缺纸")):
        host, _dot, _words = status_line(state, text, size=s.icon)
        inner.addWidget(host)
    lay.addWidget(frame)

    row = QHBoxLayout()
    row.setSpacing(s.gap)
    for kind in ("original", "copy", "free"):
        row.addWidget(tag(kind))
    row.addStretch(1)
    lay.addLayout(row)
    lay.addWidget(
        StepTrack(
            [("收件", "done"), ("受理", "done"), ("审查", "now"), ("办结", "todo")],
            icon_px=s.icon,
            vertical=False,
        )
    )
    notice, n = panel("notice-panel", margins=s.gap)
    n.addWidget(label("⚠ 提示 notice：凭条没有打出来。", "notice"))
    lay.addWidget(notice)
    root.adjustSize()
    return root


def write_sheets(out_dir: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_app_font(app)  # type: ignore[arg-type]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, mode in SHEETS:
        w = sheet(mode)
        w.show()
        QApplication.processEvents()
        w.adjustSize()  # again, now that the style sheet has set the fonts
        lay = w.layout()
        if lay is not None:  # never shorter than what its rows need at least
            w.setFixedHeight(max(w.height(), lay.totalMinimumSize().height(), lay.totalSizeHint().height()))
        QApplication.processEvents()
        path = out_dir / f"design-{name}.png"
        w.grab().save(str(path))
        w.close()
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a developer's command
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for p in write_sheets(Path(sys.argv[1] if len(sys.argv) > 1 else "design-out")):
        print(p)
