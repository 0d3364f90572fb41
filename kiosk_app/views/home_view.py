"""首页: big plain tiles and the status line."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk_app.views.common import ScreenView
from shared.ui.widgets import BigButton, label, panel


class HomeView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, "您好，请选择要办的事")
        frame, inner = panel(margins=self.sizes.gap)
        frame.setObjectName("StatusPanel")
        for i, line in enumerate(vm.status_lines()):
            inner.addWidget(label(("● " if i == 0 else "") + line, "strong" if i == 0 else "body"))
        layout.addWidget(frame)
        if vm.card_hint:
            notice, n = panel("notice-panel", margins=self.sizes.gap)
            n.addWidget(label("已读取身份证。请先选择要办的事，例如“取号”或“自助办理”。", "notice"))
            layout.addWidget(notice)
        tiles = []
        for tile in vm.tiles():
            text = f"{tile.label}\n{tile.hint}" if not self.window_.vm.mode.elder else tile.label
            b = BigButton(text, kind="tile", on_click=lambda s=tile.screen: vm.open(s), speech=tile.label)
            b.setObjectName(f"tile-{tile.screen}")
            tiles.append(b)
        self.button_grid(layout, tiles, columns=4 if self.landscape else 2)
        if self.window_.vm.mode.elder:
            more = BigButton(
                "◀ 返回常用服务" if vm.more else "更多服务 ▶",
                on_click=lambda: vm.show_more(not vm.more),
                speech="返回" if vm.more else "更多服务",
            )
            more.setObjectName("home-more")
            layout.addWidget(more)
        layout.addStretch(1)
        layout.addWidget(label("24小时自助服务 · 遇到困难请点“呼叫帮办”", "small", center=True))
