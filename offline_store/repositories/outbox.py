"""The transactional outbox: events for the provincial platform, written with the change they report.

``add`` runs in the caller's unit of work, so the event exists if and only if the change
committed (no lost or phantom events). Each event has a UUID made here (the platform dedupes
by it: a "duplicate" answer means delivered) and, for a case, a per-case sequence number so the
platform can apply them in order. ``payload`` is plain JSON and must carry no personal data;
what the platform needs of it (e.g. the applicant's ID number) goes in ``pii``, encrypted.

Delivery order: :meth:`pending` returns due events oldest first, in case_seq order within a
case, and never an event whose earlier sibling is quarantined or waiting for a retry. The sync
worker must send a batch in the given order and, when one event of a case fails, skip the
later events of that case in the same batch.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from offline_store.audit import scrub
from offline_store.dml import rows_changed
from offline_store.models import Case, OutboxRow
from offline_store.records import OutboxEvent
from offline_store.repositories._base import Repository, is_postgresql, new_id
from offline_store.sqltypes import utc_now
from shared.domain.errors import NotFound
from shared.domain.words import words

PENDING = "pending"
SENT = "sent"
QUARANTINED = "quarantined"
_PII_AAD = "outbox.pii_ct"
_MAX_ERROR = 2000


class OutboxRepository(Repository):
    def add(
        self,
        *,
        kind: str,
        payload: dict[str, Any],
        case_no: str | None = None,
        pii: dict[str, Any] | None = None,
        event_id: str | None = None,
        at: datetime | None = None,
    ) -> OutboxEvent:
        at = at or utc_now()
        json.dumps(payload)  # fail here, in the caller's transaction, not later in the sync worker
        case_id = case_seq = None
        if case_no is not None:
            lock = sa.select(Case.id).where(Case.case_no == case_no)
            if is_postgresql(self.session):
                # two terminals adding events to one case must not pick the same case_seq
                lock = lock.with_for_update()
            case_id = self.session.execute(lock).scalar_one_or_none()
            if case_id is None:
                raise NotFound(words("找不到办件 {case_no}，无法登记同步事件。", case_no=case_no))
            # coalesce(…, 0) is never NULL, whatever type the nullable column lends it
            last = cast(
                int,
                self.session.execute(
                    sa.select(sa.func.coalesce(sa.func.max(OutboxRow.case_seq), 0)).where(
                        OutboxRow.case_id == case_id
                    )
                ).scalar_one(),
            )
            case_seq = last + 1
        event_id = event_id or new_id()
        pii_ct = (
            self.cipher.encrypt(json.dumps(pii, ensure_ascii=False, sort_keys=True), aad=_PII_AAD)
            if pii
            else None
        )
        self.session.execute(
            sa.insert(OutboxRow).values(
                id=event_id,
                case_id=case_id,
                case_seq=case_seq,
                kind=kind,
                payload=payload,
                pii_ct=pii_ct,
                created_at=at,
                state=PENDING,
                attempts=0,
                next_attempt_at=at,
                last_error="",
            )
        )
        return OutboxEvent(
            id=event_id,
            kind=kind,
            payload=payload,
            created_at=at,
            state=PENDING,
            attempts=0,
            next_attempt_at=at,
            case_no=case_no,
            case_seq=case_seq,
            pii=dict(pii or {}),
        )

    def pending(
        self, *, limit: int = 50, now: datetime | None = None, heads_only: bool = False
    ) -> list[OutboxEvent]:
        """Due events in delivery order (see module docstring).

        ``heads_only``: only the first undelivered event of each case (plus events without a
        case), for a sender that must see event n acknowledged before it sends n+1.
        """
        now = now or utc_now()
        earlier = aliased(OutboxRow)
        if heads_only:
            holds_back = earlier.state != SENT
        else:
            holds_back = sa.or_(
                earlier.state == QUARANTINED,
                sa.and_(earlier.state == PENDING, earlier.next_attempt_at > now),
            )
        blocked = (
            sa.select(earlier.id)
            .where(earlier.case_id == OutboxRow.case_id, earlier.case_seq < OutboxRow.case_seq, holds_back)
            .exists()
        )
        q = (
            sa.select(OutboxRow, Case.case_no)
            .outerjoin(Case, Case.id == OutboxRow.case_id)
            .where(OutboxRow.state == PENDING, OutboxRow.next_attempt_at <= now, ~blocked)
            .order_by(OutboxRow.created_at, OutboxRow.case_id, OutboxRow.case_seq, OutboxRow.id)
            .limit(limit)
            .execution_options(populate_existing=True)
        )
        return [self._event(row, case_no) for row, case_no in self.session.execute(q)]

    def get(self, event_id: str) -> OutboxEvent:
        found = self.session.execute(
            sa.select(OutboxRow, Case.case_no)
            .outerjoin(Case, Case.id == OutboxRow.case_id)
            .where(OutboxRow.id == event_id)
            .execution_options(populate_existing=True)
        ).one_or_none()
        if found is None:
            raise NotFound(words("找不到同步事件 {event_id}。", event_id=event_id))
        return self._event(*found)

    def events_for_case(self, case_no: str) -> list[OutboxEvent]:
        q = (
            sa.select(OutboxRow, Case.case_no)
            .join(Case, Case.id == OutboxRow.case_id)
            .where(Case.case_no == case_no)
            .order_by(OutboxRow.case_seq)
            .execution_options(populate_existing=True)
        )
        return [self._event(row, no) for row, no in self.session.execute(q)]

    def mark_sent(self, *, event_id: str, at: datetime | None = None) -> None:
        self._set(event_id, state=SENT, delivered_at=at or utc_now(), last_error="")

    def mark_sent_many(self, *, event_ids: list[str], at: datetime | None = None) -> int:
        """Mark an acknowledged batch sent in one statement; returns how many were still pending."""
        if not event_ids:
            return 0
        return rows_changed(self.session.execute(
            sa.update(OutboxRow)
            .where(OutboxRow.id.in_(event_ids), OutboxRow.state == PENDING)
            .values(state=SENT, delivered_at=at or utc_now(), last_error="")
            .execution_options(synchronize_session=False)
        ))

    def mark_failed(self, *, event_id: str, error: str, retry_at: datetime) -> None:
        """A transient failure: try again at ``retry_at`` (the worker computes the back-off)."""
        self._set(
            event_id,
            attempts=OutboxRow.attempts + 1,
            last_error=_clean_error(error),
            next_attempt_at=retry_at,
        )

    def quarantine(self, *, event_id: str, reason: str) -> None:
        """The platform refused the event for good: park it (and block its case's later events)."""
        self._set(
            event_id, state=QUARANTINED, attempts=OutboxRow.attempts + 1, last_error=_clean_error(reason)
        )

    def requeue_quarantined(self, *, event_ids: list[str] | None = None, at: datetime | None = None) -> int:
        """``yimen sync retry``: quarantined events (all, or the given ones) become pending again."""
        q = sa.update(OutboxRow).where(OutboxRow.state == QUARANTINED)
        if event_ids is not None:
            q = q.where(OutboxRow.id.in_(event_ids))
        return rows_changed(self.session.execute(
            q.values(state=PENDING, next_attempt_at=at or utc_now()).execution_options(
                synchronize_session=False
            )
        ))

    def quarantined(self, *, limit: int = 100) -> list[OutboxEvent]:
        q = (
            sa.select(OutboxRow, Case.case_no)
            .outerjoin(Case, Case.id == OutboxRow.case_id)
            .where(OutboxRow.state == QUARANTINED)
            .order_by(OutboxRow.created_at)
            .limit(limit)
            .execution_options(populate_existing=True)
        )
        return [self._event(row, no) for row, no in self.session.execute(q)]

    def backlog_count(self) -> int:
        """Events not yet delivered (pending or quarantined): the MOSIP-style backlog limit uses this."""
        return self.session.execute(
            sa.select(sa.func.count()).select_from(OutboxRow).where(OutboxRow.state != SENT)
        ).scalar_one()

    def counts(self) -> dict[str, int]:
        rows = self.session.execute(sa.select(OutboxRow.state, sa.func.count()).group_by(OutboxRow.state))
        return {PENDING: 0, SENT: 0, QUARANTINED: 0, **{state: n for state, n in rows}}

    def oldest_pending_age(self, *, now: datetime | None = None) -> timedelta | None:
        oldest = self.session.execute(
            sa.select(sa.func.min(OutboxRow.created_at)).where(OutboxRow.state != SENT)
        ).scalar_one_or_none()
        if oldest is None:
            return None
        if oldest.tzinfo is None:  # aggregate results bypass the column type on SQLite
            oldest = _parse_sqlite_utc(oldest)
        return (now or utc_now()) - oldest

    def last_delivered_at(self) -> datetime | None:
        last = self.session.execute(sa.select(sa.func.max(OutboxRow.delivered_at))).scalar_one_or_none()
        if last is not None and last.tzinfo is None:
            last = _parse_sqlite_utc(last)
        return last

    def _set(self, event_id: str, **values: Any) -> None:
        done = rows_changed(self.session.execute(
            sa.update(OutboxRow)
            .where(OutboxRow.id == event_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        ))
        if done != 1:
            raise NotFound(words("找不到同步事件 {event_id}。", event_id=event_id))

    def _event(self, row: OutboxRow, case_no: str | None) -> OutboxEvent:
        pii = json.loads(self.cipher.decrypt(row.pii_ct, aad=_PII_AAD)) if row.pii_ct is not None else {}
        return OutboxEvent(
            id=row.id,
            kind=row.kind,
            payload=row.payload,
            created_at=row.created_at,
            state=row.state,
            attempts=row.attempts,
            next_attempt_at=row.next_attempt_at,
            case_no=case_no,
            case_seq=row.case_seq,
            pii=pii,
            last_error=row.last_error,
            delivered_at=row.delivered_at,
        )


def _clean_error(text: str) -> str:
    # server error bodies may echo the payload: keep no personal data in the row
    return scrub(text)[:_MAX_ERROR]


def _parse_sqlite_utc(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)
