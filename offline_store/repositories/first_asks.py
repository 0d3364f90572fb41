"""首问负责 registrations (``uow.first_asks``): who answers for each open matter, and since when."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models_rules import FirstAskRow
from offline_store.records import FirstAskRecord
from offline_store.repositories._base import Repository, new_id
from offline_store.sqltypes import utc_now
from shared.domain.errors import Conflict, NotFound
from shared.domain.words import words

_T = "first_asks"
OPEN = "open"
CLOSED = "closed"


class FirstAskRepository(Repository):
    def add(
        self,
        *,
        ask_no: str,
        kind: str,
        summary: str,
        owner: str,
        terminal_id: str,
        window_no: int | None = None,
        person_id: str | None = None,
        source_ref: str = "",
        at: datetime | None = None,
    ) -> FirstAskRecord:
        if self._row(ask_no) is not None:
            raise Conflict(words("咨询登记号 {ask_no} 已存在。", ask_no=ask_no), hint="请再点一次登记（会取下一个号）。")
        created = at or utc_now()
        self.session.execute(
            sa.insert(FirstAskRow).values(
                id=new_id(),
                ask_no=ask_no,
                kind=kind,
                summary_ct=self.cipher.encrypt(summary, aad=f"{_T}.summary_ct"),
                person_id=person_id,
                source_ref=source_ref,
                first_owner=owner,
                owner=owner,
                window_no=window_no,
                terminal_id=terminal_id,
                state=OPEN,
                handovers=0,
                created_at=created,
                owned_since=created,
                closed_by="",
                outcome_ct=None,
            )
        )
        return self.get(ask_no)

    def count_numbered(self, prefix: str) -> int:
        """How many registration numbers start with ``prefix`` (a day's numbers so far)."""
        q = (
            sa.select(sa.func.count())
            .select_from(FirstAskRow)
            .where(FirstAskRow.ask_no.startswith(prefix, autoescape=True))
        )
        return self.session.execute(q).scalar_one()

    def open_for_source(self, source_ref: str) -> FirstAskRecord | None:
        """The open registration taken from this help request or complaint, if any."""
        row = self.session.execute(
            sa.select(FirstAskRow)
            .where(FirstAskRow.source_ref == source_ref, FirstAskRow.state == OPEN)
            .limit(1)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
        return None if row is None else self._record(row)

    def hand_over(
        self, *, ask_no: str, from_owner: str, to_owner: str, at: datetime | None = None
    ) -> FirstAskRecord:
        """Move responsibility, only if ``from_owner`` still holds it (two clerks handing the
        same matter at once: the second one is told who has it now)."""
        done = rows_changed(
            self.session.execute(
                sa.update(FirstAskRow)
                .where(
                    FirstAskRow.ask_no == ask_no, FirstAskRow.owner == from_owner, FirstAskRow.state == OPEN
                )
                .values(owner=to_owner, owned_since=at or utc_now(), handovers=FirstAskRow.handovers + 1)
                .execution_options(synchronize_session=False)
            )
        )
        if done != 1:
            self._changed_under(ask_no)
        return self.get(ask_no)

    def close(
        self, *, ask_no: str, owner: str, by: str, outcome: str, at: datetime | None = None
    ) -> FirstAskRecord:
        done = rows_changed(
            self.session.execute(
                sa.update(FirstAskRow)
                .where(FirstAskRow.ask_no == ask_no, FirstAskRow.owner == owner, FirstAskRow.state == OPEN)
                .values(
                    state=CLOSED,
                    closed_at=at or utc_now(),
                    closed_by=by,
                    outcome_ct=self.cipher.encrypt(outcome, aad=f"{_T}.outcome_ct"),
                )
                .execution_options(synchronize_session=False)
            )
        )
        if done != 1:
            self._changed_under(ask_no)
        return self.get(ask_no)

    def list(
        self,
        *,
        owner: str | None = None,
        open_only: bool = True,
        since: datetime | None = None,
        limit: int = 500,
    ) -> list[FirstAskRecord]:
        """Oldest first: the matter waiting longest heads the list."""
        q = sa.select(FirstAskRow).order_by(FirstAskRow.created_at, FirstAskRow.ask_no).limit(limit)
        if open_only:
            q = q.where(FirstAskRow.state == OPEN)
        if owner is not None:
            q = q.where(FirstAskRow.owner == owner)
        if since is not None:
            q = q.where(FirstAskRow.created_at >= since)
        return [self._record(r) for r in self.session.scalars(q.execution_options(populate_existing=True))]

    def count_between(self, *, start: datetime, end: datetime) -> dict[str, int]:
        """Registrations made in [start, end), by kind (the day's figures and the demo's summary)."""
        q = (
            sa.select(FirstAskRow.kind, sa.func.count())
            .where(FirstAskRow.created_at >= start, FirstAskRow.created_at < end)
            .group_by(FirstAskRow.kind)
        )
        return {kind: n for kind, n in self.session.execute(q)}

    def get(self, ask_no: str) -> FirstAskRecord:
        row = self._row(ask_no)
        if row is None:
            raise NotFound(words("找不到咨询登记 {ask_no}。", ask_no=ask_no), hint="请核对登记号。")
        return self._record(row)

    def _changed_under(self, ask_no: str) -> None:
        current = self.get(ask_no)
        if current.state == CLOSED:
            raise Conflict(words("咨询登记 {ask_no} 已由 {closed_by} 办结。", ask_no=ask_no, closed_by=current.closed_by), hint="刷新列表查看结果。")
        raise Conflict(words("咨询登记 {ask_no} 现由 {owner} 首问负责。", ask_no=ask_no, owner=current.owner), hint="刷新列表后再操作。")

    def _row(self, ask_no: str) -> FirstAskRow | None:
        return self.session.execute(
            sa.select(FirstAskRow)
            .where(FirstAskRow.ask_no == ask_no)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()

    def _record(self, r: FirstAskRow) -> FirstAskRecord:
        return FirstAskRecord(
            id=r.id,
            ask_no=r.ask_no,
            kind=r.kind,
            summary=self.cipher.decrypt(r.summary_ct, aad=f"{_T}.summary_ct"),
            state=r.state,
            first_owner=r.first_owner,
            owner=r.owner,
            terminal_id=r.terminal_id,
            created_at=r.created_at,
            owned_since=r.owned_since,
            handovers=r.handovers,
            person_id=r.person_id,
            source_ref=r.source_ref,
            window_no=r.window_no,
            closed_at=r.closed_at,
            closed_by=r.closed_by,
            outcome=self.cipher.decrypt(r.outcome_ct, aad=f"{_T}.outcome_ct") if r.outcome_ct else "",
        )
