"""yimen hours [--date D] [--json] | close … | reopen ID: the hall's periods of a day, and the
manager's temporary closures."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from yimen.commands._common import add_json, cli_actor, open_context
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hours", help="the hall's opening periods of a day; temporary closures")
    p.add_argument("--date", help="YYYY-MM-DD (default: today in the hall's time zone)")
    add_json(p)
    p.set_defaults(func=show)
    hsub = p.add_subparsers(dest="hours_cmd", metavar="ACTION")
    close = hsub.add_parser("close", help="暂停办理: close the hall, a window or a category for a while")
    close.add_argument("--from", dest="starts", required=True, help="start, e.g. 2026-11-17T14:30")
    close.add_argument("--to", dest="ends", required=True, help="end, e.g. 2026-11-17T16:00")
    close.add_argument("--reason", required=True, help="shown to residents, e.g. 系统升级")
    scope = close.add_mutually_exclusive_group()
    scope.add_argument("--window", type=int)
    scope.add_argument("--category")
    close.set_defaults(func=close_)
    reopen = hsub.add_parser("reopen", help="cancel a temporary closure")
    reopen.add_argument("closure_id")
    reopen.set_defaults(func=reopen_)


def _day(text: str | None, today: date) -> date:
    from shared.domain.errors import ValidationError

    if not text:
        return today
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"日期“{text}”格式不对。", hint="请写成 YYYY-MM-DD，例如 2026-11-21。"
        ) from None


def _instant(text: str, tz) -> datetime:
    from shared.domain.errors import ValidationError

    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"时间“{text}”格式不对。", hint="请写成 YYYY-MM-DDTHH:MM，例如 2026-11-17T14:30。"
        ) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)


def _periods(spans) -> str:
    if not spans:
        return "休息"
    return "、".join(f"{s.start:%H:%M}—{s.end:%H:%M}" + ("（延时服务）" if s.extended else "") for s in spans)


def show(args: argparse.Namespace) -> int:
    from shared.services.hall_time import day_plan

    ctx = open_context(args)
    try:
        plan = day_plan(ctx, day=_day(args.date, ctx.today()))
    finally:
        ctx.close()
    if args.json:
        emit_json(plan.as_json())
        return 0
    source = "" if plan.source == "catalog" else "（目录未公布作息安排，按本机配置）"
    lines = [
        f"{plan.day:%Y-%m-%d}（星期{'一二三四五六日'[plan.day.weekday()]}，{plan.kind_label}）{source}",
        f"全厅: {_periods(plan.hall.spans)}",
        "业务类别:",
        *[f"  {c.name}（{c.category}）: {_periods(c.hours.spans)}" for c in plan.categories],
        "窗口:",
        *[f"  {w.number}号 {w.name}: {_periods(w.hours.spans)}" for w in plan.windows],
    ]
    if plan.closures:
        lines += ["暂停办理:"] + [
            f"  {c.scope} {c.starts_at.astimezone(ctx.tz):%m-%d %H:%M}—{c.ends_at.astimezone(ctx.tz):%m-%d %H:%M} {c.reason}（{c.id}）"
            for c in plan.closures
        ]
    lines.append(f"公布的作息: {plan.schedule_text}")
    emit_lines(lines)
    return 0


def close_(args: argparse.Namespace) -> int:
    from shared.services.hall_time import close_temporarily

    ctx = open_context(args)
    try:
        c = close_temporarily(
            ctx,
            actor=cli_actor(ctx),
            starts_at=_instant(args.starts, ctx.tz),
            ends_at=_instant(args.ends, ctx.tz),
            reason=args.reason,
            window_no=args.window,
            category=args.category,
        )
    finally:
        ctx.close()
    emit_lines(f"{c.scope}暂停办理已登记（{c.id}）：{c.reason}。取消请运行 `yimen hours reopen {c.id}`。")
    return 0


def reopen_(args: argparse.Namespace) -> int:
    from shared.services.hall_time import cancel_closure

    ctx = open_context(args)
    try:
        c = cancel_closure(ctx, actor=cli_actor(ctx), closure_id=args.closure_id)
    finally:
        ctx.close()
    emit_lines(f"{c.scope}的暂停办理已取消。")
    return 0
