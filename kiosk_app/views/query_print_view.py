"""查询打印 screen: lays out what QueryPrintViewModel says; every behaviour is in the view-model."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QVBoxLayout

from kiosk_app.language import translate
from kiosk_app.viewmodels.query_print import CONSENT_TEXT, PURPOSES, TAKE_PAPER, insurance_words
from kiosk_app.views.common import ScreenView, back_button
from shared.domain.certificates import DocumentKind, InsuranceType
from shared.ui.widgets import BigButton, label, panel


def _toggle(text: str, on: bool, on_click) -> BigButton:
    b = BigButton(text, kind="toggle", on_click=on_click, speech=text)
    b.setChecked(on)
    return b


class QueryPrintView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        root = self.window_.vm
        step = vm.step
        # elderly landscape: the short side has room for few rows, so the line of explanation
        # goes beside the title and the options beside their consent
        wide = self.landscape and root.mode.elder
        self.title(
            layout,
            vm.title,
            sub=translate("KioskQueryPrint", "当场打印带二维码和验真码的证明，扫码即可核验真伪"),
            beside=wide,
        )
        self.error_panel(layout)
        self.busy_line(layout)
        if step == "documents":
            buttons = [
                BigButton(text, kind="tile", icon="query-print", on_click=partial(vm.choose, k))
                for k, text in vm.documents()
            ]
            buttons.append(
                BigButton(
                    translate("KioskQueryPrint", "核验证明真伪"),
                    kind="tile",
                    icon="scan",
                    on_click=lambda: vm.choose("verify"),
                )
            )
            # elderly mode: a long name (不动产登记信息查询结果) and its icon need a whole row
            elder = root.mode.elder
            self.button_grid(layout, buttons, columns=(2 if self.landscape else 1) if elder else None)
        elif step == "card":
            frame, inner = panel("panel", margins=self.sizes.gap * 2)
            inner.addWidget(label(translate("KioskQueryPrint", "请把身份证放在读卡区"), "title", center=True))
            inner.addWidget(
                label(
                    translate("KioskQueryPrint", "查询本人信息需要现场刷身份证，每次查询都要刷。"),
                    "muted",
                    center=True,
                )
            )
            if vm.card_error:
                inner.addWidget(label(vm.card_error, "notice", center=True))
            layout.addWidget(frame)
        elif step == "options":
            # elderly landscape: the choices scroll on the left, the consent and its 查询 on the
            # right (one above the other, an error panel above them, they did not fit the height)
            choices, consent = self.columns(layout) if wide else (layout, layout)
            body = self.scroll(choices)
            if vm.kind is DocumentKind.SOCIAL_INSURANCE_RECORD:
                body.addWidget(label(translate("KioskQueryPrint", "险种"), "heading"))
                types = [
                    _toggle(
                        insurance_words(t), vm.insurance_type is t, partial(vm.set_insurance_type, t.value)
                    )
                    for t in InsuranceType
                ]
                self.button_grid(body, types, columns=2 if wide else None)
                row = [
                    BigButton(
                        translate("KioskQueryPrint", "上一年"), icon="back", on_click=lambda: vm.turn_year(-1)
                    ),
                    BigButton(
                        translate("KioskQueryPrint", "下一年"),
                        icon="chevron",
                        on_click=lambda: vm.turn_year(1),
                    ),
                ]
                body.addWidget(
                    label(translate("KioskQueryPrint", "年度：{year}年").format(year=vm.year), "heading")
                )
                self.bottom_row(body, *row)
            body.addWidget(label(translate("KioskQueryPrint", "用途"), "heading"))
            purposes = [
                _toggle(translate("KioskQueryPrint", p), vm.purpose == p, partial(vm.set_purpose, p))
                for p in PURPOSES
            ]
            self.button_grid(body, purposes, columns=2 if wide else None)
            frame, inner = panel("panel", margins=self.sizes.gap)
            inner.addWidget(label(translate("KioskQueryPrint", CONSENT_TEXT), "body"))
            inner.addWidget(
                _toggle(
                    translate("KioskQueryPrint", "我已同意")
                    if vm.consent
                    else translate("KioskQueryPrint", "我同意"),
                    vm.consent,
                    lambda: vm.agree(not vm.consent),
                )
            )
            body.addStretch(1)
            consent.addWidget(frame)  # the consent stays in view, whole, beside its 查询
            if wide:
                consent.addStretch(1)
            self.bottom_row(
                consent,
                back_button(vm.back),
                BigButton(translate("KioskQueryPrint", "查询"), kind="primary", on_click=vm.query),
            )
            return
        elif step == "preview":
            layout.addWidget(
                label(translate("KioskQueryPrint", "请核对（姓名和证件号已部分隐藏）"), "heading")
            )
            self.field_lines(self.scroll(layout), vm.preview_lines())
            self.bottom_row(
                layout,
                back_button(vm.back),
                BigButton(translate("KioskQueryPrint", "打印"), kind="primary", on_click=vm.print_now),
            )
            return
        elif step == "printing":
            layout.addWidget(label(translate("KioskQueryPrint", "正在打印，请稍候…"), "title", center=True))
        elif step == "printed":
            frame, inner = panel("panel", margins=self.sizes.gap * 2)
            inner.addWidget(label(translate("KioskQueryPrint", "打印完成"), "title", center=True))
            inner.addWidget(label(translate("KioskQueryPrint", TAKE_PAPER), "heading", center=True))
            inner.addWidget(
                label(translate("KioskQueryPrint", "↓ A4 出纸口在屏幕下方 ↓"), "title", center=True)
            )
            layout.addWidget(frame)
        elif step == "problem":
            words, what_now = vm.problem_words()
            frame, inner = panel("notice-panel", margins=self.sizes.gap * 2)
            inner.addWidget(label("⚠ " + words, "notice"))
            inner.addWidget(label(what_now, "notice"))
            if vm.help_sent:
                inner.addWidget(label(translate("KioskQueryPrint", "已呼叫工作人员，请稍候。"), "notice"))
            layout.addWidget(frame)
            if vm.can_reprint():
                self.bottom_row(
                    layout,
                    BigButton(translate("KioskQueryPrint", "重新打印"), kind="primary", on_click=vm.reprint),
                )
        elif step == "licences":
            body = self.scroll(layout)
            for no, name, state, printable in vm.licence_lines():
                frame, inner = panel(margins=self.sizes.gap)
                inner.addWidget(label(name, "heading"))
                inner.addWidget(
                    label(translate("KioskQueryPrint", "状态：{state}").format(state=state), "body")
                )
                if printable:
                    inner.addWidget(
                        BigButton(
                            translate("KioskQueryPrint", "打印证照打印件"),
                            on_click=partial(vm.print_licence, no),
                        )
                    )
                body.addWidget(frame)
            if not vm.licences and not vm.busy:
                body.addWidget(label(translate("KioskQueryPrint", "没有查到您名下的电子证照。"), "body"))
        elif step == "verify":
            frame, inner = panel("panel", margins=self.sizes.gap * 2)
            inner.addWidget(
                label(translate("KioskQueryPrint", "请把证明上的二维码对准扫码口"), "title", center=True)
            )
            layout.addWidget(frame)
        elif step == "verified":
            ok = vm.verification is not None and vm.verification.genuine
            layout.addWidget(
                label(
                    "✔ " + translate("KioskQueryPrint", "真实有效")
                    if ok
                    else "✘ " + translate("KioskQueryPrint", "未通过核验"),
                    "title" if ok else "notice",
                    center=True,
                )
            )
            # the scroll takes the height (no stretch beside it): in elderly mode a stretch
            # squeezed it and cut the last lines in half
            self.field_lines(self.scroll(layout), vm.verification_lines())
            self.bottom_row(
                layout,
                back_button(vm.back),
                BigButton(translate("KioskQueryPrint", "回首页"), on_click=root.go_home),
            )
            return
        layout.addStretch(1)
        self.bottom_row(
            layout,
            back_button(vm.back),
            BigButton(translate("KioskQueryPrint", "回首页"), on_click=root.go_home),
        )
