"""One repository per aggregate; each works on the unit of work's session (see offline_store.store)."""

from __future__ import annotations

from offline_store.repositories.accounts import AccountRepository
from offline_store.repositories.appointments import AppointmentRepository
from offline_store.repositories.calendar import CalendarRepository
from offline_store.repositories.cases import CaseRepository
from offline_store.repositories.catalog import CatalogRepository
from offline_store.repositories.closures import ClosureRepository
from offline_store.repositories.complaints import ComplaintRepository
from offline_store.repositories.evaluations import EvaluationRepository
from offline_store.repositories.figures import FigureRepository
from offline_store.repositories.help_requests import HelpRequestRepository
from offline_store.repositories.jobs import JobRunRepository
from offline_store.repositories.organisations import OrganisationRepository
from offline_store.repositories.outbox import OutboxRepository
from offline_store.repositories.people import PeopleRepository
from offline_store.repositories.tickets import TicketRepository

__all__ = [
    "AccountRepository",
    "AppointmentRepository",
    "CalendarRepository",
    "CaseRepository",
    "CatalogRepository",
    "ClosureRepository",
    "ComplaintRepository",
    "EvaluationRepository",
    "FigureRepository",
    "HelpRequestRepository",
    "JobRunRepository",
    "OrganisationRepository",
    "OutboxRepository",
    "PeopleRepository",
    "TicketRepository",
]
