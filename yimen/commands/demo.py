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
    from yimen.demo.upstream import platform_database_notice

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
            f"午间休息（12:00—14:30）到达 {c.get('lunch_break_waits', 0)} 人，自助机告知14:30开始办理后再取号",
            f"受理 {c.get('accepted', 0)} 件（当场办结 {c.get('finished_on_the_spot', 0)}），补正告知（一次性告知） {c.get('supplement_notices', 0)} 件",
            f"规则演示: 补正后承诺日顺延 {c.get('rules_promised_moved', 0)} 件（{_moved(s)}），"
            f"不予受理并打印通知书 {c.get('rules_not_accepted', 0)} 件，"
            f"周六延时服务取号 {c.get('saturday_tickets', 0)} 张（未开窗口的类别拒绝 {c.get('saturday_refused', 0)} 次）",
            f"免证办: 电子证照核验通过 {c.get('licences_verified', 0)} 件（断网时纸质受理、联网后由定时任务核验 "
            f"{c.get('licences_verified_by_job', 0)} 件），核验未通过被拒 {c.get('licences_refused', 0)} 件（{_refused(s)}）",
            f"首问负责: 登记 {c.get('first_asks', 0)} 件，书面移交 {c.get('first_asks_handed_over', 0)} 件，"
            f"办结 {c.get('first_asks_closed', 0)} 件",
            f"帮办代办: 村站免费代办 {c.get('agency_free', 0)} 件，流转单扫码交接 {c.get('transfer_handovers', 0)} 次，"
            f"送达县中心签收受理 {c.get('transfers_arrived', 0)} 件（{_route(s)}），"
            f"污损二维码拒收 {c.get('transfer_scans_refused', 0)} 次",
            f"候号时间 中位 {s['wait_minutes']['median']:.0f} 分钟，最长 {s['wait_minutes']['max']:.0f} 分钟",
            f"差评整改 {c.get('followups', 0)} 件；审计日志 {'完整' if s['audit']['ok'] else '被篡改!'}（{s['audit']['rows']} 条）",
            f"同步省平台（参考实现 {s['upstream']['base_url']}）: 上传 {s['upstream']['sent']} 条事件，"
            f"取回审批结果 {s['upstream']['decisions_applied']} 条，隔离 {s['upstream']['quarantined']} 条，剩余待传 {s['outbox_backlog']} 条",
            _sample(s),
            _query_print(s),
            f"打印预览: {', '.join(s['previews'].values())}；逐分钟记录: hall-day.log；汇总: summary.json",
            platform_database_notice(out),
        ]
    )
    return 0 if s["audit"]["ok"] else 1


def _route(s: dict) -> str:
    a = (s.get("rules") or {}).get("agency") or {}
    return a.get("route", "无")


def _refused(s: dict) -> str:
    refused = (s.get("rules") or {}).get("licences", {}).get("refused")
    return refused["reason"].rstrip("。") if refused else "无"


def _sample(s: dict) -> str:
    c = s.get("sample_case")
    if not c:
        return ""
    return f"办件 {c['case_no']}（{c['item']}，{c['applicant']}）: 窗口受理后为“{c.get('state_before_sync', '?')}”，省平台审批后为“{c['state']}”"


def _query_print(s: dict) -> str:
    q = s.get("query_print") or {}
    c = s["counts"]
    if not q:
        return ""
    printing = (
        f"A4 打印 {c.get('a4_printed', 0)} 份（{q.get('printed_pdf', '')}），缺纸 {c.get('a4_paper_out', 0)} 次后重打 {c.get('a4_reprinted', 0)} 份"
        if not q.get("printing") else f"未打印 A4：{q['printing']}"
    )  # fmt: skip
    v = q.get("verified_at_window") or {}
    return (
        f"查询打印: 参保证明 {printing}；窗口扫码验真 {v.get('verdict', '?')}（{v.get('mode', '?')}）；"
        f"断网时查询被拒 {c.get('query_offline_refused', 0)} 次"
    )


def _moved(s: dict) -> str:
    sup = (s.get("rules") or {}).get("supplement") or {}
    if not sup:
        return "无"
    return f"{sup['promised_before']} → {sup['promised_after']}，暂停{sup['paused_working_days']}个工作日"
