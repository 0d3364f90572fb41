"""Step 3: the decision: accept (receipt printed with the promised date), not accept with a
one-time notice, 即办件 on the spot, delivery and cross-region options; then the review."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QWidget,
)

from counter_app.intake import Accepted, Refused
from counter_app.viewmodels.evaluation import EvaluationViewModel
from counter_app.viewmodels.intake import IntakeViewModel
from counter_app.views.common import button, cell, label, panel, table
from shared.cases import STATE_LABELS, CaseState, CrossRegion, DeliveryMethod
from shared.services.permissions import Permission

_EVAL_STATUS = {
    "waiting": "评价器上等待申请人评价…",
    "done": "✔ 申请人已评价",
    "skipped": "申请人暂不评价（凭证二维码仍可评价）",
}


class DecisionPanel(QWidget):
    def __init__(
        self, vm: IntakeViewModel, evaluation: EvaluationViewModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vm = vm
        self.evaluation = evaluation
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)

        left, box = panel()
        left.setFixedWidth(390)
        box.addWidget(label("结果送达", "heading"))
        self.delivery = QButtonGroup(self)
        drow = QHBoxLayout()
        for method, text in (
            (DeliveryMethod.WINDOW, "窗口领取"),
            (DeliveryMethod.POST, "免费邮寄"),
            (DeliveryMethod.ELECTRONIC, "电子送达"),
        ):
            rb = QRadioButton(text)
            rb.setProperty("method", method.value)
            rb.setChecked(method is DeliveryMethod.WINDOW)
            self.delivery.addButton(rb)
            drow.addWidget(rb)
        box.addLayout(drow)
        self.address = QLineEdit()
        self.address.setPlaceholderText("邮寄地址（选择邮寄时必填）")
        box.addWidget(self.address)
        box.addWidget(label("跨省通办 / 省内通办", "heading"))
        form = QFormLayout()
        self.cross = QComboBox()
        self.cross.addItem("本地办理", CrossRegion.NONE)
        self.cross.addItem("省内通办（异地代收代办）", CrossRegion.IN_PROVINCE)
        self.cross.addItem("跨省通办（异地代收代办）", CrossRegion.CROSS_PROVINCE)
        self.region = QLineEdit()
        self.region.setPlaceholderText("承办地区划代码，如 530102")
        form.addRow("办理方式", self.cross)
        form.addRow("承办地", self.region)
        box.addLayout(form)
        self.cross_note = label("", "small", wrap=True)
        box.addWidget(self.cross_note)
        box.addWidget(label("受理决定", "heading"))
        self.accept = button("收件受理并打印凭证  [Ctrl+Enter]", "primary")
        box.addWidget(self.accept)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("不予受理理由（必填），如：材料不齐全，详见一次性告知单")
        box.addWidget(self.reason)
        self.refuse = button("不予受理，打印一次性告知单", "danger")
        box.addWidget(self.refuse)
        box.addStretch(1)
        row.addWidget(left)

        right, rbox = panel()
        rbox.addWidget(label("本次办理结果", "heading"))
        self.results = table(["办件号", "事项", "状态", "承诺办结", "凭证", "评价"])
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.setWordWrap(True)
        for col, width in enumerate((172, 150, 58, 92, 62)):
            self.results.setColumnWidth(col, width)
        rbox.addWidget(self.results, 1)
        self.problems = label("", "", wrap=True)
        rbox.addWidget(self.problems)
        actions = QHBoxLayout()
        self.finish = button("即办件当场办结（首席事务代表）")
        self.ask_review = button("请申请人评价（评价器）", "primary")
        actions.addWidget(self.finish)
        actions.addWidget(self.ask_review)
        rbox.addLayout(actions)
        rbox.addWidget(label("评价在面向申请人的评价器上进行，本屏幕不显示评价内容。", "small", wrap=True))
        row.addWidget(right, 1)

        self.accept.clicked.connect(self.do_accept)
        self.refuse.clicked.connect(lambda: vm.refuse(self.reason.text()))
        self.finish.clicked.connect(self._finish)
        self.ask_review.clicked.connect(self._ask_review)
        self.cross.currentIndexChanged.connect(self._sync_cross)
        vm.decided.connect(lambda _r: self.render())
        vm.checklist_changed.connect(self.render)
        vm.finished_on_spot.connect(lambda _s: self.render())
        evaluation.status_changed.connect(lambda _c, _s: self.render())
        self.render()

    def _sync_cross(self) -> None:
        self.vm.set_cross_region(self.cross.currentData(), self.region.text())

    def do_accept(self) -> None:
        method = DeliveryMethod(self.delivery.checkedButton().property("method"))
        self.vm.set_delivery(method, self.address.text())
        self.vm.set_cross_region(self.cross.currentData(), self.region.text())
        self.vm.accept()

    def _selected_case(self) -> str | None:
        rows = self.results.selectionModel().selectedRows() if self.results.selectionModel() else []
        r = rows[0].row() if rows else (0 if self.results.rowCount() else None)
        return None if r is None else self.results.item(r, 0).text()

    def _finish(self) -> None:
        no = self._selected_case()
        if no:
            self.vm.finish_on_the_spot(no)

    def _ask_review(self) -> None:
        no = self._selected_case()
        if not no:
            self.vm.say("error", "还没有办件可评价。", "受理或出具告知单后再请申请人评价。")
            return
        name = next((r.case.record.item_name for r in self._outcomes() if r.case.case_no == no), "")
        self.evaluation.request(case_no=no, service_name=name)

    def _outcomes(self) -> list[Accepted | Refused]:
        return [*self.vm.accepted, *self.vm.refused]

    def render(self) -> None:
        vm = self.vm
        allowed_cross = vm.can_cross_region
        self.cross.setEnabled(allowed_cross)
        self.region.setEnabled(allowed_cross)
        if vm.checklist is None:
            self.cross_note.setText("")
        elif allowed_cross:
            kinds = "、".join(sorted({k.value for i in vm.checklist.items for k in i.cross_region}))
            self.cross_note.setText(f"本事项支持{kinds}：填写承办地后，办件上报平台转承办地办理。")
        else:
            self.cross_note.setText("本事项不在通办清单内，只能本地办理。")
        outcomes = self._outcomes()
        # one decision per checklist: pick the item again to decide anew
        open_decision = vm.checklist is not None and not outcomes
        self.accept.setEnabled(open_decision)
        self.refuse.setEnabled(open_decision)
        self.results.setRowCount(len(outcomes))
        problems: list[str] = []
        for r, o in enumerate(outcomes):
            rec = o.case.record
            promised = f"{rec.promised_date:%Y-%m-%d}" if rec.promised_date else "—"
            review = _EVAL_STATUS.get(self.evaluation.clerk_status.get(rec.case_no, ""), "未评价")
            for c, v in enumerate(
                (rec.case_no, rec.item_name, STATE_LABELS[rec.state], promised, o.printed.message, review)
            ):
                self.results.setItem(r, c, cell(v))
            if isinstance(o, Refused):
                problems += [f"· {line}" for line in o.check.lines()]
        self.results.resizeRowsToContents()
        self.problems.setText("一次性告知内容：\n" + "\n".join(problems) if problems else "")
        chief = vm.session.can(Permission.FINISH_ON_THE_SPOT)
        spot = [a for a in vm.accepted if a.on_the_spot and a.case.record.state is CaseState.ACCEPTED]
        self.finish.setVisible(bool(spot))
        self.finish.setEnabled(chief)
        self.finish.setToolTip("" if chief else "只有首席事务代表可以当场办结即办件；请转交首席事务代表。")
        self.ask_review.setEnabled(bool(outcomes))
