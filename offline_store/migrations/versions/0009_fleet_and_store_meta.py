"""Fleet health and the store's own facts (issue 15): each terminal's last heartbeat, the
manager's commands to terminals (暂停服务), and the fingerprint of the PII key.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_meta")),
    )
    op.create_table(
        "terminal_heartbeats",
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("screen", sa.String(64), nullable=False),
        sa.Column("devices", sa.JSON(), nullable=False),
        sa.Column("outbox_backlog", sa.Integer(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("service_state", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", name=op.f("pk_terminal_heartbeats")),
    )
    op.create_table(
        "terminal_commands",
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("service_state", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("set_by", sa.String(64), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("terminal_id", name=op.f("pk_terminal_commands")),
    )


def downgrade() -> None:
    op.drop_table("terminal_commands")
    op.drop_table("terminal_heartbeats")
    op.drop_table("store_meta")
