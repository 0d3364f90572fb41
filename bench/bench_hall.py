"""Hall mode (issue 7): ticket issuing with 20 terminal processes on PostgreSQL, and how long
a call takes to reach the hall display in another process (PostgreSQL and one SQLite file).

Issuing: 20 processes, each with its own engine, issue tickets as fast as they can for a
fixed window after a ramp-up. Three variants of one ticket's transaction:
  - ``store``: the repository issue + the work-log (audit chain) append, as issue_ticket writes;
  - ``store_without_worklog``: the repository issue alone, to show what the work log costs
    (each terminal appends to its own chain since migration 0006; one hall-wide chain head
    serialised every write and held issuing to 279/s);
  - ``service``: shared.services.tickets.issue_ticket, the whole kiosk use case (opening
    hours, queue position and wait estimate, audit).
Every terminal process connects as its own login role made by ``yimen hall init`` (kiosks
T-0101…T-0120, counters T-0001/T-0002), so the row-level rules of issue 15 (a terminal writes
tickets, work-log rows and chain heads only under its own id) are checked on every ticket;
``store_as_owner`` runs the ``store`` variant as the database owner, who bypasses them, to
show what the rules cost.
Client and server CPU per ticket are measured (client: the processes' CPU time; server:
the CPU time of their PostgreSQL backends from /proc), because here all 20 "terminals" and
the server share two cores, while in a hall each terminal is its own PC and only the
server is shared.

Call to display: counter processes call tickets (claim_next + audit, one transaction) at a
steady pace; the display (a subscriber thread in this process) timestamps each
``ticket.called`` event. Latency is measured from the clerk's click (before the call's
transaction starts) and from the call's commit. "quiet": one counter; "loaded": two
counters while four kiosk processes issue tickets (with the work log) as fast as they can
for a second hall on the same server, so that this hall's waiting list stays the size its
counters make it while the server, the work-log chain and the event channel are busy.
SQLite adds "station": two counters and one kiosk printing five tickets a second (a township
station at opening time); "loaded" puts four kiosks that never pause and two counters against
the file's single write lock, which shows where a SQLite hall stops.

Run once: .venv/bin/python bench/bench_hall.py  → bench/results/hall.json
PostgreSQL: YIMEN_BENCH_PG_URL (or YIMEN_TEST_PG_URL), default postgresql+psycopg://postgres@127.0.0.1:5432/test;
a fresh database is created and dropped.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import platform
import queue
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from offline_store import Store  # noqa: E402
from offline_store.hall.events import open_event_subscriber  # noqa: E402
from offline_store.hall.roles import HallPlan, TerminalPlan, drop_hall_roles, hall_init  # noqa: E402
from shared.domain.settings import StoreSettings  # noqa: E402
from shared.services import tickets as _ticket_service  # noqa: E402, F401  (imported once, before the forks)

FORK = mp.get_context("fork")
HALL = "532822-ZWFW"
OTHER_HALL = "532822-MHZ"  # 勐海镇便民服务中心 on the county server
DAY = date(2026, 11, 17)
OPEN_MORNING = datetime(2026, 11, 17, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CATEGORIES = {"general": "A", "social": "B", "civil": "C", "household": "D"}
TERMINALS = 20
ISSUING_ROUNDS = 3
RAMP_S, WINDOW_S = 2.0, 10.0
CALLS_QUIET, CALLS_LOADED, CALL_PAUSE_S = 300, 300, 0.05
TARGET_ISSUES_PER_S = 500
# issue 15: with the row-level rules checked on every ticket, issuing stays at or above this
TARGET_WITH_ROW_RULES_PER_S = 700
TARGET_P99_MS = {"postgresql": 150.0, "sqlite": 250.0}


def open_store(url: str, key: str) -> Store:
    return Store.open(StoreSettings(url=url, key_file=Path(key), backup_dir=Path(key).parent / "b"))


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    if not ordered:
        return {}

    def pick(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 2)

    return {
        "n": len(ordered),
        "p50_ms": pick(0.50),
        "p95_ms": pick(0.95),
        "p99_ms": pick(0.99),
        "max_ms": round(ordered[-1], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
    }


# ---------------------------------------------------------------------------- one ticket


def issue_store(store: Store, rng: random.Random, terminal: str, *, worklog: bool, hall: str = HALL) -> None:
    category = rng.choice(list(CATEGORIES))
    with store.unit_of_work() as uow:
        t = uow.tickets.issue(
            hall_code=hall, category=category, prefix=CATEGORIES[category], day=DAY, terminal_id=terminal
        )
        if worklog:
            uow.audit.append(
                actor=f"kiosk:{terminal}", terminal_id=terminal, action="ticket.issue", target=t.number
            )


def call_store(store: Store, window: int) -> str | None:
    with store.unit_of_work() as uow:
        t = uow.tickets.claim_next(hall_code=HALL, day=DAY, categories=list(CATEGORIES), window_no=window)
        if t is not None:
            uow.audit.append(
                actor=f"clerk{window}", terminal_id=f"T-{window:04d}", action="ticket.call", target=t.number
            )
    return t.id if t is not None else None


# ---------------------------------------------------------------------------- issuing


def issuing_worker(url: str, key: str, n: int, mode: str, ready, go, start_at, out) -> None:
    """Terminal ``n`` (T-0101 + n) issues as fast as it can; ``url`` is its own role's."""
    store = open_store(url, key)
    rng = random.Random(n)
    terminal = f"T-{101 + n:04d}"
    if mode == "service":
        from shared.domain.settings import Settings
        from shared.services import tickets as ticket_service
        from shared.services.actor import Actor
        from shared.services.clock import ManualClock
        from shared.services.context import HallContext

        # the next working day: the service estimates the wait from the category's queue, which
        # starts empty here as it does each morning
        ctx = HallContext(
            settings=Settings(store={"url": url, "key_file": key}),
            store=store,
            clock=ManualClock(OPEN_MORNING + timedelta(days=1)),
        )
        actor = Actor.kiosk(terminal)

        def one() -> None:
            ticket_service.issue_ticket(ctx, category=rng.choice(list(CATEGORIES)), actor=actor)
    else:

        def one() -> None:
            issue_store(store, rng, terminal, worklog=mode in ("store", "store_as_owner"))

    for _ in range(3):  # warm the pool, the statement caches and prepared statements
        one()
    ready.put(n)
    go.wait()
    t0 = start_at.value
    t1 = t0 + WINDOW_S
    done, cpu0 = 0, None
    while True:
        before = time.time()
        if cpu0 is None and before >= t0:
            cpu0 = time.process_time()
        if before >= t1:
            break
        one()
        if t0 <= time.time() < t1:
            done += 1
    cpu1 = time.process_time()
    store.close()
    out.put((done, cpu1 - (cpu0 if cpu0 is not None else cpu1)))


def median_round(rounds: list[dict]) -> dict:
    """The round with the median rate, with the rates and server CPU of all rounds beside it."""
    ordered = sorted(rounds, key=lambda r: r["tickets_per_s"])
    mid = dict(ordered[(len(ordered) - 1) // 2])
    mid["rounds_tickets_per_s"] = [r["tickets_per_s"] for r in rounds]
    mid["rounds_server_cpu_ms_per_ticket"] = [r["server_cpu_ms_per_ticket"] for r in rounds]
    return mid


def _backend_cpu_s(pids: list[int]) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total / ticks


def bench_issuing(urls: list[str], key: str, database: str, admin_url: str, mode: str) -> dict:
    ready, go, start_at, out = FORK.Queue(), FORK.Event(), FORK.Value("d", 0.0), FORK.Queue()
    procs = [
        FORK.Process(target=issuing_worker, args=(urls[n], key, n, mode, ready, go, start_at, out))
        for n in range(TERMINALS)
    ]
    for p in procs:
        p.start()
    # all connected and warm: on a busy machine twenty processes importing the services took
    # longer than a fixed pause, and the window measured their imports instead of their tickets
    for _ in procs:
        ready.get(timeout=300)
    admin = sa.create_engine(admin_url)
    with admin.connect() as conn:
        pids = list(
            conn.execute(
                sa.text("SELECT pid FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"),
                {"d": database},
            ).scalars()
        )
    start_at.value = time.time() + RAMP_S
    go.set()
    time.sleep(max(0.0, start_at.value - time.time()))
    server0 = _backend_cpu_s(pids)
    time.sleep(WINDOW_S)
    server1 = _backend_cpu_s(pids)
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    admin.dispose()
    tickets = sum(r[0] for r in results)
    client_cpu = sum(r[1] for r in results)
    return {
        "terminals": TERMINALS,
        "connected_as": "the database owner (no row-level rules)"
        if mode == "store_as_owner"
        else "each terminal's own role (row-level rules checked)",
        "window_s": WINDOW_S,
        "tickets": tickets,
        "tickets_per_s": round(tickets / WINDOW_S, 1),
        "client_cpu_ms_per_ticket": round(client_cpu / max(tickets, 1) * 1000, 2),
        "server_cpu_ms_per_ticket": round((server1 - server0) / max(tickets, 1) * 1000, 2),
        "server_backends_measured": len(pids),
    }


# ---------------------------------------------------------------------------- call to display


def counter_worker(url: str, key: str, window: int, calls: int, go, out) -> None:
    """Window ``window`` (terminal T-000w) calls; ``url`` is that counter's own role's."""
    store = open_store(url, key)
    call_store(store, window)  # warm
    go.wait()
    done = 0
    while done < calls:
        press = time.time()
        ticket_id = call_store(store, window)
        committed = time.time()
        if ticket_id is not None:
            out.put((ticket_id, press, committed))
            done += 1
        time.sleep(CALL_PAUSE_S)
    store.close()


def busy_kiosk(url: str, key: str, n: int, go, stop, pause_s: float = 0.0) -> None:
    store = open_store(url, key)
    rng = random.Random(100 + n)
    go.wait()
    while not stop.is_set():
        # another hall on the same county server: the load reaches the server and the event
        # channel, while this hall's waiting list stays what its counters make of it
        issue_store(store, rng, f"T-{150 + n:04d}", worklog=True, hall=OTHER_HALL)
        if pause_s:
            stop.wait(pause_s)
    store.close()


def bench_call_to_display(
    url: str,
    key: str,
    *,
    counters: int,
    kiosks: int,
    calls_each: int,
    kiosk_pause_s: float = 0.0,
    terminal_urls: dict[str, str] | None = None,
) -> dict:
    """``url`` fills the queue and carries the display; ``terminal_urls`` (hall mode) gives each
    counter and busy kiosk its own role (on SQLite every process shares the file's URL)."""
    own = terminal_urls or {}
    store = open_store(url, key)
    rng = random.Random(7)
    for _ in range(counters * calls_each + 50 + 1):  # enough waiting tickets for every call
        issue_store(store, rng, "T-0199", worklog=False)
    store.close()
    go, stop, out = FORK.Event(), FORK.Event(), FORK.Queue()
    procs = [
        FORK.Process(
            target=counter_worker, args=(own.get(f"T-{w + 1:04d}", url), key, w + 1, calls_each, go, out)
        )
        for w in range(counters)
    ]
    procs += [
        FORK.Process(
            target=busy_kiosk, args=(own.get(f"T-{150 + k:04d}", url), key, k, go, stop, kiosk_pause_s)
        )
        for k in range(kiosks)
    ]
    for p in procs:
        p.start()
    time.sleep(2.0)  # forked, connected and warm before the display's thread starts
    received: dict[str, float] = {}
    events: queue.Queue = queue.Queue()
    display = open_event_subscriber(url, name="bench-display", topics={"ticket"})

    def on_event(e) -> None:
        if e.kind == "ticket.called":
            received.setdefault(e.payload["ticket_id"], time.time())
        events.put(e.kind)

    display.subscribe(on_event)
    display.start()
    while events.get(timeout=10) != "hall.online":
        pass
    go.set()
    sent = [out.get(timeout=300) for _ in range(counters * calls_each)]
    stop.set()
    for p in procs:
        p.join(60)
    deadline = time.time() + 5
    while time.time() < deadline and not all(t in received for t, _, _ in sent):
        time.sleep(0.05)
    display.stop()
    missing = [t for t, _, _ in sent if t not in received]
    from_press = [(received[t] - press) * 1000 for t, press, _ in sent if t in received]
    from_commit = [(received[t] - committed) * 1000 for t, _, committed in sent if t in received]
    return {
        "counters": counters,
        "busy_kiosks": kiosks,
        "kiosk_pause_ms": kiosk_pause_s * 1000,
        "calls": len(sent),
        "not_received": len(missing),
        "click_to_display": percentiles(from_press),
        "commit_to_display": percentiles(from_commit),
    }


# ---------------------------------------------------------------------------- runs


def postgresql(tmp: Path) -> dict:
    base = os.environ.get("YIMEN_BENCH_PG_URL") or os.environ.get(
        "YIMEN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    database = f"yimen_bench_hall_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{database}"'))
    except sa.exc.OperationalError as e:
        return {"skipped": f"PostgreSQL not reachable: {e.orig}"}
    url = make_url(base).set(database=database).render_as_string(hide_password=False)
    key = str(tmp / "pg" / "pii.key")
    prefix = f"ybench{uuid.uuid4().hex[:6]}"
    out: dict = {}
    try:
        store = Store.for_tests(url, key)
        with store.engine.connect() as conn:
            out["settings"] = {
                "server_version": conn.exec_driver_sql("SHOW server_version").scalar(),
                "synchronous_commit": conn.exec_driver_sql("SHOW synchronous_commit").scalar(),
                "fsync": conn.exec_driver_sql("SHOW fsync").scalar(),
            }
        store.close()
        terminals = init_hall_roles(url, key, tmp, prefix)
        kiosk_urls = [terminals[f"T-{101 + n:04d}"] for n in range(TERMINALS)]
        runs: dict[str, list[dict]] = {}
        # the rules' cost is the difference of two runs on a machine other jobs share: the two
        # variants alternate, and each reports its median round
        plan = ["store", "store_as_owner"] * ISSUING_ROUNDS + ["store_without_worklog", "service"]
        for mode in plan:
            urls = [url] * TERMINALS if mode == "store_as_owner" else kiosk_urls
            runs.setdefault(mode, []).append(bench_issuing(urls, key, database, base, mode))
            print(f"postgresql issuing ({mode}): {runs[mode][-1]}", flush=True)
        issuing = {mode: median_round(rounds) for mode, rounds in runs.items()}
        out["issuing_20_terminals"] = issuing
        with_rules, owner = issuing["store"], issuing["store_as_owner"]
        out["row_rules_cost"] = {
            "rate_with_rules_over_owner": round(with_rules["tickets_per_s"] / owner["tickets_per_s"], 3),
            "server_cpu_ms_per_ticket_added": round(
                statistics.median(with_rules["rounds_server_cpu_ms_per_ticket"])
                - statistics.median(owner["rounds_server_cpu_ms_per_ticket"]),
                2,
            ),
        }
        out["load_average_after_issuing"] = [round(x, 1) for x in os.getloadavg()]
        # a fresh day for the call runs: the waiting list only holds what they issue
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE "{database}" WITH (FORCE)'))
            conn.execute(sa.text(f'CREATE DATABASE "{database}"'))
        Store.for_tests(url, key).close()
        terminals = init_hall_roles(url, key, tmp, prefix)  # the grants live in the database
        calls = {
            "quiet": bench_call_to_display(
                url, key, counters=1, kiosks=0, calls_each=CALLS_QUIET, terminal_urls=terminals
            ),
            "loaded": bench_call_to_display(
                url, key, counters=2, kiosks=4, calls_each=CALLS_LOADED // 2, terminal_urls=terminals
            ),
        }
        print(f"postgresql call to display: {calls}", flush=True)
        out["call_to_display"] = calls
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()
        drop_hall_roles(base, prefix=prefix)
    return out


def init_hall_roles(url: str, key: str, tmp: Path, prefix: str) -> dict[str, str]:
    """`yimen hall init` for the benchmark's terminals; terminal id -> its own store URL."""
    from shared.domain.settings import load_settings

    plan = HallPlan(
        tuple(TerminalPlan(f"T-{101 + n:04d}", "kiosk") for n in range(TERMINALS))
        + tuple(TerminalPlan(f"T-{150 + n:04d}", "kiosk") for n in range(4))
        + tuple(TerminalPlan(f"T-{w:04d}", "counter", window_no=w) for w in (1, 2))
    )
    out_dir = tmp / "pg" / "terminals"
    result = hall_init(url, plan=plan, out_dir=out_dir, key_file=key, backup_dir=tmp / "pg" / "b", prefix=prefix)
    return {t.terminal_id: load_settings(t.config_file).store.url for t in result.terminals}


def sqlite(tmp: Path) -> dict:
    url = f"sqlite:///{tmp / 'sqlite' / 'hall.db'}"
    key = str(tmp / "sqlite" / "pii.key")
    store = Store.for_tests(url, key)
    with store.engine.connect() as conn:
        settings = {
            "journal_mode": conn.exec_driver_sql("PRAGMA journal_mode").scalar(),
            "synchronous": conn.exec_driver_sql("PRAGMA synchronous").scalar(),
            "sqlite_version": conn.exec_driver_sql("SELECT sqlite_version()").scalar(),
            "display_poll_interval_ms": 20,
        }
    store.close()
    calls = {
        "quiet": bench_call_to_display(url, key, counters=1, kiosks=0, calls_each=CALLS_QUIET),
        # a busy station at opening time: a kiosk printing five tickets a second, two windows calling
        "station": bench_call_to_display(
            url, key, counters=2, kiosks=1, calls_each=CALLS_LOADED // 2, kiosk_pause_s=0.2
        ),
        "loaded": bench_call_to_display(url, key, counters=2, kiosks=4, calls_each=CALLS_LOADED // 2),
    }
    print(f"sqlite call to display: {calls}", flush=True)
    return {"settings": settings, "call_to_display": calls}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pg = postgresql(tmp)
        lite = sqlite(tmp)
    verdict = {}
    if "issuing_20_terminals" in pg:
        verdict["issuing_store_ge_500_per_s"] = (
            pg["issuing_20_terminals"]["store"]["tickets_per_s"] >= TARGET_ISSUES_PER_S
        )
        verdict["issuing_store_with_row_rules_ge_700_per_s"] = (
            pg["issuing_20_terminals"]["store"]["tickets_per_s"] >= TARGET_WITH_ROW_RULES_PER_S
        )
    for name, result in (("postgresql", pg), ("sqlite", lite)):
        if "call_to_display" in result:
            for load, r in result["call_to_display"].items():
                verdict[f"{name}_{load}_click_to_display_p99_lt_{int(TARGET_P99_MS[name])}ms"] = (
                    r["click_to_display"]["p99_ms"] < TARGET_P99_MS[name] and r["not_received"] == 0
                )
    doc = {
        "benchmark": "hall",
        "what": "issuing with 20 terminal processes on PostgreSQL; call-to-display latency across processes",
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "note": "the 20 terminals and the server share these cores; other work may share them too",
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        },
        "targets": {
            "issues_per_s": TARGET_ISSUES_PER_S,
            "issues_per_s_with_row_rules": TARGET_WITH_ROW_RULES_PER_S,
            "p99_ms": TARGET_P99_MS,
        },
        "postgresql": pg,
        "sqlite": lite,
        "met": verdict,
        "measured_at": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    target = ROOT / "bench" / "results" / "hall.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(verdict, indent=2))


if __name__ == "__main__":
    main()
