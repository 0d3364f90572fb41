"""The hall's time as every screen and use case sees it: one :class:`HallTimetable` built from
the catalog's service point (its published 作息安排), the windows of the hall plan, the
working-day calendar and the manager's temporary closures.

The kiosk's status line, ticket issuing, the hall board's notice, the guides, the service
points page and ``yimen hours`` all come through here, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from offline_store.store import UnitOfWork
from shared.domain.catalog.catalog import Catalog
from shared.domain.errors import CalendarNotCovered, NotFound, StoreError, ValidationError
from shared.domain.hall_hours import (
    DAY_KIND_LABELS,
    Closure,
    DayHours,
    HallTimetable,
    HoursFallback,
    HoursPlan,
    HoursStatus,
    WindowHours,
)
from shared.domain.words import words
from shared.domain.workdays import WorkingDayCalendar
from shared.services.accounts import windows_in
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.permissions import Permission, require

MAX_CLOSURE = timedelta(days=60)


def _workday_test(calendar: WorkingDayCalendar, fallback_weekdays: list[int]) -> Callable[[date], bool]:
    def is_workday(day: date) -> bool:
        try:
            return calendar.is_workday(day)
        except CalendarNotCovered:
            # past the calendar's coverage the weekly pattern is the best we know; this only
            # says when to come, it never counts a legal deadline
            return day.weekday() in fallback_weekdays

    return is_workday


def hall_plan(ctx: HallContext, catalog: Catalog | None) -> tuple[HoursPlan, str]:
    """(plan, source): the service point's published schedule, else the settings' fallback."""
    point = catalog.points.get(ctx.settings.hall.code) if catalog is not None else None
    if point is not None and point.schedule is not None:
        return point.schedule, "catalog"
    h = ctx.settings.hall
    return HoursFallback(h.opens, h.closes, tuple(h.open_weekdays)).plan(), "settings"


def timetable(ctx: HallContext, uow: UnitOfWork, *, since: datetime | None = None) -> HallTimetable:
    """The hall's timetable inside the caller's unit of work; closures that ended before
    ``since`` (default: a day ago) are left out."""
    try:
        catalog: Catalog | None = ctx.catalog(uow)
    except NotFound:
        catalog = None
    plan, _source = hall_plan(ctx, catalog)
    point = catalog.points.get(ctx.settings.hall.code) if catalog is not None else None
    published = {w.number: w for w in point.windows} if point is not None else {}
    windows = [
        WindowHours(
            w.number,
            w.name,
            tuple(w.categories),
            published[w.number].hours if w.number in published else None,
        )
        for w in windows_in(ctx, uow)
    ]
    closures = uow.closures.active(
        hall_code=ctx.settings.hall.code, ending_after=since or ctx.now() - timedelta(days=1)
    )
    return HallTimetable(
        plan=plan,
        is_workday=_workday_test(ctx.calendar(uow), ctx.settings.hall.open_weekdays),
        tz=ctx.tz,
        windows=windows,
        closures=closures,
    )


def opening_hours_of_day(ctx: HallContext, uow: UnitOfWork, day: date) -> list[int]:
    """The local clock hours (9, 10, … 17) any opening span of ``day`` touches: the figures'
    hourly bars."""
    hours: set[int] = set()
    for span in timetable(ctx, uow).hours_on(day).spans:
        h = span.start.hour
        while h < 24 and (h < span.end.hour or (h == span.end.hour and span.end.minute)):
            hours.add(h)
            h += 1
    return sorted(hours)


def hall_status(
    ctx: HallContext, *, category: str | None = None, window_no: int | None = None
) -> HoursStatus:
    """Where the clock stands now for the hall, one category or one window."""
    with ctx.unit_of_work(read_only=True) as uow:
        return timetable(ctx, uow).status(ctx.now(), category=category, window_no=window_no)


def schedule_text(ctx: HallContext, catalog: Catalog | None = None) -> str:
    """The published hours in one line (board notice, guides, service points)."""
    if catalog is None:
        try:
            catalog = ctx.catalog()
        except (NotFound, StoreError):  # no catalog yet, or the hall's server away: settings
            catalog = None
    point = catalog.points.get(ctx.settings.hall.code) if catalog is not None else None
    if point is not None:
        return point.hours_text
    return hall_plan(ctx, None)[0].text()


# ---------------------------------------------------------------------- one day, for people


@dataclass(frozen=True, slots=True)
class CategoryDay:
    category: str
    name: str
    hours: DayHours


@dataclass(frozen=True, slots=True)
class WindowDay:
    number: int
    name: str
    hours: DayHours


@dataclass(frozen=True, slots=True)
class HallDayPlan:
    day: date
    kind_label: str
    source: str  # catalog | settings
    schedule_text: str
    hall: DayHours
    categories: list[CategoryDay]
    windows: list[WindowDay]
    closures: list[Closure]

    def as_json(self) -> dict[str, Any]:
        def spans(h: DayHours) -> list[dict[str, Any]]:
            return [
                {"start": f"{s.start:%H:%M}", "end": f"{s.end:%H:%M}", "extended": s.extended}
                for s in h.spans
            ]

        return {
            "date": self.day.isoformat(),
            "day_kind": self.hall.kind,
            "day_kind_label": self.kind_label,
            "source": self.source,
            "schedule": self.schedule_text,
            "open": self.hall.open,
            "periods": spans(self.hall),
            "categories": {c.category: {"name": c.name, "periods": spans(c.hours)} for c in self.categories},
            "windows": {str(w.number): {"name": w.name, "periods": spans(w.hours)} for w in self.windows},
            "closures": [
                {
                    "id": c.id,
                    "scope": c.scope,
                    "starts_at": c.starts_at.isoformat(),
                    "ends_at": c.ends_at.isoformat(),
                    "reason": c.reason,
                }
                for c in self.closures
            ],
        }


def day_plan(ctx: HallContext, *, day: date) -> HallDayPlan:
    """The periods of ``day`` for the hall, each ticket category and each window."""
    with ctx.unit_of_work(read_only=True) as uow:
        try:
            catalog: Catalog | None = ctx.catalog(uow)
        except NotFound:
            catalog = None
        table = timetable(ctx, uow, since=datetime.combine(day, datetime.min.time(), tzinfo=ctx.tz))
        _plan, source = hall_plan(ctx, catalog)
    hall = table.hours_on(day)
    names = ctx.settings.tickets.categories
    categories = [CategoryDay(c, names[c][1], table.hours_on(day, category=c)) for c in names]
    windows = [WindowDay(w.number, w.name, table.hours_on(day, window_no=w.number)) for w in table.windows]
    start = datetime.combine(day, datetime.min.time(), tzinfo=ctx.tz)
    closures = [c for c in table.closures if c.starts_at < start + timedelta(days=1) and c.ends_at > start]
    return HallDayPlan(
        day,
        DAY_KIND_LABELS[hall.kind],
        source,
        schedule_text(ctx, catalog),
        hall,
        categories,
        windows,
        closures,
    )


# ---------------------------------------------------------------------- the manager's closures


def close_temporarily(
    ctx: HallContext,
    *,
    actor: Actor,
    starts_at: datetime,
    ends_at: datetime,
    reason: str,
    window_no: int | None = None,
    category: str | None = None,
) -> Closure:
    """暂停办理: the hall, a window or a category closes for a while (停电, 系统升级 …).

    Tickets are not issued for what is closed, and every screen says why and until when.
    """
    require(actor, Permission.MANAGE_WINDOWS)
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValidationError("暂停办理的起止时间须带时区。", hint="例如 2026-11-17T14:30+08:00。")
    if ends_at <= starts_at:
        raise ValidationError("暂停办理的结束时间早于开始时间。", hint="请重新填写起止时间。")
    if ends_at - starts_at > MAX_CLOSURE:
        raise ValidationError(
            "暂停办理超过60天。", hint="长期调整请修改服务网点公布的作息安排（目录 points 的 schedule）。"
        )
    if not reason.strip():
        raise ValidationError("暂停办理须写明原因。", hint="原因会显示在自助机和大厅屏上，例如：系统升级。")
    if window_no is not None and category is not None:
        raise ValidationError("一次只能暂停一个窗口或一个业务类别。", hint="请分两次设置。")
    if category is not None and category not in ctx.settings.tickets.categories:
        known = "、".join(ctx.settings.tickets.categories)
        raise ValidationError(words("没有“{category}”这个业务类别。", category=category), hint=words("可选类别：{known}。", known=known))
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        if window_no is not None and window_no not in {w.number for w in windows_in(ctx, uow)}:
            raise ValidationError(words("本厅没有{window_no}号窗口。", window_no=window_no), hint="请用 `yimen hours` 查看窗口列表。")
        closure = uow.closures.add(
            hall_code=ctx.settings.hall.code,
            starts_at=starts_at,
            ends_at=ends_at,
            reason=reason.strip(),
            window_no=window_no,
            category=category,
            actor=actor.user,
            at=now,
        )
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="hall.close",
            target=closure.scope,
            detail={
                "id": closure.id,
                "from": starts_at.isoformat(),
                "to": ends_at.isoformat(),
                "reason": reason,
            },
            at=now,
        )
    return closure


def cancel_closure(ctx: HallContext, *, actor: Actor, closure_id: str) -> Closure:
    require(actor, Permission.MANAGE_WINDOWS)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        closure = uow.closures.cancel(closure_id=closure_id, actor=actor.user, at=now)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="hall.reopen",
            target=closure.scope,
            detail={"id": closure_id},
            at=now,
        )
    return closure
