from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from offline_store import Store
from offline_store.models import OutboxRow
from shared.domain.cases import CaseState
from shared.domain.errors import NotFound

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def _case(uow, make_case, *, terminal: str = "T-0001", at: datetime = T0) -> str:
    no = uow.cases.next_case_no(
        terminal_id=terminal, terminal_no=1, region_code="532822", day=date(2026, 3, 2)
    )
    uow.cases.add(make_case(no), terminal_id=terminal, at=at)
    return no


def test_event_is_written_with_the_change_and_rolled_back_with_it(store: Store, make_case) -> None:
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        no = _case(uow, make_case)
        uow.outbox.add(kind="case.accepted", payload={"case_no": no}, case_no=no, at=T0)
        raise RuntimeError("voucher printer offline, clerk cancelled")
    with store.unit_of_work() as uow:
        assert uow.cases.find_by_no(no) is None
        assert uow.outbox.backlog_count() == 0
        assert uow.outbox.pending(now=T0 + timedelta(days=1)) == []
    with store.unit_of_work() as uow:
        no = _case(uow, make_case)
        event = uow.outbox.add(kind="case.accepted", payload={"case_no": no}, case_no=no, at=T0)
    with store.unit_of_work() as uow:
        assert uow.cases.find_by_no(no) is not None
        assert uow.outbox.get(event.id) == event


def test_roundtrip_with_encrypted_pii(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        no = _case(uow, make_case)
        e = uow.outbox.add(
            kind="case.accepted",
            payload={"case_no": no, "item_code": "X"},
            case_no=no,
            pii={"applicant_id": "11010519491231002X", "applicant_name": "岩温香"},
            event_id="0b7c3c1e-1111-4a5e-9c1e-2f0f4d1e5a01",
            at=T0,
        )
        assert e.id == "0b7c3c1e-1111-4a5e-9c1e-2f0f4d1e5a01" and e.case_seq == 1
    with store.unit_of_work() as uow:
        got = uow.outbox.get(e.id)
        assert got.pii == {"applicant_id": "11010519491231002X", "applicant_name": "岩温香"}
        assert (got.case_no, got.payload, got.state, got.attempts) == (
            no,
            {"case_no": no, "item_code": "X"},
            "pending",
            0,
        )
        raw = uow.session.execute(sa.select(OutboxRow.pii_ct, OutboxRow.payload)).one()
        assert b"11010519491231002X" not in raw.pii_ct and "岩温香".encode() not in raw.pii_ct
    with pytest.raises(TypeError), store.unit_of_work() as uow:
        uow.outbox.add(kind="x", payload={"when": datetime.now(UTC)})  # not JSON: refused at once
    with pytest.raises(NotFound), store.unit_of_work() as uow:
        uow.outbox.add(kind="x", payload={}, case_no="00000000000000000000")


def test_per_case_sequence_and_delivery_order(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        a = _case(uow, make_case)
        b = _case(uow, make_case)
        a1 = uow.outbox.add(kind="case.accepted", payload={}, case_no=a, at=T0)
        b1 = uow.outbox.add(kind="case.accepted", payload={}, case_no=b, at=T0 + timedelta(seconds=1))
        a2 = uow.outbox.add(kind="case.state", payload={}, case_no=a, at=T0 + timedelta(seconds=2))
        ev = uow.outbox.add(kind="evaluation", payload={"level": 5}, at=T0 + timedelta(seconds=3))
    assert (a1.case_seq, a2.case_seq, b1.case_seq, ev.case_seq) == (1, 2, 1, None)
    now = T0 + timedelta(minutes=1)
    with store.unit_of_work() as uow:
        assert [e.id for e in uow.outbox.pending(now=now)] == [a1.id, b1.id, a2.id, ev.id]
        assert [e.id for e in uow.outbox.pending(now=now, limit=2)] == [a1.id, b1.id]
        assert [e.case_seq for e in uow.outbox.events_for_case(a)] == [1, 2]
        assert uow.outbox.pending(now=T0 - timedelta(seconds=1)) == []  # nothing due yet
        # a1 fails: a2 must wait until a1 has gone through; other cases carry on
        uow.outbox.mark_failed(
            event_id=a1.id, error="HTTP 503 from platform", retry_at=now + timedelta(minutes=5)
        )
        assert [e.id for e in uow.outbox.pending(now=now)] == [b1.id, ev.id]
        retried = uow.outbox.get(a1.id)
        assert (retried.attempts, retried.last_error) == (1, "HTTP 503 from platform")
        later = now + timedelta(minutes=6)
        assert [e.id for e in uow.outbox.pending(now=later)] == [a1.id, b1.id, a2.id, ev.id]
        uow.outbox.mark_sent(event_id=a1.id, at=later)
        uow.outbox.mark_sent(event_id=b1.id, at=later)
        assert [e.id for e in uow.outbox.pending(now=later)] == [a2.id, ev.id]
        assert uow.outbox.get(a1.id).delivered_at == later
        assert uow.outbox.last_delivered_at() == later


def test_quarantine_blocks_the_case_until_requeued(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        a = _case(uow, make_case)
        a1 = uow.outbox.add(kind="case.accepted", payload={}, case_no=a, at=T0)
        a2 = uow.outbox.add(kind="case.state", payload={}, case_no=a, at=T0)
    now = T0 + timedelta(minutes=1)
    with store.unit_of_work() as uow:
        uow.outbox.quarantine(
            event_id=a1.id, reason="422: applicant 11010519491231002X mobile 13888012345 rejected"
        )
        assert uow.outbox.pending(now=now) == []
        q = uow.outbox.quarantined()
        assert [e.id for e in q] == [a1.id]
        # error text from the server is scrubbed before it is kept
        assert "11010519491231002X" not in q[0].last_error and "13888012345" not in q[0].last_error
        assert uow.outbox.counts() == {"pending": 1, "sent": 0, "quarantined": 1}
        assert uow.outbox.backlog_count() == 2
        assert uow.outbox.requeue_quarantined(at=now) == 1
        assert [e.id for e in uow.outbox.pending(now=now)] == [a1.id, a2.id]
        with pytest.raises(NotFound):
            uow.outbox.mark_sent(event_id="nope")


def test_backlog_and_oldest_age(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        assert uow.outbox.backlog_count() == 0
        assert uow.outbox.oldest_pending_age() is None
        no = _case(uow, make_case)
        first = uow.outbox.add(kind="case.accepted", payload={}, case_no=no, at=T0)
        uow.outbox.add(kind="case.state", payload={}, case_no=no, at=T0 + timedelta(hours=1))
    with store.unit_of_work() as uow:
        assert uow.outbox.oldest_pending_age(now=T0 + timedelta(hours=3)) == timedelta(hours=3)
        uow.outbox.mark_sent(event_id=first.id, at=T0 + timedelta(hours=2))
        assert uow.outbox.oldest_pending_age(now=T0 + timedelta(hours=3)) == timedelta(hours=2)
        assert uow.outbox.backlog_count() == 1


def test_service_flow_change_state_and_report_in_one_transaction(store: Store, make_case) -> None:
    """What the services do: change + event + audit together, or none of them."""
    with store.unit_of_work() as uow:
        no = _case(uow, make_case)
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        c = uow.cases.update_state(case_no=no, to_state=CaseState.IN_REVIEW, expected_version=1, actor="c")
        uow.outbox.add(kind="case.state", payload={"state": c.state.value}, case_no=no)
        uow.audit.append(actor="c", terminal_id="T", action="case.review", target=no)
        raise RuntimeError("boom")
    with store.unit_of_work() as uow:
        assert uow.cases.get_by_no(no).state is CaseState.ACCEPTED
        assert uow.outbox.backlog_count() == 0
        assert uow.audit.entries() == []
        assert uow.audit.verify().ok


def test_heads_only_and_batch_acknowledgement(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        a = _case(uow, make_case)
        b = _case(uow, make_case)
        a1 = uow.outbox.add(kind="case.accepted", payload={}, case_no=a, at=T0)
        a2 = uow.outbox.add(kind="case.state", payload={}, case_no=a, at=T0 + timedelta(seconds=1))
        b1 = uow.outbox.add(kind="case.accepted", payload={}, case_no=b, at=T0 + timedelta(seconds=2))
        ev = uow.outbox.add(kind="evaluation", payload={}, at=T0 + timedelta(seconds=3))
    now = T0 + timedelta(minutes=1)
    with store.unit_of_work() as uow:
        assert [e.id for e in uow.outbox.pending(now=now, heads_only=True)] == [a1.id, b1.id, ev.id]
        assert uow.outbox.mark_sent_many(event_ids=[a1.id, b1.id, "nope"], at=now) == 2
        assert uow.outbox.mark_sent_many(event_ids=[a1.id], at=now) == 0  # already sent
        assert uow.outbox.mark_sent_many(event_ids=[]) == 0
        assert [e.id for e in uow.outbox.pending(now=now, heads_only=True)] == [a2.id, ev.id]
        assert uow.outbox.get(b1.id).delivered_at == now
