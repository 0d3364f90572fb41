"""The hall's time model: lunch break, Saturday 延时服务, 调休 and holidays, per-window and
per-category hours, and the manager's closures (issue 12, point 2)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from shared.domain.hall_hours import (
    Closure,
    DayKindOfHall,
    HallTimetable,
    HoursPlan,
    WeekPlan,
    WindowHours,
)
from shared.domain.workdays import WorkingDayCalendar

TZ = ZoneInfo("Asia/Shanghai")
CAL = WorkingDayCalendar()
DEMO_PLAN = HoursPlan.model_validate(
    {
        "week": {
            "mon-fri": ["09:00-12:00", "14:30-17:30"],
            "sat": {"periods": ["09:00-12:00"], "extended": True},
        }
    }
)
WEEKDAYS_ONLY = WeekPlan.model_validate({"mon-fri": ["09:00-12:00", "14:30-17:30"]})
WINDOWS = [
    WindowHours(1, "综合受理1号窗口", ("general", "social")),
    WindowHours(6, "不动产登记一窗办理", ("realty",), WEEKDAYS_ONLY),
]


def at(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def is_workday(day: date) -> bool:
    # past the calendar's coverage (2027 here) the services fall back to Monday-Friday too
    return CAL.is_workday(day) if CAL.is_covered(day) else day.weekday() < 5


def table(**kw) -> HallTimetable:
    return HallTimetable(plan=kw.pop("plan", DEMO_PLAN), is_workday=is_workday, tz=TZ, windows=WINDOWS, **kw)


def test_plan_text_is_the_published_sentence():
    assert (
        DEMO_PLAN.text() == "周一至周五 9:00—12:00、14:30—17:30；周六 9:00—12:00（延时服务）；法定节假日休息"
    )


def test_a_working_day_has_a_lunch_break():
    t = table()
    morning = t.status(at(2026, 11, 17, 11, 50))
    assert morning.is_open and morning.closes_at == at(2026, 11, 17, 12, 0)
    assert morning.describe() == "窗口办理中，12:00午间休息"
    lunch = t.status(at(2026, 11, 17, 12, 30))
    assert not lunch.is_open and lunch.on_break and lunch.next_open == at(2026, 11, 17, 14, 30)
    assert lunch.describe() == "午间休息，14:30开始办理"
    late = t.status(at(2026, 11, 17, 17, 15))
    assert late.is_open and late.describe() == "窗口办理中，今天17:30结束"
    evening = t.status(at(2026, 11, 17, 17, 30))
    assert not evening.is_open and evening.next_open == at(2026, 11, 18, 9, 0)
    assert "11月18日（星期三）09:00上班" in evening.describe()


def test_saturday_morning_is_extended_service_and_the_afternoon_is_closed():
    t = table()
    sat = t.status(at(2026, 11, 21, 10, 0))
    assert sat.is_open and sat.extended and sat.day_kind == DayKindOfHall.WEEKEND
    assert sat.describe() == "周末延时服务中，今天12:00结束"
    after = t.status(at(2026, 11, 21, 13, 0))
    assert not after.is_open and after.next_open == at(2026, 11, 23, 9, 0)  # Sunday closed
    assert not t.status(at(2026, 11, 22, 10, 0)).is_open


def test_a_make_up_saturday_is_a_working_day_not_extended_service():
    t = table()
    assert t.day_kind(date(2026, 10, 10)) == DayKindOfHall.MAKEUP
    day = t.hours_on(date(2026, 10, 10))
    assert [(s.start.time(), s.end.time(), s.extended) for s in day.spans] == [
        (time(9), time(12), False),
        (time(14, 30), time(17, 30), False),
    ]
    # and the 不动产 window, closed on ordinary Saturdays, works that day too
    assert t.hours_on(date(2026, 10, 10), window_no=6).open


def test_holidays_close_the_hall_including_their_weekend_days():
    t = table()
    assert t.day_kind(date(2026, 10, 2)) == DayKindOfHall.HOLIDAY  # a Friday in 国庆
    assert t.day_kind(date(2026, 10, 3)) == DayKindOfHall.HOLIDAY  # a Saturday inside the block
    assert not t.hours_on(date(2026, 10, 3)).open
    status = t.status(at(2026, 10, 3, 10, 0))
    assert "法定节假日休息" in status.describe()
    # the first day after 国庆: Thursday 8 October 2026
    assert status.next_open == at(2026, 10, 8, 9, 0)


def test_a_category_is_open_only_while_a_window_calling_it_is():
    t = table()
    assert t.status(at(2026, 11, 21, 10, 0), category="general").is_open
    realty = t.status(at(2026, 11, 21, 10, 0), category="realty")
    assert not realty.is_open and realty.next_open == at(2026, 11, 23, 9, 0)
    assert not t.status(at(2026, 11, 17, 10, 0), category="nobody-calls-it").is_open


def test_a_category_may_keep_its_own_week():
    plan = DEMO_PLAN.model_copy(update={"categories": {"social": WEEKDAYS_ONLY}})
    t = table(plan=plan)
    assert not t.status(at(2026, 11, 21, 10, 0), category="social").is_open
    assert t.status(at(2026, 11, 21, 10, 0), category="general").is_open


def test_the_managers_closure_cuts_the_span_and_says_why():
    closure = Closure(at(2026, 11, 17, 14, 30), at(2026, 11, 17, 16, 0), "系统升级")
    t = table(closures=[closure])
    now = t.status(at(2026, 11, 17, 15, 0))
    assert not now.is_open and now.next_open == at(2026, 11, 17, 16, 0)
    assert now.describe() == "全厅暂停办理（系统升级），16:00开始办理"
    window = Closure(at(2026, 11, 17, 9, 0), at(2026, 11, 17, 17, 30), "设备维修", window_no=6)
    t = table(closures=[window])
    assert not t.status(at(2026, 11, 17, 10, 0), category="realty").is_open
    assert t.status(at(2026, 11, 17, 10, 0), category="general").is_open
    cat = Closure(at(2026, 11, 17, 9, 0), at(2026, 11, 18, 0, 0), "系统切换", category="social")
    t = table(closures=[cat])
    assert not t.status(at(2026, 11, 17, 10, 0), category="social").is_open
    assert t.status(at(2026, 11, 17, 10, 0)).is_open


@pytest.mark.parametrize(
    "bad, words",
    [
        ({"week": {"mon-fri": ["9-12"]}}, "09:00-12:00"),
        ({"week": {"mon-fri": ["12:00-09:00"]}}, "结束早于开始"),
        ({"week": {"mon-fri": ["09:00-12:00", "11:00-13:00"]}}, "重叠"),
        ({"week": {"mon-fri": [], "fri": []}}, "两次"),
        ({"week": {"fri-mon": []}}, "mon-fri"),
        ({"week": {"funday": []}}, "星期"),
    ],
)
def test_a_badly_written_plan_is_refused_with_the_reason(bad, words):
    with pytest.raises(ValidationError) as e:
        HoursPlan.model_validate(bad)
    assert words in str(e.value)
