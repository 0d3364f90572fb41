"""终端状态 (大厅管理员, issue 15): every kiosk, counter and display with its state colour and
alerts, the hall's failing jobs, and 暂停服务 / 恢复服务 for the kiosk selected. A state is
never shown by colour alone: the first column says it in words (正常 / 注意 / 告警 / 离线).

Words through Qt's translation system (context CounterFleet). A state, a terminal's kind, a
device, the service's state, the alerts and a job's title are reworded here from what the fleet
service words (shared/services/fleet.py, the same Chinese: a test holds them the same). Data:
a terminal's id, name, host and version; a device's problem in its driver's words and a failed
job's error in the job's words; the lines of a terminal's own log (最近错误)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from counter_app.style import DANGER_BG, LINE, OK_BG, WARN_BG
from counter_app.viewmodels.manager import FleetViewModel
from counter_app.views.common import PageKeys, button, cell, label, panel, rows_follow_columns, table
from shared.services.fleet import Alert, TerminalStatus
from shared.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

LEVEL_BG = {"ok": OK_BG, "warning": WARN_BG, "alert": DANGER_BG, "offline": LINE}
# shared.services.fleet's LEVEL_WORDS, KINDS and DEVICE_WORDS, in the manager's language
LEVEL_WORDS = {
    "ok": QT_TRANSLATE_NOOP("CounterFleet", "正常"),
    "warning": QT_TRANSLATE_NOOP("CounterFleet", "注意"),
    "alert": QT_TRANSLATE_NOOP("CounterFleet", "告警"),
    "offline": QT_TRANSLATE_NOOP("CounterFleet", "离线"),
}
KIND_WORDS = {
    "kiosk": QT_TRANSLATE_NOOP("CounterFleet", "自助机"),
    "counter": QT_TRANSLATE_NOOP("CounterFleet", "窗口"),
    "display": QT_TRANSLATE_NOOP("CounterFleet", "叫号屏"),
    "server": QT_TRANSLATE_NOOP("CounterFleet", "服务器"),
}
DEVICE_WORDS = {
    "idcard": QT_TRANSLATE_NOOP("CounterFleet", "读卡器"),
    "printer": QT_TRANSLATE_NOOP("CounterFleet", "凭条打印机"),
    "scanner": QT_TRANSLATE_NOOP("CounterFleet", "扫码设备"),
    "tts": QT_TRANSLATE_NOOP("CounterFleet", "语音"),
    "a4": QT_TRANSLATE_NOOP("CounterFleet", "A4 打印机"),
}
# TerminalStatus.service_words by (the kiosk applied 暂停服务, the manager asked for it)
SERVICE_WORDS = {
    (True, True): QT_TRANSLATE_NOOP("CounterFleet", "暂停服务"),
    (True, False): QT_TRANSLATE_NOOP("CounterFleet", "恢复中"),
    (False, True): QT_TRANSLATE_NOOP("CounterFleet", "暂停中"),
    (False, False): QT_TRANSLATE_NOOP("CounterFleet", "服务中"),
}
# the jobs' titles (shared.services.jobs.REGISTRY), as a failing job's alert names it
JOB_WORDS = {
    QT_TRANSLATE_NOOP("CounterFleet", "数据库加密备份"),
    QT_TRANSLATE_NOOP("CounterFleet", "备份可恢复检查"),
    QT_TRANSLATE_NOOP("CounterFleet", "服务事项目录与节假日更新"),
    QT_TRANSLATE_NOOP("CounterFleet", "定时任务记录整理"),
    QT_TRANSLATE_NOOP("CounterFleet", "个人信息到期清理"),
    QT_TRANSLATE_NOOP("CounterFleet", "默认好评（5个工作日未评价）"),
    QT_TRANSLATE_NOOP("CounterFleet", "办件超期预警"),
    QT_TRANSLATE_NOOP("CounterFleet", "差评整改期限提醒"),
    QT_TRANSLATE_NOOP("CounterFleet", "待核验电子证照与共享数据"),
}
SCREEN_WORDS = {
    "home": QT_TRANSLATE_NOOP("CounterFleet", "首页"),
    "paused": QT_TRANSLATE_NOOP("CounterFleet", "暂停服务"),
    "ticket": QT_TRANSLATE_NOOP("CounterFleet", "取号"),
    "guides": QT_TRANSLATE_NOOP("CounterFleet", "办事指南"),
    "cases": QT_TRANSLATE_NOOP("CounterFleet", "办件查询"),
    "apply": QT_TRANSLATE_NOOP("CounterFleet", "自助办理"),
    "evaluate": QT_TRANSLATE_NOOP("CounterFleet", "好差评"),
    "helper": QT_TRANSLATE_NOOP("CounterFleet", "呼叫帮办"),
    "points": QT_TRANSLATE_NOOP("CounterFleet", "服务网点"),
    "display": QT_TRANSLATE_NOOP("CounterFleet", "长者设置"),
    "technician": QT_TRANSLATE_NOOP("CounterFleet", "维护"),
    "query_print": QT_TRANSLATE_NOOP("CounterFleet", "查询打印"),
    "board": QT_TRANSLATE_NOOP("CounterFleet", "叫号"),
    "signin": QT_TRANSLATE_NOOP("CounterFleet", "登录"),
    "lock": QT_TRANSLATE_NOOP("CounterFleet", "锁屏"),
    "work": QT_TRANSLATE_NOOP("CounterFleet", "叫号受理"),
    "figures": QT_TRANSLATE_NOOP("CounterFleet", "统计"),
    "complaints": QT_TRANSLATE_NOOP("CounterFleet", "办不成事"),
    "accounts": QT_TRANSLATE_NOOP("CounterFleet", "账号"),
    "fleet": QT_TRANSLATE_NOOP("CounterFleet", "终端状态"),
    "transfers": QT_TRANSLATE_NOOP("CounterFleet", "材料流转"),
    "verify": QT_TRANSLATE_NOOP("CounterFleet", "证明验真"),
    "firstasks": QT_TRANSLATE_NOOP("CounterFleet", "首问登记"),
}
HEADERS = [
    QT_TRANSLATE_NOOP("CounterFleet", "状态"),
    QT_TRANSLATE_NOOP("CounterFleet", "终端"),
    QT_TRANSLATE_NOOP("CounterFleet", "类型"),
    QT_TRANSLATE_NOOP("CounterFleet", "名称"),
    QT_TRANSLATE_NOOP("CounterFleet", "版本"),
    QT_TRANSLATE_NOOP("CounterFleet", "最后心跳"),
    QT_TRANSLATE_NOOP("CounterFleet", "画面"),
    QT_TRANSLATE_NOOP("CounterFleet", "服务"),
    QT_TRANSLATE_NOOP("CounterFleet", "待上报"),
    QT_TRANSLATE_NOOP("CounterFleet", "告警"),
    QT_TRANSLATE_NOOP("CounterFleet", "设备"),
]
ALERTS = HEADERS.index("告警")
ALERTS_MAX_PX = 380

# the alerts as shared.services.fleet words them
_OFFLINE = re.compile(r"^离线：已 (\d+) (秒|分钟|小时|天)没有心跳$")
_BACKLOG = re.compile(r"^待上报 (\d+) 条，超过上限 (\d+)$")
_VERSION = re.compile(r"^版本 (.*) 与多数终端（(.*)）不同$")
_JOB = re.compile(r"^任务“(.*)”(\d\d-\d\d \d\d:\d\d) (中断|失败)(?:：(.*))?$", re.DOTALL)


def _word(table: dict[str, str], key: str) -> str:
    return translate("CounterFleet", table[key]) if key in table else key


def level_word(level: str) -> str:
    return _word(LEVEL_WORDS, level)


def kind_word(kind: str) -> str:
    return _word(KIND_WORDS, kind)


def device_word(name: str) -> str:
    """A device by its name; one without a name of its own by its key."""
    return _word(DEVICE_WORDS, name)


def service_word(t: TerminalStatus) -> str:
    """TerminalStatus.service_words in the manager's language."""
    return translate("CounterFleet", SERVICE_WORDS[(t.beat.service_state == "paused", t.pause_asked)])


def duration_words(n: int, unit: str) -> str:
    if unit == "秒":
        return translate("CounterFleet", "{n} 秒").format(n=n)
    if unit == "分钟":
        return translate("CounterFleet", "{n} 分钟").format(n=n)
    if unit == "小时":
        return translate("CounterFleet", "{n} 小时").format(n=n)
    return translate("CounterFleet", "{n} 天").format(n=n)


def alert_words(a: Alert) -> str:
    """An alert as the fleet service words it (Alert.text), in the manager's language; the
    driver's words for a device's problem and a job's error stay as they are."""
    text = a.text
    device = device_word(a.subject)
    named = DEVICE_WORDS.get(a.subject, a.subject)  # the device as the service named it
    if a.code == "offline" and (m := _OFFLINE.match(text)):
        return translate("CounterFleet", "离线：已 {duration}没有心跳").format(
            duration=duration_words(int(m.group(1)), m.group(2))
        )
    if a.code == "backlog" and (m := _BACKLOG.match(text)):
        return translate("CounterFleet", "待上报 {n} 条，超过上限 {limit}").format(
            n=m.group(1), limit=m.group(2)
        )
    if a.code == "version" and (m := _VERSION.match(text)):
        return translate("CounterFleet", "版本 {version} 与多数终端（{majority}）不同").format(
            version=m.group(1), majority=m.group(2)
        )
    if a.code == "paper_out" and text == f"{named}缺纸":
        return translate("CounterFleet", "{device}缺纸").format(device=device)
    if a.code == "paper_low" and text == f"{named}纸将用完":
        return translate("CounterFleet", "{device}纸将用完").format(device=device)
    if a.code == "device_offline":
        if text == f"{named}离线":
            return translate("CounterFleet", "{device}离线").format(device=device)
        if text.startswith(f"{named}离线："):
            return translate("CounterFleet", "{device}离线：{detail}").format(
                device=device, detail=text.removeprefix(f"{named}离线：")
            )
    if a.code == "device_degraded":
        if text == f"{named}状态异常":
            return translate("CounterFleet", "{device}状态异常").format(device=device)
        if text.startswith(f"{named}："):
            return translate("CounterFleet", "{device}：{detail}").format(
                device=device, detail=text.removeprefix(f"{named}：")
            )
    if a.code == "job" and (m := _JOB.match(text)):
        title, when, state, why = m.groups()
        title = translate("CounterFleet", title) if title in JOB_WORDS else title
        if state == "中断":
            words = translate("CounterFleet", "任务“{title}”{when} 中断")
        else:
            words = translate("CounterFleet", "任务“{title}”{when} 失败")
        words = words.format(title=title, when=when)
        if why is not None:
            words = translate("CounterFleet", "{alert}：{why}").format(alert=words, why=why)
        return words
    return text


def short_version(version: str) -> str:
    """The release part a manager compares (0.1.1.dev107); the build's local part is in the tip."""
    return version.split("+", 1)[0]


def _ago(seconds: float) -> str:
    s = int(seconds)
    if s < 120:
        return translate("CounterFleet", "{n} 秒前").format(n=s)
    if s < 7200:
        return translate("CounterFleet", "{n} 分钟前").format(n=s // 60)
    if s < 2 * 86400:
        return translate("CounterFleet", "{n} 小时前").format(n=s // 3600)
    return translate("CounterFleet", "{n} 天前").format(n=s // 86400)


def _devices(devices: dict) -> str:
    marks = {
        "ok": "✔",
        "degraded": translate("CounterFleet", "！"),
        "paper_low": translate("CounterFleet", "纸少"),
        "paper_out": translate("CounterFleet", "缺纸"),
        "offline": "✖",
    }
    return " ".join(
        f"{device_word(name)}{marks.get(d.get('state', ''), translate('CounterFleet', '？'))}"
        for name, d in sorted(devices.items())
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
        top.addWidget(label(translate("CounterFleet", "终端状态"), "heading"))
        self.summary = label(translate("CounterFleet", "正在读取各终端的心跳…"), "muted")
        top.addWidget(self.summary, 1)
        self.refresh = button(translate("CounterFleet", "刷新"))
        self.refresh.clicked.connect(vm.refresh)
        top.addWidget(self.refresh)
        hbox.addLayout(top)
        self.jobs = label("", "error", wrap=True)
        self.jobs.hide()
        hbox.addWidget(self.jobs)
        col.addWidget(head)

        body, bbox = panel()
        self.table = table([translate("CounterFleet", h) for h in HEADERS])
        rows_follow_columns(self.table)  # the capped 告警 column wraps: its rows grow to fit
        self.table.itemSelectionChanged.connect(self._selected)
        bbox.addWidget(self.table, 1)
        self.detail = label("", "muted", wrap=True)
        bbox.addWidget(self.detail)
        actions = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("CounterFleet", "暂停原因（写入工作日志），如 更换纸卷"))
        self.reason.setMaxLength(200)
        self.pause = button(translate("CounterFleet", "暂停服务"), "danger")
        self.resume = button(translate("CounterFleet", "恢复服务"), "primary")
        self.pause.clicked.connect(lambda: vm.pause(self.reason.text()))
        self.resume.clicked.connect(vm.resume)
        actions.addWidget(label(translate("CounterFleet", "选中的自助机：")))
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.pause)
        actions.addWidget(self.resume)
        bbox.addLayout(actions)
        col.addWidget(body, 1)
        self.keys = PageKeys(self, vm.say)
        self.keys.bind("Alt+R", self.refresh, translate("CounterFleet", "正在读取各终端的心跳，请稍候。"))
        self.keys.bind(
            "Alt+T",
            self.pause,
            translate("CounterFleet", "请先在表中选择一台正在服务的自助机（只有自助机可以暂停）。"),
        )
        self.keys.bind(
            "Alt+H", self.resume, translate("CounterFleet", "请先在表中选择一台已暂停服务的自助机。")
        )
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
            self.detail.setText(translate("CounterFleet", "选中一行查看设备、最近错误；自助机可以暂停服务。"))
        else:
            b = t.beat
            errors = translate("CounterFleet", "；").join(b.errors[-3:]) or translate("CounterFleet", "无")
            sync = (
                b.last_sync_at.astimezone(self.vm.ctx.tz).strftime("%m-%d %H:%M") if b.last_sync_at else "—"
            )
            self.detail.setText(
                translate(
                    "CounterFleet",
                    "{name}（{id}，{host}，版本 {version}）启动于 {started}，上次同步 {sync}；最近错误：{errors}",
                ).format(
                    name=b.name,
                    id=b.terminal_id,
                    host=b.host,
                    version=b.version,
                    started=f"{b.started_at.astimezone(self.vm.ctx.tz):%m-%d %H:%M}",
                    sync=sync,
                    errors=errors,
                )
            )

    def _fill(self, report) -> None:
        self.table.setRowCount(0)
        if report is None:
            return
        c = report.counts()
        self.summary.setText(
            translate(
                "CounterFleet",
                "共 {n} 台：正常 {ok}，注意 {warning}，告警 {alert}，离线 {offline}　多数版本 {version}　（{time}）",
            ).format(
                n=len(report.terminals),
                ok=c["ok"],
                warning=c["warning"],
                alert=c["alert"],
                offline=c["offline"],
                version=short_version(report.majority_version) or "—",
                time=f"{report.at.astimezone(self.vm.ctx.tz):%H:%M:%S}",
            )
        )
        if report.job_alerts:
            self.jobs.setText(
                translate("CounterFleet", "定时任务：{alerts}").format(
                    alerts=translate("CounterFleet", "；").join(alert_words(a) for a in report.job_alerts)
                )
            )
            self.jobs.show()
        else:
            self.jobs.hide()
        self.table.setRowCount(len(report.terminals))
        for r, t in enumerate(report.terminals):
            b = t.beat
            values = [
                level_word(t.level),
                b.terminal_id,
                kind_word(b.kind),
                b.name,
                short_version(b.version),
                _ago(t.silent_s),
                _word(SCREEN_WORDS, b.screen),
                service_word(t),
                str(b.outbox_backlog),
                translate("CounterFleet", "；").join(alert_words(a) for a in t.alerts) or "—",
                _devices(b.devices),
            ]
            bg = QColor(LEVEL_BG[t.level])
            for i, v in enumerate(values):
                item = cell(v, data=b.terminal_id)
                item.setBackground(bg)
                if i == 4:
                    item.setToolTip(b.version)
                elif i == ALERTS:
                    item.setToolTip("\n".join(alert_words(a) for a in t.alerts))
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
