"""The hall's time: when each window and each ticket category is open, one model for all.

A hall publishes a weekly plan (周一至周五 9:00—12:00、14:30—17:30；周六 9:00—12:00 延时服务)
with its service point in the catalog; single windows and single categories may keep
their own plan (the 不动产 window closed on Saturday); the manager closes the hall, a
window or a category for a while (停电, 系统升级, 集中学习). The working-day calendar
decides which days are days at all:

- a working day (including a weekend make-up day, 调休) follows the weekday plan: a make-up
  Saturday is a Monday-to-Friday day, not a 延时服务 morning (国务院办公厅 holiday notices:
  调休 days are ordinary working days);
- an ordinary weekend follows the weekend plan (延时服务, 云政发〔2022〕41号 延时错时服务);
- a statutory holiday is closed, and so is a weekend day inside a holiday block (a run of
  days off that contains a weekday off): no 延时服务 on 国庆 or 春节.

Everything here is pure: the kiosk's status line, ticket issuing, the board, the guides,
the service points and ``yimen hours`` all ask one :class:`HallTimetable`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

WEEKDAY_NAMES = ("一", "二", "三", "四", "五", "六", "日")
_DAY_KEYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_PERIOD = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—~至]\s*(\d{1,2}):(\d{2})\s*$")
_ONE_DAY = timedelta(days=1)
SEARCH_DAYS = 60  # the longest closure (Spring Festival) is far shorter


class Period(BaseModel):
    """One opening period of a day, [start, end)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: time
    end: time

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        # catalog shorthand: "09:00-12:00"
        if isinstance(data, str):
            m = _PERIOD.match(data)
            if not m:
                raise ValueError(f"时段“{data}”格式不对，应写成 09:00-12:00")
            h1, m1, h2, m2 = (int(x) for x in m.groups())
            if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
                raise ValueError(f"时段“{data}”的时间无效")
            end = time(23, 59, 59) if h2 == 24 else time(h2, m2)
            return {"start": time(h1, m1), "end": end}
        return data

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end <= self.start:
            raise ValueError(f"时段 {self.start:%H:%M}-{self.end:%H:%M} 的结束早于开始")
        return self

    def text(self) -> str:
        return f"{self.start.hour}:{self.start:%M}—{self.end.hour}:{self.end:%M}"


class DayPlan(BaseModel):
    """The periods of one kind of day; ``extended`` marks 延时服务 (a weekend morning)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    periods: tuple[Period, ...] = ()
    extended: bool = False

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, (list, tuple)):  # ["09:00-12:00", "14:30-17:30"]
            return {"periods": data}
        if data in (None, "closed", "休息"):
            return {"periods": ()}
        return data

    @field_validator("periods")
    @classmethod
    def _no_overlap(cls, periods: tuple[Period, ...]) -> tuple[Period, ...]:
        ordered = tuple(sorted(periods, key=lambda p: p.start))
        for a, b in pairwise(ordered):
            if b.start < a.end:
                raise ValueError(f"时段 {a.text()} 与 {b.text()} 重叠")
        return ordered

    @property
    def closed(self) -> bool:
        return not self.periods

    def text(self) -> str:
        if self.closed:
            return "休息"
        return "、".join(p.text() for p in self.periods) + ("（延时服务）" if self.extended else "")


class WeekPlan(BaseModel):
    """Monday..Sunday plans. Catalog form: keys ``mon``..``sun`` or ranges ``mon-fri``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    days: tuple[DayPlan, DayPlan, DayPlan, DayPlan, DayPlan, DayPlan, DayPlan]

    @model_validator(mode="before")
    @classmethod
    def _from_keys(cls, data: Any) -> Any:
        if not isinstance(data, Mapping) or "days" in data:
            return data
        days: list[Any] = [None] * 7
        for key, value in data.items():
            for index in _day_indexes(str(key)):
                if days[index] is not None:
                    raise ValueError(f"星期{WEEKDAY_NAMES[index]}在作息安排中出现了两次")
                days[index] = value
        return {"days": tuple(d if d is not None else {"periods": ()} for d in days)}

    def day(self, weekday: int) -> DayPlan:
        return self.days[weekday]

    def text(self) -> str:
        """周一至周五 9:00—12:00、14:30—17:30；周六 9:00—12:00（延时服务）"""
        groups: list[tuple[int, int, DayPlan]] = []
        for i, plan in enumerate(self.days):
            if groups and groups[-1][2] == plan and groups[-1][1] == i - 1:
                groups[-1] = (groups[-1][0], i, plan)
            else:
                groups.append((i, i, plan))
        parts = []
        for first, last, plan in groups:
            if plan.closed:
                continue
            span = (
                f"周{WEEKDAY_NAMES[first]}"
                if first == last
                else f"周{WEEKDAY_NAMES[first]}至周{WEEKDAY_NAMES[last]}"
            )
            parts.append(f"{span} {plan.text()}")
        return "；".join(parts) if parts else "不对外办公"


def _day_indexes(key: str) -> list[int]:
    key = key.strip().lower()
    if "-" in key:
        a, b = key.split("-", 1)
        if a not in _DAY_KEYS or b not in _DAY_KEYS or _DAY_KEYS[b] < _DAY_KEYS[a]:
            raise ValueError(f"星期范围“{key}”无效，应写成 mon-fri")
        return list(range(_DAY_KEYS[a], _DAY_KEYS[b] + 1))
    if key not in _DAY_KEYS:
        raise ValueError(f"星期“{key}”无效，可写 mon tue wed thu fri sat sun 或 mon-fri")
    return [_DAY_KEYS[key]]


class HoursPlan(BaseModel):
    """What a service point publishes: its week, and categories that keep other hours."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    week: WeekPlan
    categories: dict[str, WeekPlan] = Field(default_factory=dict)  # ticket category -> its own week
    holidays_closed: bool = True  # 法定节假日休息 (a 24-hour zone is not in this plan)

    def text(self) -> str:
        return self.week.text() + ("；法定节假日休息" if self.holidays_closed else "")


# ---------------------------------------------------------------------- closures


@dataclass(frozen=True, slots=True)
class Closure:
    """A temporary closure set by the manager: the hall, one window or one category."""

    starts_at: datetime
    ends_at: datetime
    reason: str
    window_no: int | None = None
    category: str | None = None
    id: str = ""

    def covers(self, at: datetime, *, window_no: int | None, category: str | None) -> bool:
        if not self.starts_at <= at < self.ends_at:
            return False
        if self.window_no is not None and self.window_no != window_no:
            return False
        return not (self.category is not None and self.category != category)

    @property
    def scope(self) -> str:
        if self.window_no is not None:
            return f"{self.window_no}号窗口"
        if self.category is not None:
            return f"{self.category}类业务"
        return "全厅"


# ---------------------------------------------------------------------- the timetable


@dataclass(frozen=True, slots=True)
class WindowHours:
    number: int
    name: str
    categories: tuple[str, ...]
    week: WeekPlan | None = None  # None: the hall's week


class DayKindOfHall:
    WORKDAY = "workday"  # 工作日
    MAKEUP = "makeup"  # 调休上班
    WEEKEND = "weekend"  # 周末（延时服务 if the plan has one)
    HOLIDAY = "holiday"  # 法定节假日


DAY_KIND_LABELS = {
    DayKindOfHall.WORKDAY: "工作日",
    DayKindOfHall.MAKEUP: "调休上班日",
    DayKindOfHall.WEEKEND: "周末",
    DayKindOfHall.HOLIDAY: "法定节假日",
}


@dataclass(frozen=True, slots=True)
class OpenSpan:
    """A concrete opening span on one day, after closures are cut out."""

    start: datetime
    end: datetime
    extended: bool = False


@dataclass(frozen=True, slots=True)
class DayHours:
    day: date
    kind: str  # a DayKindOfHall value
    spans: tuple[OpenSpan, ...]
    closures: tuple[Closure, ...] = ()

    @property
    def open(self) -> bool:
        return bool(self.spans)

    @property
    def extended(self) -> bool:
        return any(s.extended for s in self.spans)


@dataclass(frozen=True, slots=True)
class HoursStatus:
    """Where the clock stands for the hall, a window or a category."""

    now: datetime
    is_open: bool
    closes_at: datetime | None  # end of the current span (open) or None
    next_open: datetime | None  # start of the next span (closed) or None
    on_break: bool = False  # between two spans of the same day (午间休息)
    extended: bool = False  # the current span is 延时服务
    day_kind: str = DayKindOfHall.WORKDAY
    closure: Closure | None = None  # the manager's closure in force now, if any
    today_ends_at: datetime | None = None  # end of the last span today

    def describe(self) -> str:
        """The kiosk's status line and the board's: one sentence for the resident."""
        if self.is_open and self.closes_at is not None:
            what = "周末延时服务中" if self.extended else "窗口办理中"
            if self.today_ends_at is not None and self.closes_at < self.today_ends_at:
                return f"{what}，{self.closes_at:%H:%M}午间休息"
            return f"{what}，今天{self.closes_at:%H:%M}结束"
        if self.closure is not None:
            base = f"{self.closure.scope}暂停办理（{self.closure.reason}）"
        elif self.on_break:
            base = "午间休息"
        elif self.day_kind == DayKindOfHall.HOLIDAY:
            base = "法定节假日休息"
        else:
            base = "窗口已下班"
        if self.next_open is None:
            return base
        if self.next_open.date() == self.now.date():
            return f"{base}，{self.next_open:%H:%M}开始办理"
        return f"{base}，{describe_day(self.next_open)}{self.next_open:%H:%M}上班"


def describe_day(when: datetime | date) -> str:
    return f"{when.month}月{when.day}日（星期{WEEKDAY_NAMES[when.weekday()]}）"


class HallTimetable:
    """The hall's plan, its windows, the working-day calendar and the manager's closures.

    ``is_workday`` answers for one date (the calendar, with a weekly fallback past its
    coverage: this answers "when may I come", never a legal deadline).
    """

    def __init__(
        self,
        *,
        plan: HoursPlan,
        is_workday: Callable[[date], bool],
        tz: Any,
        windows: Sequence[WindowHours] = (),
        closures: Iterable[Closure] = (),
    ) -> None:
        self.plan = plan
        self._is_workday = is_workday
        self.tz = tz
        self.windows = tuple(windows)
        # closures come back from the store in UTC: in local time every span they cut reads right
        local = (
            replace(c, starts_at=c.starts_at.astimezone(tz), ends_at=c.ends_at.astimezone(tz))
            for c in closures
        )
        self.closures = tuple(sorted(local, key=lambda c: c.starts_at))

    # ------------------------------------------------------------------ days
    def day_kind(self, day: date) -> str:
        if self._is_workday(day):
            return DayKindOfHall.MAKEUP if day.weekday() >= 5 else DayKindOfHall.WORKDAY
        if day.weekday() < 5:
            return DayKindOfHall.HOLIDAY
        return DayKindOfHall.HOLIDAY if self._in_holiday_block(day) else DayKindOfHall.WEEKEND

    def _in_holiday_block(self, day: date) -> bool:
        """A weekend day inside a run of days off that holds a weekday off (国庆, 春节 …)."""
        for step in (-_ONE_DAY, _ONE_DAY):
            d = day + step
            for _ in range(10):
                if self._is_workday(d):
                    break
                if d.weekday() < 5:
                    return True
                d += step
        return False

    def _plan_for(self, day: date, kind: str, week: WeekPlan) -> DayPlan:
        if kind == DayKindOfHall.HOLIDAY and self.plan.holidays_closed:
            return DayPlan()
        if kind == DayKindOfHall.MAKEUP:
            # a 调休 Saturday is an ordinary working day: Monday's plan, not 延时服务
            return week.day(0)
        return week.day(day.weekday())

    def _week(self, *, window_no: int | None, category: str | None) -> WeekPlan:
        if category is not None and category in self.plan.categories:
            return self.plan.categories[category]
        if window_no is not None:
            for w in self.windows:
                if w.number == window_no and w.week is not None:
                    return w.week
        return self.plan.week

    def hours_on(self, day: date, *, window_no: int | None = None, category: str | None = None) -> DayHours:
        """The spans of ``day`` for the hall (no arguments), a window or a category.

        A category is open where its own plan (or the hall's) is open and at least one window
        that calls it is open too: nobody gets a number that no window will call.
        """
        kind = self.day_kind(day)
        if category is not None and window_no is None and self.windows:
            callers = [w for w in self.windows if category in w.categories]
            own = self._spans(day, kind, self._week(window_no=None, category=category), None, category)
            merged: list[OpenSpan] = []
            for w in callers:
                merged += _intersect(
                    own,
                    self._spans(day, kind, self._week(window_no=w.number, category=None), w.number, category),
                )
            spans = _union(merged)
        else:
            spans = self._spans(
                day, kind, self._week(window_no=window_no, category=category), window_no, category
            )
        start = datetime.combine(day, time(0), tzinfo=self.tz)
        end = start + _ONE_DAY
        closures = tuple(
            c
            for c in self.closures
            if c.starts_at < end and c.ends_at > start and _closure_applies(c, window_no, category)
        )
        return DayHours(day, kind, tuple(spans), closures)

    def _spans(
        self, day: date, kind: str, week: WeekPlan, window_no: int | None, category: str | None
    ) -> list[OpenSpan]:
        plan = self._plan_for(day, kind, week)
        extended = plan.extended and kind == DayKindOfHall.WEEKEND
        spans = [
            OpenSpan(
                datetime.combine(day, p.start, tzinfo=self.tz),
                datetime.combine(day, p.end, tzinfo=self.tz),
                extended,
            )
            for p in plan.periods
        ]
        for c in self.closures:
            if _closure_applies(c, window_no, category):
                spans = _subtract(spans, c.starts_at, c.ends_at)
        return spans

    # ------------------------------------------------------------------ now
    def status(
        self, now: datetime, *, window_no: int | None = None, category: str | None = None
    ) -> HoursStatus:
        local = now.astimezone(self.tz)
        today = self.hours_on(local.date(), window_no=window_no, category=category)
        closure = next(
            (c for c in self.closures if c.covers(local, window_no=window_no, category=category)), None
        )
        today_ends = today.spans[-1].end if today.spans else None
        for span in today.spans:
            if span.start <= local < span.end:
                return HoursStatus(
                    local, True, span.end, None, False, span.extended, today.kind, None, today_ends
                )
        later = [s for s in today.spans if s.start > local]
        if later:
            on_break = any(s.end <= local for s in today.spans) and closure is None
            return HoursStatus(
                local, False, None, later[0].start, on_break, False, today.kind, closure, today_ends
            )
        nxt = self.next_open(local.date() + _ONE_DAY, window_no=window_no, category=category)
        return HoursStatus(local, False, None, nxt, False, False, today.kind, closure, today_ends)

    def next_open(
        self, from_day: date, *, window_no: int | None = None, category: str | None = None
    ) -> datetime | None:
        day = from_day
        for _ in range(SEARCH_DAYS):
            hours = self.hours_on(day, window_no=window_no, category=category)
            if hours.spans:
                return hours.spans[0].start
            day += _ONE_DAY
        return None

    def categories_open(self, now: datetime, categories: Iterable[str]) -> dict[str, HoursStatus]:
        return {c: self.status(now, category=c) for c in categories}


# ---------------------------------------------------------------------- span arithmetic


def _closure_applies(c: Closure, window_no: int | None, category: str | None) -> bool:
    if c.window_no is not None and c.window_no != window_no:
        return False
    return not (c.category is not None and c.category != category)


def _subtract(spans: list[OpenSpan], start: datetime, end: datetime) -> list[OpenSpan]:
    out: list[OpenSpan] = []
    for s in spans:
        if end <= s.start or start >= s.end:
            out.append(s)
            continue
        if start > s.start:
            out.append(OpenSpan(s.start, start, s.extended))
        if end < s.end:
            out.append(OpenSpan(end, s.end, s.extended))
    return out


def _intersect(a: list[OpenSpan], b: list[OpenSpan]) -> list[OpenSpan]:
    out = []
    for x in a:
        for y in b:
            start, end = max(x.start, y.start), min(x.end, y.end)
            if start < end:
                out.append(OpenSpan(start, end, x.extended or y.extended))
    return out


def _union(spans: list[OpenSpan]) -> list[OpenSpan]:
    out: list[OpenSpan] = []
    for s in sorted(spans, key=lambda s: s.start):
        if out and s.start <= out[-1].end:
            last = out[-1]
            out[-1] = OpenSpan(last.start, max(last.end, s.end), last.extended or s.extended)
        else:
            out.append(s)
    return out


@dataclass(frozen=True, slots=True)
class HoursFallback:
    """The plan a hall without a published schedule uses (one opens/closes pair from the
    machine's settings, Monday to Friday); ``source`` says so wherever it is shown."""

    opens: time
    closes: time
    weekdays: tuple[int, ...] = field(default=(0, 1, 2, 3, 4))

    def plan(self) -> HoursPlan:
        day = DayPlan(periods=(Period(start=self.opens, end=self.closes),))
        days = tuple(day if i in self.weekdays else DayPlan() for i in range(7))
        return HoursPlan(week=WeekPlan(days=days))
