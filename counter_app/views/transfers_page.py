"""材料流转: 在途材料 (where each bundle is and since when), one bundle's hand-overs, and the
签收 of a bundle by its 流转单's QR or, when the code is damaged, its typed number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from counter_app.viewmodels.ages import age_words
from counter_app.viewmodels.transfers import TransfersViewModel, agency_words, material_words, state_words
from counter_app.views.common import PageKeys, button, cell, label, panel, table

translate = QCoreApplication.translate


class TransfersPage(QWidget):
    def __init__(self, vm: TransfersViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 10, 10, 10)

        mid = QVBoxLayout()
        mid.addWidget(label(translate("CounterTransfers", "在途材料（免费代办，送往本中心）"), "heading"))
        mid.addWidget(
            label(
                translate(
                    "CounterTransfers",
                    "便民服务站收件后，纸质材料随流转单经乡镇送到县中心。每一站交接时扫描流转单上的二维码签收；"
                    "二维码污损时输入流转单号。",
                ),
                "muted",
                wrap=True,
            )
        )
        scan = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(
            translate("CounterTransfers", "扫描流转单二维码，或输入流转单号（LZ开头，印在二维码下方）")
        )
        self.receive = button(translate("CounterTransfers", "签收"), "primary")
        self.refresh = button(translate("CounterTransfers", "刷新"))
        scan.addWidget(self.code, 1)
        scan.addWidget(self.receive)
        scan.addWidget(self.refresh)
        mid.addLayout(scan)
        # the case number and the materials are in the detail: the row fits without scrolling sideways
        self.list = table(
            [
                translate("CounterTransfers", "流转单号"),
                translate("CounterTransfers", "事项"),
                translate("CounterTransfers", "委托人"),
                translate("CounterTransfers", "现在何处"),
                translate("CounterTransfers", "到达时间"),
                translate("CounterTransfers", "已停留"),
            ]
        )
        self.list.setWordWrap(True)
        mid.addWidget(self.list, 1)
        self.count = label("", "muted")
        mid.addWidget(self.count)
        row.addLayout(mid, 1)

        detail, dbox = panel()
        detail.setFixedWidth(430)
        self.detail_title = label(
            translate("CounterTransfers", "选择一张流转单查看交接记录"), "heading", wrap=True
        )
        dbox.addWidget(self.detail_title)
        self.detail_body = label("", "", wrap=True)
        self.detail_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        dbox.addWidget(self.detail_body, 1)
        self.reprint = button(translate("CounterTransfers", "补打流转单"))
        dbox.addWidget(self.reprint)
        row.addWidget(detail)
        self.keys = PageKeys(self, vm.say)
        self.keys.bind("Alt+S", self.receive, translate("CounterTransfers", "您的账号不能签收流转材料。"))
        self.keys.bind("Alt+R", self.refresh, translate("CounterTransfers", "正在读取，请稍候。"))
        self.keys.bind("Alt+P", self.reprint, translate("CounterTransfers", "请先在表中选择一张流转单。"))

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
                age_words(t.age_label),
            )
            for col, value in enumerate(values):
                self.list.setItem(r, col, cell(value))
        self.list.resizeColumnsToContents()
        self.list.resizeRowsToContents()
        self.list.blockSignals(False)
        self.count.setText(
            translate("CounterTransfers", "共 {n} 袋材料在途").format(n=len(vm.items))
            if vm.items
            else translate("CounterTransfers", "没有在途材料。")
        )
        v = vm.selected
        self.reprint.setVisible(v is not None and vm.can_receive)
        if v is None:
            self.detail_title.setText(translate("CounterTransfers", "选择一张流转单查看交接记录"))
            self.detail_body.setText("")
            return
        self.detail_title.setText(f"{v.transfer_no}　{state_words(v.state)}")
        agent = (
            translate("CounterTransfers", "代办人：{agent}（{how}）").format(
                agent=v.agent, how=agency_words(v.agency_label)
            )
            if v.agent
            else translate("CounterTransfers", "代办人：—")
        )
        lines = [
            translate("CounterTransfers", "办件：{case_no}").format(case_no=v.case_no),
            translate("CounterTransfers", "事项：{item}").format(item=v.item_name),
            translate("CounterTransfers", "委托人：{principal}").format(principal=v.principal),
            agent,
            translate("CounterTransfers", "路线：{route}").format(route=v.route_text),
            translate("CounterTransfers", "当前所在：{place}，自 {since}（{age}）").format(
                place=v.at_name, since=f"{v.since.astimezone(tz):%m-%d %H:%M}", age=age_words(v.age_label)
            ),
            translate("CounterTransfers", "随单材料：{materials}").format(
                materials=translate("CounterTransfers", "、").join(material_words(m) for m in v.materials)
            ),
        ]
        if v.steps:
            lines.append("\n" + translate("CounterTransfers", "交接记录："))
            for s in v.steps:
                lines.append(
                    f"· {s.at.astimezone(tz):%m-%d %H:%M} {s.from_name} → {s.to_name}\n"
                    + translate("CounterTransfers", "　交件 {handed}，接收 {received}；{materials}").format(
                        handed=s.handed_by, received=s.received_by, materials=material_words(s.materials)
                    )
                )
        self.detail_body.setText("\n".join(lines))
