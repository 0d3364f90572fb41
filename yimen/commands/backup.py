"""yimen backup passphrase | create | list | verify | restore, and yimen keys export | import
(issue 15, point 3). Long work shows a progress bar (rich) on stderr."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from yimen.commands._common import add_json, open_context, settings_of
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="sealed backups of the store: create, list, verify, restore")
    bsub = p.add_subparsers(dest="backup_cmd", required=True, metavar="ACTION")
    pp = bsub.add_parser("passphrase", help="set the backup passphrase (a 0600 file; keep a paper copy)")
    pp.add_argument("--replace", action="store_true", help="replace an existing passphrase")
    _secret_args(pp)
    pp.set_defaults(func=set_passphrase)
    c = bsub.add_parser("create", help="back the store up now (SQLite online backup / pg_dump), sealed")
    add_json(c)
    c.set_defaults(func=create)
    ls = bsub.add_parser("list", help="the backups, newest first; half-written ones are marked")
    add_json(ls)
    ls.set_defaults(func=list_)
    v = bsub.add_parser("verify", help="open a whole backup and check its database")
    v.add_argument("name", help="a name from `yimen backup list`, or a path")
    _typed_passphrase(v)
    add_json(v)
    v.set_defaults(func=verify)
    r = bsub.add_parser("restore", help="replace the store with a backup (stop the terminals first)")
    r.add_argument("name", help="a name from `yimen backup list`, or a path")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _typed_passphrase(r)
    r.set_defaults(func=restore)

    k = sub.add_parser("keys", help="export or import the PII key, sealed under a passphrase")
    ksub = k.add_subparsers(dest="keys_cmd", required=True, metavar="ACTION")
    e = ksub.add_parser("export", help="write the PII key sealed under a passphrase to FILE")
    e.add_argument("file")
    _secret_args(e)
    e.set_defaults(func=export_key)
    i = ksub.add_parser("import", help="put an exported key in place as store.key_file")
    i.add_argument("file")
    i.add_argument("--replace", action="store_true", help="replace a different key already here")
    _secret_args(i)
    i.set_defaults(func=import_key)


def _secret_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from one line of stdin"
    )


def _typed_passphrase(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-prompt",
        action="store_true",
        help="type the passphrase (a new machine without the passphrase file)",
    )
    _secret_args(p)


def _ask(args: argparse.Namespace, *, twice: bool, prompt: str = "口令: ") -> str:
    from shared.domain.errors import ValidationError

    if getattr(args, "passphrase_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise ValidationError("标准输入中没有口令。", hint="去掉 --passphrase-stdin 在提示下输入。")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("再输入一次: ") != first:
        raise ValidationError("两次输入的口令不一致。", hint="请重新运行命令。")
    return first


def _given_passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_prompt or args.passphrase_stdin:
        return _ask(args, twice=False)
    return None  # the passphrase file


@contextmanager
def _progress(label: str) -> Iterator[tuple[Callable[[int | None], None], Callable[[int], None]]]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=None)

        def total(n: int | None) -> None:
            bar.update(task, total=n)

        def advance(n: int) -> None:
            bar.advance(task, n)

        yield total, advance


def _doc(b: Any) -> dict[str, Any]:
    f = b.fields
    return {
        "name": b.name,
        "path": str(b.path),
        "bytes": b.size,
        "good": not b.problem,
        "problem": b.problem,
        "created_at": f.get("created_at"),
        "kind": f.get("kind"),
        "schema": f.get("schema"),
        "pii_key_id": f.get("pii_key_id"),
        "terminal_id": f.get("terminal_id"),
    }


def set_passphrase(args: argparse.Namespace) -> int:
    from shared.services import backups

    path = backups.write_passphrase(settings_of(args), _ask(args, twice=True), replace=args.replace)
    emit_lines(f"备份口令已写入 {path}（0600）。请把口令抄写一份锁进保险柜：没有它，任何备份都打不开。")
    return 0


def create(args: argparse.Namespace) -> int:
    from shared.services import backups

    ctx = open_context(args)
    try:
        with _progress("备份") as (total, advance):
            report = backups.create_backup(ctx, on_total=total, on_progress=advance)
    finally:
        ctx.close()
    if args.json:
        emit_json({"backup": _doc(report.file), "deleted": [p.name for p in report.deleted]})
        return 0
    lines = [f"已备份: {report.file.path}（{report.file.size / 1e6:.1f} MB，已加密）"]
    if report.deleted:
        lines.append(f"按保留规则删除: {', '.join(p.name for p in report.deleted)}")
    if report.leftovers:
        lines.append(f"清理了中断的备份残留: {', '.join(p.name for p in report.leftovers)}")
    emit_lines(lines)
    return 0


def list_(args: argparse.Namespace) -> int:
    from shared.services import backups

    done, partial = backups.list_backups(settings_of(args))
    if args.json:
        emit_json({"backups": [_doc(b) for b in done], "incomplete": [p.name for p in partial]})
        return 0
    lines = []
    for b in done:
        if b.problem:
            lines.append(f"✗ {b.name}  无法使用: {b.problem}")
            continue
        f = b.fields
        lines.append(
            f"  {b.name}  {b.size / 1e6:8.1f} MB  {f.get('kind')}  结构 {f.get('schema')}  密钥 {f.get('pii_key_id')}"
        )
    for p in partial:
        lines.append(f"… {p.name}  未完成（正在写入，或写入时被中断；不能用于恢复）")
    emit_lines(lines or "还没有备份。运行 `yimen backup create`。")
    return 0


def verify(args: argparse.Namespace) -> int:
    from shared.services import backups

    passphrase = _given_passphrase(args)
    with _progress("校验") as (total, advance):
        report = backups.verify_backup(
            settings_of(args), args.name, passphrase=passphrase, on_total=total, on_progress=advance
        )
    if args.json:
        emit_json(
            {
                "ok": True,
                "backup": _doc(report.file),
                "plain_bytes": report.plain_bytes,
                "key_matches": report.key_matches,
                "audit_rows": report.audit_rows,
            }
        )
        return 0
    key = {
        True: "与本机密钥相同",
        False: "与本机密钥不同（恢复前须导入该密钥）",
        None: "本机没有密钥文件",
    }[report.key_matches]
    lines = [
        f"备份完整: {report.file.name}（{report.kind}，数据库结构 {report.schema}，{report.plain_bytes / 1e6:.1f} MB）",
        f"需要个人信息密钥 {report.pii_key_id}：{key}",
    ]
    if report.audit_rows is not None:
        lines.append(f"备份中的工作日志完整：已核验 {report.audit_rows} 条")
    emit_lines(lines)
    return 0


def restore(args: argparse.Namespace) -> int:
    from shared.domain.errors import ValidationError, YimenError
    from shared.services import backups

    settings = settings_of(args)
    found = backups.find_backup(settings, args.name)
    backups.check_restorable(settings, found)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("恢复会替换当前数据库。", hint="确认各终端已停止后加 --yes 再运行。")
        answer = input(f"用 {found.name} 替换当前数据库？各终端必须已停止。输入 yes 确认: ")
        if answer.strip().lower() != "yes":
            emit_lines("未恢复。")
            return 1
    passphrase = _given_passphrase(args)
    try:
        ctx = open_context(args)
    except YimenError:
        ctx = None  # no usable current store (a new machine, a damaged file): nothing to keep
    with _progress("恢复") as (total, advance):
        report = backups.restore_backup(
            ctx, settings, args.name, passphrase=passphrase, on_total=total, on_progress=advance
        )
    lines = [f"已恢复 {report.restored.name}（数据库结构 {report.schema_before} → {report.schema_after}）。"]
    if report.safety_copy is not None:
        lines.append(f"恢复前的数据库已另存为备份 {report.safety_copy.name}。")
    if not settings.store.url.startswith("sqlite"):
        lines.append("大厅模式：请运行 `yimen hall init`（同样的参数）恢复各终端的权限，再启动终端。")
    lines.append("核对: `yimen audit verify`。")
    emit_lines(lines)
    return 0


def export_key(args: argparse.Namespace) -> int:
    from shared.services import backups

    out = Path(args.file)
    fid = backups.export_key(settings_of(args), out, passphrase=_ask(args, twice=True))
    emit_lines(f"个人信息密钥 {fid} 已加密导出到 {out}。与数据库备份分开保管，口令另行保管。")
    return 0


def import_key(args: argparse.Namespace) -> int:
    from shared.services import backups

    settings = settings_of(args)
    fid = backups.import_key(
        settings, Path(args.file), passphrase=_ask(args, twice=False), replace=args.replace
    )
    emit_lines(f"个人信息密钥 {fid} 已放到 {settings.store.key_file}（0600）。")
    return 0
