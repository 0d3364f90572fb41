"""Deciding at the window (Qt-free; runs on a worker thread): accept every item of the
checklist (收件即受理, one receipt each with its promised date), tell what to 补正 with a
one-time notice listing everything missing at once, or refuse (不予受理) with its notice, and
print what the applicant takes home.

A bundle is checked as a whole before anything is stored: if any item of the 一件事 lacks a
material, nothing is accepted and the clerk sees every problem of every item together.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from counter_app.checklist import Checklist
from counter_app.session import CounterSession, PrintOutcome
from offline_store.records import StoredCase
from shared.domain.cases import CrossRegion, Delivery
from shared.domain.catalog.vocab import HandlingKind
from shared.domain.errors import ValidationError
from shared.domain.refusals import RefusalGrounds
from shared.services import agency, cases
from shared.services.agents import Agent
from shared.services.cases import Applicant, MaterialsIncomplete
from shared.services.licences import CheckOutcome, run_checks
from shared.services.materials import MaterialCheck, MaterialProblem, check_materials
from shared.services.refusals import refuse_case
from shared.services.slips import acceptance_receipt, one_time_notice

log = logging.getLogger(__name__)
# what the clerk reads goes through Qt's translation system (docs/translations.md); the lookup
# is thread-safe, and these run on the runner's worker
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Accepted:
    case: StoredCase
    printed: PrintOutcome
    on_the_spot: bool  # a 即办件: the chief representative may finish it now
    checks: tuple[CheckOutcome, ...] = ()  # 免证办 checks made right after acceptance


@dataclass(frozen=True, slots=True)
class Refused:
    """A 补正告知 (``check`` lists what to bring) or a 不予受理 (``reason`` says why, as the
    notice prints it; ``grounds``, ``typed`` and ``authority`` are its parts, for the screen)."""

    case: StoredCase
    check: MaterialCheck
    printed: PrintOutcome
    reason: str = ""
    grounds: RefusalGrounds | None = None
    typed: str = ""  # the reason the clerk typed
    authority: str = ""  # the competent authority the clerk typed

    @property
    def not_accepted(self) -> bool:
        return bool(self.reason)


def precheck(checklist: Checklist) -> MaterialCheck:
    """Every problem of every item, as one check (names prefixed by the item in a bundle)."""
    problems: list[MaterialProblem] = []
    for item in checklist.items:
        check = check_materials(item, checklist.receipts_for(item), agent=checklist.agent)
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
    agent: Agent | None = None,
) -> list[Accepted]:
    """``pre_application``: the kiosk's submitted case for one of these items, accepted as
    that same case (its number stays the one on the resident's kiosk receipt). ``agent``: who
    applies on the applicant's behalf (委托代办), stored with every case of the checklist."""
    if pre_application is not None and pre_application.record.applicant_id.upper() != applicant.id.upper():
        raise ValidationError(
            translate("CounterIntake", "预申请 {case_no} 不是当前申请人的。").format(
                case_no=pre_application.case_no
            ),
            hint=translate("CounterIntake", "请核对身份证：预申请只能由申请人本人到窗口确认。"),
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
                licence_codes=checklist.licence_codes_for(item),
            )
            pre_application = None
            printed = session.print_slip(
                acceptance_receipt(session.ctx, stored), job_id=f"receipt-{stored.case_no}"
            )
            out.append(Accepted(stored, printed, item.handling_kind is HandlingKind.ON_THE_SPOT,
                                _checks(session, stored.case_no)))  # fmt: skip
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
            licence_codes=checklist.licence_codes_for(item),
            agent=agent,
        )
        printed = session.print_slip(
            acceptance_receipt(session.ctx, stored), job_id=f"receipt-{stored.case_no}"
        )
        out.append(Accepted(stored, printed, item.handling_kind is HandlingKind.ON_THE_SPOT,
                            _checks(session, stored.case_no)))  # fmt: skip
    return out


def _checks(session: CounterSession, case_no: str) -> tuple[CheckOutcome, ...]:
    """The checks the new case owes (shared data with consent, licences scanned offline), made
    now while the applicant is still at the window; what cannot be made now the job makes."""
    try:
        round_ = run_checks(session.ctx, platform=session.platform(), actor=session.actor, case_no=case_no)
    except Exception:  # the case is accepted and its checks stay pending for the job
        log.exception("licence checks of %s after acceptance", case_no)
        return ()
    return round_.outcomes


def notify_supplement(
    session: CounterSession, *, checklist: Checklist, applicant: Applicant, agent: Agent | None = None
) -> list[Refused]:
    """补正告知 (行政许可法 第32条第1款第4项): one open case and one printed 一次性告知单 per
    item whose materials are incomplete or not in legal form. Not a refusal: the case waits
    for the materials and is accepted when they come."""
    with_problems = [
        i for i in checklist.items
        if not check_materials(i, checklist.receipts_for(i), agent=checklist.agent).complete
    ]  # fmt: skip
    if not with_problems:
        raise ValidationError(
            translate("CounterIntake", "材料已齐全，不需要补正告知。"),
            hint=translate("CounterIntake", "请直接受理。"),
        )
    out = []
    for item in with_problems:
        stored, check = cases.request_supplement(
            session.ctx,
            actor=session.actor,
            item_code=item.code,
            applicant=applicant,
            materials=checklist.receipts_for(item),
            agent=agent,
        )
        printed = session.print_slip(
            one_time_notice(session.ctx, stored, check), job_id=f"notice-{stored.case_no}"
        )
        out.append(Refused(stored, check, printed))
    return out


def refuse_checklist(
    session: CounterSession,
    *,
    checklist: Checklist,
    applicant: Applicant,
    grounds: RefusalGrounds | str,
    reason: str,
    competent_authority: str = "",
) -> list[Refused]:
    """不予受理 (行政许可法 第32条第1款第1、2项): one case and one printed 不予受理通知书 per
    item, giving the reason, the legal basis, who is competent and the remedies."""
    out = []
    for item in checklist.items:
        refusal = refuse_case(
            session.ctx,
            actor=session.actor,
            item_code=item.code,
            applicant=applicant,
            grounds=grounds,
            reason=reason,
            competent_authority=competent_authority,
        )
        printed = session.print_slip(refusal.notice, job_id=f"refusal-{refusal.case.case_no}")
        out.append(
            Refused(
                refusal.case, MaterialCheck(), printed, refusal.notice.reason,
                grounds=refusal.grounds, typed=reason.strip(), authority=competent_authority.strip(),
            )
        )  # fmt: skip
    return out


@dataclass(frozen=True, slots=True)
class Taken:
    """A 免费代办 taken at a station: the case waits for its papers at the county window."""

    taken: agency.AgencyTaken
    printed: PrintOutcome


def take_checklist(
    session: CounterSession, *, checklist: Checklist, applicant: Applicant, agent: Agent
) -> list[Taken]:
    """免费代办 at a village station or township centre: one case and one printed 流转单 per
    item; the whole checklist is checked first, so nothing is taken while anything is missing."""
    check = precheck(checklist)
    if not check.complete:
        raise MaterialsIncomplete(checklist.title, check)
    out = []
    for item in checklist.items:
        taken = agency.take_agency_case(
            session.ctx,
            actor=session.actor,
            item_code=item.code,
            principal=applicant,
            agent=agent,
            materials=checklist.receipts_for(item),
        )
        printed = session.print_slip(taken.slip, job_id=f"transfer-{taken.transfer.transfer_no}")
        out.append(Taken(taken, printed))
    return out
