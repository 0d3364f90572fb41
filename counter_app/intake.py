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
) -> list[Accepted]:
    check = precheck(checklist)
    if not check.complete:
        raise MaterialsIncomplete(checklist.title, check)
    out = []
    for item in checklist.items:
        region = cross_region if item.cross_region else CrossRegion.NONE
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
