"""yimen data purge [--dry-run] — personal data deleted when its retention period is over
(个人信息保护法 art. 19, 47; settings [retention], docs/operations.md)."""

from __future__ import annotations

import argparse

from yimen.commands._common import add_json, open_context
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("data", help="personal data retention: purge what has outlived its purpose")
    dsub = p.add_subparsers(dest="data_cmd", required=True, metavar="ACTION")
    purge = dsub.add_parser("purge", help="delete expired personal data, then vacuum; one work-log line")
    purge.add_argument("--dry-run", action="store_true", help="count what would go, change nothing")
    add_json(purge)
    purge.set_defaults(func=run_purge)


def run_purge(args: argparse.Namespace) -> int:
    from shared.services.retention import describe, purge

    ctx = open_context(args)
    try:
        report = purge(ctx, dry_run=args.dry_run)
    finally:
        ctx.close()
    if args.json:
        emit_json(
            {
                "dry_run": report.dry_run,
                "at": report.at,
                "counts": report.counts,
                "backups_deleted": report.backups_deleted,
                "reclaimed": report.reclaimed,
            }
        )
        return 0
    head = "试运行（未改动任何数据）:" if report.dry_run else "个人信息到期清理完成，已写入工作日志:"
    emit_lines([head, *describe(report)])
    return 0
