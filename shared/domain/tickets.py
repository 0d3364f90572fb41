"""Queue tickets (排队号): states, priorities and the calling order.

The order is a pure function over waiting tickets so that it can be tested as a
property and used the same way by the SQLite and PostgreSQL stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum, StrEnum

from shared.domain.errors import InvalidTransition
from shared.domain.words import words


class TicketState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"  # waiting again, for the target window or category
    HELD = "held"  # the applicant stepped away (copying a paper); resumed later


STATE_LABELS = {
    TicketState.WAITING: "等候中",
    TicketState.CALLED: "已叫号",
    TicketState.SERVING: "办理中",
    TicketState.DONE: "已完成",
    TicketState.NO_SHOW: "过号",
    TicketState.TRANSFERRED: "已转移",
    TicketState.HELD: "暂挂",
}

_ALLOWED: dict[TicketState, frozenset[TicketState]] = {
    TicketState.WAITING: frozenset({TicketState.CALLED}),
    # called -> called is a recall
    TicketState.CALLED: frozenset(
        {TicketState.CALLED, TicketState.SERVING, TicketState.NO_SHOW, TicketState.TRANSFERRED}
    ),
    TicketState.SERVING: frozenset({TicketState.DONE, TicketState.TRANSFERRED, TicketState.HELD}),
    TicketState.HELD: frozenset({TicketState.SERVING, TicketState.NO_SHOW}),
    TicketState.TRANSFERRED: frozenset({TicketState.CALLED}),
}

CALLABLE_STATES = frozenset({TicketState.WAITING, TicketState.TRANSFERRED})
OPEN_STATES = frozenset({TicketState.WAITING, TicketState.TRANSFERRED, TicketState.CALLED, TicketState.SERVING, TicketState.HELD})


def transition(current: TicketState, target: TicketState) -> TicketState:
    if target in _ALLOWED.get(current, frozenset()):
        return target
    raise InvalidTransition(
        words("号票当前为{state}，不能改为{target_state}。", state=STATE_LABELS[current], target_state=STATE_LABELS[target]),
        hint="请刷新排队列表后再操作。",
    )


class Priority(IntEnum):
    """Lower value is served first among tickets of the same rank."""

    GREEN_ELDERLY = 1  # 绿色通道: age from the ID card birth date
    GREEN_DISABLED = 2
    GREEN_PREGNANT = 3
    GREEN_MILITARY = 4
    APPOINTMENT = 5
    NORMAL = 9

    @property
    def is_green(self) -> bool:
        return self <= Priority.GREEN_MILITARY


PRIORITY_LABELS = {
    Priority.GREEN_ELDERLY: "老年人优先",
    Priority.GREEN_DISABLED: "残疾人优先",
    Priority.GREEN_PREGNANT: "孕妇优先",
    Priority.GREEN_MILITARY: "军人优先",
    Priority.APPOINTMENT: "预约",
    Priority.NORMAL: "普通",
}


def ticket_number(prefix: str, seq: int) -> str:
    """A001 … A999, then A1000: three digits are what residents expect to hear."""
    return f"{prefix}{seq:03d}"


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def priority_for(*, birth: date | None, today: date, green_age: int, declared: Priority | None = None) -> Priority:
    """Green channel by age from the ID birth date; a declared priority (disabled, pregnant,
    military) is taken as chosen on screen and confirmed later at the window."""
    if birth is not None and age_on(birth, today) >= green_age:
        return Priority.GREEN_ELDERLY
    return declared if declared is not None else Priority.NORMAL


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """What the calling order needs to know about one callable ticket."""

    ticket_id: str
    category: str
    state: TicketState
    priority: Priority
    issued_at: datetime
    seq: int
    appointment_at: datetime | None = None
    target_window: int | None = None  # set by a transfer to a particular window
    number: str = ""  # what the board's 请准备 list shows (A012); the order never reads it


APPOINTMENT_GRACE = timedelta(minutes=10)  # an appointment is "due" from 10 min before its slot


def call_order_key(entry: QueueEntry, *, now: datetime) -> tuple[int, datetime, int, str]:
    """Sort key for the next call.

    Rank 0: tickets transferred to this window (the person already queued once);
    rank 1: green channel; rank 2: appointments whose slot is due; rank 3: everyone
    else. Within a rank, first come first served (issue time, then daily sequence).
    """
    due = entry.appointment_at is not None and appointment_due(entry.appointment_at, now=now)
    return (call_rank(entry.state, entry.priority, due), entry.issued_at, entry.seq, entry.ticket_id)


def appointment_due(appointment_at: datetime, *, now: datetime) -> bool:
    return appointment_at - APPOINTMENT_GRACE <= now


def call_rank(state: TicketState, priority: Priority, appointment_is_due: bool) -> int:
    """The rank of :func:`call_order_key` (0 is called first)."""
    if state is TicketState.TRANSFERRED:
        return 0
    if priority.is_green:
        return 1
    if appointment_is_due:
        return 2
    return 3


def may_call(entry: QueueEntry, *, categories: set[str], window_no: int) -> bool:
    """Whether ``window_no`` (serving ``categories``) may call this ticket now.

    A ticket transferred to a particular window is that window's whatever its category
    (the clerk chose the window); checking the category too would leave it uncallable
    everywhere when the target window does not list that category.
    """
    if entry.state not in CALLABLE_STATES:
        return False
    if entry.target_window is not None:
        return entry.target_window == window_no
    return entry.category in categories


def pick_next(
    entries: list[QueueEntry], *, categories: set[str], window_no: int, now: datetime
) -> QueueEntry | None:
    """The ticket a window calls next, or ``None`` if nobody it may serve is waiting."""
    eligible = [e for e in entries if may_call(e, categories=categories, window_no=window_no)]
    return min(eligible, key=lambda e: call_order_key(e, now=now), default=None)
