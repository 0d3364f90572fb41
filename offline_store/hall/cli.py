"""``yimen hall init | check``: argument parsing and printing for the lead's ``yimen/cli.py``.

Wiring (in ``yimen/commands``)::

    p = sub.add_parser("hall", help="hall mode: roles, terminal configs, checks")
    offline_store.hall.cli.add_arguments(p.add_subparsers(dest="hall_cmd", required=True, metavar="ACTION"))
    p.set_defaults(func=lambda args: offline_store.hall.cli.run(args, settings_of(args)))

This module may not import ``yimen`` (the store sits below the command line), so it prints
for itself: one JSON document with ``--json``, plain lines otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from shared.domain.settings import Settings


def add_arguments(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser(
        "init",
        help="create database roles, grants and row-level security; write one 0600 config per terminal",
        description="Run as the hall database owner. Idempotent: run again after adding terminals or upgrading.",
    )
    init.add_argument("--admin-url", help="owner's database URL (default: store.url of --config)")
    size = init.add_argument_group("terminals (or --plan)")
    size.add_argument("--kiosks", type=int, default=0, metavar="N")
    size.add_argument("--counters", type=int, default=0, metavar="N", help="window n gets terminal T-000n")
    size.add_argument("--displays", type=int, default=0, metavar="N")
    size.add_argument("--sync", type=int, default=1, metavar="N", help="sync workers (default 1)")
    size.add_argument("--managers", type=int, default=1, metavar="N", help="manager stations (default 1)")
    init.add_argument("--plan", type=Path, help="TOML with [[terminal]] id, kind, name, window_no")
    init.add_argument("--out", type=Path, required=True, help="directory for the terminals' config files")
    init.add_argument(
        "--server-host", help="address terminals use to reach the server (default: admin URL host)"
    )
    init.add_argument("--server-port", type=int)
    init.add_argument(
        "--key-file", type=Path, help="path of the PII key on the terminals (default: store.key_file)"
    )
    init.add_argument("--prefix", default="yimen", help="role name prefix (one per hall on a shared server)")
    init.add_argument(
        "--sslmode", default="prefer", choices=["disable", "prefer", "require", "verify-ca", "verify-full"]
    )
    init.add_argument(
        "--rotate", action="store_true", help="give every terminal a new password and config file"
    )
    init.add_argument("--json", action="store_true", help="one JSON document on stdout")
    init.set_defaults(hall_cmd="init")

    check = subparsers.add_parser(
        "check", help="connectivity, role, row-level security, migration level, event triggers, clock offset"
    )
    check.add_argument("--json", action="store_true", help="one JSON document on stdout")
    check.set_defaults(hall_cmd="check")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.hall_cmd == "init":
        return _init(args, settings)
    if args.hall_cmd == "check":
        return _check(args, settings)
    raise SystemExit(f"unknown hall action {args.hall_cmd}")  # pragma: no cover - argparse prevents it


def _init(args: argparse.Namespace, settings: Settings) -> int:
    from offline_store.hall.roles import HallPlan, hall_init

    if args.plan is not None:
        plan = HallPlan.from_toml(args.plan)
    else:
        plan = HallPlan.numbered(
            kiosks=args.kiosks,
            counters=args.counters,
            displays=args.displays,
            sync=args.sync,
            managers=args.managers,
        )
    result = hall_init(
        args.admin_url or settings.store.url,
        plan=plan,
        out_dir=args.out,
        key_file=args.key_file or settings.store.key_file,
        backup_dir=settings.store.backup_dir,
        hall=settings.hall,
        prefix=args.prefix,
        server_host=args.server_host,
        server_port=args.server_port,
        sslmode=args.sslmode,
        rotate=args.rotate,
    )
    if args.json:
        _emit_json(
            {
                "database": result.database,
                "schema": result.schema,
                "revision": result.revision,
                "groups": result.groups,
                "terminals": [
                    {
                        "terminal_id": t.terminal_id,
                        "kind": t.kind,
                        "role": t.role,
                        "config_file": str(t.config_file),
                        "created": t.created,
                        "written": t.written,
                    }
                    for t in result.terminals
                ],
            }
        )
        return 0
    written = [t for t in result.terminals if t.written]
    print(
        f"大厅数据库 {result.database}（schema {result.schema}，结构 {result.revision}）已设置角色、权限和行级安全。"
    )
    print(f"角色组：{', '.join(result.groups.values())}")
    print(f"终端 {len(result.terminals)} 台，新写配置文件 {len(written)} 个（权限 0600）：")
    for t in written:
        print(f"  {t.terminal_id:<8} {t.kind:<8} {t.role:<32} {t.config_file}")
    kept = len(result.terminals) - len(written)
    if kept:
        print(f"另有 {kept} 台终端的角色和配置文件保持不变（--rotate 可全部换新密码）。")
    print("把每个配置文件和 PII 密钥文件复制到对应终端（仅 Yimen 用户可读），在终端上运行 yimen hall check。")
    return 0


def _check(args: argparse.Namespace, settings: Settings) -> int:
    from offline_store.hall.check import hall_check

    report = hall_check(settings)
    if args.json:
        _emit_json(report.to_dict())
    else:
        for line in report.lines():
            print(line)
    return 0 if report.ok else 1


def _emit_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
