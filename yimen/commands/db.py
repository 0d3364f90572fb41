"""yimen db upgrade | check"""

from __future__ import annotations

import argparse

from yimen.commands._common import add_json, settings_of
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="the local store: migrate, check")
    dsub = p.add_subparsers(dest="db_cmd", required=True, metavar="ACTION")
    up = dsub.add_parser(
        "upgrade", help="migrate to the current schema (backup first); creates the key file on a new install"
    )
    up.set_defaults(func=upgrade)
    ck = dsub.add_parser("check", help="report the schema revision; exit 1 if an upgrade is needed")
    add_json(ck)
    ck.set_defaults(func=check)


def upgrade(args: argparse.Namespace) -> int:
    from offline_store import migrate
    from offline_store.db import create_engine_for
    from offline_store.store import Store

    settings = settings_of(args)
    engine = create_engine_for(settings.store.url)
    try:
        before = migrate.check(engine).current
    finally:
        engine.dispose()
    # Store.open creates the key only for a database without encrypted data, then migrates
    Store.open(settings.store, create_key=True, upgrade=True).close()
    head = migrate.head_revision()
    if before == head:
        emit_lines(f"数据库已是最新结构（{head}）。")
    else:
        emit_lines(
            f"数据库已升级: {before or '空库'} -> {head}（升级前的备份在 {settings.store.backup_dir}）。"
        )
    return 0


def check(args: argparse.Namespace) -> int:
    from offline_store import migrate
    from offline_store.db import create_engine_for

    settings = settings_of(args)
    engine = create_engine_for(settings.store.url)
    try:
        status = migrate.check(engine)
    finally:
        engine.dispose()
    if args.json:
        emit_json({"current": status.current, "head": status.head, "pending": status.pending})
    elif status.pending:
        emit_lines(
            f"需要升级: 当前 {status.current or '空库'}，程序需要 {status.head}。运行 `yimen db upgrade`。"
        )
    else:
        emit_lines(f"数据库结构为最新（{status.head}）。")
    return 1 if status.pending else 0
