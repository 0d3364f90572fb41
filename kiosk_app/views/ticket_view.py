"""取号 screens: categories (+ card, declared priority), closed hall, the number, refusal."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from kiosk_app.language import spoken_ticket_number, translate
from kiosk_app.viewmodels.ticket import (
    DECLARABLE,
    category_name,
    declare_label,
    priority_name,
    what_now_when_closed,
)
from kiosk_app.views.common import ScreenView
from shared.ui.widgets import BigButton, IconLabel, label, panel, set_role


@dataclass
class _Built:
    """What the last build showed, and the widgets a change of the busy or print line alone
    is set on (``shape`` is everything else the build was made from)."""

    shape: tuple[Any, ...] | None
    categories: list[BigButton] = field(default_factory=list)
    busy: QLabel | None = None
    print_line: QLabel | None = None


class TicketView(ScreenView):
    _built: _Built | None = None

    def render(self, *, force: bool = False) -> None:  # type: ignore[override]
        # A tap on a category shows 正在取号 and the ticket screen then 正在打印 → 请取走凭条:
        # each of these changes one line, and a rebuild would make, lay out and paint every
        # widget of the screen again (~20 ms of the UI thread, while the issued ticket waits
        # to be shown). So when nothing else changed, the line is set on what is shown.
        if self._dirty and not force and self._update_in_place():
            self._dirty = False
            return
        super().render(force=force)

    def _shape(self) -> tuple[Any, ...] | None:
        """Everything the build of the current step shows but the busy and print lines; None
        for the steps that are always rebuilt."""
        vm = self.vm
        theme = self.window_.theme
        if vm.step == "choose":
            categories = tuple((code, prefix, category_name(name)) for code, prefix, name in vm.categories())
            return (
                "choose", theme, vm.title, vm.card is None, vm.card_line(), vm.error, vm.hint, categories,
                vm.page, vm.pages(), vm.category_columns, vm.is_green_by_age, vm.declared,
            )  # fmt: skip
        if vm.step == "issued" and vm.issued is not None and vm.print_state != "failed":
            issued = vm.issued
            return (
                "issued", theme, issued.number, issued.category_name, issued.priority_label,
                vm.wait_line(), tuple(vm.place_lines()), bool(vm.print_line()),
            )  # fmt: skip
        return None

    def _update_in_place(self) -> bool:
        built = self._built
        if built is None or built.shape is None or built.shape != self._shape():
            return False
        vm = self.vm
        if built.busy is not None:
            built.busy.setVisible(vm.busy)
            for b in built.categories:
                b.setEnabled(not vm.busy)
        if built.print_line is not None:
            built.print_line.setText(vm.print_line())
            set_role(built.print_line, "ok" if vm.print_state == "printed" else "body")
        return True

    def build(self, layout: QVBoxLayout) -> None:
        self._built = _Built(self._shape())
        step = self.vm.step
        {"choose": self._choose, "closed": self._closed, "issued": self._issued, "refused": self._refused}[
            step
        ](layout)

    def _choose(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, vm.title, sub=translate("KioskTicket", "请选择要办理的业务"))
        frame, inner = panel("notice-panel" if vm.card is None else "panel", margins=self.sizes.gap)
        inner.addWidget(
            label(("" if vm.card is None else "✔ ") + vm.card_line(), "notice" if vm.card is None else "ok")
        )
        if vm.card is not None:
            inner.addWidget(BigButton(translate("KioskTicket", "不用身份证取号"), on_click=vm.forget_card))
        layout.addWidget(frame)
        self.error_panel(layout)
        # made hidden when not busy, so a tap shows it without a rebuild (render)
        busy = label(translate("KioskTicket", "正在取号，请稍候…"), "heading", center=True)
        busy.setObjectName("TicketBusy")
        layout.addWidget(busy)  # parented first: shown unparented it would be a window of its own
        busy.setVisible(vm.busy)
        buttons = []
        for code, prefix, name in vm.categories():
            shown = category_name(name)
            b = BigButton(
                translate("KioskTicket", "{category}（{prefix}）").format(category=shown, prefix=prefix),
                kind="primary", icon="ticket", on_click=partial(vm.choose, code), speech=shown,
            )  # fmt: skip
            b.setObjectName(f"category-{code}")
            b.setEnabled(not vm.busy)
            buttons.append(b)
        if self._built is not None:
            self._built.busy, self._built.categories = busy, buttons
        self.button_grid(layout, buttons, columns=vm.category_columns)
        self.pager(layout, vm.page, vm.pages(), vm.turn_page)
        if not vm.is_green_by_age:
            layout.addWidget(
                label(translate("KioskTicket", "需要优先办理？（到窗口时出示证件核实）"), "muted")
            )
            row = []
            for p in DECLARABLE:
                b = BigButton(declare_label(p), kind="toggle", on_click=partial(vm.declare, p))
                b.setChecked(vm.declared == p)
                b.setObjectName(f"declare-{p.name.lower()}")
                row.append(b)
            self.button_grid(layout, row, columns=3)
        layout.addStretch(1)

    def _closed(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, translate("KioskTicket", "现在不能取号"))
        frame, inner = panel(margins=self.sizes.gap)
        inner.addWidget(label(vm.closed_text, "heading"))
        layout.addWidget(frame)
        layout.addWidget(label(translate("KioskTicket", "现在在这台机器上您可以："), "strong"))
        icons = {"guides": "guide", "cases": "case", "apply": "apply"}
        buttons = [
            BigButton(
                text, kind="secondary", icon=icons[screen], on_click=partial(self.window_.vm.go, screen)
            )
            for screen, text in what_now_when_closed()
        ]
        self.button_grid(layout, buttons, columns=1)
        layout.addStretch(1)

    def _issued(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        issued = vm.issued
        g = self.sizes.gap
        failed = vm.print_state == "failed"
        if failed:
            # said once: the warning panel, the number very large, the helper's line
            frame, inner = panel("danger-panel", margins=g)
            frame.setObjectName("PrintFailed")
            if self.landscape:  # one line is wide enough, and the number keeps its full height
                said = translate("KioskTicket", "凭条没有打出来。请记住您的号码，或用手机拍下这个屏幕")
                inner.addWidget(label("⚠ " + said, "danger-banner", center=True))
            else:
                inner.addWidget(label(translate("KioskTicket", "⚠ 凭条没有打出来"), "danger-banner", center=True))
                inner.addWidget(
                    label(
                        translate("KioskTicket", "请记住您的号码，或用手机拍下这个屏幕"),
                        "danger-banner",
                        center=True,
                    )
                )
            layout.addWidget(frame)
        else:
            layout.addWidget(label(translate("KioskTicket", "取号成功"), "title", center=True))
        # elderly landscape: the number at its full height does not fit above where to wait,
        # so the number and its category go on the left, where to wait on the right
        body = layout
        if self.landscape and self.window_.vm.mode.elder:
            left, body = self.columns(layout)
        else:
            left = layout
        number = label(issued.number, "huge-number" if failed else "big-number", center=True, wrap=False)
        number.setObjectName("TicketNumber")
        number.setAccessibleName(spoken_ticket_number(issued.number))
        left.addWidget(number)
        sub = category_name(issued.category_name) + (
            f" · {priority_name(issued.priority_label)}" if issued.ticket.priority.is_green else ""
        )
        left.addWidget(label(sub, "heading", center=True))
        if left is not layout:
            left.addStretch(1)
        body.addWidget(label(vm.wait_line(), "body", center=True))
        place, p = panel(margins=g, spacing=g // 2)
        place.setObjectName("WaitingPlace")
        for icon, line in zip(("wait", "window"), vm.place_lines(), strict=False):
            row = QHBoxLayout()
            row.setSpacing(g)
            row.addWidget(IconLabel(icon, size=self.sizes.icon), 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label(line, "strong" if icon == "window" else "body"), 1)
            p.addLayout(row)
        body.addWidget(place)
        if failed:
            body.addWidget(label(vm.help_line(), "strong", center=True))
        elif vm.print_line():
            role = "ok" if vm.print_state == "printed" else "body"
            line = label(vm.print_line(), role, center=True)
            line.setObjectName("TicketPrintLine")
            if self._built is not None:
                self._built.print_line = line
            body.addWidget(line)
        if body is not layout:
            body.addStretch(1)
        layout.addStretch(1)
        done = BigButton(
            translate("KioskTicket", "完成，回首页"),
            kind="primary",
            icon="home",
            on_click=self.window_.vm.go_home,
        )
        if failed:
            # no second number while the printer is out: the first one has no slip either
            self.bottom_row(layout, done)
        else:
            self.bottom_row(
                layout,
                BigButton(translate("KioskTicket", "再取一个号"), icon="ticket", on_click=vm.again),
                done,
            )

    def _refused(self, layout: QVBoxLayout) -> None:
        vm = self.vm
        self.title(layout, translate("KioskTicket", "您已经取过号了"))
        frame, inner = panel("notice-panel", margins=self.sizes.gap)
        inner.addWidget(label(vm.refused_text, "notice"))
        if vm.refused_hint:
            inner.addWidget(label(vm.refused_hint, "notice"))
        layout.addWidget(frame)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(BigButton(translate("KioskTicket", "选其他业务"), on_click=vm.again))
        row.addWidget(
            BigButton(translate("KioskTicket", "回首页"), kind="primary", on_click=self.window_.vm.go_home)
        )
        layout.addLayout(row)
