"""The hall manager's figures as the database counts them: GROUP BY with COUNT/SUM/MAX over a
period's rows, one query per table, in each database's own date arithmetic.

Nothing here rolls groups up or labels them: that is the use case's job
(``shared.services.figures``). A year of a busy hall (500,000 tickets) comes back as a few
hundred groups; ``bench/bench_counter.py`` measures it on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from offline_store.models import Case, CaseEventRow, Evaluation, Followup, Ticket
from offline_store.repositories._base import Repository, is_postgresql
from offline_store.repositories.case_pauses import open_pause_exists
from shared.domain.cases import TERMINAL_STATES, CaseState
from shared.domain.tickets import TicketState


@dataclass(frozen=True, slots=True)
class TicketGroup:
    """Tickets of one (category, window, clerk, state) in the period."""

    category: str
    window_no: int | None
    served_by: str | None
    state: str
    count: int
    wait_s: float  # summed over the called ones
    wait_n: int  # how many were called
    max_wait_s: float | None
    service_s: float  # summed over the finished ones
    service_n: int


@dataclass(frozen=True, slots=True)
class ReviewGroup:
    window_no: int | None
    clerk: str
    count: int
    bad: int


@dataclass(frozen=True, slots=True)
class SeriesBucket:
    key: int | date | str  # the local hour (one day) or the day (a longer period)
    issued: int
    done: int
    no_show: int
    wait_s: float
    wait_n: int


@dataclass(frozen=True, slots=True)
class LevelCount:
    level: int
    is_default: bool
    count: int


@dataclass(frozen=True, slots=True)
class FollowupCounts:
    open: int
    overdue: int  # open and past their due date
    closed: int  # closed within the period


@dataclass(frozen=True, slots=True)
class CaseCounts:
    accepted: int  # accepted within the period
    not_accepted: int  # created within the period and refused
    completed: int  # completed within the period
    overdue: int  # open now, clock running, and past their promised date
    due_soon: int  # open now and due from today up to the given day
    supplement_notices: int = 0  # 补正告知 given within the period (not refusals: 行政许可法 第32条)
    paused_now: int = 0  # open cases whose clock stands still (补正, 特别程序)


@dataclass(frozen=True, slots=True)
class HourBuckets:
    """Group a single day by the hall's local hour: the zone's name for PostgreSQL, its offset
    that day for SQLite (Asia/Shanghai has no daylight saving, so one offset is exact)."""

    tz_name: str
    offset_min: int


# What the grouped queries below return, row by row: SQLAlchemy 2.1 types a row as a tuple of
# its columns, which mypy unpacks only as object (Result.tuples() is deprecated in 2.1).
_TicketGroupRow = tuple[str, int | None, str | None, str, int, float | None, int, float | None, float | None, int]
_SeriesRow = tuple[Any, int, int | None, int | None, float | None, int]
_ReviewRow = tuple[int | None, str | None, int, int | None]
_SubjectRow = tuple[str, str, int, int | None]
_Sums = tuple[int | None, ...]


class FigureRepository(Repository):
    # ------------------------------------------------------------------ tickets
    def ticket_groups(self, *, hall_code: str, start: date, end: date) -> list[TicketGroup]:
        """Tickets of the hall's days ``start``..``end`` (inclusive), one row per group."""
        wait = self._seconds_between(Ticket.called_at, Ticket.issued_at)
        done = Ticket.state == TicketState.DONE.value
        service = sa.case((done, self._seconds_between(Ticket.finished_at, Ticket.serving_at)))
        # counted without computing the seconds again: SQLite parses each instant's text per call,
        # and that parsing is most of a year's scan (bench/bench_counter.py)
        timed = sa.case((sa.and_(done, Ticket.finished_at.is_not(None), Ticket.serving_at.is_not(None)), 1))
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
                sa.func.count(timed),
            )
            .where(Ticket.hall_code == hall_code, Ticket.day >= start, Ticket.day <= end)
            .group_by(Ticket.category, Ticket.window_no, Ticket.served_by, Ticket.state)
        )
        return [
            TicketGroup(
                category=category,
                window_no=window_no,
                served_by=served_by,
                state=state,
                count=n,
                wait_s=float(wait_s or 0),
                wait_n=wait_n,
                max_wait_s=float(max_wait) if max_wait is not None else None,
                service_s=float(service_s or 0),
                service_n=service_n,
            )
            for category, window_no, served_by, state, n, wait_s, wait_n, max_wait, service_s, service_n in (
                cast("Iterable[_TicketGroupRow]", self.session.execute(q))
            )
        ]

    def ticket_series(
        self, *, hall_code: str, start: date, end: date, hours: HourBuckets | None = None
    ) -> list[SeriesBucket]:
        """Tickets per day, or per local hour of the issue time when ``hours`` is given;
        only the buckets that have tickets, in order."""
        wait = self._seconds_between(Ticket.called_at, Ticket.issued_at)
        bucket: Any = Ticket.day if hours is None else self._local_hour(Ticket.issued_at, hours)
        q = (
            sa.select(
                bucket,
                sa.func.count(),
                sa.func.sum(sa.case((Ticket.state == TicketState.DONE.value, 1), else_=0)),
                sa.func.sum(sa.case((Ticket.state == TicketState.NO_SHOW.value, 1), else_=0)),
                sa.func.coalesce(sa.func.sum(wait), 0.0),
                sa.func.count(Ticket.called_at),
            )
            .where(Ticket.hall_code == hall_code, Ticket.day >= start, Ticket.day <= end)
            .group_by(bucket)
            .order_by(bucket)
        )
        return [
            SeriesBucket(
                key=int(key) if hours is not None else key,
                issued=n,
                done=int(done or 0),
                no_show=int(no_show or 0),
                wait_s=float(wait_s or 0),
                wait_n=wait_n,
            )
            for key, n, done, no_show, wait_s, wait_n in cast("Iterable[_SeriesRow]", self.session.execute(q))
        ]

    # ------------------------------------------------------------------ evaluations
    def review_groups(self, *, since: datetime, until: datetime, bad_at_most: int) -> list[ReviewGroup]:
        """Reviews given in [since, until) per (window, clerk); ``bad`` counts levels ≤ ``bad_at_most``."""
        q = (
            sa.select(
                Evaluation.window_no,
                Evaluation.clerk,
                sa.func.count(),
                sa.func.sum(sa.case((Evaluation.level <= bad_at_most, 1), else_=0)),
            )
            .where(Evaluation.created_at >= since, Evaluation.created_at < until)
            .group_by(Evaluation.window_no, Evaluation.clerk)
        )
        return [
            ReviewGroup(window_no=window_no, clerk=clerk or "", count=n, bad=int(n_bad or 0))
            for window_no, clerk, n, n_bad in cast("Iterable[_ReviewRow]", self.session.execute(q))
        ]

    def review_groups_by_subject(
        self, *, since: datetime, until: datetime, bad_at_most: int
    ) -> list[tuple[str, str, int, int]]:
        """Reviews given in [since, until) per what they were about: ("ticket", category, n, bad)
        for a window's 一次一评 and ("case", item code, n, bad) for a case's 一事一评, so the
        caller can put every review on its category line (no rate without its reviews)."""
        bad = sa.func.sum(sa.case((Evaluation.level <= bad_at_most, 1), else_=0))
        rows = cast("Iterable[_SubjectRow]", self.session.execute(
            sa.select(Evaluation.target_kind, Evaluation.subject, sa.func.count(), bad)
            .where(Evaluation.created_at >= since, Evaluation.created_at < until)
            .group_by(Evaluation.target_kind, Evaluation.subject)
        ))  # fmt: skip
        return [(kind, subject, n, int(b or 0)) for kind, subject, n, b in rows]

    def evaluation_levels(self, *, since: datetime, until: datetime) -> list[LevelCount]:
        rows = self.session.execute(
            sa.select(Evaluation.level, Evaluation.is_default, sa.func.count())
            .where(Evaluation.created_at >= since, Evaluation.created_at < until)
            .group_by(Evaluation.level, Evaluation.is_default)
        )
        return [LevelCount(int(level), bool(is_default), n) for level, is_default, n in rows]

    def followup_counts(self, *, today: date, since: datetime, until: datetime) -> FollowupCounts:
        open_, overdue, closed = cast(_Sums, self.session.execute(
            sa.select(
                sa.func.sum(sa.case((Followup.state != "closed", 1), else_=0)),
                sa.func.sum(
                    sa.case((sa.and_(Followup.state != "closed", Followup.due_date < today), 1), else_=0)
                ),
                sa.func.sum(
                    sa.case((sa.and_(Followup.closed_at >= since, Followup.closed_at < until), 1), else_=0)
                ),
            )
        ).one())
        return FollowupCounts(open=int(open_ or 0), overdue=int(overdue or 0), closed=int(closed or 0))

    # ------------------------------------------------------------------ cases
    def case_counts(self, *, since: datetime, until: datetime, today: date, due_by: date) -> CaseCounts:
        open_states = [
            s.value for s in CaseState if s not in TERMINAL_STATES and s is not CaseState.SUBMITTED
        ]
        in_period = sa.and_(Case.created_at >= since, Case.created_at < until)
        accepted, not_accepted, completed = cast(_Sums, self.session.execute(
            sa.select(
                sa.func.sum(
                    sa.case((sa.and_(Case.accepted_at >= since, Case.accepted_at < until), 1), else_=0)
                ),
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
        ).one())
        overdue, soon = cast(_Sums, self.session.execute(
            sa.select(
                sa.func.sum(sa.case((Case.promised_date < today, 1), else_=0)),
                sa.func.sum(
                    sa.case((sa.and_(Case.promised_date >= today, Case.promised_date <= due_by), 1), else_=0)
                ),
            ).where(Case.state.in_(open_states), ~open_pause_exists())  # only running clocks
        ).one())
        supplement_notices = self.session.scalar(
            sa.select(sa.func.count()).where(
                CaseEventRow.to_state == CaseState.SUPPLEMENT_REQUESTED.value,
                CaseEventRow.at >= since,
                CaseEventRow.at < until,
            )
        )
        paused_now = self.session.scalar(
            sa.select(sa.func.count()).where(Case.state.in_(open_states), open_pause_exists())
        )
        return CaseCounts(
            supplement_notices=int(supplement_notices or 0),
            paused_now=int(paused_now or 0),
            accepted=int(accepted or 0),
            not_accepted=int(not_accepted or 0),
            completed=int(completed or 0),
            overdue=int(overdue or 0),
            due_soon=int(soon or 0),
        )

    # ------------------------------------------------------------------ per-database SQL
    def _seconds_between(self, later: Any, earlier: Any) -> ColumnElement[float]:
        """Seconds from ``earlier`` to ``later`` (NULL when either is NULL), computed in SQL."""
        if is_postgresql(self.session):
            # SQLAlchemy types every extract() as an int; the epoch of an interval has fractions
            return cast("ColumnElement[float]", sa.extract("epoch", later - earlier))
        # SQLite stores the UTC instants as ISO text; julianday reads them in days
        return (sa.func.julianday(later) - sa.func.julianday(earlier)) * 86400.0

    def _local_hour(self, column: Any, hours: HourBuckets) -> ColumnElement[int]:
        if is_postgresql(self.session):
            return sa.cast(sa.extract("hour", sa.func.timezone(hours.tz_name, column)), sa.Integer)
        return sa.cast(sa.func.strftime("%H", column, f"{hours.offset_min:+d} minutes"), sa.Integer)
