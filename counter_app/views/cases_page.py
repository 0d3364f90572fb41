"""办件查询: my cases and the hall's, countdown and highlight, detail with its actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.style import OVERDUE_BG, SOON_BG
from counter_app.viewmodels.cases import (
    FILTER_WORDS,
    CasesViewModel,
    agent_words,
    clock_lines,
    cross_words,
    deadline_words,
    delivery_words,
    filter_words,
    followup_line,
    receipt_words,
    state_words,
    transfer_line_words,
)
from counter_app.views.common import (
    PageKeys,
    button,
    case_number_width,
    cell,
    fit_columns,
    label,
    panel,
    table,
)
from shared.domain.cases import CaseState, ReceiptMethod
from shared.services.permissions import Permission

_SUPPLY_METHODS = [m for m in ReceiptMethod if m is not ReceiptMethod.DEFERRED]
translate = QCoreApplication.translate


class CasesPage(QWidget):
    def __init__(self, vm: CasesViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        bar = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.addItem(translate("CounterCases", "我的办件"), "mine")
        self.scope.addItem(translate("CounterCases", "全厅办件"), "hall")
        self.show_ = QComboBox()
        for key in FILTER_WORDS:
            self.show_.addItem(filter_words(key), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("CounterCases", "办件编号（20位）、身份证号或日期 2026-11-17，回车查询")
        )
        self.refresh = button(translate("CounterCases", "刷新"))
        bar.addWidget(self.scope)
        bar.addWidget(self.show_)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.refresh)
        outer.addLayout(bar)
        self.to_issue = label("", "", wrap=True)
        outer.addWidget(self.to_issue)
        # 免证办 checks refused after acceptance (the job found them): this window's to deal with
        self.followups = label("", "error", wrap=True)
        outer.addWidget(self.followups)
        body = QHBoxLayout()
        self.table = table(
            [
                translate("CounterCases", "办件编号"),
                translate("CounterCases", "事项"),
                translate("CounterCases", "申请人"),
                translate("CounterCases", "状态"),
                translate("CounterCases", "剩余时限"),
                translate("CounterCases", "承诺办结"),
                translate("CounterCases", "容缺待补"),
                translate("CounterCases", "窗口"),
            ]
        )
        self.table.setWordWrap(True)
        fit_columns(
            self.table,
            fixed={0: case_number_width(self.table), 2: 168, 3: 64, 4: 124, 5: 96, 7: 48},
            stretch=(1, 6),
        )
        body.addWidget(self.table, 3)
        detail, dbox = panel()
        detail.setFixedWidth(400)
        self.detail_title = label(translate("CounterCases", "选择一个办件查看详情"), "heading", wrap=True)
        dbox.addWidget(self.detail_title)
        self.detail_body = label("", "", wrap=True)
        self.detail_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dbox.addWidget(self.detail_body, 1)
        self.supply_btn = button(translate("CounterCases", "登记补交容缺材料"))
        self.issue_btn = button(translate("CounterCases", "出件（交付办理结果）"), "primary")
        self.spot_btn = button(translate("CounterCases", "即办件当场办结（首席事务代表）"))
        self.supplied_btn = button(translate("CounterCases", "补正材料已收齐（受理 / 恢复计时）"), "primary")
        self.special_btn = button(translate("CounterCases", "开始特别程序（暂停计时）"))
        self.special_end_btn = button(translate("CounterCases", "特别程序结束（恢复计时）"))
        self.followup_btn = button(translate("CounterCases", "核验问题已处理（已通知申请人补交）"))
        for b in (
            self.followup_btn,
            self.supply_btn,
            self.issue_btn,
            self.spot_btn,
            self.supplied_btn,
            self.special_btn,
            self.special_end_btn,
        ):
            dbox.addWidget(b)
        body.addWidget(detail)
        outer.addLayout(body, 1)
        # every action has its key, written on its button (the detail's act on the case opened)
        self.keys = PageKeys(self, vm.say)
        for key, b, why in (
            ("Alt+R", self.refresh, translate("CounterCases", "正在读取办件，请稍候。")),
            (
                "Alt+Y",
                self.followup_btn,
                translate("CounterCases", "请先在表中选择一个核验未通过、待跟进的办件。"),
            ),
            ("Alt+B", self.supply_btn, translate("CounterCases", "请先在表中选择一个有容缺待补材料的办件。")),
            (
                "Alt+C",
                self.issue_btn,
                translate("CounterCases", "请先在表中选择一个待出件的办件（见上方“待出件”）。"),
            ),
            (
                "Alt+J",
                self.spot_btn,
                translate("CounterCases", "请先在表中选择一个已受理的即办件；当场办结由首席事务代表操作。"),
            ),
            ("Alt+S", self.supplied_btn, translate("CounterCases", "请先在表中选择一个已告知补正的办件。")),
            (
                "Alt+T",
                self.special_btn,
                translate("CounterCases", "请先在表中选择一个正在计时、有特别程序的办件。"),
            ),
            (
                "Alt+E",
                self.special_end_btn,
                translate("CounterCases", "请先在表中选择一个处在特别程序中的办件。"),
            ),
        ):
            self.keys.bind(key, b, why)

        self.scope.currentIndexChanged.connect(lambda _i: vm.set_filter(scope=self.scope.currentData()))
        self.show_.currentIndexChanged.connect(lambda _i: vm.set_filter(show=self.show_.currentData()))
        self.search.returnPressed.connect(lambda: vm.set_filter(search=self.search.text()))
        self.refresh.clicked.connect(vm.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.supply_btn.clicked.connect(self._supply)
        self.issue_btn.clicked.connect(self._issue)
        self.spot_btn.clicked.connect(vm.finish_on_the_spot)
        self.supplied_btn.clicked.connect(vm.receive_supplement)
        self.special_btn.clicked.connect(self._special)
        self.special_end_btn.clicked.connect(vm.end_special)
        self.followup_btn.clicked.connect(vm.handle_followup)
        vm.rows_changed.connect(self.render)
        vm.detail_changed.connect(self.render_detail)
        self.render()
        self.render_detail()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            item = self.table.item(rows[0].row(), 0)
            if item is not None:
                self.vm.open(item.text())

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        self.table.setRowCount(len(vm.rows))
        for r, row in enumerate(vm.rows):
            promised = f"{row.promised_date:%Y-%m-%d}" if row.promised_date else "—"
            owed = translate("CounterCases", "、").join(
                translate("CounterCases", "{name}（{date}前）").format(
                    name=m.name, date=f"{m.supply_by:%m-%d}"
                )
                for m in row.owed
                if m.supply_by
            )
            values = (
                row.case_no,
                row.item_name,
                f"{row.applicant} {row.applicant_id}",
                state_words(row.state),
                deadline_words(row.deadline.text),
                promised,
                owed,
                row.window_no or "",
            )
            colour = OVERDUE_BG if row.deadline.overdue else SOON_BG if row.deadline.soon else None
            for c, v in enumerate(values):
                item = cell(v)
                if colour:
                    item.setBackground(QColor(colour))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.followups.setText(
            translate("CounterCases", "核验未通过、待跟进：")
            + "\n"
            + "\n".join(followup_line(f) for f in vm.licence_followups)
            if vm.licence_followups
            else ""
        )
        self.followups.setVisible(bool(vm.licence_followups))
        issue = [n for n in vm.to_issue]
        numbers = translate("CounterCases", "、").join(issue[:5]) + ("…" if len(issue) > 5 else "")
        self.to_issue.setText(
            translate("CounterCases", "待出件：{n}件（{numbers}）").format(n=len(issue), numbers=numbers)
            if issue
            else ""
        )

    def render_detail(self) -> None:
        d = self.vm.detail
        session = self.vm.session
        if d is None:
            self.detail_title.setText(translate("CounterCases", "选择一个办件查看详情"))
            self.detail_body.setText("")
            for b in (
                self.followup_btn,
                self.supply_btn,
                self.issue_btn,
                self.spot_btn,
                self.supplied_btn,
                self.special_btn,
                self.special_end_btn,
            ):
                b.setVisible(False)
            return
        row = d.row
        self.detail_title.setText(f"{row.case_no}\n{row.item_name}")
        promised = f"{row.promised_date:%Y-%m-%d}" if row.promised_date else "—"
        lines = [
            translate("CounterCases", "申请人：{name} {id}").format(name=row.applicant, id=row.applicant_id),
            translate("CounterCases", "状态：{state}　时限：{deadline}").format(
                state=state_words(row.state), deadline=deadline_words(row.deadline.text)
            ),
            translate("CounterCases", "承诺办结：{date}").format(date=promised),
            translate("CounterCases", "送达方式：{delivery}").format(delivery=delivery_words(d.delivery)),
        ]
        if d.cross_region:
            lines.append(translate("CounterCases", "通办：{cross}").format(cross=cross_words(d.cross_region)))
        if d.agent:
            lines.append(translate("CounterCases", "代办人：{agent}").format(agent=agent_words(d.agent)))
        for t in d.transfers:
            lines.append(
                translate("CounterCases", "流转单 {transfer}").format(transfer=transfer_line_words(t))
            )
        if d.decision_note:
            lines.append(translate("CounterCases", "决定说明：{note}").format(note=d.decision_note))
        clock = self.vm.clock if self.vm.clock and self.vm.clock.case_no == row.case_no else None
        if clock is not None:
            lines += clock_lines(clock)
        if d.missing:
            lines.append(
                translate("CounterCases", "告知补正：") + translate("CounterCases", "；").join(d.missing)
            )
        lines.append("\n" + translate("CounterCases", "材料："))
        for m in d.materials:
            how = receipt_words(m.method)
            extra = ""
            if m.method == ReceiptMethod.DEFERRED.value and m.supply_by:
                extra = translate("CounterCases", "，{date}前补交（未交）").format(
                    date=f"{m.supply_by:%Y-%m-%d}"
                )
            elif m.supplied_at:
                extra = translate("CounterCases", "（已补交）")
            if m.method in (ReceiptMethod.E_LICENCE.value, ReceiptMethod.DATA_SHARING.value) and m.reference:
                extra += f" {m.reference}"
            line = translate("CounterCases", "· {name}：{how}").format(name=m.name, how=how) + extra
            lines.append(line + (f"\n　{m.note}" if m.note else ""))
        lines.append("\n" + translate("CounterCases", "经过："))
        for e in d.history:
            lines.append(
                f"· {e.at.astimezone(session.ctx.tz):%m-%d %H:%M} {state_words(e.to_state)} {e.note}"
            )
        self.detail_body.setText("\n".join(lines))
        self.followup_btn.setVisible(any(f.case_no == row.case_no for f in self.vm.licence_followups))
        self.supply_btn.setVisible(bool(row.owed) and session.can(Permission.SUPPLY_MATERIAL))
        self.issue_btn.setVisible(row.case_no in self.vm.to_issue)
        spot = d.on_the_spot and row.state is CaseState.ACCEPTED
        self.spot_btn.setVisible(spot)
        self.spot_btn.setEnabled(session.can(Permission.FINISH_ON_THE_SPOT))
        may_accept = session.can(Permission.ACCEPT_CASE)
        self.supplied_btn.setVisible(row.state is CaseState.SUPPLEMENT_REQUESTED and may_accept)
        running = clock is not None and clock.running
        self.special_btn.setVisible(bool(clock is not None and running and clock.procedures and may_accept))
        self.special_end_btn.setVisible(
            bool(
                clock and clock.stopped_by and row.state is not CaseState.SUPPLEMENT_REQUESTED and may_accept
            )
        )

    def _special(self) -> None:
        clock = self.vm.clock
        if clock is None or not clock.procedures:
            return
        name, ok = QInputDialog.getItem(
            self,
            translate("CounterCases", "特别程序"),
            translate("CounterCases", "开始哪个特别程序"),
            list(clock.procedures),
            0,
            False,
        )
        if ok:
            self.vm.start_special(name)

    def _supply(self) -> None:
        d = self.vm.detail
        if d is None or not d.row.owed:
            return
        names = [m.name for m in d.row.owed]
        title = translate("CounterCases", "登记补交")
        name, ok = QInputDialog.getItem(self, title, translate("CounterCases", "补交的材料"), names, 0, False)
        if not ok:
            return
        material = d.row.owed[names.index(name)]
        labels = [receipt_words(m) for m in _SUPPLY_METHODS]
        how, ok = QInputDialog.getItem(self, title, translate("CounterCases", "收取方式"), labels, 0, False)
        if not ok:
            return
        method = _SUPPLY_METHODS[labels.index(how)]
        ref = ""
        if method in (ReceiptMethod.E_LICENCE, ReceiptMethod.DATA_SHARING, ReceiptMethod.REUSED):
            ref, ok = QInputDialog.getText(self, title, translate("CounterCases", "凭据编号"))
            if not ok:
                return
        self.vm.supply(material.material_code, method, ref)

    def _issue(self) -> None:
        d = self.vm.detail
        if d is None:
            return
        tracking = ""
        if d.delivery.startswith("免费邮寄"):
            tracking, ok = QInputDialog.getText(
                self, translate("CounterCases", "邮寄出件"), translate("CounterCases", "邮件号（扫描或输入）")
            )
            if not ok:
                return
        self.vm.issue_result(tracking)
