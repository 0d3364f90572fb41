"""What the hall display board shows, read from the store (Qt-free).

The board runs as its own process, often on its own PC, sharing only the store: it polls
:func:`board_snapshot` a few times a second. Each call is identified by (ticket, call
count), so a recall is a new call to announce, and a board that starts late announces
nothing old.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from offline_store.records import TicketRecord
from shared.services.accounts import list_windows
from shared.services.context import HallContext
from shared.services.tickets import queue_status
from shared.tickets import TicketState

RECENT_CALLS = 8
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


@dataclass(frozen=True, slots=True)
class BoardSnapshot:
    at: datetime
    latest: BoardCall | None
    windows: list[WindowLine]
    recent: list[BoardCall]
    waiting: list[tuple[str, str, int]]  # (prefix, category name, people waiting)

    @property
    def call_keys(self) -> set[tuple[str, int]]:
        return {c.key for c in self.recent}


class BoardReader:
    """Reads snapshots; keeps the window list (it changes rarely) between polls."""

    def __init__(self, ctx: HallContext, *, window_refresh_s: float = 60.0) -> None:
        self.ctx = ctx
        self._windows: dict[int, str] = {}
        self._windows_at: datetime | None = None
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

    def snapshot(self, *, recent: int = RECENT_CALLS) -> BoardSnapshot:
        ctx = self.ctx
        names = self._window_names()
        categories = ctx.settings.tickets.categories
        with ctx.unit_of_work(read_only=True) as uow:
            called = uow.tickets.recently_called(hall_code=ctx.settings.hall.code, day=ctx.today(), limit=50)
        calls = [self._call(t, names, categories) for t in called if t.window_no is not None]
        current: dict[int, BoardCall] = {}
        for c in calls:  # newest first: the first active call of a window is its current one
            if c.state in _ACTIVE and c.window_no not in current:
                current[c.window_no] = c
        numbers = sorted(set(names) | set(current))
        windows = [WindowLine(n, names.get(n, f"{n}号窗口"), current.get(n)) for n in numbers]
        waiting = [(s.prefix, s.name, s.waiting) for s in queue_status(ctx)]
        return BoardSnapshot(ctx.now(), calls[0] if calls else None, windows, calls[:recent], waiting)

    @staticmethod
    def _call(t: TicketRecord, names: dict[int, str], categories) -> BoardCall:
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
