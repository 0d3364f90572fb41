"""材料流转: 在途材料 (where each bundle is and since when), one bundle's hand-overs, and the
签收 of a bundle by its 流转单's QR or, when the code is damaged, its typed number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from counter_app.viewmodels.transfers import TransfersViewModel
from counter_app.views.common import PageKeys, button, cell, label, panel, table


class TransfersPage(QWidget):
    def __init__(self, vm: TransfersViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 10, 10, 10)

        mid = QVBoxLayout()
        mid.addWidget(label("在途材料（免费代办，送往本中心）", "heading"))
        mid.addWidget(
            label(
                "便民服务站收件后，纸质材料随流转单经乡镇送到县中心。每一站交接时扫描流转单上的二维码签收；"
                "二维码污损时输入流转单号。",
                "muted",
                wrap=True,
            )
        )
        scan = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("扫描流转单二维码，或输入流转单号（LZ开头，印在二维码下方）")
        self.receive = button("签收", "primary")
        self.refresh = button("刷新")
        scan.addWidget(self.code, 1)
        scan.addWidget(self.receive)
        scan.addWidget(self.refresh)
        mid.addLayout(scan)
        # the case number and the materials are in the detail: the row fits without scrolling sideways
        self.list = table(["流转单号", "事项", "委托人", "现在何处", "到达时间", "已停留"])
        self.list.setWordWrap(True)
        mid.addWidget(self.list, 1)
        self.count = label("", "muted")
        mid.addWidget(self.count)
        row.addLayout(mid, 1)

        detail, dbox = panel()
        detail.setFixedWidth(430)
        self.detail_title = label("选择一张流转单查看交接记录", "heading", wrap=True)
        dbox.addWidget(self.detail_title)
        self.detail_body = label("", "", wrap=True)
        self.detail_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dbox.addWidget(self.detail_body, 1)
        self.reprint = button("补打流转单")
        dbox.addWidget(self.reprint)
        row.addWidget(detail)
        self.keys = PageKeys(self, vm.say)
        self.keys.bind("Alt+S", self.receive, "您的账号不能签收流转材料。")
        self.keys.bind("Alt+R", self.refresh, "正在读取，请稍候。")
        self.keys.bind("Alt+P", self.reprint, "请先在表中选择一张流转单。")

        self.receive.clicked.connect(self._receive)
        self.code.returnPressed.connect(self._receive)
        self.refresh.clicked.connect(vm.refresh)
        self.reprint.clicked.connect(vm.reprint)
        self.list.itemSelectionChanged.connect(self._select)
        vm.changed.connect(self.render)
        vm.message.connect(self._after_message)
        self.render()

    def _receive(self) -> None:
        self.vm.receive(self.code.text())

    def _after_message(self, level: str, _text: str, _hint: str) -> None:
        if level == "ok":
            self.code.clear()  # a failed entry stays, to be corrected

    def _select(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        item = self.list.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self.vm.select(item.text())

    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        tz = vm.ctx.tz
        self.receive.setEnabled(vm.can_receive)
        self.code.setEnabled(vm.can_receive)
        self.list.blockSignals(True)
        self.list.setRowCount(len(vm.items))
        for r, t in enumerate(vm.items):
            values = (
                t.transfer_no,
                t.item_name,
                t.principal,
                t.at_name,
                f"{t.since.astimezone(tz):%m-%d %H:%M}",
                t.age_label,
            )
            for col, value in enumerate(values):
                self.list.setItem(r, col, cell(value))
        self.list.resizeColumnsToContents()
        self.list.resizeRowsToContents()
        self.list.blockSignals(False)
        self.count.setText(f"共 {len(vm.items)} 袋材料在途" if vm.items else "没有在途材料。")
        v = vm.selected
        self.reprint.setVisible(v is not None and vm.can_receive)
        if v is None:
            self.detail_title.setText("选择一张流转单查看交接记录")
            self.detail_body.setText("")
            return
        self.detail_title.setText(f"{v.transfer_no}　{v.state_label}")
        lines = [
            f"办件：{v.case_no}",
            f"事项：{v.item_name}",
            f"委托人：{v.principal}",
            f"代办人：{v.agent}（{v.agency_label}）" if v.agent else "代办人：—",
            f"路线：{v.route_text}",
            f"当前所在：{v.at_name}，自 {v.since.astimezone(tz):%m-%d %H:%M}（{v.age_label}）",
            f"随单材料：{'、'.join(v.materials)}",
        ]
        if v.steps:
            lines.append("\n交接记录：")
            for s in v.steps:
                lines.append(
                    f"· {s.at.astimezone(tz):%m-%d %H:%M} {s.from_name} → {s.to_name}\n"
                    f"　交件 {s.handed_by}，接收 {s.received_by}；{s.materials}"
                )
        self.detail_body.setText("\n".join(lines))
