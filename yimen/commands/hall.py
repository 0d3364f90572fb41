"""yimen hall init | check — hall mode on PostgreSQL: roles, terminal configs, checks."""

from __future__ import annotations

import argparse

from yimen.commands._common import settings_of


def add_parser(sub: argparse._SubParsersAction) -> None:
    from offline_store.hall.cli import add_arguments

    p = sub.add_parser(
        "hall", help="hall mode (PostgreSQL): create roles and terminal configs, check this terminal"
    )
    add_arguments(p.add_subparsers(dest="hall_cmd", required=True, metavar="ACTION"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from offline_store.hall.cli import run as hall_run

    return hall_run(args, settings_of(args))
