"""Queue use cases: issue a ticket, call, recall, serve, finish, transfer, hold; queue status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypedDict, Unpack

from offline_store.records import TicketRecord
from offline_store.store import UnitOfWork
from shared.domain.errors import HallClosed, TicketAlreadyTaken, ValidationError
from shared.domain.identity import parse_resident_id
from shared.domain.masking import mask_id_number
from shared.domain.tickets import (
    CALLABLE_STATES,
    PRIORITY_LABELS,
    Priority,
    TicketState,
    priority_for,
)
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.hall_time import timetable
from shared.services.hours import HallHours
from shared.services.permissions import Permission, require

DEFAULT_SERVICE_MINUTES = 6.0  # until the day has finished tickets to learn from


@dataclass(frozen=True, slots=True)
class IssuedTicket:
    ticket: TicketRecord
    category_name: str
    waiting_ahead: int
    estimated_wait_minutes: int
    priority_label: str
    late_warning: str = ""  # the windows may close before this number is reached

    @property
    def number(self) -> str:
        return self.ticket.number


@dataclass(frozen=True, slots=True)
class CategoryStatus:
    category: str
    prefix: str
    name: str
    waiting: int
    called: int
    serving: int
    done: int
    no_show: int


@dataclass(frozen=True, slots=True)
class HallNow:
    """Whether the windows are open now, and how many people wait (a kiosk's home screen)."""

    hours: HallHours
    waiting: int


def current_hours(ctx: HallContext, uow: UnitOfWork, *, category: str | None = None) -> HallHours:
    """Where the hall's clock (or one category's) stands now: the one timetable decides."""
    return timetable(ctx, uow).status(ctx.now(), category=category)


def _category(ctx: HallContext, category: str) -> tuple[str, str]:
    try:
        return ctx.settings.tickets.categories[category]
    except KeyError:
        known = "、".join(f"{k}（{v[1]}）" for k, v in ctx.settings.tickets.categories.items())
        raise ValidationError(words("没有“{category}”这个业务类别。", category=category), hint=words("可选类别：{known}。", known=known)) from None


def issue_ticket(
    ctx: HallContext,
    *,
    category: str,
    actor: Actor,
    id_number: str | None = None,
    name: str = "",
    declared_priority: Priority | None = None,
    appointment_at: datetime | None = None,
    appointment_id: str | None = None,
) -> IssuedTicket:
    """Issue the next number of ``category``.

    With an ID card the ticket carries the person: the green channel follows from the birth
    date (``tickets.green_channel_age``), and a second ticket for the same category while the
    first is still open is refused, naming the ticket the person holds.
    """
    prefix, category_name = _category(ctx, category)
    if declared_priority is not None and not declared_priority.is_green:
        raise ValidationError("只有老年人、残疾人、孕妇和军人可选择优先。")
    now = ctx.now()
    today = ctx.today()
    with ctx.unit_of_work() as uow:
        table = timetable(ctx, uow)
        hours = table.status(now)
        if not hours.is_open:
            raise HallClosed(
                words("{description}。", description=hours.describe()),
                hint="现在可以在自助机查询办事指南、查询办件进度、办理自助事项。",
                opens_at=hours.next_open,
            )
        # no walk-in number for a category none of whose windows is open now (周六延时服务
        # keeps only some windows; a window may be closed by the manager)
        own = table.status(now, category=category)
        if not own.is_open:
            raise HallClosed(
                words("{category_name}窗口现在不办理：{description}。", category_name=category_name, description=own.describe()),
                hint="可以选择其他业务，或在办理时间再来；不必预约，现场取号即可。",
                opens_at=own.next_open,
            )
        if appointment_id is not None:
            # checked in once: the booking row is locked until this ticket is committed
            booked = uow.appointments.lock(appointment_id)
            if booked is not None and booked.ticket_number:
                raise TicketAlreadyTaken(
                    words("预约 {booking_code} 已取号：{ticket_number}号。", booking_code=booked.booking_code, ticket_number=booked.ticket_number),
                    hint="请留意叫号，不必再取。",
                    number=booked.ticket_number,
                    booking_code=booked.booking_code,
                )
        person_id = None
        birth: date | None = None
        if id_number:
            rid = parse_resident_id(id_number, today=today)
            birth = rid.birth
            person_id = uow.people.upsert_person(id_number=rid.number, name=name or "", at=now)
            held = uow.tickets.open_ticket_for(
                person_id=person_id, hall_code=ctx.settings.hall.code, day=today, category=category
            )
            if held is not None:
                raise TicketAlreadyTaken(
                    words("您已取过{category_name}的号：{number}号，还在排队中。", category_name=category_name, number=held.number),
                    hint="请留意叫号；如需办理其他业务，请选择其他类别。",
                    number=held.number,
                    category_name=category_name,
                )
        priority = priority_for(
            birth=birth,
            today=today,
            green_age=ctx.settings.tickets.green_channel_age,
            declared=declared_priority,
        )
        if appointment_at is not None and not priority.is_green:
            priority = Priority.APPOINTMENT
        reason = PRIORITY_LABELS[priority] if priority is not Priority.NORMAL else ""
        ticket = uow.tickets.issue(
            hall_code=ctx.settings.hall.code,
            category=category,
            prefix=prefix,
            day=today,
            priority=priority,
            priority_reason=reason,
            person_id=person_id,
            appointment_at=appointment_at,
            terminal_id=actor.terminal_id,
            at=now,
        )
        if appointment_id is not None:
            uow.appointments.mark_checked_in(appointment_id, ticket_number=ticket.number, at=now)
        ahead = uow.tickets.waiting_ahead(ticket, now=now)
        minutes = round(ahead * _average_service_minutes(ctx, uow, category=category, day=today))
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="ticket.issue",
            target=ticket.number,
            detail={
                "category": category,
                "priority": priority.name,
                "person": mask_id_number(id_number) if id_number else "",
            },
            at=now,
        )
    return IssuedTicket(
        ticket,
        category_name,
        ahead,
        minutes,
        PRIORITY_LABELS[priority],
        late_warning(own, now=now, minutes=minutes),
    )


def late_warning(hours: HallHours, *, now: datetime, minutes: int) -> str:
    """A ticket taken late is still a ticket (walk-ins are always served, FACTS), but the
    resident is told when the windows may not reach them before they close."""
    end = hours.today_ends_at
    if not hours.is_open or end is None:
        return ""
    if now + timedelta(minutes=minutes) < end:
        return ""
    return f"前面还有较多人等候，窗口{end:%H:%M}结束办理，今天可能办不完；可改日再来，号码当天有效。"


def _average_service_minutes(ctx: HallContext, uow: UnitOfWork, *, category: str, day: date) -> float:
    done = uow.tickets.service_times(hall_code=ctx.settings.hall.code, day=day, category=category)
    if len(done) < 3:
        return DEFAULT_SERVICE_MINUTES
    windows: set[int | None] = {window for _s, _f, window in done if window is not None} or {None}
    per_ticket = sum((finished - serving).total_seconds() for serving, finished, _w in done) / len(done) / 60
    return max(1.0, per_ticket / len(windows))


# ---------------------------------------------------------------------- the window side


def call_next(ctx: HallContext, *, actor: Actor, categories: Iterable[str]) -> TicketRecord | None:
    """Call the next ticket this window may serve; ``None`` if nobody is waiting for it."""
    require(actor, Permission.CALL_QUEUE)
    if actor.window_no is None:
        raise ValidationError(
            "本终端没有绑定窗口号，不能叫号。", hint="请管理员在配置中设置 terminal.window_no。"
        )
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        ticket = uow.tickets.claim_next(
            hall_code=ctx.settings.hall.code,
            day=ctx.today(),
            categories=list(categories),
            window_no=actor.window_no,
            now=now,
        )
        if ticket is not None:
            uow.audit.append(
                actor=actor.user,
                terminal_id=actor.terminal_id,
                action="ticket.call",
                target=ticket.number,
                detail={"window": actor.window_no},
                at=now,
            )
    return ticket


class _MoveDetails(TypedDict, total=False):
    """What a move of the ticket may set besides its state (TicketRepository.update_state)."""

    window_no: int | None
    served_by: str | None
    target_window: int | None
    target_category: str | None


def _move(
    ctx: HallContext,
    *,
    actor: Actor,
    ticket_id: str,
    to: TicketState,
    action: str,
    **kwargs: Unpack[_MoveDetails],
) -> TicketRecord:
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        ticket = uow.tickets.update_state(ticket_id=ticket_id, to_state=to, at=now, **kwargs)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action=action,
            target=ticket.number,
            detail={"window": actor.window_no, **{k: v for k, v in kwargs.items() if v is not None}},
            at=now,
        )
    return ticket


def recall(ctx: HallContext, *, actor: Actor, ticket_id: str) -> TicketRecord:
    return _move(
        ctx,
        actor=actor,
        ticket_id=ticket_id,
        to=TicketState.CALLED,
        action="ticket.recall",
        window_no=actor.window_no,
    )


def start_serving(ctx: HallContext, *, actor: Actor, ticket_id: str) -> TicketRecord:
    return _move(
        ctx,
        actor=actor,
        ticket_id=ticket_id,
        to=TicketState.SERVING,
        action="ticket.serve",
        served_by=actor.user,
        window_no=actor.window_no,
    )


def finish(ctx: HallContext, *, actor: Actor, ticket_id: str) -> TicketRecord:
    return _move(ctx, actor=actor, ticket_id=ticket_id, to=TicketState.DONE, action="ticket.done")


def mark_no_show(ctx: HallContext, *, actor: Actor, ticket_id: str) -> TicketRecord:
    return _move(ctx, actor=actor, ticket_id=ticket_id, to=TicketState.NO_SHOW, action="ticket.no_show")


def hold(ctx: HallContext, *, actor: Actor, ticket_id: str) -> TicketRecord:
    return _move(ctx, actor=actor, ticket_id=ticket_id, to=TicketState.HELD, action="ticket.hold")


def resume(ctx: HallContext, *, actor: Actor, ticket_id: str) -> TicketRecord:
    return _move(
        ctx,
        actor=actor,
        ticket_id=ticket_id,
        to=TicketState.SERVING,
        action="ticket.resume",
        served_by=actor.user,
        window_no=actor.window_no,
    )


def transfer(
    ctx: HallContext,
    *,
    actor: Actor,
    ticket_id: str,
    target_window: int | None = None,
    target_category: str | None = None,
) -> TicketRecord:
    if target_category is not None:
        _category(ctx, target_category)
    return _move(
        ctx,
        actor=actor,
        ticket_id=ticket_id,
        to=TicketState.TRANSFERRED,
        action="ticket.transfer",
        target_window=target_window,
        target_category=target_category,
    )


# ---------------------------------------------------------------------- status


def hall_now(ctx: HallContext) -> HallNow:
    """The hall's hours as of now and the people waiting today, in one read."""
    with ctx.unit_of_work(read_only=True) as uow:
        hours = current_hours(ctx, uow)
    return HallNow(hours, sum(c.waiting for c in queue_status(ctx)))


@dataclass(frozen=True, slots=True)
class WindowQueue:
    """What one window's queue panel shows: the waiting counts, and its own open tickets."""

    status: list[CategoryStatus]
    mine: list[TicketRecord]  # called / serving / held at this window today


def window_queue(ctx: HallContext, *, actor: Actor) -> WindowQueue:
    """The queue as the window of ``actor`` sees it; after a restart ``mine`` holds the ticket
    this window was serving."""
    require(actor, Permission.CALL_QUEUE)
    if actor.window_no is None:
        raise ValidationError(
            "本终端没有绑定窗口号，不能叫号。", hint="请管理员在配置中设置 terminal.window_no。"
        )
    with ctx.unit_of_work(read_only=True) as uow:
        mine = [
            t
            for t in uow.tickets.list_for_day(
                hall_code=ctx.settings.hall.code,
                day=ctx.today(),
                states=[TicketState.CALLED, TicketState.SERVING, TicketState.HELD],
            )
            if t.window_no == actor.window_no
        ]
    return WindowQueue(queue_status(ctx), mine)


def queue_status(ctx: HallContext, *, day: date | None = None) -> list[CategoryStatus]:
    day = day or ctx.today()
    with ctx.unit_of_work(read_only=True) as uow:
        counts = uow.tickets.counts(hall_code=ctx.settings.hall.code, day=day)
    out = []
    for code, (prefix, name) in ctx.settings.tickets.categories.items():
        c = counts.get(code, {})
        out.append(
            CategoryStatus(
                category=code,
                prefix=prefix,
                name=name,
                waiting=sum(c.get(s, 0) for s in CALLABLE_STATES),
                called=c.get(TicketState.CALLED, 0),
                serving=c.get(TicketState.SERVING, 0) + c.get(TicketState.HELD, 0),
                done=c.get(TicketState.DONE, 0),
                no_show=c.get(TicketState.NO_SHOW, 0),
            )
        )
    return out
