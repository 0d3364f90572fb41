"""A case's clock: the promised and legal dates when the clock stops and starts again.

行政许可法 第32条: while the applicant supplies what was missing (补正) the time does not run.
第45条: 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审 are not counted in the time limit, and the
applicant is told in writing. The same holds for the 特别程序 a department publishes (现场勘验、
技术审查、公告; the 30-day 离婚冷静期 of 民法典 第1077条).

A pause covers whole days: it begins the day after the notice (counting always starts on the
next day, as for acceptance) and ends on the day the materials arrive or the procedure ends,
so the clock runs again from the following day. The dates are never shifted step by step:
they are recomputed from the acceptance day with every pause the case has had, so ending a
pause twice, or a procedure that ran shorter than planned, cannot drift them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from shared.domain.errors import CalendarNotCovered
from shared.domain.workdays import Pause, WorkingDayCalendar

_ONE_DAY = timedelta(days=1)


class PauseKind(StrEnum):
    SUPPLEMENT = "supplement"  # 补正
    SPECIAL = "special"  # 特别程序 (听证、检验检测、专家评审、现场勘验、冷静期 …)


PAUSE_KIND_LABELS = {PauseKind.SUPPLEMENT: "补正", PauseKind.SPECIAL: "特别程序"}


@dataclass(frozen=True, slots=True)
class ClockPause:
    kind: PauseKind
    name: str
    first_day: date  # the first day that does not count
    last_day: date | None  # None while the clock is stopped
    planned_days: int | None = None  # a special procedure's published limit
    calendar_days: bool = False  # planned_days counts calendar days (离婚冷静期 30日)

    @property
    def open(self) -> bool:
        return self.last_day is None

    def expected_last_day(self, calendar: WorkingDayCalendar) -> date | None:
        """The last paused day: the real one, or for an open procedure its planned end."""
        if self.last_day is not None:
            return self.last_day
        if self.planned_days is None:
            return None
        if self.planned_days == 0:
            return self.first_day - _ONE_DAY
        if self.calendar_days:
            return self.first_day + timedelta(days=self.planned_days - 1)
        end, _ = calendar.add_working_days_provisional(self.first_day - _ONE_DAY, self.planned_days)
        return end


def pause_first_day(notice_day: date) -> date:
    """The first paused day for a notice given (or a procedure begun) on ``notice_day``."""
    return notice_day + _ONE_DAY


def ranges(pauses: Iterable[ClockPause], calendar: WorkingDayCalendar) -> list[Pause]:
    """The day ranges that do not count: closed pauses, and open ones with a planned end.

    An open 补正 has no end yet: the dates stay where they are and the clock is simply
    stopped (:func:`clock_stopped`); they move when the materials arrive.
    """
    out: list[Pause] = []
    for p in pauses:
        last = p.expected_last_day(calendar)
        if last is not None and last >= p.first_day:
            out.append((p.first_day, last))
    return out


def clock_stopped(pauses: Iterable[ClockPause]) -> ClockPause | None:
    """The pause that stops the clock now, if any."""
    return next((p for p in pauses if p.open), None)


def paused_working_days(pauses: Iterable[ClockPause], calendar: WorkingDayCalendar) -> int:
    """Working days the pauses took out of the count (调休 days count, holidays do not)."""
    total = 0
    for first, last in ranges(pauses, calendar):
        try:
            total += calendar.working_days_between(first - _ONE_DAY, last)
        except CalendarNotCovered:
            total += sum(1 for i in range((last - first).days + 1) if (first + timedelta(i)).weekday() < 5)
    return total


def moved_date(
    calendar: WorkingDayCalendar,
    *,
    accepted_on: date,
    current: date,
    before: Sequence[ClockPause],
    after: Sequence[ClockPause],
    calendar_days: bool = False,
) -> tuple[date, bool]:
    """``current`` (computed with the pauses ``before``) recomputed with the pauses ``after``.

    The limit itself is read back from ``current`` (the n-th working day after acceptance
    with the old pauses is n), so no catalog lookup is needed and the result is exactly
    what counting from the acceptance day with every pause gives. Returns (date, provisional).
    """
    if calendar_days:
        # a limit in calendar days (自然日): every paused day moves it by one day
        def days(ps: Sequence[ClockPause]) -> int:
            return sum((last - first).days + 1 for first, last in ranges(ps, calendar))

        return current + timedelta(days=days(after) - days(before)), False
    old, new = ranges(before, calendar), ranges(after, calendar)
    try:
        n = calendar.working_days_between(accepted_on, current, pauses=old)
    except CalendarNotCovered:
        # past the published calendar: count Monday-Friday and flag the date provisional
        n = _weekdays_between(accepted_on, current, old)
        day, _ = calendar.add_working_days_provisional(accepted_on, n, pauses=new)
        return day, True
    return calendar.add_working_days_provisional(accepted_on, n, pauses=new)


def _weekdays_between(start: date, end: date, pauses: list[Pause]) -> int:
    n, day = 0, start
    while day < end:
        day += _ONE_DAY
        if day.weekday() < 5 and not any(a <= day <= b for a, b in pauses):
            n += 1
    return n
