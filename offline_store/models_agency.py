"""Tables of 帮办代办 (issue 12, point 6): a case's agent, the 流转单 its paper materials
travel up with, and every hand-over on the way.

On the same declarative Base as the other tables; ``offline_store.models`` imports this
module so the schema check and the migrations see them. Both the agent's ID number and name
are personal data: SM4-GCM ciphertext (``*_ct``), and an HMAC-SM3 blind index to find an
agent's cases without decrypting.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from offline_store.model_base import ACTOR_LEN, HASH_HEX_LEN, UUID_LEN, Base
from offline_store.sqltypes import UtcDateTime


class CaseAgentRow(Base):
    """The agent (代办人) of a case; the principal (委托人) is the case's applicant."""

    __tablename__ = "case_agents"
    __table_args__ = (sa.Index("ix_case_agents_kind_created_at", "kind", "created_at"),)

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    case_id: Mapped[str] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[str] = mapped_column(sa.String(16))  # shared.domain.agency.AgencyKind
    agent_id_ct: Mapped[bytes] = mapped_column(sa.LargeBinary)
    agent_index: Mapped[str] = mapped_column(sa.String(HASH_HEX_LEN), index=True)
    agent_name_ct: Mapped[bytes] = mapped_column(sa.LargeBinary)
    # where the agent handed the case in: a village station, a township centre or the hall
    point_code: Mapped[str] = mapped_column(sa.String(32))
    taken_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))  # the member of staff
    terminal_id: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class TransferRow(Base):
    """A 流转单: one bundle of paper materials on its way from a station to the county window."""

    __tablename__ = "material_transfers"
    __table_args__ = (sa.Index("ix_material_transfers_state_moved_at", "state", "moved_at"),)

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    transfer_no: Mapped[str] = mapped_column(sa.String(24), unique=True)
    hall_code: Mapped[str] = mapped_column(sa.String(32))  # the county hall it travels to
    case_id: Mapped[str] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    route: Mapped[list[Any]] = mapped_column(sa.JSON())  # point codes, 村 → 乡 → 县
    materials: Mapped[list[Any]] = mapped_column(sa.JSON())  # [{"code", "name", "copies"}]
    state: Mapped[str] = mapped_column(sa.String(16))  # shared.domain.agency.TransferState
    at_point: Mapped[str] = mapped_column(sa.String(32))  # where the bundle is now
    holder: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))  # who holds it there
    legs: Mapped[int] = mapped_column(sa.Integer, default=0)  # hand-overs so far
    created_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    moved_at: Mapped[datetime] = mapped_column(UtcDateTime())  # since when it lies at at_point
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    received_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")


class TransferLegRow(Base):
    """One hand-over of a bundle: who handed, who received, where, when, which materials."""

    __tablename__ = "transfer_handovers"
    __table_args__ = (sa.UniqueConstraint("transfer_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    transfer_id: Mapped[str] = mapped_column(
        sa.ForeignKey("material_transfers.id", ondelete="CASCADE"), index=True
    )
    # the case too, so the archive purge (every table hanging on cases) takes these rows first
    case_id: Mapped[str] = mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(sa.Integer)
    from_point: Mapped[str] = mapped_column(sa.String(32))
    to_point: Mapped[str] = mapped_column(sa.String(32))
    handed_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    received_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN))
    terminal_id: Mapped[str] = mapped_column(sa.String(64))  # the terminal that scanned it
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    materials: Mapped[list[Any]] = mapped_column(sa.JSON())
