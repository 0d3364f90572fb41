"""统计: today or a period; tiles, a chart, tables per category / window / clerk; export;
and the bad-review follow-ups the manager tracks to closure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.style import OVERDUE_BG
from counter_app.viewmodels.manager import PERIODS, FiguresViewModel
from counter_app.views.chart import SeriesChart
from counter_app.views.common import PageKeys, button, cell, label, panel, table
from shared.domain.cases import format_case_no
from shared.services.figures_export import ticket_columns


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class FiguresPage(QWidget):
    def __init__(self, vm: FiguresViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        bar = QHBoxLayout()
        self.period_buttons = {}
        for key, text in PERIODS.items():
            if key == "custom":
                continue
            b = button(text)
            b.setCheckable(True)
            b.clicked.connect(lambda _c, k=key: vm.set_period(k))
            bar.addWidget(b)
            self.period_buttons[key] = b
        self.start = QDateEdit()
        self.end = QDateEdit()
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setDate(_qdate(vm.start))
        self.go = go = button("自选区间")
        go.clicked.connect(
            lambda: vm.set_period("custom", _pydate(self.start.date()), _pydate(self.end.date()))
        )
        bar.addWidget(self.start)
        bar.addWidget(label("至"))
        bar.addWidget(self.end)
        bar.addWidget(go)
        bar.addStretch(1)
        outer.addLayout(bar)
        # the period computed and its exports on a line of their own: the row of periods with
        # their keys fills the page's width at 1600×900
        line = QHBoxLayout()
        self.period_line = label("", "muted")
        line.addWidget(self.period_line, 1)
        self.csv = button("导出 CSV")
        self.xlsx = button("导出 Excel", "primary")
        line.addWidget(self.csv)
        line.addWidget(self.xlsx)
        outer.addLayout(line)

        tiles = QGridLayout()
        self.tiles: dict[str, QLabel] = {}
        names = [
            ("issued", "取号"),
            ("served", "办结"),
            ("no_show", "过号"),
            ("wait", "平均等候"),
            ("service", "平均办理"),
            ("accepted", "受理办件"),
            ("overdue", "超期办件"),
            ("satisfaction", "满意率"),
            ("followups", "差评整改中"),
            ("backlog", "待上报平台"),
            ("agency", "免费代办"),
        ]
        for i, (key, title) in enumerate(names):
            frame, box = panel()
            box.addWidget(label(title, "muted"))
            value = label("—", "title")
            box.addWidget(value)
            tiles.addWidget(frame, i // 6, i % 6)
            self.tiles[key] = value
        outer.addLayout(tiles)
        # 帮办代办 (issue 12): the 免费代办 of the period, by the station that took them
        self.agency_line = label("", "muted", wrap=True)
        outer.addWidget(self.agency_line)

        self.tabs = QTabWidget()
        chart_page = QWidget()
        cl = QVBoxLayout(chart_page)
        self.chart = SeriesChart()
        cl.addWidget(self.chart)
        self.tabs.addTab(chart_page, "趋势图")
        headers = [title for _, title in ticket_columns()]
        self.tables = {}
        for key, title in (
            ("by_category", "按业务类别"),
            ("by_window", "按窗口"),
            ("by_clerk", "按工作人员"),
        ):
            t = table(headers)
            self.tables[key] = t
            self.tabs.addTab(t, title)
        follow = QWidget()
        fl = QVBoxLayout(follow)
        self.followup_table = table(["办件编号", "评价", "原因", "窗口", "人员", "整改期限", "状态"])
        fl.addWidget(self.followup_table, 1)
        self.settle = button("填写整改情况并办结", "primary")
        fl.addWidget(self.settle)
        self.tabs.addTab(follow, "差评整改")
        outer.addWidget(self.tabs, 1)
        self.keys = PageKeys(self, vm.say)
        period_keys = {"today": "Alt+D", "week": "Alt+W", "month": "Alt+M", "year": "Alt+Y"}
        for key, b in self.period_buttons.items():
            self.keys.bind(period_keys[key], b, "正在统计，请稍候。")
        self.keys.bind("Alt+Z", self.go, "正在统计，请稍候。")
        self.keys.bind("Alt+C", self.csv, "正在统计，请稍候。")
        self.keys.bind("Alt+X", self.xlsx, "正在统计，请稍候。")
        self.keys.bind("Alt+G", self.settle, "请先打开“差评整改”，在表中选择一条整改记录。")

        self.csv.clicked.connect(lambda: self._export("csv"))
        self.xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.settle.clicked.connect(self._settle)
        vm.changed.connect(self.render)
        vm.followups_changed.connect(self.render_followups)
        self.render()

    def _export(self, suffix: str) -> None:
        default = f"大厅统计_{self.vm.start:%Y%m%d}-{self.vm.end:%Y%m%d}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, "导出统计", default, f"*.{suffix}")
        if path:
            self.vm.export(path)

    def _settle(self) -> None:
        rows = self.followup_table.selectionModel().selectedRows()
        if not rows or not self.vm.followups:
            self.vm.say("error", "请先选择一条整改记录。")
            return
        item = self.vm.followups[rows[0].row()]
        text, ok = QInputDialog.getMultiLineText(self, "差评整改", f"办件 {format_case_no(item.case_no)} 的核实与整改情况")
        if ok:
            self.vm.settle(item.id, text)

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        for key, b in self.period_buttons.items():
            b.setChecked(key == vm.period)
        f = vm.figures
        if f is None:
            return
        # the pickers show the period computed (本周 moved them before; they kept the old day)
        for edit, day in ((self.start, f.start), (self.end, f.end)):
            if edit.date().toPython() != day:
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.period_line.setText(
            f"统计区间：{f.start:%Y-%m-%d} 至 {f.end:%Y-%m-%d}（{'按小时' if f.single_day else '按日'}）"
        )
        t, ev, cs = f.totals, f.evaluations, f.cases
        values = {
            "issued": t.issued,
            "served": t.served,
            "no_show": t.no_show,
            "wait": f"{t.avg_wait_min} 分" if t.avg_wait_min is not None else "—",
            "service": f"{t.avg_service_min} 分" if t.avg_service_min is not None else "—",
            "accepted": f"{cs.accepted}（补正告知{cs.supplement_notices}，不予受理{cs.not_accepted}）",
            "overdue": f"{cs.overdue_now}（{cs.due_soon}件将到期，{cs.paused_now}件计时暂停）",
            # a rate always beside its denominator (and none over zero reviews)
            "satisfaction": f"{ev.satisfaction:.1%}（{ev.total}条评价）"
            if ev.satisfaction is not None
            else "—（无评价）",
            "followups": f"{ev.followups_open}（超期{ev.followups_overdue}）",
            "backlog": f.sync.backlog,
            "agency": f"{cs.free_agency}（代办共{cs.by_agent}）",
        }
        for key, v in values.items():
            self.tiles[key].setText(str(v))
        stations = "；".join(f"{name} {n}件" for name, n in cs.free_agency_by_point) or "无"
        self.agency_line.setText(f"免费代办按站点：{stations}　　在途流转材料：{cs.in_transit_now}件")
        self.chart.set_points(f.series)
        cols = [name for name, _ in ticket_columns()]
        for key, t_ in self.tables.items():
            lines = getattr(f, key)
            t_.setRowCount(len(lines))
            for r, line in enumerate(lines):
                for c, name in enumerate(cols):
                    v = getattr(line, name)
                    t_.setItem(r, c, cell("—" if v is None else v))
            t_.resizeColumnsToContents()

    def render_followups(self) -> None:
        items = self.vm.followups
        self.followup_table.setRowCount(len(items))
        for r, i in enumerate(items):
            state = "已办结" if i.state == "closed" else ("超期未整改" if i.overdue else "整改中")
            values = (
                format_case_no(i.case_no),
                i.level_label,
                "、".join(i.reasons) or i.comment,
                i.window_no or "",
                i.clerk_name or i.clerk,
                f"{i.due_date:%Y-%m-%d}",
                state,
            )
            for c, v in enumerate(values):
                item = cell(v)
                if i.overdue:
                    item.setBackground(QColor(OVERDUE_BG))
                self.followup_table.setItem(r, c, item)
        self.followup_table.resizeColumnsToContents()
