"""不予受理 at the window, with its own printed notice (不予受理通知书).

Only for what the law allows (:mod:`shared.domain.refusals`): a matter needing no licence,
outside the hall's powers (naming who is competent), or an applicant without standing.
Missing materials go to :func:`shared.services.cases.request_supplement` (补正告知) instead,
so the refusal figures count refusals and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from offline_store.records import StoredCase
from shared.domain.cases import ApplicantKind, CaseState, Channel
from shared.domain.masking import mask_name
from shared.domain.refusals import GROUNDS_BASIS, GROUNDS_LABELS, RefusalGrounds, check_refusal, remedy_text
from shared.domain.regions import region_name
from shared.services.actor import Actor
from shared.services.cases import Applicant, _audit, _new_case
from shared.services.context import HallContext
from shared.services.events import emit
from shared.services.hall_point import hall_phone
from shared.services.permissions import Permission, require
from shared.services.slip_templates import NotAcceptedNotice


@dataclass(frozen=True, slots=True)
class Refusal:
    case: StoredCase
    grounds: RefusalGrounds
    notice: NotAcceptedNotice


def notice_no(stored: StoredCase) -> str:
    """The notice's number: the hall's case number, so the notice is found from the case."""
    return f"不予受理〔{stored.record.created_at:%Y}〕{stored.case_no}"


def refuse_case(
    ctx: HallContext,
    *,
    actor: Actor,
    item_code: str,
    applicant: Applicant,
    grounds: RefusalGrounds | str,
    reason: str,
    competent_authority: str = "",
) -> Refusal:
    """不予受理: the case is kept (state not_accepted) so the notice is traceable; the platform
    hears the grounds, the reason and the competent agency."""
    require(actor, Permission.ACCEPT_CASE)
    value = check_refusal(grounds, reason=reason, competent_authority=competent_authority)
    now, today = ctx.now(), ctx.today()
    applicant = applicant.validated(today=today)
    text = reason.strip()
    if competent_authority.strip():
        text += f"请向{competent_authority.strip()}申请办理。"
    with ctx.unit_of_work() as uow:
        item = ctx.catalog(uow).item(item_code)
        stored = _new_case(
            ctx,
            uow,
            actor=actor,
            item=item,
            applicant=applicant,
            materials=[],
            state=CaseState.SUBMITTED,
            channel=Channel.COUNTER,
            now=now,
            window_no=actor.window_no,
            clerk=actor.user,
        )
        stored = uow.cases.update_state(
            case_no=stored.case_no,
            to_state=CaseState.NOT_ACCEPTED,
            expected_version=stored.version,
            actor=actor.user,
            note=f"不予受理：{GROUNDS_LABELS[value]}",
            decision_note=text,
            at=now,
            local_day=today,
        )
        emit(
            uow,
            kind="decision",
            case_no=stored.case_no,
            payload={
                "state": CaseState.NOT_ACCEPTED.value,
                "note": text,
                "grounds": value.value,
                "legal_basis": GROUNDS_BASIS[value],
                "competent_authority": competent_authority.strip(),
            },
            at=now,
        )
        _audit(uow, actor, "case.not_accept", stored.case_no, at=now, item=item.code, grounds=value.value)
    from shared.services.slips import _clerk_name

    rec = stored.record
    person = rec.applicant_kind is ApplicantKind.PERSON
    basis = GROUNDS_BASIS[value]
    if value is RefusalGrounds.NO_STANDING and item.legal_basis:
        basis += f"；{item.legal_basis[0]}"
    notice = NotAcceptedNotice(
        notice_no=notice_no(stored),
        item_name=rec.item_name,
        applicant_name=mask_name(rec.applicant_name) if person else rec.applicant_name,
        applied_on=today,
        reason=f"{GROUNDS_LABELS[value]}。{text}",
        legal_basis=basis + "。",
        remedy=remedy_text(region_name(ctx.settings.hall.region_code)),
        clerk=_clerk_name(ctx, rec.clerk),
        issued_on=today,
        hall_name=ctx.settings.hall.name,
        contact_phone=hall_phone(ctx, item_code=rec.item_code),
        applicant_is_person=person,
    )
    return Refusal(stored, value, notice)
