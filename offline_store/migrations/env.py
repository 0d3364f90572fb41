"""Alembic environment for the Yimen store.

Run only through ``offline_store.migrate`` (no alembic.ini): it passes an open connection
in ``config.attributes["connection"]``. SQLite gets batch mode, because SQLite cannot
ALTER most things in place and batch mode rebuilds the table instead.
"""

from __future__ import annotations

from alembic import context

from offline_store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by offline_store.migrate
    raise RuntimeError("offline_store migrations run through offline_store.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
