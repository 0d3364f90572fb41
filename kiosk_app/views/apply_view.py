"""自助办理 screens: items, blocked, card, form, materials, review, done."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk_app.language import translate
from kiosk_app.viewmodels.apply import commitment_text, method_label
from kiosk_app.views.common import ScreenView, back_button
from shared.ui.widgets import BigButton, NumericKeypad, label, panel


class ApplyView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        getattr(self, f"_{self.vm.step}")(layout)

    def _items(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(
            layout, vm.title, sub=translate("KioskApply", "这些事项刷身份证就能在这里申请，不用交纸质材料")
        )
        self.error_panel(layout)
        self.busy_line(layout)
        for item in vm.visible_items():
            b = BigButton(item.name, kind="choice", on_click=partial(vm.choose_item, item.code))
            b.setObjectName(f"apply-item-{item.basic_code}")
            layout.addWidget(b)
        self.pager(layout, vm.page, vm.pages(), vm.turn_page)
        layout.addStretch(1)

    def _blocked(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.item.name if vm.item else vm.title)
        frame, inner = panel("notice-panel", margins=self.sizes.gap)
        inner.addWidget(label("⚠ " + vm.blocked_text, "notice"))
        layout.addWidget(frame)
        layout.addStretch(1)
        root = self.window_.vm
        self.bottom_row(
            layout,
            back_button(vm.back),
            BigButton(translate("KioskApply", "去取号"), kind="primary", on_click=lambda: root.go("ticket")),
        )

    def _card(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.item.name)
        frame, inner = panel(margins=self.sizes.gap * 2)
        inner.addWidget(label(translate("KioskApply", "请把身份证平放在读卡区"), "title", center=True))
        inner.addWidget(
            label(
                translate("KioskApply", "读卡区在屏幕下方，有“身份证”标记。读到后会自动继续。"),
                "body",
                center=True,
            )
        )
        layout.addWidget(frame)
        if vm.card_error:
            layout.addWidget(label("⚠ " + vm.card_error, "error"))
        layout.addStretch(1)
        self.bottom_row(layout, back_button(vm.back))

    def _form(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(
            layout, translate("KioskApply", "核对信息"), sub=translate("KioskApply", "以下信息从身份证读取")
        )
        info, keys = self.columns(layout)
        self.field_lines(info, vm.card_lines())
        # landscape: the field under the card's lines, the keypad alone on the right (in
        # elderly mode four rows of keys at full height fill that column)
        info.addWidget(label(translate("KioskApply", "手机号码（可不填，用于接收办理结果短信）："), "strong"))
        box = QLineEdit(vm.phone_shown())
        box.setObjectName("PhoneNumber")
        box.setReadOnly(True)
        info.addWidget(box)
        if vm.phone_problem:
            info.addWidget(label("⚠ " + vm.phone_problem, "error"))
        pad = NumericKeypad()
        pad.key.connect(vm.phone_key)
        keys.addWidget(pad)
        info.addStretch(1)
        if keys is not info:
            keys.addStretch(1)
        self.bottom_row(
            layout,
            back_button(vm.back),
            BigButton(translate("KioskApply", "下一步"), kind="primary", on_click=vm.form_done),
        )

    def _materials(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(
            layout,
            translate("KioskApply", "材料"),
            sub=translate("KioskApply", "自助机不收纸质材料：刷卡、数据共享、电子证照或签承诺书"),
        )
        self.error_panel(layout)
        body = self.scroll(layout)
        for c in vm.choices:
            frame, inner = panel(margins=self.sizes.gap)
            inner.addWidget(
                label(
                    translate("KioskApply", "{material}（可不提供）").format(material=c.material.name)
                    if c.optional
                    else c.material.name,
                    "heading",
                )
            )
            done = c.settled
            inner.addWidget(label(("✔ " if done else "● ") + c.status(), "ok" if done else "body"))
            if vm.commitment_open == c.material.code:
                inner.addWidget(label(commitment_text(), "body"))
                row = QHBoxLayout()
                row.addWidget(
                    BigButton(
                        translate("KioskApply", "我承诺"),
                        kind="primary",
                        on_click=lambda: vm.sign_commitment(True),
                    )
                )
                row.addWidget(
                    BigButton(translate("KioskApply", "不签了"), on_click=lambda: vm.sign_commitment(False))
                )
                inner.addLayout(row)
            else:
                choices = [
                    BigButton(
                        method_label(method), on_click=partial(vm.choose_method, c.material.code, method)
                    )
                    for method in c.options
                    if method != c.method
                ]
                if c.optional and not c.skipped:
                    choices.append(
                        BigButton(
                            translate("KioskApply", "不提供"), on_click=partial(vm.skip, c.material.code)
                        )
                    )
                if choices:
                    # elderly type does not fit three choices side by side: one under another
                    # (the screen check cut 同意由部门数据共享调取 to 意由部门数据共享调, issue 16 point 8)
                    elder = self.window_.vm.mode.elder
                    self.button_grid(inner, choices, columns=1 if elder else len(choices))
            body.addWidget(frame)
        body.addStretch(1)
        nxt = BigButton(translate("KioskApply", "下一步：核对"), kind="primary", on_click=vm.to_review)
        nxt.setEnabled(vm.materials_ready)
        self.bottom_row(layout, back_button(vm.back), nxt)

    def _review(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(
            layout,
            translate("KioskApply", "最后核对一遍"),
            sub=translate("KioskApply", "没有问题就点“提交申请”"),
        )
        self.error_panel(layout)
        body = self.scroll(layout)
        host = QVBoxLayout()
        self.field_lines(host, vm.review_lines())
        body.addLayout(host)
        body.addStretch(1)
        if vm.busy:
            layout.addWidget(label(translate("KioskApply", "正在提交，请稍候…"), "heading", center=True))
        submit = BigButton(translate("KioskApply", "提交申请"), kind="primary", on_click=vm.submit)
        submit.setEnabled(not vm.busy)
        self.bottom_row(layout, back_button(vm.back), submit)

    def _done(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        failed = vm.print_state == "failed"
        if failed:
            frame, inner = panel("danger-panel", margins=self.sizes.gap)
            inner.addWidget(
                label(
                    "⚠ " + translate("KioskApply", "回执没有打出来，请记下或拍下办件编号"),
                    "danger-banner",
                    center=True,
                )
            )
            layout.addWidget(frame)
        else:
            layout.addWidget(label("✔ " + translate("KioskApply", "申请已提交"), "title", center=True))
        lines = vm.done_lines()
        number = label(lines[0][1] if lines else "", "heading", center=True)
        number.setObjectName("CaseNumberDone")
        layout.addWidget(label(translate("KioskApply", "办件编号"), "muted", center=True))
        layout.addWidget(number)
        self.field_lines(layout, lines[1:])
        layout.addWidget(label(vm.print_line(), "error" if failed else "ok", center=True))
        if failed:
            layout.addWidget(
                label(
                    translate("KioskApply", "已通知工作人员")
                    if vm.help_sent
                    else translate("KioskApply", "正在通知工作人员…"),
                    "strong",
                    center=True,
                )
            )
        layout.addStretch(1)
        self.bottom_row(
            layout,
            BigButton(
                translate("KioskApply", "完成，回首页"), kind="primary", on_click=self.window_.vm.go_home
            ),
        )
