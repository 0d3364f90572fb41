"""yimen audit verify"""

from __future__ import annotations

import argparse

from yimen.commands._common import add_json, cli_actor, open_context
from yimen.output import emit_error, emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="the tamper-evident work log (工作日志)")
    asub = p.add_subparsers(dest="audit_cmd", required=True, metavar="ACTION")
    v = asub.add_parser("verify", help="check the SM3 chain; exit 1 and name the first bad row if broken")
    add_json(v)
    v.set_defaults(func=verify)


def verify(args: argparse.Namespace) -> int:
    from shared.services.work_log import verify_work_log

    ctx = open_context(args)
    try:
        report = verify_work_log(ctx, actor=cli_actor(ctx))
    finally:
        ctx.close()
    if args.json:
        emit_json(
            {
                "ok": report.ok,
                "rows_checked": report.rows_checked,
                "first_bad_seq": report.first_bad_seq,
                "first_bad_chain": report.first_bad_chain,
                "problem": report.problem,
            }
        )
    elif report.ok:
        emit_lines(f"审计日志完整: 已核验 {report.rows_checked} 条。")
    else:
        emit_error(report.problem, "保留当前数据库副本作为证据，从备份恢复，并核查该条前后的操作记录。")
    return 0 if report.ok else 1
