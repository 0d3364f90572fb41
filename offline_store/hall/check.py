"""``yimen hall check``: can this terminal work in the hall, and is it set up as intended?

Reports, for the configured store: connectivity (round trip), the login role and its group
against ``terminal.kind``, whether row-level security is in place, the migration level,
the event triggers, and the clock offset between this terminal and the server.

The clock matters more than it seems: a ticket's place in the queue is its issue time as
read on the kiosk that printed it (shared.domain.tickets.call_order_key), so two kiosks whose
clocks disagree by 30 s reorder the queue by 30 s. Terminals should sync to the hall
server (chrony/NTP); the check warns past :data:`CLOCK_WARN_S`.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from offline_store import migrate
from offline_store.db import create_engine_for
from offline_store.hall import grants
from shared.domain.errors import YimenError
from shared.domain.settings import Settings

CLOCK_WARN_S = 1.0
CLOCK_FAIL_S = 30.0
PG_TRIGGERS = {"tickets": "hall_ticket_event", "help_requests": "hall_help_event", "cases": "hall_case_event"}
SQLITE_TRIGGERS = (
    "hall_ticket_issued",
    "hall_ticket_called",
    "hall_ticket_moved",
    "hall_help_requested",
    "hall_case_moved",
)
# settings.terminal.kind -> role groups that fit it
_EXPECTED_GROUP = {
    "kiosk": ("kiosk",),
    "counter": ("counter",),
    "display": ("display",),
    "server": ("sync", "manager"),
}


@dataclass(frozen=True, slots=True)
class CheckItem:
    name: str  # connectivity | role | security | migration | events | clock
    ok: bool
    detail: str
    hint: str = ""
    warning: bool = False  # ok, but worth a look


@dataclass(slots=True)
class HallCheckReport:
    backend: str
    server: str
    items: list[CheckItem] = field(default_factory=list)
    clock_offset_s: float | None = None
    round_trip_ms: float | None = None

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "backend": self.backend,
            "server": self.server,
            "clock_offset_s": self.clock_offset_s,
            "round_trip_ms": self.round_trip_ms,
            "items": [asdict(i) for i in self.items],
        }

    def lines(self) -> list[str]:
        out = [f"大厅数据库：{self.server}（{self.backend}）"]
        for i in self.items:
            mark = "✓" if i.ok and not i.warning else ("!" if i.ok else "✗")
            out.append(f"  {mark} {i.name}: {i.detail}")
            if i.hint and (not i.ok or i.warning):
                out.append(f"      -> {i.hint}")
        out.append("结论：" + ("可以工作。" if self.ok else "有问题，按上面的提示处理。"))
        return out


def hall_check(settings: Settings, *, engine: Engine | None = None) -> HallCheckReport:
    """Run every check against ``settings.store.url`` (or ``engine``); never raises for a problem."""
    own = engine is None
    try:
        engine = engine or create_engine_for(settings.store.url)
    except YimenError as e:
        report = HallCheckReport(backend="?", server=_server(settings.store.url))
        report.items.append(CheckItem("connectivity", False, e.message, e.hint))
        return report
    report = HallCheckReport(backend=engine.dialect.name, server=_server(settings.store.url))
    try:
        if not _connectivity(engine, report):
            return report
        if engine.dialect.name == "postgresql":
            _role(engine, settings, report)
            _security(engine, report)
        _migration(engine, report)
        _events(engine, report)
        if engine.dialect.name == "postgresql":
            _clock(engine, report)
        return report
    finally:
        if own:
            engine.dispose()


def _server(url: str) -> str:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return str(u.database)
    return f"{u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def _connectivity(engine: Engine, report: HallCheckReport) -> bool:
    try:
        with engine.connect() as conn:
            t0 = time.perf_counter()
            conn.execute(sa.text("SELECT 1"))
            report.round_trip_ms = round((time.perf_counter() - t0) * 1000, 2)
            if engine.dialect.name == "postgresql":
                version: str = conn.execute(sa.text("SHOW server_version")).scalar_one()
                detail = f"已连接 PostgreSQL {version}，往返 {report.round_trip_ms} ms"
            else:
                detail = f"已打开 SQLite 文件，查询 {report.round_trip_ms} ms"
            conn.rollback()
    except YimenError as e:
        report.items.append(CheckItem("connectivity", False, e.message, e.hint))
        return False
    except sa.exc.DBAPIError as e:
        report.items.append(
            CheckItem(
                "connectivity",
                False,
                f"连不上数据库：{str(e.orig).splitlines()[0] if e.orig else e}",
                "检查 store.url（主机、端口、库名、用户名和密码）、网络，以及服务器 pg_hba.conf 是否允许本机。",
            )
        )
        return False
    slow = report.round_trip_ms > 20
    report.items.append(
        CheckItem(
            "connectivity",
            True,
            detail,
            "往返超过 20 ms：检查网线、交换机，终端与服务器应在同一局域网。" if slow else "",
            warning=slow,
        )
    )
    return True


def _role(engine: Engine, settings: Settings, report: HallCheckReport) -> None:
    kind = settings.terminal.kind
    with engine.connect() as conn:
        me = conn.execute(
            sa.text("SELECT session_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = session_user")
        ).one()
        groups: list[str] = list(
            conn.execute(
                sa.text(
                    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = session_user ORDER BY 1"
                )
            ).scalars()
        )
        registered = None
        if conn.execute(sa.text("SELECT to_regprocedure('hall_terminal_id()') IS NOT NULL")).scalar_one():
            registered = conn.execute(sa.text("SELECT hall_terminal_id()")).scalar_one_or_none()
        conn.rollback()
    user, superuser, bypass = me
    if superuser or bypass:
        report.items.append(
            CheckItem(
                "role",
                False,
                f"以 {user} 登录，这是{'超级用户' if superuser else '绕过行级安全的角色'}：最小权限没有生效",
                "终端应使用 yimen hall init 为它生成的配置文件（每台终端自己的角色）。",
            )
        )
        return
    fitting = [g for g in groups if any(g.endswith(f"_{k}") for k in _EXPECTED_GROUP[kind])]
    problems = []
    if not fitting:
        problems.append(f"角色 {user} 不属于适合“{kind}”终端的角色组（所属：{', '.join(groups) or '无'}）")
    if registered is None:
        problems.append(f"角色 {user} 未在 hall_terminals 登记")
    elif registered != settings.terminal.id:
        problems.append(f"角色登记的终端是 {registered}，本机配置 terminal.id 为 {settings.terminal.id}")
    if problems:
        report.items.append(
            CheckItem(
                "role", False, "；".join(problems), "用 yimen hall init 重新生成本终端的配置文件，不要混用。"
            )
        )
    else:
        report.items.append(
            CheckItem("role", True, f"{user}（{', '.join(fitting)}），登记为终端 {registered}")
        )


def _security(engine: Engine, report: HallCheckReport) -> None:
    with engine.connect() as conn:
        rows: dict[str, bool] = dict(
            conn.execute(
                sa.text(
                    "SELECT c.relname, c.relrowsecurity FROM pg_class c "
                    "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(:t)"
                ),
                {"t": list(grants.RLS_TABLES)},
            ).all()
        )
        conn.rollback()
    missing = [t for t in grants.RLS_TABLES if not rows.get(t)]
    if missing:
        report.items.append(
            CheckItem(
                "security",
                False,
                f"这些表没有启用行级安全：{', '.join(missing)}",
                "由数据库所有者运行 yimen hall init（升级后也要再运行一次）。",
            )
        )
    else:
        report.items.append(
            CheckItem("security", True, f"行级安全已启用（{len(rows)} 张表：个人信息、事件和只许本终端写入的表）")
        )


def _migration(engine: Engine, report: HallCheckReport) -> None:
    try:
        status = migrate.check(engine)
    except YimenError as e:
        report.items.append(CheckItem("migration", False, e.message, e.hint))
        return
    if status.pending:
        report.items.append(
            CheckItem(
                "migration",
                False,
                f"数据库结构 {status.current or '空库'}，本程序需要 {status.head}",
                "由数据库所有者运行 yimen db upgrade，然后运行 yimen hall init。",
            )
        )
    else:
        report.items.append(CheckItem("migration", True, f"数据库结构为最新（{status.head}）"))


def _events(engine: Engine, report: HallCheckReport) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            found: set[str] = set(
                conn.execute(
                    sa.text(
                        "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                        "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal"
                    )
                ).scalars()
            )
            missing = [name for name in PG_TRIGGERS.values() if name not in found]
            how = "LISTEN/NOTIFY"
        else:
            found = set(
                conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
            )
            missing = [name for name in SQLITE_TRIGGERS if name not in found]
            how = "轮询 SQLite 文件"
        conn.rollback()
    if missing:
        report.items.append(
            CheckItem(
                "events",
                False,
                f"缺少实时消息触发器：{', '.join(missing)}",
                "运行 yimen db upgrade（迁移 0004 创建它们）。",
            )
        )
    else:
        report.items.append(CheckItem("events", True, f"实时消息触发器齐全（{how}）"))


def _clock(engine: Engine, report: HallCheckReport) -> None:
    with engine.connect() as conn:
        samples = []
        for _ in range(3):  # keep the sample with the shortest round trip: least network noise
            t0 = time.time()
            server: datetime = conn.execute(sa.text("SELECT clock_timestamp()")).scalar_one()
            t1 = time.time()
            local_mid = datetime.fromtimestamp((t0 + t1) / 2, UTC)
            samples.append((t1 - t0, (server - local_mid).total_seconds()))
        conn.rollback()
    _rtt, offset = min(samples)
    report.clock_offset_s = round(offset, 3)
    far = abs(offset)
    direction = "慢" if offset > 0 else "快"
    detail = f"本机时钟比服务器{direction} {far:.3f} 秒"
    hint = "排队顺序按各自助机的取号时间：请让终端与大厅服务器对时（chrony/NTP）。"
    if far > CLOCK_FAIL_S:
        report.items.append(CheckItem("clock", False, detail, hint))
    else:
        report.items.append(
            CheckItem("clock", True, detail, hint if far > CLOCK_WARN_S else "", warning=far > CLOCK_WARN_S)
        )
