"""What the sync worker keeps between runs, in the terminal's own store so a feed cursor
advances in the same transaction as the updates it covers (see offline_store/sync/state.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from offline_store.model_base import Base
from offline_store.sqltypes import UtcDateTime


class SyncStateRow(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(sa.JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SyncRemoteVersionRow(Base):
    """The platform's version of each case whose status update was applied: a duplicate or
    stale update (an older version) is skipped, so a case never moves backwards."""

    __tablename__ = "sync_remote_versions"

    case_no: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    remote_version: Mapped[int] = mapped_column(sa.Integer)
    applied_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AppointmentRow(Base):
    """An online booking (网上预约) for this hall, as the platform's feed last described it.
    Names and phones arrive masked; the person proves who they are at the window."""

    __tablename__ = "appointments"

    appointment_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    booking_code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    item_code: Mapped[str] = mapped_column(sa.String(40))
    hall_code: Mapped[str] = mapped_column(sa.String(40))
    day: Mapped[date] = mapped_column(sa.Date, index=True)
    slot_start: Mapped[str] = mapped_column(sa.String(5))
    slot_end: Mapped[str] = mapped_column(sa.String(5))
    applicant_name_masked: Mapped[str] = mapped_column(sa.String(64))
    phone_masked: Mapped[str] = mapped_column(sa.String(20))
    state: Mapped[str] = mapped_column(sa.String(16))
    version: Mapped[int] = mapped_column(sa.Integer)
    ticket_number: Mapped[str | None] = mapped_column(sa.String(16), nullable=True)
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
