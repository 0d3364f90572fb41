"""Case acceptance throughput of the store: one transaction per case, as the counter does it.

Each transaction: take the next case number, upsert the applicant (ID number, name, phone
encrypted, blind index), insert the case with 3 materials and its first history line, write
the outbox event (with encrypted PII) and append to the audit chain (HMAC-SM3). SQLite runs
with WAL + synchronous=FULL (an fsync per commit), PostgreSQL with its defaults (fsync on).

Two runs per database: one terminal (sequential), and 4 terminals at once (threads, each its
own connection) to show how the write lock / row locks behave under contention.
Target (for a station PC): p99 < 100 ms per acceptance with one terminal; the clerk should
never feel the store.

Run: .venv/bin/python bench/bench_case_accept.py  → bench/results/case_accept.json
PostgreSQL: YIMEN_BENCH_PG_URL (or YIMEN_TEST_PG_URL), default postgresql+psycopg://postgres@127.0.0.1:5432/test;
skipped with a note when it does not answer.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from offline_store import Store  # noqa: E402
from tests.support.factories import accept_case, materials, numbered_resident_id  # noqa: E402

SEQUENTIAL = 300
THREADS, PER_THREAD = 4, 75
WARMUP = 20
TARGET_P99_MS = 100.0


def accept_one(store: Store, *, terminal: str, terminal_no: int, n: int, day: date) -> float:
    start = time.perf_counter()
    with store.unit_of_work() as uow:
        # tests.support.factories.accept_case: number, case with 3 materials (applicant
        # upserted), outbox event with encrypted PII, work-log line; n and n + 1000 are the
        # same applicant, so the four threads upsert the same 75 people
        accept_case(
            uow,
            terminal_id=terminal,
            terminal_no=terminal_no,
            day=day,
            applicant_id=numbered_resident_id(n),
            materials=materials(deferred_until=None, licence=f"EL-{n}"),
            window_no=terminal_no,
        )
    return (time.perf_counter() - start) * 1e3


def summarise(latencies_ms: list[float], wall_s: float) -> dict[str, float | int]:
    ordered = sorted(latencies_ms)
    p99_index = min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))
    return {
        "cases": len(ordered),
        "cases_per_s": round(len(ordered) / wall_s, 1),
        "p50_ms": round(statistics.median(ordered), 2),
        "p99_ms": round(ordered[p99_index], 2),
        "mean_ms": round(statistics.fmean(ordered), 2),
        "max_ms": round(ordered[-1], 2),
    }


def run(store: Store) -> dict[str, object]:
    day = date(2026, 3, 2)
    for i in range(WARMUP):
        accept_one(store, terminal="T-WARM", terminal_no=999, n=i, day=day)

    started = time.perf_counter()
    seq = [accept_one(store, terminal="T-SEQ", terminal_no=1, n=i, day=day) for i in range(SEQUENTIAL)]
    sequential = summarise(seq, time.perf_counter() - started)

    results: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(THREADS)

    def terminal(t: int) -> None:
        barrier.wait()
        mine = [
            accept_one(store, terminal=f"T-{t}", terminal_no=10 + t, n=1000 * t + i, day=day)
            for i in range(PER_THREAD)
        ]
        with lock:
            results.extend(mine)

    workers = [threading.Thread(target=terminal, args=(t,)) for t in range(THREADS)]
    started = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    concurrent = summarise(results, time.perf_counter() - started)
    with store.unit_of_work(read_only=True) as uow:
        assert uow.audit.verify().ok
        assert uow.outbox.backlog_count() == WARMUP + SEQUENTIAL + THREADS * PER_THREAD
    return {
        "one_terminal": sequential,
        f"{THREADS}_terminals": concurrent,
        "within_target": sequential["p99_ms"] <= TARGET_P99_MS,
    }


def bench_sqlite(tmp: Path) -> dict[str, object]:
    store = Store.for_tests(f"sqlite:///{tmp / 'bench.db'}", tmp / "keys" / "pii.key")
    try:
        with store.engine.connect() as conn:
            settings = {
                "journal_mode": conn.exec_driver_sql("PRAGMA journal_mode").scalar(),
                "synchronous": {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}[
                    conn.exec_driver_sql("PRAGMA synchronous").scalar()
                ],
                "sqlite_version": conn.exec_driver_sql("SELECT sqlite_version()").scalar(),
            }
        return {"settings": settings, **run(store)}
    finally:
        store.close()


def bench_postgresql(tmp: Path) -> dict[str, object]:
    base = os.environ.get("YIMEN_BENCH_PG_URL") or os.environ.get(
        "YIMEN_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    admin = sa.create_engine(base)
    schema = f"yimen_bench_{uuid.uuid4().hex[:10]}"
    try:
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as e:
        admin.dispose()
        return {"skipped": f"PostgreSQL not reachable at {make_url(base).render_as_string()}: {e.orig}"}
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        store = Store.for_tests(url.render_as_string(hide_password=False), tmp / "pgkeys" / "pii.key")
        try:
            with store.engine.connect() as conn:
                settings = {
                    "server_version": conn.exec_driver_sql("SHOW server_version").scalar(),
                    "synchronous_commit": conn.exec_driver_sql("SHOW synchronous_commit").scalar(),
                    "fsync": conn.exec_driver_sql("SHOW fsync").scalar(),
                }
            return {"settings": settings, **run(store)}
        finally:
            store.close()
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        report = {
            "benchmark": "case_accept",
            "what": "one transaction = case number + person upsert + case + 3 materials + history + outbox + audit",
            "machine": {
                "platform": platform.platform(),
                "python": sys.version.split()[0],
                "cpu_count": os.cpu_count(),
                "note": "shared machine (other jobs running); figures are indicative",
            },
            "target_p99_ms_one_terminal": TARGET_P99_MS,
            "sqlite": bench_sqlite(tmp),
            "postgresql": bench_postgresql(tmp),
        }
    target = ROOT / "bench" / "results" / "case_accept.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
