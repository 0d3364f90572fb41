"""“办不成事”反映: record, follow through to the person told; kiosk help requests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.viewmodels.complaints import (
    NEXT_STEP,
    NOTIFY_WORDS,
    ComplaintsViewModel,
    category_words,
    state_words,
)
from counter_app.views.common import PageKeys, button, cell, help_table, label, panel, table, with_key
from shared.domain.cases import format_case_no
from shared.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

_ACTIONS = {
    "complaint.record": QT_TRANSLATE_NOOP("CounterComplaints", "登记"),
    "complaint.assign": QT_TRANSLATE_NOOP("CounterComplaints", "交办"),
    "complaint.work": QT_TRANSLATE_NOOP("CounterComplaints", "开始办理"),
    "complaint.resolve": QT_TRANSLATE_NOOP("CounterComplaints", "已解决"),
    "complaint.reopen": QT_TRANSLATE_NOOP("CounterComplaints", "退回重办"),
    "complaint.notify": QT_TRANSLATE_NOOP("CounterComplaints", "告知本人"),
    "complaint.close": QT_TRANSLATE_NOOP("CounterComplaints", "办结"),
}
_PROMPTS = {
    "assign": QT_TRANSLATE_NOOP("CounterComplaints", "承办部门或承办人（必填）"),
    "work": QT_TRANSLATE_NOOP("CounterComplaints", "备注（可空）"),
    "resolve": QT_TRANSLATE_NOOP("CounterComplaints", "解决结果（必填）"),
    "notify": QT_TRANSLATE_NOOP("CounterComplaints", "告知内容（可空）"),
    "close": QT_TRANSLATE_NOOP("CounterComplaints", "备注（可空）"),
}


class ComplaintsPage(QWidget):
    def __init__(self, vm: ComplaintsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 10, 10, 10)

        new, nbox = panel()
        new.setFixedWidth(420)
        nbox.addWidget(label(translate("CounterComplaints", "登记“办不成事”反映"), "heading"))
        nbox.addWidget(
            label(
                translate("CounterComplaints", "首问负责：问清想办什么、卡在哪里，一次记全。"),
                "muted",
                wrap=True,
            )
        )
        form = QFormLayout()
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(translate("CounterComplaints", "问题描述（必填）"))
        self.summary.setFixedHeight(110)
        self.category = QComboBox()
        for cat, text in vm.categories():
            self.category.addItem(text, cat.value)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(translate("CounterComplaints", "身份证号（可空：匿名反映）"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(translate("CounterComplaints", "用于告知处理结果"))
        self.case_no = QLineEdit()
        self.case_no.setPlaceholderText(translate("CounterComplaints", "相关办件编号（如有）"))
        form.addRow(translate("CounterComplaints", "问题"), self.summary)
        form.addRow(translate("CounterComplaints", "类别"), self.category)
        form.addRow(translate("CounterComplaints", "身份证号"), self.id_number)
        form.addRow(translate("CounterComplaints", "姓名"), self.name)
        form.addRow(translate("CounterComplaints", "电话"), self.phone)
        form.addRow(translate("CounterComplaints", "办件编号"), self.case_no)
        nbox.addLayout(form)
        self.save = button(translate("CounterComplaints", "登记"), "primary")
        nbox.addWidget(self.save)
        nbox.addStretch(1)
        help_frame, hbox = panel("help-banner")
        hbox.addWidget(label(translate("CounterComplaints", "自助机求助"), ""))
        self.help_list = help_table()
        self.help_list.setHorizontalHeaderLabels(
            [
                translate("CounterComplaints", "自助机"),
                translate("CounterComplaints", "时间"),
                translate("CounterComplaints", "原因"),
            ]
        )
        self.help_list.setMaximumHeight(140)
        hbox.addWidget(self.help_list)
        self.ack = button(translate("CounterComplaints", "我去处理"))
        hbox.addWidget(self.ack)
        nbox.addWidget(help_frame)
        row.addWidget(new)

        mid = QVBoxLayout()
        bar = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.addItem(translate("CounterComplaints", "未办结"), True)
        self.scope.addItem(translate("CounterComplaints", "全部"), False)
        bar.addWidget(label(translate("CounterComplaints", "反映列表"), "heading"))
        bar.addStretch(1)
        bar.addWidget(self.scope)
        mid.addLayout(bar)
        self.list = table(
            [
                translate("CounterComplaints", "编号"),
                translate("CounterComplaints", "类别"),
                translate("CounterComplaints", "状态"),
                translate("CounterComplaints", "登记时间"),
                translate("CounterComplaints", "承办"),
                translate("CounterComplaints", "申请人"),
            ]
        )
        mid.addWidget(self.list, 1)
        row.addLayout(mid, 1)

        detail, dbox = panel()
        detail.setFixedWidth(400)
        self.detail_title = label(translate("CounterComplaints", "选择一条反映"), "heading", wrap=True)
        dbox.addWidget(self.detail_title)
        self.detail_body = label("", "", wrap=True)
        self.detail_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dbox.addWidget(self.detail_body, 1)
        self.step_text = QLineEdit()
        dbox.addWidget(self.step_text)
        self.how = QComboBox()
        for way in NOTIFY_WORDS:  # stored as written, shown in the clerk's words
            self.how.addItem(translate("CounterComplaints", way), way)
        dbox.addWidget(self.how)
        self.step = button("", "primary")
        dbox.addWidget(self.step)
        self.reopen = button(translate("CounterComplaints", "结果不到位，退回重办"))
        dbox.addWidget(self.reopen)
        self.first_ask = button(translate("CounterComplaints", "我首问负责（登记并跟到底）"))
        dbox.addWidget(self.first_ask)
        self.handle_note = label(
            translate("CounterComplaints", "交办、办结由首席事务代表或大厅管理员操作。"), "small", wrap=True
        )
        dbox.addWidget(self.handle_note)
        row.addWidget(detail)
        self.keys = PageKeys(self, vm.say)
        for key, b, why in (
            ("Alt+D", self.save, translate("CounterComplaints", "正在登记，请稍候。")),
            ("Alt+Q", self.ack, translate("CounterComplaints", "目前没有自助机请求帮助。")),
            (
                "Alt+N",
                self.step,
                translate(
                    "CounterComplaints",
                    "请先在反映列表中选择一条未办结的反映；交办、办结由首席事务代表或大厅管理员操作。",
                ),
            ),
            (
                "Alt+T",
                self.reopen,
                translate(
                    "CounterComplaints",
                    "请先在反映列表中选择一条已解决的反映；退回重办由首席事务代表或大厅管理员操作。",
                ),
            ),
            (
                "Alt+S",
                self.first_ask,
                translate("CounterComplaints", "请先在反映列表中选择一条未办结的反映。"),
            ),
        ):
            self.keys.bind(key, b, why)

        self.save.clicked.connect(self._save)
        self.scope.currentIndexChanged.connect(self._scope)
        self.list.itemSelectionChanged.connect(self._select)
        self.step.clicked.connect(lambda: vm.advance(self.step_text.text(), self.how.currentData()))
        self.reopen.clicked.connect(lambda: vm.reopen(self.step_text.text()))
        self.first_ask.clicked.connect(vm.take_as_first_ask)
        self.ack.clicked.connect(self._ack)
        vm.changed.connect(self.render)
        vm.help_changed.connect(self.render_help)
        vm.recorded.connect(self._clear_form)
        vm.message.connect(self._after_message)
        self.render()
        self.render_help()

    def _save(self) -> None:
        self.vm.record(
            summary=self.summary.toPlainText(),
            category=self.category.currentData(),
            id_number=self.id_number.text(),
            name=self.name.text(),
            phone=self.phone.text(),
            case_no=self.case_no.text(),
        )

    def _clear_form(self) -> None:
        for w in (self.id_number, self.name, self.phone, self.case_no):
            w.clear()
        self.summary.clear()

    def _after_message(self, level: str, _text: str, _hint: str) -> None:
        if level == "ok":
            self.step_text.clear()

    def _scope(self) -> None:
        self.vm.open_only = self.scope.currentData()
        self.vm.refresh()

    def _select(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows:
            item = self.list.item(rows[0].row(), 0)
            if item is not None:
                self.vm.select(item.text())

    def _ack(self) -> None:
        rows = self.help_list.selectionModel().selectedRows()
        r = rows[0].row() if rows else 0
        if self.vm.help:
            self.vm.acknowledge(self.vm.help[r].id)

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        self.list.setRowCount(len(vm.items))
        for r, row in enumerate(vm.items):
            when = f"{row.received_at.astimezone(vm.ctx.tz):%m-%d %H:%M}"
            for col, v in enumerate(
                (
                    row.complaint_no,
                    category_words(row.category),
                    state_words(row.state),
                    when,
                    row.assignee,
                    row.person or translate("CounterComplaints", "匿名"),
                )
            ):
                self.list.setItem(r, col, cell(v))
        self.list.resizeColumnsToContents()
        c = vm.selected
        if c is None:
            self.detail_title.setText(translate("CounterComplaints", "选择一条反映"))
            self.detail_body.setText("")
            for w in (self.step_text, self.how, self.step, self.reopen, self.first_ask):
                w.setVisible(False)
            return
        self.detail_title.setText(f"{c.complaint_no}　{state_words(c.state)}")
        person = c.person or translate("CounterComplaints", "匿名")
        lines = [
            translate("CounterComplaints", "类别：{category}").format(category=category_words(c.category)),
            translate("CounterComplaints", "申请人：{person} {id} {phone}")
            .format(person=person, id=c.person_id, phone=c.phone)
            .strip(),
            translate("CounterComplaints", "问题：{summary}").format(summary=c.summary),
        ]
        if c.case_no:
            lines.append(
                translate("CounterComplaints", "相关办件：{case_no}").format(
                    case_no=format_case_no(c.case_no)
                )
            )
        if c.assignee:
            lines.append(translate("CounterComplaints", "承办：{assignee}").format(assignee=c.assignee))
        if c.resolution:
            lines.append(
                translate("CounterComplaints", "解决结果：{resolution}").format(resolution=c.resolution)
            )
        lines.append("\n" + translate("CounterComplaints", "经过："))
        for h in c.history:
            what = translate("CounterComplaints", _ACTIONS[h.action]) if h.action in _ACTIONS else h.action
            who = translate("CounterComplaints", "（{who}）").format(who=h.by_name or h.by)
            lines.append(f"· {h.at.astimezone(vm.ctx.tz):%m-%d %H:%M} {what}{who}{h.note}")
        self.detail_body.setText("\n".join(lines))
        step = NEXT_STEP.get(c.state)
        can = vm.can_handle and step is not None
        self.step.setVisible(can)
        self.step_text.setVisible(can)
        self.how.setVisible(vm.can_handle and step is not None and step[1] == "notify")
        self.reopen.setVisible(vm.can_handle and c.state.value == "resolved")
        self.handle_note.setVisible(not vm.can_handle)
        self.first_ask.setVisible(vm.can_take_first_ask and c.is_open)
        if step is not None:
            with_key(self.step, translate("CounterComplaints", step[0]))
            self.step_text.setPlaceholderText(translate("CounterComplaints", _PROMPTS[step[1]]))

    def render_help(self) -> None:
        vm = self.vm
        self.help_list.setRowCount(len(vm.help))
        for r, h in enumerate(vm.help):
            when = f"{h.created_at.astimezone(vm.ctx.tz):%H:%M}"
            for col, v in enumerate(
                (h.terminal_name, when, h.reason or translate("CounterComplaints", "请求帮助"))
            ):
                self.help_list.setItem(r, col, cell(v))
        self.help_list.resizeRowsToContents()
        self.ack.setEnabled(bool(vm.help))
