"""Applying the platform's case status feed (back-office decisions) to local cases.

The feed may hand out a page twice or mix in stale updates (the reference platform does
both on purpose). Each case keeps the platform's ``case_version`` it last applied: an
update at or below it is skipped, so applying the feed is idempotent and never moves a
case backwards. A page's updates and the cursor after it commit in one transaction.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Any

from offline_store.sync import state
from offline_store.sync.adapter import PlatformAdapter
from shared.domain.cases import CaseState, DeliveryMethod, allowed_transitions
from shared.protocol import messages as p

log = logging.getLogger(__name__)

ACTOR = "platform"
MAX_PAGES_PER_RUN = 200
_PICKUP_WORDS = {"window": "请到窗口领取办理结果", "post": "结果已邮寄", "electronic": "结果已电子送达"}


@dataclass(slots=True)
class FeedReport:
    applied: int = 0
    skipped_stale: int = 0
    unknown_cases: int = 0
    conflicts: list[str] = field(default_factory=list)
    pages: int = 0


def _path_to(current: CaseState, target: CaseState) -> list[CaseState] | None:
    """States to pass through, allowing one step the feed may have skipped (via in_review)."""
    if current == target:
        return []
    if target in allowed_transitions(current):
        return [target]
    if CaseState.IN_REVIEW in allowed_transitions(current) and target in allowed_transitions(
        CaseState.IN_REVIEW
    ):
        return [CaseState.IN_REVIEW, target]
    return None


def apply_update(uow: Any, update: p.StatusUpdate, report: FeedReport) -> None:
    session = uow.session
    if update.case_version <= state.remote_version(session, update.case_no):
        report.skipped_stale += 1
        return
    stored = uow.cases.find_by_no(update.case_no)
    if stored is None:
        report.unknown_cases += 1
        log.warning("status update for case %s that this store does not hold; skipped", update.case_no)
        state.set_remote_version(session, update.case_no, update.case_version)
        return
    target = CaseState(update.state.value)
    path = _path_to(stored.state, target)
    if path is None:
        report.conflicts.append(f"{update.case_no}: 本地为 {stored.state.value}，平台为 {target.value}")
        log.warning(
            "case %s is %s here but %s upstream; left as is", update.case_no, stored.state.value, target.value
        )
    else:
        note = f"省平台：{update.note}".strip() if update.note else "省平台审批进度"
        if update.result_ready:
            note += f"；{_PICKUP_WORDS.get(update.result_pickup or '', '办理结果已出')}"
        for step in path:
            final = step == target
            stored = uow.cases.update_state(
                case_no=update.case_no,
                to_state=step,
                expected_version=stored.version,
                actor=ACTOR,
                note=note if final else "省平台审批（补记审查环节）",
                decision_note=update.note if final and update.note else None,
                missing=list(update.missing) if final and target is CaseState.SUPPLEMENT_REQUESTED else None,
                at=update.decided_at,
            )
        if update.tracking_no and stored.record.delivery.method is DeliveryMethod.POST:
            delivery = dataclasses.replace(stored.record.delivery, tracking_no=update.tracking_no)
            uow.cases.update_details(
                case_no=update.case_no, expected_version=stored.version, delivery=delivery
            )
        report.applied += 1
    state.set_remote_version(session, update.case_no, update.case_version)


def pull_status_feed(client: PlatformAdapter, store: Any, *, page_size: int = 200) -> FeedReport:
    report = FeedReport()
    with store.unit_of_work(read_only=True) as uow:
        cursor = str(state.get_value(uow.session, state.STATUS_CURSOR, "") or "")
    while report.pages < MAX_PAGES_PER_RUN:
        page = client.status_feed(cursor=cursor, limit=page_size)
        report.pages += 1
        with store.unit_of_work() as uow:
            # within a page, apply each case's updates in version order whatever order they came in
            for update in sorted(page.items, key=lambda u: (u.case_no, u.case_version)):
                apply_update(uow, update, report)
            state.set_values(uow.session, {state.STATUS_CURSOR: page.next_cursor})
        if not page.has_more or not page.items:
            break
        cursor = page.next_cursor
    return report
