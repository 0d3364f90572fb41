"""yimen terminals [--json] | pause ID [--reason R] | resume ID — fleet health (issue 15):
every terminal's last heartbeat with its alerts, and a kiosk's 暂停服务 from the command line."""

from __future__ import annotations

import argparse
import unicodedata
from typing import Any

from yimen.commands._common import add_json, cli_actor, open_context
from yimen.output import emit_json, emit_lines

_MARK = {"ok": "正常", "warning": "注意", "alert": "告警", "offline": "离线"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("terminals", help="fleet health: every terminal's last heartbeat and its alerts")
    add_json(p)
    p.set_defaults(func=show)
    tsub = p.add_subparsers(dest="terminals_cmd", metavar="ACTION")
    pause = tsub.add_parser("pause", help="暂停服务: a kiosk shows the sign at its next heartbeat")
    pause.add_argument("terminal_id")
    pause.add_argument("--reason", default="", help="why, for the work log, e.g. 更换纸卷")
    pause.set_defaults(func=pause_)
    resume = tsub.add_parser("resume", help="a paused kiosk serves again at its next heartbeat")
    resume.add_argument("terminal_id")
    resume.set_defaults(func=resume_)


def width(text: str) -> int:
    """Columns a terminal gives ``text``: two for each wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, cols: int) -> str:
    return text + " " * max(0, cols - width(text))


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    cols = [max(width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = ["  ".join(pad(c, w) for c, w in zip(header, cols, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in cols))
    out.extend("  ".join(pad(c, w) for c, w in zip(r, cols, strict=True)).rstrip() for r in rows)
    return out


def _ago(seconds: float) -> str:
    s = int(seconds)
    if s < 120:
        return f"{s}秒前"
    if s < 7200:
        return f"{s // 60}分钟前"
    if s < 2 * 86400:
        return f"{s // 3600}小时前"
    return f"{s // 86400}天前"


def report_lines(report: Any, tz: Any) -> list[str]:
    from shared.services.fleet import KINDS

    if not report.terminals:
        lines = [
            "还没有终端上报心跳。",
            "  自助机、窗口和叫号屏运行后每隔几秒上报一次（[fleet] heartbeat_seconds）。",
        ]
    else:
        rows = []
        for t in report.terminals:
            b = t.beat
            rows.append(
                [
                    _MARK[t.level],
                    b.terminal_id,
                    KINDS.get(b.kind, b.kind),
                    b.name,
                    b.version,
                    _ago(t.silent_s),
                    b.screen,
                    t.service_words,
                    str(b.outbox_backlog),
                    "；".join(a.text for a in t.alerts) or "—",
                ]
            )
        header = ["状态", "终端", "类型", "名称", "版本", "最后心跳", "画面", "服务", "待上报", "告警"]
        c = report.counts()
        lines = [
            f"终端 {len(report.terminals)} 台：正常 {c['ok']}，注意 {c['warning']}，告警 {c['alert']}，离线 {c['offline']}"
            f"（多数版本 {report.majority_version or '—'}；{report.settings.offline_after_seconds} 秒无心跳算离线）",
            *table(header, rows),
        ]
    if report.job_alerts:
        lines.append("定时任务：")
        lines.extend(f"  告警  {a.text}" for a in report.job_alerts)
    lines.append(f"（{report.at.astimezone(tz):%Y-%m-%d %H:%M:%S}）")
    return lines


def show(args: argparse.Namespace) -> int:
    from shared.services.fleet import list_terminals
    from shared.services.jobs import default_registry

    default_registry()  # the jobs' titles for the alerts (数据库备份 rather than backup.create)
    ctx = open_context(args)
    try:
        report = list_terminals(ctx, actor=cli_actor(ctx))
    finally:
        ctx.close()
    if args.json:
        emit_json(report.as_json())
        return 0
    emit_lines(report_lines(report, ctx.tz))
    return 0


def pause_(args: argparse.Namespace) -> int:
    from shared.services.fleet import pause_terminal

    ctx = open_context(args)
    try:
        cmd = pause_terminal(ctx, actor=cli_actor(ctx), terminal_id=args.terminal_id, reason=args.reason)
        seconds = ctx.settings.fleet.heartbeat_seconds
    finally:
        ctx.close()
    emit_lines(f"已请 {cmd.terminal_id} 暂停服务（{cmd.reason}）；它在下一次心跳（{seconds:g} 秒内）显示“暂停服务”。")
    return 0


def resume_(args: argparse.Namespace) -> int:
    from shared.services.fleet import resume_terminal

    ctx = open_context(args)
    try:
        cmd = resume_terminal(ctx, actor=cli_actor(ctx), terminal_id=args.terminal_id)
        seconds = ctx.settings.fleet.heartbeat_seconds
    finally:
        ctx.close()
    emit_lines(f"已请 {cmd.terminal_id} 恢复服务；它在下一次心跳（{seconds:g} 秒内）回到首页。")
    return 0
