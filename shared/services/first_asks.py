"""首问负责: record what a resident first asked, keep one owner answering for it, hand it
over in writing, close it; the manager sees every open one and its age.

Three ways in: a question at the window (:func:`record_first_ask`), a kiosk's 呼叫帮办 taken
by a member of staff (:func:`take_help_request`, which also answers the request), and a 办不成事
complaint taken in hand (:func:`take_complaint`). Each move is a work-log line naming the
registration's row id (its number looks like an ID number to the log's scrubber), and those
lines are the registration's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from offline_store.records import AuditEntry, FirstAskRecord
from offline_store.store import UnitOfWork
from shared.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shared.domain.first_asks import (
    KIND_LABELS,
    STALE_AFTER,
    STATE_LABELS,
    FirstAskKind,
    FirstAskState,
    age_label,
    age_of,
    clean_note,
    clean_summary,
    make_ask_no,
)
from shared.domain.identity import parse_resident_id, validate_mobile
from shared.domain.masking import mask_id_number, mask_name, mask_phone
from shared.domain.words import words
from shared.services.actor import Actor, Role
from shared.services.context import HallContext
from shared.services.permissions import ROLE_LABELS, Permission, allowed, require
from shared.services.staff_names import staff_namer


@dataclass(frozen=True, slots=True)
class FirstAskStep:
    at: datetime
    action: str  # first_ask.record / .handover / .close
    by: str  # login, as the work log keeps it
    note: str
    by_name: str = ""  # the display name shown on screen


@dataclass(frozen=True, slots=True)
class FirstAskView:
    """A registration as the counter shows it: the person masked, its age at ``as_of``."""

    ask_no: str
    kind: FirstAskKind
    kind_label: str
    summary: str
    state: FirstAskState
    state_label: str
    first_owner: str
    owner: str
    owner_name: str
    first_owner_name: str
    opened_at: datetime
    owned_since: datetime
    age: timedelta
    age_label: str
    stale: bool  # open longer than STALE_AFTER: the manager's list marks it
    handovers: int
    person: str  # masked name, or ""
    person_id: str  # masked ID number
    phone: str  # masked
    source_ref: str
    window_no: int | None
    outcome: str
    closed_at: datetime | None
    closed_by: str
    history: tuple[FirstAskStep, ...]

    @property
    def is_open(self) -> bool:
        return self.state is FirstAskState.OPEN


# ---------------------------------------------------------------------- helpers


def _next_no(ctx: HallContext, uow: UnitOfWork) -> str:
    prefix = make_ask_no(region_code=ctx.settings.hall.region_code, day=ctx.today(), seq=1)[:-4]
    taken = uow.first_asks.count_numbered(prefix)
    return make_ask_no(region_code=ctx.settings.hall.region_code, day=ctx.today(), seq=taken + 1)


def _steps(uow: UnitOfWork, lines: list[AuditEntry]) -> tuple[FirstAskStep, ...]:
    name = staff_namer(uow)
    return tuple(
        FirstAskStep(e.at, e.action, e.actor, (e.detail or {}).get("note", ""), by_name=name(e.actor))
        for e in lines
    )


def _view(ctx: HallContext, uow: UnitOfWork, record: FirstAskRecord, *, history: bool = True) -> FirstAskView:
    person = id_masked = phone = ""
    if record.person_id:
        p = uow.people.get(record.person_id)
        person, id_masked = mask_name(p.name), mask_id_number(p.id_number)
        phone = mask_phone(p.phone) if p.phone else ""
    state = FirstAskState(record.state)
    kind = FirstAskKind(record.kind)
    end = record.closed_at if record.closed_at is not None else ctx.now()
    age = age_of(record.created_at, end)
    lines = uow.audit.about(target=record.id, action_prefix="first_ask.") if history else []
    name = staff_namer(uow)
    return FirstAskView(
        ask_no=record.ask_no,
        kind=kind,
        kind_label=KIND_LABELS[kind],
        summary=record.summary,
        state=state,
        state_label=STATE_LABELS[state],
        first_owner=record.first_owner,
        owner=record.owner,
        owner_name=name(record.owner),
        first_owner_name=name(record.first_owner),
        opened_at=record.created_at,
        owned_since=record.owned_since,
        age=age,
        age_label=age_label(age),
        stale=state is FirstAskState.OPEN and age > STALE_AFTER,
        handovers=record.handovers,
        person=person,
        person_id=id_masked,
        phone=phone,
        source_ref=record.source_ref,
        window_no=record.window_no,
        outcome=record.outcome,
        closed_at=record.closed_at,
        closed_by=record.closed_by,
        history=_steps(uow, lines),
    )


def _person(ctx: HallContext, uow: UnitOfWork, *, id_number: str, name: str, phone: str) -> str | None:
    number = parse_resident_id(id_number, today=ctx.today()).number if id_number.strip() else ""
    mobile = validate_mobile(phone) if phone.strip() else ""
    if number and not name.strip():
        raise ValidationError("填写了身份证号但没有姓名。", hint="请读取身份证或填写姓名。")
    if mobile and not number:
        raise ValidationError("留了电话但没有身份信息。", hint="请读取身份证，以便回复和一人一档。")
    if not number:
        return None
    return uow.people.upsert_person(id_number=number, name=name.strip(), phone=mobile, at=ctx.now())


def _add(
    ctx: HallContext,
    uow: UnitOfWork,
    *,
    actor: Actor,
    kind: FirstAskKind,
    summary: str,
    person_id: str | None,
    source_ref: str = "",
    detail: dict[str, object] | None = None,
) -> FirstAskRecord:
    now = ctx.now()
    if source_ref:
        taken = uow.first_asks.open_for_source(source_ref)
        if taken is not None:
            raise Conflict(
                words("这件事已由 {value} 首问负责（登记号 {ask_no}）。", value=staff_namer(uow)(taken.owner), ask_no=taken.ask_no),
                hint="无需重复登记；需要接手请由对方移交。",
            )
    record = uow.first_asks.add(
        ask_no=_next_no(ctx, uow),
        kind=kind.value,
        summary=summary,
        owner=actor.user,
        terminal_id=actor.terminal_id,
        window_no=actor.window_no,
        person_id=person_id,
        source_ref=source_ref,
        at=now,
    )
    uow.audit.append(
        actor=actor.user,
        terminal_id=actor.terminal_id,
        action="first_ask.record",
        target=record.id,
        detail={"kind": kind.value, "window": actor.window_no, **(detail or {})},
        at=now,
    )
    return record


# ---------------------------------------------------------------------- the three ways in


def record_first_ask(
    ctx: HallContext,
    *,
    actor: Actor,
    summary: str,
    kind: FirstAskKind | str = FirstAskKind.QUESTION,
    id_number: str = "",
    name: str = "",
    phone: str = "",
) -> FirstAskView:
    """咨询登记 at the window: the clerk asked first answers for it from now on. The person may
    stay anonymous; with an ID number the registration joins their 一人一档."""
    require(actor, Permission.RECORD_FIRST_ASK)
    try:
        k = FirstAskKind(kind)
    except ValueError:
        raise ValidationError(
            words("登记类别“{kind}”无效。", kind=kind), hint=words("可选：{choices}", choices="、".join(KIND_LABELS.values()))
        ) from None
    text = clean_summary(summary)
    with ctx.unit_of_work() as uow:
        person_id = _person(ctx, uow, id_number=id_number, name=name, phone=phone)
        record = _add(ctx, uow, actor=actor, kind=k, summary=text, person_id=person_id)
        return _view(ctx, uow, record)


def take_help_request(ctx: HallContext, *, actor: Actor, request_id: str, summary: str = "") -> FirstAskView:
    """A kiosk's 呼叫帮办 taken as 首问: the request is answered (if nobody has yet) and the
    member of staff who took it answers for the matter until it is handed over or closed."""
    require(actor, Permission.RECORD_FIRST_ASK)
    require(actor, Permission.ACK_HELP)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        request = uow.help.get(request_id)
        if request.acknowledged_by is None:
            request = uow.help.acknowledge(request_id=request_id, by=actor.user, at=now)
            uow.audit.append(
                actor=actor.user,
                terminal_id=actor.terminal_id,
                action="help.acknowledge",
                target=request_id,
                at=now,
            )
        elif request.acknowledged_by != actor.user:
            raise Conflict(
                words("该求助已由 {acknowledged_by} 响应。", acknowledged_by=request.acknowledged_by),
                hint="由响应的工作人员首问负责；无需重复登记。",
            )
        text = clean_summary(summary or f"{request.terminal_name}呼叫帮办：{request.reason or '请求帮助'}")
        record = _add(
            ctx,
            uow,
            actor=actor,
            kind=FirstAskKind.HELP,
            summary=text,
            person_id=None,
            source_ref=request_id,
            detail={"terminal": request.terminal_id},
        )
        return _view(ctx, uow, record)


def take_complaint(ctx: HallContext, *, actor: Actor, complaint_no: str) -> FirstAskView:
    """A 办不成事 complaint taken in hand as 首问: the person's own words and identity carry over."""
    require(actor, Permission.RECORD_FIRST_ASK)
    require(actor, Permission.RECORD_COMPLAINT)
    with ctx.unit_of_work() as uow:
        complaint = uow.complaints.get(complaint_no.strip())
        if complaint.state == "closed":
            raise Conflict(words("反映 {complaint_no} 已办结。", complaint_no=complaint.complaint_no), hint="已办结的反映无需首问登记。")
        record = _add(
            ctx,
            uow,
            actor=actor,
            kind=FirstAskKind.COMPLAINT,
            summary=clean_summary(complaint.summary),
            person_id=complaint.person_id,
            source_ref=complaint.complaint_no,
        )
        return _view(ctx, uow, record)


# ---------------------------------------------------------------------- moves


def _may_move(uow: UnitOfWork, actor: Actor, record: FirstAskRecord, what: str) -> None:
    if record.state != FirstAskState.OPEN.value:
        raise Conflict(words("咨询登记 {ask_no} 已办结。", ask_no=record.ask_no), hint="刷新列表查看结果。")
    if record.owner != actor.user and not allowed(actor.role, Permission.OVERSEE_FIRST_ASKS):
        raise PermissionDenied(
            words("咨询登记 {ask_no} 由 {value} 首问负责，只有负责人能{what}。", ask_no=record.ask_no, value=staff_namer(uow)(record.owner), what=what),
            hint="请联系负责人，或由大厅管理员督办改派。",
        )


def hand_over_first_ask(
    ctx: HallContext, *, actor: Actor, ask_no: str, to_user: str, note: str
) -> FirstAskView:
    """Hand responsibility to another member of staff, with a note of what was done and told:
    the receiver must be an active account that may hold a 首问 registration."""
    require(actor, Permission.RECORD_FIRST_ASK)
    text = clean_note(note, what="移交说明", hint="写明已做了什么、已告知群众什么、还差什么。")
    receiver = (to_user or "").strip()
    if not receiver:
        raise ValidationError("请选择接手人。", hint="移交必须落到具体的人。")
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        record = uow.first_asks.get(ask_no)
        _may_move(uow, actor, record, "移交")
        account = uow.accounts.find(receiver)
        if account is None or not account.active:
            raise NotFound(words("没有在用的工号 {receiver}。", receiver=receiver), hint="请核对接手人的工号。")
        if not allowed_role(account.role):
            raise ValidationError(
                words("{display_name}（{receiver}）的岗位不能承接首问登记。", display_name=account.display_name, receiver=receiver),
                hint="请移交给窗口人员、首席事务代表、帮办代办员或大厅管理员。",
            )
        if receiver == record.owner:
            raise ValidationError(words("{receiver} 已是这件事的负责人。", receiver=receiver), hint="请选择另一位工作人员。")
        moved = uow.first_asks.hand_over(ask_no=ask_no, from_owner=record.owner, to_owner=receiver, at=now)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="first_ask.handover",
            target=record.id,
            detail={"from": record.owner, "to": receiver, "note": f"移交{receiver}：{text}"},
            at=now,
        )
        return _view(ctx, uow, moved)


def allowed_role(role: str) -> bool:
    """May an account of this role hold a 首问 registration?"""
    try:
        return allowed(Role(role), Permission.RECORD_FIRST_ASK)
    except ValueError:
        return False


def close_first_ask(ctx: HallContext, *, actor: Actor, ask_no: str, outcome: str) -> FirstAskView:
    """办结: what the person was told or what was done, written down by the one responsible."""
    require(actor, Permission.RECORD_FIRST_ASK)
    text = clean_note(outcome, what="办理结果", hint="写明答复了什么、办成了什么或引导到哪里。")
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        record = uow.first_asks.get(ask_no)
        _may_move(uow, actor, record, "办结")
        closed = uow.first_asks.close(ask_no=ask_no, owner=record.owner, by=actor.user, outcome=text, at=now)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="first_ask.close",
            target=record.id,
            detail={"note": "办结"},
            at=now,
        )
        return _view(ctx, uow, closed)


# ---------------------------------------------------------------------- reading


def my_first_asks(ctx: HallContext, *, actor: Actor) -> list[FirstAskView]:
    """The open registrations the signed-in member of staff answers for, oldest first."""
    require(actor, Permission.RECORD_FIRST_ASK)
    with ctx.unit_of_work(read_only=True) as uow:
        return [_view(ctx, uow, r, history=False) for r in uow.first_asks.list(owner=actor.user)]


def open_first_asks(ctx: HallContext, *, actor: Actor) -> list[FirstAskView]:
    """The manager's list: every open registration, oldest first, with its age and owner."""
    require(actor, Permission.OVERSEE_FIRST_ASKS)
    with ctx.unit_of_work(read_only=True) as uow:
        return [_view(ctx, uow, r, history=False) for r in uow.first_asks.list()]


def get_first_ask(ctx: HallContext, *, actor: Actor, ask_no: str) -> FirstAskView:
    require(actor, Permission.RECORD_FIRST_ASK)
    with ctx.unit_of_work(read_only=True) as uow:
        return _view(ctx, uow, uow.first_asks.get(ask_no))


def count_first_asks(ctx: HallContext, *, actor: Actor, start: datetime, end: datetime) -> dict[str, int]:
    """Registrations made in [start, end) by kind, and how many of them are still open."""
    require(actor, Permission.RECORD_FIRST_ASK)
    with ctx.unit_of_work(read_only=True) as uow:
        by_kind = uow.first_asks.count_between(start=start, end=end)
        still_open = sum(1 for r in uow.first_asks.list(since=start) if r.created_at < end)
    return {**{k.value: by_kind.get(k.value, 0) for k in FirstAskKind}, "open": still_open}


@dataclass(frozen=True, slots=True)
class Colleague:
    username: str
    display_name: str
    role_label: str


def handover_candidates(ctx: HallContext, *, actor: Actor) -> list[Colleague]:
    """Who a registration can be handed to: active staff whose role may hold one, not oneself."""
    require(actor, Permission.RECORD_FIRST_ASK)
    with ctx.unit_of_work(read_only=True) as uow:
        rows = uow.accounts.list(include_inactive=False)
    return [
        Colleague(a.username, a.display_name, ROLE_LABELS[Role(a.role)])
        for a in sorted(rows, key=lambda a: a.username)
        if a.username != actor.user and allowed_role(a.role)
    ]
