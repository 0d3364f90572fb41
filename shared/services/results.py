"""出件: handing over the result of a finished case (综合窗口出件).

When the platform reports a case completed (or rejected: the decision letter is a result
too), the window hands it over the way the applicant chose at acceptance: at the window,
by post (政邮合作, a tracking number), or electronically. The platform hears of it as a
``delivery`` event; the work log keeps who handed it over.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from offline_store.records import StoredCase
from shared.domain.cases import CaseState, DeliveryMethod
from shared.domain.errors import Conflict, ValidationError
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.permissions import Permission, require

FINISHED = (CaseState.COMPLETED, CaseState.REJECTED)
ISSUE_ACTION = "case.issue_result"


@dataclass(frozen=True, slots=True)
class IssuedResult:
    case: StoredCase
    issued_at: datetime
    method: DeliveryMethod
    tracking_no: str


def issue_result(ctx: HallContext, *, actor: Actor, case_no: str, tracking_no: str = "") -> IssuedResult:
    require(actor, Permission.ISSUE_RESULT)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        stored = uow.cases.get_by_no(case_no)
        rec = stored.record
        if rec.state not in FINISHED:
            raise ValidationError(
                words("办件 {case_no} 还没有办结（{value}），不能出件。", case_no=case_no, value=rec.state.value),
                hint="请等平台反馈办结后再出件。",
            )
        if uow.audit.has(target=case_no, action=ISSUE_ACTION):
            raise Conflict(words("办件 {case_no} 的结果已经发出。", case_no=case_no), hint="如需补发，请联系审批部门。")
        method = rec.delivery.method
        tracking = tracking_no.strip()
        if method is DeliveryMethod.POST:
            if not tracking:
                raise ValidationError("邮寄出件须填写邮件号。", hint="请扫描或输入邮政单号。")
            stored = uow.cases.update_details(
                case_no=case_no,
                expected_version=stored.version,
                delivery=replace(rec.delivery, tracking_no=tracking),
                at=now,
            )
        payload = {"method": method.value}
        if tracking:
            payload["tracking_no"] = tracking
        uow.outbox.add(kind="delivery", case_no=case_no, payload=payload, at=now)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action=ISSUE_ACTION,
            target=case_no,
            detail={"method": method.value, "window": actor.window_no},
            at=now,
        )
    return IssuedResult(stored, now, method, tracking)


def results_to_issue(ctx: HallContext, *, actor: Actor, limit: int = 100) -> list[StoredCase]:
    """Finished cases whose result has not been handed over yet, oldest decision first."""
    require(actor, Permission.ISSUE_RESULT)
    with ctx.unit_of_work(read_only=True) as uow:
        return uow.cases.without_work_log_action(states=FINISHED, action=ISSUE_ACTION, limit=limit)
