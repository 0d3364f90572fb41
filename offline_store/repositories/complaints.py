"""Complaints brought to the “办不成事” window; the summary is encrypted (it may name people)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models import Complaint
from offline_store.records import ComplaintRecord
from offline_store.repositories._base import UNSET, Repository, _Unset, new_id
from offline_store.sqltypes import utc_now
from shared.domain.errors import Conflict, NotFound
from shared.domain.words import words

_T = "complaints"


class ComplaintRepository(Repository):
    def add(
        self,
        *,
        complaint_no: str,
        summary: str,
        category: str,
        state: str = "open",
        person_id: str | None = None,
        assignee: str = "",
        at: datetime | None = None,
    ) -> ComplaintRecord:
        if self._row(complaint_no) is not None:
            raise Conflict(words("投诉编号 {complaint_no} 已存在。", complaint_no=complaint_no))
        created = at or utc_now()
        self.session.execute(
            sa.insert(Complaint).values(
                id=new_id(),
                complaint_no=complaint_no,
                person_id=person_id,
                summary_ct=self.cipher.encrypt(summary, aad=f"{_T}.summary_ct"),
                category=category,
                state=state,
                assignee=assignee,
                resolution="",
                created_at=created,
            )
        )
        return self.get(complaint_no)

    def count_numbered(self, prefix: str) -> int:
        """How many complaint numbers start with ``prefix`` (a day's numbers so far)."""
        q = (
            sa.select(sa.func.count())
            .select_from(Complaint)
            .where(Complaint.complaint_no.startswith(prefix, autoescape=True))
        )
        return self.session.execute(q).scalar_one()

    def update(
        self,
        *,
        complaint_no: str,
        state: str | _Unset = UNSET,
        assignee: str | _Unset = UNSET,
        resolution: str | _Unset = UNSET,
        resolved_at: datetime | _Unset | None = UNSET,
        notified_at: datetime | _Unset | None = UNSET,
    ) -> ComplaintRecord:
        values = {
            k: v
            for k, v in (
                ("state", state),
                ("assignee", assignee),
                ("resolution", resolution),
                ("resolved_at", resolved_at),
                ("notified_at", notified_at),
            )
            if v is not UNSET
        }
        if values:
            done = rows_changed(self.session.execute(
                sa.update(Complaint)
                .where(Complaint.complaint_no == complaint_no)
                .values(**values)
                .execution_options(synchronize_session=False)
            ))
            if done != 1:
                raise NotFound(words("找不到投诉 {complaint_no}。", complaint_no=complaint_no))
        return self.get(complaint_no)

    def get(self, complaint_no: str) -> ComplaintRecord:
        row = self._row(complaint_no)
        if row is None:
            raise NotFound(words("找不到投诉 {complaint_no}。", complaint_no=complaint_no), hint="请核对投诉编号。")
        return self._record(row)

    def list(
        self, *, states: Iterable[str] | None = None, person_id: str | None = None, limit: int = 200
    ) -> list[ComplaintRecord]:
        q = sa.select(Complaint).order_by(Complaint.created_at.desc()).limit(limit)
        if states is not None:
            q = q.where(Complaint.state.in_(list(states)))
        if person_id is not None:
            q = q.where(Complaint.person_id == person_id)
        return [self._record(r) for r in self.session.scalars(q.execution_options(populate_existing=True))]

    def _row(self, complaint_no: str) -> Complaint | None:
        return self.session.execute(
            sa.select(Complaint)
            .where(Complaint.complaint_no == complaint_no)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()

    def _record(self, r: Complaint) -> ComplaintRecord:
        return ComplaintRecord(
            id=r.id,
            complaint_no=r.complaint_no,
            summary=self.cipher.decrypt(r.summary_ct, aad=f"{_T}.summary_ct"),
            category=r.category,
            state=r.state,
            created_at=r.created_at,
            person_id=r.person_id,
            assignee=r.assignee,
            resolution=r.resolution,
            resolved_at=r.resolved_at,
            notified_at=r.notified_at,
        )
