"""Backups and the PII key's export (issue 15, point 3): the use cases behind ``yimen backup``,
``yimen keys`` and the runner's nightly backup.

- A backup is sealed under a key derived from the hall's backup passphrase (a 0600 file,
  ``[backup] passphrase_file``) and never holds the PII key: the key is exported on its own,
  sealed under a passphrase, and kept apart (docs/hall-mode.md, section 6).
- Every backup's header names the PII key its data needs, so a restore onto a machine with
  another key, or none, is refused with the key's fingerprint named.
- A restore refuses a backup from a newer schema than this program knows, proves the whole
  backup first (every chunk authenticated, SQLite integrity check), seals a copy of the
  current database before it replaces anything, then migrates the restored store to the
  current schema if it is older.
- The newest ``[backup] keep`` backups stay; older ones, copies taken before migrations past
  ``keep_migration_copies``, and backups older than ``[retention] backups_days`` are deleted.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from offline_store import backup as mech
from offline_store import migrate
from offline_store.crypto import KEY_SIZE, key_id, load_key_file
from offline_store.sealed import SealedFileError, check_passphrase_strength, read_header, seal, unseal
from shared.domain.errors import ConfigError, KeyFileError, StoreError, ValidationError
from shared.domain.settings import Settings
from shared.domain.words import words
from shared.services.context import HallContext
from shared.services.jobs import JobResult, job

Total = Callable[[int | None], None]
Progress = Callable[[int], None]
_MIGRATION_COPY = "-rev-"


@dataclass(frozen=True, slots=True)
class BackupReport:
    file: mech.BackupFile
    deleted: list[Path] = field(default_factory=list)
    leftovers: list[Path] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class VerifyReport:
    file: mech.BackupFile
    kind: str
    schema: str | None
    plain_bytes: int
    pii_key_id: str
    key_matches: bool | None  # None: this machine has no key file to compare
    audit_rows: int | None  # the work log checked inside the backup (SQLite, with the right key)


# ---------------------------------------------------------------------- the passphrase
def passphrase_path(settings: Settings) -> Path:
    return settings.backup.passphrase_path(settings.store)


def read_passphrase(settings: Settings) -> str:
    path = passphrase_path(settings)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ConfigError(
            words("备份口令文件不存在：{path}", path=path),
            hint="运行 `yimen backup passphrase` 设定口令（至少12个字符），并把口令抄写一份锁进保险柜。",
        ) from None
    if os.name == "posix" and st.st_mode & 0o077:
        raise ConfigError(
            words("备份口令文件权限过宽 ({mode:04o}): {path}", mode=stat.S_IMODE(st.st_mode), path=path),
            hint=words("运行 chmod 600 {path} 后重试。", path=path),
        )
    text = path.read_text(encoding="utf-8").strip("\r\n")
    check_passphrase_strength(text)
    return text


def write_passphrase(settings: Settings, passphrase: str, *, replace: bool = False) -> Path:
    check_passphrase_strength(passphrase)
    path = passphrase_path(settings)
    if path.exists() and not replace:
        raise ValidationError(
            words("备份口令文件已存在：{path}", path=path),
            hint="旧备份仍要用旧口令打开；确需更换请加 --replace，并保管好旧口令。",
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(passphrase + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return path


# ---------------------------------------------------------------------- create and list
def backup_dir(settings: Settings) -> Path:
    return settings.backup.directory(settings.store)


def create_backup(
    ctx: HallContext,
    *,
    passphrase: str | None = None,
    on_total: Total | None = None,
    on_progress: Progress | None = None,
) -> BackupReport:
    settings = ctx.settings
    secret = passphrase if passphrase is not None else read_passphrase(settings)
    check_passphrase_strength(secret)
    directory = backup_dir(settings)
    leftovers = mech.remove_leftovers(directory)
    made = mech.create_backup(
        url=ctx.store.engine.url,
        backup_dir=directory,
        passphrase=secret,
        fields={
            "pii_key_id": ctx.store.cipher.key_id,
            "hall_code": settings.hall.code,
            "terminal_id": settings.terminal.id,
            "yimen_version": _program_version(),
        },
        now=ctx.now(),
        on_total=on_total,
        on_progress=on_progress,
    )
    deleted = prune_backups(settings, now=ctx.now())
    with ctx.unit_of_work() as uow:
        uow.audit.append(
            actor="system",
            terminal_id=settings.terminal.id,
            action="backup.create",
            target=made.name,
            detail={"bytes": made.size, "deleted": [p.name for p in deleted]},
            at=ctx.now(),
        )
    return BackupReport(file=made, deleted=deleted, leftovers=leftovers)


def _program_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("yimen")
    except PackageNotFoundError:  # pragma: no cover - a source tree without an install
        return "unknown"


def list_backups(settings: Settings) -> tuple[list[mech.BackupFile], list[Path]]:
    return mech.list_backups(backup_dir(settings))


def prune_backups(settings: Settings, *, now: datetime) -> list[Path]:
    """Keep the newest ``keep`` good backups (and never delete the newest), drop those past
    the retention period, and trim the copies taken before migrations."""
    directory = backup_dir(settings)
    good, _ = mech.list_backups(directory)
    good = [b for b in good if not b.problem]
    max_age = timedelta(days=settings.retention.backups_days)
    deleted: list[Path] = []
    for i, b in enumerate(good):
        too_many = i >= settings.backup.keep
        too_old = b.created_at is not None and now - b.created_at > max_age
        if i > 0 and (too_many or too_old):
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
                deleted.append(b.path)
    copies = sorted(
        (p for p in directory.glob(f"*{_MIGRATION_COPY}*.db") if p.is_file()),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for i, p in enumerate(copies):
        old = now.timestamp() - p.stat().st_mtime > max_age.total_seconds()
        if i >= settings.backup.keep_migration_copies or old:
            p.unlink()
            deleted.append(p)
    return deleted


def find_backup(settings: Settings, name: str) -> mech.BackupFile:
    p = Path(name)
    candidate = p if p.is_absolute() or p.exists() else backup_dir(settings) / name
    if not candidate.exists():
        raise ValidationError(
            words("找不到备份 {name}。", name=name), hint="`yimen backup list` 列出现有备份；也可以给出备份文件的完整路径。"
        )
    header = read_header(candidate)
    return mech.BackupFile(path=candidate, size=candidate.stat().st_size, fields=dict(header.fields))


def _local_key_id(settings: Settings) -> str | None:
    if not Path(settings.store.key_file).exists():
        return None
    return key_id(load_key_file(settings.store.key_file))


# ---------------------------------------------------------------------- verify
def verify_backup(
    settings: Settings,
    name: str,
    *,
    passphrase: str | None = None,
    on_total: Total | None = None,
    on_progress: Progress | None = None,
) -> VerifyReport:
    """Open the whole backup: every chunk authenticated; the database checked as its kind allows."""
    found = find_backup(settings, name)
    secret = passphrase if passphrase is not None else read_passphrase(settings)
    plain = found.fields.get("plain_bytes")
    if on_total is not None:
        on_total(plain if isinstance(plain, int) else None)
    counted = 0

    def count(n: int) -> None:
        nonlocal counted
        counted += n
        if on_progress is not None:
            on_progress(n)

    local = _local_key_id(settings)
    wanted = str(found.fields.get("pii_key_id", ""))
    kind = found.fields.get("kind")
    audit_rows = None
    if kind == "sqlite":
        with mech.unsealed_sqlite(
            found.path,
            passphrase=secret,
            scratch_dir=backup_dir(settings),
            purpose="verify",
            on_progress=count,
        ) as db:
            schema = mech.sqlite_revision_of(db)
            if schema != found.fields.get("schema"):
                raise SealedFileError(
                    words("{name} 的数据库结构 {schema} 与文件头 {value} 不符。", name=found.name, schema=schema, value=found.fields.get("schema")),
                    hint="换用另一份备份。",
                )
            if local is not None and local == wanted:
                audit_rows = _audit_rows(settings, db)
    elif kind == "postgresql":
        mech.check_pg_dump(found.path, passphrase=secret, on_progress=count)
        schema = found.fields.get("schema")
    else:
        raise SealedFileError(
            words("{name} 不是数据库备份（{kind!r}）。", name=found.name, kind=kind), hint="导出的密钥用 `yimen keys import`。"
        )
    return VerifyReport(
        file=found,
        kind=str(kind),
        schema=schema,
        plain_bytes=counted,
        pii_key_id=wanted,
        key_matches=None if local is None else local == wanted,
        audit_rows=audit_rows,
    )


def _audit_rows(settings: Settings, db: Path) -> int:
    from offline_store.crypto import PiiCipher

    cipher = PiiCipher(load_key_file(settings.store.key_file))
    return mech.verify_audit_chain(db, audit_key=cipher.audit_key)


# ---------------------------------------------------------------------- restore
@dataclass(frozen=True, slots=True)
class RestoreReport:
    restored: mech.BackupFile
    safety_copy: mech.BackupFile | None
    schema_before: str | None
    schema_after: str


def check_restorable(settings: Settings, found: mech.BackupFile) -> None:
    """Refuse a newer schema, and a backup whose PII key is not this machine's, naming both."""
    schema = found.fields.get("schema")
    shipped = migrate.shipped_revisions()
    if schema is not None and schema not in shipped:
        raise StoreError(
            words("备份 {name} 来自更新版本的 Yimen（数据库结构 {schema}），本机程序只认识到 {shipped}。", name=found.name, schema=schema, shipped=shipped[-1]),
            hint="先把本机 Yimen 升级到同一版本或更新版本，再恢复。",
        )
    wanted = str(found.fields.get("pii_key_id", ""))
    local = _local_key_id(settings)
    if local is None:
        raise KeyFileError(
            words("本机没有个人信息密钥文件（{key_file}），而备份 {name} 需要密钥 {wanted}。", key_file=settings.store.key_file, name=found.name, wanted=wanted),
            hint=words("先用 `yimen keys import 导出文件` 导入密钥 {wanted}，再恢复。", wanted=wanted),
        )
    if local != wanted:
        raise KeyFileError(
            words("密钥不符：备份 {name} 需要个人信息密钥 {wanted}，本机密钥是 {local}。", name=found.name, wanted=wanted, local=local),
            hint=words("找回密钥 {wanted} 的导出文件，`yimen keys import 文件 --replace` 后再恢复；否则恢复出的个人信息无法读取。", wanted=wanted),
        )


def restore_backup(
    ctx: HallContext | None,
    settings: Settings,
    name: str,
    *,
    passphrase: str | None = None,
    on_total: Total | None = None,
    on_progress: Progress | None = None,
) -> RestoreReport:
    """Replace the store with a backup (terminals stopped). ``ctx``: the open current store,
    sealed first as a safety copy; None when there is no usable current store."""
    found = find_backup(settings, name)
    check_restorable(settings, found)
    secret = passphrase if passphrase is not None else read_passphrase(settings)
    # prove the backup whole before anything is touched (a wrong passphrase, a cut-off file)
    verify_backup(settings, str(found.path), passphrase=secret, on_total=on_total, on_progress=on_progress)
    safety = None
    if ctx is not None:
        safety = create_backup(ctx, passphrase=secret).file
        ctx.close()
    from offline_store.db import create_engine_for

    url = settings.store.url
    if found.fields.get("kind") == "sqlite":
        if not url.startswith("sqlite"):
            raise StoreError(
                "这是单机（SQLite）备份，而本机配置的是大厅数据库。", hint="检查配置 store.url。"
            )
        target = Path(create_engine_for(url).url.database or "")
        with mech.unsealed_sqlite(
            found.path, passphrase=secret, scratch_dir=backup_dir(settings), purpose="restore"
        ) as db:
            mech.restore_sqlite_file(db, target)
    else:
        if url.startswith("sqlite"):
            raise StoreError(
                "这是大厅（PostgreSQL）备份，而本机配置的是单机数据库。", hint="检查配置 store.url。"
            )
        mech.restore_pg(url, found.path, passphrase=secret)
    engine = create_engine_for(url)
    try:
        result = migrate.upgrade(engine, backup_dir=backup_dir(settings))
    finally:
        engine.dispose()
    return RestoreReport(
        restored=found,
        safety_copy=safety,
        schema_before=found.fields.get("schema"),
        schema_after=result.after,
    )


# ---------------------------------------------------------------------- the PII key
def export_key(settings: Settings, out: Path, *, passphrase: str) -> str:
    """Seal the PII key under ``passphrase`` into ``out`` (0600); returns the key's fingerprint."""
    check_passphrase_strength(passphrase)
    key = load_key_file(settings.store.key_file)
    fid = key_id(key)
    if out.exists():
        raise ValidationError(words("{out} 已存在。", out=out), hint="换一个文件名；不会覆盖已有文件。")
    import io

    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as dst:
        seal(io.BytesIO(key), dst, passphrase=passphrase, fields={"kind": "pii-key", "pii_key_id": fid})
        dst.flush()
        os.fsync(dst.fileno())
    return fid


def import_key(settings: Settings, source: Path, *, passphrase: str, replace: bool = False) -> str:
    """Put an exported key in place as ``store.key_file``; refuses a key that is not the
    database's (when the database names its key) and never overwrites a different key
    without ``replace``."""
    header = read_header(source)
    if header.get("kind") != "pii-key":
        raise SealedFileError(
            words("{source} 不是导出的密钥文件（是 {value!r}）。", source=source, value=header.get("kind")),
            hint="数据库备份用 `yimen backup restore`。",
        )
    key = b"".join(unseal(source, passphrase=passphrase))
    if len(key) != KEY_SIZE or key_id(key) != header.get("pii_key_id"):
        raise SealedFileError(words("{source} 中的密钥已损坏。", source=source), hint="换用另一份导出的密钥。")
    fid = key_id(key)
    needed = _database_key_id(settings)
    if needed is not None and needed != fid:
        raise KeyFileError(
            words("密钥不符：{source} 是密钥 {fid}，而本机数据库的数据是用密钥 {needed} 加密的。", source=source, fid=fid, needed=needed),
            hint=words("找到密钥 {needed} 的导出文件；或先恢复与密钥 {fid} 对应的备份。", needed=needed, fid=fid),
        )
    path = Path(settings.store.key_file)
    local = _local_key_id(settings) if path.exists() else None
    if local == fid:
        return fid
    if local is not None and not replace:
        raise KeyFileError(
            words("本机已有另一把密钥 {local}（{path}）。", local=local, path=path),
            hint="确认不再需要它（先 `yimen keys export` 导出保存）后加 --replace。",
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return fid


def _database_key_id(settings: Settings) -> str | None:
    """The key the configured database names (None: no database yet, or it names none)."""
    from offline_store.db import create_engine_for
    from offline_store.store import stored_key_id

    url = settings.store.url
    if url.startswith("sqlite") and not Path(url.split("///", 1)[-1]).exists():
        return None
    engine = create_engine_for(url)
    try:
        return stored_key_id(engine)
    except Exception:  # no schema yet, no table yet: nothing to compare against
        return None
    finally:
        engine.dispose()


# ---------------------------------------------------------------------- the runner's jobs
@job(
    "backup.create",
    title="数据库加密备份",
    schedule="daily 02:30",
    retry_after=timedelta(minutes=30),
    timeout=timedelta(hours=3),
)
def nightly_backup(ctx: HallContext, now: datetime) -> JobResult:
    report = create_backup(ctx)
    f = report.file
    return JobResult(
        f"备份 {f.name}（{f.size / 1e6:.1f} MB），删除旧备份 {len(report.deleted)} 个",
        {"file": f.name, "bytes": f.size, "deleted": len(report.deleted), "leftovers": len(report.leftovers)},
    )


@job("backup.verify", title="备份可恢复检查", schedule="weekly sun 03:30", timeout=timedelta(hours=3))
def weekly_verify(ctx: HallContext, now: datetime) -> JobResult:
    good = [b for b in list_backups(ctx.settings)[0] if not b.problem]
    if not good:
        raise StoreError(
            "没有可检查的备份。", hint="运行 `yimen backup create`，并确认 backup.create 任务在运行。"
        )
    report = verify_backup(ctx.settings, str(good[0].path))
    if report.key_matches is False:
        raise KeyFileError(
            words("最新备份 {name} 需要密钥 {pii_key_id}，与本机密钥不同。", name=good[0].name, pii_key_id=report.pii_key_id),
            hint="核对 store.key_file；用 `yimen keys export` 重新导出并保管本机密钥。",
        )
    return JobResult(
        f"最新备份 {good[0].name} 可以完整解开（{report.plain_bytes / 1e6:.1f} MB）",
        {"file": good[0].name, "plain_bytes": report.plain_bytes, "audit_rows": report.audit_rows},
    )


__all__ = [
    "BackupReport",
    "RestoreReport",
    "VerifyReport",
    "create_backup",
    "export_key",
    "import_key",
    "list_backups",
    "prune_backups",
    "read_passphrase",
    "restore_backup",
    "verify_backup",
    "write_passphrase",
]
