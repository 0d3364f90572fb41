"""The hall manager's figures as values: ticket lines (per category, window, clerk, or the
whole hall), the trend, evaluations and follow-ups, cases, the sync backlog; and one
follow-up of a bad review on the manager's board.

Pure values: ``shared.services.figures`` fills them from the store's counts,
``shared.services.figures_export`` writes them out, the manager's screen shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from shared.domain.tickets import TicketState

DUE_SOON_DAYS = 3  # calendar days ahead that count as "soon due" on the manager's board


@dataclass
class TicketFigures:
    """One line of the ticket tables (a category, a window, a clerk, or the whole hall)."""

    key: str
    label: str
    issued: int = 0
    called: int = 0
    served: int = 0  # done
    no_show: int = 0
    open: int = 0  # still waiting / called / serving at the time of the query
    avg_wait_min: float | None = None
    max_wait_min: float | None = None
    avg_service_min: float | None = None
    reviews: int = 0
    bad_reviews: int = 0
    # running sums, not shown
    _wait_s: float = field(default=0.0, repr=False)
    _wait_n: int = field(default=0, repr=False)
    _service_s: float = field(default=0.0, repr=False)
    _service_n: int = field(default=0, repr=False)
    _max_wait_s: float | None = field(default=None, repr=False)

    def add(
        self,
        *,
        state: str,
        n: int,
        wait_s: float,
        wait_n: int,
        max_wait_s: float | None,
        service_s: float,
        service_n: int,
    ) -> None:
        self.issued += n
        self.called += wait_n
        if state == TicketState.DONE.value:
            self.served += n
        elif state == TicketState.NO_SHOW.value:
            self.no_show += n
        else:
            self.open += n
        self._wait_s += wait_s
        self._wait_n += wait_n
        self._service_s += service_s
        self._service_n += service_n
        if max_wait_s is not None:
            self._max_wait_s = max(self._max_wait_s or 0.0, max_wait_s)

    def finish(self) -> TicketFigures:
        self.avg_wait_min = round(self._wait_s / self._wait_n / 60, 1) if self._wait_n else None
        self.max_wait_min = round(self._max_wait_s / 60, 1) if self._max_wait_s is not None else None
        self.avg_service_min = round(self._service_s / self._service_n / 60, 1) if self._service_n else None
        return self

    @property
    def no_show_rate(self) -> float | None:
        return round(self.no_show / self.called, 3) if self.called else None

    @property
    def satisfaction(self) -> float | None:
        return round(1 - self.bad_reviews / self.reviews, 3) if self.reviews else None


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    label: str  # "2026-11-17" per day, or "09时" per hour for a single day
    issued: int
    served: int
    no_show: int
    avg_wait_min: float | None


@dataclass(frozen=True, slots=True)
class EvaluationFigures:
    by_level: dict[int, int]  # 5..1 -> count, defaults included
    defaults: int
    total: int
    bad: int
    followups_open: int
    followups_overdue: int
    followups_closed: int  # closed within the period

    @property
    def satisfaction(self) -> float | None:
        return round(1 - self.bad / self.total, 3) if self.total else None


@dataclass(frozen=True, slots=True)
class CaseFigures:
    accepted: int  # in the period
    not_accepted: int
    completed: int
    overdue_now: int  # open cases past their promised date, today, clock running
    due_soon: int  # open cases due within DUE_SOON_DAYS
    supplement_notices: int = 0  # 补正告知 in the period: counted apart from 不予受理
    paused_now: int = 0  # open cases whose clock stands still (补正, 特别程序)
    # 帮办代办 (issue 12, point 6): cases an agent handed in during the period, of which the
    # 免费代办 taken by helpers at stations, per station (its name, its cases), busiest first
    by_agent: int = 0
    free_agency: int = 0
    free_agency_by_point: tuple[tuple[str, int], ...] = ()
    in_transit_now: int = 0  # 流转单 bundles on their way to the hall now


@dataclass(frozen=True, slots=True)
class SyncFigures:
    backlog: int
    oldest_pending_min: float | None
    quarantined: int


@dataclass(frozen=True, slots=True)
class HallFigures:
    start: date
    end: date  # inclusive
    computed_at: datetime
    elapsed_ms: float
    totals: TicketFigures
    by_category: list[TicketFigures]
    by_window: list[TicketFigures]
    by_clerk: list[TicketFigures]
    series: list[SeriesPoint]
    evaluations: EvaluationFigures
    cases: CaseFigures
    sync: SyncFigures

    @property
    def single_day(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True, slots=True)
class FollowupItem:
    id: str
    case_no: str
    level: int
    level_label: str
    reasons: tuple[str, ...]  # labels
    comment: str
    window_no: int | None
    clerk: str
    created_at: datetime
    due_date: date
    state: str  # open | closed
    overdue: bool
    resolution: str
    clerk_name: str = ""  # the clerk's display name, for the screen (clerk is the login)
