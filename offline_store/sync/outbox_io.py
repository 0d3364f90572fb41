"""Reading the outbox for delivery and turning rows into wire events.

Per-case order (docs/upstream-protocol.md §4): only the *head* of each case goes out —
the lowest ``case_seq`` not yet delivered — and only while nothing earlier of that case
is pending or quarantined. So case_seq n+1 is never sent before n was acknowledged, and
a quarantined event holds back its own case and no other.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.orm import aliased

from offline_store.dml import rows_changed
from offline_store.models import Case, OutboxRow
from offline_store.records import OutboxEvent
from offline_store.repositories.outbox import PENDING, QUARANTINED, SENT, OutboxRepository
from shared.protocol import messages as p


def deliverable_heads(outbox: OutboxRepository, *, limit: int, now: datetime) -> list[OutboxEvent]:
    """Due pending events that are the first undelivered event of their case (or have no case).

    One query for the whole batch (a per-row ``get`` costs a millisecond each); rows are
    turned into values by the repository's own mapping so decryption stays in one place.
    """
    earlier = aliased(OutboxRow)
    held_back = (
        sa.select(earlier.id)
        .where(
            earlier.case_id == OutboxRow.case_id, earlier.case_seq < OutboxRow.case_seq, earlier.state != SENT
        )
        .exists()
    )
    rows = outbox.session.execute(
        sa.select(OutboxRow, Case.case_no)
        .outerjoin(Case, Case.id == OutboxRow.case_id)
        .where(OutboxRow.state == PENDING, OutboxRow.next_attempt_at <= now, ~held_back)
        .order_by(OutboxRow.created_at, OutboxRow.id)
        .limit(limit)
        .execution_options(populate_existing=True)
    )
    return [outbox._event(row, case_no) for row, case_no in rows]


def mark_delivered(outbox: OutboxRepository, *, event_ids: list[str], at: datetime) -> int:
    """Mark a whole acknowledged batch sent in one statement (same effect as ``mark_sent`` per id)."""
    if not event_ids:
        return 0
    return rows_changed(outbox.session.execute(
        sa.update(OutboxRow)
        .where(OutboxRow.id.in_(event_ids), OutboxRow.state == PENDING)
        .values(state=SENT, delivered_at=at, last_error="")
        .execution_options(synchronize_session=False)
    ))


def blocked_count(outbox: OutboxRepository) -> int:
    """Pending events waiting behind a quarantined event of their case."""
    earlier = aliased(OutboxRow)
    behind = (
        sa.select(earlier.id)
        .where(
            earlier.case_id == OutboxRow.case_id,
            earlier.case_seq < OutboxRow.case_seq,
            earlier.state == QUARANTINED,
        )
        .exists()
    )
    return outbox.session.execute(
        sa.select(sa.func.count()).select_from(OutboxRow).where(OutboxRow.state == PENDING, behind)
    ).scalar_one()


def blocked_cases(outbox: OutboxRepository, *, limit: int = 50) -> list[dict[str, Any]]:
    """Quarantined events with their case and how many later events wait behind each."""
    out = []
    for ev in outbox.quarantined(limit=limit):
        waiting = 0
        if ev.case_no is not None and ev.case_seq is not None:
            waiting = sum(
                1
                for e in outbox.events_for_case(ev.case_no)
                if e.state == PENDING and (e.case_seq or 0) > ev.case_seq
            )
        out.append({"event_id": ev.id, "case_no": ev.case_no, "case_seq": ev.case_seq, "kind": ev.kind,
                    "reason": ev.last_error, "waiting_behind": waiting})  # fmt: skip
    return out


def to_wire(event: OutboxEvent) -> p.CaseEvent:
    """The wire form of one outbox event: payload plus the decrypted personal fields it needs.

    Raises ``ValueError`` with a sentence when the row cannot be a valid event at all
    (unknown kind, missing fields): such an event is quarantined locally, never sent.
    """
    problems = p.validate_event_payload(event.kind, {**event.payload, **event.pii})
    if problems:
        raise ValueError("本地校验未通过：" + "；".join(problems))
    occurred = event.created_at if event.created_at.tzinfo else event.created_at.replace(tzinfo=UTC)
    try:
        return p.CaseEvent(
            event_id=event.id,
            case_no=event.case_no,
            case_seq=event.case_seq,
            kind=p.EventKind(event.kind),
            occurred_at=occurred,
            payload={**event.payload, **event.pii},
        )
    except PydanticValidationError as e:
        first = e.errors()[0]
        raise ValueError(f"本地校验未通过：{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
