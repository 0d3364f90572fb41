"""The hall's live events for the apps (issue 12, point 7): the board and the counters'
waiting lists follow calls, new tickets and transfers as they are committed, instead of
polling the store (LISTEN/NOTIFY on PostgreSQL, ``data_version`` on one SQLite file:
:mod:`offline_store.hall.events`)."""

from __future__ import annotations

from collections.abc import Iterable

from offline_store.hall.events import EventSubscriber, HallEvent, open_event_subscriber
from shared.services.context import HallContext

__all__ = ["EventSubscriber", "HallEvent", "hall_events"]


def hall_events(ctx: HallContext, *, topics: Iterable[str], name: str) -> EventSubscriber:
    """A subscriber to this hall's store (not started): ``subscribe(cb)``, ``start()``, ``stop()``.

    Raises :class:`~shared.domain.errors.StoreError` when the store cannot carry live events
    (an in-memory database); the caller falls back to reading on a timer.
    """
    return open_event_subscriber(ctx.settings.store.url, topics=topics, name=name)
