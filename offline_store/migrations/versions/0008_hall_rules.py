"""The hall's rules (issue 12): the manager's temporary closures, and the periods a case's
clock stands still (补正, 特别程序).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hall_closures",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("hall_code", sa.String(32), nullable=False),
        sa.Column("window_no", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hall_closures")),
    )
    op.create_index(op.f("ix_hall_closures_hall_code_ends_at"), "hall_closures", ["hall_code", "ends_at"])
    op.create_table(
        "case_pauses",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("planned_days", sa.Integer(), nullable=True),
        sa.Column("day_kind", sa.String(8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("started_by", sa.String(64), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_pauses_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_pauses")),
    )
    op.create_index(op.f("ix_case_pauses_case_id_last_day"), "case_pauses", ["case_id", "last_day"])


def downgrade() -> None:
    op.drop_index(op.f("ix_case_pauses_case_id_last_day"), table_name="case_pauses")
    op.drop_table("case_pauses")
    op.drop_index(op.f("ix_hall_closures_hall_code_ends_at"), table_name="hall_closures")
    op.drop_table("hall_closures")
