"""The checks a case owes the platform (免证办): e-licences to verify and shared data to fetch
once the link is back, and the refusals a clerk still has to deal with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models import Case
from offline_store.models_rules import LicenceCheck
from offline_store.repositories._base import Repository
from shared.domain.errors import NotFound
from shared.domain.words import words

PENDING, VERIFIED, REFUSED = "pending", "verified", "refused"


@dataclass(frozen=True, slots=True)
class StoredCheck:
    id: int
    case_no: str
    material_code: str
    material_name: str
    kind: str  # e_licence | data_sharing
    code: str
    expected: str
    holder_check: bool
    purpose: str
    state: str
    reason: str
    reference: str
    attempts: int
    last_error: str
    requested_by: str
    terminal_id: str
    window_no: int | None
    requested_at: datetime
    checked_at: datetime | None
    handled_by: str
    handled_at: datetime | None

    @property
    def open_followup(self) -> bool:
        return self.state == REFUSED and self.handled_at is None


def _stored(row: LicenceCheck, case_no: str) -> StoredCheck:
    return StoredCheck(
        row.id, case_no, row.material_code, row.material_name, row.kind, row.code, row.expected,
        row.holder_check, row.purpose, row.state, row.reason, row.reference, row.attempts,
        row.last_error, row.requested_by, row.terminal_id, row.window_no, row.requested_at,
        row.checked_at, row.handled_by, row.handled_at,
    )  # fmt: skip


class LicenceCheckRepository(Repository):
    def _case_id(self, case_no: str) -> str:
        case_id = self.session.scalar(sa.select(Case.id).where(Case.case_no == case_no))
        if case_id is None:
            raise NotFound(words("找不到办件 {case_no}。", case_no=case_no), hint="请核对办件编号（20位数字）。")
        return case_id

    def add(
        self,
        *,
        case_no: str,
        material_code: str,
        material_name: str,
        kind: str,
        code: str,
        expected: str,
        holder_check: bool,
        purpose: str,
        requested_by: str,
        terminal_id: str,
        window_no: int | None,
        at: datetime,
    ) -> StoredCheck:
        row = LicenceCheck(
            case_id=self._case_id(case_no),
            material_code=material_code,
            material_name=material_name,
            kind=kind,
            code=code,
            expected=expected,
            holder_check=holder_check,
            purpose=purpose,
            state=PENDING,
            reason="",
            reference="",
            attempts=0,
            last_error="",
            requested_by=requested_by,
            terminal_id=terminal_id,
            window_no=window_no,
            requested_at=at,
            handled_by="",
        )
        self.session.add(row)
        self.session.flush()
        return _stored(row, case_no)

    def _select(self) -> sa.Select:
        return sa.select(LicenceCheck, Case.case_no).join(Case, Case.id == LicenceCheck.case_id)

    def get(self, check_id: int) -> StoredCheck:
        found = self.session.execute(self._select().where(LicenceCheck.id == check_id)).first()
        if found is None:
            raise NotFound(words("没有编号为 {check_id} 的核验记录。", check_id=check_id), hint="请刷新待办列表。")
        return _stored(found[0], found[1])

    def pending(self, *, limit: int = 100, case_no: str | None = None) -> list[StoredCheck]:
        """Checks not made yet, oldest first (one case's only, with ``case_no``)."""
        q = self._select().where(LicenceCheck.state == PENDING)
        if case_no is not None:
            q = q.where(Case.case_no == case_no)
        rows = self.session.execute(q.order_by(LicenceCheck.requested_at, LicenceCheck.id).limit(limit))
        return [_stored(r, no) for r, no in cast("Iterable[tuple[LicenceCheck, str]]", rows)]

    def of_case(self, case_no: str) -> list[StoredCheck]:
        rows = self.session.execute(self._select().where(Case.case_no == case_no).order_by(LicenceCheck.id))
        return [_stored(r, no) for r, no in cast("Iterable[tuple[LicenceCheck, str]]", rows)]

    def open_followups(
        self, *, window_no: int | None = None, terminal_id: str | None = None, limit: int = 200
    ) -> list[StoredCheck]:
        """Refused checks nobody has dealt with; those of one window (or terminal) with a filter."""
        q = self._select().where(LicenceCheck.state == REFUSED, LicenceCheck.handled_at.is_(None))
        if window_no is not None:
            q = q.where(sa.or_(LicenceCheck.window_no == window_no, LicenceCheck.window_no.is_(None)))
        if terminal_id is not None:
            q = q.where(LicenceCheck.terminal_id == terminal_id)
        rows = self.session.execute(q.order_by(LicenceCheck.checked_at, LicenceCheck.id).limit(limit))
        return [_stored(r, no) for r, no in cast("Iterable[tuple[LicenceCheck, str]]", rows)]

    def resolve(self, *, check_id: int, state: str, reason: str, reference: str, at: datetime) -> None:
        """The platform's answer: ``verified`` (with the licence number or query id) or ``refused``."""
        done = rows_changed(self.session.execute(
            sa.update(LicenceCheck)
            .where(LicenceCheck.id == check_id, LicenceCheck.state == PENDING)
            .values(state=state, reason=reason, reference=reference, checked_at=at,
                    attempts=LicenceCheck.attempts + 1)
        ))
        if done != 1:
            raise NotFound(words("核验记录 {check_id} 已处理过或不存在。", check_id=check_id), hint="另一终端可能已完成核验。")

    def attempt_failed(self, *, check_id: int, error: str, at: datetime) -> None:
        """The platform could not be asked (offline, refused the request): stays pending."""
        self.session.execute(
            sa.update(LicenceCheck)
            .where(LicenceCheck.id == check_id, LicenceCheck.state == PENDING)
            .values(attempts=LicenceCheck.attempts + 1, last_error=error[:2000])
        )

    def mark_handled(self, *, check_id: int, actor: str, at: datetime) -> StoredCheck:
        done = rows_changed(self.session.execute(
            sa.update(LicenceCheck)
            .where(LicenceCheck.id == check_id, LicenceCheck.state == REFUSED, LicenceCheck.handled_at.is_(None))
            .values(handled_by=actor, handled_at=at)
        ))
        if done != 1:
            raise NotFound(words("核验记录 {check_id} 不是待处理的核验失败。", check_id=check_id), hint="请刷新待办列表。")
        return self.get(check_id)
