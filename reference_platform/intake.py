"""Taking in a batch of case events: dedupe by event UUID, per-case order, payload checks.

Order rule (documented in docs/upstream-protocol.md §4): the platform does NOT hold
out-of-order events. An event whose ``case_seq`` is above the next expected one is
rejected with ``seq_gap`` and ``expected_seq``; nothing of it is stored. A correct
client never sends n+1 before n was acknowledged, so a gap means an earlier event
was lost on the terminal — a person must look, which is what a rejection causes.
Events of one case may still follow each other within one batch: they are taken in
the order given.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from reference_platform.backoffice import on_event_stored
from reference_platform.config import BackOfficeConfig
from reference_platform.store import PlatformStore, iso
from shared.protocol import messages as p


def _result(
    event: p.CaseEvent,
    status: p.EventOutcome,
    code: str | None = None,
    reason: str | None = None,
    expected: int | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {"event_id": str(event.event_id), "status": status.value}
    if code:
        out |= {"reason_code": code, "reason": reason or code}
    if expected is not None:
        out["expected_seq"] = expected
    return out


def store_batch(
    store: PlatformStore,
    *,
    terminal_id: str,
    events: list[p.CaseEvent],
    now: float,
    backoffice: BackOfficeConfig,
) -> list[dict[str, Any]]:
    current = store.catalog_current()
    with store.tx() as db:
        return [_take(db, terminal_id, ev, now, backoffice, current[0] if current else None) for ev in events]


def _take(
    db: sqlite3.Connection,
    terminal_id: str,
    ev: p.CaseEvent,
    now: float,
    backoffice: BackOfficeConfig,
    catalog_version: int | None,
) -> dict[str, Any]:
    eid = str(ev.event_id)
    known = db.execute(
        "SELECT case_no, case_seq, kind, occurred_at, payload FROM events WHERE event_id = ?", (eid,)
    ).fetchone()
    if known is not None:
        if _same_event(known, ev):
            return _result(ev, p.EventOutcome.DUPLICATE)
        # Only a resend of the very same event counts as delivered; anything else under a used
        # UUID would be lost silently if it were answered "duplicate" (upstream-protocol.md §4)
        where = f"办件 {known[0]} 第 {known[1]} 条" if known[0] is not None else f"一条 {known[2]} 事件"
        return _result(
            ev,
            p.EventOutcome.REJECTED,
            p.RejectReason.EVENT_ID_REUSED,
            f"事件编号已用于内容不同的另一条事件（{where}）",
        )
    problems = p.validate_event_payload(ev.kind, ev.payload)
    if problems:
        return _result(ev, p.EventOutcome.REJECTED, p.RejectReason.INVALID_PAYLOAD, "；".join(problems))
    if ev.case_no is not None:
        refusal = _check_case_order(db, terminal_id, ev, catalog_version)
        if refusal is not None:
            return refusal
    db.execute(
        "INSERT INTO events (event_id, terminal_id, case_no, case_seq, kind, occurred_at, payload, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            eid,
            terminal_id,
            ev.case_no,
            ev.case_seq,
            ev.kind.value,
            ev.occurred_at.isoformat(),
            json.dumps(ev.payload, ensure_ascii=False),
            iso(now),
        ),
    )
    if ev.case_no is not None:
        if ev.kind is p.EventKind.CREATED:
            db.execute(
                "INSERT INTO cases (case_no, terminal_id, item_code, next_seq, state) VALUES (?, ?, ?, 2, 'submitted')",
                (ev.case_no, terminal_id, ev.payload["item_code"]),
            )
            if ev.payload.get("agency_kind"):  # validated above: the three agent fields together
                db.execute(
                    "INSERT INTO case_agents (case_no, agency_kind, agent_id, agent_name, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        ev.case_no,
                        ev.payload["agency_kind"],
                        str(ev.payload["agent_id"]).strip().upper(),
                        str(ev.payload["agent_name"]).strip(),
                        iso(now),
                    ),
                )
        else:
            db.execute("UPDATE cases SET next_seq = next_seq + 1 WHERE case_no = ?", (ev.case_no,))
        on_event_stored(db, ev, now=now, config=backoffice)
    return _result(ev, p.EventOutcome.STORED)


def _same_event(known: sqlite3.Row | tuple[Any, ...], ev: p.CaseEvent) -> bool:
    """Whether the stored event and ``ev`` are one event sent twice: same case and seq, kind,
    time (as an instant, whatever offset it was written with) and payload. Who sends it is
    not part of the event: who may write into a case is the order rule's check (foreign_case)."""
    case_no, case_seq, kind, occurred_at, payload = known
    return (
        (case_no, case_seq, kind) == (ev.case_no, ev.case_seq, ev.kind.value)
        and datetime.fromisoformat(occurred_at) == ev.occurred_at
        and json.loads(payload) == ev.payload
    )


def _check_case_order(
    db: sqlite3.Connection, terminal_id: str, ev: p.CaseEvent, catalog_version: int | None
) -> dict[str, Any] | None:
    row = db.execute("SELECT terminal_id, next_seq FROM cases WHERE case_no = ?", (ev.case_no,)).fetchone()
    assert ev.case_seq is not None
    if row is None:
        if ev.case_seq > 1:
            return _result(
                ev,
                p.EventOutcome.REJECTED,
                p.RejectReason.SEQ_GAP,
                "平台尚无此办件，缺少第1条事件",
                expected=1,
            )
        if ev.kind is not p.EventKind.CREATED:
            return _result(
                ev, p.EventOutcome.REJECTED, p.RejectReason.UNKNOWN_CASE, "办件的第1条事件必须是 created"
            )
        if catalog_version is not None:
            item = ev.payload["item_code"]
            hit = db.execute(
                "SELECT 1 FROM catalog_items WHERE version = ? AND kind = 'item' AND code = ?",
                (catalog_version, item),
            ).fetchone()
            if hit is None:
                return _result(
                    ev,
                    p.EventOutcome.REJECTED,
                    p.RejectReason.UNKNOWN_ITEM,
                    f"事项编码 {item} 不在平台目录中",
                )
        return None
    owner, next_seq = row
    if owner != terminal_id:
        return _result(ev, p.EventOutcome.REJECTED, p.RejectReason.FOREIGN_CASE, f"办件属于终端 {owner}")
    if ev.case_seq == next_seq:
        return None
    if ev.case_seq < next_seq:
        return _result(
            ev,
            p.EventOutcome.REJECTED,
            p.RejectReason.SEQ_CONFLICT,
            f"第 {ev.case_seq} 条事件已由另一事件占用",
        )
    return _result(
        ev,
        p.EventOutcome.REJECTED,
        p.RejectReason.SEQ_GAP,
        f"应先收到第 {next_seq} 条事件",
        expected=next_seq,
    )
