"""首问负责 (issue 12, point 5): the 咨询登记 a clerk answers for until handed over or closed.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "first_asks",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("ask_no", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("summary_ct", sa.LargeBinary(), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=True),
        sa.Column("source_ref", sa.String(64), nullable=False),
        sa.Column("first_owner", sa.String(64), nullable=False),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("window_no", sa.Integer(), nullable=True),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("handovers", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owned_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(64), nullable=False),
        sa.Column("outcome_ct", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_first_asks_person_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_first_asks")),
        sa.UniqueConstraint("ask_no", name=op.f("uq_first_asks_ask_no")),
    )
    op.create_index(op.f("ix_first_asks_person_id"), "first_asks", ["person_id"])
    op.create_index(op.f("ix_first_asks_source_ref"), "first_asks", ["source_ref"])
    op.create_index("ix_first_asks_state_created_at", "first_asks", ["state", "created_at"])
    op.create_index("ix_first_asks_owner_state", "first_asks", ["owner", "state"])


def downgrade() -> None:
    op.drop_index("ix_first_asks_owner_state", table_name="first_asks")
    op.drop_index("ix_first_asks_state_created_at", table_name="first_asks")
    op.drop_index(op.f("ix_first_asks_source_ref"), table_name="first_asks")
    op.drop_index(op.f("ix_first_asks_person_id"), table_name="first_asks")
    op.drop_table("first_asks")
