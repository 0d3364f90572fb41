"""What the sync worker keeps between runs, in the terminal's own store so a feed cursor
advances in the same transaction as the updates it covers (see offline_store/sync/state.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from offline_store.models import Base
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
