"""yimen queue status"""

from __future__ import annotations

import argparse

from yimen.commands._common import add_json, open_context
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("queue", help="the queue today")
    qsub = p.add_subparsers(dest="queue_cmd", required=True, metavar="ACTION")
    st = qsub.add_parser("status", help="waiting, called and served per category")
    add_json(st)
    st.set_defaults(func=status)


def status(args: argparse.Namespace) -> int:
    import dataclasses

    from shared.services.tickets import queue_status

    ctx = open_context(args)
    try:
        rows = queue_status(ctx)
        day = ctx.today()
    finally:
        ctx.close()
    if args.json:
        emit_json({"day": day, "categories": [dataclasses.asdict(r) for r in rows]})
    else:
        emit_lines([f"{day:%Y-%m-%d}  类别        等候  已叫  办理中  完成  过号"])
        emit_lines(
            [
                f"  {r.prefix} {r.name:<8}{r.waiting:>6}{r.called:>6}{r.serving:>8}{r.done:>6}{r.no_show:>6}"
                for r in rows
            ]
        )
    return 0
