"""The manager's figures written out: CSV (UTF-8 with BOM, tables one after another) and XLSX
(one sheet per table, a chart of the trend); the ticket tables' columns for the screen too."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from shared.domain.evaluations import LEVEL_LABELS, EvaluationLevel
from shared.domain.figures import DUE_SOON_DAYS, HallFigures, TicketFigures

_TICKET_COLUMNS = (
    ("label", "名称"),
    ("issued", "取号"),
    ("called", "叫号"),
    ("served", "办结"),
    ("no_show", "过号"),
    ("open", "未完成"),
    ("avg_wait_min", "平均等候(分)"),
    ("max_wait_min", "最长等候(分)"),
    ("avg_service_min", "平均办理(分)"),
    ("reviews", "评价数"),
    ("bad_reviews", "差评数"),
)


def export_tables(figures: HallFigures) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The figures as (sheet title, header, rows): what both exports write."""
    period = f"{figures.start:%Y-%m-%d} 至 {figures.end:%Y-%m-%d}"
    ev, cs, sy = figures.evaluations, figures.cases, figures.sync
    overview: list[list[Any]] = [
        ["统计区间", period],
        ["取号", figures.totals.issued],
        ["办结", figures.totals.served],
        ["过号", figures.totals.no_show],
        ["平均等候(分)", figures.totals.avg_wait_min],
        ["平均办理(分)", figures.totals.avg_service_min],
        ["受理办件", cs.accepted],
        ["补正告知", cs.supplement_notices],
        ["不予受理", cs.not_accepted],
        ["计时暂停办件", cs.paused_now],
        ["代办办件", cs.by_agent],
        ["其中免费代办", cs.free_agency],
        *[[f"免费代办：{name}", n] for name, n in cs.free_agency_by_point],
        ["在途流转材料", cs.in_transit_now],
        ["办结办件", cs.completed],
        ["当前超期办件", cs.overdue_now],
        [f"{DUE_SOON_DAYS}天内到期办件", cs.due_soon],
        ["评价总数", ev.total],
        ["其中默认好评", ev.defaults],
        ["差评", ev.bad],
        ["满意率", ev.satisfaction],
        ["整改中", ev.followups_open],
        ["整改超期", ev.followups_overdue],
        ["本期整改办结", ev.followups_closed],
        ["待上报数据", sy.backlog],
        ["最早待上报(分钟前)", sy.oldest_pending_min],
        ["隔离的上报", sy.quarantined],
    ]
    header = [title for _, title in _TICKET_COLUMNS]

    def rows(lines: Iterable[TicketFigures]) -> list[list[Any]]:
        return [[getattr(line, name) for name, _ in _TICKET_COLUMNS] for line in lines]

    series_header = ["时段", "取号", "办结", "过号", "平均等候(分)"]
    series_rows = [[p.label, p.issued, p.served, p.no_show, p.avg_wait_min] for p in figures.series]
    levels = [
        [LEVEL_LABELS[EvaluationLevel(level)], ev.by_level[level]]
        for level in sorted(ev.by_level, reverse=True)
    ]
    return [
        ("概况", ["项目", "数值"], overview),
        ("按业务类别", header, rows(figures.by_category)),
        ("按窗口", header, rows(figures.by_window)),
        ("按工作人员", header, rows(figures.by_clerk)),
        ("趋势", series_header, series_rows),
        ("评价", ["等级", "数量"], levels),
    ]


def export_csv(figures: HallFigures, path: Path | str) -> Path:
    """One CSV (UTF-8 with BOM so Excel opens the Chinese correctly), tables one after another."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        for title, header, rows in export_tables(figures):
            out.writerow([f"【{title}】"])
            out.writerow(header)
            out.writerows(["" if v is None else v for v in row] for row in rows)
            out.writerow([])
    return path


def export_xlsx(figures: HallFigures, path: Path | str) -> Path:
    """A workbook with one sheet per table and a chart of the trend."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    path = Path(path)
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the empty sheet a new workbook starts with
    for title, header, rows in export_tables(figures):
        ws = wb.create_sheet(title)
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        ws.column_dimensions["A"].width = 22
        if title == "趋势" and rows:
            chart = BarChart()
            chart.title = "取号与办结"
            chart.y_axis.title = "人次"
            data = Reference(ws, min_col=2, max_col=3, min_row=1, max_row=len(rows) + 1)
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
            chart.width, chart.height = 24, 10
            ws.add_chart(chart, "G2")
    wb.save(path)
    return path


def ticket_columns() -> list[tuple[str, str]]:
    """(attribute, heading) of the ticket tables, for the screen's table models."""
    return list(_TICKET_COLUMNS)
