"""The manager's temporary closures of the hall, a window or a ticket category."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from offline_store.models_rules import HallClosure
from offline_store.repositories._base import Repository, new_id
from shared.domain.errors import NotFound
from shared.domain.hall_hours import Closure
from shared.domain.words import words


def _closure(row: HallClosure) -> Closure:
    return Closure(
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        reason=row.reason,
        window_no=row.window_no,
        category=row.category,
        id=row.id,
    )


class ClosureRepository(Repository):
    def add(
        self,
        *,
        hall_code: str,
        starts_at: datetime,
        ends_at: datetime,
        reason: str,
        window_no: int | None,
        category: str | None,
        actor: str,
        at: datetime,
    ) -> Closure:
        row = HallClosure(
            id=new_id(),
            hall_code=hall_code,
            window_no=window_no,
            category=category,
            starts_at=starts_at,
            ends_at=ends_at,
            reason=reason,
            created_by=actor,
            created_at=at,
            cancelled_by="",
        )
        self.session.add(row)
        self.session.flush()
        return _closure(row)

    def cancel(self, *, closure_id: str, actor: str, at: datetime) -> Closure:
        row = self.session.get(HallClosure, closure_id)
        if row is None or row.cancelled_at is not None:
            raise NotFound(
                words("没有生效中的暂停办理记录 {closure_id}。", closure_id=closure_id),
                hint="请用 `yimen hours --json` 查看当前的暂停记录。",
            )
        row.cancelled_at, row.cancelled_by = at, actor
        return _closure(row)

    def active(self, *, hall_code: str, ending_after: datetime) -> list[Closure]:
        """Closures not cancelled that end after ``ending_after`` (past ones do not matter)."""
        rows = self.session.scalars(
            sa.select(HallClosure)
            .where(
                HallClosure.hall_code == hall_code,
                HallClosure.cancelled_at.is_(None),
                HallClosure.ends_at > ending_after,
            )
            .order_by(HallClosure.starts_at)
        )
        return [_closure(r) for r in rows]
