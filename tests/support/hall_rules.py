"""The hall's calling rules written out again for tests, as the oracle the calling order is
checked against. Deliberately independent of ``shared.domain.tickets``: a test that asked
``priority.is_green`` or ``call_order_key`` would agree with any bug in them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from shared.domain.tickets import Priority, QueueEntry, TicketState

# Who the green channel (绿色通道) serves first: the elderly, the disabled and pregnant women
# (云政发〔2022〕41号, FACTS.md "Hall"), and service members (军人地位和权益保障法: 军人优先).
# Appointments are not green: they have their own rank once due. Agents get no priority at
# all (2016 文件, FACTS.md). Every priority must be declared here (a test checks it), so a new
# one cannot slip into or out of the green channel unnoticed.
GREEN_CHANNEL: dict[Priority, bool] = {
    Priority.GREEN_ELDERLY: True,
    Priority.GREEN_DISABLED: True,
    Priority.GREEN_PREGNANT: True,
    Priority.GREEN_MILITARY: True,
    Priority.APPOINTMENT: False,
    Priority.NORMAL: False,
}

# an appointment counts as due from ten minutes before its slot
APPOINTMENT_DUE_BEFORE = timedelta(minutes=10)


def expected_rank(entry: QueueEntry, now: datetime) -> int:
    """0 transferred to this window or category (the person queued once already), 1 green
    channel, 2 appointment due, 3 everyone else; first come first served within a rank."""
    if entry.state is TicketState.TRANSFERRED:
        return 0
    if GREEN_CHANNEL[entry.priority]:
        return 1
    if entry.appointment_at is not None and entry.appointment_at - APPOINTMENT_DUE_BEFORE <= now:
        return 2
    return 3


def expected_order_key(entry: QueueEntry, now: datetime) -> tuple[int, datetime, int]:
    """Rank, then issue time (whatever the category: B001 issued after A002 waits behind it),
    then the daily number for tickets issued at the same instant."""
    return (expected_rank(entry, now), entry.issued_at, entry.seq)
