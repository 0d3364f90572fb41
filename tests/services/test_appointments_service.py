"""Online bookings: pulled from the reference platform by the sync worker over HTTP, looked
up by code, checked in once for an appointment ticket that is called ahead of walk-ins."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from offline_store.sync.client import PlatformClient
from offline_store.sync.worker import SyncWorker
from reference_platform.config import PlatformConfig, TerminalKey
from reference_platform.server import ReferencePlatform
from shared.domain.errors import Conflict, NotFound, ValidationError
from shared.domain.tickets import Priority
from shared.protocol.credentials import PlatformCredentials
from shared.services import appointments, tickets

ELDER_ALLOWANCE = "11532822MB1611313W3000030070000"  # 高龄津贴申请, ticket category civil
SECRET = "k" * 16 + "appointments-test-secret"


def _booking(n: int, *, day: str, start: str, end: str, state: str = "booked", version: int = 1) -> dict:
    return {
        "appointment_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"appt-test/{n}")),
        "booking_code": f"YY1117{n:04d}",
        "item_code": ELDER_ALLOWANCE,
        "hall_code": "532822-ZWFW",
        "day": day,
        "slot_start": start,
        "slot_end": end,
        "applicant_name_masked": "岩*",
        "phone_masked": "139****4321",
        "state": state,
        "version": version,
    }


@pytest.fixture
def synced(ctx, tmp_path: Path):
    """The hall's store after one sync pass against a platform holding four bookings."""
    rp = ReferencePlatform(
        PlatformConfig(
            db_path=tmp_path / "platform.db",
            terminals=(TerminalKey("AK-APPT", SECRET, "T-0101"),),
        )
    )
    rp.start_in_thread()
    for body in (
        _booking(1, day="2026-11-17", start="10:00", end="10:30"),
        _booking(2, day="2026-11-18", start="09:00", end="09:30"),
        _booking(3, day="2026-11-17", start="11:00", end="11:30"),
        _booking(3, day="2026-11-17", start="11:00", end="11:30", state="cancelled", version=2),
        _booking(4, day="2026-11-17", start="15:00", end="15:30"),
    ):
        rp.store.add_appointment(body)
    client = PlatformClient(
        base_url=rp.base_url,
        credentials=PlatformCredentials("AK-APPT", SECRET.encode()),
        terminal_id="T-0101",
    )
    from offline_store.appointments import StoreAppointmentSink

    worker = SyncWorker(store=ctx.store, client=client, appointment_sink=StoreAppointmentSink(ctx.store))
    report = worker.run_once(reference_data=False)
    try:
        yield report
    finally:
        client.close()
        rp.stop()


def test_bookings_come_down_and_check_in_gives_an_appointment_ticket(ctx, synced, kiosk, clerk):
    assert synced.appointments >= 5  # ours, and the ones the platform seeds for later days
    view = appointments.look_up(ctx, booking_code="yy11170001")  # typed in lower case
    assert view.item_name == "高龄津贴申请" and view.ticket_category == "civil"
    assert view.when == "11月17日 10:00–10:30" and view.booking.applicant_name_masked == "岩*"

    walk_in = tickets.issue_ticket(ctx, category="civil", actor=kiosk)
    issued = appointments.check_in(ctx, actor=kiosk, booking_code="YY11170001")
    assert issued.ticket.priority is Priority.APPOINTMENT and issued.ticket.category == "civil"
    with pytest.raises(Conflict, match=issued.number):  # a second check-in names the ticket
        appointments.check_in(ctx, actor=kiosk, booking_code="YY11170001")
    assert appointments.look_up(ctx, booking_code="YY11170001").booking.ticket_number == issued.number
    # the slot is due: the booking is called before the walk-in who came earlier
    called = tickets.call_next(ctx, actor=clerk, categories=["civil"])
    assert called is not None and called.number == issued.number != walk_in.number


def test_wrong_day_cancelled_and_unknown_codes_say_what_to_do(ctx, synced, kiosk):
    with pytest.raises(ValidationError, match="11月18日 09:00") as tomorrow:
        appointments.check_in(ctx, actor=kiosk, booking_code="YY11170002")
    assert "普通号" in tomorrow.value.hint
    with pytest.raises(Conflict, match="已取消"):  # version 2 replaced version 1
        appointments.check_in(ctx, actor=kiosk, booking_code="YY11170003")
    with pytest.raises(NotFound, match="YY99999999") as unknown:
        appointments.check_in(ctx, actor=kiosk, booking_code="YY99999999")
    assert "同步" in unknown.value.hint


def test_a_repeated_feed_page_changes_nothing(ctx, synced):
    from shared.protocol import messages as p

    again = p.Appointment.model_validate(_booking(3, day="2026-11-17", start="11:00", end="11:30"))
    with ctx.unit_of_work() as uow:
        assert uow.appointments.store([again], at=ctx.now()) == 0  # version 1 < stored 2
    assert appointments.look_up(ctx, booking_code="YY11170003").booking.cancelled
