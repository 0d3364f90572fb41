"""办件查询 screens: number keypad / scan / card, a person's cases, one case."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk_app.language import translate
from kiosk_app.viewmodels.cases import history_state, state_words
from kiosk_app.views.common import ScreenView, back_button
from kiosk_app.words import month_day
from shared.ui.widgets import BigButton, IconLabel, NumericKeypad, StepTrack, empty_state, label, panel


def grouped(number: str) -> str:
    """Digits in groups of four, as the receipt prints them for reading aloud."""
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


class CaseQueryView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        {"input": self._input, "list": self._list, "detail": self._detail}[self.vm.step](layout)

    def _input(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.title)
        info, keys = self.columns(layout)
        # instructions as rows with their device's icon, not a box like the number field
        info.addWidget(label(translate("KioskCases", "三种方法任选一种："), "strong"))
        for icon, words in (
            ("scan", translate("KioskCases", "把受理凭证上的二维码对准扫码口")),
            ("id-card", translate("KioskCases", "把身份证放在读卡区，查看您的全部办件")),
            ("case", translate("KioskCases", "在下面输入20位办件编号")),
        ):
            row = QHBoxLayout()
            row.setSpacing(self.sizes.gap)
            row.addWidget(IconLabel(icon, size=self.sizes.icon), 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label(words, "body"), 1)
            info.addLayout(row)
        box = QLineEdit(grouped(vm.number))
        box.setObjectName("CaseNumber")
        box.setReadOnly(True)
        # landscape: the field under the words that ask for it, the keypad alone on the right
        # (in elderly mode four rows of keys at full height fill that column)
        info.addWidget(box)
        if vm.number_problem:
            info.addWidget(label("⚠ " + vm.number_problem, "error"))
        self.error_panel(info)
        self.busy_line(info, translate("KioskCases", "正在查询…"))
        pad = NumericKeypad()
        pad.key.connect(vm.key)
        keys.addWidget(pad)
        info.addStretch(1)
        if keys is not info:
            keys.addStretch(1)
        self.bottom_row(layout, BigButton(translate("KioskCases", "查询"), kind="primary", on_click=vm.submit_number))

    def _list(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, translate("KioskCases", "您的办件"))
        if not vm.cases:
            layout.addWidget(
                empty_state(translate("KioskCases", "没有查到您的办件。如果刚在窗口办理，请稍后再查，或点“呼叫帮办”"))
            )
        for c in vm.visible_cases():
            date = (
                translate("KioskCases", "，承诺{date}前办结").format(date=month_day(c.promised_date))
                if c.promised_date
                else ""
            )
            b = BigButton(
                f"{c.item_name}\n{state_words(c.state)}{date}",
                kind="choice",
                on_click=partial(vm.open_case, c.case_no),
            )
            layout.addWidget(b)
        self.pager(layout, vm.page, vm.pages(), vm.turn_page)
        layout.addStretch(1)
        self.bottom_row(layout, back_button(vm.back))

    def _detail(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, translate("KioskCases", "办件进度"))
        track = StepTrack(vm.steps(), icon_px=round(self.sizes.icon * 1.2))
        frame, inner = panel(margins=self.sizes.gap)
        frame.setObjectName("CaseSteps")
        inner.addWidget(track)
        layout.addWidget(frame)
        body = self.scroll(layout)
        host = QVBoxLayout()
        self.field_lines(host, vm.detail_lines())
        body.addLayout(host)
        p = vm.progress
        if p is not None and p.history:
            body.addWidget(label(translate("KioskCases", "办理记录"), "heading"))
            for when, state, note in p.history[-4:]:
                local = when.astimezone(self.window_.vm.backend.hall.tz)
                line = translate("KioskCases", "{date} {time} {state}").format(
                    date=month_day(local), time=f"{local:%H:%M}", state=history_state(state)
                )
                if note:
                    line += translate("KioskCases", "：{note}").format(note=note)
                body.addWidget(label(line, "body"))
        body.addStretch(1)
        self.bottom_row(
            layout,
            back_button(vm.back),
            BigButton(translate("KioskCases", "完成，回首页"), kind="primary", icon="home", on_click=self.window_.vm.go_home),
        )
