"""Online bookings pulled from the platform's appointment feed, and their check-in.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appointments",
        sa.Column("appointment_id", sa.String(36), nullable=False),
        sa.Column("booking_code", sa.String(32), nullable=False),
        sa.Column("item_code", sa.String(40), nullable=False),
        sa.Column("hall_code", sa.String(40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("slot_start", sa.String(5), nullable=False),
        sa.Column("slot_end", sa.String(5), nullable=False),
        sa.Column("applicant_name_masked", sa.String(64), nullable=False),
        sa.Column("phone_masked", sa.String(20), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("ticket_number", sa.String(16), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("appointment_id", name=op.f("pk_appointments")),
        sa.UniqueConstraint("booking_code", name=op.f("uq_appointments_booking_code")),
    )
    op.create_index(op.f("ix_appointments_day"), "appointments", ["day"])


def downgrade() -> None:
    op.drop_index(op.f("ix_appointments_day"), table_name="appointments")
    op.drop_table("appointments")
