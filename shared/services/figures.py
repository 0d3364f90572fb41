"""The hall manager's figures for a period: tickets, waits and service times per category,
window and clerk; no-shows; evaluations and follow-ups; overdue cases; the sync backlog.

The database counts (``offline_store.repositories.figures``: GROUP BY over the period's
rows); this use case checks who asks, and rolls the few hundred groups up into
per-category, per-window and per-clerk lines. A year of a busy hall (500,000 tickets) must
come back in under two seconds on SQLite: ``bench/bench_counter.py`` measures it. The
values are in ``shared.domain.figures``, the CSV/XLSX export in
``shared.services.figures_export``, the follow-up board in ``shared.services.followups``.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

from offline_store.repositories.figures import HourBuckets, ReviewGroup, SeriesBucket, TicketGroup
from offline_store.store import UnitOfWork
from shared.domain.agency import AgencyKind
from shared.domain.catalog.catalog import Catalog
from shared.domain.errors import NotFound, ValidationError
from shared.domain.evaluations import EvaluationLevel
from shared.domain.figures import (
    DUE_SOON_DAYS,
    CaseFigures,
    EvaluationFigures,
    HallFigures,
    SeriesPoint,
    SyncFigures,
    TicketFigures,
)
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.hall_time import opening_hours_of_day
from shared.services.permissions import Permission, require
from shared.services.staff_names import staff_namer

MAX_PERIOD_DAYS = 366 * 2


def hall_figures(ctx: HallContext, *, actor: Actor, start: date, end: date | None = None) -> HallFigures:
    """Figures for ``start``..``end`` (inclusive, the hall's local dates); one day by default."""
    require(actor, Permission.VIEW_FIGURES)
    end = end or start
    if end < start:
        raise ValidationError("结束日期早于开始日期。", hint="请重新选择统计区间。")
    if (end - start).days > MAX_PERIOD_DAYS:
        raise ValidationError(words("统计区间超过{max_period_days}天。", max_period_days=MAX_PERIOD_DAYS), hint="请缩短区间，或分段导出。")
    t0 = time.perf_counter()
    since, _ = ctx.local_day_bounds(start)
    _, until = ctx.local_day_bounds(end)
    hall = ctx.settings.hall.code
    hours = None
    if start == end:  # one day: the trend goes by the hour
        offset = since.utcoffset() or timedelta(0)
        hours = HourBuckets(ctx.settings.hall.timezone, int(offset.total_seconds() // 60))
    with ctx.unit_of_work(read_only=True) as uow:
        groups = uow.figures.ticket_groups(hall_code=hall, start=start, end=end)
        reviews = uow.figures.review_groups(
            since=since, until=until, bad_at_most=int(EvaluationLevel.DISSATISFIED)
        )
        by_subject = uow.figures.review_groups_by_subject(
            since=since, until=until, bad_at_most=int(EvaluationLevel.DISSATISFIED)
        )
        try:
            catalog = ctx.catalog(uow)
        except NotFound:
            catalog = None
        buckets = uow.figures.ticket_series(hall_code=hall, start=start, end=end, hours=hours)
        open_hours = opening_hours_of_day(ctx, uow, start) if start == end else []
        evaluations = _evaluations(ctx, uow, since, until)
        cases = _cases(ctx, uow, since, until, catalog)
        sync = _sync(ctx, uow)
        namer = staff_namer(uow)  # the clerk lines show names, never logins
        clerk_names = {u: namer(u) for u in {g.served_by for g in groups} | {r.clerk for r in reviews} if u}
    totals, cats, windows, clerks = _roll_up(groups)
    _add_reviews(reviews, windows, clerks, totals)
    for line in clerks.values():
        line.label = clerk_names.get(line.key, line.key)
    _add_category_reviews(by_subject, cats, catalog)
    elapsed = (time.perf_counter() - t0) * 1000
    labels = ctx.settings.tickets.categories
    for c in cats.values():
        c.label = labels.get(c.key, ("", c.key))[1]
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
        series=_series(buckets, single_day=start == end, open_hours=open_hours),
        evaluations=evaluations,
        cases=cases,
        sync=sync,
    )


def _roll_up(
    groups: list[TicketGroup],
) -> tuple[TicketFigures, dict[str, TicketFigures], dict[str, TicketFigures], dict[str, TicketFigures]]:
    totals = TicketFigures("", "全厅")
    cats: dict[str, TicketFigures] = {}
    windows: dict[str, TicketFigures] = {}
    clerks: dict[str, TicketFigures] = {}
    for g in groups:
        lines = [
            totals,
            cats.setdefault(g.category, TicketFigures(g.category, g.category)),
            _window_line(windows, g.window_no),
        ]
        if g.served_by:
            lines.append(clerks.setdefault(g.served_by, TicketFigures(g.served_by, g.served_by)))
        for line in lines:
            line.add(
                state=g.state,
                n=g.count,
                wait_s=g.wait_s,
                wait_n=g.wait_n,
                max_wait_s=g.max_wait_s,
                service_s=g.service_s,
                service_n=g.service_n,
            )
    return totals, cats, windows, clerks


def _window_line(windows: dict[str, TicketFigures], window_no: int | None) -> TicketFigures:
    key = str(window_no) if window_no is not None else ""
    return windows.setdefault(key, TicketFigures(key, f"{window_no}号窗口" if key else "未叫号"))


def _add_category_reviews(
    rows: list[tuple[str, str, int, int]], cats: dict[str, TicketFigures], catalog: Catalog | None
) -> None:
    """Each review on its category line: a window review by its ticket's category, a case
    review by its item's category (before, the category table showed 0 reviews beside a
    satisfaction rate computed over the whole hall)."""
    for kind, key, n, bad in rows:
        category = key
        if kind == "case":
            try:
                category = catalog.item(key).ticket_category if catalog is not None else ""
            except NotFound:
                category = ""
        if not category:
            continue
        line = cats.setdefault(category, TicketFigures(category, category))
        line.reviews += n
        line.bad_reviews += bad


def _add_reviews(
    reviews: list[ReviewGroup],
    windows: dict[str, TicketFigures],
    clerks: dict[str, TicketFigures],
    totals: TicketFigures,
) -> None:
    for r in reviews:
        lines = [totals]
        if r.window_no is not None:
            lines.append(_window_line(windows, r.window_no))
        if r.clerk:
            lines.append(clerks.setdefault(r.clerk, TicketFigures(r.clerk, r.clerk)))
        for line in lines:
            line.reviews += r.count
            line.bad_reviews += r.bad


def _series(buckets: list[SeriesBucket], *, single_day: bool, open_hours: list[int]) -> list[SeriesPoint]:
    rows = list(buckets)
    if single_day:
        # every opening hour gets its bar, also the quiet ones: a gap is information too
        seen = {int(b.key) for b in rows if isinstance(b.key, int)}
        quiet = set(open_hours) - seen
        rows += [SeriesBucket(hour, 0, 0, 0, 0.0, 0) for hour in quiet]
        rows.sort(key=lambda b: int(b.key) if isinstance(b.key, int) else 0)
    return [
        SeriesPoint(
            f"{b.key:02d}时"
            if isinstance(b.key, int)
            else (b.key.isoformat() if isinstance(b.key, date) else b.key),
            b.issued,
            b.done,
            b.no_show,
            round(b.wait_s / b.wait_n / 60, 1) if b.wait_n else None,
        )
        for b in rows
    ]


def _evaluations(ctx: HallContext, uow: UnitOfWork, since: datetime, until: datetime) -> EvaluationFigures:
    by_level = {int(level): 0 for level in EvaluationLevel}
    defaults = 0
    for c in uow.figures.evaluation_levels(since=since, until=until):
        by_level[c.level] += c.count
        defaults += c.count if c.is_default else 0
    total = sum(by_level.values())
    bad = sum(n for level, n in by_level.items() if EvaluationLevel(level).is_bad)
    f = uow.figures.followup_counts(today=ctx.today(), since=since, until=until)
    return EvaluationFigures(
        by_level=by_level,
        defaults=defaults,
        total=total,
        bad=bad,
        followups_open=f.open,
        followups_overdue=f.overdue,
        followups_closed=f.closed,
    )


def _cases(
    ctx: HallContext, uow: UnitOfWork, since: datetime, until: datetime, catalog: Catalog | None
) -> CaseFigures:
    today = ctx.today()
    by_agent = free = 0
    per_point: dict[str, int] = {}
    for kind, point, n in uow.agency.counts_between(start=since, end=until):
        by_agent += n
        if kind == AgencyKind.FREE.value:
            free += n
            found = catalog.points.get(point) if catalog is not None else None
            name = found.name if found is not None else point
            per_point[name] = per_point.get(name, 0) + n
    c = uow.figures.case_counts(
        since=since, until=until, today=today, due_by=today + timedelta(DUE_SOON_DAYS)
    )
    return CaseFigures(
        accepted=c.accepted,
        not_accepted=c.not_accepted,
        completed=c.completed,
        overdue_now=c.overdue,
        due_soon=c.due_soon,
        supplement_notices=c.supplement_notices,
        paused_now=c.paused_now,
        by_agent=by_agent,
        free_agency=free,
        free_agency_by_point=tuple(sorted(per_point.items(), key=lambda kv: (-kv[1], kv[0]))),
        in_transit_now=uow.agency.count_in_transit(hall_code=ctx.settings.hall.code),
    )


def _sync(ctx: HallContext, uow: UnitOfWork) -> SyncFigures:
    age = uow.outbox.oldest_pending_age(now=ctx.now())
    counts = uow.outbox.counts()
    return SyncFigures(
        backlog=uow.outbox.backlog_count(),
        oldest_pending_min=round(age.total_seconds() / 60, 1) if age is not None else None,
        quarantined=counts.get("quarantined", 0),
    )
