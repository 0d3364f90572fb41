"""When the windows are open: working days from the calendar (make-up Saturdays open,
holidays closed) and the hall's hours from the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from shared.errors import CalendarNotCovered
from shared.workdays import WorkingDayCalendar

_WEEKDAY = ["一", "二", "三", "四", "五", "六", "日"]


@dataclass(frozen=True, slots=True)
class HallHours:
    is_open: bool
    next_open: datetime | None  # local time the windows open next (None while open)
    closes_at: datetime | None  # local time they close today (None while closed)

    def describe(self) -> str:
        if self.is_open and self.closes_at is not None:
            return f"窗口办理中，今天{self.closes_at:%H:%M}下班"
        if self.next_open is None:
            return "窗口已下班"
        return f"窗口已下班，{describe_day(self.next_open)}{self.next_open:%H:%M}上班"


def describe_day(when: datetime) -> str:
    return f"{when.month}月{when.day}日（星期{_WEEKDAY[when.weekday()]}）"


def _is_working(calendar: WorkingDayCalendar, day: date, open_weekdays: list[int]) -> bool:
    try:
        return calendar.is_workday(day)
    except CalendarNotCovered:
        # past the calendar's coverage the weekly pattern is the best we know; the kiosk
        # only uses this to say when to come back, never to count a legal deadline
        return day.weekday() in open_weekdays


def hall_hours(
    *, now_local: datetime, calendar: WorkingDayCalendar, opens, closes, open_weekdays: list[int]
) -> HallHours:
    today = now_local.date()
    tz = now_local.tzinfo
    open_today = _is_working(calendar, today, open_weekdays)
    start = datetime.combine(today, opens, tzinfo=tz)
    end = datetime.combine(today, closes, tzinfo=tz)
    if open_today and start <= now_local < end:
        return HallHours(True, None, end)
    if open_today and now_local < start:
        return HallHours(False, start, None)
    day = today
    for _ in range(60):  # the longest closure (Spring Festival) is far shorter
        day += timedelta(days=1)
        if _is_working(calendar, day, open_weekdays):
            return HallHours(False, datetime.combine(day, opens, tzinfo=tz), None)
    return HallHours(False, None, None)
