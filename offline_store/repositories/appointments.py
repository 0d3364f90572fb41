"""Online bookings in the terminal's store: written from the platform's appointment feed,
read when a booking code is scanned, marked when the person checks in for a ticket.

A booking that comes again with a higher version (moved, cancelled) replaces the stored one;
an older or equal version is ignored, so a repeated feed page changes nothing. A check-in
survives later versions of the same booking: the ticket was issued, that stays true.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from offline_store.models_sync import AppointmentRow
from offline_store.repositories._base import Repository
from shared.protocol import messages as p


@dataclass(frozen=True, slots=True)
class StoredAppointment:
    appointment_id: str
    booking_code: str
    item_code: str
    day: date
    slot_start: str
    slot_end: str
    applicant_name_masked: str
    phone_masked: str
    cancelled: bool
    ticket_number: str | None


def _stored(row: AppointmentRow) -> StoredAppointment:
    return StoredAppointment(
        appointment_id=row.appointment_id,
        booking_code=row.booking_code,
        item_code=row.item_code,
        day=row.day,
        slot_start=row.slot_start,
        slot_end=row.slot_end,
        applicant_name_masked=row.applicant_name_masked,
        phone_masked=row.phone_masked,
        cancelled=row.state == p.AppointmentState.CANCELLED.value,
        ticket_number=row.ticket_number,
    )


class AppointmentRepository(Repository):
    def store(self, items: list[p.Appointment], *, at: datetime) -> int:
        """Insert new bookings and newer versions of known ones; returns how many rows changed."""
        changed = 0
        for a in items:
            key = str(a.appointment_id)
            row = self.session.get(AppointmentRow, key)
            values = {
                "booking_code": a.booking_code.upper(),
                "item_code": a.item_code,
                "hall_code": a.hall_code,
                "day": a.day,
                "slot_start": a.slot_start,
                "slot_end": a.slot_end,
                "applicant_name_masked": a.applicant_name_masked,
                "phone_masked": a.phone_masked,
                "state": a.state.value,
                "version": a.version,
                "updated_at": at,
            }
            if row is None:
                self.session.add(AppointmentRow(appointment_id=key, **values))
            elif a.version > row.version:
                for name, value in values.items():
                    setattr(row, name, value)
            else:
                continue
            changed += 1
        self.session.flush()
        return changed

    def find(self, booking_code: str) -> StoredAppointment | None:
        row = self.session.scalars(
            sa.select(AppointmentRow).where(AppointmentRow.booking_code == booking_code.strip().upper())
        ).one_or_none()
        return None if row is None else _stored(row)

    def lock(self, appointment_id: str) -> StoredAppointment | None:
        """The booking, locked until the transaction ends: one check-in at a time."""
        row = self.session.get(AppointmentRow, appointment_id, with_for_update=True)
        return None if row is None else _stored(row)

    def mark_checked_in(self, appointment_id: str, *, ticket_number: str, at: datetime) -> None:
        row = self.session.get(AppointmentRow, appointment_id, with_for_update=True)
        if row is None:  # pragma: no cover - the caller found it in the same transaction
            raise LookupError(appointment_id)
        row.ticket_number = ticket_number
        row.checked_in_at = at
        self.session.flush()
