"""Sync throughput on loopback: drain a 10,000-event backlog after an outage. (The catalog's
full download and deltas are measured in bench/bench_catalog_sync.py.)

The reference platform runs in its own process (``python -m reference_platform serve``) so
client and server do not share one interpreter. Targets: ≥ 1,000 events/s drained.
Writes bench/results/sync_drain.json. Run: ``python bench/bench_sync_drain.py [--events N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from offline_store.sync.client import PlatformClient  # noqa: E402
from offline_store.sync.worker import SyncConfig, SyncWorker  # noqa: E402
from shared.protocol.credentials import PlatformCredentials  # noqa: E402
from tests.support.sync import SECRET_A, new_case, open_store  # noqa: E402

EVENTS_PER_CASE = 5  # created, accepted, 3 × materials


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_platform(tmp: Path, port: int) -> subprocess.Popen[bytes]:
    cfg = tmp / "platform.toml"
    cfg.write_text(
        f'[platform]\ndb_path = "{tmp / "platform.db"}"\nport = {port}\n'
        f"[backoffice]\ndecide_after_s = 3600.0\n"
        f'[[terminals]]\napp_key = "AK-T-0001"\nsecret = "{SECRET_A}"\nterminal_id = "T-0001"\n'
    )
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "reference_platform", "serve", "--config", str(cfg)], env=env, cwd=ROOT
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("reference platform did not start")


def bench_drain(tmp: Path, client: PlatformClient, events: int) -> dict[str, object]:
    store = open_store(tmp, "terminal")
    cases = events // EVENTS_PER_CASE
    manifest = client.catalog_manifest()
    page = client.catalog_page(version=manifest.version, offset=0, limit=manifest.page_size)
    item_code = next(d["code"] for d in page.items if d["kind"] == "item")
    t0 = time.perf_counter()
    for i in range(cases):
        new_case(
            store,
            terminal_id="T-0001",
            terminal_no=1,
            n=i,
            extra_events=EVENTS_PER_CASE - 2,
            item_code=item_code,
        )
    fill_s = time.perf_counter() - t0
    worker = SyncWorker(
        store=store,
        client=client,
        config=SyncConfig(batch_size=500, pull_feed=False, pull_reference_data=False),
    )
    t0 = time.perf_counter()
    report = worker.run_once()
    drain_s = time.perf_counter() - t0
    with store.unit_of_work(read_only=True) as uow:
        left = uow.outbox.counts()
    store.close()
    assert report.ok and left["pending"] == 0, (report.error, left)
    return {
        "events": report.sent,
        "cases": cases,
        "batches": report.batches,
        "batch_size": 500,
        "backlog_fill_s": round(fill_s, 2),
        "drain_s": round(drain_s, 3),
        "events_per_s": round(report.sent / drain_s, 1),
        "target_events_per_s": 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        port = _free_port()
        proc = _start_platform(tmp, port)
        client = PlatformClient(
            base_url=f"http://127.0.0.1:{port}", credentials=PlatformCredentials("AK-T-0001", SECRET_A.encode()),
            terminal_id="T-0001", read_timeout_s=60,
        )  # fmt: skip
        try:
            drain = bench_drain(tmp, client, args.events)
            print("drain:", drain, flush=True)
        finally:
            client.close()
            proc.terminate()
            proc.wait(10)
    result = {
        "benchmark": "sync_drain",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
        },
        "setup": "reference platform in its own process on 127.0.0.1 (HTTP/1.1 keep-alive, SQLite WAL); "
        "terminal store SQLite (synchronous=FULL); HMAC-SM3 signed requests and responses",
        "drain": drain,
    }
    out = ROOT / "bench" / "results" / "sync_drain.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
