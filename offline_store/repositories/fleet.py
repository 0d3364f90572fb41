"""Fleet health (issue 15): each terminal's last heartbeat (``terminal_heartbeats``) and the
manager's word to a terminal (``terminal_commands``: 暂停服务 and back).

``terminal_id`` is the owner of both rows: in hall mode a terminal's role writes only the
heartbeat whose ``terminal_id`` is its own (row-level security), so a beat is an upsert of
that one row and never touches another terminal's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from offline_store.models_ops import TerminalCommandRow, TerminalHeartbeatRow
from offline_store.repositories._base import Repository, dialect_insert
from offline_store.sync import state as sync_state

OPEN, PAUSED = "open", "paused"


@dataclass(frozen=True, slots=True)
class Heartbeat:
    terminal_id: str
    kind: str
    name: str
    version: str
    host: str
    started_at: datetime
    at: datetime
    screen: str
    devices: dict[str, dict[str, Any]]
    outbox_backlog: int
    last_sync_at: datetime | None
    errors: list[str]
    service_state: str


@dataclass(frozen=True, slots=True)
class TerminalCommand:
    terminal_id: str
    service_state: str  # open | paused
    reason: str
    set_by: str
    set_at: datetime

    @property
    def paused(self) -> bool:
        return self.service_state == PAUSED


class FleetRepository(Repository):
    def beat(self, beat: Heartbeat) -> None:
        """Write this terminal's heartbeat over its last one (one row per terminal)."""
        values = {
            "terminal_id": beat.terminal_id,
            "kind": beat.kind[:16],
            "name": beat.name[:64],
            "version": beat.version[:64],
            "host": beat.host[:255],
            "started_at": beat.started_at,
            "at": beat.at,
            "screen": beat.screen[:64],
            "devices": beat.devices,
            "outbox_backlog": beat.outbox_backlog,
            "last_sync_at": beat.last_sync_at,
            "errors": list(beat.errors),
            "service_state": beat.service_state[:16],
        }
        stmt = dialect_insert(self.session, TerminalHeartbeatRow.__table__).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["terminal_id"],
            set_={k: stmt.excluded[k] for k in values if k != "terminal_id"},
        )
        self.session.execute(stmt)

    def heartbeats(self) -> list[Heartbeat]:
        rows = self.session.execute(
            sa.select(TerminalHeartbeatRow).order_by(TerminalHeartbeatRow.kind, TerminalHeartbeatRow.terminal_id)
        ).scalars()
        return [_beat(r) for r in rows]

    def heartbeat(self, terminal_id: str) -> Heartbeat | None:
        row = self.session.get(TerminalHeartbeatRow, terminal_id, populate_existing=True)
        return _beat(row) if row is not None else None

    def command_for(self, terminal_id: str) -> TerminalCommand | None:
        row = self.session.get(TerminalCommandRow, terminal_id, populate_existing=True)
        return _command(row) if row is not None else None

    def commands(self) -> dict[str, TerminalCommand]:
        rows = self.session.execute(sa.select(TerminalCommandRow)).scalars()
        return {r.terminal_id: _command(r) for r in rows}

    def set_command(self, *, terminal_id: str, service_state: str, reason: str, set_by: str, at: datetime) -> None:
        if service_state not in (OPEN, PAUSED):
            raise ValueError(f"not a service state: {service_state}")
        values = {
            "terminal_id": terminal_id,
            "service_state": service_state,
            "reason": reason[:200],
            "set_by": set_by[:64],
            "set_at": at,
        }
        stmt = dialect_insert(self.session, TerminalCommandRow.__table__).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["terminal_id"],
            set_={k: stmt.excluded[k] for k in values if k != "terminal_id"},
        )
        self.session.execute(stmt)

    def last_sync_at(self) -> datetime | None:
        """When the sync worker last reached the platform (its own record in ``sync_state``)."""
        value = sync_state.get_value(self.session, sync_state.LAST_SUCCESS_AT)
        if isinstance(value, str) and value:
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                return None
        return None


def _beat(row: TerminalHeartbeatRow) -> Heartbeat:
    return Heartbeat(
        terminal_id=row.terminal_id,
        kind=row.kind,
        name=row.name,
        version=row.version,
        host=row.host,
        started_at=row.started_at,
        at=row.at,
        screen=row.screen,
        devices={str(k): dict(v) for k, v in (row.devices or {}).items() if isinstance(v, dict)},
        outbox_backlog=row.outbox_backlog,
        last_sync_at=row.last_sync_at,
        errors=[str(e) for e in (row.errors or [])],
        service_state=row.service_state,
    )


def _command(row: TerminalCommandRow) -> TerminalCommand:
    return TerminalCommand(
        terminal_id=row.terminal_id,
        service_state=row.service_state,
        reason=row.reason,
        set_by=row.set_by,
        set_at=row.set_at,
    )
