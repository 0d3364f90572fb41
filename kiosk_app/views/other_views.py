"""The small screens: call a helper, service points, elderly-mode choices, technician."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk_app.language import translate
from kiosk_app.viewmodels.helper import WHAT_NOW_OFF_DUTY
from kiosk_app.views.common import ScreenView
from shared.ui.widgets import BigButton, NumericKeypad, label, panel


class HelperView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.title)
        if vm.off_duty is not None:
            self._off_duty(layout)
            return
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
        buttons = [BigButton(translate("KioskHelper", "回首页"), kind="primary", on_click=root.go_home)]
        if back not in ("home", "helper"):
            buttons.insert(0, BigButton(translate("KioskHelper", "回到刚才的页面"), on_click=lambda: root.go(back)))
        self.bottom_row(layout, *buttons)


    def _off_duty(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        root = self.window_.vm
        lines = vm.lines()
        frame, inner = panel("notice-panel", margins=self.sizes.gap * 2)
        frame.setObjectName("OffDuty")
        inner.addWidget(label(lines[0], "heading"))
        for line in lines[1:-1]:
            inner.addWidget(label(line, "notice"))
        layout.addWidget(frame)
        layout.addWidget(label(vm.what_now_heading(), "strong"))
        icons = {"guides": "guide", "cases": "case", "apply": "apply"}
        buttons = [
            BigButton(
                translate("KioskHelper", text), kind="secondary", icon=icons[screen], on_click=partial(root.go, screen)
            )
            for screen, text in WHAT_NOW_OFF_DUTY
        ]
        # landscape: the three side by side; one under another they overflowed the short side
        # in elderly mode and squeezed the notice (the screen check, issue 16 point 8)
        self.button_grid(layout, buttons, columns=3 if self.landscape else 1)
        layout.addStretch(1)
        self.bottom_row(
            layout, BigButton(translate("KioskHelper", "回首页"), kind="primary", icon="home", on_click=root.go_home)
        )


class PointsView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.title, sub=translate("KioskPoints", "这些地方也能办理，就近办、少跑路"))
        self.error_panel(layout)
        # landscape: two columns; one under another, three points overflowed the 1080 px
        # height and squeezed every line (the screen check, issue 16 point 8)
        grid = QGridLayout()
        grid.setSpacing(self.sizes.gap)
        columns = 2 if self.landscape else 1
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        for i, p in enumerate(vm.visible()):
            frame, inner = panel(margins=self.sizes.gap)
            lines = vm.lines(p)
            inner.addWidget(label(lines[0], "heading"))
            for line in lines[1:]:
                inner.addWidget(label(line, "body"))
            inner.addStretch(1)
            grid.addWidget(frame, i // columns, i % columns)
        layout.addLayout(grid)
        self.pager(layout, vm.page, vm.pages(), vm.turn_page)
        layout.addStretch(1)


class DisplayView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(
            layout, vm.title, sub=translate("KioskDisplay", "字更大，每一页都会读给您听；不想听可以点上方“朗读”关掉")
        )
        layout.addWidget(label(translate("KioskDisplay", "选择您看得最清楚的颜色："), "strong"))
        for name, text, chosen in vm.schemes():
            b = BigButton(text, kind="toggle", on_click=partial(vm.choose, name), speech=text)
            b.setChecked(chosen)
            b.setObjectName(f"scheme-{name}")
            layout.addWidget(b)
        layout.addStretch(1)
        self.bottom_row(
            layout,
            BigButton(translate("KioskDisplay", "退出长者模式"), on_click=vm.leave_elder),
            BigButton(translate("KioskDisplay", "好了"), kind="primary", on_click=vm.done),
        )


class TechnicianView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, translate("KioskTechnician", "技术员维护"))
        if vm.message:
            layout.addWidget(label("⚠ " + vm.message, "error"))
        if not vm.unlocked:
            info, keys = self.columns(layout)
            info.addWidget(
                label(translate("KioskTechnician", "请输入技术员密码：{pin}").format(pin=vm.masked_pin()), "heading")
            )
            pad = NumericKeypad()
            pad.key.connect(vm.key)
            keys.addWidget(pad)
            info.addStretch(1)
            if keys is not info:
                keys.addStretch(1)
            self.bottom_row(
                layout,
                BigButton(translate("KioskTechnician", "返回"), on_click=vm.back),
                BigButton(translate("KioskTechnician", "确定"), kind="primary", on_click=vm.submit),
            )
            return
        for line in vm.device_lines():
            layout.addWidget(label(line, "body"))
        layout.addStretch(1)
        self.bottom_row(
            layout,
            BigButton(translate("KioskTechnician", "返回服务"), on_click=vm.back),
            BigButton(translate("KioskTechnician", "退出自助机程序"), kind="danger", on_click=vm.leave_kiosk),
        )


class PausedView(ScreenView):
    """暂停服务 (issue 15): the hall manager paused this kiosk from the fleet page; the sign
    stays until the manager resumes it (heard with the next heartbeat). Its view-model is the
    kiosk's root."""

    @property
    def active(self) -> bool:
        return bool(self.window_.vm.service_paused)

    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        layout.addStretch(1)
        frame, inner = panel("notice-panel", margins=self.sizes.gap * 2)
        frame.setObjectName("ServicePaused")
        inner.addWidget(label(translate("KioskPaused", "暂停服务"), "title", center=True))
        # the manager's reason is shown as typed (data)
        inner.addWidget(label(vm.pause_reason or translate("KioskPaused", "本机暂停自助服务。"), "body", center=True))
        inner.addWidget(label(translate("KioskPaused", "请到窗口办理，或稍后再来。"), "body", center=True))
        layout.addWidget(frame)
        layout.addStretch(1)
