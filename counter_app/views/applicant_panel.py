"""Step 1: who applies: card reader, QR code or typed (validated as typed), and what the hall
already holds for them (一人一档)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.case_words import state_word
from counter_app.checklist import receipt_word_for_label
from counter_app.viewmodels.applicant import ApplicantViewModel
from counter_app.views.common import (
    button,
    case_number_width,
    cell,
    fit_columns,
    label,
    panel,
    restyle,
    table,
)
from shared.domain.cases import ApplicantKind
from shared.ui.i18n import QT_TRANSLATE_NOOP

# the clerk's words go through Qt's translation system (docs/translations.md); the applicant's
# details, case numbers and item names stay as they are
translate = QCoreApplication.translate

_LABELS = {
    ApplicantKind.PERSON: {
        "id_number": QT_TRANSLATE_NOOP("CounterApplicant", "公民身份号码"),
        "name": QT_TRANSLATE_NOOP("CounterApplicant", "姓名"),
    },
    ApplicantKind.ORGANISATION: {
        "id_number": QT_TRANSLATE_NOOP("CounterApplicant", "统一社会信用代码"),
        "name": QT_TRANSLATE_NOOP("CounterApplicant", "单位名称"),
    },
}
_CARD_HINT = QT_TRANSLATE_NOOP("CounterApplicant", "请申请人把身份证放在读卡器上，或扫描二维码（电子证照、自助机预申请、预约）。")
_NO_FILE = QT_TRANSLATE_NOOP("CounterApplicant", "录入证件号码后显示该申请人在本厅的办件和可复用材料。")


class ApplicantPanel(QWidget):
    def __init__(self, vm: ApplicantViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)

        form_frame, box = panel()
        box.addWidget(label(translate("CounterApplicant", "申请人"), "heading"))
        kinds = QHBoxLayout()
        self.person = QRadioButton(translate("CounterApplicant", "个人"))
        self.org = QRadioButton(translate("CounterApplicant", "单位（企业、社会组织）"))
        self.person.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.person)
        group.addButton(self.org)
        kinds.addWidget(self.person)
        kinds.addWidget(self.org)
        kinds.addStretch(1)
        box.addLayout(kinds)
        self.card_hint = label(translate("CounterApplicant", _CARD_HINT), "muted", wrap=True)
        box.addWidget(self.card_hint)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.form_labels: dict[str, QLabel] = {}
        for name, title, placeholder in (
            ("id_number", translate("CounterApplicant", "公民身份号码"), translate("CounterApplicant", "18位，读卡自动填入")),
            ("name", translate("CounterApplicant", "姓名"), ""),
            ("phone", translate("CounterApplicant", "手机号码"), translate("CounterApplicant", "用于短信通知办理进度")),
            ("address", translate("CounterApplicant", "联系地址"), translate("CounterApplicant", "邮寄送达时必填")),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.editingFinished.connect(lambda n=name, e=edit: vm.set_field(n, e.text()))
            err = label("", "error")
            err.hide()
            col = QVBoxLayout()
            col.setSpacing(2)
            col.addWidget(edit)
            col.addWidget(err)
            title_label = label(title)
            form.addRow(title_label, col)
            self.edits[name], self.errors[name], self.form_labels[name] = edit, err, title_label
        box.addLayout(form)
        # 帮办代办: someone applies on the applicant's behalf, with the power of attorney
        agency_row = QHBoxLayout()
        self.agency = QCheckBox(translate("CounterApplicant", "代办（由代办人代为办理，须授权委托书）"))
        agency_row.addWidget(self.agency)
        agency_row.addStretch(1)
        self.read_agent = button(translate("CounterApplicant", "读取代办人身份证  [Ctrl+Shift+R]"))
        agency_row.addWidget(self.read_agent)
        box.addLayout(agency_row)
        self.agent_line = label("", "", wrap=True)
        box.addWidget(self.agent_line)
        agent_form = QFormLayout()
        self.agent_edits: dict[str, QLineEdit] = {}
        for name, title, placeholder in (
            (
                "id_number",
                translate("CounterApplicant", "代办人身份号码"),
                translate("CounterApplicant", "读卡自动填入；无法读卡时手工录入"),
            ),
            ("name", translate("CounterApplicant", "代办人姓名"), ""),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.editingFinished.connect(lambda n=name, e=edit: vm.set_agent_field(n, e.text()))
            agent_form.addRow(label(title), edit)
            self.agent_edits[name] = edit
        self.agent_form = QWidget()
        self.agent_form.setLayout(agent_form)
        box.addWidget(self.agent_form)
        self.agent_error = label("", "error", wrap=True)
        box.addWidget(self.agent_error)
        self.licences = label("", "small", wrap=True)
        box.addWidget(self.licences)
        box.addStretch(1)
        row.addWidget(form_frame, 1)

        file_frame, fbox = panel()
        self.file_title = label(translate("CounterApplicant", "一人一档"), "heading")
        fbox.addWidget(self.file_title)
        self.file_state = label(translate("CounterApplicant", _NO_FILE), "muted", wrap=True)
        fbox.addWidget(self.file_state)
        fbox.addWidget(label(translate("CounterApplicant", "可复用材料（无需再交）"), ""))
        self.reusable = table(
            [
                translate("CounterApplicant", "材料"),
                translate("CounterApplicant", "来自办件"),
                translate("CounterApplicant", "原收取方式"),
                translate("CounterApplicant", "日期"),
            ]
        )
        fit_columns(self.reusable, fixed={1: case_number_width(self.reusable), 2: 96, 3: 96}, stretch=(0,))
        fbox.addWidget(self.reusable, 1)
        fbox.addWidget(label(translate("CounterApplicant", "历史办件"), ""))
        self.history = table(
            [
                translate("CounterApplicant", "办件编号"),
                translate("CounterApplicant", "事项"),
                translate("CounterApplicant", "状态"),
                translate("CounterApplicant", "承诺日期"),
            ]
        )
        fit_columns(self.history, fixed={0: case_number_width(self.history), 2: 72, 3: 96}, stretch=(1,))
        fbox.addWidget(self.history, 1)
        row.addWidget(file_frame, 1)

        self.person.toggled.connect(
            lambda on: vm.set_kind(ApplicantKind.PERSON if on else ApplicantKind.ORGANISATION)
        )
        self.agency.toggled.connect(vm.set_agency)
        self.read_agent.clicked.connect(vm.read_agent_card)
        vm.changed.connect(self.render)
        vm.file_loaded.connect(lambda _f: self.render())
        self.render()

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        self.person.blockSignals(True)
        self.person.setChecked(vm.kind is ApplicantKind.PERSON)
        self.org.setChecked(vm.kind is ApplicantKind.ORGANISATION)
        self.person.blockSignals(False)
        for name, text in _LABELS[vm.kind].items():
            self.form_labels[name].setText(translate("CounterApplicant", text))
        for name, edit in self.edits.items():
            if edit.text() != vm.values[name]:
                edit.setText(vm.values[name])
            error = vm.errors.get(name, "")
            edit.setProperty("valid", "false" if error else "true")
            restyle(edit)
            self.errors[name].setText(error)
            self.errors[name].setVisible(bool(error))
        if vm.card_read:
            self.card_hint.setText(translate("CounterApplicant", "✔ 已读取身份证（读卡核验），请核对本人与证件照片。"))
        else:
            self.card_hint.setText(translate("CounterApplicant", _CARD_HINT))
        self.licences.setText(
            translate("CounterApplicant", "已扫描电子证照：{licences}").format(
                licences=translate("CounterApplicant", "、").join(r.licence_no for r in vm.licences)
            )
            if vm.licences
            else ""
        )
        self.agency.blockSignals(True)
        self.agency.setChecked(vm.agency)
        self.agency.blockSignals(False)
        self.read_agent.setVisible(vm.agency)
        self.agent_line.setVisible(vm.agency)
        self.agent_line.setText(
            translate("CounterApplicant", "代办人：{agent}　委托人：申请人本人").format(agent=vm.agent_line())
            if vm.agency
            else ""
        )
        # a card read fills the agent masked; typing by hand shows what is typed (the clerk types it)
        self.agent_form.setVisible(vm.agency and not vm.agent_card_read)
        for name, edit in self.agent_edits.items():
            if not vm.agent_card_read and edit.text() != vm.agent_values[name]:
                edit.setText(vm.agent_values[name])
        error = vm.agent_errors.get("id_number", "") if vm.agency else ""
        self.agent_error.setText(error)
        self.agent_error.setVisible(bool(error))
        f = vm.file
        if f is None:
            self.file_title.setText(
                translate("CounterApplicant", "一人一档")
                if vm.kind is ApplicantKind.PERSON
                else translate("CounterApplicant", "一企一档")
            )
            self.file_state.setText(translate("CounterApplicant", _NO_FILE))
            self.reusable.setRowCount(0)
            self.history.setRowCount(0)
            return
        self.file_state.setText(
            translate("CounterApplicant", "本厅有{cases}件办件，{materials}项材料可直接复用。").format(
                cases=len(f.cases), materials=len(f.reusable)
            )
            if f.known
            else translate("CounterApplicant", "首次在本厅办事，没有历史档案。")
        )
        self.reusable.setRowCount(len(f.reusable))
        for r, m in enumerate(f.reusable):
            when = f"{m.received_on:%Y-%m-%d}" if m.received_on else ""
            for c, v in enumerate((m.name, m.case_no, receipt_word_for_label(m.how), when)):
                self.reusable.setItem(r, c, cell(v))
        self.history.setRowCount(len(f.cases))
        for r, c_ in enumerate(f.cases):
            promised = f"{c_.promised_date:%Y-%m-%d}" if c_.promised_date else ""
            for c, v in enumerate((c_.case_no, c_.item_name, state_word(c_.state), promised)):
                self.history.setItem(r, c, cell(v))
        self.reusable.resizeRowsToContents()
        self.history.resizeRowsToContents()
