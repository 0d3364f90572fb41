"""Ticket numbers start again at the hall's local midnight, not at UTC midnight (issue 7),
on SQLite and PostgreSQL, with the services' clock."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from offline_store import Store
from shared.domain.settings import Settings
from shared.services import tickets as ticket_service
from shared.services.actor import Actor
from shared.services.clock import ManualClock
from shared.services.context import HallContext

TZ = ZoneInfo("Asia/Shanghai")


def test_day_sequences_roll_over_at_local_midnight(db_url: str, key_path: Path) -> None:
    settings = Settings(
        store={"url": db_url, "key_file": key_path},
        # a 24-hour self-service zone: open all day, every day
        hall={"opens": time(0, 0), "closes": time(23, 59, 59, 999999), "open_weekdays": list(range(7))},
    )
    clock = ManualClock(datetime(2026, 11, 17, 23, 59, 58, tzinfo=TZ))
    store = Store.for_tests(db_url, key_path)
    ctx = HallContext(settings=settings, store=store, clock=clock)
    kiosk = Actor.kiosk("T-0101")

    def issue() -> tuple[date, str]:
        t = ticket_service.issue_ticket(ctx, category="general", actor=kiosk).ticket
        return t.day, t.number

    try:
        seen = [issue()]
        clock.set(datetime(2026, 11, 17, 23, 59, 59, 900000, tzinfo=TZ))
        seen.append(issue())
        clock.advance(timedelta(milliseconds=200))  # 00:00:00.1 local = 16:00:00.1 UTC
        seen.append(issue())
        # UTC midnight falls at 08:00 local: the hall's day goes on
        clock.set(datetime(2026, 11, 18, 7, 59, 59, tzinfo=TZ))
        seen.append(issue())
        clock.set(datetime(2026, 11, 18, 8, 0, 1, tzinfo=TZ))
        seen.append(issue())
        status_yesterday = ticket_service.queue_status(ctx, day=date(2026, 11, 17))
    finally:
        store.close()
    d17, d18 = date(2026, 11, 17), date(2026, 11, 18)
    assert seen == [(d17, "A001"), (d17, "A002"), (d18, "A001"), (d18, "A002"), (d18, "A003")]
    assert next(s for s in status_yesterday if s.category == "general").waiting == 2
