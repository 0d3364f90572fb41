"""Backups of the store, sealed under a passphrase (issue 15, point 3): the mechanics.

- **SQLite** (a station): the online backup API copies the database in one step, inside one
  read transaction, so the copy is the database as of one commit even while a kiosk writes
  (WAL lets the writer go on). The copy goes to a 0600 temporary file that is unlinked as
  soon as it is open, and is sealed from there.
- **PostgreSQL** (a hall): ``pg_dump -Fc`` streams straight into the sealer; no plain dump
  touches the disk. Restore streams back into ``pg_restore``.
- A backup is written as ``.<name>.partial-<pid>`` and renamed only when complete and synced:
  a process killed half-way leaves a partial file that is never listed as a backup, and the
  next ``create`` removes it once its process is gone.

Sealing is :mod:`offline_store.sealed`. The PII key is never inside a backup (docs/hall-mode.md
section 6): the header names the key's fingerprint so a restore can say which key it needs.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy.engine import URL, make_url

from offline_store.sealed import SealedFileError, read_header, seal, unseal
from shared.domain.errors import StoreError
from shared.domain.words import words

SUFFIX = ".yimen-backup"
_PARTIAL = re.compile(r"^\.(?P<name>.+)\.partial-(?P<pid>\d+)$")
_SCRATCH = re.compile(r"^\.(snapshot|restore|verify)-(?P<pid>\d+)\.db(-journal|-wal|-shm)?$")
Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    size: int
    fields: dict[str, Any]  # the sealed header (unauthenticated until verified)
    problem: str = ""  # why it cannot be listed as good ("" = a complete file with a readable header)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def created_at(self) -> datetime | None:
        raw = self.fields.get("created_at")
        return datetime.fromisoformat(raw) if raw else None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_leftovers(backup_dir: Path) -> list[Path]:
    """Delete partial backups and scratch copies whose process is gone (killed, power cut)."""
    removed: list[Path] = []
    if not backup_dir.is_dir():
        return removed
    for p in backup_dir.iterdir():
        m = _PARTIAL.match(p.name) or _SCRATCH.match(p.name)
        if m is not None and not _pid_alive(int(m.group("pid"))):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
                removed.append(p)
    return removed


def list_backups(backup_dir: Path) -> tuple[list[BackupFile], list[Path]]:
    """Complete backups, newest first, and the partial files of backups still (or never) being written."""
    if not backup_dir.is_dir():
        return [], []
    done, partial = [], []
    for p in backup_dir.iterdir():
        if _PARTIAL.match(p.name):
            partial.append(p)
            continue
        if not p.name.endswith(SUFFIX) or p.name.startswith("."):
            continue
        try:
            header = read_header(p)
            done.append(BackupFile(path=p, size=p.stat().st_size, fields=dict(header.fields)))
        except SealedFileError as e:
            done.append(BackupFile(path=p, size=p.stat().st_size, fields={}, problem=e.message))
    done.sort(key=lambda b: (b.fields.get("created_at", ""), b.name), reverse=True)
    return done, sorted(partial)


# ---------------------------------------------------------------------------- PostgreSQL tools
def libpq_command(url: str | URL) -> tuple[list[str], dict[str, str]]:
    """Connection arguments and environment for pg_dump/pg_restore from a SQLAlchemy URL.

    The password goes in the environment (never on the command line, where ``ps`` shows it);
    a ``-csearch_path=S`` option limits the dump to schema S (the test schemas, a hall sharing
    a server with others)."""
    u = make_url(url) if isinstance(url, str) else url
    args = ["--dbname", u.database or ""]
    if u.host:
        args += ["--host", u.host]
    if u.port:
        args += ["--port", str(u.port)]
    if u.username:
        args += ["--username", u.username]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    query = dict(u.query)
    for key, var in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("connect_timeout", "PGCONNECT_TIMEOUT"),
    ):
        if key in query:
            env[var] = str(query[key])
    options = str(query.get("options", ""))
    if m := re.search(r"-csearch_path=([A-Za-z0-9_]+)", options):
        args += ["--schema", m.group(1)]
    return args, env


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        raise StoreError(
            words("找不到 {tool}：大厅模式的备份要用 PostgreSQL 客户端工具。", tool=tool),
            hint="Debian: apt-get install postgresql-client（版本不低于数据库服务器）。",
        )
    return found


class _Drain(threading.Thread):
    """Reads a child's stderr so it never blocks on a full pipe; keeps the last lines."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(daemon=True, name="backup-stderr")
        self.stream = stream
        self.lines: list[str] = []

    def run(self) -> None:
        for line in self.stream:
            self.lines = [*self.lines[-20:], line.decode("utf-8", "replace").rstrip()]

    def text(self) -> str:
        return "; ".join(x for x in self.lines if x)[-600:]


# ---------------------------------------------------------------------------- create
def create_backup(
    *,
    url: str | URL,
    backup_dir: Path,
    passphrase: str,
    fields: dict[str, Any],
    now: datetime,
    on_total: Callable[[int | None], None] | None = None,
    on_progress: Progress | None = None,
) -> BackupFile:
    """Write one sealed backup of the database at ``url`` into ``backup_dir``; returns it."""
    u = make_url(url) if isinstance(url, str) else url
    kind = "sqlite" if u.get_backend_name() == "sqlite" else "postgresql"
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(backup_dir, 0o700)
    remove_leftovers(backup_dir)
    name = f"yimen-{kind}-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}{SUFFIX}"
    final = backup_dir / name
    n = 1
    while final.exists():
        n += 1
        final = backup_dir / f"yimen-{kind}-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}-{n}{SUFFIX}"
    partial = backup_dir / f".{final.name}.partial-{os.getpid()}"
    header = {**fields, "kind": kind, "created_at": now.astimezone(UTC).isoformat()}
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as dst:
            if kind == "sqlite":
                _seal_sqlite(u, backup_dir, dst, passphrase, header, on_total, on_progress)
            else:
                _seal_pg_dump(u, dst, passphrase, header, on_total, on_progress)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, final)
        _fsync_dir(backup_dir)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    return BackupFile(path=final, size=final.stat().st_size, fields=dict(read_header(final).fields))


def _seal_sqlite(
    u: URL,
    backup_dir: Path,
    dst: IO[bytes],
    passphrase: str,
    header: dict[str, Any],
    on_total: Callable[[int | None], None] | None,
    on_progress: Progress | None,
) -> None:
    source = Path(u.database or "")
    if not source.is_file():
        raise StoreError(words("数据库文件不存在：{source}", source=source), hint="检查配置 store.url。")
    scratch = backup_dir / f".snapshot-{os.getpid()}.db"
    fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            copy = sqlite3.connect(scratch)
            try:
                # one step = one read transaction: the copy is the database as of one commit
                src.backup(copy, pages=-1)
                header["schema"] = _sqlite_revision(copy)
            finally:
                copy.close()
        finally:
            src.close()
        with scratch.open("rb") as plain:
            scratch.unlink()  # the plain copy leaves the directory at once; the open handle reads on
            size = os.fstat(plain.fileno()).st_size
            header["plain_bytes"] = size
            if on_total is not None:
                on_total(size)
            seal(plain, dst, passphrase=passphrase, fields=header, on_progress=on_progress)
    finally:
        with contextlib.suppress(FileNotFoundError):
            scratch.unlink()


def _sqlite_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def _pg_revision(u: URL) -> str | None:
    import sqlalchemy as sa

    from offline_store.db import create_engine_for

    engine = create_engine_for(u.render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
    finally:
        engine.dispose()


def _seal_pg_dump(
    u: URL,
    dst: IO[bytes],
    passphrase: str,
    header: dict[str, Any],
    on_total: Callable[[int | None], None] | None,
    on_progress: Progress | None,
) -> None:
    args, env = libpq_command(u)
    header["schema"] = _pg_revision(u)
    if on_total is not None:
        on_total(None)  # pg_dump does not say how much is coming
    proc = subprocess.Popen(
        [_need("pg_dump"), "--format=custom", "--no-password", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    drain = _Drain(proc.stderr)
    drain.start()
    try:
        seal(proc.stdout, dst, passphrase=passphrase, fields=header, on_progress=on_progress)
    finally:
        proc.stdout.close()
        code = proc.wait()
        drain.join(timeout=10)
    if code != 0:
        raise StoreError(
            words("pg_dump 失败（退出码 {code}）：{text}", code=code, text=drain.text()), hint="检查数据库连接、权限和磁盘空间后重试。"
        )


# ---------------------------------------------------------------------------- verify and restore
def _plain_chunks(path: Path, passphrase: str, on_progress: Progress | None) -> Iterator[bytes]:
    return unseal(path, passphrase=passphrase, on_progress=on_progress)


@contextlib.contextmanager
def unsealed_sqlite(
    path: Path, *, passphrase: str, scratch_dir: Path, purpose: str, on_progress: Progress | None = None
) -> Iterator[Path]:
    """The backup's database as a 0600 scratch file (removed afterwards), checked for integrity."""
    scratch_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    scratch = scratch_dir / f".{purpose}-{os.getpid()}.db"
    fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in _plain_chunks(path, passphrase, on_progress):
                out.write(chunk)
        conn = sqlite3.connect(scratch)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise SealedFileError(
                words("{name} 解开后不是有效的 SQLite 数据库：{error}", name=path.name, error=e), hint="换用另一份备份。"
            ) from None
        finally:
            conn.close()
        if result != "ok":
            raise SealedFileError(
                words("{name} 中的数据库未通过完整性检查：{result}", name=path.name, result=result), hint="换用另一份备份。"
            )
        yield scratch
    finally:
        with contextlib.suppress(FileNotFoundError):
            scratch.unlink()


def sqlite_revision_of(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return _sqlite_revision(conn)
    finally:
        conn.close()


def verify_audit_chain(db: Path, *, audit_key: bytes) -> int:
    """Check the work log inside an unsealed SQLite backup; returns the rows checked."""
    from sqlalchemy.orm import Session

    from offline_store.audit import AuditLog
    from offline_store.db import create_engine_for

    engine = create_engine_for(f"sqlite:///{db}")
    try:
        with Session(engine) as session:
            report = AuditLog(audit_key).verify(session)
    finally:
        engine.dispose()
    report.raise_if_broken()
    return report.rows_checked


def restore_sqlite_file(source: Path, target: Path) -> None:
    """Copy ``source`` over the live database ``target`` with the backup API: one transaction
    on the target, so other connections see the old database or the restored one, never a mix."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()


def check_pg_dump(path: Path, *, passphrase: str, on_progress: Progress | None = None) -> None:
    """Read the whole dump through pg_restore (to /dev/null): every table's data is parsed."""
    _pipe_into([_need("pg_restore"), "--file", os.devnull], path, passphrase, os.environ.copy(), on_progress)


def restore_pg(url: str | URL, path: Path, *, passphrase: str, on_progress: Progress | None = None) -> None:
    """Replace the database's objects with the dump's, in one transaction (all or nothing)."""
    u = make_url(url) if isinstance(url, str) else url
    args, env = libpq_command(u)
    _pipe_into(
        [
            _need("pg_restore"),
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            "--no-password",
            *args,
        ],
        path,
        passphrase,
        env,
        on_progress,
    )


def _pipe_into(
    command: list[str], path: Path, passphrase: str, env: dict[str, str], on_progress: Progress | None
) -> None:
    proc = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    assert proc.stdin is not None and proc.stderr is not None
    drain = _Drain(proc.stderr)
    drain.start()
    failure: BaseException | None = None
    try:
        for chunk in _plain_chunks(path, passphrase, on_progress):
            proc.stdin.write(chunk)
    except BrokenPipeError:
        pass  # the tool stopped reading: its exit code and message say why
    except BaseException as e:  # a damaged backup: stop the tool before it commits anything
        failure = e
        proc.kill()
    finally:
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.close()
        code = proc.wait()
        drain.join(timeout=10)
    if failure is not None:
        raise failure
    if code != 0:
        raise StoreError(
            words("{name} 失败（退出码 {code}）：{text}", name=Path(command[0]).name, code=code, text=drain.text()),
            hint="数据库未被改动（单个事务）。检查连接与权限，或换用另一份备份。",
        )
