"""Deciding at the window (Qt-free; runs on a worker thread): accept every item of the
checklist (收件即受理, one receipt each with its promised date), or refuse with a one-time
notice listing everything missing at once, and print what the applicant takes home.

A bundle is checked as a whole before anything is stored: if any item of the 一件事 lacks a
material, nothing is accepted and the clerk sees every problem of every item together.
"""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.checklist import Checklist
from counter_app.session import CounterSession, PrintOutcome
from offline_store.records import StoredCase
from shared.cases import CrossRegion, Delivery
from shared.catalog.vocab import HandlingKind
from shared.errors import ValidationError
from shared.services import cases
from shared.services.cases import Applicant, MaterialsIncomplete
from shared.services.materials import MaterialCheck, MaterialProblem, check_materials
from shared.services.slips import acceptance_receipt, one_time_notice


@dataclass(frozen=True, slots=True)
class Accepted:
    case: StoredCase
    printed: PrintOutcome
    on_the_spot: bool  # a 即办件: the chief representative may finish it now


@dataclass(frozen=True, slots=True)
class Refused:
    case: StoredCase
    check: MaterialCheck
    printed: PrintOutcome


def precheck(checklist: Checklist) -> MaterialCheck:
    """Every problem of every item, as one check (names prefixed by the item in a bundle)."""
    problems: list[MaterialProblem] = []
    for item in checklist.items:
        check = check_materials(item, checklist.receipts_for(item))
        for p in check.problems:
            name = f"{item.name}：{p.name}" if checklist.bundle else p.name
            problems.append(MaterialProblem(p.material_code, name, p.reason))
    return MaterialCheck(problems)


def accept_checklist(
    session: CounterSession,
    *,
    checklist: Checklist,
    applicant: Applicant,
    delivery: Delivery,
    cross_region: CrossRegion = CrossRegion.NONE,
    handling_region: str = "",
    pre_application: StoredCase | None = None,
) -> list[Accepted]:
    """``pre_application``: the kiosk's submitted case for one of these items, accepted as
    that same case (its number stays the one on the resident's kiosk receipt)."""
    if pre_application is not None and pre_application.record.applicant_id.upper() != applicant.id.upper():
        raise ValidationError(
            f"预申请 {pre_application.case_no} 不是当前申请人的。",
            hint="请核对身份证：预申请只能由申请人本人到窗口确认。",
        )
    check = precheck(checklist)
    if not check.complete:
        raise MaterialsIncomplete(checklist.title, check)
    out = []
    for item in checklist.items:
        region = cross_region if item.cross_region else CrossRegion.NONE
        if pre_application is not None and pre_application.record.item_code == item.code:
            stored = cases.accept_submitted(
                session.ctx,
                actor=session.actor,
                case_no=pre_application.case_no,
                materials=checklist.receipts_for(item),
                delivery=delivery,
            )
            pre_application = None
            printed = session.print_slip(
                acceptance_receipt(session.ctx, stored), job_id=f"receipt-{stored.case_no}"
            )
            out.append(Accepted(stored, printed, item.handling_kind is HandlingKind.ON_THE_SPOT))
            continue
        stored = cases.accept_case(
            session.ctx,
            actor=session.actor,
            item_code=item.code,
            applicant=applicant,
            materials=checklist.receipts_for(item),
            delivery=delivery,
            cross_region=region,
            handling_region=handling_region if region is not CrossRegion.NONE else "",
        )
        printed = session.print_slip(
            acceptance_receipt(session.ctx, stored), job_id=f"receipt-{stored.case_no}"
        )
        out.append(Accepted(stored, printed, item.handling_kind is HandlingKind.ON_THE_SPOT))
    return out


def refuse_checklist(
    session: CounterSession, *, checklist: Checklist, applicant: Applicant, reason: str
) -> list[Refused]:
    """不予受理: one stored case and one printed notice per item that has problems (all items
    when the reason is not about materials)."""
    if not reason.strip():
        raise ValidationError("不予受理必须写明理由。", hint="例如：材料不齐全，详见一次性告知单。")
    with_problems = [i for i in checklist.items if not check_materials(i, checklist.receipts_for(i)).complete]
    out = []
    for item in with_problems or checklist.items:
        stored, check = cases.not_accept_case(
            session.ctx,
            actor=session.actor,
            item_code=item.code,
            applicant=applicant,
            materials=checklist.receipts_for(item),
            reason=reason.strip(),
        )
        printed = session.print_slip(
            one_time_notice(session.ctx, stored, check), job_id=f"notice-{stored.case_no}"
        )
        out.append(Refused(stored, check, printed))
    return out
