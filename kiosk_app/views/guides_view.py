"""办事指南 screens: browse (events / departments / search keyboard), a list, one guide."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk_app.language import translate
from kiosk_app.viewmodels.guides import MODE_ICONS, MODES
from kiosk_app.views.common import ScreenView, back_button
from shared.ui.widgets import BigButton, PinyinKeyboard, QrLabel, empty_state, label, panel, tag
from shared.ui.widgets.pinyin_keyboard import ROWS_ABC_WIDE


class GuidesView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        if vm.catalog is None:
            self.title(layout, vm.heading)
            self.error_panel(layout)
            if not vm.error:
                layout.addWidget(label(translate("KioskGuides", "正在打开办事指南…"), "heading", center=True))
            layout.addStretch(1)
            return
        {"browse": self._browse, "list": self._list, "detail": self._detail}[vm.step](layout)

    def _tabs(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        row = QHBoxLayout()
        row.setSpacing(0)  # one strip: the chosen tab filled, the others words on a line
        for mode, text in MODES:
            b = BigButton(
                translate("KioskGuides", text),
                kind="tab",
                icon=MODE_ICONS[mode],
                on_click=partial(vm.set_mode, mode),
            )
            b.setChecked(vm.mode == mode)
            b.setObjectName(f"guides-mode-{mode}")
            row.addWidget(b)
        layout.addLayout(row)

    def _browse(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        sub = translate("KioskGuides", "要带什么、去哪办、多久办好、收不收费")
        # elderly landscape: the explanation beside the title, a row more for the search
        self.title(layout, vm.heading, sub=sub, beside=self.landscape and self.window_.vm.mode.elder)
        self._tabs(layout)
        if vm.mode == "search":
            self._search(layout)
            return
        buttons = []
        for group, count in vm.groups():
            name = vm.group_name(group)
            b = BigButton(
                translate("KioskGuides", "{group}（{count}项）").format(group=name, count=count),
                kind="choice",
                on_click=partial(vm.open_group, group),
                speech=name,
            )
            buttons.append(b)
        self.button_grid(layout, buttons, columns=vm.group_columns)
        self.pager(layout, vm.page, vm.group_pages(), vm.turn_page)
        layout.addStretch(1)

    def _hanzi_box(self) -> QLineEdit:
        box = getattr(self, "_hanzi", None)
        if box is None:
            # kept across rebuilds: the input method (Qt Virtual Keyboard) is bound to it
            box = QLineEdit(self)
            box.setObjectName("GuideSearchHanzi")
            box.textEdited.connect(self.vm.set_query)
            self._hanzi = box
            self.keep.add(box)
        return box

    def _switch(self) -> BigButton:
        vm = self.vm
        words = translate("KioskGuides", "改用字母键") if vm.hanzi else translate("KioskGuides", "输入汉字")
        switch = BigButton(words, on_click=lambda: vm.use_hanzi(not vm.hanzi), speech=words)
        switch.setObjectName("HanziSwitch")
        return switch

    def _search_in_rows(self, layout: QVBoxLayout) -> None:
        """Elderly landscape: the box, its hint and the switch in a row; the results in a row
        with their pager; the keyboard across the whole width in two rows of letters (a column
        of results beside a keyboard of five rows did not fit the short side: keys overlapped)."""
        vm = self.vm
        top = QHBoxLayout()
        top.setSpacing(self.sizes.gap)
        if vm.hanzi:
            box = self._hanzi_box()
            if box.text() != vm.query:
                box.setText(vm.query)
            top.addWidget(box, 1)
            box.show()
            box.setFocus()
        else:
            box = QLineEdit(vm.query)
            box.setObjectName("GuideSearch")
            box.setReadOnly(True)  # typed on the keys below; no system input method
            top.addWidget(box, 2)
            hint = label(translate("KioskGuides", "用拼音首字母找事项：例如“高龄津贴”输入 g l j t"), "muted")
            top.addWidget(hint, 3)
        top.addWidget(self._switch())
        layout.addLayout(top)
        if vm.hanzi:
            layout.addWidget(
                label(
                    translate("KioskGuides", "点上面的输入框，用屏幕上的拼音键盘输入汉字，例如“津贴”"),
                    "muted",
                )
            )
        row = QHBoxLayout()
        row.setSpacing(self.sizes.gap)
        results = vm.visible_results()
        if vm.query and not results:
            row.addWidget(empty_state(translate("KioskGuides", "没有找到，换几个字试试，或点“呼叫帮办”")), 1)
        else:
            for code, name in results:
                row.addWidget(BigButton(name, kind="choice", on_click=partial(vm.open_item, code)), 1)
            if results:
                row.addStretch(vm.result_page_size - len(results))  # a last page's one result keeps its width
        self.pager(row, vm.page, vm.result_pages(), vm.turn_page)
        layout.addLayout(row)
        layout.addStretch(1)
        if not vm.hanzi:
            keyboard = PinyinKeyboard(rows=ROWS_ABC_WIDE, edit_keys_at_ends=True)
            keyboard.setObjectName("PinyinKeyboard")
            keyboard.key.connect(vm.key)
            layout.addWidget(keyboard)

    def _search(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        if vm.results_in_a_row:
            self._search_in_rows(layout)
            return
        found, keys = self.columns(layout)
        if vm.hanzi:
            box = self._hanzi_box()
            if box.text() != vm.query:
                box.setText(vm.query)
            keys.addWidget(box)
            box.show()
            box.setFocus()
            keys.addWidget(
                label(
                    translate("KioskGuides", "点上面的输入框，用屏幕上的拼音键盘输入汉字，例如“津贴”"),
                    "muted",
                )
            )
        else:
            box = QLineEdit(vm.query)
            box.setObjectName("GuideSearch")
            box.setReadOnly(True)  # typed on the keys below; no system input method
            keys.addWidget(box)
            keys.addWidget(
                label(translate("KioskGuides", "用拼音首字母找事项：例如“高龄津贴”输入 g l j t"), "muted")
            )
        results = vm.visible_results()
        if vm.query and not results:
            found.addWidget(empty_state(translate("KioskGuides", "没有找到，换几个字试试，或点“呼叫帮办”")))
        buttons = [
            BigButton(name, kind="choice", on_click=partial(vm.open_item, code)) for code, name in results
        ]
        self.button_grid(found, buttons, columns=1)
        self.pager(found, vm.page, vm.result_pages(), vm.turn_page)
        found.addStretch(1)
        if not vm.hanzi:
            keyboard = PinyinKeyboard()
            keyboard.setObjectName("PinyinKeyboard")
            keyboard.key.connect(vm.key)
            keys.addWidget(keyboard)
        switch = self._switch()
        (found if keys is not found else keys).addWidget(switch)
        if keys is not found:
            keys.addStretch(1)

    def _list(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.group_name(vm.group), sub=translate("KioskGuides", "请选择要了解的事项"))
        buttons = [
            BigButton(name, kind="choice", on_click=partial(vm.open_item, code))
            for code, name in vm.visible_results()
        ]
        self.button_grid(layout, buttons, columns=vm.result_columns)
        self.pager(layout, vm.page, vm.result_pages(), vm.turn_page)
        layout.addStretch(1)
        self.bottom_row(layout, back_button(vm.back))

    def _detail(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        item = vm.item
        g = self.sizes.gap
        self.title(layout, item.name)
        if vm.more_open:
            # the further sections as a list of whole buttons, outside any scrolling area
            layout.addWidget(label(translate("KioskGuides", "还想了解什么？点一下打开："), "strong"))
            more = []
            for sec in vm.more_sections():
                b = BigButton(sec.title, kind="choice", on_click=partial(vm.open_section, sec.key))
                b.setObjectName(f"guide-section-{sec.key}")
                more.append(b)
            self.button_grid(layout, more, columns=3 if self.landscape else 2)
            layout.addStretch(1)
        else:
            body = self.scroll(layout)
            if vm.show_qr:
                frame, inner = panel(margins=g)
                inner.addWidget(
                    label(
                        translate("KioskGuides", "用手机微信“扫一扫”，把这份指南存到手机上（不用上网）"),
                        "body",
                    )
                )
                qr = QrLabel(vm.qr_payload(), size=560 if self.window_.vm.mode.elder else 480)
                qr.setObjectName("GuideQr")
                inner.addWidget(qr)
                body.addWidget(frame)
            opened = vm.opened_section()
            if opened is not None:
                frame, inner = panel(margins=g)
                inner.addWidget(label(opened.title, "heading"))
                for i, line in enumerate(opened.lines, 1):
                    prefix = f"{i}. " if opened.key == "conditions" and len(opened.lines) > 1 else ""
                    inner.addWidget(label(prefix + line, "body"))
                body.addWidget(frame)
            else:
                self._checklist(body)
                for section in vm.essentials():
                    if section.key == "bring":
                        continue  # shown as the checklist above
                    frame, inner = panel(margins=g)
                    inner.addWidget(label(section.title, "heading"))
                    for line in section.lines:
                        inner.addWidget(label(line, "body"))
                    body.addWidget(frame)
            body.addStretch(1)
        if vm.print_state:
            line = label(vm.print_line(), "error" if vm.print_state == "failed" else "ok", center=True)
            line.setObjectName("GuidePrintLine")
            layout.addWidget(line)
        # one filled button: 在这里办 where the kiosk can do it, else 打印指南
        main = []
        if vm.can_apply_here():
            main.append(
                BigButton(
                    translate("KioskGuides", "在这里办"), kind="primary", icon="apply", on_click=vm.apply_here
                )
            )
        main.append(
            BigButton(
                translate("KioskGuides", "打印指南"),
                kind="secondary" if main else "primary",
                icon="print",
                on_click=vm.print_guide,
            )
        )
        self.bottom_row(layout, *main)
        opened_any = vm.more_open or vm.section
        more_words = translate("KioskGuides", "回到要点") if opened_any else translate("KioskGuides", "更多内容")
        self.bottom_row(
            layout,
            back_button(vm.back),
            BigButton(
                translate("KioskGuides", "收起二维码")
                if vm.show_qr
                else translate("KioskGuides", "存到手机"),
                icon="phone",
                on_click=vm.toggle_qr,
            ),
            BigButton(
                more_words,
                icon="back" if opened_any else "more",
                on_click=(lambda: vm.open_section(vm.section)) if vm.section else vm.toggle_more,
                speech=more_words,
            ),
        )

    def _checklist(self, body: QVBoxLayout) -> None:
        """要带什么 as a checklist: one row a material, its tags, then how."""
        vm = self.vm
        g = self.sizes.gap
        frame, inner = panel(margins=g, spacing=g)
        frame.setObjectName("GuideChecklist")
        inner.addWidget(label(translate("KioskGuides", "要带什么"), "heading"))
        items = vm.checklist()
        if not items:
            inner.addWidget(label(translate("KioskGuides", "不用带材料"), "body"))
        for i, it in enumerate(items, 1):
            head = QHBoxLayout()
            head.setSpacing(12)
            name = label(f"{i}. {it.name}", "strong")
            head.addWidget(name, 1)
            for t in it.tags:
                head.addWidget(tag(t), 0, Qt.AlignmentFlag.AlignTop)
            inner.addLayout(head)
            if it.detail:
                inner.addWidget(label(it.detail, "muted"))
        body.addWidget(frame)
