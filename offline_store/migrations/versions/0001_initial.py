"""Initial schema: people, cases, tickets, evaluations, complaints, catalog, calendar, outbox, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Written out in full (not create_all) so later revisions have a fixed base; the column types
are plain SQLAlchemy types, not the application's TypeDecorators, so that changing Python
code never changes what an old migration does.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64


def _id() -> sa.Column:
    return sa.Column("id", sa.String(36), nullable=False)


def _ts(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _str(name: str, length: int, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(length), nullable=nullable)


def _ct(name: str, *, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.LargeBinary(), nullable=nullable)


def _pk(table: str, *cols: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*(cols or ("id",)), name=op.f(f"pk_{table}"))


def _uq(table: str, *cols: str) -> sa.UniqueConstraint:
    return sa.UniqueConstraint(*cols, name=op.f(f"uq_{table}_{'_'.join(cols)}"))


def _fk(
    table: str, col: str, ref: str, ref_col: str = "id", *, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [col], [f"{ref}.{ref_col}"], name=op.f(f"fk_{table}_{col}_{ref}"), ondelete=ondelete
    )


def _index(table: str, *cols: str, name: str | None = None) -> None:
    op.create_index(name or op.f(f"ix_{table}_{'_'.join(cols)}"), table, list(cols), unique=False)


def upgrade() -> None:
    op.create_table(
        "people",
        _id(),
        _ct("id_number_ct", nullable=False),
        _str("id_index", 64),
        _ct("name_ct", nullable=False),
        _ct("phone_ct"),
        _ct("address_ct"),
        _ct("photo_ct"),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        _str("sex", 1),
        _ts("created_at"),
        _ts("updated_at"),
        _pk("people"),
        _uq("people", "id_index"),
    )
    op.create_table(
        "organisations",
        _id(),
        _str("uscc", 18),
        _str("name", 200),
        _ct("legal_rep_name_ct"),
        _str("legal_rep_id_index", 64, nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _pk("organisations"),
        _uq("organisations", "uscc"),
    )
    _index("organisations", "legal_rep_id_index")

    op.create_table(
        "cases",
        _id(),
        _str("case_no", 20),
        _str("item_code", 40),
        _str("item_name", 200),
        _str("state", 24),
        _str("channel", 16),
        _str("applicant_kind", 16),
        _str("person_id", 36, nullable=True),
        _str("organisation_id", 36, nullable=True),
        _ct("contact_phone_ct"),
        sa.Column("window_no", sa.Integer(), nullable=True),
        _str("clerk", 64),
        _str("terminal_id", 64),
        _str("cross_region", 16),
        _str("handling_region", 12),
        _str("delivery_method", 16),
        _ct("delivery_address_ct"),
        _str("tracking_no", 64),
        _ts("created_at"),
        _ts("accepted_at", nullable=True),
        sa.Column("promised_date", sa.Date(), nullable=True),
        sa.Column("legal_date", sa.Date(), nullable=True),
        sa.Column("deadline_provisional", sa.Boolean(), nullable=False),
        _ts("decided_at", nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("missing", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _ts("updated_at"),
        _fk("cases", "organisation_id", "organisations"),
        _fk("cases", "person_id", "people"),
        _pk("cases"),
        _uq("cases", "case_no"),
    )
    _index("cases", "accepted_at")
    _index("cases", "created_at")
    _index("cases", "item_code")
    _index("cases", "organisation_id")
    _index("cases", "person_id", "created_at", name="ix_cases_person_id_created_at")
    _index("cases", "state", "promised_date", name="ix_cases_state_promised_date")

    op.create_table(
        "case_materials",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _str("case_id", 36),
        sa.Column("position", sa.Integer(), nullable=False),
        _str("material_code", 64),
        _str("name", 200),
        _str("method", 24),
        _str("reference", 128),
        sa.Column("supply_by", sa.Date(), nullable=True),
        _ts("supplied_at", nullable=True),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("case_materials", "case_id", "cases", ondelete="CASCADE"),
        _pk("case_materials"),
        _uq("case_materials", "case_id", "material_code"),
    )
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _str("case_id", 36),
        _ts("at"),
        _str("from_state", 24, nullable=True),
        _str("to_state", 24),
        _str("actor", 64),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("case_events", "case_id", "cases", ondelete="CASCADE"),
        _pk("case_events"),
    )
    _index("case_events", "case_id")
    op.create_table(
        "case_sequences",
        _str("terminal_id", 64),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        _pk("case_sequences", "terminal_id", "day"),
    )

    op.create_table(
        "tickets",
        _id(),
        _str("hall_code", 32),
        _str("category", 32),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        _str("number", 16),
        _str("state", 16),
        sa.Column("priority", sa.Integer(), nullable=False),
        _str("priority_reason", 64),
        _str("person_id", 36, nullable=True),
        _ts("appointment_at", nullable=True),
        _ts("issued_at"),
        _ts("called_at", nullable=True),
        sa.Column("call_count", sa.Integer(), nullable=False),
        sa.Column("window_no", sa.Integer(), nullable=True),
        sa.Column("target_window", sa.Integer(), nullable=True),
        _str("target_category", 32, nullable=True),
        _str("served_by", 64),
        _ts("serving_at", nullable=True),
        _ts("finished_at", nullable=True),
        _str("terminal_id", 64),
        _fk("tickets", "person_id", "people"),
        _pk("tickets"),
        _uq("tickets", "hall_code", "category", "day", "seq"),
    )
    _index("tickets", "hall_code", "day", "state", name="ix_tickets_hall_code_day_state")
    _index("tickets", "person_id", "day", name="ix_tickets_person_id_day")
    op.create_table(
        "ticket_sequences",
        _str("hall_code", 32),
        _str("category", 32),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        _pk("ticket_sequences", "hall_code", "category", "day"),
    )

    op.create_table(
        "evaluations",
        _id(),
        _str("target_kind", 16),
        _str("target_no", 40),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _str("channel", 16),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("real_name", sa.Boolean(), nullable=False),
        sa.Column("window_no", sa.Integer(), nullable=True),
        _str("clerk", 64),
        _ts("created_at"),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_evaluations_level_range")),
        _pk("evaluations"),
        _uq("evaluations", "target_kind", "target_no"),
    )
    _index("evaluations", "created_at")
    op.create_table(
        "followups",
        _id(),
        _str("evaluation_id", 36),
        _str("state", 16),
        sa.Column("due_date", sa.Date(), nullable=False),
        _str("assignee", 64),
        sa.Column("resolution", sa.Text(), nullable=False),
        _ts("created_at"),
        _ts("closed_at", nullable=True),
        _fk("followups", "evaluation_id", "evaluations"),
        _pk("followups"),
        _uq("followups", "evaluation_id"),
    )
    _index("followups", "state")

    op.create_table(
        "complaints",
        _id(),
        _str("complaint_no", 32),
        _str("person_id", 36, nullable=True),
        _ct("summary_ct", nullable=False),
        _str("category", 32),
        _str("state", 16),
        _str("assignee", 64),
        sa.Column("resolution", sa.Text(), nullable=False),
        _ts("created_at"),
        _ts("resolved_at", nullable=True),
        _ts("notified_at", nullable=True),
        _fk("complaints", "person_id", "people"),
        _pk("complaints"),
        _uq("complaints", "complaint_no"),
    )
    _index("complaints", "person_id")
    _index("complaints", "state")

    op.create_table(
        "help_requests",
        _id(),
        _str("terminal_id", 64),
        _str("terminal_name", 64),
        _str("reason", 200),
        _ts("created_at"),
        _str("acknowledged_by", 64, nullable=True),
        _ts("acknowledged_at", nullable=True),
        _pk("help_requests"),
    )
    _index("help_requests", "created_at")

    op.create_table(
        "catalog_versions",
        _str("version", 64),
        _ts("applied_at"),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        _pk("catalog_versions", "version"),
    )
    op.create_table(
        "catalog_documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _str("version", 64),
        _str("kind", 16),
        _str("code", 64),
        sa.Column("doc", sa.JSON(), nullable=False),
        _fk("catalog_documents", "version", "catalog_versions", "version", ondelete="CASCADE"),
        _pk("catalog_documents"),
        _uq("catalog_documents", "version", "kind", "code"),
    )

    op.create_table(
        "calendar_overrides",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_workday", sa.Boolean(), nullable=False),
        _str("name", 64),
        _str("source", 32),
        _str("version", 64),
        _pk("calendar_overrides", "day"),
    )
    op.create_table(
        "calendar_years",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        _str("source", 32),
        _str("version", 64),
        _ts("updated_at"),
        _pk("calendar_years", "year"),
    )

    op.create_table(
        "outbox",
        _id(),
        _str("case_id", 36, nullable=True),
        sa.Column("case_seq", sa.Integer(), nullable=True),
        _str("kind", 48),
        sa.Column("payload", sa.JSON(), nullable=False),
        _ct("pii_ct"),
        _ts("created_at"),
        _str("state", 16),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _ts("next_attempt_at"),
        sa.Column("last_error", sa.Text(), nullable=False),
        _ts("delivered_at", nullable=True),
        _fk("outbox", "case_id", "cases"),
        _pk("outbox"),
        _uq("outbox", "case_id", "case_seq"),
    )
    _index("outbox", "created_at")
    _index("outbox", "state", "next_attempt_at", name="ix_outbox_state_next_attempt_at")

    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        _ts("at"),
        _str("actor", 64),
        _str("terminal_id", 64),
        _str("action", 64),
        _str("target", 128),
        _str("result", 32),
        sa.Column("detail", sa.JSON(), nullable=False),
        _str("prev_hash", 64),
        _str("hash", 64),
        _pk("audit_log", "seq"),
    )
    _index("audit_log", "at")
    audit_head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        _str("hash", 64),
        _pk("audit_head"),
    )
    # the chain head exists from the start, so appenders only ever lock it, never race to create it
    op.bulk_insert(audit_head, [{"id": 1, "seq": 0, "hash": GENESIS_HASH}])


def downgrade() -> None:
    for table in (
        "audit_head",
        "audit_log",
        "outbox",
        "calendar_years",
        "calendar_overrides",
        "catalog_documents",
        "catalog_versions",
        "help_requests",
        "complaints",
        "followups",
        "evaluations",
        "ticket_sequences",
        "tickets",
        "case_sequences",
        "case_events",
        "case_materials",
        "cases",
        "organisations",
        "people",
    ):
        op.drop_table(table)
