"""yimen account create | list | lock | unlock | reset — staff accounts from the machine's
console (issue 15, point 2): how a fresh installation gets its first 大厅管理员.

Passwords are typed at a prompt (twice, not echoed) or, for scripts, read from one line of
standard input with ``--password-stdin``; never from the command line, where ``ps`` and the
shell history would keep them. They are hashed with argon2id (shared.services.accounts).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from yimen.commands._common import add_json, cli_actor, open_context
from yimen.output import emit_json, emit_lines

ROLES = ("manager", "clerk", "chief", "helper")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("account", help="staff accounts: the first manager, list, lock, unlock, reset")
    asub = p.add_subparsers(dest="account_cmd", required=True, metavar="ACTION")
    c = asub.add_parser("create", help="create an account (--role manager: refused while a manager exists)")
    c.add_argument("username", help="login name, e.g. admin or zhangsan01")
    c.add_argument("--role", required=True, choices=ROLES)
    c.add_argument("--name", dest="display_name", required=True, help="the person's name (印在受理凭证上)")
    _password_args(c)
    c.set_defaults(func=create)
    ls = asub.add_parser("list", help="every account with its role, state and last sign-in")
    add_json(ls)
    ls.set_defaults(func=list_)
    for action, text in (
        ("lock", "stop an account from signing in (停用)"),
        ("unlock", "let it sign in again"),
    ):
        a = asub.add_parser(action, help=text)
        a.add_argument("username")
        a.set_defaults(func=lock if action == "lock" else unlock)
    r = asub.add_parser("reset", help="set a temporary password (changed at the next sign-in); lifts a lock")
    r.add_argument("username")
    _password_args(r)
    r.set_defaults(func=reset)


def _password_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--password-stdin", action="store_true", help="read the password from one line of stdin")


def read_password(args: argparse.Namespace, *, prompt: str = "密码: ") -> str:
    from shared.domain.errors import ValidationError

    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise ValidationError(
                "标准输入中没有密码。",
                hint="用 `echo 密码 | yimen account …` 或去掉 --password-stdin 在提示下输入。",
            )
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    second = getpass.getpass("再输入一次: ")
    if first != second:
        raise ValidationError("两次输入的密码不一致。", hint="请重新运行命令，仔细输入两次相同的密码。")
    return first


def _doc(v: Any) -> dict[str, Any]:
    return {
        "username": v.username,
        "display_name": v.display_name,
        "role": v.role.value,
        "role_label": v.role_label,
        "active": v.active,
        "locked_until": v.locked_until,
        "failed_attempts": v.failed_attempts,
        "last_sign_in_at": v.last_sign_in_at,
        "must_change_password": v.must_change_password,
    }


def create(args: argparse.Namespace) -> int:
    from shared.services import accounts

    # the password policy is checked before the store is touched, so a weak one costs nothing
    password = read_password(args)
    accounts.check_password_policy(password, username=args.username)
    ctx = open_context(args, create_key=True)
    try:
        if args.role == "manager":
            view = accounts.bootstrap_manager(
                ctx,
                username=args.username,
                display_name=args.display_name,
                password=password,
                terminal_id=ctx.settings.terminal.id,
            )
        else:
            view = accounts.create_account(
                ctx,
                actor=cli_actor(ctx),
                username=args.username,
                display_name=args.display_name,
                role=args.role,
                password=password,
            )
    finally:
        ctx.close()
    emit_lines(f"已创建{view.role_label}账号 {view.username}（{view.display_name}）。可以在柜台端登录。")
    return 0


def list_(args: argparse.Namespace) -> int:
    from shared.services import accounts

    ctx = open_context(args)
    try:
        views = accounts.list_accounts(ctx, actor=cli_actor(ctx))
        tz = ctx.tz
        now = ctx.now()
    finally:
        ctx.close()
    if args.json:
        emit_json({"accounts": [_doc(v) for v in views]})
        return 0
    if not views:
        emit_lines(
            "还没有账号。运行 `yimen account create admin --role manager --name 姓名` 创建第一个大厅管理员。"
        )
        return 0
    lines = []
    for v in views:
        state = "已停用" if not v.active else "正常"
        if v.active and v.locked_until is not None and v.locked_until > now:
            state = f"锁定到 {v.locked_until.astimezone(tz):%m-%d %H:%M}"
        last = f"{v.last_sign_in_at.astimezone(tz):%Y-%m-%d %H:%M}" if v.last_sign_in_at else "从未登录"
        extra = "；需改密码" if v.must_change_password else ""
        lines.append(
            f"{v.username:<16} {v.display_name:<8} {v.role_label:<8} {state}  上次登录 {last}{extra}"
        )
    emit_lines(lines)
    return 0


def lock(args: argparse.Namespace) -> int:
    from shared.services import accounts

    ctx = open_context(args)
    try:
        v = accounts.update_account(ctx, actor=cli_actor(ctx), username=args.username, active=False)
    finally:
        ctx.close()
    emit_lines(
        f"账号 {v.username} 已停用：不能再登录（记录保留）。恢复: `yimen account unlock {v.username}`。"
    )
    return 0


def unlock(args: argparse.Namespace) -> int:
    from shared.services import accounts

    ctx = open_context(args)
    try:
        accounts.update_account(ctx, actor=cli_actor(ctx), username=args.username, active=True)
        v = accounts.unlock_account(ctx, actor=cli_actor(ctx), username=args.username)
    finally:
        ctx.close()
    emit_lines(f"账号 {v.username} 已解锁，可以登录。")
    return 0


def reset(args: argparse.Namespace) -> int:
    from shared.services import accounts

    password = read_password(args, prompt="临时密码: ")
    accounts.check_password_policy(password, username=args.username)
    ctx = open_context(args)
    try:
        v = accounts.reset_password(ctx, actor=cli_actor(ctx), username=args.username, new_password=password)
    finally:
        ctx.close()
    emit_lines(f"账号 {v.username} 的密码已重置为临时密码，下次登录时须修改。")
    return 0
