"""The cases list at the counter (Qt-free): my cases or the hall's, with a deadline countdown,
overdue and soon-due marked, 容缺 materials still owed, searchable by case number, ID number
or credit code, or date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from counter_app.countdown import DeadlineStatus, deadline_status
from offline_store.records import CaseEvent, StoredCase, StoredMaterial
from shared.cases import (
    STATE_LABELS,
    TERMINAL_STATES,
    ApplicantKind,
    CaseState,
    ReceiptMethod,
    is_valid_case_no,
)
from shared.errors import ValidationError
from shared.identity import is_valid_resident_id
from shared.masking import mask_id_number, mask_name
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


def _row(ctx: HallContext, uow, stored: StoredCase, calendar) -> CaseRow:
    rec = stored.record
    person = rec.applicant_kind is ApplicantKind.PERSON
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
        applicant=mask_name(rec.applicant_name) if person else rec.applicant_name,
        applicant_id=mask_id_number(rec.applicant_id) if person else rec.applicant_id,
        state=rec.state,
        state_label=STATE_LABELS[rec.state],
        clerk=rec.clerk,
        window_no=rec.window_no,
        created_at=rec.created_at,
        promised_date=rec.promised_date,
        deadline=deadline_status(
            state=rec.state, promised=rec.promised_date, today=ctx.today(), calendar=calendar
        ),
        owed=owed,
    )


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
        elif text.isdigit() and len(text) == 20:
            if not is_valid_case_no(text):
                raise ValidationError("办件号校验位不对。", hint="请逐位核对20位办件号。")
            one = uow.cases.find_by_no(text)
            found = [one] if one else []
        elif is_valid_resident_id(text, today=ctx.today()):
            found = uow.cases.list(applicant_id=text.upper(), limit=limit)
        elif _DATE.match(text):
            try:
                y, m, d = (int(x) for x in text.split("-"))
                since, until = ctx.local_day_bounds(date(y, m, d))
            except ValueError:
                raise ValidationError(f"日期“{text}”无效。", hint="格式如 2026-11-17。") from None
            found = uow.cases.list(created_from=since, created_until=until, limit=limit)
        else:
            raise ValidationError(
                "请输入20位办件号、18位身份证号或日期（如 2026-11-17）。", hint="按姓名查询请先读取身份证。"
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
    delivery = DELIVERY_LABELS[rec.delivery.method]
    if rec.delivery.tracking_no:
        delivery += f"（邮件号 {rec.delivery.tracking_no}）"
    cross = {"none": "", "in_province": "省内通办", "cross_province": "跨省通办"}[rec.cross_region.value]
    if cross:
        cross += f"，承办地 {rec.handling_region}"
    return CaseDetail(row, history, materials, delivery, cross, on_spot, rec.decision_note, list(rec.missing))
