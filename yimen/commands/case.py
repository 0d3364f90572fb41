"""yimen case list | show NO  (personal data masked)"""

from __future__ import annotations

import argparse

from shared.domain.cases import CaseState, format_case_no
from yimen.commands._common import add_json, cli_actor, open_context
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("case", help="cases (办件)")
    csub = p.add_subparsers(dest="case_cmd", required=True, metavar="ACTION")
    ls = csub.add_parser("list", help="newest first")
    ls.add_argument("--state", choices=[s.value for s in CaseState])
    ls.add_argument("--overdue", action="store_true", help="open cases past their promised date")
    ls.add_argument("--limit", type=int, default=50)
    add_json(ls)
    ls.set_defaults(func=list_)
    sh = csub.add_parser("show", help="one case with its history")
    sh.add_argument("case_no")
    add_json(sh)
    sh.set_defaults(func=show)


def list_(args: argparse.Namespace) -> int:
    from shared.services.case_list import list_cases

    ctx = open_context(args)
    try:
        rows = list_cases(
            ctx,
            actor=cli_actor(ctx),
            state=CaseState(args.state) if args.state else None,
            overdue=args.overdue,
            limit=args.limit,
        )
    finally:
        ctx.close()
    out = [
        {
            "case_no": r.case_no,
            "item": r.item_name,
            "state": r.state.value,
            "state_label": r.state_label,
            "applicant": r.applicant,
            "applicant_id": r.applicant_id,
            "promised_date": r.promised_date,
            "created_at": r.created_at,
        }
        for r in rows
    ]
    if args.json:
        emit_json({"cases": out})
    elif not out:
        emit_lines("没有符合条件的办件。")
    else:
        emit_lines(
            [
                f"{format_case_no(str(c['case_no']))}  {c['state_label']:<5} {c['item']}  {c['applicant']}  承诺{c['promised_date'] or '-'}"
                for c in out
            ]
        )
    return 0


def show(args: argparse.Namespace) -> int:
    import dataclasses

    from shared.services.case_clock import case_clock
    from shared.services.cases import case_progress

    ctx = open_context(args)
    try:
        p = case_progress(ctx, case_no=args.case_no)
        clock = case_clock(ctx, case_no=p.case_no)
    finally:
        ctx.close()
    if args.json:
        doc = dataclasses.asdict(p)
        doc["clock"] = clock.as_json()  # paused periods (补正, 特别程序) and the promised date
        emit_json(doc)
        return 0
    lines = [
        f"办件编号：{format_case_no(p.case_no)}  {p.item_name}",
        f"申请人：{p.applicant}（{p.applicant_id}）",
        f"当前状态：{p.state_label} —— {p.next_step}",
        f"承诺办结：{p.promised_date or '-'}{'（预计，待节假日安排公布后确认）' if p.deadline_provisional else ''}",
        *clock.lines(),
        *[f"待补：{m}" for m in p.missing],
        "进度：",
        *[f"  {at:%Y-%m-%d %H:%M}  {label}  {note}" for at, label, note in p.history],
    ]
    emit_lines(lines)
    return 0
