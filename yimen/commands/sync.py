"""yimen sync status | run | retry — the outbox to the provincial platform."""

from __future__ import annotations

import argparse

from yimen.commands._common import settings_of


def add_parser(sub: argparse._SubParsersAction) -> None:
    from offline_store.sync.cli import add_arguments

    p = sub.add_parser(
        "sync", help="the provincial platform: backlog, one pass now, retry quarantined events"
    )
    add_arguments(p.add_subparsers(dest="sync_cmd", required=True, metavar="ACTION"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from offline_store.sync.cli import run as sync_run

    return sync_run(args, settings_of(args))
