"""Online bookings at the hall: look one up by its code, check in for a ticket.

Bookings come down from the platform's feed (offline_store/repositories/appointments.py). Checking in
issues an appointment ticket for the booked item's category, called ahead of the first come
first served from ten minutes before the slot (shared/domain/tickets.py), and marks the booking so
a second check-in names the ticket already taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from offline_store.repositories.appointments import StoredAppointment
from shared.domain.errors import Conflict, NotFound, ValidationError
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.tickets import IssuedTicket, issue_ticket


@dataclass(frozen=True, slots=True)
class AppointmentView:
    booking: StoredAppointment
    item_name: str
    ticket_category: str

    @property
    def when(self) -> str:
        b = self.booking
        return f"{b.day.month}月{b.day.day}日 {b.slot_start}–{b.slot_end}"

    def is_for(self, day: date) -> bool:
        return self.booking.day == day


def look_up(ctx: HallContext, *, booking_code: str) -> AppointmentView:
    code = booking_code.strip().upper()
    with ctx.unit_of_work(read_only=True) as uow:
        booking = uow.appointments.find(code)
        if booking is None:
            raise NotFound(
                words("没有找到预约码 {code}。", code=code),
                hint="核对预约短信中的预约码；刚预约的可能还没从省平台同步，可先取普通号。",
            )
        item = ctx.catalog(uow).item(booking.item_code)
    return AppointmentView(booking, item.name, item.ticket_category)


def check_in(
    ctx: HallContext, *, actor: Actor, booking_code: str, id_number: str | None = None, name: str = ""
) -> IssuedTicket:
    """An appointment ticket for today's booking ``booking_code``."""
    view = look_up(ctx, booking_code=booking_code)
    b = view.booking
    if b.cancelled:
        raise Conflict(words("预约 {booking_code} 已取消。", booking_code=b.booking_code), hint="请取普通号办理，或重新预约。")
    if b.ticket_number:
        raise Conflict(words("预约 {booking_code} 已取号：{ticket_number}号。", booking_code=b.booking_code, ticket_number=b.ticket_number), hint="请留意叫号，不必再取。")
    if not view.is_for(ctx.today()):
        raise ValidationError(
            words("这个预约是 {when}，不是今天。", when=view.when),
            hint="请在预约当天来办理；今天要办可以取普通号。",
        )
    slot = datetime.combine(b.day, time.fromisoformat(b.slot_start), tzinfo=ctx.tz)
    return issue_ticket(
        ctx,
        category=view.ticket_category,
        actor=actor,
        id_number=id_number,
        name=name,
        appointment_at=slot,
        appointment_id=b.appointment_id,
    )
