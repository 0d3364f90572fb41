"""``yimen hall init``: database roles, grants and row-level security for a hall, and one
configuration file per terminal holding that terminal's own credentials (mode 0600).

Run by the hall's database owner (a role with CREATEROLE that owns the schema; a superuser
works too) against the hall's database. It is idempotent: run it again after adding
terminals or after ``yimen db upgrade`` (new tables get their grants). What it does, in
one transaction:

1. migrates the schema to the current revision;
2. creates the group roles ``<prefix>_kiosk``, ``_counter``, ``_display``, ``_sync``,
   ``_manager`` (NOLOGIN) and gives them exactly the privileges of
   :mod:`offline_store.hall.grants` (previous grants on the schema's tables are revoked first);
3. enables row-level security with the policies of that module;
4. creates one LOGIN role per terminal in its group, registers it in ``hall_terminals``
   (the policies read it to tell one kiosk from another) and sets per-role timeouts.

Then it writes ``<out>/<terminal id>.toml`` for each terminal that got a new password.
Passwords are random (192 bits) and reach the server only as SCRAM-SHA-256 verifiers,
so they never appear in the server's statement log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, ScalarResult, make_url

from offline_store import migrate
from offline_store.db import create_engine_for
from offline_store.hall import grants
from shared.domain.errors import ConfigError, ValidationError
from shared.domain.settings import HallSettings
from shared.domain.words import words

KINDS = grants.GROUPS
# settings.terminal.kind of each role kind (the sync worker and the manager run "server" configs)
SETTINGS_KIND = {
    "kiosk": "kiosk",
    "counter": "counter",
    "display": "display",
    "sync": "server",
    "manager": "server",
}
CONNECTION_LIMIT = 25  # SQLAlchemy pool (5 + 10 overflow) + the event listener + headroom
SCRAM_ITERATIONS = 4096  # PostgreSQL's default for scram-sha-256


# ---------------------------------------------------------------------------- the plan


@dataclass(frozen=True, slots=True)
class TerminalPlan:
    terminal_id: str
    kind: str
    name: str = ""
    window_no: int | None = None

    @property
    def number(self) -> int:
        """The digits of the id: case numbers carry it, so it must be unique in the hall."""
        digits = "".join(ch for ch in self.terminal_id if ch.isdigit())
        return int(digits) if digits else 0


@dataclass(frozen=True, slots=True)
class HallPlan:
    terminals: tuple[TerminalPlan, ...]

    @classmethod
    def numbered(
        cls, *, kiosks: int = 0, counters: int = 0, displays: int = 0, sync: int = 1, managers: int = 1
    ) -> HallPlan:
        """The usual numbering: counters T-0001… (window n at T-000n), kiosks T-0101…, displays
        T-0201…, sync workers T-0301…, manager stations T-0401…."""
        out: list[TerminalPlan] = []
        for n in range(1, counters + 1):
            out.append(TerminalPlan(f"T-{n:04d}", "counter", f"{n}号窗口", window_no=n))
        for n in range(1, kiosks + 1):
            out.append(TerminalPlan(f"T-{100 + n:04d}", "kiosk", f"{n}号自助机"))
        for n in range(1, displays + 1):
            out.append(TerminalPlan(f"T-{200 + n:04d}", "display", f"{n}号显示屏"))
        for n in range(1, sync + 1):
            out.append(TerminalPlan(f"T-{300 + n:04d}", "sync", "同步服务"))
        for n in range(1, managers + 1):
            out.append(TerminalPlan(f"T-{400 + n:04d}", "manager", f"{n}号管理终端"))
        plan = cls(tuple(out))
        plan.validate()
        return plan

    @classmethod
    def from_toml(cls, path: str | Path) -> HallPlan:
        """``[[terminal]]`` tables with ``id``, ``kind``, optional ``name`` and ``window_no``."""
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(words("终端清单文件不存在：{path}", path=p), hint="检查 --plan 参数。") from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(words("终端清单 {path} 不是有效的 TOML: {error}", path=p, error=e), hint="修正该行后重试。") from None
        rows = data.get("terminal", [])
        if not isinstance(rows, list) or not rows:
            raise ConfigError(words("终端清单 {path} 中没有 [[terminal]]。", path=p), hint="每台终端写一个 [[terminal]] 表。")
        out = []
        for i, row in enumerate(rows, 1):
            try:
                out.append(
                    TerminalPlan(
                        terminal_id=str(row["id"]),
                        kind=str(row["kind"]),
                        name=str(row.get("name", "")),
                        window_no=int(row["window_no"]) if row.get("window_no") is not None else None,
                    )
                )
            except (KeyError, TypeError, ValueError) as e:
                raise ConfigError(
                    words("终端清单 {path} 第{i}个 [[terminal]] 有误：{error}", path=p, i=i, error=e), hint="需要 id 和 kind。"
                ) from None
        plan = cls(tuple(out))
        plan.validate()
        return plan

    def validate(self) -> None:
        problems: list[str] = []
        ids: set[str] = set()
        numbers: dict[int, str] = {}
        windows: dict[int, str] = {}
        for t in self.terminals:
            if t.kind not in KINDS:
                problems.append(f"{t.terminal_id}: 类型“{t.kind}”无效（可选 {'、'.join(KINDS)}）")
            if not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", t.terminal_id):
                problems.append(f"{t.terminal_id}: 终端编号只能含字母、数字、- 和 _")
            if t.terminal_id in ids:
                problems.append(f"{t.terminal_id}: 编号重复")
            ids.add(t.terminal_id)
            if not 1 <= t.number <= 999:
                problems.append(f"{t.terminal_id}: 编号中的数字须在1-999之间（办件编号要用）")
            elif t.number in numbers:
                problems.append(
                    f"{t.terminal_id}: 数字部分与 {numbers[t.number]} 相同，两台终端的办件编号会冲突"
                )
            else:
                numbers[t.number] = t.terminal_id
            if t.kind == "counter":
                if t.window_no is None:
                    problems.append(f"{t.terminal_id}: 窗口终端须有 window_no")
                elif t.window_no in windows:
                    problems.append(f"{t.terminal_id}: 窗口号 {t.window_no} 已分给 {windows[t.window_no]}")
                else:
                    windows[t.window_no] = t.terminal_id
        if problems:
            raise ValidationError(
                words("终端清单有误：{problems}", problems="；".join(problems)), hint="修正终端清单后重新运行 yimen hall init。"
            )


# ---------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class TerminalCredentials:
    terminal_id: str
    kind: str
    role: str
    config_file: Path
    created: bool  # the login role is new
    written: bool  # a new password was set and its config file written


@dataclass(frozen=True, slots=True)
class InitResult:
    database: str
    schema: str
    revision: str
    groups: dict[str, str]  # kind -> group role
    terminals: list[TerminalCredentials] = field(default_factory=list)


# ---------------------------------------------------------------------------- naming


def group_role(prefix: str, kind: str) -> str:
    return f"{prefix}_{kind}"


def terminal_role(prefix: str, kind: str, terminal_id: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", terminal_id.lower()).strip("_")
    return f"{prefix}_{kind}_{slug}"[:63]


def _check_prefix(prefix: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,30}", prefix):
        raise ValidationError(
            words("角色前缀“{prefix}”无效。", prefix=prefix), hint="用小写字母开头、只含小写字母数字和下划线，最长31个字符。"
        )


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def scram_sha256_verifier(
    password: str, *, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS
) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores (RFC 5802/7677): the server can check the
    password without ever having seen it. Passwords made here are ASCII, so SASLprep is a no-op."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


# ---------------------------------------------------------------------------- grants and policies


def _existing_tables(conn: Connection) -> list[str]:
    return list(
        conn.execute(
            sa.text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        ).scalars()
    )


def apply_grants(conn: Connection, *, prefix: str) -> dict[str, str]:
    """Groups, schema usage, table and sequence privileges, functions, RLS policies (idempotent)."""
    schema: str = conn.execute(sa.text("SELECT current_schema()")).scalar_one()
    q_schema = _ident(schema)
    groups = {kind: group_role(prefix, kind) for kind in KINDS}
    existing: set[str] = set(conn.execute(sa.text("SELECT rolname FROM pg_roles")).scalars())
    for role in groups.values():
        if role not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {_ident(role)} NOLOGIN")
    all_groups = ", ".join(_ident(r) for r in groups.values())
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {q_schema} TO {all_groups}")

    tables = _existing_tables(conn)
    unknown = sorted(set(tables) - set(grants.TABLE_GRANTS))
    if unknown:
        raise ConfigError(
            words("这些表还没有权限规则：{unknown}", unknown=", ".join(unknown)),
            hint="本程序比数据库旧或权限矩阵漏了新表：升级 Yimen 后再运行 yimen hall init。",
        )
    for table in tables:
        q_table = f"{q_schema}.{_ident(table)}"
        conn.exec_driver_sql(f"REVOKE ALL ON {q_table} FROM PUBLIC, {all_groups}")
        for kind, privileges in grants.TABLE_GRANTS[table].items():
            for priv in privileges:
                if isinstance(priv, tuple):
                    name, columns = priv
                    cols = ", ".join(_ident(c) for c in columns)
                    conn.exec_driver_sql(f"GRANT {name} ({cols}) ON {q_table} TO {_ident(groups[kind])}")
                else:
                    conn.exec_driver_sql(f"GRANT {priv} ON {q_table} TO {_ident(groups[kind])}")
    writers = ", ".join(_ident(groups[k]) for k in ("kiosk", "counter", "sync", "manager"))
    conn.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {q_schema} FROM PUBLIC, {all_groups}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q_schema} TO {writers}")

    for ddl in grants.FUNCTIONS:
        conn.exec_driver_sql(ddl.format(schema=q_schema))
    for table, column, expression in grants.COLUMN_DEFAULTS:
        conn.exec_driver_sql(
            f"ALTER TABLE {q_schema}.{_ident(table)} ALTER COLUMN {_ident(column)} "
            f"SET DEFAULT {expression.format(schema=q_schema)}"
        )
    for table, name, timing, function in grants.TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_ident(name)} ON {q_schema}.{_ident(table)}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {_ident(name)} {timing} ON {q_schema}.{_ident(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {q_schema}.{_ident(function)}()"
        )

    fmt = {"schema": q_schema, **{kind: _ident(role) for kind, role in groups.items()}}
    for table in grants.RLS_TABLES:
        q_table = f"{q_schema}.{_ident(table)}"
        conn.exec_driver_sql(f"ALTER TABLE {q_table} ENABLE ROW LEVEL SECURITY")
        old: ScalarResult[str] = conn.execute(
            sa.text("SELECT policyname FROM pg_policies WHERE schemaname = :s AND tablename = :t"),
            {"s": schema, "t": table},
        ).scalars()
        for policy in list(old):
            conn.exec_driver_sql(f"DROP POLICY {_ident(policy)} ON {q_table}")
    for table, name, command, roles, using, check in grants.POLICIES:
        sql = f"CREATE POLICY {_ident(name)} ON {q_schema}.{_ident(table)} FOR {command} TO {roles.format(**fmt)}"
        if using is not None:
            sql += f" USING ({using.format(**fmt)})"
        if check is not None:
            sql += f" WITH CHECK ({check.format(**fmt)})"
        conn.exec_driver_sql(sql)
    return groups


def _set_role_settings(conn: Connection, role: str, kind: str, database: str) -> None:
    for setting, value in grants.ROLE_SETTINGS[kind].items():
        conn.exec_driver_sql(
            f"ALTER ROLE {_ident(role)} IN DATABASE {_ident(database)} SET {setting} = {_literal(value)}"
        )


# ---------------------------------------------------------------------------- config files


def terminal_url(
    *,
    admin_url: URL,
    role: str,
    password: str,
    schema: str,
    terminal_id: str,
    host: str | None,
    port: int | None,
    sslmode: str,
) -> str:
    """The store URL a terminal uses: its own role, fast failure and keepalives on a LAN."""
    query = {
        "connect_timeout": "5",
        # notice a dead server or a pulled cable within ~25 s even on an idle connection
        "keepalives": "1",
        "keepalives_idle": "10",
        "keepalives_interval": "5",
        "keepalives_count": "3",
        "application_name": f"yimen-{terminal_id}"[:63],
        "sslmode": sslmode,
    }
    if schema != "public":
        query["options"] = f"-csearch_path={schema}"
    url = URL.create(
        "postgresql+psycopg",
        username=role,
        password=password,
        host=host or admin_url.host,
        port=port or admin_url.port,
        database=admin_url.database,
        query=query,
    )
    return url.render_as_string(hide_password=False)


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def terminal_config_text(
    t: TerminalPlan, *, url: str, key_file: Path, backup_dir: Path, hall: HallSettings, at: datetime
) -> str:
    lines = [
        f"# Yimen terminal {t.terminal_id} ({t.kind}), written by `yimen hall init` at {at.isoformat(timespec='seconds')}.",
        "# It holds this terminal's own database password: keep it readable by the Yimen user only (0600).",
        "",
        "[store]",
        f"url = {_toml_str(url)}",
        f"key_file = {_toml_str(str(key_file))}",
        f"backup_dir = {_toml_str(str(backup_dir))}",
        "",
        "[hall]",
        f"code = {_toml_str(hall.code)}",
        f"name = {_toml_str(hall.name)}",
        f"region_code = {_toml_str(hall.region_code)}",
        f"timezone = {_toml_str(hall.timezone)}",
        "",
        "[terminal]",
        f"id = {_toml_str(t.terminal_id)}",
        f"name = {_toml_str(t.name or t.terminal_id)}",
        f"kind = {_toml_str(SETTINGS_KIND[t.kind])}",
    ]
    if t.window_no is not None:
        lines.append(f"window_no = {t.window_no}")
    return "\n".join(lines) + "\n"


def write_private_file(path: Path, text: str) -> None:
    """Write ``text`` so that no other user can ever read it: created 0600, then renamed."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)  # the umask can only take bits away; be explicit anyway
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------- init


def hall_init(
    admin_url: str,
    *,
    plan: HallPlan,
    out_dir: str | Path,
    key_file: str | Path,
    backup_dir: str | Path,
    hall: HallSettings | None = None,
    prefix: str = "yimen",
    server_host: str | None = None,
    server_port: int | None = None,
    sslmode: str = "prefer",
    rotate: bool = False,
) -> InitResult:
    """Set the hall's database up for ``plan`` and write the terminals' config files."""
    _check_prefix(prefix)
    plan.validate()
    hall = hall or HallSettings()
    u = make_url(admin_url)
    if u.get_backend_name() != "postgresql":
        raise ConfigError(
            "yimen hall init 只用于 PostgreSQL（大厅模式）。",
            hint="单机的 SQLite 不需要角色；大厅模式请把 store.url 设为 postgresql+psycopg://…",
        )
    out = Path(out_dir)
    engine = create_engine_for(admin_url)
    now = datetime.now(UTC)
    to_write: list[tuple[TerminalPlan, str, str, Path]] = []
    creds: list[TerminalCredentials] = []
    try:
        result = migrate.upgrade(engine, backup_dir=backup_dir)
        with engine.begin() as conn:
            database: str = conn.execute(sa.text("SELECT current_database()")).scalar_one()
            schema: str = conn.execute(sa.text("SELECT current_schema()")).scalar_one()
            groups = apply_grants(conn, prefix=prefix)
            existing: set[str] = set(conn.execute(sa.text("SELECT rolname FROM pg_roles")).scalars())
            for t in plan.terminals:
                role = terminal_role(prefix, t.kind, t.terminal_id)
                config_file = out / f"{t.terminal_id}.toml"
                created = role not in existing
                must_write = created or rotate or not config_file.exists()
                password = secrets.token_urlsafe(24) if must_write else ""
                if created:
                    conn.exec_driver_sql(
                        f"CREATE ROLE {_ident(role)} LOGIN PASSWORD {_literal(scram_sha256_verifier(password))} "
                        f"CONNECTION LIMIT {CONNECTION_LIMIT} IN ROLE {_ident(groups[t.kind])}"
                    )
                else:
                    conn.exec_driver_sql(f"GRANT {_ident(groups[t.kind])} TO {_ident(role)}")
                    if must_write:
                        conn.exec_driver_sql(
                            f"ALTER ROLE {_ident(role)} LOGIN PASSWORD {_literal(scram_sha256_verifier(password))}"
                        )
                _set_role_settings(conn, role, t.kind, database)
                conn.execute(
                    sa.text(
                        "INSERT INTO hall_terminals (role_name, terminal_id, kind, name, window_no, created_at) "
                        "VALUES (:r, :t, :k, :n, :w, :at) ON CONFLICT (role_name) DO UPDATE SET "
                        "terminal_id = EXCLUDED.terminal_id, kind = EXCLUDED.kind, name = EXCLUDED.name, "
                        "window_no = EXCLUDED.window_no"
                    ),
                    {"r": role, "t": t.terminal_id, "k": t.kind, "n": t.name, "w": t.window_no, "at": now},
                )
                if must_write:
                    url = terminal_url(
                        admin_url=u,
                        role=role,
                        password=password,
                        schema=schema,
                        terminal_id=t.terminal_id,
                        host=server_host,
                        port=server_port,
                        sslmode=sslmode,
                    )
                    to_write.append((t, role, url, config_file))
                creds.append(
                    TerminalCredentials(t.terminal_id, t.kind, role, config_file, created, must_write)
                )
    finally:
        engine.dispose()
    # only after the commit: a file must never name a role that does not exist
    for t, _role, url, config_file in to_write:
        write_private_file(
            config_file,
            terminal_config_text(
                t, url=url, key_file=Path(key_file), backup_dir=Path(backup_dir), hall=hall, at=now
            ),
        )
    return InitResult(database=database, schema=schema, revision=result.after, groups=groups, terminals=creds)


def drop_hall_roles(admin_url: str, *, prefix: str) -> list[str]:
    """Remove every role of ``prefix`` (terminal roles first, then groups): for tests and for
    retiring a hall. Objects they own or privileges they hold in *this* database are dropped."""
    _check_prefix(prefix)
    engine = create_engine_for(admin_url)
    dropped: list[str] = []
    try:
        with engine.begin() as conn:
            roles: list[str] = list(
                conn.execute(
                    sa.text(
                        "SELECT rolname FROM pg_roles WHERE rolname LIKE :p ORDER BY length(rolname) DESC"
                    ),
                    {"p": prefix.replace("_", r"\_") + r"\_%"},
                ).scalars()
            )
            for role in roles:
                conn.exec_driver_sql(f"DROP OWNED BY {_ident(role)}")
                conn.exec_driver_sql(f"DROP ROLE {_ident(role)}")
                dropped.append(role)
    finally:
        engine.dispose()
    return dropped
