"""Help requests from kiosks (呼叫帮办): shown on the counter until a clerk acknowledges them."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models import HelpRequestRow
from offline_store.records import HelpRequest
from offline_store.repositories._base import Repository, new_id
from offline_store.sqltypes import utc_now
from shared.domain.errors import Conflict, NotFound
from shared.domain.words import words


class HelpRequestRepository(Repository):
    def add(
        self, *, terminal_id: str, terminal_name: str, reason: str = "", at: datetime | None = None
    ) -> HelpRequest:
        """Open a request; a terminal that already has one open gets that one back (no pile of repeats)."""
        existing = self.session.execute(
            sa.select(HelpRequestRow)
            .where(HelpRequestRow.terminal_id == terminal_id, HelpRequestRow.acknowledged_at.is_(None))
            .order_by(HelpRequestRow.created_at)
            .limit(1)
        ).scalar_one_or_none()
        if existing is not None:
            return _record(existing)
        request_id = new_id()
        self.session.execute(
            sa.insert(HelpRequestRow).values(
                id=request_id,
                terminal_id=terminal_id,
                terminal_name=terminal_name,
                reason=reason,
                created_at=at or utc_now(),
            )
        )
        return self.get(request_id)

    def open_requests(self) -> list[HelpRequest]:
        q = (
            sa.select(HelpRequestRow)
            .where(HelpRequestRow.acknowledged_at.is_(None))
            .order_by(HelpRequestRow.created_at)
            .execution_options(populate_existing=True)
        )
        return [_record(r) for r in self.session.scalars(q)]

    def acknowledge(self, *, request_id: str, by: str, at: datetime | None = None) -> HelpRequest:
        done = rows_changed(self.session.execute(
            sa.update(HelpRequestRow)
            .where(HelpRequestRow.id == request_id, HelpRequestRow.acknowledged_at.is_(None))
            .values(acknowledged_by=by, acknowledged_at=at or utc_now())
            .execution_options(synchronize_session=False)
        ))
        if done != 1:
            current = self.get(request_id)
            raise Conflict(words("该求助已由 {acknowledged_by} 响应。", acknowledged_by=current.acknowledged_by))
        return self.get(request_id)

    def get(self, request_id: str) -> HelpRequest:
        row = self.session.execute(
            sa.select(HelpRequestRow)
            .where(HelpRequestRow.id == request_id)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(words("找不到求助记录 {request_id}。", request_id=request_id))
        return _record(row)


def _record(r: HelpRequestRow) -> HelpRequest:
    return HelpRequest(
        id=r.id,
        terminal_id=r.terminal_id,
        terminal_name=r.terminal_name,
        created_at=r.created_at,
        reason=r.reason,
        acknowledged_by=r.acknowledged_by,
        acknowledged_at=r.acknowledged_at,
    )
