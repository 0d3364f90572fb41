"""好差评 use cases: one review per service, reasons for bad ones, a follow-up for every
bad review, and 基本满意 recorded for services nobody reviewed in time."""

from __future__ import annotations

from dataclasses import dataclass

from offline_store.records import EvaluationRecord, FollowupRecord
from shared.errors import CalendarNotCovered, ValidationError
from shared.evaluations import (
    REASON_LABELS,
    BadReviewReason,
    Evaluation,
    EvaluationChannel,
    EvaluationLevel,
    make_default_evaluation,
)
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.events import emit
from shared.services.permissions import Permission, require


@dataclass(frozen=True, slots=True)
class EvaluationOutcome:
    evaluation: EvaluationRecord
    followup: FollowupRecord | None


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
