"""Step 1: who applies: card reader, QR code or typed (validated as typed), and what the hall
already holds for them (一人一档)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.viewmodels.applicant import ApplicantViewModel
from counter_app.views.common import cell, label, panel, restyle, table
from shared.cases import ApplicantKind

_LABELS = {
    ApplicantKind.PERSON: {"id_number": "公民身份号码", "name": "姓名"},
    ApplicantKind.ORGANISATION: {"id_number": "统一社会信用代码", "name": "单位名称"},
}


class ApplicantPanel(QWidget):
    def __init__(self, vm: ApplicantViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)

        form_frame, box = panel()
        box.addWidget(label("申请人", "heading"))
        kinds = QHBoxLayout()
        self.person = QRadioButton("个人")
        self.org = QRadioButton("单位（企业、社会组织）")
        self.person.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.person)
        group.addButton(self.org)
        kinds.addWidget(self.person)
        kinds.addWidget(self.org)
        kinds.addStretch(1)
        box.addLayout(kinds)
        self.card_hint = label(
            "请申请人把身份证放在读卡器上，或扫描二维码（电子证照、自助机预申请、预约）。", "muted", wrap=True
        )
        box.addWidget(self.card_hint)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, object] = {}
        self.form_labels: dict[str, object] = {}
        for name, title, placeholder in (
            ("id_number", "公民身份号码", "18位，读卡自动填入"),
            ("name", "姓名", ""),
            ("phone", "手机号码", "用于短信通知办理进度"),
            ("address", "联系地址", "邮寄送达时必填"),
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
        self.licences = label("", "small", wrap=True)
        box.addWidget(self.licences)
        box.addStretch(1)
        row.addWidget(form_frame, 1)

        file_frame, fbox = panel()
        self.file_title = label("一人一档", "heading")
        fbox.addWidget(self.file_title)
        self.file_state = label("录入证件号码后显示该申请人在本厅的办件和可复用材料。", "muted", wrap=True)
        fbox.addWidget(self.file_state)
        fbox.addWidget(label("可复用材料（无需再交）", ""))
        self.reusable = table(["材料", "来自办件", "原收取方式", "日期"])
        fbox.addWidget(self.reusable, 1)
        fbox.addWidget(label("历史办件", ""))
        self.history = table(["办件号", "事项", "状态", "承诺日期"])
        fbox.addWidget(self.history, 1)
        row.addWidget(file_frame, 1)

        self.person.toggled.connect(
            lambda on: vm.set_kind(ApplicantKind.PERSON if on else ApplicantKind.ORGANISATION)
        )
        vm.changed.connect(self.render)
        vm.file_loaded.connect(lambda _f: self.render())
        self.render()

    def render(self) -> None:
        vm = self.vm
        self.person.blockSignals(True)
        self.person.setChecked(vm.kind is ApplicantKind.PERSON)
        self.org.setChecked(vm.kind is ApplicantKind.ORGANISATION)
        self.person.blockSignals(False)
        for name, text in _LABELS[vm.kind].items():
            self.form_labels[name].setText(text)
        for name, edit in self.edits.items():
            if edit.text() != vm.values[name]:
                edit.setText(vm.values[name])
            error = vm.errors.get(name, "")
            edit.setProperty("valid", "false" if error else "true")
            restyle(edit)
            self.errors[name].setText(error)
            self.errors[name].setVisible(bool(error))
        if vm.card_read:
            self.card_hint.setText("✔ 已读取身份证（读卡核验），请核对本人与证件照片。")
        else:
            self.card_hint.setText(
                "请申请人把身份证放在读卡器上，或扫描二维码（电子证照、自助机预申请、预约）。"
            )
        self.licences.setText("已扫描电子证照：" + "、".join(vm.licences) if vm.licences else "")
        f = vm.file
        if f is None:
            self.file_title.setText("一人一档" if vm.kind is ApplicantKind.PERSON else "一企一档")
            self.file_state.setText("录入证件号码后显示该申请人在本厅的办件和可复用材料。")
            self.reusable.setRowCount(0)
            self.history.setRowCount(0)
            return
        self.file_state.setText(
            f"本厅有{len(f.cases)}件办件，{len(f.reusable)}项材料可直接复用。"
            if f.known
            else "首次在本厅办事，没有历史档案。"
        )
        self.reusable.setRowCount(len(f.reusable))
        for r, m in enumerate(f.reusable):
            when = f"{m.received_on:%Y-%m-%d}" if m.received_on else ""
            for c, v in enumerate((m.name, m.case_no, m.how, when)):
                self.reusable.setItem(r, c, cell(v))
        self.history.setRowCount(len(f.cases))
        for r, c_ in enumerate(f.cases):
            promised = f"{c_.promised_date:%Y-%m-%d}" if c_.promised_date else ""
            for c, v in enumerate((c_.case_no, c_.item_name, c_.state_label, promised)):
                self.history.setItem(r, c, cell(v))
        self.reusable.resizeColumnsToContents()
        self.history.resizeColumnsToContents()
