"""好差评 screens: find the service, five faces with words, reasons, thanks."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk_app.views.cases_view import grouped
from kiosk_app.views.common import ScreenView
from shared.ui.widgets import BigButton, FaceIcon, NumericKeypad, label, panel


class EvaluateView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        getattr(self, f"_{self.vm.step}")(layout)
        # no pressure: leaving without a review is always one tap away
        if self.vm.step in ("input", "choose", "reasons"):
            self.bottom_row(layout, BigButton("不评了，回首页", on_click=self.window_.vm.go_home))

    def _input(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, "好差评", sub="评价完全自愿，工作人员不会干预")
        info, keys = self.columns(layout)
        frame, inner = panel(margins=self.sizes.gap)
        inner.addWidget(label("请扫描排队凭条、受理凭证或评价单上的二维码，或输入办件号", "body"))
        info.addWidget(frame)
        box = QLineEdit(grouped(vm.number))
        box.setObjectName("EvalNumber")
        box.setReadOnly(True)
        keys.addWidget(box)
        if vm.number_problem:
            info.addWidget(label("⚠ " + vm.number_problem, "error"))
        self.error_panel(info)
        self.busy_line(info)
        pad = NumericKeypad()
        pad.key.connect(vm.key)
        keys.addWidget(pad)
        info.addStretch(1)
        if keys is not info:
            keys.addStretch(1)
        self.bottom_row(layout, BigButton("下一步", kind="primary", on_click=vm.submit_number))

    def _choose(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        t = vm.target
        where = f"，{t.window_no}号窗口" if t.window_no else ""
        self.title(layout, "您对这次服务满意吗？", sub=f"{t.service_name}{where}")
        self.error_panel(layout)
        face = int(self.sizes.touch * 0.8)
        for level, word in vm.levels():
            b = BigButton("", kind="choice", on_click=lambda lv=level: vm.choose(lv), speech=word)
            b.setObjectName(f"level-{int(level)}")
            inner = QHBoxLayout(b)
            inner.setContentsMargins(self.sizes.gap, 8, self.sizes.gap, 8)
            icon = FaceIcon(int(level), size=face)
            inner.addWidget(icon)
            words = label(word, "heading", wrap=False)
            words.setObjectName(f"level-word-{int(level)}")
            inner.addWidget(words, 1)
            b.setMinimumHeight(max(self.sizes.touch, face + 24))
            layout.addWidget(b)
        layout.addStretch(1)

    def _reasons(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, "哪里不满意？", sub="可以选多个，我们会回访整改")
        self.error_panel(layout)
        buttons = []
        for reason, text, chosen in vm.reason_choices():
            b = BigButton(
                ("✔ " if chosen else "") + text,
                kind="choice",
                checkable=True,
                on_click=lambda r=reason: vm.toggle_reason(r),
                speech=text,
            )
            b.setChecked(chosen)
            buttons.append(b)
        self.button_grid(layout, buttons, columns=1 if self.window_.vm.mode.elder else 2)
        self.pager(layout, vm.page, vm.reason_pages(), vm.turn_page)
        layout.addStretch(1)
        self.bottom_row(layout, BigButton("提交评价", kind="primary", on_click=vm.send_reasons))

    def _thanks(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        layout.addStretch(1)
        layout.addWidget(label(vm.thanks_text(), "title", center=True))
        layout.addStretch(1)
        self.bottom_row(layout, BigButton("回首页", kind="primary", on_click=self.window_.vm.go_home))

    def _already(self, layout: QVBoxLayout) -> None:
        layout.addStretch(1)
        layout.addWidget(label("这项服务已经评价过了", "title", center=True))
        layout.addWidget(
            label("每项服务只评价一次。如还有意见，可以到“办不成事”反映窗口。谢谢您！", "body", center=True)
        )
        layout.addStretch(1)
        self.bottom_row(layout, BigButton("回首页", kind="primary", on_click=self.window_.vm.go_home))
