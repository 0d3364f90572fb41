"""The periods a case's clock stands still (补正, 特别程序), kept beside the case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TypedDict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from offline_store.models import Case
from offline_store.models_rules import CasePause
from offline_store.repositories._base import PlainRepository
from offline_store.repositories.calendar import CalendarRepository
from shared.domain.case_clock import ClockPause, PauseKind, moved_date, pause_first_day
from shared.domain.cases import CaseState
from shared.domain.catalog.vocab import DayKind
from shared.domain.errors import Conflict, NotFound
from shared.domain.words import words
from shared.domain.workdays import WorkingDayCalendar


@dataclass(frozen=True, slots=True)
class StoredPause:
    id: int
    kind: str  # supplement | special
    name: str
    first_day: date
    last_day: date | None  # None while the clock is stopped
    planned_days: int | None
    day_kind: str
    note: str
    started_by: str
    started_at: datetime
    ended_at: datetime | None

    @property
    def open(self) -> bool:
        return self.last_day is None


def _pause(row: CasePause) -> StoredPause:
    return StoredPause(
        row.id,
        row.kind,
        row.name,
        row.first_day,
        row.last_day,
        row.planned_days,
        row.day_kind,
        row.note,
        row.started_by,
        row.started_at,
        row.ended_at,
    )


def as_clock_pause(p: StoredPause) -> ClockPause:
    return ClockPause(
        PauseKind(p.kind),
        p.name,
        p.first_day,
        p.last_day,
        p.planned_days,
        calendar_days=p.day_kind == DayKind.CALENDAR.value,
    )


def calendar_of(session: Session) -> WorkingDayCalendar:
    """The working-day calendar as the store holds it (the package plus the platform's overrides)."""
    repo = CalendarRepository(session)  # reads no personal data: no cipher
    years = repo.covered_years()
    return WorkingDayCalendar(
        overrides=repo.workday_flags(),
        override_years=[y for y, src in years.items() if src != "chinesecalendar"],
    )


def open_pause_exists() -> sa.ColumnElement[bool]:
    """SQL: the case (``Case``) has a pause still open, i.e. its clock is stopped."""
    return sa.exists().where(CasePause.case_id == Case.id, CasePause.last_day.is_(None))


class CasePauseRepository(PlainRepository):
    def _case_id(self, case_no: str) -> str:
        case_id = self.session.scalar(sa.select(Case.id).where(Case.case_no == case_no))
        if case_id is None:
            raise NotFound(words("找不到办件 {case_no}。", case_no=case_no), hint="请核对办件编号（20位数字）。")
        return case_id

    def start(
        self,
        *,
        case_no: str,
        kind: str,
        name: str,
        first_day: date,
        planned_days: int | None,
        day_kind: str,
        note: str,
        actor: str,
        at: datetime,
    ) -> StoredPause:
        case_id = self._case_id(case_no)
        already = self.session.scalar(
            sa.select(CasePause).where(CasePause.case_id == case_id, CasePause.last_day.is_(None))
        )
        if already is not None:
            raise Conflict(
                words("办件 {case_no} 的计时已因“{name}”暂停（自 {first_day:%Y-%m-%d}）。", case_no=case_no, name=already.name, first_day=already.first_day),
                hint="请先结束当前的暂停（补正材料收齐或特别程序结束），再开始新的。",
            )
        row = CasePause(
            case_id=case_id,
            kind=kind,
            name=name,
            first_day=first_day,
            last_day=None,
            planned_days=planned_days,
            day_kind=day_kind,
            note=note,
            started_by=actor,
            started_at=at,
        )
        self.session.add(row)
        self.session.flush()
        return _pause(row)

    def end_open(self, *, case_no: str, last_day: date, at: datetime) -> StoredPause | None:
        """Close the open pause (None if the clock was running). A pause ended on the day of
        its notice keeps ``last_day`` before ``first_day``: it covers no day at all."""
        case_id = self._case_id(case_no)
        row = self.session.scalar(
            sa.select(CasePause).where(CasePause.case_id == case_id, CasePause.last_day.is_(None))
        )
        if row is None:
            return None
        row.last_day = last_day
        row.ended_at = at
        self.session.flush()
        return _pause(row)

    def clock_pauses(self, case_no: str) -> list[ClockPause]:
        return [as_clock_pause(p) for p in self.of_case(case_no)]

    def of_case(self, case_no: str) -> list[StoredPause]:
        case_id = self._case_id(case_no)
        rows = self.session.scalars(
            sa.select(CasePause)
            .where(CasePause.case_id == case_id)
            .order_by(CasePause.first_day, CasePause.id)
        )
        return [_pause(r) for r in rows]

    def paused_case_nos(self, case_nos: list[str]) -> set[str]:
        if not case_nos:
            return set()
        rows = self.session.execute(
            sa.select(Case.case_no)
            .join(CasePause, CasePause.case_id == Case.id)
            .where(Case.case_no.in_(case_nos), CasePause.last_day.is_(None))
        )
        return {r[0] for r in rows}


class DeadlineValues(TypedDict, total=False):
    """The case columns a change of pauses rewrites (only those that moved)."""

    promised_date: date
    legal_date: date
    deadline_provisional: bool


def deadline_values(
    calendar: WorkingDayCalendar,
    *,
    accepted_on: date,
    promised: date | None,
    legal: date | None,
    before: list[ClockPause],
    after: list[ClockPause],
    calendar_days: bool = False,
) -> DeadlineValues:
    """The case columns to write when its pauses change from ``before`` to ``after``."""
    values: DeadlineValues = {}
    provisional = False

    def moved(current: date) -> date:
        nonlocal provisional
        new, p = moved_date(
            calendar,
            accepted_on=accepted_on,
            current=current,
            before=before,
            after=after,
            calendar_days=calendar_days,
        )
        provisional = provisional or p
        return new

    if promised is not None:
        values["promised_date"] = moved(promised)
    if legal is not None:
        values["legal_date"] = moved(legal)
    if values and provisional:
        values["deadline_provisional"] = True
    return values


def clock_on_transition(
    session: Session,
    *,
    case_no: str,
    accepted_on: date | None,
    promised: date | None,
    legal: date | None,
    from_state: CaseState,
    to_state: CaseState,
    local_day: date,
    actor: str,
    at: datetime,
) -> DeadlineValues:
    """补正 stops an accepted case's clock and restarts it, moving its dates (行政许可法 第32条).

    Entering 补正中 opens a pause from the next day; leaving it (materials received, or any
    other decision) closes the pause on ``local_day`` and returns the moved promised and legal
    dates for the caller to write with the state change.
    """
    if accepted_on is None:
        return {}  # 补正告知 before acceptance: no clock runs yet
    repo = CasePauseRepository(session)  # no personal data: no cipher
    if to_state is CaseState.SUPPLEMENT_REQUESTED and from_state is not CaseState.SUPPLEMENT_REQUESTED:
        repo.start(
            case_no=case_no,
            kind=PauseKind.SUPPLEMENT.value,
            name="补正",
            first_day=pause_first_day(local_day),
            planned_days=None,
            day_kind=DayKind.WORKING.value,
            note="",
            actor=actor,
            at=at,
        )
        return {}
    if from_state is CaseState.SUPPLEMENT_REQUESTED and to_state is not CaseState.SUPPLEMENT_REQUESTED:
        before = repo.clock_pauses(case_no)
        if repo.end_open(case_no=case_no, last_day=local_day, at=at) is None:
            return {}
        after = repo.clock_pauses(case_no)
        return deadline_values(
            calendar_of(session),
            accepted_on=accepted_on,
            promised=promised,
            legal=legal,
            before=before,
            after=after,
        )
    return {}
