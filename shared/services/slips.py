"""What the printer prints, built from what the use cases return.

Personal data is masked here, once, before it reaches a template; the QR codes use the
``yimen://`` forms that ``shared.domain.payloads`` recognises, so a slip printed at one
terminal can be scanned at any other.
"""

from __future__ import annotations

from offline_store.records import StoredCase
from shared.domain import payloads
from shared.domain.agency import AGENCY_LABELS, AgencyKind, materials_for
from shared.domain.cases import ApplicantKind, DeliveryMethod
from shared.domain.catalog.models import Material
from shared.domain.errors import StoreError
from shared.domain.masking import mask_name
from shared.services.accounts import list_windows
from shared.services.agents import Agent
from shared.services.context import HallContext
from shared.services.hall_point import hall_phone
from shared.services.materials import MaterialCheck
from shared.services.slip_templates import (
    AcceptanceReceipt,
    EvaluationSlip,
    MaterialIssue,
    OneTimeNotice,
    TicketSlip,
    received_materials_from,
)
from shared.services.tickets import IssuedTicket
from shared.services.waiting_places import waiting_places

DELIVERY_LABELS = {
    DeliveryMethod.WINDOW: "窗口领取",
    DeliveryMethod.POST: "免费邮寄",
    DeliveryMethod.ELECTRONIC: "电子送达",
}


def ticket_url(ctx: HallContext, issued: IssuedTicket) -> str:
    t = issued.ticket
    base = ctx.settings.hall.public_url.rstrip("/")
    if base:
        return f"{base}/ticket/{t.hall_code}/{t.day:%Y%m%d}/{t.number}"
    return payloads.ticket_url(hall=t.hall_code, day=t.day, number=t.number)


def case_url(ctx: HallContext, case_no: str) -> str:
    base = ctx.settings.hall.public_url.rstrip("/")
    return f"{base}/case/{case_no}" if base else payloads.case_url(case_no=case_no)


def evaluation_token(ctx: HallContext, *, kind: str, number: str) -> str:
    """A keyed code bound to one case or ticket, so a review QR cannot be made up for
    another service (the blind-index key is an HMAC-SM3 key that never leaves this hall)."""
    return ctx.store.cipher.blind_index(f"EVAL:{kind}:{number}")[:16]


def ticket_slip(ctx: HallContext, issued: IssuedTicket) -> TicketSlip:
    category = issued.ticket.category
    place = waiting_places(list_windows(ctx), [category])[category]
    return TicketSlip(
        number=issued.number,
        category_name=issued.category_name,
        waiting_ahead=issued.waiting_ahead,
        issued_at=issued.ticket.issued_at.astimezone(ctx.tz),
        hall_name=ctx.settings.hall.name,
        queue_url=ticket_url(ctx, issued),
        place=place,
        priority_label=issued.priority_label if issued.ticket.priority.is_green else "",
    )


def _applicant(stored: StoredCase) -> tuple[str, bool]:
    rec = stored.record
    person = rec.applicant_kind is ApplicantKind.PERSON
    return (mask_name(rec.applicant_name) if person else rec.applicant_name), person


def _agent(ctx: HallContext, stored: StoredCase) -> tuple[str, str]:
    """(masked agent, 委托代办/免费代办) of a case applied for by an agent, else ("", "")."""
    with ctx.unit_of_work(read_only=True) as uow:
        record = uow.agency.agent_of(stored.id)
    if record is None:
        return "", ""
    masked = Agent(record.agent_id, record.agent_name).masked  # 王** 110105********002X
    return masked, AGENCY_LABELS[AgencyKind(record.kind)]


def acceptance_receipt(ctx: HallContext, stored: StoredCase) -> AcceptanceReceipt:
    rec = stored.record
    name, person = _applicant(stored)
    assert rec.accepted_at is not None and rec.promised_date is not None, "only accepted cases get a receipt"
    agent, agency_label = _agent(ctx, stored)
    return AcceptanceReceipt(
        case_no=rec.case_no,
        item_name=rec.item_name,
        applicant_name=name,
        materials=received_materials_from(rec.materials),
        accepted_at=rec.accepted_at.astimezone(ctx.tz),
        promised_date=rec.promised_date,
        window_no=rec.window_no or "",
        clerk=_clerk_name(ctx, rec.clerk),
        progress_url=case_url(ctx, rec.case_no),
        hall_name=ctx.settings.hall.name,
        hall_phone=hall_phone(ctx, item_code=rec.item_code),
        delivery_label=DELIVERY_LABELS[rec.delivery.method],
        applicant_is_person=person,
        agent=agent,
        agency_label=agency_label,
    )


def one_time_notice(ctx: HallContext, stored: StoredCase, check: MaterialCheck) -> OneTimeNotice:
    name, person = _applicant(stored)
    rec = stored.record
    item = ctx.catalog().item(rec.item_code)
    # an agent's 授权委托书 is asked for even where the guide lists none of its own
    guide = {m.code: m for m in materials_for(item, agent=True)}
    issues = []
    for p in check.problems:
        m = guide.get(p.material_code)
        issues.append(
            MaterialIssue(
                material=p.name if m is None else m.name,
                problem="缺少" if p.reason.startswith("缺少") else "不符合要求",
                reason=p.reason,
                what_to_bring=_what_to_bring(m),
            )
        )
    return OneTimeNotice(
        item_name=rec.item_name,
        applicant_name=name,
        issues=tuple(issues),
        contact_phone=item.consult_phone,
        clerk=_clerk_name(ctx, rec.clerk),
        issued_on=ctx.today(),
        hall_name=ctx.settings.hall.name,
        window_no=rec.window_no or "",
        applicant_is_person=person,
    )


def _clerk_name(ctx: HallContext, username: str) -> str:
    """The clerk as the applicant knows them: the account's display name, not the login."""
    if not username:
        return username
    try:
        with ctx.unit_of_work(read_only=True) as uow:
            shown = uow.accounts.display_name(username)
    except StoreError:  # a terminal whose database role may not read staff accounts
        return username
    return shown or username


def _what_to_bring(m: Material | None) -> str:
    """The paper, and every way the guide lets the resident avoid bringing it (免证办)."""
    if m is None:
        return "按办事指南准备"
    ways = [f"{m.original_or_copy.value}{m.copies}份" + (f"（{m.requirement}）" if m.requirement else "")]
    if m.e_licence_type:
        ways.append(f"或出示{m.e_licence_type}电子证照")
    if m.shared_data_kind:
        ways.append("或由窗口通过数据共享调取")
    if m.commitment_allowed:
        ways.append("或签署告知承诺书")
    return "，".join(ways)


def evaluation_slip(ctx: HallContext, stored: StoredCase) -> EvaluationSlip:
    rec = stored.record
    token = evaluation_token(ctx, kind="case", number=rec.case_no)
    return EvaluationSlip(
        reference_no=rec.case_no,
        service_name=rec.item_name,
        window_no=rec.window_no or "",
        clerk=_clerk_name(ctx, rec.clerk),
        evaluation_url=payloads.eval_url(kind="case", no=rec.case_no, token=token),
        hall_name=ctx.settings.hall.name,
        issued_at=ctx.now().astimezone(ctx.tz),
        default_after_working_days=ctx.settings.evaluation.default_after_working_days,
        followup_working_days=ctx.settings.evaluation.followup_working_days,
    )
