"""Tables of the local store (SQLAlchemy 2 typed declarative models).

Portable between SQLite and PostgreSQL: text UUID keys, JSON, LargeBinary for ciphertext,
UTC instants (:class:`UtcDateTime`). Columns ending in ``_ct`` hold SM4-GCM ciphertext made
by :class:`offline_store.crypto.PiiCipher` with AAD ``"table.column"``; ``*_index`` columns
hold the HMAC-SM3 blind index used to find a person by ID number without decrypting.

The schema itself is created by the Alembic migrations in ``offline_store/migrations``;
``tests/offline_store/test_store_migrations.py`` checks that these models and the migrations agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

# staff accounts, windows, sync state and hall mode keep their tables in modules of their own
# on the same Base; importing them here puts every table in Base.metadata wherever the models
# are used (migrations, the schema check)
from offline_store import models_accounts, models_agency, models_ops, models_rules, models_sync  # noqa: F401
from offline_store.hall import models as hall_models  # noqa: F401  (hall mode, issue 7)
from offline_store.model_base import ACTOR_LEN, HASH_HEX_LEN, UUID_LEN, Base


class Person(Base):
    __tablename__ = "people"

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    id_number_ct: Mapped[bytes]
    id_index: Mapped[str] = mapped_column(sa.String(HASH_HEX_LEN), unique=True)
    name_ct: Mapped[bytes]
    phone_ct: Mapped[bytes | None]
    address_ct: Mapped[bytes | None]
    photo_ct: Mapped[bytes | None]
    # the full birth date is derivable personal data; the year is enough for statistics
    birth_year: Mapped[int | None]
    sex: Mapped[str] = mapped_column(sa.String(1), default="0")  # GB/T 2261.1: 0 未知 1 男 2 女 9 未说明
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    uscc: Mapped[str] = mapped_column(sa.String(18), unique=True)  # GB 32100-2015, public
    name: Mapped[str] = mapped_column(sa.String(200))
    legal_rep_name_ct: Mapped[bytes | None]
    legal_rep_id_index: Mapped[str | None] = mapped_column(sa.String(HASH_HEX_LEN), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        sa.Index("ix_cases_state_promised_date", "state", "promised_date"),
        sa.Index("ix_cases_person_id_created_at", "person_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    case_no: Mapped[str] = mapped_column(sa.String(20), unique=True)
    item_code: Mapped[str] = mapped_column(sa.String(40), index=True)
    item_name: Mapped[str] = mapped_column(sa.String(200))
    state: Mapped[str] = mapped_column(sa.String(24))
    channel: Mapped[str] = mapped_column(sa.String(16))
    applicant_kind: Mapped[str] = mapped_column(sa.String(16))
    person_id: Mapped[str | None] = mapped_column(sa.ForeignKey("people.id"))
    organisation_id: Mapped[str | None] = mapped_column(sa.ForeignKey("organisations.id"), index=True)
    # the phone given for this case (SMS notices); organisations have no person row to hold it
    contact_phone_ct: Mapped[bytes | None]
    window_no: Mapped[int | None]
    clerk: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")
    terminal_id: Mapped[str] = mapped_column(sa.String(64))
    cross_region: Mapped[str] = mapped_column(sa.String(16))
    handling_region: Mapped[str] = mapped_column(sa.String(12), default="")
    delivery_method: Mapped[str] = mapped_column(sa.String(16))
    delivery_address_ct: Mapped[bytes | None]
    tracking_no: Mapped[str] = mapped_column(sa.String(64), default="")
    created_at: Mapped[datetime] = mapped_column(index=True)
    accepted_at: Mapped[datetime | None] = mapped_column(index=True)
    promised_date: Mapped[date | None]
    legal_date: Mapped[date | None]
    deadline_provisional: Mapped[bool] = mapped_column(default=False)
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str] = mapped_column(sa.Text, default="")
    missing: Mapped[list[Any]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(default=1)  # optimistic concurrency counter
    updated_at: Mapped[datetime]

    person: Mapped[Person | None] = relationship(lazy="joined")
    organisation: Mapped[Organisation | None] = relationship(lazy="joined")
    materials: Mapped[list[CaseMaterial]] = relationship(
        order_by="CaseMaterial.position", lazy="selectin", cascade="all, delete-orphan"
    )


class CaseMaterial(Base):
    __tablename__ = "case_materials"
    __table_args__ = (sa.UniqueConstraint("case_id", "material_code"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"))
    position: Mapped[int]  # order on the checklist
    material_code: Mapped[str] = mapped_column(sa.String(64))
    name: Mapped[str] = mapped_column(sa.String(200))
    method: Mapped[str] = mapped_column(sa.String(24))  # shared.domain.cases.ReceiptMethod
    reference: Mapped[str] = mapped_column(sa.String(128), default="")
    supply_by: Mapped[date | None]
    supplied_at: Mapped[datetime | None]
    copies: Mapped[int] = mapped_column(default=1)
    note: Mapped[str] = mapped_column(sa.Text, default="")


class CaseEventRow(Base):
    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    from_state: Mapped[str | None] = mapped_column(sa.String(24))
    to_state: Mapped[str] = mapped_column(sa.String(24))
    actor: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    note: Mapped[str] = mapped_column(sa.Text, default="")


class CaseSequence(Base):
    __tablename__ = "case_sequences"

    terminal_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    last_seq: Mapped[int]


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        sa.UniqueConstraint("hall_code", "category", "day", "seq"),
        # the board and the queue search a day's tickets by state; the figures' daily series
        # reads a period's times from this index alone (migration 0016)
        sa.Index("ix_tickets_hall_day", "hall_code", "day", "state", "issued_at", "called_at"),
        sa.Index("ix_tickets_person_id_day", "person_id", "day"),
    )

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    hall_code: Mapped[str] = mapped_column(sa.String(32))
    category: Mapped[str] = mapped_column(sa.String(32))
    day: Mapped[date]  # the hall's local date
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(sa.String(16))  # "A001"
    state: Mapped[str] = mapped_column(sa.String(16))
    priority: Mapped[int]
    priority_reason: Mapped[str] = mapped_column(sa.String(64), default="")
    person_id: Mapped[str | None] = mapped_column(sa.ForeignKey("people.id"))
    appointment_at: Mapped[datetime | None]
    issued_at: Mapped[datetime]
    called_at: Mapped[datetime | None]
    call_count: Mapped[int] = mapped_column(default=0)
    window_no: Mapped[int | None]
    target_window: Mapped[int | None]
    # a transfer to another category keeps the ticket's own number (and its unique seq)
    target_category: Mapped[str | None] = mapped_column(sa.String(32))
    served_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")
    serving_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    terminal_id: Mapped[str] = mapped_column(sa.String(64), default="")


class TicketSequence(Base):
    __tablename__ = "ticket_sequences"

    hall_code: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    category: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    last_seq: Mapped[int]


REVIEW_FIGURE_COLUMNS = ("created_at", "target_kind", "subject", "window_no", "clerk", "level", "is_default")


class Evaluation(Base):
    __tablename__ = "evaluations"
    # 一事一评 / 一次一评: exactly one review per case or per ticket
    __table_args__ = (
        sa.UniqueConstraint("target_kind", "target_no"),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),
        # a period's reviews by time; the figures' three review counts read it alone (0016)
        sa.Index("ix_evaluations_figures", *REVIEW_FIGURE_COLUMNS),
    )

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    target_kind: Mapped[str] = mapped_column(sa.String(16))  # "case" | "ticket"
    target_no: Mapped[str] = mapped_column(sa.String(40))
    level: Mapped[int] = mapped_column(sa.SmallInteger)  # 5 非常满意 … 1 非常不满意
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    comment: Mapped[str] = mapped_column(sa.Text, default="")
    channel: Mapped[str] = mapped_column(sa.String(16))
    is_default: Mapped[bool] = mapped_column(default=False)
    real_name: Mapped[bool] = mapped_column(default=False)
    window_no: Mapped[int | None]
    clerk: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")
    # what was reviewed, as the figures group it: the ticket's category (its target category
    # when transferred) or the case's item code, written with the review (migration 0015)
    subject: Mapped[str] = mapped_column(sa.String(64), server_default="")
    created_at: Mapped[datetime]


class Followup(Base):
    __tablename__ = "followups"

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    evaluation_id: Mapped[str] = mapped_column(sa.ForeignKey("evaluations.id"), unique=True)
    state: Mapped[str] = mapped_column(sa.String(16), index=True)
    due_date: Mapped[date]
    assignee: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")
    resolution: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class Complaint(Base):
    __tablename__ = "complaints"

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    complaint_no: Mapped[str] = mapped_column(sa.String(32), unique=True)
    person_id: Mapped[str | None] = mapped_column(sa.ForeignKey("people.id"), index=True)
    summary_ct: Mapped[bytes]  # free text from the resident: may name people, so encrypted
    category: Mapped[str] = mapped_column(sa.String(32))
    state: Mapped[str] = mapped_column(sa.String(16), index=True)
    assignee: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")
    resolution: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    notified_at: Mapped[datetime | None]


class HelpRequestRow(Base):
    __tablename__ = "help_requests"

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(sa.String(64))
    terminal_name: Mapped[str] = mapped_column(sa.String(64))
    reason: Mapped[str] = mapped_column(sa.String(200), default="")
    created_at: Mapped[datetime] = mapped_column(index=True)
    acknowledged_by: Mapped[str | None] = mapped_column(sa.String(ACTOR_LEN))
    acknowledged_at: Mapped[datetime | None]


class CatalogDocumentRow(Base):
    __tablename__ = "catalog_documents"
    __table_args__ = (
        sa.UniqueConstraint("version", "kind", "code"),
        # a delta is checked against the platform's digest from this index alone (issue 13)
        sa.Index("ix_catalog_documents_version_kind_code_sha", "version", "kind", "code", "sha"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    # the document set: the version (or "~N" while version N downloads) these rows were written for
    version: Mapped[str] = mapped_column(sa.ForeignKey("catalog_versions.version", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(16))  # item | bundle | point | types
    code: Mapped[str] = mapped_column(sa.String(64))
    doc: Mapped[dict[str, Any]]
    # SHA-256 (hex) of the platform's canonical document; None for a catalog imported from a file
    sha: Mapped[str | None] = mapped_column(sa.String(64))


class CatalogVersion(Base):
    __tablename__ = "catalog_versions"

    version: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    applied_at: Mapped[datetime]
    item_count: Mapped[int]
    is_current: Mapped[bool] = mapped_column(default=False)
    # whose document set this version reads: itself, the set a delta changed in place, or the
    # "~N" set a download filled; None on a "~N" row itself (a set, not a version one reads)
    documents_of: Mapped[str | None] = mapped_column(sa.String(64))


class CalendarOverrideRow(Base):
    __tablename__ = "calendar_overrides"

    day: Mapped[date] = mapped_column(primary_key=True)
    is_workday: Mapped[bool]
    name: Mapped[str] = mapped_column(sa.String(64), default="")
    source: Mapped[str] = mapped_column(sa.String(32))
    version: Mapped[str] = mapped_column(sa.String(64), default="")


class CalendarYear(Base):
    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(sa.String(32))
    version: Mapped[str] = mapped_column(sa.String(64), default="")
    updated_at: Mapped[datetime]


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        sa.UniqueConstraint("case_id", "case_seq"),
        sa.Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),
    )

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)  # the event UUID
    case_id: Mapped[str | None] = mapped_column(sa.ForeignKey("cases.id"))
    case_seq: Mapped[int | None]  # 1, 2, 3 … per case: the platform applies them in this order
    kind: Mapped[str] = mapped_column(sa.String(48))
    payload: Mapped[dict[str, Any]]
    # personal data the platform needs (e.g. the applicant's ID number), encrypted at rest
    pii_ct: Mapped[bytes | None]
    created_at: Mapped[datetime] = mapped_column(index=True)
    state: Mapped[str] = mapped_column(sa.String(16))  # pending | sent | quarantined
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str] = mapped_column(sa.Text, default="")
    delivered_at: Mapped[datetime | None]
    # the terminal that queued it: in hall mode the server fills it from the session's registered
    # terminal and row-level security refuses any other (migration 0010); "" on a station
    terminal_id: Mapped[str] = mapped_column(sa.String(64), server_default="")


class AuditRow(Base):
    __tablename__ = "audit_log"

    # one chain per terminal (its terminal id; "" is the hall chain): seq is dense within a chain
    chain: Mapped[str] = mapped_column(sa.String(64), primary_key=True, server_default="")
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    terminal_id: Mapped[str] = mapped_column(sa.String(64))
    action: Mapped[str] = mapped_column(sa.String(64))
    target: Mapped[str] = mapped_column(sa.String(128))
    result: Mapped[str] = mapped_column(sa.String(32))
    detail: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(sa.String(HASH_HEX_LEN))
    hash: Mapped[str] = mapped_column(sa.String(HASH_HEX_LEN))
    # the database role that inserted the row, filled by the server (session_user on PostgreSQL,
    # migration 0010; "" on SQLite and for older rows): not hashed, since the terminal does not
    # choose it, and nobody may UPDATE the log; `yimen audit verify` checks it against the chain
    written_by: Mapped[str] = mapped_column(sa.String(63), server_default="")


class AuditHead(Base):
    """One row per chain: its last seq and hash; an appender locks its chain's row, so chains never fork."""

    __tablename__ = "audit_head"

    chain: Mapped[str] = mapped_column(sa.String(64), primary_key=True, server_default="")
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(sa.String(HASH_HEX_LEN))


# The manager's figures (shared.services.figures) read a year of tickets by one scan of this
# covering index, in GROUP BY order: no sort and no table look-ups (bench/bench_counter.py).
sa.Index(
    "ix_tickets_figures",
    Ticket.hall_code,
    Ticket.category,
    Ticket.window_no,
    Ticket.served_by,
    Ticket.state,
    Ticket.day,
    Ticket.issued_at,
    Ticket.called_at,
    Ticket.serving_at,
    Ticket.finished_at,
)
