"""The platform's intake rules: dedupe by event UUID, per-case order, payload and ownership checks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from reference_platform.server import ReferencePlatform
from shared.protocol import messages as p
from tests.support.platform import terminal

CASE = "53282226030200100017"
CREATED = {
    "item_code": "532822000001",
    "channel": "counter",
    "applicant_kind": "person",
    "applicant_id": "x",
    "applicant_name": "y",
}


def ev(
    seq: int,
    kind: str = "materials",
    case_no: str = CASE,
    payload: dict | None = None,
    event_id: uuid.UUID | None = None,
) -> p.CaseEvent:
    default = {"created": CREATED, "accepted": {"accepted_at": "2026-03-02T08:00:00+08:00"}}.get(
        kind, {"materials": [{"material_code": "M1"}]}
    )
    return p.CaseEvent(
        event_id=event_id or uuid.uuid4(), case_no=case_no, case_seq=seq, kind=kind, occurred_at=datetime.now(UTC),
        payload=payload if payload is not None else default,
    )  # fmt: skip


def outcome(rp: ReferencePlatform, events: list[p.CaseEvent], n: int = 1) -> list[tuple[str, str | None]]:
    with terminal(rp, n) as c:
        return [(r.status.value, r.reason_code) for r in c.upload_events(events).results]


def test_in_order_events_are_stored_and_resends_are_duplicates(ref: ReferencePlatform) -> None:
    events = [ev(1, "created"), ev(2, "accepted"), ev(3)]
    assert outcome(ref, events) == [("stored", None)] * 3
    assert outcome(ref, events) == [("duplicate", None)] * 3
    assert [e["case_seq"] for e in ref.store.events(CASE)] == [1, 2, 3]


def test_gap_is_rejected_not_held(ref: ReferencePlatform) -> None:
    assert outcome(ref, [ev(1, "created")]) == [("stored", None)]
    with terminal(ref) as c:
        result = c.upload_events([ev(3)]).results[0]
    assert (result.status.value, result.reason_code, result.expected_seq) == ("rejected", "seq_gap", 2)
    assert [e["case_seq"] for e in ref.store.events(CASE)] == [1]


def test_first_event_must_be_created_with_seq_1(ref: ReferencePlatform) -> None:
    assert outcome(ref, [ev(1, "accepted")]) == [("rejected", "unknown_case")]
    assert outcome(ref, [ev(2, "accepted")]) == [("rejected", "seq_gap")]


def test_seq_taken_by_another_event_is_a_conflict(ref: ReferencePlatform) -> None:
    outcome(ref, [ev(1, "created"), ev(2, "accepted")])
    assert outcome(ref, [ev(2, "accepted")]) == [("rejected", "seq_conflict")]


def test_event_id_reused_for_another_case_is_rejected(ref: ReferencePlatform) -> None:
    same = uuid.uuid4()
    outcome(ref, [ev(1, "created", event_id=same)])
    assert outcome(ref, [ev(1, "created", case_no="53282226030200100025", event_id=same)]) == [
        ("rejected", "event_id_reused")
    ]


def test_event_id_reused_with_other_content_for_the_same_seq_is_rejected(ref: ReferencePlatform) -> None:
    """Only the very same event sent again is a duplicate: a used UUID carrying another
    payload, kind or time would otherwise be answered "delivered" and its content lost."""
    first = ev(1, "created")
    assert outcome(ref, [first]) == [("stored", None)]
    again = [
        first.model_copy(update={"payload": CREATED | {"applicant_name": "z"}}),
        first.model_copy(update={"kind": p.EventKind.MATERIALS, "payload": {"materials": []}}),
        first.model_copy(update={"occurred_at": datetime(2026, 3, 2, tzinfo=UTC)}),
    ]
    assert outcome(ref, again) == [("rejected", "event_id_reused")] * 3
    # the very same event, its time written with another offset, is still one event sent twice
    same_instant = first.occurred_at.astimezone(timezone(timedelta(hours=8)))
    assert outcome(ref, [first.model_copy(update={"occurred_at": same_instant})]) == [("duplicate", None)]
    assert [(e["case_seq"], e["payload"]) for e in ref.store.events(CASE)] == [(1, CREATED)]


def test_event_id_reused_for_an_event_without_a_case_is_rejected(ref: ReferencePlatform) -> None:
    complaint = p.CaseEvent(
        event_id=uuid.uuid4(), kind="complaint", occurred_at=datetime.now(UTC), payload={"category": "c", "text": "t"}
    )
    assert outcome(ref, [complaint]) == [("stored", None)]
    other = complaint.model_copy(update={"payload": {"category": "c", "text": "another complaint"}})
    assert outcome(ref, [other]) == [("rejected", "event_id_reused")]


def test_unknown_item_and_bad_payload_are_rejected(ref: ReferencePlatform) -> None:
    assert outcome(ref, [ev(1, "created", payload=CREATED | {"item_code": "999"})]) == [
        ("rejected", "unknown_item")
    ]
    assert outcome(ref, [ev(1, "created", payload={"item_code": "532822000001"})]) == [
        ("rejected", "invalid_payload")
    ]


def test_one_terminal_cannot_write_into_anothers_case(ref: ReferencePlatform) -> None:
    outcome(ref, [ev(1, "created")], n=1)
    assert outcome(ref, [ev(2, "accepted")], n=2) == [("rejected", "foreign_case")]


def test_events_without_a_case_are_deduped_by_id(ref: ReferencePlatform) -> None:
    e = p.CaseEvent(
        event_id=uuid.uuid4(),
        kind="complaint",
        occurred_at=datetime.now(UTC),
        payload={"category": "c", "text": "t"},
    )
    assert outcome(ref, [e]) == [("stored", None)]
    assert outcome(ref, [e]) == [("duplicate", None)]


def test_committed_batch_survives_a_restart(ref: ReferencePlatform) -> None:
    outcome(ref, [ev(1, "created"), ev(2, "accepted")])
    ref.restart()
    assert ref.store.event_count() == 2
    assert outcome(ref, [ev(3)]) == [("stored", None)]


@pytest.mark.parametrize("kind,payload,problem", [
    ("evaluation", {"level": 2}, "差评须说明理由"),
    ("evaluation", {"level": 9}, "1-5"),
    ("decision", {"state": "approved"}, "决定状态"),
    ("materials", {"materials": ["M1"]}, "material_code"),
    ("complaint", {"category": "x"}, "text"),
])  # fmt: skip
def test_payload_rules_in_words(kind: str, payload: dict, problem: str) -> None:
    assert any(problem in x for x in p.validate_event_payload(kind, payload))


def test_valid_payloads_have_no_problems() -> None:
    assert p.validate_event_payload("evaluation", {"level": 1, "reason": "等候太久"}) == []
    assert p.validate_event_payload("decision", {"state": "completed"}) == []
    assert p.validate_event_payload("created", CREATED) == []
