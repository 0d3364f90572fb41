"""首问登记: record a question at the window, take a kiosk's call for help as 首问, hand a
matter over or close it; the manager's list of every open one and its age."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from counter_app.viewmodels.ages import age_words
from counter_app.viewmodels.first_asks import FirstAsksViewModel, kind_words, role_words, state_words
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
from shared.domain.first_asks import FirstAskKind
from shared.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

_ACTIONS = {
    "first_ask.record": QT_TRANSLATE_NOOP("CounterFirstAsks", "首问登记"),
    "first_ask.handover": QT_TRANSLATE_NOOP("CounterFirstAsks", "移交"),
    "first_ask.close": QT_TRANSLATE_NOOP("CounterFirstAsks", "办结"),
}
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
        nbox.addWidget(label(translate("CounterFirstAsks", "咨询登记（首问负责）"), "heading"))
        nbox.addWidget(
            label(
                translate("CounterFirstAsks", "谁首先被问到，谁负责到底：办结或书面移交给具体的人。"),
                "muted",
                wrap=True,
            )
        )
        form = QFormLayout()
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(translate("CounterFirstAsks", "群众想办什么、问了什么（必填）"))
        self.summary.setFixedHeight(100)
        self.kind = QComboBox()
        for k, text in vm.kinds():
            self.kind.addItem(text, k.value)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(translate("CounterFirstAsks", "身份证号（可空：匿名咨询）"))
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(translate("CounterFirstAsks", "用于回复（可空）"))
        form.addRow(translate("CounterFirstAsks", "事项"), self.summary)
        form.addRow(translate("CounterFirstAsks", "类别"), self.kind)
        form.addRow(translate("CounterFirstAsks", "身份证号"), self.id_number)
        form.addRow(translate("CounterFirstAsks", "姓名"), self.name)
        form.addRow(translate("CounterFirstAsks", "电话"), self.phone)
        nbox.addLayout(form)
        self.save = button(translate("CounterFirstAsks", "登记"), "primary")
        nbox.addWidget(self.save)
        help_frame, hbox = panel("help-banner")
        hbox.addWidget(label(translate("CounterFirstAsks", "自助机求助：接手即首问负责"), ""))
        self.help_list = help_table()
        self.help_list.setHorizontalHeaderLabels(
            [
                translate("CounterFirstAsks", "自助机"),
                translate("CounterFirstAsks", "时间"),
                translate("CounterFirstAsks", "原因"),
            ]
        )
        self.help_list.setMaximumHeight(140)
        hbox.addWidget(self.help_list)
        self.take = button(translate("CounterFirstAsks", "接手（首问负责）"))
        hbox.addWidget(self.take)
        nbox.addWidget(help_frame)
        nbox.addStretch(1)
        row.addWidget(new)

        mid = QVBoxLayout()
        bar = QHBoxLayout()
        self.title = label(translate("CounterFirstAsks", "我负责的"), "heading")
        bar.addWidget(self.title)
        bar.addStretch(1)
        self.scope = FitCombo()
        self.scope.addItem(translate("CounterFirstAsks", "我负责的"), False)
        self.scope.addItem(translate("CounterFirstAsks", "全厅未办结（督办）"), True)
        bar.addWidget(self.scope)
        mid.addLayout(bar)
        self.list = table(
            [
                translate("CounterFirstAsks", "登记号"),
                translate("CounterFirstAsks", "类别"),
                translate("CounterFirstAsks", "负责人"),
                translate("CounterFirstAsks", "已历时"),
                translate("CounterFirstAsks", "移交"),
                translate("CounterFirstAsks", "提示"),
                translate("CounterFirstAsks", "事项"),
            ]
        )
        # the whole 登记号 and the short columns fixed, the matter taking what is left: the
        # hall's list fits the page at 1600×900 without scrolling sideways (measured in the
        # clerk's language: the longest kind, an age of days and hours, the hint)
        fm = self.list.fontMetrics()
        widths = (
            "SW" + "8" * 18,
            kind_words(FirstAskKind.COMPLAINT),
            translate("CounterFirstAsks", "负责人"),
            age_words("1天23小时"),
            translate("CounterFirstAsks", "移交"),
            translate("CounterFirstAsks", "超24小时"),
        )
        fit_columns(
            self.list, fixed={i: fm.horizontalAdvance(w) + 18 for i, w in enumerate(widths)}, stretch=(6,)
        )
        mid.addWidget(self.list, 1)
        self.count = label("", "muted")
        mid.addWidget(self.count)
        row.addLayout(mid, 1)

        detail, dbox = panel()
        detail.setFixedWidth(360)
        self.detail_title = label(translate("CounterFirstAsks", "选择一条登记"), "heading", wrap=True)
        dbox.addWidget(self.detail_title)
        self.detail_body = label("", "", wrap=True)
        self.detail_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dbox.addWidget(self.detail_body, 1)
        self.to_user = QComboBox()
        dbox.addWidget(self.to_user)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("CounterFirstAsks", "移交说明：已做什么、已告知什么、还差什么")
        )
        dbox.addWidget(self.note)
        self.hand = button(translate("CounterFirstAsks", "移交"))
        dbox.addWidget(self.hand)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(translate("CounterFirstAsks", "办理结果：答复了什么、办成了什么"))
        dbox.addWidget(self.outcome)
        self.finish = button(translate("CounterFirstAsks", "办结"), "primary")
        dbox.addWidget(self.finish)
        row.addWidget(detail)
        self.keys = PageKeys(self, vm.say)
        mine = translate("CounterFirstAsks", "请先在列表中选择一条由您负责、未办结的登记。")
        self.keys.bind("Alt+D", self.save, translate("CounterFirstAsks", "正在登记，请稍候。"))
        self.keys.bind(
            "Alt+J", self.take, translate("CounterFirstAsks", "目前没有自助机请求帮助，或您的账号不能接手。")
        )
        self.keys.bind("Alt+Y", self.hand, mine)
        self.keys.bind("Alt+B", self.finish, mine)

        self.save.clicked.connect(self._save)
        self.take.clicked.connect(self._take)
        self.scope.currentIndexChanged.connect(lambda: vm.set_scope(bool(self.scope.currentData())))
        self.list.itemSelectionChanged.connect(self._select)
        self.hand.clicked.connect(lambda: vm.hand_over(self.to_user.currentData() or "", self.note.text()))
        self.finish.clicked.connect(lambda: vm.close(self.outcome.text()))
        vm.changed.connect(self.render)
        vm.recorded.connect(self._clear_form)
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

    def _clear_form(self) -> None:
        for w in (self.id_number, self.name, self.phone):
            w.clear()
        self.summary.clear()

    def _after_message(self, level: str, _text: str, _hint: str) -> None:
        if level != "ok":
            return
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
        self.title.setText(
            translate("CounterFirstAsks", "全厅未办结的首问登记")
            if vm.show_all
            else translate("CounterFirstAsks", "我负责的首问登记")
        )
        self.list.blockSignals(True)
        self.list.setRowCount(len(vm.items))
        for r, row in enumerate(vm.items):
            hint = translate("CounterFirstAsks", "超24小时未办结") if row.stale else ""
            values = (
                row.ask_no,
                kind_words(row.kind),
                row.owner_name,
                age_words(row.age_label),
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
        count = translate("CounterFirstAsks", "共 {n} 件未办结").format(n=len(vm.items))
        self.count.setText(
            count + (translate("CounterFirstAsks", "，其中 {n} 件超24小时").format(n=stale) if stale else "")
        )

        self.help_list.setRowCount(len(vm.help))
        for r, request in enumerate(vm.help):
            when = f"{request.created_at.astimezone(vm.ctx.tz):%H:%M}"
            for col, value in enumerate(
                (request.terminal_name, when, request.reason or translate("CounterFirstAsks", "请求帮助"))
            ):
                self.help_list.setItem(r, col, cell(value))
        self.help_list.resizeRowsToContents()
        self.take.setEnabled(bool(vm.help) and vm.can_take_help)

        current = self.to_user.currentData()
        self.to_user.clear()
        self.to_user.addItem(translate("CounterFirstAsks", "选择接手人"), "")
        for c in vm.colleagues:
            who = translate("CounterFirstAsks", "{name}（{role}）").format(
                name=c.display_name, role=role_words(c.role_label)
            )
            self.to_user.addItem(who, c.username)
        if current:
            i = self.to_user.findData(current)
            self.to_user.setCurrentIndex(max(i, 0))

        v = vm.selected
        movable = vm.may_move(v)
        for w in (self.to_user, self.note, self.hand, self.outcome, self.finish):
            w.setVisible(movable)
        if v is None:
            self.detail_title.setText(translate("CounterFirstAsks", "选择一条登记"))
            self.detail_body.setText("")
            return
        self.detail_title.setText(f"{v.ask_no}　{state_words(v.state)}")
        person = v.person or translate("CounterFirstAsks", "匿名")
        lines = [
            translate("CounterFirstAsks", "类别：{kind}").format(kind=kind_words(v.kind)),
            translate("CounterFirstAsks", "群众：{person} {id} {phone}")
            .format(person=person, id=v.person_id, phone=v.phone)
            .strip(),
            translate("CounterFirstAsks", "事项：{summary}").format(summary=v.summary),
            translate("CounterFirstAsks", "首问：{name}").format(name=v.first_owner_name)
            + (translate("CounterFirstAsks", "（{n}号窗口）").format(n=v.window_no) if v.window_no else ""),
            translate("CounterFirstAsks", "现负责人：{name}").format(name=v.owner_name),
            translate("CounterFirstAsks", "已历时：{age}").format(age=age_words(v.age_label))
            + (translate("CounterFirstAsks", "（超24小时）") if v.stale else ""),
        ]
        if v.source_ref and v.kind.value == "complaint":
            lines.append(
                translate("CounterFirstAsks", "来源反映：{complaint}").format(complaint=v.source_ref)
            )
        if v.outcome:
            lines.append(translate("CounterFirstAsks", "办理结果：{outcome}").format(outcome=v.outcome))
        if v.history:
            lines.append("\n" + translate("CounterFirstAsks", "经过："))
            for h in v.history:
                what = translate("CounterFirstAsks", _ACTIONS[h.action]) if h.action in _ACTIONS else h.action
                who = translate("CounterFirstAsks", "（{who}）").format(who=h.by_name or h.by)
                lines.append(f"· {h.at.astimezone(vm.ctx.tz):%m-%d %H:%M} {what}{who}{h.note}")
        self.detail_body.setText("\n".join(lines))
