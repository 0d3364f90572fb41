"""Deadlines that pause: 补正 received, special procedures begun and ended, the clock of a case
as the counter and ``yimen case show`` tell it, and the manager's daily 超期预警 list.

行政许可法 第32条 (补正) and 第45条 (听证、检验、检测、鉴定、专家评审 … not counted): the dates
move by exactly the paused working days, recomputed from the day of acceptance every time
(:mod:`shared.domain.case_clock`). Entering and leaving 补正 is handled by the store with the
state change itself, so the platform's status feed moves the dates too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from offline_store.records import StoredCase
from offline_store.repositories.case_pauses import (
    StoredPause,
    as_clock_pause,
)
from offline_store.store import UnitOfWork
from shared.domain.agency import materials_for
from shared.domain.case_clock import (
    PAUSE_KIND_LABELS,
    PauseKind,
    clock_stopped,
    paused_working_days,
)
from shared.domain.cases import STATE_LABELS, TERMINAL_STATES, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.catalog.models import ServiceItem
from shared.domain.deadlines import SOON_WORKING_DAYS, deadline_status
from shared.domain.errors import Conflict, NotFound, ValidationError
from shared.domain.masking import mask_name
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.cases import (
    MaterialsIncomplete,
    _audit,
    _emit_accepted,
    compute_deadlines,
)
from shared.services.context import HallContext
from shared.services.events import emit, materials_payload
from shared.services.materials import check_materials
from shared.services.pauses import (
    move_dates,
    pause_payload,
    pauses_of,
    procedure_named,
    start_on_acceptance,
    start_pause,
)
from shared.services.permissions import Permission, require

# ---------------------------------------------------------------------- 补正 received


def receive_supplement(
    ctx: HallContext, *, actor: Actor, case_no: str, materials: list[MaterialReceipt]
) -> StoredCase:
    """The materials a 补正告知 asked for arrive at a window.

    A case told at the window before acceptance is accepted now (收件即受理; its clock starts
    today). A case whose back office asked for 补正 goes back to review: the pause ends
    today and the promised date moves by the paused working days. Anything still missing is
    refused with the whole list again, and nothing is stored.
    """
    require(actor, Permission.ACCEPT_CASE)
    now, today = ctx.now(), ctx.today()
    with ctx.unit_of_work() as uow:
        stored = uow.cases.get_by_no(case_no)
        rec = stored.record
        if stored.state is not CaseState.SUPPLEMENT_REQUESTED:
            raise Conflict(
                words("办件 {case_no} 现在是“{state}”，不在补正中。", case_no=case_no, state=STATE_LABELS[stored.state]),
                hint="请在办件列表中查看它的进度。",
            )
        item = ctx.catalog(uow).item(rec.item_code)
        if rec.accepted_at is None:
            # told at the window: the case is accepted now, so the guide's whole list must be met
            given = {m.material_code: m for m in materials}
            combined = [given.pop(m.material_code, m) for m in rec.materials] + list(given.values())
            check = check_materials(item, combined, agent=uow.agency.agent_of(stored.id) is not None)
            if not check.complete:
                raise MaterialsIncomplete(item.name, check)
        elif not materials:
            # the back office may ask for what the guide does not list: the window records it
            raise ValidationError("请登记收到的补正材料。", hint="按补正告知书逐项登记，至少一项。")
        on_case = {m.material_code: m for m in rec.materials}
        for m in materials:
            old = on_case.get(m.material_code)
            if old is None:
                uow.cases.add_material(case_no=case_no, material=m, at=now)
            elif old.method is ReceiptMethod.DEFERRED or old != m:
                uow.cases.supply_material(
                    case_no=case_no,
                    material_code=m.material_code,
                    method=m.method,
                    reference=m.reference,
                    at=now,
                )
        if materials:
            emit(
                uow,
                kind="materials",
                case_no=case_no,
                payload={"materials": materials_payload(materials)},
                at=now,
            )
        stored = uow.cases.get_by_no(case_no)
        if rec.accepted_at is None:
            stored = _accept_now(ctx, uow, stored, item, actor=actor)
            action = "case.accept_after_supplement"
        else:
            stored = uow.cases.update_state(
                case_no=case_no,
                to_state=CaseState.IN_REVIEW,
                expected_version=stored.version,
                actor=actor.user,
                note="补正材料已收齐，恢复计时",
                missing=[],
                at=now,
                local_day=today,
            )
            closed = [p for p in pauses_of(uow, ctx).of_case(case_no) if p.kind == PauseKind.SUPPLEMENT.value]
            emit(
                uow,
                kind="decision",
                case_no=case_no,
                payload={
                    "state": CaseState.IN_REVIEW.value,
                    "note": "补正材料已收齐",
                    "promised_date": stored.record.promised_date.isoformat()
                    if stored.record.promised_date
                    else None,
                    "legal_date": stored.record.legal_date.isoformat() if stored.record.legal_date else None,
                    "pause": pause_payload(closed[-1] if closed else None),
                },
                at=now,
            )
            action = "case.supplement_received"
        _audit(uow, actor, action, case_no, at=now, materials=[m.material_code for m in materials])
    return stored


def _accept_now(
    ctx: HallContext, uow: UnitOfWork, stored: StoredCase, item: ServiceItem, *, actor: Actor
) -> StoredCase:
    now, today = ctx.now(), ctx.today()
    promised, legal, provisional = compute_deadlines(ctx, uow, item, accepted_on=today)
    stored = uow.cases.update_details(
        case_no=stored.case_no,
        expected_version=stored.version,
        promised_date=promised,
        legal_date=legal,
        deadline_provisional=provisional,
        window_no=actor.window_no,
        clerk=actor.user,
        at=now,
    )
    stored = uow.cases.update_state(
        case_no=stored.case_no,
        to_state=CaseState.ACCEPTED,
        expected_version=stored.version,
        actor=actor.user,
        note="补正材料已收齐，受理",
        missing=[],
        at=now,
        local_day=today,
    )
    _emit_accepted(uow, stored.case_no, actor=actor, at=now, promised=promised, legal=legal)
    return start_on_acceptance(ctx, uow, stored, item, actor=actor)


# ---------------------------------------------------------------------- special procedures


def start_special_procedure(
    ctx: HallContext, *, actor: Actor, case_no: str, procedure: str, note: str = ""
) -> StoredCase:
    """A published 特别程序 begins (现场勘验, 专家评审 …): the clock stops for its planned days,
    and the promised date shown moves by them until it ends (行政许可法 第45条)."""
    require(actor, Permission.ACCEPT_CASE)
    with ctx.unit_of_work() as uow:
        stored = uow.cases.get_by_no(case_no)
        if stored.state not in (CaseState.ACCEPTED, CaseState.IN_REVIEW):
            raise Conflict(
                words("办件 {case_no} 现在是“{state}”，不能开始特别程序。", case_no=case_no, state=STATE_LABELS[stored.state]),
                hint="特别程序只在受理后、办结前进行。",
            )
        item = ctx.catalog(uow).item(stored.record.item_code)
        return start_pause(ctx, uow, stored, procedure_named(item, procedure), actor=actor, note=note)


def end_special_procedure(ctx: HallContext, *, actor: Actor, case_no: str) -> StoredCase:
    """The running special procedure ends today: the clock runs again from tomorrow and the
    dates are recomputed with the days it really took."""
    require(actor, Permission.ACCEPT_CASE)
    now, today = ctx.now(), ctx.today()
    with ctx.unit_of_work() as uow:
        stored = uow.cases.get_by_no(case_no)
        repo = pauses_of(uow, ctx)
        before = repo.clock_pauses(case_no)
        running = clock_stopped(before)
        if running is None or running.kind is not PauseKind.SPECIAL:
            raise Conflict(
                words("办件 {case_no} 没有进行中的特别程序。", case_no=case_no), hint="补正中的办件请在收到补正材料时登记。"
            )
        ended = repo.end_open(case_no=case_no, last_day=today, at=now)
        after = repo.clock_pauses(case_no)
        stored = move_dates(ctx, uow, stored, before, after)
        emit(
            uow,
            kind="decision",
            case_no=case_no,
            payload={
                "state": stored.state.value,
                "note": f"{running.name}结束，恢复计时",
                "promised_date": stored.record.promised_date.isoformat()
                if stored.record.promised_date
                else None,
                "legal_date": stored.record.legal_date.isoformat() if stored.record.legal_date else None,
                "pause": pause_payload(ended),
            },
            at=now,
        )
        _audit(uow, actor, "case.special_end", case_no, at=now, procedure=running.name)
    return stored


# ---------------------------------------------------------------------- the clock, shown


@dataclass(frozen=True, slots=True)
class PausedPeriod:
    kind: str
    kind_label: str
    name: str
    first_day: date
    last_day: date | None
    expected_last_day: date | None
    planned_days: int | None
    working_days: int  # working days taken out of the count (so far, or as planned)


@dataclass(frozen=True, slots=True)
class CaseClock:
    case_no: str
    state: str
    accepted_on: date | None
    promised_date: date | None
    legal_date: date | None
    provisional: bool
    running: bool
    stopped_by: str  # the pause's name while the clock stands still
    status_text: str  # 剩3个工作日 / 即将到期 / 超期… / 补正中（计时暂停）
    working_days_left: int | None
    warn: bool  # due within SOON_WORKING_DAYS or overdue
    paused: list[PausedPeriod]
    paused_working_days: int
    procedures: tuple[str, ...] = ()  # the item's published 特别程序, to start one

    def lines(self) -> list[str]:
        """The clock in words for the counter's case detail."""
        out = [f"计时：{self.status_text}"]
        if self.promised_date:
            out[0] += f"（承诺{self.promised_date:%Y-%m-%d}办结{'，预计' if self.provisional else ''}）"
        for p in self.paused:
            end = p.last_day or p.expected_last_day
            span = (
                f"{p.first_day:%m-%d}至{end:%m-%d}"
                if end and end >= p.first_day
                else f"{p.first_day:%m-%d}起"
            )
            state = "进行中" if p.last_day is None else f"{p.working_days}个工作日不计入"
            out.append(f"暂停计时：{p.name} {span}（{state}）")
        return out

    def as_json(self) -> dict[str, Any]:
        def d(x: date | None) -> str | None:
            return x.isoformat() if x else None

        return {
            "accepted_on": d(self.accepted_on),
            "promised_date": d(self.promised_date),
            "legal_date": d(self.legal_date),
            "provisional": self.provisional,
            "clock_running": self.running,
            "stopped_by": self.stopped_by,
            "status": self.status_text,
            "working_days_left": self.working_days_left,
            "warn": self.warn,
            "paused_working_days": self.paused_working_days,
            "paused_periods": [
                {
                    "kind": p.kind,
                    "kind_label": p.kind_label,
                    "name": p.name,
                    "first_day": d(p.first_day),
                    "last_day": d(p.last_day),
                    "expected_last_day": d(p.expected_last_day),
                    "planned_days": p.planned_days,
                    "working_days": p.working_days,
                }
                for p in self.paused
            ],
        }


def clock_in(ctx: HallContext, uow: UnitOfWork, stored: StoredCase) -> CaseClock:
    """The clock of ``stored`` inside the caller's unit of work."""
    rec = stored.record
    calendar = ctx.calendar(uow)
    stored_pauses = pauses_of(uow, ctx).of_case(rec.case_no)
    pauses = [as_clock_pause(p) for p in stored_pauses]
    stopped = clock_stopped(pauses)
    status = deadline_status(
        state=rec.state, promised=rec.promised_date, today=ctx.today(), calendar=calendar
    )
    text = status.text
    if stopped is not None and rec.state not in TERMINAL_STATES:
        text = f"{stopped.name}中（计时暂停）"
    periods = [
        PausedPeriod(
            p.kind.value,
            PAUSE_KIND_LABELS[p.kind],
            p.name,
            p.first_day,
            p.last_day,
            p.expected_last_day(calendar),
            p.planned_days,
            paused_working_days([p], calendar),
        )
        for p in pauses
    ]
    return CaseClock(
        case_no=rec.case_no,
        state=rec.state.value,
        accepted_on=rec.accepted_at.astimezone(ctx.tz).date() if rec.accepted_at else None,
        promised_date=rec.promised_date,
        legal_date=rec.legal_date,
        provisional=rec.deadline_provisional,
        running=stopped is None and rec.accepted_at is not None and rec.state not in TERMINAL_STATES,
        stopped_by=stopped.name if stopped is not None else "",
        status_text=text,
        working_days_left=status.working_days_left if stopped is None else None,
        warn=stopped is None and (status.overdue or status.soon),
        paused=periods,
        paused_working_days=paused_working_days(pauses, calendar),
    )


def case_clock(ctx: HallContext, *, case_no: str) -> CaseClock:
    from dataclasses import replace

    with ctx.unit_of_work(read_only=True) as uow:
        stored = uow.cases.get_by_no(case_no)
        clock = clock_in(ctx, uow, stored)
        try:
            item = ctx.catalog(uow).item(stored.record.item_code)
        except NotFound:
            return clock
    return replace(clock, procedures=tuple(p.name for p in item.special_procedures))


# ---------------------------------------------------------------------- 超期预警


@dataclass(frozen=True, slots=True)
class OverdueWarning:
    case_no: str
    item_name: str
    applicant: str  # masked
    window_no: int | None
    clerk: str
    promised_date: date
    status_text: str
    working_days_left: int | None
    overdue: bool


def overdue_warnings(ctx: HallContext, *, actor: Actor) -> list[OverdueWarning]:
    """超期预警: open cases whose clock runs and that are overdue or due within
    SOON_WORKING_DAYS working days, overdue first. Paused clocks are not late."""
    require(actor, Permission.VIEW_HALL_CASES)
    out: list[OverdueWarning] = []
    with ctx.unit_of_work(read_only=True) as uow:
        calendar = ctx.calendar(uow)
        horizon, _ = calendar.add_working_days_provisional(ctx.today(), SOON_WORKING_DAYS)
        rows = uow.cases.list(
            states=[CaseState.ACCEPTED, CaseState.IN_REVIEW], due_by=horizon, clock_running=True, limit=5000
        )
        for stored in rows:
            clock = clock_in(ctx, uow, stored)
            rec = stored.record
            if not clock.warn or rec.promised_date is None:
                continue
            out.append(
                OverdueWarning(
                    rec.case_no,
                    rec.item_name,
                    mask_name(rec.applicant_name),
                    rec.window_no,
                    rec.clerk,
                    rec.promised_date,
                    clock.status_text,
                    clock.working_days_left,
                    rec.promised_date < ctx.today(),
                )
            )
    out.sort(key=lambda w: (not w.overdue, w.promised_date, w.case_no))
    return out


def pause_of(ctx: HallContext, *, case_no: str) -> StoredPause | None:
    with ctx.unit_of_work(read_only=True) as uow:
        try:
            pauses = pauses_of(uow, ctx).of_case(case_no)
        except NotFound:
            return None
    return next((p for p in pauses if p.open), None)


def supplement_receipts(ctx: HallContext, *, case_no: str) -> list[MaterialReceipt]:
    """What the 补正告知 asked for, as the receipts a window records when the applicant
    brings it on paper (the form the guide asks for); the clerk may tick other ways."""
    with ctx.unit_of_work(read_only=True) as uow:
        stored = uow.cases.get_by_no(case_no)
        item = ctx.catalog(uow).item(stored.record.item_code)
        agent = uow.agency.agent_of(stored.id) is not None
    check = check_materials(item, list(stored.record.materials), agent=agent)
    guide = {m.code: m for m in materials_for(item, agent=agent)}
    out = []
    for p in check.problems:
        m = guide.get(p.material_code)
        if m is None:
            continue
        method = (
            ReceiptMethod.PAPER_COPY if m.original_or_copy.value == "复印件" else ReceiptMethod.PAPER_ORIGINAL
        )
        out.append(MaterialReceipt(m.code, m.name, method, copies=m.copies))
    return out
