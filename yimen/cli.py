"""The ``yimen`` command line: one entry point for every app, tool and check.

Each sub-command group lives in ``yimen/commands/<group>.py``; the modules that do the
work (the apps, OpenCV, the services) are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import importlib
import logging
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
    "audit",
    "sync",
    "hall",
    "platform",
    "devices",
    "demo",
    "apps",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yimen",
        description="一门 Yimen: 政务服务大厅软件 (kiosk, counter, hall display, store, devices).",
    )
    parser.add_argument("--version", action="version", version=f"yimen {__version__}")
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
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if args.verbose:
        from shared.masking import PiiMaskingFilter

        for handler in logging.getLogger().handlers:
            handler.addFilter(PiiMaskingFilter())
    from devices.errors import DeviceError
    from shared.errors import YimenError

    try:
        return int(args.func(args) or 0)
    except (YimenError, DeviceError) as e:
        emit_error(e.message, e.hint, details=getattr(e, "problems", None) or ())
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
