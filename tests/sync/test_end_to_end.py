"""End to end: 2,000 cases from two terminals while the platform flaps.

Two real stores (two village stations), two sync workers on their own threads, one
reference platform over loopback HTTP injecting 5xx, answers lost after commit,
latency, and a full restart in the middle. Cases keep being created while the workers
run. At the end every event must be stored upstream exactly once, in case order, the
local outboxes empty, and nothing valid quarantined.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from offline_store.store import Store
from offline_store.sync.client import PlatformClient
from offline_store.sync.worker import SyncConfig, SyncWorker
from reference_platform.config import BackOfficeConfig
from reference_platform.server import ReferencePlatform
from shared.protocol.credentials import PlatformCredentials
from tests.support.sync import SECRET_A, SECRET_B, new_case, open_store, platform_config

CASES_PER_TERMINAL = 1000
EVENTS_PER_CASE = 3  # created, accepted, materials


def _counts(store: Store) -> dict[str, int]:
    with store.unit_of_work(read_only=True) as uow:
        return uow.outbox.counts()


@pytest.mark.slow
def test_two_terminals_drain_exactly_once_in_order_through_a_flapping_platform(tmp_path: Path) -> None:
    rp = ReferencePlatform(
        platform_config(tmp_path, backoffice=BackOfficeConfig(review_after_s=0.5, decide_after_s=2.0, seed=3))
    )
    rp.set_faults(error_5xx_rate=0.1, drop_after_commit_rate=0.1, latency_ms=(0.0, 10.0), seed=42)
    rp.start_in_thread()
    terminals = [("T-0001", "AK-T-0001", SECRET_A, 1), ("T-0002", "AK-T-0002", SECRET_B, 2)]
    stores = {tid: open_store(tmp_path, tid) for tid, *_ in terminals}
    clients = [
        PlatformClient(
            base_url=rp.base_url,
            credentials=PlatformCredentials(ak, secret.encode()),
            terminal_id=tid,
            read_timeout_s=5,
        )
        for tid, ak, secret, _ in terminals
    ]
    config = SyncConfig(
        batch_size=200, idle_interval_s=0.2, backoff_base_s=0.05, backoff_max_s=0.5, pull_reference_data=False
    )
    workers = [SyncWorker(store=stores[c.terminal_id], client=c, config=config) for c in clients]
    case_nos: dict[str, list[str]] = {tid: [] for tid, *_ in terminals}

    def produce(tid: str, no: int) -> None:
        for i in range(CASES_PER_TERMINAL // 2):
            case_nos[tid].append(new_case(stores[tid], terminal_id=tid, terminal_no=no, n=i, extra_events=1))

    # half the cases were taken while the link was down; the rest arrive while the workers run
    for tid, _ak, _s, no in terminals:
        for i in range(CASES_PER_TERMINAL // 2):
            case_nos[tid].append(
                new_case(stores[tid], terminal_id=tid, terminal_no=no, n=100000 + i, extra_events=1)
            )
    producers = [
        threading.Thread(target=produce, args=(tid, no), name=f"producer-{tid}")
        for tid, _ak, _s, no in terminals
    ]
    started = time.monotonic()
    for w in workers:
        w.start()
    for t in producers:
        t.start()
    time.sleep(2.0)
    rp.restart(down_for_s=1.0)  # the platform crashes and comes back mid-drain
    for t in producers:
        t.join()
    total = sum(len(v) for v in case_nos.values()) * EVENTS_PER_CASE
    deadline = time.monotonic() + 100
    while time.monotonic() < deadline:
        if all(_counts(s)["pending"] == 0 for s in stores.values()):
            break
        for w in workers:
            w.wake()
        time.sleep(0.2)
    for w in workers:
        w.stop()
    elapsed = time.monotonic() - started
    try:
        counts = {tid: _counts(s) for tid, s in stores.items()}
        assert all(c == {"pending": 0, "sent": total // 2, "quarantined": 0} for c in counts.values()), counts
        assert rp.store.event_count() == total  # exactly once: event_id is the platform's primary key
        (distinct,) = rp.store.read("SELECT COUNT(DISTINCT event_id) FROM events")[0]
        assert distinct == total
        # per-case order: the platform stored seq 1, 2, 3 of every case in that order
        rows = rp.store.read("SELECT case_no, case_seq FROM events WHERE case_no IS NOT NULL ORDER BY seq")
        seen: dict[str, list[int]] = {}
        for case_no, seq in rows:
            seen.setdefault(case_no, []).append(seq)
        assert len(seen) == 2 * CASES_PER_TERMINAL
        assert all(v == [1, 2, 3] for v in seen.values())
        # each terminal's events are upstream under its own name
        for tid in case_nos:
            sample = case_nos[tid][:50]
            marks = ",".join("?" * len(sample))
            owners = rp.store.read(
                f"SELECT DISTINCT terminal_id FROM events WHERE case_no IN ({marks})", tuple(sample)
            )
            assert owners == [(tid,)]
        assert rp.dropped_after_commit > 0  # the faults really happened
        print(
            f"end-to-end: {total} events, {elapsed:.1f} s, {rp.dropped_after_commit} answers dropped after commit"
        )
    finally:
        for c in clients:
            c.close()
        for s in stores.values():
            s.close()
        rp.stop()
