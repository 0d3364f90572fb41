"""Step 2: the item or 一件事, and the materials checklist."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from counter_app.checklist import receipt_word
from counter_app.style import DANGER
from counter_app.viewmodels.intake import IntakeViewModel
from counter_app.views.common import button, case_number_width, cell, label, panel, rows_follow_columns, table
from shared.domain.cases import ReceiptMethod

_DATA = Qt.ItemDataRole.UserRole
# the clerk's words go through Qt's translation system (docs/translations.md); the catalogue's
# names and requirements and what the clerk typed stay as they are
translate = QCoreApplication.translate


class IntakePanel(QWidget):
    def __init__(self, vm: IntakeViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 8, 8, 8)

        find_frame, fbox = panel()
        find_frame.setFixedWidth(214)
        fbox.addWidget(label(translate("CounterIntake", "查找事项  [Ctrl+F]"), "heading"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(translate("CounterIntake", "事项或一件事：名称、编码、拼音首字母"))
        fbox.addWidget(self.query)
        fbox.addWidget(
            label(translate("CounterIntake", "如 dbsq（低保申请）。回车选第一项，↓ 键到列表中挑选。"), "small", wrap=True)
        )
        self.hits = QListWidget()
        self.hits.setWordWrap(True)
        fbox.addWidget(self.hits, 1)
        row.addWidget(find_frame)

        list_frame, lbox = panel()
        head = QHBoxLayout()
        self.title = label(translate("CounterIntake", "材料清单"), "heading")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        # the usual case: the applicant hands over the paper file, every material at once
        self.receive_all = button(translate("CounterIntake", "全部纸质原件已收  [Ctrl+Shift+A]"), "primary")
        self.receive_all.setToolTip(
            translate("CounterIntake", "未收取的必要材料按清单一次标为纸质原件（要求复印件的标为纸质复印件）。")
        )
        self.receive_all.clicked.connect(vm.receive_all_paper)
        head.addWidget(self.receive_all)
        lbox.addLayout(head)
        self.notes = label(
            translate("CounterIntake", "选择事项后列出办事指南要求的全部材料；逐项标记收取方式。"), "muted", wrap=True
        )
        lbox.addWidget(self.notes)
        self.table = table(
            [
                translate("CounterIntake", "材料及要求"),
                translate("CounterIntake", "收取方式"),
                translate("CounterIntake", "凭据编号 / 补交日期"),
                translate("CounterIntake", "状态"),
            ]
        )
        self.table.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        # no sideways scrolling: the material column takes what the fixed ones leave, and the
        # reference column fits a whole 20-digit case number (凭据编号 is never cut)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for col, width in ((1, 132), (2, case_number_width(self.table) + 8), (3, 188)):
            header.setSectionResizeMode(col, header.ResizeMode.Fixed)
            self.table.setColumnWidth(col, width)
        # the material column's width settles once the page is laid out: rows follow it, so a
        # wrapped requirement is never cut off with "…"
        rows_follow_columns(self.table)
        lbox.addWidget(self.table, 1)
        self.summary = label("", "", wrap=True)
        lbox.addWidget(self.summary)
        row.addWidget(list_frame, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(lambda: vm.search(self.query.text()))
        self.query.textChanged.connect(self._query_changed)
        self.query.returnPressed.connect(self._pick_first)
        self.query.installEventFilter(self)
        self._pick_when_found = False
        self.hits.itemActivated.connect(self._pick)
        self.hits.itemClicked.connect(self._pick)
        vm.hits_changed.connect(self.render_hits)
        vm.checklist_changed.connect(self.render_checklist)
        self.render_checklist()

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def eventFilter(self, obj, event) -> bool:
        # ↓ from the search field goes into the hits, where ↑↓ and Enter choose
        down = obj is self.query and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if down and self.hits.count():
            self.hits.setFocus()
            self.hits.setCurrentRow(0)
            return True
        return super().eventFilter(obj, event)

    def _query_changed(self, _text: str) -> None:
        self._pick_when_found = False
        self._search_timer.start()

    def _pick_first(self) -> None:
        """Enter in the search field: the first hit, once the search has answered."""
        if self._search_timer.isActive() or self.vm.is_searching:
            self._pick_when_found = True
            return
        first = self.hits.item(0)
        if first is not None and first.data(_DATA) is not None:
            self._pick(first)

    def _pick(self, item: QListWidgetItem) -> None:
        data = item.data(_DATA)
        if data is None:  # the "nothing found" line
            return
        kind, code = data
        self.vm.pick(kind, code)

    def render_hits(self) -> None:
        self.hits.clear()
        for h in self.vm.hits:
            tag = translate("CounterIntake", "【一件事】") if h.kind == "bundle" else ""
            item = QListWidgetItem(f"{tag}{h.name}\n{h.detail}")
            item.setData(_DATA, (h.kind, h.code))
            self.hits.addItem(item)
        if not self.vm.hits and self.query.text().strip():
            self.hits.addItem(QListWidgetItem(translate("CounterIntake", "没有找到。试试简称、拼音首字母或事项编码。")))
        if self._pick_when_found and not self._search_timer.isActive():
            self._pick_when_found = False
            self._pick_first()

    def render_checklist(self) -> None:
        vm = self.vm
        cl = vm.checklist
        self.table.setRowCount(0)
        self.receive_all.setEnabled(cl is not None and any(r.needed and r.method is None for r in cl.rows))
        if cl is None:
            self.title.setText(translate("CounterIntake", "材料清单"))
            self.summary.setText("")
            return
        items = translate("CounterIntake", "、").join(i.name for i in cl.items)
        self.title.setText(translate("CounterIntake", "材料清单：{title}").format(title=cl.title))
        notes = (
            translate("CounterIntake", "{notes}。").format(notes=translate("CounterIntake", "；").join(cl.notes))
            if cl.notes
            else ""
        )
        self.notes.setText(
            notes + (translate("CounterIntake", "包含事项：{items}").format(items=items) if cl.bundle else "")
        )
        self.table.setRowCount(len(cl.rows))
        for r, row in enumerate(cl.rows):
            shared = (
                translate("CounterIntake", "（{n}个事项共用）").format(n=len(row.needed_by))
                if len(row.needed_by) > 1
                else ""
            )
            first = cell(f"{row.name}{shared}\n{row.requirement}")
            first.setToolTip(row.requirement)
            self.table.setItem(r, 0, first)
            combo = QComboBox()
            combo.addItem(translate("CounterIntake", "未收取"), None)
            for m in row.allowed:
                combo.addItem(receipt_word(m), m)
            combo.setCurrentIndex(combo.findData(row.method) if row.method is not None else 0)
            combo.currentIndexChanged.connect(lambda _i, r=r, c=combo: self._method_changed(r, c))
            self.table.setCellWidget(r, 1, combo)
            ref = QLineEdit()
            if row.method is ReceiptMethod.DEFERRED and row.supply_by:
                ref.setText(row.supply_by.isoformat())
                ref.setPlaceholderText(translate("CounterIntake", "补交日期 YYYY-MM-DD"))
            else:
                ref.setText(row.reference)
                ref.setPlaceholderText(translate("CounterIntake", "证照号/查询号/原办件编号"))
            # an e-licence's number comes from the platform's verification and a shared record's
            # from its query: neither is typed
            ref.setEnabled(row.method in (ReceiptMethod.REUSED, ReceiptMethod.DEFERRED))
            ref.editingFinished.connect(lambda r=r, e=ref: self._reference_changed(r, e))
            self.table.setCellWidget(r, 2, ref)
            status = cell(row.short_status + (f"\n{row.suggestion}" if row.suggestion else ""))
            if row.needed and row.method is None:
                status.setForeground(QColor(DANGER))
            self.table.setItem(r, 3, status)
        self.table.resizeRowsToContents()
        missing = cl.unreceived_required()
        if missing:
            self.summary.setText(
                translate("CounterIntake", "还有{n}项必要材料未收取：{materials}").format(
                    n=len(missing), materials=translate("CounterIntake", "、").join(m.name for m in missing)
                )
            )
            self.summary.setProperty("role", "error")
        else:
            self.summary.setText(translate("CounterIntake", "✔ 必要材料已齐，可到“③ 受理决定”受理。"))
            self.summary.setProperty("role", "ok")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _method_changed(self, r: int, combo: QComboBox) -> None:
        method = combo.currentData()
        ok = self.vm.mark(r, method)
        if not ok:  # the view-model said why; show what is really recorded
            self.render_checklist()

    def _reference_changed(self, r: int, edit: QLineEdit) -> None:
        cl = self.vm.checklist
        if cl is None or r >= len(cl.rows):
            return
        row = cl.rows[r]
        text = edit.text().strip()
        if row.method is ReceiptMethod.DEFERRED:
            try:
                when = date.fromisoformat(text)
            except ValueError:
                self.vm.say(
                    "error",
                    translate("CounterIntake", "补交日期“{text}”格式不对。").format(text=text),
                    translate("CounterIntake", "格式如 2026-11-24。"),
                )
                self.render_checklist()
                return
            if when != row.supply_by:
                self.vm.mark(r, row.method, supply_by=when)
        elif text != row.reference and row.method is not None:
            self.vm.mark(r, row.method, reference=text)
