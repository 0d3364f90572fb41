from __future__ import annotations

from datetime import date, datetime, timedelta

import chinese_calendar
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from shared.domain.errors import CalendarNotCovered, ValidationError
from shared.domain.workdays import WorkingDayCalendar, estimate_workday, library_years

CAL = WorkingDayCalendar()
FIRST_YEAR, LAST_YEAR = library_years()
# far enough from the end of coverage that 60 working days (plus pauses) stay inside it
starts = st.dates(min_value=date(FIRST_YEAR, 1, 1), max_value=date(LAST_YEAR, 6, 30))
counts = st.integers(min_value=0, max_value=60)


def _pause_strategy() -> st.SearchStrategy[list[tuple[date, date]]]:
    def build(start: date, spans: list[tuple[int, int]]) -> list[tuple[date, date]]:
        return [(start + timedelta(days=a), start + timedelta(days=a + length)) for a, length in spans]

    return st.builds(
        build,
        starts,
        st.lists(st.tuples(st.integers(-10, 60), st.integers(0, 20)), max_size=3),
    )


def test_coverage_is_what_chinese_calendar_reports() -> None:
    for year in (FIRST_YEAR, LAST_YEAR):
        chinese_calendar.is_workday(date(year, 6, 1))
    for year in (FIRST_YEAR - 1, LAST_YEAR + 1):
        with pytest.raises(NotImplementedError):
            chinese_calendar.is_workday(date(year, 6, 1))
    assert LAST_YEAR >= 2026
    assert CAL.covered_from == date(FIRST_YEAR, 1, 1)
    assert CAL.covered_until == date(LAST_YEAR, 12, 31)


def _make_up_weekend_days(year: int) -> list[date]:
    return sorted(d for d in chinese_calendar.workdays if d.year == year and d.weekday() >= 5)


@pytest.mark.parametrize("year", [2025, 2026])
def test_make_up_weekend_days_are_working_days(year: int) -> None:
    days = _make_up_weekend_days(year)
    assert days, f"chinese_calendar lists no 调休 weekend day in {year}"
    assert all(CAL.is_workday(d) for d in days)


@pytest.mark.parametrize("year", [2025, 2026])
def test_golden_week_is_not_counted(year: int) -> None:
    golden_week = sorted(
        d for d, name in chinese_calendar.holidays.items() if d.year == year and d.month == 10 and d.day <= 8
    )
    assert date(year, 10, 1) in golden_week
    assert not any(CAL.is_workday(d) for d in golden_week)
    # accepted on the last working day before the holiday: the first day counted is after it
    eve = date(year, 9, 30)
    while not CAL.is_workday(eve):
        eve -= timedelta(days=1)
    first = CAL.add_working_days(eve, 1)
    assert first > golden_week[-1]
    assert chinese_calendar.is_workday(first)


def test_national_day_2025_by_date() -> None:
    # 2025: 1-8 October off, Sunday 28 September and Saturday 11 October worked (State Council notice)
    assert CAL.is_workday(date(2025, 9, 28)) and date(2025, 9, 28).weekday() == 6
    assert CAL.is_workday(date(2025, 10, 11)) and date(2025, 10, 11).weekday() == 5
    friday = date(2025, 9, 26)
    assert [CAL.add_working_days(friday, n) for n in range(1, 6)] == [
        date(2025, 9, 28),
        date(2025, 9, 29),
        date(2025, 9, 30),
        date(2025, 10, 9),
        date(2025, 10, 10),
    ]


def test_make_up_days_count_unlike_get_workdays_without_weekends() -> None:
    start, end = date(2025, 9, 26), date(2025, 10, 12)
    ours = CAL.working_days_between(start, end)
    assert ours == len(chinese_calendar.get_workdays(start + timedelta(days=1), end))
    # the trap named in FACTS.md: this variant silently drops 28 Sep and 11 Oct
    trap = chinese_calendar.get_workdays(start + timedelta(days=1), end, include_weekends=False)
    assert ours == len(trap) + 2


@given(starts, counts)
def test_agrees_with_chinese_calendar_find_workday(start: date, n: int) -> None:
    ours = CAL.add_working_days(start, n)
    if n == 0:
        assert ours == start
    elif chinese_calendar.is_workday(start):
        assert ours == chinese_calendar.find_workday(n, start)
    else:
        # find_workday first moves to the next working day and counts from there
        assert ours == chinese_calendar.find_workday(n - 1, start)


@given(starts, counts.filter(bool), _pause_strategy())
def test_exactly_n_counted_days_after_start(start: date, n: int, pauses: list[tuple[date, date]]) -> None:
    result = CAL.add_working_days(start, n, pauses=pauses)
    assert result > start

    def counted(d: date) -> bool:
        return CAL.is_workday(d) and not any(a <= d <= b for a, b in pauses)

    span = [start + timedelta(days=i) for i in range(1, (result - start).days + 1)]
    assert sum(counted(d) for d in span) == n
    assert counted(result)  # the deadline itself is a counted day
    assert CAL.working_days_between(start, result, pauses=pauses) == n


@given(starts, counts, counts)
def test_monotonic_in_n(start: date, a: int, b: int) -> None:
    assume(a != b)
    lo, hi = sorted((a, b))
    assert CAL.add_working_days(start, lo) < CAL.add_working_days(start, hi)


@given(starts, counts, _pause_strategy())
def test_pauses_only_push_later(start: date, n: int, pauses: list[tuple[date, date]]) -> None:
    assert CAL.add_working_days(start, n, pauses=pauses) >= CAL.add_working_days(start, n)
    assert CAL.add_working_days(start, n, pauses=pauses[:1]) <= CAL.add_working_days(start, n, pauses=pauses)


@st.composite
def _nearby_pairs(draw: st.DrawFn) -> tuple[date, date]:
    """Two covered dates under 800 days apart, generated so, never filtered (issue 11: discarding
    far-apart pairs tripped Hypothesis' filter_too_much health check)."""
    first, last = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)
    a = draw(starts)
    lo = max(first, a - timedelta(days=799))
    hi = min(last, a + timedelta(days=799))
    return a, draw(st.dates(min_value=lo, max_value=hi))


@given(_nearby_pairs())
def test_between_is_antisymmetric(pair: tuple[date, date]) -> None:
    a, b = pair
    assert CAL.working_days_between(a, b) == -CAL.working_days_between(b, a)


def test_a_pause_of_supplement_days() -> None:
    # accepted Monday 3 March 2025, 5 working days; 补正 from Wed 5 to Fri 7 March stops the clock
    start = date(2025, 3, 3)
    assert CAL.add_working_days(start, 5) == date(2025, 3, 10)
    assert CAL.add_working_days(start, 5, pauses=[(date(2025, 3, 5), date(2025, 3, 7))]) == date(2025, 3, 13)


@given(starts, counts.filter(bool), st.integers(0, 30))
def test_overrides_win(start: date, n: int, offset: int) -> None:
    base = CAL.add_working_days(start, n)
    target = start + timedelta(days=1 + offset)
    assume(target <= base)
    flipped = WorkingDayCalendar(overrides={target: not CAL.is_workday(target)})
    assert flipped.is_workday(target) is not CAL.is_workday(target)
    result = flipped.add_working_days(start, n)
    if CAL.is_workday(target):
        assert result > base  # a working day removed: later
    else:
        assert result <= base  # a day off made a working day: not later


def test_past_coverage_raises_naming_the_year_and_what_to_do() -> None:
    next_year = LAST_YEAR + 1
    with pytest.raises(CalendarNotCovered) as err:
        CAL.add_working_days(date(LAST_YEAR, 12, 20), 20)
    assert str(next_year) in err.value.message
    assert "yimen sync run" in err.value.hint
    assert "调整" in err.value.hint
    with pytest.raises(CalendarNotCovered):
        CAL.is_workday(date(next_year, 3, 1))
    with pytest.raises(CalendarNotCovered):
        CAL.working_days_between(date(LAST_YEAR, 12, 1), date(next_year, 1, 10))
    with pytest.raises(CalendarNotCovered, match=str(FIRST_YEAR - 1)):
        CAL.add_working_days(date(FIRST_YEAR - 1, 6, 1), 1)


def test_provisional_counting_past_coverage() -> None:
    late_november = date(LAST_YEAR, 11, 25)
    with pytest.raises(CalendarNotCovered):
        CAL.add_working_days(late_november, 30)
    day, provisional = CAL.add_working_days_provisional(late_november, 30)
    assert provisional and day.year == LAST_YEAR + 1
    # inside coverage the provisional method is the strict one
    assert CAL.add_working_days_provisional(late_november, 5) == (
        CAL.add_working_days(late_november, 5),
        False,
    )
    # past coverage: Monday to Friday, less New Year's Day
    last = CAL.covered_until
    day, provisional = CAL.add_working_days_provisional(last, 1)
    expected = last + timedelta(days=1)
    while not estimate_workday(expected):
        expected += timedelta(days=1)
    assert provisional and day == expected and (day.month, day.day) != (1, 1)


def test_override_years_extend_coverage() -> None:
    next_year = LAST_YEAR + 1
    new_year = date(next_year, 1, 1)
    cal = WorkingDayCalendar(overrides={new_year: False}, override_years=[next_year])
    assert cal.covered_until == date(next_year, 12, 31)
    assert not cal.is_workday(new_year)
    saturday = next(date(next_year, 1, d) for d in range(1, 8) if date(next_year, 1, d).weekday() == 5)
    assert not cal.is_workday(saturday)
    assert WorkingDayCalendar(overrides={saturday: True}, override_years=[next_year]).is_workday(saturday)
    day, provisional = cal.add_working_days_provisional(date(LAST_YEAR, 12, 20), 20)
    assert not provisional and day == cal.add_working_days(date(LAST_YEAR, 12, 20), 20)
    # a year further is still not covered
    with pytest.raises(CalendarNotCovered, match=str(next_year + 1)):
        cal.is_workday(date(next_year + 1, 1, 5))


def test_override_beats_the_package_inside_coverage() -> None:
    # a county-level day off (e.g. 泼水节 in 西双版纳 is a local holiday) set by the platform
    water_festival = date(2025, 4, 14)
    assert CAL.is_workday(water_festival)
    cal = WorkingDayCalendar(overrides={water_festival: False})
    assert not cal.is_workday(water_festival)
    assert cal.add_working_days(date(2025, 4, 11), 1) == date(2025, 4, 15)


def test_datetimes_are_taken_as_their_date() -> None:
    assert CAL.add_working_days(datetime(2025, 9, 26, 16, 30), 1) == date(2025, 9, 28)


@pytest.mark.parametrize("n", [-1, 1.5, True])
def test_bad_counts(n: object) -> None:
    with pytest.raises(ValidationError):
        CAL.add_working_days(date(2025, 1, 2), n)  # type: ignore[arg-type]


def test_bad_pause_and_override() -> None:
    with pytest.raises(ValidationError, match="结束日早于开始日"):
        CAL.add_working_days(date(2025, 1, 2), 3, pauses=[(date(2025, 1, 10), date(2025, 1, 5))])
    with pytest.raises(ValidationError, match="格式不对"):
        WorkingDayCalendar(overrides={date(2025, 1, 2): "yes"})  # type: ignore[dict-item]
