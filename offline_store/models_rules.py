"""Tables for the hall's rules (issue 12): the manager's temporary closures and the periods
a case's clock stands still (补正, 特别程序).

On the same declarative Base as the other tables; ``offline_store.models`` imports this
module so the schema check and the migrations see them.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from offline_store.model_base import ACTOR_LEN, UUID_LEN, Base
from offline_store.sqltypes import UtcDateTime


class HallClosure(Base):
    """A temporary closure: the whole hall, one window or one ticket category."""

    __tablename__ = "hall_closures"
    __table_args__ = (sa.Index("ix_hall_closures_hall_code_ends_at", "hall_code", "ends_at"),)

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    hall_code: Mapped[str] = mapped_column(sa.String(32))
    window_no: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    category: Mapped[str | None] = mapped_column(sa.String(32), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime())
    reason: Mapped[str] = mapped_column(sa.String(200))
    created_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    cancelled_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")


class CasePause(Base):
    """A period the case's clock does not run (行政许可法 第32条 补正, 第45条 特别程序).

    ``first_day``..``last_day`` (inclusive) are the days that do not count; ``last_day`` is
    NULL while the pause is open. ``planned_days`` is a special procedure's own limit, used
    to show the expected promised date while the procedure runs.
    """

    __tablename__ = "case_pauses"
    __table_args__ = (sa.Index("ix_case_pauses_case_id_last_day", "case_id", "last_day"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(16))  # supplement | special
    name: Mapped[str] = mapped_column(sa.String(100))  # 补正 / 现场勘验 / 离婚冷静期 …
    first_day: Mapped[date] = mapped_column(sa.Date)
    last_day: Mapped[date | None] = mapped_column(sa.Date, nullable=True)
    planned_days: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    day_kind: Mapped[str] = mapped_column(sa.String(8), default="工作日")
    note: Mapped[str] = mapped_column(sa.Text, default="")
    started_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class LicenceCheck(Base):
    """A check a case still owes the platform, or made (免证办, issue 12): an e-licence to
    verify or shared data to fetch.

    Written with the case when the link was down at the window (the case was accepted on
    paper or 容缺) or when the kiosk took the resident's consent; the job
    ``licences.verify-pending`` makes it when the link returns. A refusal stays open as a
    follow-up for the window that accepted the case until a clerk has dealt with it.
    """

    __tablename__ = "licence_checks"
    __table_args__ = (
        sa.Index("ix_licence_checks_state", "state"),
        sa.Index("ix_licence_checks_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"))
    material_code: Mapped[str] = mapped_column(sa.String(64))
    material_name: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[str] = mapped_column(sa.String(16))  # e_licence | data_sharing
    code: Mapped[str] = mapped_column(sa.String(512))  # the scanned DZZZ code, or the dataset
    expected: Mapped[str] = mapped_column(sa.String(100), default="")  # e_licence_type / data label
    holder_check: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    purpose: Mapped[str] = mapped_column(sa.String(200))
    state: Mapped[str] = mapped_column(sa.String(16))  # pending | verified | refused
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    reference: Mapped[str] = mapped_column(sa.String(128), default="")  # licence no / query id
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    last_error: Mapped[str] = mapped_column(sa.Text, default="")
    requested_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    terminal_id: Mapped[str] = mapped_column(sa.String(64))
    window_no: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime())
    checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    handled_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")
    handled_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
class FirstAskRow(Base):
    """首问负责: a 咨询登记 and the member of staff who answers for it until it is closed.

    ``owner`` is who is responsible now; every hand-over is a work-log line (its history)
    and bumps ``handovers``. What was asked and how it ended may name people: encrypted.
    """

    __tablename__ = "first_asks"
    __table_args__ = (
        sa.Index("ix_first_asks_state_created_at", "state", "created_at"),
        sa.Index("ix_first_asks_owner_state", "owner", "state"),
    )

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    ask_no: Mapped[str] = mapped_column(sa.String(32), unique=True)
    kind: Mapped[str] = mapped_column(sa.String(16))  # shared.domain.first_asks.FirstAskKind
    summary_ct: Mapped[bytes] = mapped_column(sa.LargeBinary)
    person_id: Mapped[str | None] = mapped_column(sa.ForeignKey("people.id"), nullable=True, index=True)
    # the kiosk help request's id or the complaint's number this was taken from
    source_ref: Mapped[str] = mapped_column(sa.String(64), default="", index=True)
    first_owner: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    owner: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    window_no: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    terminal_id: Mapped[str] = mapped_column(sa.String(64))
    state: Mapped[str] = mapped_column(sa.String(16))
    handovers: Mapped[int] = mapped_column(sa.Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    owned_since: Mapped[datetime] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    closed_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")
    outcome_ct: Mapped[bytes | None] = mapped_column(sa.LargeBinary, nullable=True)
