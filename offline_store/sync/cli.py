"""``yimen sync status [--json] | run [--json] | retry [EVENT_ID ...] [--json]``.

The lead wires :func:`add_arguments` / :func:`run` into ``yimen.cli``; :func:`main` runs
the group on its own (``python -m offline_store.sync.cli status``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from shared.domain.errors import YimenError


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    st = sub.add_parser("status", help="backlog, quarantine, last sync, status light")
    st.add_argument("--json", action="store_true")
    run = sub.add_parser("run", help="one sync pass now (push, feed, catalog, calendar)")
    run.add_argument("--json", action="store_true")
    run.add_argument(
        "--every",
        type=float,
        metavar="SECONDS",
        help="keep running: a pass every SECONDS until SIGTERM (yimen-sync.service)",
    )
    retry = sub.add_parser("retry", help="send quarantined events again (all, or the given ids)")
    retry.add_argument("event_ids", nargs="*", metavar="EVENT_ID")
    retry.add_argument("--json", action="store_true")


def _open(settings: Any) -> Any:
    from offline_store.store import Store

    return Store.open(settings.store)


def _print(doc: dict[str, Any], lines: list[str], as_json: bool) -> None:
    if as_json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print("\n".join(lines))


def run(args: argparse.Namespace, settings: Any) -> int:
    from offline_store.sync import outbox_io
    from offline_store.sync.status import may_accept_self_service, read_status

    store = _open(settings)
    try:
        if args.sync_cmd == "status":
            status = read_status(
                store,
                max_backlog=settings.platform.max_backlog,
                max_days_since_sync=settings.platform.max_days_since_sync,
            )
            with store.unit_of_work(read_only=True) as uow:
                held = outbox_io.blocked_cases(uow.outbox)
            ok, why = may_accept_self_service(status, settings)
            doc = status.to_dict() | {
                "quarantined_events": held,
                "self_service_allowed": ok,
                "self_service_reason": why,
            }
            lines = [
                f"[{status.light.value}] {status.words}",
                f"待上传 {status.pending} 条，隔离 {status.quarantined} 条，其后等待 {status.blocked} 条",
                f"上次成功同步：{status.last_success_at or '从未'}；目录版本：{status.catalog_version or '无'}",
            ]
            if status.last_error:
                lines.append(f"最近错误：{status.last_error}")
            lines += [
                f"  隔离 {h['event_id']} 办件 {h['case_no']} 第{h['case_seq']}条 {h['kind']}: {h['reason']}"
                for h in held
            ]
            if not ok:
                lines.append(why)
            _print(doc, lines, args.json)
            return 0
        from offline_store.sync.worker import SyncWorker

        worker = SyncWorker.from_settings(settings, store)
        try:
            if args.sync_cmd == "retry":
                n = worker.retry_quarantined(args.event_ids or None)
                report = worker.run_once(reference_data=False)
                _print(
                    {"requeued": n, "report": asdict(report)},
                    [f"已将 {n} 条隔离记录重新排队", _summary(report)],
                    args.json,
                )
            else:
                report = worker.run_once(reference_data=True)
                _print(asdict(report), [_summary(report)], args.json)
            return 0 if report.ok else 1
        finally:
            worker.client.close()
    finally:
        store.close()


def _summary(report: Any) -> str:
    text = (
        f"上传 {report.sent} 条（重复确认 {report.duplicates} 条），退回隔离 {report.quarantined + report.quarantined_locally} 条；"
        f"审批进度 {report.feed.applied} 条；目录 {report.catalog_version or '无变化'}"
    )
    return text + (f"；失败：{report.error}" if report.error else "")


def main(argv: Sequence[str] | None = None) -> int:
    from shared.domain.settings import load_settings

    parser = argparse.ArgumentParser(prog="yimen sync", description="与省平台同步")
    parser.add_argument("--config", help="settings TOML")
    sub = parser.add_subparsers(dest="sync_cmd", required=True)
    add_arguments(sub)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from shared.domain.masking import PiiMaskingFilter  # the masking is on at every level (issue 15)

    for handler in logging.getLogger().handlers:
        handler.addFilter(PiiMaskingFilter())
    try:
        return run(args, load_settings(args.config))
    except YimenError as e:
        print(f"yimen: {e.message}", file=sys.stderr)
        if e.hint:
            print(f"  -> {e.hint}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
