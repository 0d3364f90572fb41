"""The small screens: call a helper, service points, elderly-mode choices, technician."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk_app.views.common import ScreenView
from shared.ui.widgets import BigButton, NumericKeypad, label, panel


class HelperView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, "呼叫帮办")
        layout.addStretch(1)
        lines = vm.lines()
        frame, inner = panel("notice-panel" if vm.error else "panel", margins=self.sizes.gap * 2)
        inner.addWidget(label(lines[0], "title" if not vm.error else "notice", center=True))
        for line in lines[1:]:
            inner.addWidget(label(line, "muted", center=True))
        layout.addWidget(frame)
        layout.addStretch(1)
        root = self.window_.vm
        back = root.screen_before_helper
        buttons = [BigButton("回首页", kind="primary", on_click=root.go_home)]
        if back not in ("home", "helper"):
            buttons.insert(0, BigButton("回到刚才的页面", on_click=lambda: root.go(back)))
        self.bottom_row(layout, *buttons)


class PointsView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, "服务网点", sub="这些地方也能办理，就近办、少跑路")
        self.error_panel(layout)
        for p in vm.visible():
            frame, inner = panel(margins=self.sizes.gap)
            lines = vm.lines(p)
            inner.addWidget(label(lines[0], "heading"))
            for line in lines[1:]:
                inner.addWidget(label(line, "body"))
            layout.addWidget(frame)
        self.pager(layout, vm.page, vm.pages(), vm.turn_page)
        layout.addStretch(1)


class DisplayView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, "长者模式", sub="字更大、每页内容更少；点上方“朗读”可以听")
        layout.addWidget(label("选择您看得最清楚的颜色：", "strong"))
        for name, text, chosen in vm.schemes():
            b = BigButton(
                ("✔ " if chosen else "") + text,
                kind="choice",
                checkable=True,
                on_click=lambda n=name: vm.choose(n),
                speech=text,
            )
            b.setChecked(chosen)
            b.setObjectName(f"scheme-{name}")
            layout.addWidget(b)
        layout.addStretch(1)
        self.bottom_row(
            layout,
            BigButton("退出长者模式", on_click=vm.leave_elder),
            BigButton("好了", kind="primary", on_click=vm.done),
        )


class TechnicianView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, "技术员维护")
        if vm.message:
            layout.addWidget(label("⚠ " + vm.message, "error"))
        if not vm.unlocked:
            info, keys = self.columns(layout)
            info.addWidget(label("请输入技术员密码：" + vm.masked_pin(), "heading"))
            pad = NumericKeypad()
            pad.key.connect(vm.key)
            keys.addWidget(pad)
            info.addStretch(1)
            if keys is not info:
                keys.addStretch(1)
            self.bottom_row(
                layout,
                BigButton("返回", on_click=vm.back),
                BigButton("确定", kind="primary", on_click=vm.submit),
            )
            return
        for line in vm.device_lines():
            layout.addWidget(label(line, "body"))
        layout.addStretch(1)
        self.bottom_row(
            layout,
            BigButton("返回服务", on_click=vm.back),
            BigButton("退出自助机程序", kind="danger", on_click=vm.leave_kiosk),
        )
