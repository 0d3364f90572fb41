"""“办不成事”反映窗口 and kiosk help requests (咨询导办区).

A complaint is recorded at the 办不成事 window, assigned to whoever can solve it, worked on,
resolved, the person told the result (the step the policy insists on), then closed. The
moves are those of :class:`shared.domain.complaints.Complaint`; this module stores them and writes
each one to the work log, whose lines also give the complaint's history.

Help requests: a resident at a kiosk presses 呼叫帮办; every counter shows the kiosk's name
until one member of staff answers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from offline_store.records import AuditEntry, ComplaintRecord, HelpRequest
from offline_store.store import UnitOfWork
from shared.domain.complaints import (
    CATEGORY_LABELS,
    STATE_LABELS,
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintState,
    make_complaint_no,
)
from shared.domain.errors import Conflict, PermissionDenied, ValidationError
from shared.domain.identity import parse_resident_id, validate_mobile
from shared.domain.masking import mask_id_number, mask_name, mask_phone
from shared.domain.words import words
from shared.services.actor import Actor, Role
from shared.services.context import HallContext
from shared.services.permissions import Permission, require
from shared.services.staff_names import staff_namer

OPEN_STATES = tuple(s for s in ComplaintState if s is not ComplaintState.CLOSED)
NOTIFY_WAYS = ("电话", "短信", "当面", "书面")


@dataclass(frozen=True, slots=True)
class ComplaintStep:
    at: datetime
    action: str  # complaint.record / .assign / ...
    by: str  # login, as the work log keeps it
    note: str
    by_name: str = ""  # the display name shown on screen


@dataclass(frozen=True, slots=True)
class ComplaintView:
    """A complaint as the counter shows it: the person masked."""

    complaint_no: str
    summary: str
    category: ComplaintCategory
    category_label: str
    state: ComplaintState
    state_label: str
    received_at: datetime
    person: str  # masked name, or "" (anonymous)
    person_id: str  # masked ID number
    phone: str  # masked
    case_no: str
    assignee: str
    resolution: str
    resolved_at: datetime | None
    notified_at: datetime | None
    history: tuple[ComplaintStep, ...]

    @property
    def is_open(self) -> bool:
        return self.state is not ComplaintState.CLOSED


# ---------------------------------------------------------------------- helpers


def _next_no(ctx: HallContext, uow: UnitOfWork) -> str:
    today = ctx.today()
    prefix = make_complaint_no(region_code=ctx.settings.hall.region_code, day=today, seq=1)[:-4]
    # the write transaction holds the database lock (SQLite) or meets the unique constraint
    # (PostgreSQL: the loser gets Conflict and the clerk presses save again)
    taken = uow.complaints.count_numbered(prefix)
    return make_complaint_no(region_code=ctx.settings.hall.region_code, day=today, seq=taken + 1)


def _log_lines(uow: UnitOfWork, complaint_id: str) -> list[AuditEntry]:
    # the work log names a complaint by its row id: its number (BC + region + date + seq)
    # looks like an ID number to the log's personal-data scrubber and would be masked
    return uow.audit.about(target=complaint_id, action_prefix="complaint.")


def _history(uow: UnitOfWork, complaint_id: str) -> list[ComplaintStep]:
    return _steps(uow, _log_lines(uow, complaint_id))


def _steps(uow: UnitOfWork, lines: list[AuditEntry]) -> list[ComplaintStep]:
    name = staff_namer(uow)
    return [
        ComplaintStep(e.at, e.action, e.actor, (e.detail or {}).get("note", ""), by_name=name(e.actor))
        for e in lines
    ]


def _view(uow: UnitOfWork, record: ComplaintRecord) -> ComplaintView:
    lines = _log_lines(uow, record.id)
    history = _steps(uow, lines)
    recorded = next((e.detail for e in lines if e.action == "complaint.record"), None)
    case_no = (recorded or {}).get("case_no", "")
    person = id_masked = phone = ""
    if record.person_id:
        p = uow.people.get(record.person_id)
        person, id_masked = mask_name(p.name), mask_id_number(p.id_number)
        phone = mask_phone(p.phone) if p.phone else ""
    category = ComplaintCategory(record.category)
    state = ComplaintState(record.state)
    return ComplaintView(
        complaint_no=record.complaint_no,
        summary=record.summary,
        category=category,
        category_label=CATEGORY_LABELS[category],
        state=state,
        state_label=STATE_LABELS[state],
        received_at=record.created_at,
        person=person,
        person_id=id_masked,
        phone=phone,
        case_no=case_no,
        assignee=record.assignee,
        resolution=record.resolution,
        resolved_at=record.resolved_at,
        notified_at=record.notified_at,
        history=tuple(history),
    )


def _domain(record: ComplaintRecord, history: list[ComplaintStep]) -> Complaint:
    """The stored row as the domain value, so its transition rules decide each move."""
    last = history[-1].at if history else record.created_at
    return Complaint(
        complaint_no=record.complaint_no,
        summary=record.summary,
        category=ComplaintCategory(record.category),
        received_at=record.created_at,
        state=ComplaintState(record.state),
        assignee=record.assignee,
        resolution=record.resolution,
        resolved_at=record.resolved_at,
        notified_at=record.notified_at,
        history=(ComplaintEvent(at=last, state=ComplaintState(record.state)),),
    )


# ---------------------------------------------------------------------- complaints


def record_complaint(
    ctx: HallContext,
    *,
    actor: Actor,
    summary: str,
    category: ComplaintCategory | str,
    id_number: str = "",
    name: str = "",
    phone: str = "",
    case_no: str = "",
) -> ComplaintView:
    """Write the complaint down (已登记). The person may stay anonymous; with an ID number the
    complaint joins their 一人一档 and the phone is kept (encrypted) to tell them the result."""
    require(actor, Permission.RECORD_COMPLAINT)
    try:
        cat = ComplaintCategory(category)
    except ValueError:
        raise ValidationError(
            words("反映类别“{category}”无效。", category=category), hint=words("可选：{choices}", choices="、".join(CATEGORY_LABELS.values()))
        ) from None
    now, today = ctx.now(), ctx.today()
    number = parse_resident_id(id_number, today=today).number if id_number.strip() else ""
    mobile = validate_mobile(phone) if phone.strip() else ""
    if number and not name.strip():
        raise ValidationError("填写了身份证号但没有姓名。", hint="请读取身份证或填写姓名。")
    if mobile and not number:
        raise ValidationError("留了电话但没有身份信息。", hint="请读取身份证，以便结果告知和一人一档。")
    with ctx.unit_of_work() as uow:
        complaint_no = _next_no(ctx, uow)
        Complaint(complaint_no=complaint_no, summary=summary, category=cat, received_at=now)  # validates
        person_id = (
            uow.people.upsert_person(id_number=number, name=name.strip(), phone=mobile, at=now)
            if number
            else None
        )
        record = uow.complaints.add(
            complaint_no=complaint_no,
            summary=summary.strip(),
            category=cat.value,
            state=ComplaintState.RECEIVED.value,
            person_id=person_id,
            at=now,
        )
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="complaint.record",
            target=record.id,
            detail={"category": cat.value, "case_no": case_no.strip(), "window": actor.window_no},
            at=now,
        )
        return _view(uow, record)


def _move(
    ctx: HallContext,
    *,
    actor: Actor,
    complaint_no: str,
    target: ComplaintState,
    action: str,
    assignee: str = "",
    resolution: str = "",
    note: str = "",
) -> ComplaintView:
    require(actor, Permission.HANDLE_COMPLAINT)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        record = uow.complaints.get(complaint_no)
        moved = _domain(record, _history(uow, record.id)).transition(
            target, at=now, by=actor.user, assignee=assignee, resolution=resolution, note=note
        )
        updated = uow.complaints.update(
            complaint_no=complaint_no,
            state=moved.state.value,
            assignee=moved.assignee,
            resolution=moved.resolution,
            resolved_at=moved.resolved_at,
            notified_at=moved.notified_at,
        )
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action=action,
            target=record.id,
            detail={"state": moved.state.value, "note": moved.history[-1].text},
            at=now,
        )
        return _view(uow, updated)


def assign_complaint(
    ctx: HallContext, *, actor: Actor, complaint_no: str, assignee: str, note: str = ""
) -> ComplaintView:
    return _move(
        ctx,
        actor=actor,
        complaint_no=complaint_no,
        target=ComplaintState.ASSIGNED,
        action="complaint.assign",
        assignee=assignee,
        note=note,
    )


def start_complaint_work(
    ctx: HallContext, *, actor: Actor, complaint_no: str, note: str = ""
) -> ComplaintView:
    return _move(
        ctx,
        actor=actor,
        complaint_no=complaint_no,
        target=ComplaintState.IN_PROGRESS,
        action="complaint.work",
        note=note or "开始办理",
    )


def resolve_complaint(ctx: HallContext, *, actor: Actor, complaint_no: str, resolution: str) -> ComplaintView:
    return _move(
        ctx,
        actor=actor,
        complaint_no=complaint_no,
        target=ComplaintState.RESOLVED,
        action="complaint.resolve",
        resolution=resolution,
    )


def reopen_complaint(ctx: HallContext, *, actor: Actor, complaint_no: str, note: str) -> ComplaintView:
    return _move(
        ctx,
        actor=actor,
        complaint_no=complaint_no,
        target=ComplaintState.IN_PROGRESS,
        action="complaint.reopen",
        note=note,
    )


def notify_complaint(
    ctx: HallContext, *, actor: Actor, complaint_no: str, how: str, note: str = ""
) -> ComplaintView:
    """The person was told the result (电话/短信/当面/书面): the step that makes it 已反馈."""
    if how not in NOTIFY_WAYS:
        raise ValidationError(words("告知方式“{how}”无效。", how=how), hint=words("可选：{choices}", choices="、".join(NOTIFY_WAYS)))
    return _move(
        ctx,
        actor=actor,
        complaint_no=complaint_no,
        target=ComplaintState.NOTIFIED,
        action="complaint.notify",
        note=f"已{how}告知" + (f"：{note}" if note else ""),
    )


def close_complaint(ctx: HallContext, *, actor: Actor, complaint_no: str, note: str = "") -> ComplaintView:
    return _move(
        ctx,
        actor=actor,
        complaint_no=complaint_no,
        target=ComplaintState.CLOSED,
        action="complaint.close",
        note=note or "办结",
    )


def list_complaints(
    ctx: HallContext, *, actor: Actor, open_only: bool = True, limit: int = 200
) -> list[ComplaintView]:
    require(actor, Permission.RECORD_COMPLAINT)
    with ctx.unit_of_work(read_only=True) as uow:
        states = [s.value for s in OPEN_STATES] if open_only else None
        return [_view(uow, r) for r in uow.complaints.list(states=states, limit=limit)]


def get_complaint(ctx: HallContext, *, actor: Actor, complaint_no: str) -> ComplaintView:
    require(actor, Permission.RECORD_COMPLAINT)
    with ctx.unit_of_work(read_only=True) as uow:
        return _view(uow, uow.complaints.get(complaint_no))


# ---------------------------------------------------------------------- help requests


def request_help(ctx: HallContext, *, actor: Actor, reason: str = "", terminal_name: str = "") -> HelpRequest:
    """A kiosk's 呼叫帮办 (one open request per kiosk; pressing again returns the same one)."""
    if actor.role is not Role.KIOSK and actor.role is not Role.SYSTEM:
        raise ValidationError("求助只能从自助终端发出。")
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        request = uow.help.add(
            terminal_id=actor.terminal_id,
            terminal_name=terminal_name or ctx.settings.terminal.name,
            reason=reason,
            at=now,
        )
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="help.request",
            target=request.id,
            detail={"reason": reason},
            at=now,
        )
    return request


def help_request(ctx: HallContext, *, actor: Actor, request_id: str) -> HelpRequest:
    """One help request as it stands (has anyone answered?). A kiosk sees only the requests
    it made itself; staff who answer requests see any."""
    with ctx.unit_of_work(read_only=True) as uow:
        request = uow.help.get(request_id)
    if actor.role is Role.KIOSK:
        if request.terminal_id != actor.terminal_id:
            raise PermissionDenied(
                "这条求助不是本机发出的。", hint="自助机只能查看自己发出的求助；请在柜台查看全部求助。"
            )
        return request
    require(actor, Permission.ACK_HELP)
    return request


def open_help_requests(ctx: HallContext, *, actor: Actor) -> list[HelpRequest]:
    require(actor, Permission.ACK_HELP)
    with ctx.unit_of_work(read_only=True) as uow:
        return uow.help.open_requests()


def acknowledge_help(ctx: HallContext, *, actor: Actor, request_id: str) -> HelpRequest:
    """“我去”: one member of staff takes the request; a second one gets Conflict naming the first."""
    require(actor, Permission.ACK_HELP)
    now = ctx.now()
    try:
        with ctx.unit_of_work() as uow:
            done = uow.help.acknowledge(request_id=request_id, by=actor.user, at=now)
            uow.audit.append(
                actor=actor.user,
                terminal_id=actor.terminal_id,
                action="help.acknowledge",
                target=request_id,
                at=now,
            )
    except Conflict as e:
        raise Conflict(e.message, hint="无需重复响应。") from None
    return done
