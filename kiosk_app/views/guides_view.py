"""办事指南 screens: browse (events / departments / search keyboard), a list, one guide."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk_app.viewmodels.guides import MODES
from kiosk_app.views.common import ScreenView, back_button
from shared.ui.widgets import BigButton, PinyinKeyboard, QrLabel, empty_state, label, panel


class GuidesView(ScreenView):
    def build(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        if vm.catalog is None:
            self.title(layout, "办事指南")
            self.error_panel(layout)
            if not vm.error:
                layout.addWidget(label("正在打开办事指南…", "heading", center=True))
            layout.addStretch(1)
            return
        {"browse": self._browse, "list": self._list, "detail": self._detail}[vm.step](layout)

    def _tabs(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        row = []
        for mode, text in MODES:
            b = BigButton(text, kind="choice", checkable=True, on_click=lambda m=mode: vm.set_mode(m))
            b.setChecked(vm.mode == mode)
            b.setObjectName(f"guides-mode-{mode}")
            row.append(b)
        self.button_grid(layout, row, columns=3)

    def _browse(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, "办事指南", sub="要带什么、去哪办、多久办好、收不收费")
        self._tabs(layout)
        if vm.mode == "search":
            self._search(layout)
            return
        buttons = []
        for group, count in vm.groups():
            b = BigButton(
                f"{group}（{count}项）",
                kind="primary",
                on_click=lambda g=group: vm.open_group(g),
                speech=group,
            )
            buttons.append(b)
        columns = (2 if self.landscape else 1) if vm.mode == "departments" else None
        self.button_grid(layout, buttons, columns=columns)
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

    def _search(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        found, keys = self.columns(layout)
        if vm.hanzi:
            box = self._hanzi_box()
            if box.text() != vm.query:
                box.setText(vm.query)
            keys.addWidget(box)
            box.show()
            box.setFocus()
            keys.addWidget(label("点上面的输入框，用屏幕上的拼音键盘输入汉字，例如“津贴”", "muted"))
        else:
            box = QLineEdit(vm.query)
            box.setObjectName("GuideSearch")
            box.setReadOnly(True)  # typed on the keys below; no system input method
            keys.addWidget(box)
            keys.addWidget(label("用拼音首字母找事项：例如“高龄津贴”输入 g l j t", "muted"))
        results = vm.visible_results()
        if vm.query and not results:
            found.addWidget(empty_state("没有找到，换几个字试试，或点“呼叫帮办”"))
        buttons = [
            BigButton(name, kind="choice", on_click=lambda c=code: vm.open_item(c)) for code, name in results
        ]
        self.button_grid(found, buttons, columns=1)
        self.pager(found, vm.page, vm.result_pages(), vm.turn_page)
        found.addStretch(1)
        if not vm.hanzi:
            keyboard = PinyinKeyboard()
            keyboard.setObjectName("PinyinKeyboard")
            keyboard.key.connect(vm.key)
            keys.addWidget(keyboard)
        switch = BigButton(
            "改用字母键" if vm.hanzi else "输入汉字",
            on_click=lambda: vm.use_hanzi(not vm.hanzi),
            speech="改用字母键" if vm.hanzi else "输入汉字",
        )
        switch.setObjectName("HanziSwitch")
        (found if keys is not found else keys).addWidget(switch)
        if keys is not found:
            keys.addStretch(1)

    def _list(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.group, sub="请选择要了解的事项")
        buttons = [
            BigButton(name, kind="choice", on_click=lambda c=code: vm.open_item(c))
            for code, name in vm.visible_results()
        ]
        self.button_grid(layout, buttons, columns=1)
        self.pager(layout, vm.page, vm.result_pages(), vm.turn_page)
        layout.addStretch(1)
        self.bottom_row(layout, back_button(vm.back))

    def _detail(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        item = vm.item
        self.title(layout, item.name)
        body = self.scroll(layout)
        if vm.show_qr:
            frame, inner = panel(margins=self.sizes.gap)
            inner.addWidget(label("用手机微信“扫一扫”，把这份指南存到手机上（不用上网）", "body"))
            qr = QrLabel(vm.qr_payload(), size=560 if self.window_.vm.mode.elder else 480)
            qr.setObjectName("GuideQr")
            inner.addWidget(qr)
            body.addWidget(frame)
        opened = vm.opened_section()
        sections = [opened] if opened else vm.essentials()
        for section in sections:
            frame, inner = panel(margins=self.sizes.gap)
            inner.addWidget(label(section.title, "heading"))
            for i, line in enumerate(section.lines, 1):
                prefix = f"{i}. " if section.key in ("bring", "conditions") and len(section.lines) > 1 else ""
                inner.addWidget(label(prefix + line, "body"))
            body.addWidget(frame)
        body.addWidget(label("更多内容（点一下打开）：", "strong"))
        more = []
        for s in vm.more_sections():
            b = BigButton(s.title, kind="choice", checkable=True, on_click=lambda k=s.key: vm.open_section(k))
            b.setChecked(vm.section == s.key)
            more.append(b)
        grid_host = QVBoxLayout()
        self.button_grid(grid_host, more, columns=3 if self.landscape else 2)
        body.addLayout(grid_host)
        body.addStretch(1)
        if vm.print_state:
            layout.addWidget(
                label(vm.print_line(), "error" if vm.print_state == "failed" else "ok", center=True)
            )
        actions = [
            back_button(vm.back),
            BigButton("打印指南", kind="primary", on_click=vm.print_guide),
            BigButton("存到手机" if not vm.show_qr else "收起二维码", on_click=vm.toggle_qr),
        ]
        if vm.can_apply_here():
            actions.append(BigButton("在这里办", kind="primary", on_click=vm.apply_here))
        row = QHBoxLayout()
        row.setSpacing(self.sizes.gap)
        for b in actions:
            row.addWidget(b)
        layout.addLayout(row)
