"""The manager's board of bad reviews (差评整改): every follow-up with the review it answers,
tracked to closure (国办发〔2019〕51号: every 差评 followed up and put right)."""

from __future__ import annotations

from shared.domain.errors import ValidationError
from shared.domain.evaluations import LEVEL_LABELS, BadReviewReason, EvaluationLevel
from shared.domain.figures import FollowupItem
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.evaluations import close_followup
from shared.services.permissions import Permission, require
from shared.services.staff_names import staff_namer


def _reason_labels(reasons: tuple[str, ...]) -> tuple[str, ...]:
    labels = []
    for r in reasons:
        try:
            labels.append(BadReviewReason(r).label)
        except ValueError:  # a reason code newer than this terminal: shown as it came
            labels.append(str(r))
    return tuple(labels)


def followup_board(ctx: HallContext, *, actor: Actor, include_closed: bool = False) -> list[FollowupItem]:
    """Each follow-up with its review: overdue ones first, then by due date, closed ones last."""
    require(actor, Permission.HANDLE_FOLLOWUP)
    today = ctx.today()
    with ctx.unit_of_work(read_only=True) as uow:
        pairs = uow.evaluations.followups_with_reviews(include_closed=include_closed)
        name = staff_namer(uow)
        names = {e.clerk: name(e.clerk) for _, e in pairs}
    out = [
        FollowupItem(
            id=f.id,
            case_no=e.target_no,
            level=e.level,
            level_label=LEVEL_LABELS[EvaluationLevel(e.level)],
            reasons=_reason_labels(e.reasons),
            comment=e.comment,
            window_no=e.window_no,
            clerk=e.clerk,
            created_at=f.created_at,
            due_date=f.due_date,
            state=f.state,
            overdue=f.state != "closed" and f.due_date < today,
            resolution=f.resolution,
            clerk_name=names[e.clerk],
        )
        for f, e in pairs
    ]
    out.sort(key=lambda i: (i.state == "closed", not i.overdue, i.due_date))
    return out


def settle_followup(ctx: HallContext, *, actor: Actor, followup_id: str, resolution: str) -> None:
    """Close a follow-up with what was found and put right."""
    require(actor, Permission.HANDLE_FOLLOWUP)
    if len(resolution.strip()) < 4:
        raise ValidationError("请写明核实情况和整改措施。", hint="例如：已电话回访，调整窗口人员排班。")
    close_followup(ctx, actor=actor, followup_id=followup_id, resolution=resolution.strip())
