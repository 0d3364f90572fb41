"""yimen platform serve | issue-credentials — the reference platform for development and demos."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction) -> None:
    from reference_platform.cli import add_arguments

    p = sub.add_parser("platform", help="run the reference provincial platform (loopback by default)")
    add_arguments(p.add_subparsers(dest="platform_cmd", required=True, metavar="ACTION"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reference_platform.cli import run as platform_run

    return platform_run(args)
