"""首问登记: record a question at the window, take a kiosk's call for help as 首问, hand a
matter over or close it; the manager's list of every open one and its age."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.viewmodels.first_asks import FirstAsksViewModel
from counter_app.views.common import (
    FitCombo,
    PageKeys,
    button,
    cell,
    fit_columns,
    help_table,
    label,
    panel,
    table,
)

_ACTIONS = {"first_ask.record": "首问登记", "first_ask.handover": "移交", "first_ask.close": "办结"}
_STALE = QColor("#fde2e1")


class FirstAsksPage(QWidget):
    def __init__(self, vm: FirstAsksViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 10, 10, 10)

        new, nbox = panel()
        new.setFixedWidth(340)
        nbox.addWidget(label("咨询登记（首问负责）", "heading"))
        nbox.addWidget(label("谁首先被问到，谁负责到底：办结或书面移交给具体的人。", "muted", wrap=True))
        form = QFormLayout()
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText("群众想办什么、问了什么（必填）")
        self.summary.setFixedHeight(100)
        self.kind = QComboBox()
        for k, text in vm.kinds():
            self.kind.addItem(text, k.value)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText("身份证号（可空：匿名咨询）")
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("用于回复（可空）")
        form.addRow("事项", self.summary)
        form.addRow("类别", self.kind)
        form.addRow("身份证号", self.id_number)
        form.addRow("姓名", self.name)
        form.addRow("电话", self.phone)
        nbox.addLayout(form)
        self.save = button("登记", "primary")
        nbox.addWidget(self.save)
        help_frame, hbox = panel("help-banner")
        hbox.addWidget(label("自助机求助：接手即首问负责", ""))
        self.help_list = help_table()
        self.help_list.setMaximumHeight(140)
        hbox.addWidget(self.help_list)
        self.take = button("接手（首问负责）")
        hbox.addWidget(self.take)
        nbox.addWidget(help_frame)
        nbox.addStretch(1)
        row.addWidget(new)

        mid = QVBoxLayout()
        bar = QHBoxLayout()
        self.title = label("我负责的", "heading")
        bar.addWidget(self.title)
        bar.addStretch(1)
        self.scope = FitCombo()
        self.scope.addItem("我负责的", False)
        self.scope.addItem("全厅未办结（督办）", True)
        bar.addWidget(self.scope)
        mid.addLayout(bar)
        self.list = table(["登记号", "类别", "负责人", "已历时", "移交", "提示", "事项"])
        # the whole 登记号 and the short columns fixed, the matter taking what is left: the
        # hall's list fits the page at 1600×900 without scrolling sideways
        fm = self.list.fontMetrics()
        widths = ("SW" + "8" * 18, "办不成事反映", "负责人", "1天23小时", "移交", "超24小时")
        fit_columns(self.list, fixed={i: fm.horizontalAdvance(w) + 18 for i, w in enumerate(widths)}, stretch=(6,))
        mid.addWidget(self.list, 1)
        self.count = label("", "muted")
        mid.addWidget(self.count)
        row.addLayout(mid, 1)

        detail, dbox = panel()
        detail.setFixedWidth(360)
        self.detail_title = label("选择一条登记", "heading", wrap=True)
        dbox.addWidget(self.detail_title)
        self.detail_body = label("", "", wrap=True)
        self.detail_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dbox.addWidget(self.detail_body, 1)
        self.to_user = QComboBox()
        dbox.addWidget(self.to_user)
        self.note = QLineEdit()
        self.note.setPlaceholderText("移交说明：已做什么、已告知什么、还差什么")
        dbox.addWidget(self.note)
        self.hand = button("移交")
        dbox.addWidget(self.hand)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText("办理结果：答复了什么、办成了什么")
        dbox.addWidget(self.outcome)
        self.finish = button("办结", "primary")
        dbox.addWidget(self.finish)
        row.addWidget(detail)
        self.keys = PageKeys(self, vm.say)
        mine = "请先在列表中选择一条由您负责、未办结的登记。"
        self.keys.bind("Alt+D", self.save, "正在登记，请稍候。")
        self.keys.bind("Alt+J", self.take, "目前没有自助机请求帮助，或您的账号不能接手。")
        self.keys.bind("Alt+Y", self.hand, mine)
        self.keys.bind("Alt+B", self.finish, mine)

        self.save.clicked.connect(self._save)
        self.take.clicked.connect(self._take)
        self.scope.currentIndexChanged.connect(lambda: vm.set_scope(bool(self.scope.currentData())))
        self.list.itemSelectionChanged.connect(self._select)
        self.hand.clicked.connect(lambda: vm.hand_over(self.to_user.currentData() or "", self.note.text()))
        self.finish.clicked.connect(lambda: vm.close(self.outcome.text()))
        vm.changed.connect(self.render)
        vm.message.connect(self._after_message)
        self.render()

    def _save(self) -> None:
        self.vm.record(
            summary=self.summary.toPlainText(),
            kind=self.kind.currentData(),
            id_number=self.id_number.text(),
            name=self.name.text(),
            phone=self.phone.text(),
        )

    def _take(self) -> None:
        rows = self.help_list.selectionModel().selectedRows()
        r = rows[0].row() if rows else 0
        if self.vm.help:
            self.vm.take_help(self.vm.help[r].id)

    def _after_message(self, level: str, text: str, _hint: str) -> None:
        if level != "ok":
            return
        if text.startswith("已首问登记"):
            for w in (self.id_number, self.name, self.phone):
                w.clear()
            self.summary.clear()
        self.note.clear()
        self.outcome.clear()

    def _select(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        item = self.list.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self.vm.select(item.text())

    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        self.scope.setVisible(vm.can_oversee)
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(1 if vm.show_all else 0)
        self.scope.blockSignals(False)
        self.title.setText("全厅未办结的首问登记" if vm.show_all else "我负责的首问登记")
        self.list.blockSignals(True)
        self.list.setRowCount(len(vm.items))
        for r, row in enumerate(vm.items):
            hint = "超24小时未办结" if row.stale else ""
            values = (
                row.ask_no,
                row.kind_label,
                row.owner_name,
                row.age_label,
                row.handovers,
                hint,
                row.summary[:30],
            )
            for col, value in enumerate(values):
                item = cell(value)
                if row.stale:
                    item.setBackground(_STALE)
                self.list.setItem(r, col, item)
        self.list.resizeRowsToContents()
        self.list.blockSignals(False)
        stale = sum(1 for row in vm.items if row.stale)
        self.count.setText(f"共 {len(vm.items)} 件未办结" + (f"，其中 {stale} 件超24小时" if stale else ""))

        self.help_list.setRowCount(len(vm.help))
        for r, request in enumerate(vm.help):
            when = f"{request.created_at.astimezone(vm.ctx.tz):%H:%M}"
            for col, value in enumerate((request.terminal_name, when, request.reason or "请求帮助")):
                self.help_list.setItem(r, col, cell(value))
        self.help_list.resizeRowsToContents()
        self.take.setEnabled(bool(vm.help) and vm.can_take_help)

        current = self.to_user.currentData()
        self.to_user.clear()
        self.to_user.addItem("选择接手人", "")
        for c in vm.colleagues:
            self.to_user.addItem(f"{c.display_name}（{c.role_label}）", c.username)
        if current:
            i = self.to_user.findData(current)
            self.to_user.setCurrentIndex(max(i, 0))

        v = vm.selected
        movable = vm.may_move(v)
        for w in (self.to_user, self.note, self.hand, self.outcome, self.finish):
            w.setVisible(movable)
        if v is None:
            self.detail_title.setText("选择一条登记")
            self.detail_body.setText("")
            return
        self.detail_title.setText(f"{v.ask_no}　{v.state_label}")
        lines = [
            f"类别：{v.kind_label}",
            f"群众：{v.person or '匿名'} {v.person_id} {v.phone}".strip(),
            f"事项：{v.summary}",
            f"首问：{v.first_owner_name}" + (f"（{v.window_no}号窗口）" if v.window_no else ""),
            f"现负责人：{v.owner_name}",
            f"已历时：{v.age_label}" + ("（超24小时）" if v.stale else ""),
        ]
        if v.source_ref and v.kind.value == "complaint":
            lines.append(f"来源反映：{v.source_ref}")
        if v.outcome:
            lines.append(f"办理结果：{v.outcome}")
        if v.history:
            lines.append("\n经过：")
            for h in v.history:
                what = _ACTIONS.get(h.action, h.action)
                lines.append(f"· {h.at.astimezone(vm.ctx.tz):%m-%d %H:%M} {what}（{h.by_name or h.by}）{h.note}")
        self.detail_body.setText("\n".join(lines))
