"""好差评 screens: find the service, five faces with words, reasons, thanks."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk_app.language import translate
from kiosk_app.views.cases_view import grouped
from kiosk_app.views.common import ScreenView
from shared.ui.widgets import BigButton, FaceIcon, IconLabel, NumericKeypad, label


class EvaluateView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        getattr(self, f"_{self.vm.step}")(layout)
        # no pressure: leaving without a review is always one tap away
        if self.vm.step == "choose":
            self.bottom_row(layout, self._leave())

    def _leave(self) -> BigButton:
        words = translate("KioskEvaluate", "不评了，回首页")
        return BigButton(words, kind="quiet", icon="home", on_click=self.window_.vm.go_home)

    def _last_rows(self, layout: QVBoxLayout, primary: BigButton) -> None:
        """The step's main button, and 不评了 under it; in landscape both in one row, so the
        keypad and the reasons keep their height."""
        if self.landscape:
            self.bottom_row(layout, self._leave(), primary)
        else:
            self.bottom_row(layout, primary)
            self.bottom_row(layout, self._leave())

    def _input(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.title, sub=translate("KioskEvaluate", "评价完全自愿，工作人员不会干预"))
        info, keys = self.columns(layout)
        # an instruction, not a box: a box above the number field would look like a second field
        row = QHBoxLayout()
        row.setSpacing(self.sizes.gap)
        row.addWidget(IconLabel("scan", size=self.sizes.tile_icon), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label(translate("KioskEvaluate", "请扫描排队凭条、受理凭证或评价单上的二维码，或在下面输入办件编号"), "body"), 1)
        info.addLayout(row)
        box = QLineEdit(grouped(vm.number))
        box.setObjectName("EvalNumber")
        box.setReadOnly(True)
        # landscape: the field under the words that ask for it, the keypad alone on the right
        # (in elderly mode four rows of keys at full height fill that column)
        info.addWidget(box)
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
        self._last_rows(
            layout, BigButton(translate("KioskEvaluate", "下一步"), kind="primary", on_click=vm.submit_number)
        )

    def _choose(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        t = vm.target
        where = translate("KioskEvaluate", "，{window}号窗口").format(window=t.window_no) if t.window_no else ""
        self.title(layout, translate("KioskEvaluate", "您对这次服务满意吗？"), sub=f"{t.service_name}{where}")
        self.error_panel(layout)
        face = int(self.sizes.touch * 0.8)
        for level, word in vm.levels():
            b = BigButton("", kind="choice", on_click=partial(vm.choose, level), speech=word)
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
        self.title(
            layout,
            translate("KioskEvaluate", "哪里不满意？"),
            sub=translate("KioskEvaluate", "可以选多个，我们会回访整改"),
        )
        self.error_panel(layout)
        buttons = []
        for reason, text, chosen in vm.reason_choices():
            b = BigButton(text, kind="toggle", on_click=partial(vm.toggle_reason, reason), speech=text)
            b.setChecked(chosen)
            buttons.append(b)
        # two side by side cut 材料要求不清、未一次性告知 in portrait (the screen check, issue 16
        # point 8); landscape has the width for two, even in elderly mode
        self.button_grid(layout, buttons, columns=2 if self.landscape else 1)
        self.pager(layout, vm.page, vm.reason_pages(), vm.turn_page)
        layout.addStretch(1)
        self._last_rows(
            layout, BigButton(translate("KioskEvaluate", "提交评价"), kind="primary", on_click=vm.send_reasons)
        )

    def _thanks(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        layout.addStretch(1)
        layout.addWidget(label(vm.thanks_text(), "title", center=True))
        layout.addStretch(1)
        self.bottom_row(
            layout, BigButton(translate("KioskEvaluate", "回首页"), kind="primary", on_click=self.window_.vm.go_home)
        )

    def _already(self, layout: QVBoxLayout) -> None:
        layout.addStretch(1)
        layout.addWidget(label(translate("KioskEvaluate", "这项服务已经评价过了"), "title", center=True))
        layout.addWidget(
            label(
                translate("KioskEvaluate", "每项服务只评价一次。如还有意见，可以到“办不成事”反映窗口。谢谢您！"),
                "body",
                center=True,
            )
        )
        layout.addStretch(1)
        self.bottom_row(
            layout, BigButton(translate("KioskEvaluate", "回首页"), kind="primary", on_click=self.window_.vm.go_home)
        )
