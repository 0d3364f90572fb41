"""帮办代办 (issue 12, point 6): a case's agent, the 流转单 of a 免费代办's paper materials and
every hand-over on its way 村 → 乡 → 县.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_agents",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("agent_id_ct", sa.LargeBinary(), nullable=False),
        sa.Column("agent_index", sa.String(64), nullable=False),
        sa.Column("agent_name_ct", sa.LargeBinary(), nullable=False),
        sa.Column("point_code", sa.String(32), nullable=False),
        sa.Column("taken_by", sa.String(64), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_agents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_agents")),
        sa.UniqueConstraint("case_id", name=op.f("uq_case_agents_case_id")),
    )
    op.create_index(op.f("ix_case_agents_agent_index"), "case_agents", ["agent_index"])
    op.create_index("ix_case_agents_kind_created_at", "case_agents", ["kind", "created_at"])
    op.create_table(
        "material_transfers",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("transfer_no", sa.String(24), nullable=False),
        sa.Column("hall_code", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("route", sa.JSON(), nullable=False),
        sa.Column("materials", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("at_point", sa.String(32), nullable=False),
        sa.Column("holder", sa.String(64), nullable=False),
        sa.Column("legs", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("moved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_material_transfers_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_material_transfers")),
        sa.UniqueConstraint("transfer_no", name=op.f("uq_material_transfers_transfer_no")),
    )
    op.create_index(op.f("ix_material_transfers_case_id"), "material_transfers", ["case_id"])
    op.create_index("ix_material_transfers_state_moved_at", "material_transfers", ["state", "moved_at"])
    op.create_table(
        "transfer_handovers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("transfer_id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("from_point", sa.String(32), nullable=False),
        sa.Column("to_point", sa.String(32), nullable=False),
        sa.Column("handed_by", sa.String(64), nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("materials", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["material_transfers.id"],
            name=op.f("fk_transfer_handovers_transfer_id_material_transfers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_transfer_handovers_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_handovers")),
        sa.UniqueConstraint("transfer_id", "seq", name=op.f("uq_transfer_handovers_transfer_id_seq")),
    )
    op.create_index(op.f("ix_transfer_handovers_transfer_id"), "transfer_handovers", ["transfer_id"])
    op.create_index(op.f("ix_transfer_handovers_case_id"), "transfer_handovers", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_transfer_handovers_case_id"), table_name="transfer_handovers")
    op.drop_index(op.f("ix_transfer_handovers_transfer_id"), table_name="transfer_handovers")
    op.drop_table("transfer_handovers")
    op.drop_index("ix_material_transfers_state_moved_at", table_name="material_transfers")
    op.drop_index(op.f("ix_material_transfers_case_id"), table_name="material_transfers")
    op.drop_table("material_transfers")
    op.drop_index("ix_case_agents_kind_created_at", table_name="case_agents")
    op.drop_index(op.f("ix_case_agents_agent_index"), table_name="case_agents")
    op.drop_table("case_agents")
