"""yimen ticket issue CATEGORY"""

from __future__ import annotations

import argparse

from yimen.commands._common import add_json, cli_actor, open_context
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ticket", help="queue tickets")
    tsub = p.add_subparsers(dest="ticket_cmd", required=True, metavar="ACTION")
    iss = tsub.add_parser("issue", help="issue the next ticket of a category (general, social, civil, ...)")
    iss.add_argument("category")
    iss.add_argument(
        "--id-number", help="resident ID number: green channel by age, one open ticket per person"
    )
    iss.add_argument("--name", default="")
    add_json(iss)
    iss.set_defaults(func=issue)


def issue(args: argparse.Namespace) -> int:
    from shared.services.tickets import issue_ticket

    ctx = open_context(args)
    try:
        t = issue_ticket(
            ctx, category=args.category, actor=cli_actor(ctx), id_number=args.id_number, name=args.name
        )
    finally:
        ctx.close()
    if args.json:
        emit_json(
            {
                "number": t.number,
                "category": t.ticket.category,
                "category_name": t.category_name,
                "priority": t.priority_label,
                "waiting_ahead": t.waiting_ahead,
                "estimated_wait_minutes": t.estimated_wait_minutes,
                "issued_at": t.ticket.issued_at,
            }
        )
    else:
        emit_lines(
            f"{t.number}  {t.category_name}  {t.priority_label}  前面还有{t.waiting_ahead}人，约{t.estimated_wait_minutes}分钟"
        )
    return 0
