"""The work log keeps one hash chain per terminal instead of one for the whole hall.

With one chain every write of the hall locked the same head row until commit, so forty windows
and six kiosks queued on it (issue 7 measured 279 tickets/s with it, 497/s without). Each
terminal now appends to its own chain; rows written before this revision stay in the chain
named "" (the hall chain), which appenders without a terminal id keep using.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("chain", sa.String(64), nullable=False, server_default=""))
        batch.drop_constraint("pk_audit_log", type_="primary")
        batch.create_primary_key("pk_audit_log", ["chain", "seq"])
    with op.batch_alter_table("audit_head") as batch:
        batch.add_column(sa.Column("chain", sa.String(64), nullable=False, server_default=""))
        batch.drop_constraint("pk_audit_head", type_="primary")
        batch.drop_column("id")
        batch.create_primary_key("pk_audit_head", ["chain"])


def downgrade() -> None:
    # only a log that never left the hall chain can go back to one chain without re-hashing
    bind = op.get_bind()
    others = bind.execute(sa.text("SELECT count(*) FROM audit_head WHERE chain <> ''")).scalar()
    if others:
        raise RuntimeError("审计日志已按终端分链，不能降级到单链（会使校验失效）。")
    with op.batch_alter_table("audit_head") as batch:
        batch.add_column(sa.Column("id", sa.Integer(), nullable=False, server_default="1"))
        batch.drop_constraint("pk_audit_head", type_="primary")
        batch.drop_column("chain")
        batch.create_primary_key("pk_audit_head", ["id"])
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint("pk_audit_log", type_="primary")
        batch.drop_column("chain")
        batch.create_primary_key("pk_audit_log", ["seq"])
