"""What the hall display board shows: the calls of today, each window's current ticket, and
how many wait per category (Qt-free; the board's view-model polls :meth:`BoardReader.snapshot`).

The board runs as its own process, often on its own PC, sharing only the store: it polls a
few times a second. Each call is identified by (ticket, call count), so a recall is a new
call to announce, and a board that starts late announces nothing old. What it shows is read
by the whole hall: ticket numbers, window names and counts, never a person's data; reading
it needs :attr:`Permission.VIEW_BOARD` (the display's own role, and the staff).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from offline_store.records import TicketRecord
from offline_store.store import UnitOfWork
from shared.domain.hall_hours import HallTimetable, HoursStatus
from shared.domain.tickets import TicketState, call_order_key
from shared.services.accounts import list_windows
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.hall_time import timetable
from shared.services.permissions import Permission, require
from shared.services.tickets import queue_status
from shared.services.window_pause import paused_windows

RECENT_CALLS = 8
NEXT_UP = 3  # numbers per category on the 请准备 list
_ACTIVE = (TicketState.CALLED, TicketState.SERVING)


@dataclass(frozen=True, slots=True)
class BoardCall:
    ticket_id: str
    number: str
    window_no: int
    window_name: str
    category_name: str
    called_at: datetime
    call_count: int
    state: TicketState

    @property
    def key(self) -> tuple[str, int]:
        return (self.ticket_id, self.call_count)


@dataclass(frozen=True, slots=True)
class WindowLine:
    window_no: int
    name: str
    current: BoardCall | None
    paused: str = ""  # 暂停服务 and why (the clerk's pause or the manager's closure); "" serving


@dataclass(frozen=True, slots=True)
class NextUp:
    """One category on the 请准备 list: who is called next, in calling order."""

    prefix: str
    name: str
    waiting: int
    numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BoardSnapshot:
    at: datetime
    latest: BoardCall | None
    windows: list[WindowLine]
    recent: list[BoardCall]
    waiting: list[tuple[str, str, int]]  # (prefix, category name, people waiting)
    next_up: list[NextUp] = field(default_factory=list)
    closed: str = ""  # the whole hall does not serve now: why and until when; "" open
    closed_status: HoursStatus | None = None  # the same, for the board to word in its language

    @property
    def call_keys(self) -> set[tuple[str, int]]:
        return {c.key for c in self.recent}


class BoardReader:
    """Reads snapshots for ``actor``; keeps the window list (it changes rarely) between polls."""

    def __init__(self, ctx: HallContext, *, actor: Actor, window_refresh_s: float = 60.0) -> None:
        require(actor, Permission.VIEW_BOARD)
        self.ctx = ctx
        self.actor = actor
        self._windows: dict[int, str] = {}
        self._windows_at: datetime | None = None
        self._timetable: HallTimetable | None = None
        self._timetable_at: datetime | None = None
        self.window_refresh_s = window_refresh_s

    def _window_names(self) -> dict[int, str]:
        now = self.ctx.now()
        if self._windows_at is None or (now - self._windows_at).total_seconds() > self.window_refresh_s:
            try:
                self._windows = {w.number: w.label for w in list_windows(self.ctx)}
            except Exception:  # no catalog yet: windows appear as they call
                self._windows = {}
            self._windows_at = now
        return self._windows

    def forget(self) -> None:
        """Read the windows and the hours again at the next snapshot (they are kept a minute)."""
        self._windows_at = self._timetable_at = None

    def _hours(self, uow: UnitOfWork) -> HallTimetable | None:
        """The hall's timetable (hours and the manager's closures), read again once a minute."""
        now = self.ctx.now()
        if self._timetable_at is None or (now - self._timetable_at).total_seconds() > self.window_refresh_s:
            try:
                self._timetable = timetable(self.ctx, uow)
            except Exception:  # no catalog or calendar yet: the board shows calls without hours
                self._timetable = None
            self._timetable_at = now
        return self._timetable

    def snapshot(self, *, recent: int = RECENT_CALLS) -> BoardSnapshot:
        ctx = self.ctx
        require(self.actor, Permission.VIEW_BOARD)
        names = self._window_names()
        categories = ctx.settings.tickets.categories
        hall, day, now = ctx.settings.hall.code, ctx.today(), ctx.now()
        with ctx.unit_of_work(read_only=True) as uow:
            called = uow.tickets.recently_called(hall_code=hall, day=day, limit=50)
            entries = uow.tickets.waiting_entries(hall_code=hall, day=day)
            paused = paused_windows(ctx, uow)
            hours = self._hours(uow)
        calls = [self._call(t, names, categories) for t in called if t.window_no is not None]
        current: dict[int, BoardCall] = {}
        for c in calls:  # newest first: the first active call of a window is its current one
            if c.state in _ACTIVE and c.window_no not in current:
                current[c.window_no] = c
        closed, closed_status = "", None
        if hours is not None:
            status = hours.status(now)
            if not status.is_open:
                closed, closed_status = status.describe(), status
        numbers = sorted(set(names) | set(current))
        windows = []
        for n in numbers:
            why = ""
            if n in paused:
                why = paused[n].reason
            elif hours is not None and not closed:
                status = hours.status(now, window_no=n)
                if status.closure is not None and not status.is_open:
                    why = status.closure.reason
            windows.append(WindowLine(n, names.get(n, f"{n}号窗口"), current.get(n), why))
        status_rows = queue_status(ctx)
        waiting = [(s.prefix, s.name, s.waiting) for s in status_rows]
        entries.sort(key=lambda e: call_order_key(e, now=now))
        upcoming: dict[str, list[str]] = {}
        for e in entries:
            upcoming.setdefault(e.category, [])
            if len(upcoming[e.category]) < NEXT_UP:
                upcoming[e.category].append(e.number)
        next_up = [
            NextUp(s.prefix, s.name, s.waiting, tuple(upcoming.get(s.category, ())))
            for s in status_rows
            if upcoming.get(s.category)
        ]
        return BoardSnapshot(
            now, calls[0] if calls else None, windows, calls[:recent], waiting, next_up, closed, closed_status
        )

    @staticmethod
    def _call(t: TicketRecord, names: dict[int, str], categories: dict[str, tuple[str, str]]) -> BoardCall:
        assert t.window_no is not None and t.called_at is not None
        cat = t.target_category or t.category
        return BoardCall(
            ticket_id=t.id,
            number=t.number,
            window_no=t.window_no,
            window_name=names.get(t.window_no, f"{t.window_no}号窗口"),
            category_name=categories.get(cat, ("", cat))[1],
            called_at=t.called_at,
            call_count=t.call_count,
            state=t.state,
        )


def new_calls(previous: set[tuple[str, int]] | None, snapshot: BoardSnapshot) -> list[BoardCall]:
    """Calls in ``snapshot`` not seen before, oldest first (the order to announce them).
    ``previous`` None is the board's first look: nothing is announced."""
    if previous is None:
        return []
    return [c for c in reversed(snapshot.recent) if c.key not in previous]
