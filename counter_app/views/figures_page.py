"""统计: today or a period; tiles, a chart, tables per category / window / clerk; export;
and the bad-review follow-ups the manager tracks to closure.

Words through Qt's translation system (context CounterFigures). The tables' headings and the
windows' lines are reworded here with the figures service's own Chinese (a test holds them the
same); a review's level and reasons are the evaluator's words (CounterEvaluator, the domain's
Chinese). Data: the clerks' names, the hall's own ticket categories, the service points' names,
case numbers and what a resident wrote. The exported CSV and Excel files keep the service's
Chinese headings: they go to other offices."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
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
from counter_app.viewmodels.evaluation import LEVEL_WORDS, REASON_WORDS
from counter_app.viewmodels.manager import PERIODS, FiguresViewModel
from counter_app.views.chart import SeriesChart
from counter_app.views.common import PageKeys, button, cell, label, panel, table
from shared.domain.cases import format_case_no
from shared.domain.figures import TicketFigures
from shared.services.figures_export import ticket_columns
from shared.ui.hall_words import category_name
from shared.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# the ticket tables' headings, as shared.services.figures_export.ticket_columns() words them
COLUMN_WORDS = {
    "label": QT_TRANSLATE_NOOP("CounterFigures", "名称"),
    "issued": QT_TRANSLATE_NOOP("CounterFigures", "取号"),
    "called": QT_TRANSLATE_NOOP("CounterFigures", "叫号"),
    "served": QT_TRANSLATE_NOOP("CounterFigures", "办结"),
    "no_show": QT_TRANSLATE_NOOP("CounterFigures", "过号"),
    "open": QT_TRANSLATE_NOOP("CounterFigures", "未完成"),
    "avg_wait_min": QT_TRANSLATE_NOOP("CounterFigures", "平均等候(分)"),
    "max_wait_min": QT_TRANSLATE_NOOP("CounterFigures", "最长等候(分)"),
    "avg_service_min": QT_TRANSLATE_NOOP("CounterFigures", "平均办理(分)"),
    "reviews": QT_TRANSLATE_NOOP("CounterFigures", "评价数"),
    "bad_reviews": QT_TRANSLATE_NOOP("CounterFigures", "差评数"),
}
# a review's level and reasons as the evaluator words them (the domain's Chinese)
REVIEW_WORDS = {text for text in (*LEVEL_WORDS.values(), *REASON_WORDS.values())}


def review_word(text: str) -> str:
    """A review's level or reason (a label of shared.domain.evaluations) in the manager's words."""
    return translate("CounterEvaluator", text) if text in REVIEW_WORDS else text


def line_label(key: str, line: TicketFigures) -> str:
    """A ticket line's name: a window as the figures service names it (3号窗口, 未叫号), a
    category by its name (the default ones translated), a clerk by name."""
    if key == "by_window":
        if not line.key:
            return translate("CounterFigures", "未叫号")
        return translate("CounterFigures", "{n}号窗口").format(n=line.key)
    if key == "by_category":
        return category_name(line.label, translate)
    return line.label


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
            b = button(translate("CounterManager", text))
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
        self.go = go = button(translate("CounterFigures", "自选区间"))
        go.clicked.connect(
            lambda: vm.set_period("custom", _pydate(self.start.date()), _pydate(self.end.date()))
        )
        bar.addWidget(self.start)
        bar.addWidget(label(translate("CounterFigures", "至")))
        bar.addWidget(self.end)
        bar.addWidget(go)
        bar.addStretch(1)
        outer.addLayout(bar)
        # the period computed and its exports on a line of their own: the row of periods with
        # their keys fills the page's width at 1600×900
        line = QHBoxLayout()
        self.period_line = label("", "muted")
        line.addWidget(self.period_line, 1)
        self.csv = button(translate("CounterFigures", "导出 CSV"))
        self.xlsx = button(translate("CounterFigures", "导出 Excel"), "primary")
        line.addWidget(self.csv)
        line.addWidget(self.xlsx)
        outer.addLayout(line)

        tiles = QGridLayout()
        self.tiles: dict[str, QLabel] = {}
        names = [
            ("issued", translate("CounterFigures", "取号")),
            ("served", translate("CounterFigures", "办结")),
            ("no_show", translate("CounterFigures", "过号")),
            ("wait", translate("CounterFigures", "平均等候")),
            ("service", translate("CounterFigures", "平均办理")),
            ("accepted", translate("CounterFigures", "受理办件")),
            ("overdue", translate("CounterFigures", "超期办件")),
            ("satisfaction", translate("CounterFigures", "满意率")),
            ("followups", translate("CounterFigures", "差评整改中")),
            ("backlog", translate("CounterFigures", "待上报平台")),
            ("agency", translate("CounterFigures", "免费代办")),
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
        self.tabs.addTab(chart_page, translate("CounterFigures", "趋势图"))
        headers = [translate("CounterFigures", COLUMN_WORDS[name]) for name, _ in ticket_columns()]
        self.tables = {}
        for key, title in (
            ("by_category", translate("CounterFigures", "按业务类别")),
            ("by_window", translate("CounterFigures", "按窗口")),
            ("by_clerk", translate("CounterFigures", "按工作人员")),
        ):
            t = table(headers)
            self.tables[key] = t
            self.tabs.addTab(t, title)
        follow = QWidget()
        fl = QVBoxLayout(follow)
        self.followup_table = table(
            [
                translate("CounterFigures", "办件编号"),
                translate("CounterFigures", "评价"),
                translate("CounterFigures", "原因"),
                translate("CounterFigures", "窗口"),
                translate("CounterFigures", "人员"),
                translate("CounterFigures", "整改期限"),
                translate("CounterFigures", "状态"),
            ]
        )
        fl.addWidget(self.followup_table, 1)
        self.settle = button(translate("CounterFigures", "填写整改情况并办结"), "primary")
        fl.addWidget(self.settle)
        self.tabs.addTab(follow, translate("CounterFigures", "差评整改"))
        outer.addWidget(self.tabs, 1)
        self.keys = PageKeys(self, vm.say)
        period_keys = {"today": "Alt+D", "week": "Alt+W", "month": "Alt+M", "year": "Alt+Y"}
        busy = translate("CounterFigures", "正在统计，请稍候。")
        for key, b in self.period_buttons.items():
            self.keys.bind(period_keys[key], b, busy)
        self.keys.bind("Alt+Z", self.go, busy)
        self.keys.bind("Alt+C", self.csv, busy)
        self.keys.bind("Alt+X", self.xlsx, busy)
        self.keys.bind(
            "Alt+G", self.settle, translate("CounterFigures", "请先打开“差评整改”，在表中选择一条整改记录。")
        )

        self.csv.clicked.connect(lambda: self._export("csv"))
        self.xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.settle.clicked.connect(self._settle)
        vm.changed.connect(self.render)
        vm.followups_changed.connect(self.render_followups)
        self.render()

    def _export(self, suffix: str) -> None:
        name = translate("CounterFigures", "大厅统计")
        default = f"{name}_{self.vm.start:%Y%m%d}-{self.vm.end:%Y%m%d}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("CounterFigures", "导出统计"), default, f"*.{suffix}"
        )
        if path:
            self.vm.export(path)

    def _settle(self) -> None:
        rows = self.followup_table.selectionModel().selectedRows()
        if not rows or not self.vm.followups:
            self.vm.say("error", translate("CounterFigures", "请先选择一条整改记录。"))
            return
        item = self.vm.followups[rows[0].row()]
        text, ok = QInputDialog.getMultiLineText(
            self,
            translate("CounterFigures", "差评整改"),
            translate("CounterFigures", "办件 {case_no} 的核实与整改情况").format(
                case_no=format_case_no(item.case_no)
            ),
        )
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
        period = (
            translate("CounterFigures", "统计区间：{start} 至 {end}（按小时）")
            if f.single_day
            else translate("CounterFigures", "统计区间：{start} 至 {end}（按日）")
        )
        self.period_line.setText(period.format(start=f"{f.start:%Y-%m-%d}", end=f"{f.end:%Y-%m-%d}"))
        t, ev, cs = f.totals, f.evaluations, f.cases
        minutes = translate("CounterFigures", "{n} 分")
        values = {
            "issued": t.issued,
            "served": t.served,
            "no_show": t.no_show,
            "wait": minutes.format(n=t.avg_wait_min) if t.avg_wait_min is not None else "—",
            "service": minutes.format(n=t.avg_service_min) if t.avg_service_min is not None else "—",
            "accepted": translate("CounterFigures", "{n}（补正告知{notices}，不予受理{refused}）").format(
                n=cs.accepted, notices=cs.supplement_notices, refused=cs.not_accepted
            ),
            "overdue": translate("CounterFigures", "{n}（{soon}件将到期，{paused}件计时暂停）").format(
                n=cs.overdue_now, soon=cs.due_soon, paused=cs.paused_now
            ),
            # a rate always beside its denominator (and none over zero reviews)
            "satisfaction": translate("CounterFigures", "{rate}（{n}条评价）").format(
                rate=f"{ev.satisfaction:.1%}", n=ev.total
            )
            if ev.satisfaction is not None
            else translate("CounterFigures", "—（无评价）"),
            "followups": translate("CounterFigures", "{n}（超期{overdue}）").format(
                n=ev.followups_open, overdue=ev.followups_overdue
            ),
            "backlog": f.sync.backlog,
            "agency": translate("CounterFigures", "{n}（代办共{all}）").format(
                n=cs.free_agency, all=cs.by_agent
            ),
        }
        for key, v in values.items():
            self.tiles[key].setText(str(v))
        stations = translate("CounterFigures", "；").join(
            translate("CounterFigures", "{name} {n}件").format(name=name, n=n)
            for name, n in cs.free_agency_by_point
        ) or translate("CounterFigures", "无")
        self.agency_line.setText(
            translate("CounterFigures", "免费代办按站点：{stations}　　在途流转材料：{n}件").format(
                stations=stations, n=cs.in_transit_now
            )
        )
        self.chart.set_points(f.series)
        cols = [name for name, _ in ticket_columns()]
        for key, t_ in self.tables.items():
            lines = getattr(f, key)
            t_.setRowCount(len(lines))
            for r, line in enumerate(lines):
                for c, name in enumerate(cols):
                    v = line_label(key, line) if name == "label" else getattr(line, name)
                    t_.setItem(r, c, cell("—" if v is None else v))
            t_.resizeColumnsToContents()

    def render_followups(self) -> None:
        items = self.vm.followups
        self.followup_table.setRowCount(len(items))
        for r, i in enumerate(items):
            state = (
                translate("CounterFigures", "已办结")
                if i.state == "closed"
                else (
                    translate("CounterFigures", "超期未整改")
                    if i.overdue
                    else translate("CounterFigures", "整改中")
                )
            )
            values = (
                format_case_no(i.case_no),
                review_word(i.level_label),
                translate("CounterFigures", "、").join(review_word(r) for r in i.reasons) or i.comment,
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
