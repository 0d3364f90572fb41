"""Case use cases at the window and the kiosk: accept (收件即受理), not accept with a
one-time notice, finish 即办件 on the spot, self-service submission, supplements,
decisions from the platform, and what a resident may see of a case.

Every change writes its audit line and its outbox events in the same transaction
as the change itself, so the platform hears of exactly what was committed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from offline_store.records import StoredCase
from offline_store.repositories._base import UNSET
from offline_store.store import UnitOfWork
from offline_store.sync.status import may_accept_self_service, read_status
from shared.domain.agency import AgencyKind
from shared.domain.cases import (
    NEXT_STEP,
    STATE_LABELS,
    ApplicantKind,
    CaseRecord,
    CaseState,
    Channel,
    CrossRegion,
    Delivery,
    MaterialReceipt,
    ReceiptMethod,
    case_no_digits,
    is_valid_case_no,
)
from shared.domain.catalog.models import ServiceItem
from shared.domain.catalog.vocab import DayKind, HandlingKind
from shared.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shared.domain.identity import parse_resident_id, validate_mobile, validate_uscc
from shared.domain.masking import mask_id_number, mask_name
from shared.domain.words import words
from shared.services.actor import Actor, Role
from shared.services.agents import Agent, record_agent
from shared.services.context import HallContext
from shared.services.events import emit, materials_payload
from shared.services.licences import record_checks
from shared.services.materials import MaterialCheck, check_materials
from shared.services.pauses import start_on_acceptance
from shared.services.permissions import Permission, require


class SelfServicePaused(Conflict):
    """The kiosk may not take new applications until the platform has the backlog."""


class MaterialsIncomplete(ValidationError):
    """Acceptance refused: ``check`` lists every problem, for the one-time notice."""

    def __init__(self, item_name: str, check: MaterialCheck) -> None:
        lines = "；".join(check.lines())
        super().__init__(
            f"“{item_name}”材料不齐：{lines}", hint="请出具补正告知书（一次性告知），申请人补齐后即可受理。"
        )
        self.check = check


@dataclass(frozen=True, slots=True)
class Applicant:
    kind: ApplicantKind
    id: str  # resident ID number or unified social credit code
    name: str
    phone: str = ""

    def validated(self, *, today: date) -> Applicant:
        if not self.name.strip():
            raise ValidationError("申请人姓名（名称）不能为空。", hint="请读取身份证或填写姓名。")
        ident = (
            parse_resident_id(self.id, today=today).number
            if self.kind is ApplicantKind.PERSON
            else validate_uscc(self.id)
        )
        phone = validate_mobile(self.phone) if self.phone else ""
        return Applicant(self.kind, ident, self.name.strip(), phone)


def terminal_number(terminal_id: str) -> int:
    """The numeric part of a terminal id ("T-0007" -> 7), used inside case numbers."""
    digits = "".join(ch for ch in terminal_id if ch.isdigit())
    if not digits or int(digits) > 999:
        raise ValidationError(
            words("终端编号“{terminal_id}”无法用于办件编号（需含1-999的数字）。", terminal_id=terminal_id),
            hint="请在配置中把 terminal.id 设为如 T-0001。",
        )
    return int(digits)


def compute_deadlines(
    ctx: HallContext, uow: UnitOfWork, item: ServiceItem, *, accepted_on: date
) -> tuple[date, date, bool]:
    """(promised, legal, provisional): n-th working day after acceptance (行政许可法 Art. 42, 82).

    Past the holiday calendar's coverage the dates are counted Monday to Friday and flagged
    provisional, so a case accepted in December still gets a date; it is recomputed once
    the platform publishes the next year.
    """
    if item.limit_day_kind is DayKind.CALENDAR:
        return (
            accepted_on + timedelta(days=item.promised_limit_days),
            accepted_on + timedelta(days=item.legal_limit_days),
            False,
        )
    cal = ctx.calendar(uow)
    promised, p1 = cal.add_working_days_provisional(accepted_on, item.promised_limit_days)
    legal, p2 = cal.add_working_days_provisional(accepted_on, item.legal_limit_days)
    return promised, legal, p1 or p2


def _creation_events(
    uow: UnitOfWork,
    stored: StoredCase,
    applicant: Applicant,
    *,
    at: datetime,
    agent: tuple[Agent, AgencyKind] | None = None,
) -> None:
    rec = stored.record
    payload: dict[str, Any] = {
        "item_code": rec.item_code,
        "channel": rec.channel.value,
        "applicant_kind": rec.applicant_kind.value,
        "cross_region": rec.cross_region.value,
        "handling_region": rec.handling_region,
    }
    pii = {"applicant_id": applicant.id, "applicant_name": applicant.name}
    if agent is not None:  # the platform keeps who applied on the principal's behalf (§3.1)
        who, kind = agent
        payload["agency_kind"] = kind.value
        pii |= {"agent_id": who.id_number, "agent_name": who.name}
    emit(uow, kind="created", case_no=rec.case_no, payload=payload, pii=pii, at=at)
    if rec.materials:
        emit(
            uow,
            kind="materials",
            case_no=rec.case_no,
            payload={"materials": materials_payload(rec.materials)},
            at=at,
        )


def _audit(uow: UnitOfWork, actor: Actor, action: str, case_no: str, *, at: datetime, **detail: Any) -> None:
    uow.audit.append(
        actor=actor.user, terminal_id=actor.terminal_id, action=action, target=case_no, detail=detail, at=at
    )


def _new_case(
    ctx: HallContext,
    uow: UnitOfWork,
    *,
    actor: Actor,
    item: ServiceItem,
    applicant: Applicant,
    materials: list[MaterialReceipt],
    state: CaseState,
    channel: Channel,
    now: datetime,
    agent: tuple[Agent, AgencyKind] | None = None,
    **details: Any,
) -> StoredCase:
    """Number, store and announce a new case (the creation events go to the outbox).

    ``agent``: the validated agent and how they act; stored with the case (work-log line
    included) and sent to the platform with the case's creation."""
    case_no = uow.cases.next_case_no(
        terminal_id=actor.terminal_id,
        terminal_no=terminal_number(actor.terminal_id),
        region_code=ctx.settings.hall.region_code,
        day=now.astimezone(ctx.tz).date(),
    )
    record = CaseRecord(
        case_no=case_no,
        item_code=item.code,
        item_name=item.name,
        state=state,
        channel=channel,
        applicant_kind=applicant.kind,
        applicant_id=applicant.id,
        applicant_name=applicant.name,
        applicant_phone=applicant.phone,
        materials=list(materials),
        created_at=now,
        **details,
    )
    stored = uow.cases.add(record, terminal_id=actor.terminal_id, actor=actor.user, at=now)
    if agent is not None:
        record_agent(
            ctx, uow, case_id=stored.id, case_no=case_no, agent=agent[0], kind=agent[1], actor=actor, at=now
        )
    _creation_events(uow, stored, applicant, at=now, agent=agent)
    return stored


def accept_case(
    ctx: HallContext,
    *,
    actor: Actor,
    item_code: str,
    applicant: Applicant,
    materials: list[MaterialReceipt],
    delivery: Delivery | None = None,
    cross_region: CrossRegion = CrossRegion.NONE,
    handling_region: str = "",
    licence_codes: Mapping[str, str] | None = None,
    agent: Agent | None = None,
) -> StoredCase:
    """收件即受理: check the materials, number the case, start the clock, tell the platform.

    Raises :class:`MaterialsIncomplete` listing every problem at once when anything needed
    is missing or not acceptable in the form given. ``licence_codes`` (material code → scanned
    e-licence code) are the licences the platform could not verify at the window (accepted on
    paper or 容缺): the case owes those checks, and every data-sharing material its query
    (:func:`shared.services.licences.record_checks`). With an ``agent`` (委托代办: someone applies
    on the applicant's behalf) the principal's 授权委托书 is required, and the agent is stored
    with the case.
    """
    require(actor, Permission.ACCEPT_CASE)
    now, today = ctx.now(), ctx.today()
    applicant = applicant.validated(today=today)
    if agent is not None:
        agent = agent.validated(principal_id=applicant.id, today=today)
    if cross_region is not CrossRegion.NONE and not handling_region:
        raise ValidationError("跨省/省内通办的办件须填写承办地区划代码。", hint="请选择办件将被办理的地区。")
    with ctx.unit_of_work() as uow:
        item = ctx.catalog(uow).item(item_code)
        check = check_materials(item, materials, agent=agent is not None)
        if not check.complete:
            raise MaterialsIncomplete(item.name, check)
        _check_reuse(uow, applicant, materials)
        promised, legal, provisional = compute_deadlines(ctx, uow, item, accepted_on=today)
        stored = _new_case(
            ctx,
            uow,
            actor=actor,
            item=item,
            applicant=applicant,
            materials=materials,
            state=CaseState.ACCEPTED,
            channel=Channel.COUNTER,
            now=now,
            delivery=delivery or Delivery(),
            cross_region=cross_region,
            handling_region=handling_region,
            window_no=actor.window_no,
            clerk=actor.user,
            accepted_at=now,
            promised_date=promised,
            legal_date=legal,
            deadline_provisional=provisional,
            agent=None if agent is None else (agent, AgencyKind.ENTRUSTED),
        )
        case_no = stored.case_no
        _emit_accepted(uow, case_no, actor=actor, at=now, promised=promised, legal=legal)
        stored = start_on_acceptance(ctx, uow, stored, item, actor=actor)
        record_checks(
            uow, case_no=case_no, actor=actor, materials=materials, item_name=item.name, at=now,
            catalog_materials={m.code: m for m in item.materials}, licence_codes=licence_codes,
        )  # fmt: skip
        _audit(
            uow,
            actor,
            "case.accept",
            case_no,
            at=now,
            item=item.code,
            deferred=[m.material_code for m in materials if m.method is ReceiptMethod.DEFERRED],
        )
    return stored


def accept_submitted(
    ctx: HallContext,
    *,
    actor: Actor,
    case_no: str,
    materials: list[MaterialReceipt],
    delivery: Delivery | None = None,
    licence_codes: Mapping[str, str] | None = None,
    note: str = "",
) -> StoredCase:
    """受理 a kiosk pre-application (or a station's 免费代办, once its papers reached this window)
    at the window: the same case, not a second one.

    ``materials`` is the whole checklist as verified at the window. What the kiosk recorded
    stays as it is; anything the window received on top (a paper original, a 容缺 line) is
    added to the case and reported upstream before the acceptance, so the platform sees the
    materials the promised date rests on.
    """
    require(actor, Permission.ACCEPT_CASE)
    now, today = ctx.now(), ctx.today()
    with ctx.unit_of_work() as uow:
        stored = uow.cases.get_by_no(case_no)
        rec = stored.record
        if stored.state is not CaseState.SUBMITTED:
            raise Conflict(
                words("办件 {case_no} 现在是“{value}”，不是待受理的预申请。", case_no=case_no, value=stored.state.value),
                hint="请在办件列表中查看它的进度，不要重复受理。",
            )
        item = ctx.catalog(uow).item(rec.item_code)
        # a 免费代办 taken at a station comes with its agent: the power of attorney stays required
        check = check_materials(item, materials, agent=uow.agency.agent_of(stored.id) is not None)
        if not check.complete:
            raise MaterialsIncomplete(item.name, check)
        applicant = Applicant(rec.applicant_kind, rec.applicant_id, rec.applicant_name, rec.applicant_phone)
        _check_reuse(uow, applicant, materials)
        on_case = {m.material_code for m in rec.materials}
        added = [m for m in materials if m.material_code not in on_case]
        for m in added:
            uow.cases.add_material(case_no=case_no, material=m, at=now)
        if added:
            emit(
                uow,
                kind="materials",
                case_no=case_no,
                payload={"materials": materials_payload(added)},
                at=now,
            )
        promised, legal, provisional = compute_deadlines(ctx, uow, item, accepted_on=today)
        stored = uow.cases.get_by_no(case_no)
        stored = uow.cases.update_details(
            case_no=case_no,
            expected_version=stored.version,
            promised_date=promised,
            legal_date=legal,
            deadline_provisional=provisional,
            window_no=actor.window_no,
            clerk=actor.user,
            delivery=delivery if delivery is not None else UNSET,
            at=now,
        )
        stored = uow.cases.update_state(
            case_no=case_no,
            to_state=CaseState.ACCEPTED,
            expected_version=stored.version,
            actor=actor.user,
            note=note or "自助机预申请经窗口核验受理",
            at=now,
        )
        _emit_accepted(uow, case_no, actor=actor, at=now, promised=promised, legal=legal)
        stored = start_on_acceptance(ctx, uow, stored, item, actor=actor)
        # a licence scanned for a material the kiosk already recorded (shared data, a card read)
        # changes nothing on the case, as nothing the kiosk recorded does: no check is owed for it
        owed = {code: v for code, v in (licence_codes or {}).items() if code not in on_case}
        record_checks(
            uow, case_no=case_no, actor=actor, materials=added, item_name=item.name, at=now,
            catalog_materials={m.code: m for m in item.materials}, licence_codes=owed,
        )  # fmt: skip
        _audit(uow, actor, "case.accept_submitted", case_no, at=now, item=item.code, added=len(added))
    return stored


def _emit_accepted(
    uow: UnitOfWork, case_no: str, *, actor: Actor, at: datetime, promised: date, legal: date
) -> None:
    emit(
        uow,
        kind="accepted",
        case_no=case_no,
        payload={
            "accepted_at": at.isoformat(),
            "promised_date": promised.isoformat(),
            "legal_date": legal.isoformat(),
            "window_no": actor.window_no,
        },
        at=at,
    )


def _check_reuse(uow: UnitOfWork, applicant: Applicant, materials: list[MaterialReceipt]) -> None:
    """材料复用 only from the same applicant's earlier case that really holds that material."""
    for m in materials:
        if m.method is not ReceiptMethod.REUSED:
            continue
        earlier = uow.cases.find_by_no(m.reference)
        if earlier is None or earlier.record.applicant_id != applicant.id:
            raise ValidationError(
                words("材料“{name}”登记为复用，但办件 {reference} 不是该申请人的。", name=m.name, reference=m.reference),
                hint="请从申请人本人的历史办件中选择可复用的材料。",
            )
        if not any(x.name == m.name or x.material_code == m.material_code for x in earlier.record.materials):
            raise ValidationError(
                words("办件 {reference} 中没有材料“{name}”，不能复用。", reference=m.reference, name=m.name), hint="请收取该材料。"
            )


def request_supplement(
    ctx: HallContext,
    *,
    actor: Actor,
    item_code: str,
    applicant: Applicant,
    materials: list[MaterialReceipt],
    note: str = "",
    agent: Agent | None = None,
) -> tuple[StoredCase, MaterialCheck]:
    """补正告知 at the window: materials incomplete or not in legal form (行政许可法 第32条第1款
    第4项) — everything to supply is told at once and in writing (一次性告知).

    This is not a refusal: the case stays open (待补正) with what was already checked, and
    when the applicant brings the rest :func:`shared.services.case_clock.receive_supplement`
    accepts it; its clock starts only then. A matter outside the hall's powers is
    :func:`shared.services.refusals.refuse_case` (不予受理) instead.
    """
    require(actor, Permission.ACCEPT_CASE)
    now, today = ctx.now(), ctx.today()
    applicant = applicant.validated(today=today)
    if agent is not None:
        agent = agent.validated(principal_id=applicant.id, today=today)
    with ctx.unit_of_work() as uow:
        item = ctx.catalog(uow).item(item_code)
        check = check_materials(item, materials, agent=agent is not None)
        if check.complete:
            raise ValidationError(
                words("“{name}”的材料已齐全，不需要补正。", name=item.name), hint="请直接受理，出具受理凭证。"
            )
        stored = _new_case(
            ctx,
            uow,
            actor=actor,
            item=item,
            applicant=applicant,
            materials=materials,
            state=CaseState.SUBMITTED,
            channel=Channel.COUNTER,
            now=now,
            window_no=actor.window_no,
            clerk=actor.user,
            # the 授权委托书 asked for is the agent's to bring
            agent=None if agent is None else (agent, AgencyKind.ENTRUSTED),
        )
        case_no = stored.case_no
        lines = check.lines()
        stored = uow.cases.update_state(
            case_no=case_no,
            to_state=CaseState.SUPPLEMENT_REQUESTED,
            expected_version=stored.version,
            actor=actor.user,
            note=note.strip() or "补正告知：材料不齐全或不符合法定形式，已一次性告知",
            missing=lines,
            at=now,
            local_day=today,
        )
        emit(
            uow,
            kind="decision",
            case_no=case_no,
            payload={"state": CaseState.SUPPLEMENT_REQUESTED.value, "note": "补正告知", "missing": lines},
            at=now,
        )
        _audit(
            uow, actor, "case.supplement_notice", case_no, at=now, item=item.code, problems=len(check.problems)
        )
    return stored, check


def self_service_status(ctx: HallContext, *, now: datetime | None = None) -> tuple[bool, str]:
    """(may a kiosk take a new self-service submission now, why not): refused while the
    outbox backlog or the days since the last sync pass their limits (MOSIP's brake)."""
    p = ctx.settings.platform
    status = read_status(
        ctx.store,
        now=now or ctx.now(),
        max_backlog=p.max_backlog,
        max_days_since_sync=p.max_days_since_sync,
    )
    return may_accept_self_service(status, ctx.settings)


def submit_self_service(
    ctx: HallContext,
    *,
    actor: Actor,
    item_code: str,
    applicant: Applicant,
    materials: list[MaterialReceipt],
    delivery: Delivery | None = None,
    licence_codes: Mapping[str, str] | None = None,
) -> StoredCase:
    """A kiosk application for an item marked kiosk-capable: stored as submitted and queued
    for the platform; a window or the back office accepts it.

    Refused while the outbox backlog or the days since the last sync pass their limits
    (like MOSIP's registration client): a kiosk that cannot hand cases on must not pile them up.
    """
    now, today = ctx.now(), ctx.today()
    ok, why = self_service_status(ctx, now=now)
    if not ok:
        raise SelfServicePaused(why, hint="窗口照常受理，请取号到窗口办理。")
    applicant = applicant.validated(today=today)
    paperless = {
        ReceiptMethod.E_LICENCE,
        ReceiptMethod.DATA_SHARING,
        ReceiptMethod.COMMITMENT,
        ReceiptMethod.REUSED,
        ReceiptMethod.CARD_READ,
    }
    with ctx.unit_of_work() as uow:
        item = ctx.catalog(uow).item(item_code)
        if not item.kiosk_capable:
            raise ValidationError(words("“{name}”不能在自助机办理。", name=item.name), hint="请取号到窗口办理。")
        if item.is_query_print:
            # 查询打印 is answered at once from the platform and printed; it never becomes a case
            raise ValidationError(
                words("“{name}”是查询打印事项，不用提交申请。", name=item.name), hint="请在自助机首页点“查询打印”，刷身份证后当场打印。"
            )
        paper = [m.name for m in materials if m.method not in paperless]
        if paper:
            raise ValidationError(
                words("自助机不能收取纸质材料：{paper}。", paper="、".join(paper)), hint="请使用电子证照、数据共享或告知承诺。"
            )
        check = check_materials(item, materials)
        if not check.complete:
            raise MaterialsIncomplete(item.name, check)
        stored = _new_case(
            ctx,
            uow,
            actor=actor,
            item=item,
            applicant=applicant,
            materials=materials,
            state=CaseState.SUBMITTED,
            channel=Channel.KIOSK,
            now=now,
            delivery=delivery or Delivery(),
        )
        case_no = stored.case_no
        record_checks(
            uow, case_no=case_no, actor=actor, materials=materials, item_name=item.name, at=now,
            catalog_materials={m.code: m for m in item.materials}, licence_codes=licence_codes,
        )  # fmt: skip
        _audit(uow, actor, "case.submit", case_no, at=now, item=item.code)
    return stored


def finish_on_the_spot(ctx: HallContext, *, actor: Actor, case_no: str, note: str = "") -> StoredCase:
    """即办件 done at the window: only the 首席事务代表 may decide on the spot."""
    if actor.role is not Role.CHIEF:
        raise PermissionDenied(
            "只有首席事务代表可以当场办结即办件。", hint="请转交首席事务代表，或按承诺件流转后台。"
        )
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        stored = uow.cases.get_by_no(case_no)
        item = ctx.catalog(uow).item(stored.record.item_code)
        if item.handling_kind is not HandlingKind.ON_THE_SPOT:
            raise ValidationError(words("“{name}”是承诺件，不能当场办结。", name=item.name), hint="请按流程转交后台审批。")
        stored = uow.cases.update_state(
            case_no=case_no,
            to_state=CaseState.COMPLETED,
            expected_version=stored.version,
            actor=actor.user,
            note=note or "即办件当场办结",
            decision_note=note or "当场办结",
            at=now,
        )
        emit(
            uow,
            kind="decision",
            case_no=case_no,
            payload={"state": CaseState.COMPLETED.value, "on_the_spot": True},
            at=now,
        )
        _audit(uow, actor, "case.finish_on_the_spot", case_no, at=now)
    return stored


def record_decision(
    ctx: HallContext,
    *,
    actor: Actor,
    case_no: str,
    to_state: CaseState,
    note: str = "",
    missing: list[str] | None = None,
    notify_platform: bool = True,
) -> StoredCase:
    """A back-office step (in review, completed, rejected, supplement requested).

    From the platform's status feed ``notify_platform`` is False: the platform told us.
    Back-office steps are the system's (the sync worker, a scheduled job), never a window's.
    """
    if actor.role is not Role.SYSTEM:
        raise PermissionDenied(
            "审批结果由后台审批系统回传，窗口不能直接修改。", hint="如有疑问请联系审批部门。"
        )
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        stored = uow.cases.get_by_no(case_no)
        stored = uow.cases.update_state(
            case_no=case_no,
            to_state=to_state,
            expected_version=stored.version,
            actor=actor.user,
            note=note,
            decision_note=note or None,
            missing=missing,
            at=now,
            local_day=ctx.today(),
        )
        if notify_platform:
            emit(
                uow, kind="decision", case_no=case_no, payload={"state": to_state.value, "note": note}, at=now
            )
        _audit(uow, actor, "case.decision", case_no, at=now, state=to_state.value)
    return stored


def supply_deferred(
    ctx: HallContext,
    *,
    actor: Actor,
    case_no: str,
    material_code: str,
    method: ReceiptMethod,
    reference: str = "",
) -> StoredCase:
    """A 容缺 material arrives: record how, and tell the platform."""
    require(actor, Permission.SUPPLY_MATERIAL)
    if method is ReceiptMethod.DEFERRED:
        raise ValidationError("补交材料时请选择实际收取方式。")
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        uow.cases.supply_material(
            case_no=case_no, material_code=material_code, method=method, reference=reference, at=now
        )
        stored = uow.cases.get_by_no(case_no)
        emit(
            uow,
            kind="materials",
            case_no=case_no,
            payload={
                "materials": [
                    {"material_code": material_code, "method": method.value, "reference": reference}
                ]
            },
            at=now,
        )
        _audit(uow, actor, "case.supply", case_no, at=now, material=material_code)
    return stored


# ---------------------------------------------------------------------- what residents see


@dataclass(frozen=True, slots=True)
class CaseProgress:
    """A case as a kiosk or a receipt may show it: personal data masked."""

    case_no: str
    item_name: str
    state: CaseState
    state_label: str
    next_step: str
    applicant: str  # masked name
    applicant_id: str  # masked ID number or credit code
    accepted_at: datetime | None
    promised_date: date | None
    deadline_provisional: bool
    missing: list[str]
    history: list[tuple[datetime, str, str]]  # (when, state label, note)


def _progress(uow: UnitOfWork, stored: StoredCase) -> CaseProgress:
    rec = stored.record
    history = [(e.at, STATE_LABELS[e.to_state], e.note) for e in uow.cases.history(rec.case_no)]
    masked_id = (
        mask_id_number(rec.applicant_id) if rec.applicant_kind is ApplicantKind.PERSON else rec.applicant_id
    )
    deferred = [
        f"{m.name}（容缺，请于{m.supply_by:%Y-%m-%d}前补交）"
        for m in uow.cases.materials(rec.case_no)
        if m.method == ReceiptMethod.DEFERRED.value and m.supply_by
    ]
    return CaseProgress(
        case_no=rec.case_no,
        item_name=rec.item_name,
        state=rec.state,
        state_label=STATE_LABELS[rec.state],
        next_step=NEXT_STEP[rec.state],
        applicant=mask_name(rec.applicant_name),
        applicant_id=masked_id,
        accepted_at=rec.accepted_at,
        promised_date=rec.promised_date,
        deadline_provisional=rec.deadline_provisional,
        missing=list(rec.missing) + deferred,
        history=history,
    )


def case_progress(ctx: HallContext, *, case_no: str) -> CaseProgress:
    case_no = case_no_digits(case_no)
    if not is_valid_case_no(case_no):
        raise ValidationError(
            "办件编号应为20位数字，请核对后重新输入。", hint="办件编号印在受理凭证上，也可以扫描凭证上的二维码。"
        )
    with ctx.unit_of_work(read_only=True) as uow:
        return _progress(uow, uow.cases.get_by_no(case_no))


def cases_of_person(ctx: HallContext, *, id_number: str, limit: int = 20) -> list[CaseProgress]:
    number = parse_resident_id(id_number, today=ctx.today()).number
    with ctx.unit_of_work(read_only=True) as uow:
        return [_progress(uow, s) for s in uow.cases.list(applicant_id=number, limit=limit)]


def get_case(ctx: HallContext, *, case_no: str) -> StoredCase:
    with ctx.unit_of_work(read_only=True) as uow:
        found = uow.cases.find_by_no(case_no)
    if found is None:
        raise NotFound(words("找不到办件 {case_no}。", case_no=case_no), hint="请核对办件编号（20位数字）。")
    return found
