"""The hall manager's figures: tickets, waits and service times per category, window and
clerk; no-shows; evaluations and follow-ups; overdue cases; the sync backlog; and their
export to CSV and XLSX.

Everything is counted by the database (GROUP BY with COUNT/SUM/MAX over the period's
rows); Python only rolls the few hundred groups up into per-category, per-window and
per-clerk lines. A year of a busy hall (500,000 tickets) must come back in under two
seconds on SQLite: ``bench/bench_counter.py`` measures it.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from offline_store.models import Case, Evaluation, Followup, Ticket
from offline_store.store import UnitOfWork
from shared.cases import TERMINAL_STATES, CaseState
from shared.errors import ValidationError
from shared.evaluations import LEVEL_LABELS, EvaluationLevel
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.permissions import Permission, require
from shared.tickets import TicketState

MAX_PERIOD_DAYS = 366 * 2
DUE_SOON_DAYS = 3  # calendar days ahead that count as "soon due" on the manager's board


@dataclass
class TicketFigures:
    """One line of the ticket tables (a category, a window, a clerk, or the whole hall)."""

    key: str
    label: str
    issued: int = 0
    called: int = 0
    served: int = 0  # done
    no_show: int = 0
    open: int = 0  # still waiting / called / serving at the time of the query
    avg_wait_min: float | None = None
    max_wait_min: float | None = None
    avg_service_min: float | None = None
    reviews: int = 0
    bad_reviews: int = 0
    # running sums, not shown
    _wait_s: float = field(default=0.0, repr=False)
    _wait_n: int = field(default=0, repr=False)
    _service_s: float = field(default=0.0, repr=False)
    _service_n: int = field(default=0, repr=False)
    _max_wait_s: float | None = field(default=None, repr=False)

    def add(
        self,
        *,
        state: str,
        n: int,
        wait_s: float,
        wait_n: int,
        max_wait_s: float | None,
        service_s: float,
        service_n: int,
    ) -> None:
        self.issued += n
        self.called += wait_n
        if state == TicketState.DONE.value:
            self.served += n
        elif state == TicketState.NO_SHOW.value:
            self.no_show += n
        else:
            self.open += n
        self._wait_s += wait_s
        self._wait_n += wait_n
        self._service_s += service_s
        self._service_n += service_n
        if max_wait_s is not None:
            self._max_wait_s = max(self._max_wait_s or 0.0, max_wait_s)

    def finish(self) -> TicketFigures:
        self.avg_wait_min = round(self._wait_s / self._wait_n / 60, 1) if self._wait_n else None
        self.max_wait_min = round(self._max_wait_s / 60, 1) if self._max_wait_s is not None else None
        self.avg_service_min = round(self._service_s / self._service_n / 60, 1) if self._service_n else None
        return self

    @property
    def no_show_rate(self) -> float | None:
        return round(self.no_show / self.called, 3) if self.called else None

    @property
    def satisfaction(self) -> float | None:
        return round(1 - self.bad_reviews / self.reviews, 3) if self.reviews else None


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    label: str  # "2026-11-17" per day, or "09时" per hour for a single day
    issued: int
    served: int
    no_show: int
    avg_wait_min: float | None


@dataclass(frozen=True, slots=True)
class EvaluationFigures:
    by_level: dict[int, int]  # 5..1 -> count, defaults included
    defaults: int
    total: int
    bad: int
    followups_open: int
    followups_overdue: int
    followups_closed: int  # closed within the period

    @property
    def satisfaction(self) -> float | None:
        return round(1 - self.bad / self.total, 3) if self.total else None


@dataclass(frozen=True, slots=True)
class CaseFigures:
    accepted: int  # in the period
    not_accepted: int
    completed: int
    overdue_now: int  # open cases past their promised date, today
    due_soon: int  # open cases due within DUE_SOON_DAYS


@dataclass(frozen=True, slots=True)
class SyncFigures:
    backlog: int
    oldest_pending_min: float | None
    quarantined: int


@dataclass(frozen=True, slots=True)
class HallFigures:
    start: date
    end: date  # inclusive
    computed_at: datetime
    elapsed_ms: float
    totals: TicketFigures
    by_category: list[TicketFigures]
    by_window: list[TicketFigures]
    by_clerk: list[TicketFigures]
    series: list[SeriesPoint]
    evaluations: EvaluationFigures
    cases: CaseFigures
    sync: SyncFigures

    @property
    def single_day(self) -> bool:
        return self.start == self.end


# ---------------------------------------------------------------------- SQL pieces


def _seconds_between(dialect: str, later: Any, earlier: Any) -> ColumnElement[float]:
    """Seconds from ``earlier`` to ``later`` (NULL when either is NULL), computed in SQL."""
    if dialect == "postgresql":
        return sa.extract("epoch", later - earlier)
    # SQLite stores the UTC instants as ISO text; julianday reads them in days
    return (sa.func.julianday(later) - sa.func.julianday(earlier)) * 86400.0


def _local_hour(dialect: str, column: Any, tz_name: str, offset_min: int) -> ColumnElement[str]:
    if dialect == "postgresql":
        return sa.cast(sa.extract("hour", sa.func.timezone(tz_name, column)), sa.Integer)
    # Asia/Shanghai has no daylight saving: one fixed offset for the day is exact
    return sa.cast(sa.func.strftime("%H", column, f"{offset_min:+d} minutes"), sa.Integer)


# ---------------------------------------------------------------------- computing


def hall_figures(ctx: HallContext, *, actor: Actor, start: date, end: date | None = None) -> HallFigures:
    """Figures for ``start``..``end`` (inclusive, the hall's local dates); one day by default."""
    require(actor, Permission.VIEW_FIGURES)
    end = end or start
    if end < start:
        raise ValidationError("结束日期早于开始日期。", hint="请重新选择统计区间。")
    if (end - start).days > MAX_PERIOD_DAYS:
        raise ValidationError(f"统计区间超过{MAX_PERIOD_DAYS}天。", hint="请缩短区间，或分段导出。")
    t0 = time.perf_counter()
    since, _ = ctx.local_day_bounds(start)
    _, until = ctx.local_day_bounds(end)
    with ctx.unit_of_work(read_only=True) as uow:
        dialect = uow.session.get_bind().dialect.name
        totals, cats, windows, clerks = _ticket_groups(ctx, uow, dialect, start, end)
        _add_reviews(uow, windows, clerks, totals, since, until)
        series = _series(ctx, uow, dialect, start, end)
        evaluations = _evaluations(ctx, uow, since, until)
        cases = _cases(ctx, uow, since, until)
        sync = _sync(ctx, uow)
    elapsed = (time.perf_counter() - t0) * 1000
    labels = ctx.settings.tickets.categories
    for c in cats.values():
        c.label = labels.get(c.key, (None, c.key))[1]
    return HallFigures(
        start=start,
        end=end,
        computed_at=ctx.now(),
        elapsed_ms=round(elapsed, 1),
        totals=totals.finish(),
        by_category=[c.finish() for c in sorted(cats.values(), key=lambda x: -x.issued)],
        by_window=[
            w.finish() for w in sorted(windows.values(), key=lambda x: (x.key == "", int(x.key or 0)))
        ],
        by_clerk=[c.finish() for c in sorted(clerks.values(), key=lambda x: (-x.served, x.key))],
        series=series,
        evaluations=evaluations,
        cases=cases,
        sync=sync,
    )


def _ticket_groups(
    ctx: HallContext, uow: UnitOfWork, dialect: str, start: date, end: date
) -> tuple[TicketFigures, dict[str, TicketFigures], dict[str, TicketFigures], dict[str, TicketFigures]]:
    wait = _seconds_between(dialect, Ticket.called_at, Ticket.issued_at)
    service = sa.case(
        (
            Ticket.state == TicketState.DONE.value,
            _seconds_between(dialect, Ticket.finished_at, Ticket.serving_at),
        )
    )
    q = (
        sa.select(
            Ticket.category,
            Ticket.window_no,
            Ticket.served_by,
            Ticket.state,
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(wait), 0.0),
            sa.func.count(Ticket.called_at),
            sa.func.max(wait),
            sa.func.coalesce(sa.func.sum(service), 0.0),
            sa.func.count(service),
        )
        .where(Ticket.hall_code == ctx.settings.hall.code, Ticket.day >= start, Ticket.day <= end)
        .group_by(Ticket.category, Ticket.window_no, Ticket.served_by, Ticket.state)
    )
    totals = TicketFigures("", "全厅")
    cats: dict[str, TicketFigures] = {}
    windows: dict[str, TicketFigures] = {}
    clerks: dict[str, TicketFigures] = {}
    for (
        category,
        window_no,
        served_by,
        state,
        n,
        wait_s,
        wait_n,
        max_wait,
        service_s,
        service_n,
    ) in uow.session.execute(q):
        values = dict(
            state=state,
            n=n,
            wait_s=float(wait_s or 0),
            wait_n=wait_n,
            max_wait_s=float(max_wait) if max_wait is not None else None,
            service_s=float(service_s or 0),
            service_n=service_n,
        )
        totals.add(**values)
        cats.setdefault(category, TicketFigures(category, category)).add(**values)
        wkey = str(window_no) if window_no is not None else ""
        windows.setdefault(wkey, TicketFigures(wkey, f"{window_no}号窗口" if wkey else "未叫号")).add(
            **values
        )
        if served_by:
            clerks.setdefault(served_by, TicketFigures(served_by, served_by)).add(**values)
    return totals, cats, windows, clerks


def _add_reviews(
    uow: UnitOfWork,
    windows: dict[str, TicketFigures],
    clerks: dict[str, TicketFigures],
    totals: TicketFigures,
    since: datetime,
    until: datetime,
) -> None:
    bad = int(EvaluationLevel.DISSATISFIED)
    q = (
        sa.select(
            Evaluation.window_no,
            Evaluation.clerk,
            sa.func.count(),
            sa.func.sum(sa.case((Evaluation.level <= bad, 1), else_=0)),
        )
        .where(Evaluation.created_at >= since, Evaluation.created_at < until)
        .group_by(Evaluation.window_no, Evaluation.clerk)
    )
    for window_no, clerk, n, n_bad in uow.session.execute(q):
        totals.reviews += n
        totals.bad_reviews += int(n_bad or 0)
        if window_no is not None:
            w = windows.setdefault(str(window_no), TicketFigures(str(window_no), f"{window_no}号窗口"))
            w.reviews += n
            w.bad_reviews += int(n_bad or 0)
        if clerk:
            c = clerks.setdefault(clerk, TicketFigures(clerk, clerk))
            c.reviews += n
            c.bad_reviews += int(n_bad or 0)


def _series(ctx: HallContext, uow: UnitOfWork, dialect: str, start: date, end: date) -> list[SeriesPoint]:
    wait = _seconds_between(dialect, Ticket.called_at, Ticket.issued_at)
    if start == end:
        offset = ctx.local_day_bounds(start)[0].utcoffset() or timedelta(0)
        bucket = _local_hour(
            dialect, Ticket.issued_at, ctx.settings.hall.timezone, int(offset.total_seconds() // 60)
        )
    else:
        bucket = Ticket.day
    q = (
        sa.select(
            bucket,
            sa.func.count(),
            sa.func.sum(sa.case((Ticket.state == TicketState.DONE.value, 1), else_=0)),
            sa.func.sum(sa.case((Ticket.state == TicketState.NO_SHOW.value, 1), else_=0)),
            sa.func.coalesce(sa.func.sum(wait), 0.0),
            sa.func.count(Ticket.called_at),
        )
        .where(Ticket.hall_code == ctx.settings.hall.code, Ticket.day >= start, Ticket.day <= end)
        .group_by(bucket)
        .order_by(bucket)
    )
    points = []
    rows = list(uow.session.execute(q))
    if start == end:
        # every opening hour gets its bar, also the quiet ones: a gap is information too
        h = ctx.settings.hall
        seen = {int(r[0]) for r in rows}
        hours = set(range(h.opens.hour, h.closes.hour + (1 if h.closes.minute else 0))) - seen
        rows += [(hour, 0, 0, 0, 0.0, 0) for hour in hours]
        rows.sort(key=lambda r: int(r[0]))
    for key, n, done, no_show, wait_s, wait_n in rows:
        label = (
            f"{int(key):02d}时" if start == end else (key.isoformat() if isinstance(key, date) else str(key))
        )
        points.append(
            SeriesPoint(
                label,
                n,
                int(done or 0),
                int(no_show or 0),
                round(float(wait_s) / wait_n / 60, 1) if wait_n else None,
            )
        )
    return points


def _evaluations(ctx: HallContext, uow: UnitOfWork, since: datetime, until: datetime) -> EvaluationFigures:
    rows = uow.session.execute(
        sa.select(Evaluation.level, Evaluation.is_default, sa.func.count())
        .where(Evaluation.created_at >= since, Evaluation.created_at < until)
        .group_by(Evaluation.level, Evaluation.is_default)
    ).all()
    by_level = {int(level): 0 for level in EvaluationLevel}
    defaults = 0
    for level, is_default, n in rows:
        by_level[int(level)] += n
        defaults += n if is_default else 0
    total = sum(by_level.values())
    bad = sum(n for level, n in by_level.items() if EvaluationLevel(level).is_bad)
    today = ctx.today()
    f_open, f_overdue, f_closed = uow.session.execute(
        sa.select(
            sa.func.sum(sa.case((Followup.state != "closed", 1), else_=0)),
            sa.func.sum(
                sa.case((sa.and_(Followup.state != "closed", Followup.due_date < today), 1), else_=0)
            ),
            sa.func.sum(
                sa.case(
                    (sa.and_(Followup.closed_at >= since, Followup.closed_at < until), 1),
                    else_=0,
                )
            ),
        )
    ).one()
    return EvaluationFigures(
        by_level=by_level,
        defaults=defaults,
        total=total,
        bad=bad,
        followups_open=int(f_open or 0),
        followups_overdue=int(f_overdue or 0),
        followups_closed=int(f_closed or 0),
    )


def _cases(ctx: HallContext, uow: UnitOfWork, since: datetime, until: datetime) -> CaseFigures:
    today = ctx.today()
    open_states = [s.value for s in CaseState if s not in TERMINAL_STATES and s is not CaseState.SUBMITTED]
    in_period = sa.and_(Case.created_at >= since, Case.created_at < until)
    accepted, not_accepted, completed = uow.session.execute(
        sa.select(
            sa.func.sum(sa.case((sa.and_(Case.accepted_at >= since, Case.accepted_at < until), 1), else_=0)),
            sa.func.sum(
                sa.case((sa.and_(in_period, Case.state == CaseState.NOT_ACCEPTED.value), 1), else_=0)
            ),
            sa.func.sum(
                sa.case(
                    (
                        sa.and_(
                            Case.state == CaseState.COMPLETED.value,
                            Case.decided_at >= since,
                            Case.decided_at < until,
                        ),
                        1,
                    ),
                    else_=0,
                )
            ),
        )
    ).one()
    overdue, soon = uow.session.execute(
        sa.select(
            sa.func.sum(sa.case((Case.promised_date < today, 1), else_=0)),
            sa.func.sum(
                sa.case(
                    (
                        sa.and_(
                            Case.promised_date >= today,
                            Case.promised_date <= today + timedelta(DUE_SOON_DAYS),
                        ),
                        1,
                    ),
                    else_=0,
                )
            ),
        ).where(Case.state.in_(open_states))
    ).one()
    return CaseFigures(
        accepted=int(accepted or 0),
        not_accepted=int(not_accepted or 0),
        completed=int(completed or 0),
        overdue_now=int(overdue or 0),
        due_soon=int(soon or 0),
    )


def _sync(ctx: HallContext, uow: UnitOfWork) -> SyncFigures:
    age = uow.outbox.oldest_pending_age(now=ctx.now())
    counts = uow.outbox.counts()
    return SyncFigures(
        backlog=uow.outbox.backlog_count(),
        oldest_pending_min=round(age.total_seconds() / 60, 1) if age is not None else None,
        quarantined=counts.get("quarantined", 0),
    )


# ---------------------------------------------------------------------- follow-ups (差评整改)


@dataclass(frozen=True, slots=True)
class FollowupItem:
    id: str
    case_no: str
    level: int
    level_label: str
    reasons: tuple[str, ...]  # labels
    comment: str
    window_no: int | None
    clerk: str
    created_at: datetime
    due_date: date
    state: str  # open | closed
    overdue: bool
    resolution: str


def followup_board(ctx: HallContext, *, actor: Actor, include_closed: bool = False) -> list[FollowupItem]:
    """Every bad review's follow-up with its review, overdue ones first: the manager tracks
    each to closure (国办发〔2019〕51号: every 差评 followed up and put right)."""
    require(actor, Permission.HANDLE_FOLLOWUP)
    from shared.evaluations import BadReviewReason

    today = ctx.today()
    q = (
        sa.select(Followup, Evaluation)
        .join(Evaluation, Evaluation.id == Followup.evaluation_id)
        .order_by(Followup.state.desc(), Followup.due_date, Followup.created_at)
    )
    if not include_closed:
        q = q.where(Followup.state != "closed")
    out = []
    with ctx.unit_of_work(read_only=True) as uow:
        for f, e in uow.session.execute(q):
            labels = []
            for r in e.reasons or []:
                try:
                    labels.append(BadReviewReason(r).label)
                except ValueError:
                    labels.append(str(r))
            out.append(
                FollowupItem(
                    id=f.id,
                    case_no=e.target_no,
                    level=e.level,
                    level_label=LEVEL_LABELS[EvaluationLevel(e.level)],
                    reasons=tuple(labels),
                    comment=e.comment,
                    window_no=e.window_no,
                    clerk=e.clerk,
                    created_at=f.created_at,
                    due_date=f.due_date,
                    state=f.state,
                    overdue=f.state != "closed" and f.due_date < today,
                    resolution=f.resolution,
                )
            )
    out.sort(key=lambda i: (i.state == "closed", not i.overdue, i.due_date))
    return out


def settle_followup(ctx: HallContext, *, actor: Actor, followup_id: str, resolution: str) -> None:
    """Close a follow-up with what was found and put right."""
    require(actor, Permission.HANDLE_FOLLOWUP)
    from shared.services.evaluations import close_followup

    if len(resolution.strip()) < 4:
        raise ValidationError("请写明核实情况和整改措施。", hint="例如：已电话回访，调整窗口人员排班。")
    close_followup(ctx, actor=actor, followup_id=followup_id, resolution=resolution.strip())


# ---------------------------------------------------------------------- export

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
    overview = [
        ["统计区间", period],
        ["取号", figures.totals.issued],
        ["办结", figures.totals.served],
        ["过号", figures.totals.no_show],
        ["平均等候(分)", figures.totals.avg_wait_min],
        ["平均办理(分)", figures.totals.avg_service_min],
        ["受理办件", cs.accepted],
        ["不予受理", cs.not_accepted],
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
    wb.remove(wb.active)
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


__all__ = [
    "CaseFigures",
    "EvaluationFigures",
    "FollowupItem",
    "HallFigures",
    "SeriesPoint",
    "SyncFigures",
    "TicketFigures",
    "export_csv",
    "export_tables",
    "export_xlsx",
    "followup_board",
    "hall_figures",
    "settle_followup",
    "ticket_columns",
]
