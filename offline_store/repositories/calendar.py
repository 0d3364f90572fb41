"""Working-day calendar overrides (调休 and holidays) that the platform publishes.

chinesecalendar covers only the years it was released for; the platform sends the State
Council's yearly notice as overrides, and ``calendar_years`` records which years are covered
and by which source, so shared.domain.workdays can refuse a year nobody has published.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

import sqlalchemy as sa

from offline_store.models import CalendarOverrideRow, CalendarYear
from offline_store.records import CalendarOverride
from offline_store.repositories._base import PlainRepository, dialect_insert
from offline_store.sqltypes import utc_now
from shared.domain.errors import ValidationError
from shared.domain.words import words


class CalendarRepository(PlainRepository):
    def put_overrides(self, *, overrides: Iterable[CalendarOverride]) -> int:
        """Insert or replace single days; returns how many were written."""
        n = 0
        for o in overrides:
            values = {"is_workday": o.is_workday, "name": o.name, "source": o.source, "version": o.version}
            ins = dialect_insert(self.session, CalendarOverrideRow).values(day=o.day, **values)
            self.session.execute(ins.on_conflict_do_update(index_elements=["day"], set_=values))
            n += 1
        return n

    def replace_year(
        self,
        *,
        year: int,
        overrides: Iterable[CalendarOverride],
        source: str,
        version: str = "",
        at: datetime | None = None,
    ) -> int:
        """Make ``overrides`` the whole truth for ``year`` and mark the year covered."""
        days = list(overrides)
        stray = [o.day for o in days if o.day.year != year]
        if stray:
            raise ValidationError(words("{year}年的日历数据中含有其他年份的日期：{when}。", year=year, when=stray[0].isoformat()))
        self.session.execute(
            sa.delete(CalendarOverrideRow).where(
                CalendarOverrideRow.day >= date(year, 1, 1), CalendarOverrideRow.day <= date(year, 12, 31)
            )
        )
        n = self.put_overrides(overrides=days)
        values = {"source": source, "version": version, "updated_at": at or utc_now()}
        ins = dialect_insert(self.session, CalendarYear).values(year=year, **values)
        self.session.execute(ins.on_conflict_do_update(index_elements=["year"], set_=values))
        return n

    def overrides(
        self, *, start: date | None = None, end: date | None = None
    ) -> dict[date, CalendarOverride]:
        """Overrides with ``start <= day <= end`` (all when not given)."""
        q = sa.select(CalendarOverrideRow).order_by(CalendarOverrideRow.day)
        if start is not None:
            q = q.where(CalendarOverrideRow.day >= start)
        if end is not None:
            q = q.where(CalendarOverrideRow.day <= end)
        return {
            r.day: CalendarOverride(
                day=r.day, is_workday=r.is_workday, name=r.name, source=r.source, version=r.version
            )
            for r in self.session.scalars(q.execution_options(populate_existing=True))
        }

    def workday_flags(self) -> dict[date, bool]:
        """day -> whether it is a working day, for every override (just the two columns: the
        hall-hours check behind every printed ticket reads them)."""
        return {day: bool(is_workday) for day, is_workday in self.session.execute(_WORKDAY_FLAGS)}

    def covered_years(self) -> dict[int, str]:
        """year -> source ("chinesecalendar", "platform", …)."""
        return {y: s for y, s in self.session.execute(_COVERED_YEARS)}


_WORKDAY_FLAGS = sa.select(CalendarOverrideRow.day, CalendarOverrideRow.is_workday)
_COVERED_YEARS = sa.select(CalendarYear.year, CalendarYear.source)
