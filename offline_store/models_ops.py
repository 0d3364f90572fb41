"""Tables of operations: what the periodic job runner did (issue 15).

``job_runs`` keeps one row per attempt of a job: the slot it was planned for, who ran it,
how it ended and what it reported. The unique key (job, slot, attempt) is also the claim:
two runners that wake for the same slot (two terminals of a hall, a timer and a manual
``yimen jobs run --due``) insert the same key, and only the first one runs the job.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from offline_store.model_base import UUID_LEN, Base

JOB_NAME_LEN = 64


class JobRunRow(Base):
    __tablename__ = "job_runs"
    __table_args__ = (
        sa.UniqueConstraint("job_name", "scheduled_for", "attempt"),
        sa.Index("ix_job_runs_job_name_started_at", "job_name", "started_at"),
    )

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    job_name: Mapped[str] = mapped_column(sa.String(JOB_NAME_LEN))
    # the planned instant this run stands for (a manual run: the moment it was asked for)
    scheduled_for: Mapped[datetime]
    attempt: Mapped[int]
    trigger: Mapped[str] = mapped_column(sa.String(16))  # schedule | manual
    state: Mapped[str] = mapped_column(sa.String(16))  # running | ok | failed | interrupted
    terminal_id: Mapped[str] = mapped_column(sa.String(64))
    host: Mapped[str] = mapped_column(sa.String(255))
    pid: Mapped[int]
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    summary: Mapped[str] = mapped_column(sa.String(500), default="")
    figures: Mapped[dict[str, Any]]
    error: Mapped[str] = mapped_column(sa.Text, default="")


class StoreMetaRow(Base):
    """Facts about the store itself: the fingerprint of the PII key its data was written with
    (``pii_key_id``), so that a wrong or lost key file is named at start instead of failing on
    the first person read."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    value: Mapped[str] = mapped_column(sa.String(200))
    updated_at: Mapped[datetime]


class TerminalHeartbeatRow(Base):
    """The last heartbeat of each terminal (kiosk, counter, display): what the manager's fleet
    page shows. One row per terminal, overwritten every few seconds; in hall mode a terminal's
    role writes only its own row (row-level security)."""

    __tablename__ = "terminal_heartbeats"

    terminal_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    name: Mapped[str] = mapped_column(sa.String(64))
    version: Mapped[str] = mapped_column(sa.String(64))
    host: Mapped[str] = mapped_column(sa.String(255))
    started_at: Mapped[datetime]
    at: Mapped[datetime]  # the terminal's clock when it sent the beat
    screen: Mapped[str] = mapped_column(sa.String(64))
    devices: Mapped[dict[str, Any]]  # name -> {"state": ok|paper_low|paper_out|offline|unknown, "detail": …}
    outbox_backlog: Mapped[int]
    last_sync_at: Mapped[datetime | None]
    errors: Mapped[list[Any]]  # the last few error lines, masked
    service_state: Mapped[str] = mapped_column(sa.String(16))  # open | paused (as the terminal applies it)


class TerminalCommandRow(Base):
    """What the manager asks of a terminal (today: 暂停服务 and back); the terminal reads its
    own row with each heartbeat and applies it."""

    __tablename__ = "terminal_commands"

    terminal_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    service_state: Mapped[str] = mapped_column(sa.String(16))  # open | paused
    reason: Mapped[str] = mapped_column(sa.String(200))
    set_by: Mapped[str] = mapped_column(sa.String(64))
    set_at: Mapped[datetime]
