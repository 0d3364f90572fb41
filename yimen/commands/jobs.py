"""yimen jobs list | run [NAME] [--due] | serve — the one periodic job runner (issue 15)."""

from __future__ import annotations

import argparse
import signal
import threading
from typing import Any

from yimen.commands._common import add_json, open_context
from yimen.output import emit_error, emit_json, emit_lines

_STATE_ZH = {
    "ok": "成功",
    "failed": "失败",
    "interrupted": "中断",
    "running": "运行中",
    "skipped": "已由他处运行",
}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("jobs", help="periodic jobs: backups, purges, evaluations, catalog refresh")
    jsub = p.add_subparsers(dest="jobs_cmd", required=True, metavar="ACTION")
    ls = jsub.add_parser("list", help="every job with its schedule, last run and next run")
    add_json(ls)
    ls.set_defaults(func=list_jobs)
    run = jsub.add_parser("run", help="run one job now (NAME), or every due job once (--due)")
    run.add_argument("name", nargs="?", help="the job to run now, whatever its schedule")
    run.add_argument("--due", action="store_true", help="run every job whose time has come, then exit")
    add_json(run)
    run.set_defaults(func=run_jobs)
    serve = jsub.add_parser("serve", help="run due jobs until stopped (the systemd service)")
    serve.add_argument("--max-sleep", type=float, default=None, help="seconds between looks at the record")
    serve.set_defaults(func=serve_jobs)


def _runner(ctx: Any) -> Any:
    from shared.services.jobs import JobRunner

    return JobRunner(ctx)


def _local(ctx: Any, when: Any) -> str:
    return when.astimezone(ctx.tz).strftime("%Y-%m-%d %H:%M") if when is not None else "—"


def list_jobs(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        plans = _runner(ctx).plan()
    finally:
        ctx.close()
    if args.json:
        emit_json(
            {
                "jobs": [
                    {
                        "name": p.job.name,
                        "title": p.job.title,
                        "schedule": p.schedule_text,
                        "enabled": p.enabled,
                        "due": p.due,
                        "next_at": p.next_at,
                        "why": p.why,
                        "last": _run_doc(p.last),
                    }
                    for p in plans
                ]
            }
        )
        return 0
    lines = []
    for p in plans:
        last = p.last
        last_text = (
            f"上次 {_local(ctx, last.started_at)} {_STATE_ZH.get(last.state, last.state)}"
            + (f"：{last.summary}" if last.summary else "")
            if last is not None
            else "从未运行"
        )
        flag = "到期" if p.due else ("停用" if not p.enabled else f"下次 {_local(ctx, p.next_at)}")
        lines.append(f"{p.job.name:<22} {p.job.title}（{p.schedule_text}）  {flag}；{last_text}")
        if last is not None and last.error:
            lines.append(f"{'':<22} 错误: {last.error}")
    emit_lines(lines or "没有登记任何定时任务。")
    return 0


def _run_doc(run: Any) -> dict[str, Any] | None:
    if run is None:
        return None
    return {
        "id": run.id,
        "state": run.state,
        "trigger": run.trigger,
        "attempt": run.attempt,
        "scheduled_for": run.scheduled_for,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "terminal_id": run.terminal_id,
        "summary": run.summary,
        "figures": run.figures,
        "error": run.error,
    }


def run_jobs(args: argparse.Namespace) -> int:
    if bool(args.name) == bool(args.due):
        emit_error(
            "请给出一个任务名，或者 --due（运行所有到期的任务）。",
            "例如 `yimen jobs run backup.create` 或 `yimen jobs run --due`。",
        )
        return 2
    ctx = open_context(args)
    try:
        runner = _runner(ctx)
        outcomes = [runner.run(args.name)] if args.name else runner.run_due()
    finally:
        ctx.close()
    if args.json:
        emit_json(
            {
                "ok": all(o.ok for o in outcomes),
                "runs": [
                    {
                        "name": o.name,
                        "state": o.state,
                        "summary": o.summary,
                        "error": o.error,
                        "run": _run_doc(o.run),
                    }
                    for o in outcomes
                ],
            }
        )
    else:
        lines = [
            f"{o.name}: {_STATE_ZH.get(o.state, o.state)} — {o.summary}"
            + (f"（{o.error}）" if o.error else "")
            for o in outcomes
        ]
        emit_lines(lines or "没有到期的任务。")
    failed = [o for o in outcomes if not o.ok]
    if failed and not args.json:
        emit_error(
            f"{len(failed)} 个任务失败: {', '.join(o.name for o in failed)}。",
            "按上面的错误处理后用 `yimen jobs run NAME` 重跑；`yimen jobs list` 看各任务的最近结果。",
        )
    return 1 if failed else 0


def serve_jobs(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    stop = threading.Event()

    def _stop(signum: int, frame: Any) -> None:
        stop.set()

    previous = {s: signal.signal(s, _stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        max_sleep = args.max_sleep if args.max_sleep is not None else ctx.settings.jobs.max_sleep_seconds
        _runner(ctx).serve(stop=stop, max_sleep=max_sleep)
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
        ctx.close()
    return 0
