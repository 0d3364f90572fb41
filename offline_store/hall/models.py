"""Tables of hall mode, on the store's declarative Base (created by migration 0004).

``hall_events`` is the event log behind :mod:`offline_store.hall.events`: one row per call,
new ticket, transfer, help request or case status change, written by database triggers in
the very transaction that made the change (see :mod:`offline_store.hall.triggers`). The id
only grows (AUTOINCREMENT on SQLite, a sequence on PostgreSQL), so a terminal that was away
asks for "everything after the last id I saw".

``hall_terminals`` maps each terminal's PostgreSQL login role to its terminal id; the
row-level security policies of ``yimen hall init`` read it to know which kiosk is asking.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from offline_store.model_base import Base

# SQLite only makes INTEGER PRIMARY KEY the rowid (and AUTOINCREMENT needs it); PostgreSQL gets 64 bits
EVENT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class HallEventRow(Base):
    __tablename__ = "hall_events"
    # never reuse an id, even after pruning emptied the table: subscribers resume by id
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads this)

    id: Mapped[int] = mapped_column(EVENT_ID, primary_key=True, autoincrement=True)
    topic: Mapped[str] = mapped_column(sa.String(16))  # ticket | help | case
    kind: Mapped[str] = mapped_column(sa.String(32))  # ticket.called, help.requested, case.status …
    at: Mapped[datetime] = mapped_column(index=True)  # the database's clock
    hall_code: Mapped[str] = mapped_column(sa.String(32), default="")
    terminal_id: Mapped[str] = mapped_column(sa.String(64), default="")  # where the ticket/case/request began
    payload: Mapped[dict[str, Any]]


class HallTerminalRow(Base):
    __tablename__ = "hall_terminals"

    role_name: Mapped[str] = mapped_column(sa.String(63), primary_key=True)  # PostgreSQL identifier limit
    terminal_id: Mapped[str] = mapped_column(sa.String(64), unique=True)
    kind: Mapped[str] = mapped_column(sa.String(16))  # kiosk | counter | display | sync | manager
    name: Mapped[str] = mapped_column(sa.String(64), default="")
    window_no: Mapped[int | None]
    created_at: Mapped[datetime]
