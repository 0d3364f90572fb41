"""终端状态 (大厅管理员, issue 15): every kiosk, counter and display with its state colour and
alerts, the hall's failing jobs, and 暂停服务 / 恢复服务 for the kiosk selected. A state is
never shown by colour alone: the first column says it in words (正常 / 注意 / 告警 / 离线)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from counter_app.style import DANGER_BG, LINE, OK_BG, WARN_BG
from counter_app.viewmodels.manager import FleetViewModel
from counter_app.views.common import PageKeys, button, cell, label, panel, rows_follow_columns, table
from shared.services.fleet import DEVICE_WORDS, KINDS, LEVEL_WORDS

LEVEL_BG = {"ok": OK_BG, "warning": WARN_BG, "alert": DANGER_BG, "offline": LINE}
SCREEN_WORDS = {
    "home": "首页",
    "paused": "暂停服务",
    "ticket": "取号",
    "guides": "办事指南",
    "cases": "办件查询",
    "apply": "自助办理",
    "evaluate": "好差评",
    "helper": "呼叫帮办",
    "points": "服务网点",
    "display": "长者设置",
    "technician": "维护",
    "query_print": "查询打印",
    "board": "叫号",
    "signin": "登录",
    "lock": "锁屏",
    "work": "叫号受理",
    "figures": "统计",
    "complaints": "办不成事",
    "accounts": "账号",
    "fleet": "终端状态",
    "transfers": "材料流转",
    "verify": "证明验真",
    "firstasks": "首问登记",
}
HEADERS = ["状态", "终端", "类型", "名称", "版本", "最后心跳", "画面", "服务", "待上报", "告警", "设备"]
ALERTS = HEADERS.index("告警")
ALERTS_MAX_PX = 380


def short_version(version: str) -> str:
    """The release part a manager compares (0.1.1.dev107); the build's local part is in the tip."""
    return version.split("+", 1)[0]


def _ago(seconds: float) -> str:
    s = int(seconds)
    if s < 120:
        return f"{s} 秒前"
    if s < 7200:
        return f"{s // 60} 分钟前"
    return f"{s // 3600} 小时前" if s < 2 * 86400 else f"{s // 86400} 天前"


def _devices(devices: dict) -> str:
    marks = {"ok": "✔", "degraded": "！", "paper_low": "纸少", "paper_out": "缺纸", "offline": "✖"}
    return " ".join(
        f"{DEVICE_WORDS.get(name, name)}{marks.get(d.get('state', ''), '？')}" for name, d in sorted(devices.items())
    )


class FleetPage(QWidget):
    def __init__(self, vm: FleetViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 10, 10, 10)
        head, hbox = panel()
        top = QHBoxLayout()
        top.addWidget(label("终端状态", "heading"))
        self.summary = label("正在读取各终端的心跳…", "muted")
        top.addWidget(self.summary, 1)
        self.refresh = button("刷新")
        self.refresh.clicked.connect(vm.refresh)
        top.addWidget(self.refresh)
        hbox.addLayout(top)
        self.jobs = label("", "error", wrap=True)
        self.jobs.hide()
        hbox.addWidget(self.jobs)
        col.addWidget(head)

        body, bbox = panel()
        self.table = table(HEADERS)
        rows_follow_columns(self.table)  # the capped 告警 column wraps: its rows grow to fit
        self.table.itemSelectionChanged.connect(self._selected)
        bbox.addWidget(self.table, 1)
        self.detail = label("", "muted", wrap=True)
        bbox.addWidget(self.detail)
        actions = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("暂停原因（写入工作日志），如 更换纸卷")
        self.reason.setMaxLength(200)
        self.pause = button("暂停服务", "danger")
        self.resume = button("恢复服务", "primary")
        self.pause.clicked.connect(lambda: vm.pause(self.reason.text()))
        self.resume.clicked.connect(vm.resume)
        actions.addWidget(label("选中的自助机："))
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.pause)
        actions.addWidget(self.resume)
        bbox.addLayout(actions)
        col.addWidget(body, 1)
        self.keys = PageKeys(self, vm.say)
        self.keys.bind("Alt+R", self.refresh, "正在读取各终端的心跳，请稍候。")
        self.keys.bind("Alt+T", self.pause, "请先在表中选择一台正在服务的自助机（只有自助机可以暂停）。")
        self.keys.bind("Alt+H", self.resume, "请先在表中选择一台已暂停服务的自助机。")
        vm.changed.connect(self.render)
        self._rendering = False
        self.render()

    def _selected(self) -> None:
        if self._rendering:
            return
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 1) if rows else None
        self.vm.select(item.text() if item is not None else None)

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        report = self.vm.report
        self._rendering = True
        try:
            self._fill(report)
        finally:
            self._rendering = False
        t = self.vm.selected_status
        self.pause.setEnabled(self.vm.can_pause())
        self.resume.setEnabled(self.vm.can_resume())
        if t is None:
            self.detail.setText("选中一行查看设备、最近错误；自助机可以暂停服务。")
        else:
            b = t.beat
            errors = "；".join(b.errors[-3:]) or "无"
            sync = b.last_sync_at.astimezone(self.vm.ctx.tz).strftime("%m-%d %H:%M") if b.last_sync_at else "—"
            self.detail.setText(
                f"{b.name}（{b.terminal_id}，{b.host}，版本 {b.version}）启动于 {b.started_at.astimezone(self.vm.ctx.tz):%m-%d %H:%M}，"
                f"上次同步 {sync}；最近错误：{errors}"
            )

    def _fill(self, report) -> None:
        self.table.setRowCount(0)
        if report is None:
            return
        c = report.counts()
        self.summary.setText(
            f"共 {len(report.terminals)} 台：正常 {c['ok']}，注意 {c['warning']}，告警 {c['alert']}，离线 {c['offline']}"
            f"　多数版本 {short_version(report.majority_version) or '—'}　（{report.at.astimezone(self.vm.ctx.tz):%H:%M:%S}）"
        )
        if report.job_alerts:
            self.jobs.setText("定时任务：" + "；".join(a.text for a in report.job_alerts))
            self.jobs.show()
        else:
            self.jobs.hide()
        self.table.setRowCount(len(report.terminals))
        for r, t in enumerate(report.terminals):
            b = t.beat
            values = [
                LEVEL_WORDS[t.level],
                b.terminal_id,
                KINDS.get(b.kind, b.kind),
                b.name,
                short_version(b.version),
                _ago(t.silent_s),
                SCREEN_WORDS.get(b.screen, b.screen),
                t.service_words,
                str(b.outbox_backlog),
                "；".join(a.text for a in t.alerts) or "—",
                _devices(b.devices),
            ]
            bg = QColor(LEVEL_BG[t.level])
            for i, v in enumerate(values):
                item = cell(v, data=b.terminal_id)
                item.setBackground(bg)
                if i == 4:
                    item.setToolTip(b.version)
                elif i == ALERTS:
                    item.setToolTip("\n".join(a.text for a in t.alerts))
                self.table.setItem(r, i, item)
            if b.terminal_id == self.vm.selected:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        # a long alert (a failing job's message) must not push the devices off the page: it
        # wraps in its column (the full words are also in the cell's tip and the job line above)
        self.table.setColumnWidth(ALERTS, min(self.table.columnWidth(ALERTS), ALERTS_MAX_PX))
        self.table.horizontalHeader().setStretchLastSection(True)
        # the capped column wraps its alert: each row as tall as its wrapped lines, never cut
        self.table.resizeRowsToContents()
