"""The ``yimen`` command line: one entry point for every app, tool and check.

Each sub-command group lives in ``yimen/commands/<group>.py``; the modules that do the
work (the apps, OpenCV, the services) are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from yimen import __version__
from yimen.output import emit_error

# group -> module in yimen.commands that defines add_parser(subparsers)
GROUPS = (
    "db",
    "catalog",
    "ticket",
    "queue",
    "case",
    "hours",
    "audit",
    "jobs",
    "terminals",
    "account",
    "backup",
    "data",
    "sync",
    "hall",
    "platform",
    "devices",
    "demo",
    "apps",
    "config",
    "verify",
)


def version_text() -> str:
    """``yimen 0.1.1.dev48+g6fbd937d5 (debian, /opt/yimen)``: the build from git (last tag,
    commits since, commit) and the installation it runs from."""
    import sys

    from shared.domain.errors import ConfigError
    from shared.domain.installation import find_installation

    try:
        kind = find_installation().kind
    except ConfigError:
        kind = "broken installation marker"
    return f"yimen {__version__} ({kind}, {sys.prefix}, Python {sys.version.split()[0]})"


class _PrintVersion(argparse.Action):
    """argparse's own version action re-wraps the line at the terminal's width."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yimen",
        description="一门 Yimen: 政务服务大厅软件 (kiosk, counter, hall display, store, devices).",
    )
    parser.add_argument("--version", action=_PrintVersion, help="print the build and the installation, then exit")
    parser.add_argument("--config", metavar="FILE", help="settings TOML file (default: $YIMEN_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="group", metavar="COMMAND")
    sub.required = True
    for group in GROUPS:
        importlib.import_module(f"yimen.commands.{group}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args)
    from devices.errors import DeviceError
    from shared.domain.errors import YimenError

    try:
        return int(args.func(args) or 0)
    except (YimenError, DeviceError) as e:
        emit_error(e.message, e.hint, details=getattr(e, "problems", None) or ())
        return 2
    except KeyboardInterrupt:
        return 130


def _configure_logging(args: argparse.Namespace) -> None:
    """Masked logs from the first line on: to journald under systemd, else a rotating file and
    stderr. A configuration that cannot be read still gets masked stderr logging; the command
    itself then reports what is wrong with the file."""
    from shared.domain.errors import ConfigError
    from shared.domain.settings import load_settings
    from shared.services.logging_setup import configure_logging

    try:
        settings = load_settings(getattr(args, "config", None))
    except ConfigError:
        configure_logging(verbose=args.verbose)
        return
    configure_logging(settings.logging, store=settings.store, verbose=args.verbose)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
