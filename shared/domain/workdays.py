"""The working-day calendar behind every time limit (办理时限, 好差评 deadlines).

行政许可法 Art. 42/45/82: limits count working days; statutory holidays are not
working days but weekend make-up days (调休) are; counting starts the day after
acceptance; time spent in 特殊环节 (现场勘验、技术审查、听证论证) or waiting for
补正 is not counted.

Holidays come from ``chinese_calendar`` (State Council notices, one year at a
time), overlaid by an override table the platform publishes and updates. Past
the last covered year the strict methods raise :class:`CalendarNotCovered`
rather than guess; :meth:`WorkingDayCalendar.add_working_days_provisional` gives
a Monday–Friday estimate (less the fixed-date holidays) flagged as provisional, to be recomputed once the
platform publishes the next year (the State Council announces it in November).

``chinese_calendar.get_workdays(..., include_weekends=False)`` drops the make-up
weekend days; it is deliberately not used here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

import chinese_calendar

from shared.domain.errors import CalendarNotCovered, ValidationError
from shared.domain.words import words

Pause = tuple[date, date]  # inclusive first and last day of a period that does not count

_ONE_DAY = timedelta(days=1)
# 全国年节及纪念日放假办法 (2024 revision): the statutory holidays on fixed solar dates
# (元旦, 劳动节 1-2 May, 国庆节 1-3 Oct); the lunar ones cannot be placed without the notice
FIXED_DATE_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})
_MAX_SPAN = timedelta(days=366 * 20)  # no time limit runs this long: input is wrong


@lru_cache(maxsize=1)
def library_years() -> tuple[int, int]:
    """First and last year ``chinese_calendar`` holds data for, found by asking it.

    The package raises ``NotImplementedError`` outside its range; probing keeps us
    right when a newer release of the package adds a year.
    """
    covered = []
    for year in range(1990, 2201):
        try:
            chinese_calendar.is_workday(date(year, 6, 1))
        except NotImplementedError:
            continue
        covered.append(year)
    if not covered:  # pragma: no cover - the package always holds some years
        raise CalendarNotCovered(
            "chinese_calendar 没有任何年份的数据。", hint="请重新安装 chinesecalendar 包。"
        )
    return covered[0], covered[-1]


@lru_cache(maxsize=64)
def _library_workdays(year: int) -> frozenset[date]:
    day, out = date(year, 1, 1), set()
    while day.year == year:
        if chinese_calendar.is_workday(day):
            out.add(day)
        day += _ONE_DAY
    return frozenset(out)


def estimate_workday(day: date) -> bool:
    """Best guess for a year without a published schedule: Monday-Friday minus the fixed-date holidays."""
    return day.weekday() < 5 and (day.month, day.day) not in FIXED_DATE_HOLIDAYS


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


class WorkingDayCalendar:
    """Working days from ``chinese_calendar`` plus the platform's overrides.

    ``overrides`` maps a date to whether it is a working day and wins over
    everything else. A year in ``override_years`` counts as fully covered by the
    override table: its weekdays are working days and its weekends are not unless
    an override says otherwise.
    """

    def __init__(
        self, overrides: Mapping[date, bool] | None = None, override_years: Iterable[int] = ()
    ) -> None:
        self._overrides: dict[date, bool] = {}
        for day, is_workday in (overrides or {}).items():
            if not isinstance(day, date) or not isinstance(is_workday, bool):
                raise ValidationError(
                    words("日历调整项“{day!r}: {is_workday!r}”格式不对。", day=day, is_workday=is_workday),
                    hint="每一项应为 日期: 是否工作日（true/false）。",  # words-ok: the TOML/YAML syntax
                )
            self._overrides[_as_date(day)] = is_workday
        self._override_years = frozenset(int(y) for y in override_years)
        self._lib_first, self._lib_last = library_years()

    # coverage ---------------------------------------------------------------
    def year_covered(self, year: int) -> bool:
        return year in self._override_years or self._lib_first <= year <= self._lib_last

    def is_covered(self, day: date) -> bool:
        return self.year_covered(_as_date(day).year)

    @property
    def covered_from(self) -> date:
        year = self._lib_first
        while year - 1 in self._override_years:
            year -= 1
        return date(year, 1, 1)

    @property
    def covered_until(self) -> date:
        """The last day of the unbroken run of covered years that includes the package's years."""
        year = self._lib_last
        while year + 1 in self._override_years:
            year += 1
        return date(year, 12, 31)

    def _not_covered(self, year: int) -> CalendarNotCovered:
        return CalendarNotCovered(
            words("节假日日历没有{year}年的安排（已覆盖 {covered_from:%Y-%m-%d} 至 {covered_until:%Y-%m-%d}），无法按工作日计算期限。", year=year, covered_from=self.covered_from, covered_until=self.covered_until),
            hint=words("请运行“yimen sync run”从平台下载{year}年节假日安排，或在日历调整表中添加{year}年的调整日期。", year=year),
        )

    # single days --------------------------------------------------------------
    def _lookup(self, day: date) -> bool | None:
        """Whether ``day`` is a working day, or None if nothing covers it."""
        if day in self._overrides:
            return self._overrides[day]
        if day.year in self._override_years:
            return day.weekday() < 5
        if self._lib_first <= day.year <= self._lib_last:
            return day in _library_workdays(day.year)
        return None

    def is_workday(self, day: date) -> bool:
        day = _as_date(day)
        result = self._lookup(day)
        if result is None:
            raise self._not_covered(day.year)
        return result

    # counting -------------------------------------------------------------------
    @staticmethod
    def _check_pauses(pauses: Sequence[Pause]) -> list[Pause]:
        checked = []
        for first, last in pauses:
            first, last = _as_date(first), _as_date(last)
            if last < first:
                raise ValidationError(
                    words("暂停计时区间 {first:%Y-%m-%d} 至 {last:%Y-%m-%d} 的结束日早于开始日。", first=first, last=last),
                    hint="请核对特殊环节或补正的起止日期。",
                )
            checked.append((first, last))
        return checked

    def _counts(self, day: date, pauses: list[Pause], *, provisional: bool) -> tuple[bool, bool]:
        """(counts as a working day, was estimated Monday-Friday)."""
        workday = self._lookup(day)
        estimated = False
        if workday is None:
            if not provisional:
                raise self._not_covered(day.year)
            workday, estimated = estimate_workday(day), True
        paused = any(first <= day <= last for first, last in pauses)
        return workday and not paused, estimated

    def _walk(self, start: date, n: int, pauses: Sequence[Pause], *, provisional: bool) -> tuple[date, bool]:
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValidationError(words("工作日天数须为非负整数，现为{n!r}。", n=n), hint="请检查事项的办理时限配置。")
        start = _as_date(start)
        checked = self._check_pauses(pauses)
        day, counted, estimated_any = start, 0, False
        while counted < n:
            day += _ONE_DAY
            if day - start > _MAX_SPAN:
                raise ValidationError(
                    words("从 {start:%Y-%m-%d} 起{n}个工作日超出20年，期限或暂停区间有误。", start=start, n=n),
                    hint="请检查办理时限和暂停计时区间。",
                )
            counts, estimated = self._counts(day, checked, provisional=provisional)
            estimated_any = estimated_any or estimated
            counted += counts
        return day, estimated_any

    def add_working_days(self, start: date, n: int, *, pauses: Sequence[Pause] = ()) -> date:
        """The n-th working day after ``start`` (the day of acceptance does not count).

        Days inside any of ``pauses`` (inclusive) do not count. ``n == 0`` gives ``start``.
        Raises :class:`CalendarNotCovered` if the count reaches a year without data.
        """
        return self._walk(start, n, pauses, provisional=False)[0]

    def add_working_days_provisional(
        self, start: date, n: int, *, pauses: Sequence[Pause] = ()
    ) -> tuple[date, bool]:
        """Like :meth:`add_working_days`, but past coverage counts Monday–Friday
        (less the fixed-date holidays 1 Jan, 1-2 May, 1-3 Oct; see :func:`estimate_workday`).

        Returns ``(day, provisional)``; ``provisional`` is True when any counted or
        skipped day lay outside coverage, so the date must be recomputed later.
        """
        return self._walk(start, n, pauses, provisional=True)

    def working_days_between(self, start: date, end: date, *, pauses: Sequence[Pause] = ()) -> int:
        """Working days in ``(start, end]``; negative if ``end`` is before ``start``.

        The inverse of :meth:`add_working_days`: ``working_days_between(s, add_working_days(s, n)) == n``.
        """
        start, end = _as_date(start), _as_date(end)
        if end < start:
            return -self.working_days_between(end, start, pauses=pauses)
        if end - start > _MAX_SPAN:
            raise ValidationError(
                words("{start:%Y-%m-%d} 至 {end:%Y-%m-%d} 超出20年，日期有误。", start=start, end=end), hint="请核对日期。"
            )
        checked = self._check_pauses(pauses)
        day, counted = start, 0
        while day < end:
            day += _ONE_DAY
            counted += self._counts(day, checked, provisional=False)[0]
        return counted
