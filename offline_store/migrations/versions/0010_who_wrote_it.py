"""Who wrote a row (issue 15, point 7): ``audit_log.written_by`` and ``outbox.terminal_id``.

In hall mode every terminal has its own PostgreSQL login role, and row-level security binds
what a role writes to the terminal it is registered as. ``written_by`` is the database role
that inserted a work-log row, filled by the server (``session_user``), so ``yimen audit
verify`` can name a row a terminal wrote into another terminal's chain, such as one written
before the policies existed. ``outbox.terminal_id`` is the terminal that queued an event
(``yimen hall init`` makes the server fill it from the session's registered terminal).
On SQLite (one station, one user) both stay empty.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("written_by", sa.String(63), nullable=False, server_default=""))
    if postgresql:
        # rows written from now on carry the login role; older rows keep "" (writer unknown)
        op.execute("ALTER TABLE audit_log ALTER COLUMN written_by SET DEFAULT session_user")
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("terminal_id", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("terminal_id")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("written_by")
