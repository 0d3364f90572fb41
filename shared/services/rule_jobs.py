"""The hall's rules that run by themselves, on the one periodic job runner
(:mod:`shared.services.jobs`; ``yimen jobs list | run | serve``):

- ``evaluations.default``: 基本满意 recorded for a finished case nobody reviewed within 5
  working days (国办发〔2019〕51号; ``evaluation.default_after_working_days``);
- ``cases.overdue-warning``: the manager's daily 超期预警 list — open cases whose clock runs
  and that are overdue or due within 2 working days — kept in the work log and in the run's
  record, so it is there each morning whether or not anybody opens the figures;
- ``followups.deadlines``: every 差评 follow-up past or near its due date (15 working days by
  default), named in the work log for the manager;
- ``licences.verify-pending``: e-licences a window accepted on paper or 容缺 while the link
  was down, and shared data a resident consented to, checked with the platform once it
  answers; a refusal becomes a follow-up on the counter that accepted the case (免证办).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from shared.domain.deadlines import SOON_WORKING_DAYS
from shared.services.actor import Actor
from shared.services.case_clock import overdue_warnings
from shared.services.context import HallContext
from shared.services.evaluations import apply_default_evaluations
from shared.services.followups import followup_board
from shared.services.jobs import JobResult, job
from shared.services.licences import platform_for, run_checks


def _actor(ctx: HallContext) -> Actor:
    return Actor.system(ctx.settings.terminal.id)


@job("evaluations.default", title="默认好评（5个工作日未评价）", schedule="every 1h")
def default_evaluations(ctx: HallContext, now: datetime) -> JobResult:
    done = apply_default_evaluations(ctx, actor=_actor(ctx))
    days = ctx.settings.evaluation.default_after_working_days
    return JobResult(
        f"{len(done)} 件办结满{days}个工作日未评价的办件记为基本满意",
        {"defaults": len(done), "cases": done[:50]},
    )


@job("cases.overdue-warning", title="办件超期预警", schedule="daily 08:30")
def overdue_warning(ctx: HallContext, now: datetime) -> JobResult:
    actor = _actor(ctx)
    warnings = overdue_warnings(ctx, actor=actor)
    overdue = [w for w in warnings if w.overdue]
    with ctx.unit_of_work() as uow:
        for w in warnings:
            uow.audit.append(
                actor=actor.user,
                terminal_id=actor.terminal_id,
                action="case.overdue_warning",
                target=w.case_no,
                detail={
                    "promised": w.promised_date.isoformat(),
                    "status": w.status_text,
                    "window": w.window_no,
                    "clerk": w.clerk,
                },
                at=now,
            )
    return JobResult(
        f"超期 {len(overdue)} 件，{SOON_WORKING_DAYS}个工作日内到期 {len(warnings) - len(overdue)} 件",
        {
            "overdue": len(overdue),
            "due_soon": len(warnings) - len(overdue),
            # one line a case (the run's record keeps plain values): 办件编号 事项 承诺日 状态
            "cases": [
                f"{w.case_no} {w.item_name} {w.promised_date:%Y-%m-%d} {w.status_text}"
                for w in warnings[:100]
            ],
        },
    )


@job("followups.deadlines", title="差评整改期限提醒", schedule="daily 08:40")
def followup_deadlines(ctx: HallContext, now: datetime) -> JobResult:
    actor = _actor(ctx)
    today = ctx.today()
    with ctx.unit_of_work(read_only=True) as uow:
        calendar = ctx.calendar(uow)
    soon_by, _ = calendar.add_working_days_provisional(today, SOON_WORKING_DAYS)
    board = [f for f in followup_board(ctx, actor=actor) if f.state != "closed"]
    overdue = [f for f in board if f.overdue]
    soon = [f for f in board if not f.overdue and f.due_date <= soon_by]
    with ctx.unit_of_work() as uow:
        for f, what in [*((f, "overdue") for f in overdue), *((f, "due_soon") for f in soon)]:
            uow.audit.append(
                actor=actor.user,
                terminal_id=actor.terminal_id,
                action="followup.deadline",
                target=f.case_no,
                detail={
                    "due": f.due_date.isoformat(),
                    "state": what,
                    "window": f.window_no,
                    "clerk": f.clerk,
                },
                at=now,
            )
    return JobResult(
        f"差评整改超期 {len(overdue)} 件，即将到期 {len(soon)} 件（共 {len(board)} 件在整改）",
        {"overdue": len(overdue), "due_soon": len(soon), "open": len(board)},
    )


@job(
    "licences.verify-pending",
    title="待核验电子证照与共享数据",
    schedule="every 5m",
    retry_after=timedelta(minutes=2),
)
def verify_pending_licences(ctx: HallContext, now: datetime) -> JobResult:
    platform = platform_for(ctx)
    try:
        round_ = run_checks(ctx, platform=platform, actor=_actor(ctx))
    finally:
        platform.close()
    verified, refused = round_.count("verified"), round_.count("refused")
    summary = f"核验通过 {verified} 项，未通过 {refused} 项（已转窗口跟进）"
    if round_.offline:
        summary += "；省平台暂时连不上，其余待下次核验"
    return JobResult(
        summary,
        {
            "verified": verified,
            "refused": refused,
            "offline": round_.offline,
            "refusals": [o.text for o in round_.refused[:50]],
        },
    )
