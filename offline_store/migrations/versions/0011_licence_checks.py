"""免证办 (issue 12, point 1): the checks a case owes the platform (an e-licence to verify,
shared data to fetch) when the link was down, and their outcome.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "licence_checks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("material_code", sa.String(64), nullable=False),
        sa.Column("material_name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("code", sa.String(512), nullable=False),
        sa.Column("expected", sa.String(100), nullable=False),
        sa.Column("holder_check", sa.Boolean(), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(128), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(64), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("window_no", sa.Integer(), nullable=True),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handled_by", sa.String(64), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_licence_checks_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_licence_checks")),
    )
    op.create_index("ix_licence_checks_state", "licence_checks", ["state"])
    op.create_index("ix_licence_checks_case_id", "licence_checks", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_licence_checks_case_id", table_name="licence_checks")
    op.drop_index("ix_licence_checks_state", table_name="licence_checks")
    op.drop_table("licence_checks")
