"""首页: the hall's state, 刷身份证 / 扫码, 取号 as the big main door, 个人办事 and 法人办事,
four more doors; the tiles grow to fill the whole screen."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk_app.language import translate
from kiosk_app.viewmodels.home import AUDIENCES, MORE, TICKET, card_or_code, card_or_code_hint
from kiosk_app.views.common import ScreenView
from shared.ui.widgets import IconLabel, Tile, label, panel, status_line


class HomeView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        s = self.sizes
        root = self.window_.vm
        elder = root.mode.elder
        # the elderly-mode offer or notice above the screen takes room: the doors give it up
        banner = bool(root.elder_offer or root.elder_notice)
        frame, inner = panel(margins=s.gap)
        frame.setObjectName("StatusPanel")
        lines = vm.status_lines()
        host, _dot, _words = status_line(vm.state, lines[0], size=s.icon)
        inner.addWidget(host)
        for line in lines[1:]:
            inner.addWidget(label(line, "body"))

        # 刷身份证 / 扫码: the devices are the door; said once, with what they open
        entry, e = panel(horizontal=True, margins=s.gap, spacing=s.gap)
        entry.setObjectName("CardOrCode")
        e.addWidget(IconLabel("id-card", size=s.tile_icon))
        e.addWidget(IconLabel("scan", size=s.tile_icon))
        words = QVBoxLayout()
        words.addWidget(label(card_or_code(), "heading"))
        words.addWidget(label(card_or_code_hint(short=elder), "body"))
        e.addLayout(words, 1)

        if self.landscape:  # the hall's state and the card reader side by side: the doors get the height
            inner.insertStretch(0, 1)  # the state's lines centred in the row, not spread over it
            inner.addStretch(1)
            top = QHBoxLayout()
            top.setSpacing(s.gap)
            top.addWidget(frame, 1)
            top.addWidget(entry, 1)
            layout.addLayout(top)
        else:
            layout.addWidget(frame)
        if vm.card_hint:
            notice, n = panel("notice-panel", margins=s.gap)
            n.addWidget(
                label(
                    translate("KioskHome", "已读取身份证。请先选择要办的事，例如“取号”或“自助办理”。"),
                    "notice",
                )
            )
            layout.addWidget(notice)

        hero = Tile(
            TICKET.label,
            hint=vm.ticket_hint(),
            icon=TICKET.icon if vm.ticket_open else "closed",
            kind="hero",
            icon_px=round(s.tile_icon * 1.3),
            horizontal=True,
            on_click=partial(vm.open, TICKET.key),
        )
        hero.setObjectName(f"tile-{TICKET.key}")
        hero.setEnabled(vm.ticket_open)
        # still the biggest door (stretch and width), but no taller than the room left
        hero.setMinimumHeight(round(s.touch * 1.9) if banner else s.tile_height)
        row = QHBoxLayout()
        row.setSpacing(s.gap)
        if self.landscape:  # one row: 取号 twice as wide as each of the two doors beside it
            row.addWidget(hero, 2)
        else:
            layout.addWidget(hero, 3)
        for tile in AUDIENCES:
            t = Tile(tile.label, hint=tile.hint, icon=tile.icon, tone="secondary", icon_px=s.tile_icon,
                     on_click=partial(vm.open, tile.key))  # fmt: skip
            t.setObjectName(f"tile-{tile.key}")
            t.setMinimumHeight(round(s.touch * 1.9))
            row.addWidget(t, 1)
        layout.addLayout(row, 3)
        if not self.landscape:
            layout.addWidget(entry)

        grid = QGridLayout()
        grid.setSpacing(s.gap)
        columns = 4 if self.landscape else 2
        for i, tile in enumerate(MORE):
            t = Tile(tile.label, hint="" if elder else tile.hint, icon=tile.icon, tone="secondary",
                     icon_px=s.icon, horizontal=True, on_click=partial(vm.open, tile.key))  # fmt: skip
            t.setObjectName(f"tile-{tile.key}")
            t.setMinimumHeight(s.touch)
            grid.addWidget(t, i // columns, i % columns)
        layout.addLayout(grid, 2)
        if not banner:  # while the offer or notice is up, that is the line to read
            layout.addWidget(
                label(translate("KioskHome", "24小时自助服务 · 遇到困难请点上方“呼叫帮办”"), "small", center=True)
            )
