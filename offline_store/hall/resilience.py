"""Hall network problems: one clear error, and reconnecting with backoff.

In hall mode every terminal depends on the LAN and the PostgreSQL server. When either is
away, the clerk must read *what* is wrong and *that nothing is lost*, not a driver message:
:class:`HallNetworkProblem` (a :class:`~shared.domain.errors.StoreError`) says so, and
:func:`translate_network_errors` makes the engine raise it for every connection failure
(refused, reset, terminated by an administrator, server starting up or shutting down).

What happens to work in flight: a transaction whose connection breaks is rolled back by the
server, so a half-issued ticket or half-accepted case cannot exist. Only one case is
uncertain: the connection breaks while COMMIT is on the wire; the work may then be committed
without the terminal knowing. Retrying issues a *new* ticket (the first stays in the queue
and is called like any other); it never duplicates a number.

The engine's pool pings a connection before handing it out (``pool_pre_ping``), so after
the server returns the first unit of work simply gets a fresh connection; callers that want
to wait through an outage use :func:`retry_through_network_problems` with :class:`Backoff`.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine

from shared.domain.errors import StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")

NETWORK_MESSAGE = "大厅网络故障：连不上大厅数据库服务器 {server}。"
NETWORK_HINT = (
    "本机正在自动重连，恢复后可继续办理；已经完成的业务不会丢失。"
    "如超过一分钟仍未恢复，请检查网线和交换机，或请管理员确认数据库服务器在运行。"
)

# SQLSTATE classes/codes that mean "the server or the link is away", not "your SQL is wrong":
# 08 connection exception; 57P01 admin shutdown (pg_terminate_backend); 57P02 crash shutdown;
# 57P03 cannot connect now (starting up / shutting down)
_NETWORK_SQLSTATES = ("57P01", "57P02", "57P03")


class HallNetworkProblem(StoreError):
    """The hall database server cannot be reached right now; retrying later is safe."""


def server_label(url: Any) -> str:
    """``host:port/database`` of an engine URL, without user or password."""
    host = getattr(url, "host", None) or "localhost"
    port = getattr(url, "port", None) or 5432
    return f"{host}:{port}/{getattr(url, 'database', '') or ''}"


def network_problem(server: str, cause: BaseException | None = None) -> HallNetworkProblem:
    detail = _first_line(cause) if cause is not None else ""
    message = NETWORK_MESSAGE.format(server=server)
    if detail:
        message += f"（{detail}）"
    return HallNetworkProblem(message, hint=NETWORK_HINT)


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


def is_network_error(exc: BaseException | None) -> bool:
    """Whether a DBAPI exception means the link or the server is away (psycopg 3 or stdlib)."""
    if exc is None:
        return False
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg ships with Yimen
        return False
    if isinstance(exc, psycopg.OperationalError):
        sqlstate = getattr(exc, "sqlstate", None)
        if sqlstate is None or sqlstate.startswith("08") or sqlstate in _NETWORK_SQLSTATES:
            return True
    if isinstance(exc, psycopg.errors.AdminShutdown | psycopg.errors.CannotConnectNow):
        return True
    return isinstance(exc, psycopg.InterfaceError) and "closed" in str(exc)


def translate_network_errors(engine: Engine) -> Engine:
    """Make ``engine`` raise :class:`HallNetworkProblem` for connection failures.

    Registered on the engine's ``handle_error`` hook, which SQLAlchemy calls for statement
    errors and for failures to connect; the pool still invalidates the broken connection
    (``is_disconnect`` is decided before the hook), so the next checkout reconnects. Until
    the engine has reached the server once, failures keep the store's own "cannot open the
    database, check store.url" message: at start-up a refusal is usually a configuration error.
    """
    server = server_label(engine.url)
    connected_once = False

    @event.listens_for(engine, "connect")
    def _connected(_dbapi_connection: Any, _record: Any) -> None:
        nonlocal connected_once
        connected_once = True

    @event.listens_for(engine, "handle_error", retval=True)
    def _hall_network(context: Any) -> BaseException | None:
        if context.is_pre_ping:  # the pool is probing: let it reconnect quietly
            return None
        if not connected_once:
            # never reached the server since start: more likely a wrong store.url than a
            # network outage, so leave the store's "无法打开数据库 … 检查 store.url" message
            return None
        original = context.original_exception
        if context.is_disconnect or is_network_error(original):
            return network_problem(server, original)
        return None

    return engine


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff with jitter: 0.2 s, 0.4 s, 0.8 s … capped at ``max_s``.

    Jitter spreads forty terminals that lost the server at the same instant, so they do not
    all knock at the same moment when it comes back.
    """

    first_s: float = 0.2
    factor: float = 2.0
    max_s: float = 5.0
    jitter: float = 0.25  # +/- this fraction of the delay

    def delay(self, attempt: int, *, rng: random.Random | None = None) -> float:
        base = min(self.max_s, self.first_s * (self.factor ** max(0, attempt)))
        spread = base * self.jitter
        return max(0.0, base + (rng or random).uniform(-spread, spread))


def retry_through_network_problems(
    fn: Callable[[], T],
    *,
    deadline_s: float | None = 60.0,
    backoff: Backoff = Backoff(),
    on_problem: Callable[[HallNetworkProblem, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``fn`` until it does not fail with :class:`HallNetworkProblem`.

    ``on_problem(error, attempt)`` is told each time (show the message on screen); after
    ``deadline_s`` seconds the last error is raised. Only network problems are retried: any
    other error (a conflict, a validation error) is the caller's to handle.
    """
    start = time.monotonic()
    attempt = 0
    while True:
        try:
            return fn()
        except HallNetworkProblem as problem:
            if on_problem is not None:
                on_problem(problem, attempt)
            wait = backoff.delay(attempt)
            if deadline_s is not None and time.monotonic() - start + wait > deadline_s:
                raise
            log.info("hall network problem, retrying in %.2f s (attempt %d)", wait, attempt + 1)
            sleep(wait)
            attempt += 1
