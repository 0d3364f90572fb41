"""好差评 use cases: one review per service, reasons for bad ones, a follow-up for every
bad review, and 基本满意 recorded for services nobody reviewed in time."""

from __future__ import annotations

from dataclasses import dataclass

from offline_store.records import EvaluationRecord, FollowupRecord
from shared.domain.cases import is_valid_case_no
from shared.domain.errors import CalendarNotCovered, NotFound, ValidationError
from shared.domain.evaluations import (
    REASON_LABELS,
    BadReviewReason,
    Evaluation,
    EvaluationChannel,
    EvaluationLevel,
    make_default_evaluation,
)
from shared.domain.payloads import EvaluationRef, TicketRef
from shared.domain.tickets import STATE_LABELS as TICKET_STATE_LABELS
from shared.domain.tickets import TicketState
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.events import emit
from shared.services.permissions import Permission, require
from shared.services.slips import evaluation_token


@dataclass(frozen=True, slots=True)
class EvaluationOutcome:
    evaluation: EvaluationRecord
    followup: FollowupRecord | None


@dataclass(frozen=True, slots=True)
class ReviewTarget:
    """The one service a review is about (一事一评): a case, or a ticket served at a window."""

    kind: str  # "case" | "ticket"
    number: str  # what the resident sees: case number or ticket number
    target_no: str  # case number, or the ticket's id
    service_name: str
    window_no: int | None
    already_reviewed: bool


def review_target_for_case(ctx: HallContext, *, case_no: str, token: str | None = None) -> ReviewTarget:
    """The case a resident wants to review, by its number (typed) or its QR (with a keyed
    token, so a review code cannot be made up for another case)."""
    case_no = case_no.strip()
    if token is not None and token != evaluation_token(ctx, kind="case", number=case_no):
        raise ValidationError("这个评价二维码无效。", hint="请扫描窗口或凭证上的评价二维码，或输入办件编号。")
    if not is_valid_case_no(case_no):
        raise ValidationError(
            "办件编号应为20位数字，请核对后重新输入。", hint="办件编号印在受理凭证上，也可以扫描凭证上的二维码。"
        )
    with ctx.unit_of_work(read_only=True) as uow:
        stored = uow.cases.get_by_no(case_no)
        done = uow.evaluations.get(target_kind="case", target_no=case_no) is not None
    rec = stored.record
    return ReviewTarget("case", case_no, case_no, rec.item_name, rec.window_no, done)


def review_target_for_ticket(ctx: HallContext, *, ref: TicketRef) -> ReviewTarget:
    """A window visit that produced no case (a consultation), by the QR on its queue slip;
    only once it has been served, and only in the hall that issued it."""
    if ref.hall != ctx.settings.hall.code:
        raise ValidationError(
            "这张排队凭条不是本大厅的。", hint="请到取号的大厅评价，或扫描受理凭证上的二维码。"
        )
    with ctx.unit_of_work(read_only=True) as uow:
        ticket = uow.tickets.find_by_number(hall_code=ref.hall, day=ref.day, number=ref.number)
        if ticket is None:
            raise NotFound(words("找不到{number}号的排队记录。", number=ref.number), hint="请核对凭条，或输入受理凭证上的办件编号。")
        done = uow.evaluations.get(target_kind="ticket", target_no=ticket.id) is not None
    if ticket.state is not TicketState.DONE:
        raise ValidationError(
            words("{number}号现在是“{ticket_state_labels}”，办完后再来评价。", number=ticket.number, ticket_state_labels=TICKET_STATE_LABELS[ticket.state]),
            hint="窗口办理结束后，扫描凭条上的二维码即可评价。",
        )
    name = ctx.settings.tickets.categories.get(ticket.category, ("", ticket.category))[1]
    return ReviewTarget("ticket", ticket.number, ticket.id, name, ticket.window_no, done)


def review_target_for_ref(ctx: HallContext, *, ref: EvaluationRef) -> ReviewTarget:
    """The target of a scanned evaluation QR (only case codes carry a token)."""
    if ref.kind != "case":
        raise ValidationError("这个评价二维码无效。", hint="请输入受理凭证上的办件编号。")
    return review_target_for_case(ctx, case_no=ref.no, token=ref.token)


def submit_review(
    ctx: HallContext,
    *,
    actor: Actor,
    target: ReviewTarget,
    level: EvaluationLevel,
    channel: EvaluationChannel,
    reasons: tuple[BadReviewReason, ...] = (),
    comment: str = "",
) -> EvaluationRecord:
    """Store the review of ``target``, whichever kind it is."""
    if target.kind == "case":
        return evaluate_case(
            ctx,
            actor=actor,
            case_no=target.target_no,
            level=level,
            channel=channel,
            reasons=reasons,
            comment=comment,
        ).evaluation
    return evaluate_ticket(
        ctx,
        actor=actor,
        ticket_id=target.target_no,
        level=level,
        channel=channel,
        reasons=reasons,
        comment=comment,
    ).evaluation


def evaluate_ticket(
    ctx: HallContext,
    *,
    actor: Actor,
    ticket_id: str,
    level: EvaluationLevel,
    channel: EvaluationChannel,
    reasons: tuple[BadReviewReason, ...] = (),
    comment: str = "",
) -> EvaluationOutcome:
    """一次一评 for a window visit that produced no case (a consultation, a query).

    Same rules as a case review (reasons for 差评, a follow-up due in N working days); no
    outbox row, because the platform counts reviews per case (docs/upstream-protocol.md).
    """
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        ticket = uow.tickets.get(ticket_id)
        if ticket.state is not TicketState.DONE:
            raise ValidationError(
                words("{number}号现在是“{ticket_state_labels}”，办完后再来评价。", number=ticket.number, ticket_state_labels=TICKET_STATE_LABELS[ticket.state]),
                hint="窗口办理结束后，扫描凭条上的二维码即可评价。",
            )
        Evaluation(
            case_no=ticket.number,
            level=level,
            channel=channel,
            evaluated_at=now,
            reasons=reasons,
            comment=comment,
        ).validate()
        record = uow.evaluations.add(
            target_kind="ticket",
            target_no=ticket.id,
            level=int(level),
            channel=channel.value,
            reasons=[r.value for r in reasons],
            comment=comment,
            window_no=ticket.window_no,
            clerk=ticket.served_by,
            at=now,
        )
        followup = None
        if level.is_bad:
            due, _provisional = ctx.calendar(uow).add_working_days_provisional(
                ctx.today(), ctx.settings.evaluation.followup_working_days
            )
            followup = uow.evaluations.open_followup(evaluation_id=record.id, due_date=due, at=now)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="evaluation.add",
            target=ticket.number,
            detail={"level": int(level), "kind": "ticket", "followup": followup is not None},
            at=now,
        )
    return EvaluationOutcome(record, followup)


def evaluate_case(
    ctx: HallContext,
    *,
    actor: Actor,
    case_no: str,
    level: EvaluationLevel,
    channel: EvaluationChannel,
    reasons: tuple[BadReviewReason, ...] = (),
    comment: str = "",
    real_name: bool = False,
) -> EvaluationOutcome:
    """Store the one review of a case; a bad one opens a follow-up due in N working days."""
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        stored = uow.cases.get_by_no(case_no)
        review = Evaluation(
            case_no=case_no,
            level=level,
            channel=channel,
            evaluated_at=now,
            reasons=reasons,
            comment=comment,
            window_no=stored.record.window_no,
            clerk=stored.record.clerk,
            real_name=real_name,
        )
        review.validate()
        record = uow.evaluations.add(
            target_kind="case",
            target_no=case_no,
            level=int(level),
            channel=channel.value,
            reasons=[r.value for r in reasons],
            comment=comment,
            real_name=real_name,
            window_no=stored.record.window_no,
            clerk=stored.record.clerk,
            at=now,
        )
        followup = None
        if review.is_bad:
            due, _provisional = ctx.calendar(uow).add_working_days_provisional(
                ctx.today(), ctx.settings.evaluation.followup_working_days
            )
            followup = uow.evaluations.open_followup(evaluation_id=record.id, due_date=due, at=now)
        emit(
            uow,
            kind="evaluation",
            case_no=case_no,
            payload={
                "level": int(level),
                "channel": channel.value,
                "reasons": [r.value for r in reasons],
                # the protocol's one reason text: the labels chosen, then the resident's words
                "reason": "；".join([*(REASON_LABELS[r] for r in reasons), *([comment] if comment else [])]),
                "comment": comment,
                "default": False,
            },
            at=now,
        )
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="evaluation.add",
            target=case_no,
            detail={"level": int(level), "followup": followup is not None},
            at=now,
        )
    return EvaluationOutcome(record, followup)


def apply_default_evaluations(ctx: HallContext, *, actor: Actor, limit: int = 500) -> list[str]:
    """Record 基本满意 for finished cases whose review period has passed; returns their numbers.

    A case whose period cannot be computed yet (calendar not published) waits for the next run.
    """
    now, today = ctx.now(), ctx.today()
    done: list[str] = []
    with ctx.unit_of_work() as uow:
        cal = ctx.calendar(uow)
        for case_no in uow.evaluations.targets_without_evaluation(
            target_kind="case", finished_before=now, limit=limit
        ):
            stored = uow.cases.get_by_no(case_no)
            finished = stored.record.decided_at or stored.record.accepted_at
            if finished is None:
                continue
            try:
                review = make_default_evaluation(
                    case_no=case_no,
                    service_day=finished.astimezone(ctx.tz).date(),
                    calendar=cal,
                    now=now.astimezone(ctx.tz),
                    working_days=ctx.settings.evaluation.default_after_working_days,
                )
            except (ValidationError, CalendarNotCovered):
                continue  # still inside the review period, or its end is not computable yet
            uow.evaluations.add(
                target_kind="case",
                target_no=case_no,
                level=int(review.level),
                channel=review.channel.value,
                is_default=True,
                window_no=stored.record.window_no,
                clerk=stored.record.clerk,
                at=now,
            )
            emit(
                uow,
                kind="evaluation",
                case_no=case_no,
                payload={"level": int(review.level), "channel": review.channel.value, "default": True},
                at=now,
            )
            done.append(case_no)
        if done:
            uow.audit.append(
                actor=actor.user,
                terminal_id=actor.terminal_id,
                action="evaluation.default",
                target=f"{len(done)} cases",
                detail={"day": today.isoformat()},
                at=now,
            )
    return done


def close_followup(ctx: HallContext, *, actor: Actor, followup_id: str, resolution: str) -> FollowupRecord:
    require(actor, Permission.HANDLE_FOLLOWUP)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        record = uow.evaluations.close_followup(followup_id=followup_id, resolution=resolution, at=now)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="followup.close",
            target=followup_id,
            at=now,
        )
    return record


def open_followups(ctx: HallContext) -> list[FollowupRecord]:
    with ctx.unit_of_work(read_only=True) as uow:
        return uow.evaluations.followups(state="open")
