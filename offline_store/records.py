"""Values the repositories hand out, where ``shared.domain.cases`` / ``shared.domain.tickets`` have none.

Personal data in these values is already decrypted: never log them, mask on screen
(shared.domain.masking). They are plain frozen dataclasses so the services can map them onto
their own domain types (shared.domain.evaluations, shared.domain.complaints) without importing the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from shared.domain.cases import CaseRecord, CaseState
from shared.domain.tickets import Priority, TicketState


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: str
    id_number: str
    name: str
    phone: str = ""
    address: str = ""
    photo: bytes | None = None
    sex: str = "0"  # GB/T 2261.1: 0 未知 1 男 2 女 9 未说明
    birth_year: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    id: str
    uscc: str
    name: str
    legal_rep_name: str = ""


@dataclass(frozen=True, slots=True)
class StoredCase:
    """A case as stored: the domain record plus what the store adds to it."""

    id: str
    version: int  # pass back as ``expected_version`` when changing the case
    terminal_id: str
    updated_at: datetime
    record: CaseRecord
    person_id: str | None = None
    organisation_id: str | None = None

    @property
    def case_no(self) -> str:
        return self.record.case_no

    @property
    def state(self) -> CaseState:
        return self.record.state


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One line of a case's history (the kiosk's 办件进度)."""

    at: datetime
    from_state: CaseState | None
    to_state: CaseState
    actor: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class StoredMaterial:
    material_code: str
    name: str
    method: str
    reference: str
    supply_by: date | None
    supplied_at: datetime | None
    copies: int
    note: str


@dataclass(frozen=True, slots=True)
class TicketRecord:
    id: str
    hall_code: str
    category: str
    day: date
    seq: int
    number: str
    state: TicketState
    priority: Priority
    issued_at: datetime
    priority_reason: str = ""
    person_id: str | None = None
    appointment_at: datetime | None = None
    called_at: datetime | None = None
    call_count: int = 0
    window_no: int | None = None
    target_window: int | None = None
    target_category: str | None = None  # set by a transfer to another category
    served_by: str = ""
    serving_at: datetime | None = None
    finished_at: datetime | None = None
    terminal_id: str = ""


@dataclass(frozen=True, slots=True)
class EvaluationRecord:
    id: str
    target_kind: str  # "case" | "ticket"
    target_no: str  # case number, or ticket id
    level: int  # 5 非常满意 … 1 非常不满意
    channel: str
    created_at: datetime
    reasons: tuple[str, ...] = ()
    comment: str = ""
    is_default: bool = False
    real_name: bool = False
    window_no: int | None = None
    clerk: str = ""


@dataclass(frozen=True, slots=True)
class FollowupRecord:
    id: str
    evaluation_id: str
    state: str  # "open" | "closed"
    due_date: date
    created_at: datetime
    assignee: str = ""
    resolution: str = ""
    closed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ComplaintRecord:
    id: str
    complaint_no: str
    summary: str
    category: str
    state: str
    created_at: datetime
    person_id: str | None = None
    assignee: str = ""
    resolution: str = ""
    resolved_at: datetime | None = None
    notified_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class HelpRequest:
    id: str
    terminal_id: str
    terminal_name: str
    created_at: datetime
    reason: str = ""
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CatalogDocument:
    """One catalog document: kind is 'item' | 'bundle' | 'point' | 'types'."""

    kind: str
    code: str
    doc: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CatalogVersionInfo:
    version: str
    applied_at: datetime
    item_count: int
    is_current: bool


@dataclass(frozen=True, slots=True)
class CalendarOverride:
    day: date
    is_workday: bool
    name: str = ""
    source: str = "platform"
    version: str = ""


@dataclass(frozen=True, slots=True)
class OutboxEvent:
    id: str  # event UUID made at creation; the platform dedupes by it
    kind: str
    payload: dict[str, Any]
    created_at: datetime
    state: str  # "pending" | "sent" | "quarantined"
    attempts: int
    next_attempt_at: datetime
    case_no: str | None = None
    case_seq: int | None = None
    pii: dict[str, Any] = field(default_factory=dict)  # decrypted; only what the platform needs
    last_error: str = ""
    delivered_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    terminal_id: str
    action: str
    target: str
    result: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str
    chain: str = ""  # the terminal's own chain; "" is the hall chain


@dataclass(frozen=True, slots=True)
class FirstAskRecord:
    """A 首问负责 registration as stored (summary and outcome decrypted)."""

    id: str
    ask_no: str
    kind: str
    summary: str
    state: str
    first_owner: str
    owner: str
    terminal_id: str
    created_at: datetime
    owned_since: datetime
    handovers: int = 0
    person_id: str | None = None
    source_ref: str = ""
    window_no: int | None = None
    closed_at: datetime | None = None
    closed_by: str = ""
    outcome: str = ""


@dataclass(frozen=True, slots=True)
class CaseAgentRecord:
    """A case's agent (代办人) as stored (ID number and name decrypted: never log them)."""

    case_id: str
    kind: str  # shared.domain.agency.AgencyKind
    agent_id: str
    agent_name: str
    point_code: str
    taken_by: str
    terminal_id: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TransferLeg:
    """One hand-over of a 流转单's bundle."""

    seq: int
    from_point: str
    to_point: str
    handed_by: str
    received_by: str
    terminal_id: str
    at: datetime
    materials: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class TransferRecord:
    """A 流转单 as stored, with the case it belongs to."""

    id: str
    transfer_no: str
    hall_code: str
    case_id: str
    case_no: str
    route: tuple[str, ...]
    materials: tuple[dict[str, Any], ...]
    state: str  # shared.domain.agency.TransferState
    at_point: str
    holder: str
    legs: int
    created_by: str
    created_at: datetime
    moved_at: datetime
    received_at: datetime | None = None
    received_by: str = ""
