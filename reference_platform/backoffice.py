"""The simulated back office (后台分类审批): moves accepted cases by configuration.

accepted --review_after_s--> in_review --decide_after_s--> completed | rejected | supplement_requested
supplement_requested --materials event--> in_review --decide_after_s--> completed | rejected

Which outcome a case gets is drawn from its case number and the configured seed, so a
run is reproducible. Each step appends one status update (rising ``case_version``) to
the feed of the terminal that owns the case. Steps are taken lazily when a feed is
read (and by the server's ticker), never on a timer per case.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from typing import Any

from reference_platform.config import BackOfficeConfig
from reference_platform.store import PlatformStore, iso
from shared.protocol import messages as p

_TERMINAL_LOCAL = {"completed", "rejected", "not_accepted", "withdrawn"}
SUPPLEMENT_LINES = ["请补交户口簿首页及本人页复印件", "请补交近期免冠证件照片一张"]


def _draw(case_no: str, seed: int) -> float:
    digest = hashlib.sha256(f"{seed}:{case_no}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def plan_for(case_no: str, config: BackOfficeConfig) -> str:
    r = _draw(case_no, config.seed)
    if r < config.reject_fraction:
        return "reject"
    if r < config.reject_fraction + config.supplement_fraction:
        return "supplement"
    return "complete"


def on_event_stored(db: sqlite3.Connection, ev: p.CaseEvent, *, now: float, config: BackOfficeConfig) -> None:
    """React to a stored event within the intake transaction."""
    payload = ev.payload
    if ev.kind is p.EventKind.ACCEPTED:
        db.execute(
            "UPDATE cases SET state = 'accepted', plan = ?, next_action_at = ? WHERE case_no = ? AND state = 'submitted'",
            (plan_for(ev.case_no or "", config), now + config.review_after_s, ev.case_no),
        )
    elif ev.kind is p.EventKind.DECISION:
        state = payload["state"]
        if state in _TERMINAL_LOCAL:
            # decided at the window (即办件, 不予受理, 撤回): the back office has nothing left to do
            db.execute(
                "UPDATE cases SET state = ?, next_action_at = NULL WHERE case_no = ?", (state, ev.case_no)
            )
        elif state == "accepted":
            on_event_stored(db, ev.model_copy(update={"kind": p.EventKind.ACCEPTED}), now=now, config=config)
    elif ev.kind is p.EventKind.DELIVERY:
        db.execute("UPDATE cases SET delivery_method = ? WHERE case_no = ?", (payload["method"], ev.case_no))
    elif ev.kind is p.EventKind.MATERIALS:
        # supplement received (补正): the review resumes
        db.execute(
            "UPDATE cases SET state = 'accepted', supplemented = 1, next_action_at = ? "
            "WHERE case_no = ? AND state = 'supplement_requested'",
            (now + config.review_after_s, ev.case_no),
        )


def advance(
    store: PlatformStore, *, now: float, config: BackOfficeConfig, terminal_id: str | None = None
) -> int:
    """Take every back-office step that is due; returns how many updates were published."""
    sql = "SELECT case_no, terminal_id, state, version, plan, supplemented, delivery_method FROM cases WHERE next_action_at <= ?"
    args: tuple[Any, ...] = (now,)
    if terminal_id is not None:
        sql += " AND terminal_id = ?"
        args += (terminal_id,)
    published = 0
    with store.tx() as db:
        for case_no, owner, state, version, plan, supplemented, delivery in db.execute(sql, args).fetchall():
            update: dict[str, Any] = {"note": "", "missing": [], "result_ready": False}
            next_at: float | None = None
            if state == "accepted":
                new_state, next_at = "in_review", now + config.decide_after_s
            elif plan == "reject":
                new_state = "rejected"
                update["note"] = "经审查，申请不符合法定条件，不予批准。理由详见不予批准决定书。"
            elif plan == "supplement" and not supplemented:
                new_state, update["missing"] = "supplement_requested", list(SUPPLEMENT_LINES)
                update["note"] = "材料需补正，请按一次性告知内容补齐。"
            else:
                new_state = "completed"
                update |= {"result_ready": True, "note": "已办结"}
                if delivery == "post":
                    # EMS numbers: 2 letters, 9 digits, country code (UPU S10)
                    tracking = f"E{int(_draw(case_no, 99) * 1e9):09d}CN"
                    update |= {"result_pickup": "post", "tracking_no": tracking, "carrier": "中国邮政EMS"}
                else:
                    update["result_pickup"] = delivery
            version += 1
            body = {
                "update_id": str(uuid.uuid4()),
                "case_no": case_no,
                "case_version": version,
                "state": new_state,
                "decided_at": iso(now),
                **update,
            }
            db.execute(
                "UPDATE cases SET state = ?, version = ?, next_action_at = ? WHERE case_no = ?",
                (new_state, version, next_at, case_no),
            )
            db.execute(
                "INSERT INTO status_updates (update_id, terminal_id, case_no, case_version, body) VALUES (?, ?, ?, ?, ?)",
                (body["update_id"], owner, case_no, version, json.dumps(body, ensure_ascii=False)),
            )
            published += 1
    return published


def feed_after(
    store: PlatformStore, *, terminal_id: str, after: int, limit: int
) -> tuple[list[tuple[int, str]], bool]:
    rows = store.read(
        "SELECT seq, body FROM status_updates WHERE terminal_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        (terminal_id, after, limit + 1),
    )
    return rows[:limit], len(rows) > limit
