"""Step 3: the decision: accept (receipt printed with the promised date), not accept with a
one-time notice, 即办件 on the spot, delivery and cross-region options; then the review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QWidget,
)

from counter_app.case_words import state_word
from counter_app.intake import Accepted, Refused
from counter_app.viewmodels.evaluation import EvaluationViewModel
from counter_app.viewmodels.intake import IntakeViewModel
from counter_app.views.common import (
    TextBox,
    button,
    case_number_width,
    cell,
    label,
    panel,
    rows_follow_columns,
    table,
)
from shared.domain.cases import CaseState, CrossRegion, DeliveryMethod
from shared.domain.catalog import vocab
from shared.domain.errors import YimenError
from shared.domain.refusals import RefusalGrounds
from shared.domain.regions import handling_regions, platform_code, region_label, validate_region_code
from shared.services.permissions import Permission
from shared.ui.i18n import QT_TRANSLATE_NOOP

# the clerk's words go through Qt's translation system (docs/translations.md); case numbers, item
# and place names, the reason the clerk typed and what the one-time notice prints stay as they are
translate = QCoreApplication.translate

_EVAL_STATUS = {
    "waiting": QT_TRANSLATE_NOOP("CounterDecision", "等申请人在评价器上评价"),
    "done": QT_TRANSLATE_NOOP("CounterDecision", "✔ 申请人已评价"),
    "skipped": QT_TRANSLATE_NOOP("CounterDecision", "申请人暂不评价（凭证二维码仍可评价）"),
}
# the grounds of a refusal as shared.domain.refusals.GROUNDS_LABELS words them (a test holds the
# two the same); the notice prints the domain's Chinese
GROUNDS_WORDS = {
    RefusalGrounds.NO_LICENCE_NEEDED: QT_TRANSLATE_NOOP("CounterDecision", "申请事项依法不需要取得行政许可"),
    RefusalGrounds.OUTSIDE_POWERS: QT_TRANSLATE_NOOP("CounterDecision", "申请事项不属于本机关职权范围"),
    RefusalGrounds.NO_STANDING: QT_TRANSLATE_NOOP("CounterDecision", "申请人不具备本事项的申请资格"),
}
# the catalogue's fixed vocabulary of 通办 (shared.domain.catalog.vocab.CrossRegion)
CROSS_WORDS = {
    vocab.CrossRegion.INTER_PROVINCE: QT_TRANSLATE_NOOP("CounterDecision", "跨省通办"),
    vocab.CrossRegion.INTRA_PROVINCE: QT_TRANSLATE_NOOP("CounterDecision", "省内通办"),
}


def _refusal_reason(refused: Refused) -> str:
    """Why a case was not accepted, in the clerk's language; in Chinese the notice's own words
    (shared.services.refusals: the grounds, the reason typed, where to apply instead)."""
    if refused.grounds is None:
        return refused.reason
    reason = refused.typed
    if refused.authority:
        reason += translate("CounterDecision", "请向{authority}申请办理。").format(authority=refused.authority)
    return translate("CounterDecision", "{grounds}。{reason}").format(
        grounds=translate("CounterDecision", GROUNDS_WORDS[refused.grounds]), reason=reason
    )


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
        left.setFixedWidth(370)
        box.addWidget(label(translate("CounterDecision", "结果送达"), "heading"))
        self.delivery = QButtonGroup(self)
        drow = QHBoxLayout()
        for method, text in (
            (DeliveryMethod.WINDOW, translate("CounterDecision", "窗口领取")),
            (DeliveryMethod.POST, translate("CounterDecision", "免费邮寄")),
            (DeliveryMethod.ELECTRONIC, translate("CounterDecision", "电子送达")),
        ):
            rb = QRadioButton(text)
            rb.setProperty("method", method.value)
            rb.setChecked(method is DeliveryMethod.WINDOW)
            self.delivery.addButton(rb)
            drow.addWidget(rb)
        box.addLayout(drow)
        self.address = QLineEdit()
        self.address.setPlaceholderText(translate("CounterDecision", "邮寄地址（选择邮寄时必填）"))
        box.addWidget(self.address)
        box.addWidget(label(translate("CounterDecision", "跨省通办 / 省内通办"), "heading"))
        form = QFormLayout()
        self.cross = QComboBox()
        self.cross.addItem(translate("CounterDecision", "本地办理"), CrossRegion.NONE)
        self.cross.addItem(translate("CounterDecision", "省内通办（异地代收代办）"), CrossRegion.IN_PROVINCE)
        self.cross.addItem(translate("CounterDecision", "跨省通办（异地代收代办）"), CrossRegion.CROSS_PROVINCE)
        # 承办地: picked by name (the hall's county and its townships first), typing filters;
        # a code typed in full is taken for a region not listed
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.region.lineEdit()
        assert edit is not None  # an editable combo box has its line edit
        edit.setPlaceholderText(translate("CounterDecision", "选择或输入地名，如 勐遮"))
        self.region.setMaxVisibleItems(14)
        completer = QCompleter(self.region.model(), self.region)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.region.setCompleter(completer)
        self._region_kind: CrossRegion | None = None
        form.addRow(translate("CounterDecision", "办理方式"), self.cross)
        form.addRow(translate("CounterDecision", "承办地"), self.region)
        box.addLayout(form)
        self.cross_note = label("", "small", wrap=True)
        box.addWidget(self.cross_note)
        box.addWidget(label(translate("CounterDecision", "受理决定"), "heading"))
        self.accept = button(translate("CounterDecision", "收件受理并打印凭证  [Ctrl+Enter]"), "primary")
        box.addWidget(self.accept)
        # 行政许可法 第32条: missing or faulty materials call for 补正告知, not a refusal
        self.supplement = button(translate("CounterDecision", "材料不齐：补正告知，打印告知单  [Ctrl+B]"))
        box.addWidget(self.supplement)
        box.addWidget(
            label(translate("CounterDecision", "不予受理（不属本厅职权、依法无需许可、申请人不适格）"), "small", wrap=True)
        )
        self.grounds = QComboBox()
        for g in RefusalGrounds:
            self.grounds.addItem(translate("CounterDecision", GROUNDS_WORDS[g]), g)
        self.grounds.setCurrentIndex(list(RefusalGrounds).index(RefusalGrounds.OUTSIDE_POWERS))
        box.addWidget(self.grounds)
        # the reason is a sentence or two: it wraps in a field three lines tall, read whole
        self.reason = TextBox(3, translate("CounterDecision", "具体理由（必填），如：驾驶证补领由州车辆管理所办理"))
        box.addWidget(self.reason)
        self.authority = QLineEdit()
        self.authority.setPlaceholderText(translate("CounterDecision", "有权办理的机关（不属本厅职权时必填）"))
        box.addWidget(self.authority)
        self.refuse = button(translate("CounterDecision", "不予受理，打印通知书  [Ctrl+Shift+N]"), "danger")
        box.addWidget(self.refuse)
        # 帮办代办 at a village station or township centre: the county decides, the papers travel
        self.station_title = label(translate("CounterDecision", "免费代办（材料流转至县政务服务中心）"), "heading")
        box.addWidget(self.station_title)
        self.take = button(translate("CounterDecision", "免费代办：收件并打印流转单  [Ctrl+Shift+D]"), "primary")
        box.addWidget(self.take)
        box.addStretch(1)
        row.addWidget(left)

        right, rbox = panel()
        rbox.addWidget(label(translate("CounterDecision", "本次办理结果"), "heading"))
        self.results = table(
            [
                translate("CounterDecision", "办件编号"),
                translate("CounterDecision", "事项"),
                translate("CounterDecision", "状态"),
                translate("CounterDecision", "承诺办结"),
                translate("CounterDecision", "凭证"),
                translate("CounterDecision", "评价"),
            ]
        )
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.setWordWrap(True)
        # the 20-digit 办件编号 whole, the item's name taking what is left, nothing sideways
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.results.horizontalHeader()
        header.setStretchLastSection(False)
        for col, width in ((0, case_number_width(self.results)), (2, 60), (3, 96), (4, 62), (5, 118)):
            header.setSectionResizeMode(col, header.ResizeMode.Fixed)
            self.results.setColumnWidth(col, width)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        rows_follow_columns(self.results)
        rbox.addWidget(self.results, 1)
        self.problems = label("", "", wrap=True)
        rbox.addWidget(self.problems)
        actions = QHBoxLayout()
        self.finish = button(translate("CounterDecision", "即办件当场办结（首席事务代表）  [Ctrl+J]"))
        self.ask_review = button(translate("CounterDecision", "请申请人评价（评价器）  [Ctrl+P]"), "primary")
        actions.addWidget(self.finish)
        actions.addWidget(self.ask_review)
        rbox.addLayout(actions)
        rbox.addWidget(
            label(translate("CounterDecision", "评价在面向申请人的评价器上进行，本屏幕不显示评价内容。"), "small", wrap=True)
        )
        row.addWidget(right, 1)

        self.accept.clicked.connect(self.do_accept)
        self.supplement.clicked.connect(vm.notify_supplement)
        self.take.clicked.connect(vm.take_for_county)
        self.refuse.clicked.connect(self.do_refuse)
        self.finish.clicked.connect(self.do_finish)
        self.ask_review.clicked.connect(self.do_ask_review)
        self.cross.currentIndexChanged.connect(self._sync_cross)
        self.region.currentIndexChanged.connect(lambda _i: self.render())
        vm.decided.connect(lambda _r: self.render())
        vm.checklist_changed.connect(self.render)
        vm.finished_on_spot.connect(lambda _s: self.render())
        evaluation.status_changed.connect(lambda _c, _s: self.render())
        self.render()

    def _kind(self) -> CrossRegion:
        return CrossRegion(self.cross.currentData())  # Qt hands the enum back as its str value

    def _sync_cross(self) -> None:
        self._fill_regions()
        kind = self._kind()
        self.region.setEnabled(self.cross.isEnabled() and kind is not CrossRegion.NONE)
        code = self.region_code()
        self.vm.set_cross_region(kind, code or "")
        self.render()

    def _fill_regions(self) -> None:
        """The picker's list for the kind chosen: Yunnan's regions, or the other provinces."""
        kind = self._kind()
        if kind == self._region_kind:
            return
        self._region_kind = kind
        self.region.blockSignals(True)
        self.region.clear()
        if kind is not CrossRegion.NONE:
            home = self.vm.ctx.settings.hall.region_code
            for code, text in handling_regions(home=home, cross_province=kind is CrossRegion.CROSS_PROVINCE):
                self.region.addItem(text, code)
                self.region.setItemData(self.region.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.region.setCurrentIndex(-1)
        self.region.setEditText("")
        self.region.blockSignals(False)

    def region_code(self) -> str | None:
        """The 12-digit code picked or typed; None when the text names nothing (said on screen)."""
        text = self.region.currentText().strip()
        if not text:
            return ""
        i = self.region.findText(text)
        if i >= 0:
            return str(self.region.itemData(i))
        matches = [j for j in range(self.region.count()) if text in self.region.itemText(j)]
        if len(matches) == 1:  # 勐遮 is enough when only one place holds it
            return str(self.region.itemData(matches[0]))
        try:
            validate_region_code(text)
            return platform_code(text)
        except YimenError:
            return None

    def pick_region(self, code: str) -> None:
        """Choose the 承办地 by its code (the tour and the tests)."""
        self._fill_regions()
        i = self.region.findData(platform_code(code))
        if i < 0:
            self.region.setEditText(code)
        else:
            self.region.setCurrentIndex(i)
        edit = self.region.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)  # the name from its start

    def do_accept(self) -> None:
        checked = self.delivery.checkedButton()
        if checked is None:  # one of the exclusive group is always checked
            return
        method = DeliveryMethod(checked.property("method"))
        kind = self._kind()
        code = self.region_code() if kind is not CrossRegion.NONE else ""
        if code is None:
            text = self.region.currentText().strip()
            several = sum(1 for j in range(self.region.count()) if text in self.region.itemText(j))
            if several > 1:
                self.vm.say(
                    "error",
                    translate("CounterDecision", "“{text}”对应{n}个地方。").format(text=text, n=several),
                    translate("CounterDecision", "请从承办地列表中选定一个（可多输入几个字）。"),
                )
            else:
                self.vm.say(
                    "error",
                    translate("CounterDecision", "找不到承办地“{text}”。").format(text=text),
                    translate("CounterDecision", "请从列表中选择地名，或填写6位、9位或12位区划代码。"),
                )
            return
        self.vm.set_delivery(method, self.address.text())
        self.vm.set_cross_region(kind, code)
        self.vm.accept()

    def do_refuse(self) -> None:
        # the notice prints the reason as one paragraph: line breaks typed in the field go
        reason = "".join(line.strip() for line in self.reason.toPlainText().splitlines())
        self.vm.refuse(self.grounds.currentData(), reason, self.authority.text())

    def _selected_case(self) -> str | None:
        rows = self.results.selectionModel().selectedRows() if self.results.selectionModel() else []
        r = rows[0].row() if rows else (0 if self.results.rowCount() else None)
        item = None if r is None else self.results.item(r, 0)
        return None if item is None else item.text()

    def do_finish(self) -> None:
        no = self._selected_case()
        if not no or not self.finish.isVisible():
            self.vm.say(
                "error",
                translate("CounterDecision", "没有可当场办结的即办件。"),
                translate("CounterDecision", "即办件受理后，由首席事务代表当场办结。"),
            )
            return
        if not self.finish.isEnabled():
            self.vm.say(
                "error",
                translate("CounterDecision", "只有首席事务代表可以当场办结即办件。"),
                translate("CounterDecision", "请转交首席事务代表。"),
            )
            return
        self.vm.finish_on_the_spot(no)

    def do_ask_review(self) -> None:
        no = self._selected_case()
        if not no:
            self.vm.say(
                "error",
                translate("CounterDecision", "还没有办件可评价。"),
                translate("CounterDecision", "受理或出具告知单后再请申请人评价。"),
            )
            return
        name = next((r.case.record.item_name for r in self._outcomes() if r.case.case_no == no), "")
        self.evaluation.request(case_no=no, service_name=name)

    def _outcomes(self) -> list[Accepted | Refused]:
        return [*self.vm.accepted, *self.vm.refused]

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        allowed_cross = vm.can_cross_region
        self.cross.setEnabled(allowed_cross)
        self.region.setEnabled(allowed_cross and self._kind() is not CrossRegion.NONE)
        self._fill_regions()
        if vm.checklist is None:
            self.cross_note.setText("")
        elif allowed_cross:
            kinds = translate("CounterDecision", "、").join(
                translate("CounterDecision", CROSS_WORDS[k])
                for k in sorted({k for i in vm.checklist.items for k in i.cross_region})
            )
            picked = self.region_code()
            where = (
                translate("CounterDecision", "承办地：{region}（{code}）。").format(region=region_label(picked), code=picked)
                if picked
                else translate("CounterDecision", "请选择承办地。")
            )
            self.cross_note.setText(
                translate("CounterDecision", "本事项支持{kinds}，办件上报平台转承办地办理。{where}").format(
                    kinds=kinds, where=where
                )
            )
        else:
            self.cross_note.setText(translate("CounterDecision", "本事项不在通办清单内，只能本地办理。"))
        outcomes = self._outcomes()
        # one decision per checklist: pick the item again to decide anew
        open_decision = vm.checklist is not None and not outcomes and not vm.taken
        self.accept.setEnabled(open_decision)
        self.refuse.setEnabled(open_decision)
        self.supplement.setEnabled(open_decision)
        station = vm.at_station and vm.session.can(Permission.TAKE_AGENCY_CASE)
        self.station_title.setVisible(station)
        self.take.setVisible(station)
        self.take.setEnabled(open_decision)
        self.results.setRowCount(len(outcomes) + len(vm.taken))
        problems: list[str] = []
        for r, o in enumerate(outcomes):
            rec = o.case.record
            promised = f"{rec.promised_date:%Y-%m-%d}" if rec.promised_date else "—"
            status = self.evaluation.clerk_status.get(rec.case_no, "")
            review = (
                translate("CounterDecision", _EVAL_STATUS[status])
                if status in _EVAL_STATUS
                else translate("CounterDecision", "未评价")
            )
            # a slip printed says so in the clerk's language; why one was not is the printer's word
            slip = translate("CounterDecision", "已打印") if o.printed.ok else o.printed.message
            for c, v in enumerate((rec.case_no, rec.item_name, state_word(rec.state), promised, slip, review)):
                self.results.setItem(r, c, cell(v))
            if isinstance(o, Refused):
                problems += [f"· {line}" for line in o.check.lines()] or [f"· {_refusal_reason(o)}"]
        for k, t in enumerate(vm.taken):
            rec = t.taken.case.record
            values = (
                rec.case_no,
                rec.item_name,
                translate("CounterDecision", "代收待流转"),
                translate("CounterDecision", "县中心签收后起算"),
                translate("CounterDecision", "已打印") if t.printed.ok else t.printed.message,
                "—",
            )
            for c, v in enumerate(values):
                self.results.setItem(len(outcomes) + k, c, cell(v))
        self.results.resizeRowsToContents()
        refused = any(isinstance(o, Refused) and o.not_accepted for o in outcomes)
        title = (
            translate("CounterDecision", "不予受理理由：")
            if refused
            else translate("CounterDecision", "一次性告知（补正）内容：")
        )
        self.problems.setText(title + "\n" + "\n".join(problems) if problems else "")
        if vm.taken:
            self.problems.setText(
                "\n".join(
                    "\n".join(
                        (
                            translate("CounterDecision", "流转单 {no}：{route}").format(
                                no=t.taken.transfer.transfer_no, route=t.taken.transfer.route_text
                            ),
                            translate("CounterDecision", "随单材料：{materials}").format(
                                materials=translate("CounterDecision", "、").join(t.taken.transfer.materials)
                            ),
                            translate("CounterDecision", "代办人：{agent}").format(agent=t.taken.transfer.agent),
                        )
                    )
                    for t in vm.taken
                )
            )
        chief = vm.session.can(Permission.FINISH_ON_THE_SPOT)
        spot = [a for a in vm.accepted if a.on_the_spot and a.case.record.state is CaseState.ACCEPTED]
        self.finish.setVisible(bool(spot))
        self.finish.setEnabled(chief)
        self.finish.setToolTip(
            "" if chief else translate("CounterDecision", "只有首席事务代表可以当场办结即办件；请转交首席事务代表。")
        )
        self.ask_review.setEnabled(bool(outcomes))
