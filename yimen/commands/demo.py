"""yimen demo: the whole hall on one machine with simulated devices and an embedded store."""

from __future__ import annotations

import argparse
from pathlib import Path

from yimen.output import emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="play a scripted hall day on simulated devices; artifacts to demo-out/")
    p.add_argument("--out", default="demo-out", help="where the store, prints and summary go (replaced)")
    p.add_argument("--residents", type=int, default=90)
    p.add_argument("--seed", type=int, default=2026)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--live", action="store_true", help="open the kiosk, counter and hall display windows")
    mode.add_argument("--headless", action="store_true", help="the scripted day, even with a screen")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from yimen.demo.hall_day import play_hall_day
    from yimen.demo.live import has_display, play_live

    out = Path(args.out).resolve()
    if args.live or (has_display() and not args.headless):
        return play_live(out)
    emit_lines("没有检测到显示器: 改为无界面演示（有显示器时 `yimen demo` 会打开三个窗口）。")
    emit_lines(f"一门演示: 在模拟设备上重演勐海县政务服务中心的一天，结果写入 {out}/ …")
    s = play_hall_day(out, residents=args.residents, seed=args.seed)
    c = s["counts"]
    emit_lines(
        [
            f"日期 {s['day']}  取号 {c.get('tickets', 0)} 张（绿色通道 {c.get('green_channel', 0)}，重复取号被拒 {c.get('tickets_refused', 0)}）",
            f"受理 {c.get('accepted', 0)} 件（当场办结 {c.get('finished_on_the_spot', 0)}），一次性告知 {c.get('not_accepted', 0)} 件",
            f"候号时间 中位 {s['wait_minutes']['median']:.0f} 分钟，最长 {s['wait_minutes']['max']:.0f} 分钟",
            f"差评整改 {c.get('followups', 0)} 件；审计日志 {'完整' if s['audit']['ok'] else '被篡改!'}（{s['audit']['rows']} 条）",
            f"同步省平台（参考实现 {s['upstream']['base_url']}）: 上传 {s['upstream']['sent']} 条事件，"
            f"取回审批结果 {s['upstream']['decisions_applied']} 条，隔离 {s['upstream']['quarantined']} 条，剩余待传 {s['outbox_backlog']} 条",
            _sample(s),
            f"打印预览: {', '.join(s['previews'].values())}；逐分钟记录: hall-day.log；汇总: summary.json",
        ]
    )
    return 0 if s["audit"]["ok"] else 1


def _sample(s: dict) -> str:
    c = s.get("sample_case")
    if not c:
        return ""
    return f"办件 {c['case_no']}（{c['item']}，{c['applicant']}）: 窗口受理后为“{c.get('state_before_sync', '?')}”，省平台审批后为“{c['state']}”"
