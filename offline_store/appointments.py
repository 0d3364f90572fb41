"""The sync worker's way into the store for the platform's appointment feed (the bookings
themselves: ``offline_store.repositories.appointments``)."""

from __future__ import annotations

from offline_store.sqltypes import utc_now
from shared.protocol import messages as p


class StoreAppointmentSink:
    """The sync worker's ``appointment_sink``: each feed page stored in one transaction."""

    def __init__(self, store: object) -> None:
        self.store = store

    def take(self, appointments: list[p.Appointment]) -> None:
        with self.store.unit_of_work() as uow:  # type: ignore[attr-defined]
            uow.appointments.store(appointments, at=utc_now())
