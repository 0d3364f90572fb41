"""The cases list: at the counter my cases or the hall's, with a deadline countdown, overdue
and soon-due marked, 容缺 materials still owed, searchable by case number, ID number or
credit code, or date; one case's detail; and the command line's list (``yimen case list``).

A person's name and ID number leave here masked (GB/T 35273-2020), on every row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from offline_store.records import CaseEvent, StoredCase, StoredMaterial
from offline_store.store import UnitOfWork
from shared.domain.agency import AGENCY_LABELS, TRANSFER_STATE_LABELS, AgencyKind, TransferState
from shared.domain.case_clock import clock_stopped
from shared.domain.cases import (
    STATE_LABELS,
    TERMINAL_STATES,
    ApplicantKind,
    CaseRecord,
    CaseState,
    ReceiptMethod,
    case_no_digits,
    is_valid_case_no,
)
from shared.domain.catalog.models import ServicePoint
from shared.domain.deadlines import DeadlineStatus, deadline_status
from shared.domain.errors import NotFound, ValidationError
from shared.domain.identity import is_valid_resident_id
from shared.domain.masking import mask_id_number, mask_name
from shared.domain.regions import region_label
from shared.domain.words import words
from shared.domain.workdays import WorkingDayCalendar
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.permissions import Permission, require

SCOPES = ("mine", "hall")
FILTERS = ("open", "overdue", "soon", "owed", "all")
FILTER_LABELS = {
    "open": "未办结",
    "overdue": "已超期",
    "soon": "即将到期",
    "owed": "容缺待补",
    "all": "全部",
}
_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


@dataclass(frozen=True, slots=True)
class CaseRow:
    case_no: str
    item_name: str
    applicant: str  # masked
    applicant_id: str  # masked
    state: CaseState
    state_label: str
    clerk: str
    window_no: int | None
    created_at: datetime | None
    promised_date: date | None
    deadline: DeadlineStatus
    owed: tuple[StoredMaterial, ...]  # 容缺 materials not yet supplied


@dataclass(frozen=True, slots=True)
class CaseDetail:
    row: CaseRow
    history: list[CaseEvent]
    materials: list[StoredMaterial]
    delivery: str
    cross_region: str
    on_the_spot: bool
    decision_note: str
    missing: list[str]
    agent: str = ""  # 帮办代办: the agent, masked, and how (委托代办 / 免费代办 at which station)
    transfers: tuple[str, ...] = ()  # its 流转单: number, where the bundle is


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One line of ``yimen case list``."""

    case_no: str
    item_name: str
    state: CaseState
    state_label: str
    applicant: str  # masked
    applicant_id: str  # masked
    promised_date: date | None
    created_at: datetime | None


MAX_LIST = 10_000


def _applicant(rec: CaseRecord) -> tuple[str, str]:
    """(name, ID) as shown: a person's masked; an organisation's name and credit code are
    public registration data and shown whole."""
    if rec.applicant_kind is ApplicantKind.PERSON:
        return mask_name(rec.applicant_name), mask_id_number(rec.applicant_id)
    return rec.applicant_name, rec.applicant_id


def list_cases(
    ctx: HallContext, *, actor: Actor, state: CaseState | None = None, overdue: bool = False, limit: int = 50
) -> list[CaseSummary]:
    """The hall's cases, newest first; ``overdue``: open cases past their promised date."""
    require(actor, Permission.VIEW_HALL_CASES)
    if not 1 <= limit <= MAX_LIST:
        raise ValidationError(words("条数 {limit} 无效。", limit=limit), hint=words("请给 1 到 {max_list} 之间的数，如 --limit 50。", max_list=MAX_LIST))
    with ctx.unit_of_work(read_only=True) as uow:
        found = uow.cases.list(
            states=[state] if state is not None else None,
            overdue_on=ctx.today() if overdue else None,
            limit=limit,
        )
    out = []
    for s in found:
        rec = s.record
        name, id_ = _applicant(rec)
        out.append(
            CaseSummary(
                case_no=rec.case_no,
                item_name=rec.item_name,
                state=rec.state,
                state_label=STATE_LABELS[rec.state],
                applicant=name,
                applicant_id=id_,
                promised_date=rec.promised_date,
                created_at=rec.created_at,
            )
        )
    return out


def _row(ctx: HallContext, uow: UnitOfWork, stored: StoredCase, calendar: WorkingDayCalendar) -> CaseRow:
    rec = stored.record
    applicant, applicant_id = _applicant(rec)
    owed = (
        tuple(
            m
            for m in uow.cases.materials(rec.case_no)
            if m.method == ReceiptMethod.DEFERRED.value and m.supplied_at is None
        )
        if rec.state not in TERMINAL_STATES
        else ()
    )
    return CaseRow(
        case_no=rec.case_no,
        item_name=rec.item_name,
        applicant=applicant,
        applicant_id=applicant_id,
        state=rec.state,
        state_label=STATE_LABELS[rec.state],
        clerk=rec.clerk,
        window_no=rec.window_no,
        created_at=rec.created_at,
        promised_date=rec.promised_date,
        deadline=_deadline(ctx, uow, rec, calendar),
        owed=owed,
    )


def _deadline(
    ctx: HallContext, uow: UnitOfWork, rec: CaseRecord, calendar: WorkingDayCalendar
) -> DeadlineStatus:
    """The countdown, or the pause that stops it (补正, 特别程序: 行政许可法 第32、45条)."""
    if rec.state not in TERMINAL_STATES and rec.accepted_at is not None:
        stopped = clock_stopped(uow.pauses.clock_pauses(rec.case_no))
        if stopped is not None:
            return DeadlineStatus(f"{stopped.name}中（计时暂停）", "", None)
    return deadline_status(state=rec.state, promised=rec.promised_date, today=ctx.today(), calendar=calendar)


def find_cases(
    ctx: HallContext,
    *,
    actor: Actor,
    scope: str = "mine",
    show: str = "open",
    search: str = "",
    limit: int = 300,
) -> list[CaseRow]:
    if scope == "hall":
        require(actor, Permission.VIEW_HALL_CASES)
    text = search.strip()
    with ctx.unit_of_work(read_only=True) as uow:
        calendar = ctx.calendar(uow)
        if not text:
            found = uow.cases.list(limit=limit)
        elif (digits := case_no_digits(text)).isdigit() and len(digits) == 20:
            text = digits  # typed or pasted grouped (5328 2226 …), as every screen shows it
            if not is_valid_case_no(text):
                raise ValidationError("办件编号校验位不对。", hint="请逐位核对20位办件编号。")
            one = uow.cases.find_by_no(text)
            found = [one] if one else []
        elif is_valid_resident_id(text, today=ctx.today()):
            found = uow.cases.list(applicant_id=text.upper(), limit=limit)
        elif _DATE.match(text):
            try:
                y, m, d = (int(x) for x in text.split("-"))
                since, until = ctx.local_day_bounds(date(y, m, d))
            except ValueError:
                raise ValidationError(words("日期“{text}”无效。", text=text), hint="格式如 2026-11-17。") from None
            found = uow.cases.list(created_from=since, created_until=until, limit=limit)
        else:
            raise ValidationError(
                "请输入20位办件编号、18位身份证号或日期（如 2026-11-17）。", hint="按姓名查询请先读取身份证。"
            )
        rows = [_row(ctx, uow, s, calendar) for s in found]
    if scope == "mine":
        rows = [r for r in rows if r.clerk == actor.user]
    if show == "open":
        rows = [r for r in rows if r.state not in TERMINAL_STATES]
    elif show == "overdue":
        rows = [r for r in rows if r.deadline.overdue]
    elif show == "soon":
        rows = [r for r in rows if r.deadline.soon]
    elif show == "owed":
        rows = [r for r in rows if r.owed]
    # what needs attention first: overdue, soon due, then by promised date
    rank = {"danger": 0, "warn": 1}
    rows.sort(key=lambda r: (rank.get(r.deadline.tone, 2), r.promised_date or date.max))
    return rows


def case_detail(ctx: HallContext, *, actor: Actor, case_no: str) -> CaseDetail:
    require(actor, Permission.VIEW_HALL_CASES)
    from shared.services.slips import DELIVERY_LABELS

    with ctx.unit_of_work(read_only=True) as uow:
        stored = uow.cases.get_by_no(case_no)
        rec = stored.record
        row = _row(ctx, uow, stored, ctx.calendar(uow))
        history = uow.cases.history(case_no)
        materials = uow.cases.materials(case_no)
        try:
            on_spot = ctx.catalog(uow).item(rec.item_code).handling_kind.value == "即办件"
        except Exception:
            on_spot = False
        agent, transfers = _agency_lines(ctx, uow, stored.id)
    delivery = DELIVERY_LABELS[rec.delivery.method]
    if rec.delivery.tracking_no:
        delivery += f"（邮件号 {rec.delivery.tracking_no}）"
    cross = {"none": "", "in_province": "省内通办", "cross_province": "跨省通办"}[rec.cross_region.value]
    if cross:
        cross += f"，承办地 {region_label(rec.handling_region)}（{rec.handling_region}）" if rec.handling_region else ""
    return CaseDetail(
        row, history, materials, delivery, cross, on_spot, rec.decision_note, list(rec.missing), agent, transfers
    )


def _agency_lines(ctx: HallContext, uow: UnitOfWork, case_id: str) -> tuple[str, tuple[str, ...]]:
    """The case's agent (masked) and its 流转单, as the case detail shows them."""
    found = uow.agency.agent_of(case_id)
    if found is None:
        return "", ()
    points: dict[str, ServicePoint] = {}
    try:
        points = dict(ctx.catalog(uow).points)
    except NotFound:
        pass
    where = points[found.point_code].name if found.point_code in points else found.point_code
    how = AGENCY_LABELS[AgencyKind(found.kind)]
    agent = f"{mask_name(found.agent_name)} {mask_id_number(found.agent_id)}（{how}，{where}）"
    lines = []
    for t in uow.agency.of_case(case_id):
        at = points[t.at_point].name if t.at_point in points else t.at_point
        state = TRANSFER_STATE_LABELS[TransferState(t.state)]
        lines.append(f"{t.transfer_no}：{state}，{'已到' if t.state == 'received' else '现在'}{at}")
    return agent, tuple(lines)
