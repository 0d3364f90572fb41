"""免费代办 at a village station or township centre, and the 流转单 its paper materials travel
up with (村 → 乡 → 县); the county window's list of what is on its way, and its receipt.

- :func:`take_agency_case`: a helper at a station takes the case (the resident's own card,
  the agent's card, the power of attorney): the case is stored as submitted (代收, the county
  decides), the agent with it, and a 流转单 for its paper materials is composed for printing.
- :func:`receive_transfer`: the next stop scans the 流转单 (or types its number when the code
  is damaged): the hand-over is recorded (who handed, who received, where, when, which
  materials); at the county window the bundle has arrived, and the case is accepted there
  (收件即受理: its clock starts the day the papers reach the window that decides).
- :func:`transfers_in_transit`: the 在途材料 list: where each bundle is and since when.

Each step is a work-log line naming the case; the agent's ID number never goes into it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from offline_store.records import StoredCase, TransferRecord
from offline_store.store import UnitOfWork
from shared.domain import payloads
from shared.domain.agency import (
    AGENCY_LABELS,
    TRANSFER_STATE_LABELS,
    AgencyKind,
    TransferState,
    age_label,
    route_text,
    route_up,
)
from shared.domain.cases import ApplicantKind, CaseState, Channel, MaterialReceipt, ReceiptMethod
from shared.domain.catalog.catalog import Catalog
from shared.domain.errors import Conflict, NotFound, ValidationError, YimenError
from shared.domain.masking import mask_id_number, mask_name
from shared.domain.transfer_no import make_transfer_no, transfer_no_problem
from shared.domain.words import words
from shared.services import cases
from shared.services.actor import Actor
from shared.services.agents import Agent, here
from shared.services.cases import Applicant, MaterialsIncomplete, _audit, _new_case
from shared.services.context import HallContext
from shared.services.materials import check_materials
from shared.services.permissions import Permission, allowed, require
from shared.services.slip_templates import TransferSlip

# what travels on paper: the rest (a card read, an e-licence, shared data) is already here
_PAPER = (ReceiptMethod.PAPER_ORIGINAL, ReceiptMethod.PAPER_COPY)
_TYPE_IT = "请在“材料流转”页手工输入流转单上印的流转单号（LZ开头，二维码下方）签收。"


@dataclass(frozen=True, slots=True)
class TransferStep:
    """One hand-over as the counter shows it."""

    at: datetime
    from_name: str
    to_name: str
    handed_by: str
    received_by: str
    materials: str  # 授权委托书1份、户口簿1份


@dataclass(frozen=True, slots=True)
class TransferView:
    """A 流转单 as the counter shows it: people masked, where the bundle is and since when."""

    transfer_no: str
    case_no: str
    item_name: str
    principal: str  # masked name and ID number
    agent: str  # masked name and ID number
    agency_label: str  # 免费代办 / 委托代办
    origin_name: str
    route_text: str
    at_point: str
    at_name: str
    since: datetime
    age_label: str
    state: TransferState
    state_label: str
    materials: tuple[str, ...]
    legs: int
    received_at: datetime | None
    received_by: str
    steps: tuple[TransferStep, ...]

    @property
    def arrived(self) -> bool:
        return self.state is TransferState.RECEIVED


@dataclass(frozen=True, slots=True)
class AgencyTaken:
    """A 免费代办 taken at a station: the case (submitted), its 流转单, and the slip to print."""

    case: StoredCase
    transfer: TransferView
    slip: TransferSlip


@dataclass(frozen=True, slots=True)
class TransferReceived:
    """A hand-over scanned in; at the county window, the case accepted (or why not yet)."""

    transfer: TransferView
    arrived: bool
    accepted: StoredCase | None = None
    not_accepted_because: str = ""


# ---------------------------------------------------------------------- helpers


def _point_name(catalog: Catalog, code: str) -> str:
    point = catalog.points.get(code)
    return point.name if point is not None else code


def _materials_text(materials: tuple[dict[str, Any], ...]) -> str:
    return "、".join(f"{m.get('name', '')}{m.get('copies', 1)}份" for m in materials)


def _person(name: str, number: str) -> str:
    return f"{mask_name(name)} {mask_id_number(number)}".strip()


def _view(ctx: HallContext, uow: UnitOfWork, t: TransferRecord, *, steps: bool = True) -> TransferView:
    catalog = ctx.catalog(uow)
    stored = uow.cases.get_by_no(t.case_no)
    rec = stored.record
    agent = uow.agency.agent_of(t.case_id)
    state = TransferState(t.state)
    end = t.received_at if t.received_at is not None else ctx.now()
    legs = uow.agency.legs_of(t.id) if steps else []
    principal = (
        _person(rec.applicant_name, rec.applicant_id)
        if rec.applicant_kind is ApplicantKind.PERSON
        else f"{rec.applicant_name} {rec.applicant_id}"
    )
    return TransferView(
        transfer_no=t.transfer_no,
        case_no=t.case_no,
        item_name=rec.item_name,
        principal=principal,
        agent=_person(agent.agent_name, agent.agent_id) if agent is not None else "",
        agency_label=AGENCY_LABELS[AgencyKind(agent.kind)] if agent is not None else "",
        origin_name=_point_name(catalog, t.route[0]),
        route_text=route_text(catalog.points, list(t.route)),
        at_point=t.at_point,
        at_name=_point_name(catalog, t.at_point),
        since=t.moved_at,
        age_label=age_label(t.moved_at, end),
        state=state,
        state_label=TRANSFER_STATE_LABELS[state],
        materials=tuple(f"{m.get('name', '')}{m.get('copies', 1)}份" for m in t.materials),
        legs=t.legs,
        received_at=t.received_at,
        received_by=t.received_by,
        steps=tuple(
            TransferStep(
                at=leg.at,
                from_name=_point_name(catalog, leg.from_point),
                to_name=_point_name(catalog, leg.to_point),
                handed_by=_staff_name(uow, leg.handed_by),
                received_by=_staff_name(uow, leg.received_by),
                materials=_materials_text(leg.materials),
            )
            for leg in legs
        ),
    )


def _staff_name(uow: UnitOfWork, username: str) -> str:
    shown = uow.accounts.display_name(username) if username else None
    return f"{shown}（{username}）" if shown and shown != username else username


def _next_transfer_no(ctx: HallContext, uow: UnitOfWork) -> str:
    region, day = ctx.settings.hall.region_code, ctx.today()
    prefix = make_transfer_no(region_code=region, day=day, seq=1)[:-5]
    return make_transfer_no(region_code=region, day=day, seq=uow.agency.count_numbered(prefix) + 1)


def transfer_no_from(ctx: HallContext, code: str) -> str:
    """The transfer number in a scanned 流转单 QR or a typed number, checked: a damaged code,
    a wrong check digit or a slip bound for another hall is refused with what to do."""
    text = (code or "").strip()
    if not text:
        raise ValidationError("请扫描流转单上的二维码，或输入流转单号。", hint=_TYPE_IT)
    if text.lower().startswith("yimen://"):
        scanned = payloads.classify(text)
        if scanned.kind != payloads.PayloadKind.TRANSFER or not isinstance(scanned.value, payloads.TransferRef):
            why = scanned.problem or "这不是流转单的二维码"
            raise ValidationError(words("流转单二维码无法识别：{why}。材料不受影响。", why=why), hint=_TYPE_IT)
        ref = scanned.value
        if ref.hall != ctx.settings.hall.code.upper():
            raise ValidationError(
                words("这张流转单送往另一个政务服务中心（{hall}），不是本中心（{name}）的。", hall=ref.hall, name=ctx.settings.hall.name),
                hint="请不要签收：把材料退回交件人，按流转单上的路线送达。",
            )
        return ref.transfer_no
    problem = transfer_no_problem(text)
    if problem:
        raise ValidationError(words("流转单号“{text}”有误：{problem}。", text=text, problem=problem), hint="请对照流转单逐位核对后重输。")
    return text.upper()


# ---------------------------------------------------------------------- taking the case


def take_agency_case(
    ctx: HallContext,
    *,
    actor: Actor,
    item_code: str,
    principal: Applicant,
    agent: Agent,
    materials: list[MaterialReceipt],
) -> AgencyTaken:
    """免费代办 at a village station or township centre: the helper takes the case with the
    principal's materials and power of attorney; the case waits (submitted) for its papers to
    reach the county window, which accepts it. Refuses what the checklist lacks, all at once."""
    require(actor, Permission.TAKE_AGENCY_CASE)
    now, today = ctx.now(), ctx.today()
    principal = principal.validated(today=today)
    agent = agent.validated(principal_id=principal.id, today=today)
    hall_code = ctx.settings.hall.code
    point_code = here(ctx)
    with ctx.unit_of_work() as uow:
        catalog = ctx.catalog(uow)
        if point_code == hall_code:
            raise ValidationError(
                "本机设在县政务服务中心，材料不需要流转。",
                hint="请在窗口直接受理：有代办人时读取代办人身份证，收取授权委托书。",
            )
        route = route_up(catalog.points, point_code, hall_code)
        point = catalog.points[point_code]
        item = catalog.item(item_code)
        if point.item_codes and item.code not in point.item_codes:
            raise ValidationError(
                words("{name}不代办“{name2}”。", name=point.name, name2=item.name),
                hint="请引导群众到乡镇便民服务中心或县政务服务中心办理。",
            )
        check = check_materials(item, materials, agent=True)
        if not check.complete:
            raise MaterialsIncomplete(item.name, check)
        stored = _new_case(
            ctx,
            uow,
            actor=actor,
            item=item,
            applicant=principal,
            materials=materials,
            state=CaseState.SUBMITTED,
            channel=Channel.COUNTER,
            now=now,
            clerk=actor.user,
            agent=(agent, AgencyKind.FREE),
        )
        paper: list[dict[str, Any]] = [
            {"code": m.material_code, "name": m.name, "copies": m.copies} for m in materials if m.method in _PAPER
        ]
        transfer = uow.agency.add_transfer(
            transfer_no=_next_transfer_no(ctx, uow),
            hall_code=hall_code,
            case_id=stored.id,
            route=route,
            materials=paper,
            holder=actor.user,
            at=now,
        )
        _audit(
            uow, actor, "agency.take", stored.case_no, at=now, item=item.code, point=point_code,
            transfer=transfer.transfer_no,
        )  # fmt: skip
        view = _view(ctx, uow, transfer)
        helper = uow.accounts.display_name(actor.user) or actor.user
    slip = TransferSlip(
        transfer_no=transfer.transfer_no,
        case_no=stored.case_no,
        item_name=item.name,
        principal=mask_name(principal.name),
        agent=agent.masked,
        origin=point.name,
        route=tuple(_point_name(catalog, c) for c in route),
        taken_at=now.astimezone(ctx.tz),
        helper=helper,
        materials=tuple((str(m["name"]), int(m["copies"])) for m in paper),
        qr_text=payloads.transfer_url(hall=hall_code.upper(), transfer_no=transfer.transfer_no),
        hall_name=_point_name(catalog, hall_code) if hall_code in catalog.points else ctx.settings.hall.name,
        phone=point.phone,
    )
    return AgencyTaken(stored, view, slip)


def reprint_slip(ctx: HallContext, *, actor: Actor, transfer_no: str) -> TransferSlip:
    """The 流转单 again (paper torn or lost on the way): the same number and QR."""
    require(actor, Permission.RECEIVE_TRANSFER)
    with ctx.unit_of_work(read_only=True) as uow:
        t = uow.agency.get(transfer_no)
        catalog = ctx.catalog(uow)
        rec = uow.cases.get_by_no(t.case_no).record
        agent = uow.agency.agent_of(t.case_id)
        helper = uow.accounts.display_name(t.created_by) or t.created_by
    origin = catalog.points.get(t.route[0])
    return TransferSlip(
        transfer_no=t.transfer_no,
        case_no=t.case_no,
        item_name=rec.item_name,
        principal=mask_name(rec.applicant_name),
        agent=_person(agent.agent_name, agent.agent_id) if agent is not None else "—*",
        origin=_point_name(catalog, t.route[0]),
        route=tuple(_point_name(catalog, c) for c in t.route),
        taken_at=t.created_at.astimezone(ctx.tz),
        helper=helper,
        materials=tuple((str(m["name"]), int(m["copies"])) for m in t.materials),
        qr_text=payloads.transfer_url(hall=t.hall_code.upper(), transfer_no=t.transfer_no),
        hall_name=ctx.settings.hall.name,
        phone=origin.phone if origin is not None else "",
    )


# ---------------------------------------------------------------------- the hand-overs


def receive_transfer(ctx: HallContext, *, actor: Actor, code: str) -> TransferReceived:
    """Scan a 流转单 in at this terminal's service point (or type its number): the hand-over
    is recorded; at the county window the bundle has arrived and its case is accepted."""
    require(actor, Permission.RECEIVE_TRANSFER)
    transfer_no = transfer_no_from(ctx, code)
    me = here(ctx)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        catalog = ctx.catalog(uow)
        t = uow.agency.get(transfer_no)
        if t.hall_code.upper() != ctx.settings.hall.code.upper():
            raise ValidationError(
                words("流转单 {transfer_no} 送往另一个政务服务中心（{hall_code}）。", transfer_no=transfer_no, hall_code=t.hall_code),
                hint="请不要签收：把材料退回交件人，按流转单上的路线送达。",
            )
        if t.state == TransferState.RECEIVED.value:
            when = t.received_at.astimezone(ctx.tz) if t.received_at is not None else now
            raise Conflict(
                words("流转单 {transfer_no} 已于{when:%m月%d日 %H:%M}由 {staff_name} 在{point_name}签收，不能重复签收。", transfer_no=transfer_no, when=when, staff_name=_staff_name(uow, t.received_by), point_name=_point_name(catalog, t.at_point)),
                hint=words("材料已送达；办件 {case_no} 可在“办件查询”中查看。", case_no=t.case_no),
            )
        route = list(t.route)
        if me == t.at_point:
            raise Conflict(
                words("流转单 {transfer_no} 已在本站（{point_name}），自{astimezone:%m月%d日 %H:%M}起。", transfer_no=transfer_no, point_name=_point_name(catalog, me), astimezone=t.moved_at.astimezone(ctx.tz)),
                hint="送往下一站时，由接收的一方扫码签收。",
            )
        ahead = route[route.index(t.at_point) + 1 :] if t.at_point in route else []
        if me not in ahead:
            raise ValidationError(
                words("本站（{point_name}）不在流转单 {transfer_no} 的后续路线上：{route_text}。", point_name=_point_name(catalog, me), transfer_no=transfer_no, route_text=route_text(catalog.points, route)),
                hint="请不要签收：把材料送往路线上的下一站。",
            )
        arrived = me == route[-1]
        moved = uow.agency.hand_over(
            transfer_no=transfer_no,
            from_point=t.at_point,
            to_point=me,
            received_by=actor.user,
            terminal_id=actor.terminal_id,
            arrived=arrived,
            at=now,
        )
        _audit(
            uow, actor, "agency.handover", t.case_no, at=now, transfer=transfer_no, handed_by=t.holder,
            from_point=t.at_point, to_point=me, arrived=arrived,
        )  # fmt: skip
        view = _view(ctx, uow, moved)
        stored = uow.cases.get_by_no(t.case_no)
    if not arrived:
        return TransferReceived(view, arrived=False)
    if stored.state is not CaseState.SUBMITTED:
        return TransferReceived(view, arrived=True, not_accepted_because=f"办件已是“{stored.state.value}”")
    if not allowed(actor.role, Permission.ACCEPT_CASE):
        return TransferReceived(
            view, arrived=True, not_accepted_because="材料已签收，请综合窗口在“办件查询”中受理该办件"
        )
    try:
        accepted = cases.accept_submitted(
            ctx,
            actor=actor,
            case_no=stored.case_no,
            materials=list(stored.record.materials),
            note="免费代办材料流转送达，窗口签收受理",
        )
    except YimenError as e:  # the hand-over stays recorded; the window accepts it by hand
        return TransferReceived(view, arrived=True, not_accepted_because=e.message)
    return TransferReceived(view, arrived=True, accepted=accepted)


# ---------------------------------------------------------------------- reading


def transfers_in_transit(ctx: HallContext, *, actor: Actor) -> list[TransferView]:
    """在途材料: every bundle on its way to this hall, where it lies and since when, the one
    lying longest first."""
    require(actor, Permission.VIEW_HALL_CASES)
    with ctx.unit_of_work(read_only=True) as uow:
        return [
            _view(ctx, uow, t, steps=False) for t in uow.agency.in_transit(hall_code=ctx.settings.hall.code)
        ]


def transfer_detail(ctx: HallContext, *, actor: Actor, transfer_no: str) -> TransferView:
    """One 流转单 with every hand-over (who handed, who received, where, when, what)."""
    require(actor, Permission.VIEW_HALL_CASES)
    with ctx.unit_of_work(read_only=True) as uow:
        return _view(ctx, uow, uow.agency.get(transfer_no.strip().upper()))


def agent_of_case(ctx: HallContext, *, actor: Actor, case_no: str) -> str:
    """The case's agent as every screen shows it (masked), "" when the applicant came in person."""
    require(actor, Permission.VIEW_HALL_CASES)
    with ctx.unit_of_work(read_only=True) as uow:
        stored = uow.cases.find_by_no(case_no)
        if stored is None:
            raise NotFound(words("找不到办件 {case_no}。", case_no=case_no), hint="请核对办件编号（20位数字）。")
        agent = uow.agency.agent_of(stored.id)
    if agent is None:
        return ""
    return f"{_person(agent.agent_name, agent.agent_id)}（{AGENCY_LABELS[AgencyKind(agent.kind)]}）"
