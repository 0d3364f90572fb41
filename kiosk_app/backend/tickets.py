"""取号: a ticket for a category (the card, if tapped, decides the green channel by age), an
online booking checked in, and the slip printed."""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING

from kiosk_app.backend.areas import KioskTerminal
from kiosk_app.backend.printing import Printing
from shared.domain.tickets import Priority
from shared.services import appointments
from shared.services import tickets as ticket_service
from shared.services.slip_templates import layout_for
from shared.services.slips import ticket_slip

if TYPE_CHECKING:
    from devices.idcard import IdCardData


def ticket_job_id(issued: ticket_service.IssuedTicket) -> str:
    """One print job per ticket: a second tap never prints a second slip."""
    t = issued.ticket
    return f"ticket-{t.day:%Y%m%d}-{t.number}"


class Tickets:
    def __init__(self, terminal: KioskTerminal, printing: Printing) -> None:
        self._t = terminal
        self._printing = printing

    def issue(
        self, *, category: str, card: IdCardData | None, declared: Priority | None
    ) -> ticket_service.IssuedTicket:
        return ticket_service.issue_ticket(
            self._t.ctx,
            category=category,
            actor=self._t.actor,
            id_number=card.id_number if card is not None else None,
            name=card.name if card is not None else "",
            declared_priority=declared,
        )

    def check_in_booking(self, *, code: str, card: IdCardData | None) -> ticket_service.IssuedTicket:
        """An online booking's code scanned here: its appointment ticket (once, on its day)."""
        return appointments.check_in(
            self._t.ctx,
            actor=self._t.actor,
            booking_code=code,
            id_number=card.id_number if card is not None else None,
            name=card.name if card is not None else "",
        )

    def print(self, issued: ticket_service.IssuedTicket) -> Future:
        slip = ticket_slip(self._t.ctx, issued)
        return self._printing.print_laid_out(layout_for(slip), job_id=ticket_job_id(issued))
