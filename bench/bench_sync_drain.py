"""Sync throughput on loopback: drain a 10,000-event backlog after an outage, and download and
switch a 100,000-item catalog (full, then a one-item delta).

The reference platform runs in its own process (``python -m reference_platform serve``) so
client and server do not share one interpreter. Targets: ≥ 1,000 events/s drained.
Writes bench/results/sync_drain.json. Run: ``python bench/bench_sync_drain.py [--events N] [--items N]``.
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
sys.path.insert(0, str(ROOT / "tests" / "sync"))

from sync_factories import SECRET_A, new_case, open_store  # noqa: E402

from offline_store.sync.catalog_sync import download_full, refresh_catalog  # noqa: E402
from offline_store.sync.client import PlatformClient  # noqa: E402
from offline_store.sync.credentials import PlatformCredentials  # noqa: E402
from offline_store.sync.worker import SyncConfig, SyncWorker  # noqa: E402
from reference_platform.store import PlatformStore  # noqa: E402

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


def bench_catalog(tmp: Path, client: PlatformClient, items: int) -> dict[str, object]:
    from shared.catalog.generate import generate_catalog

    t0 = time.perf_counter()
    docs = [dict(d) for d in generate_catalog(items, 7).to_documents()]
    gen_s = time.perf_counter() - t0
    pstore = PlatformStore(tmp / "platform.db")
    t0 = time.perf_counter()
    pstore.publish_catalog(docs, label=f"generated-{items}", now=time.time())
    publish_s = time.perf_counter() - t0
    store = open_store(tmp, "catalog-terminal")
    manifest = client.catalog_manifest()
    t0 = time.perf_counter()
    download_full(client, manifest, page_size=1000)
    download_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    version = refresh_catalog(client, store, page_size=1000)
    full_s = time.perf_counter() - t0
    changed = [dict(d) for d in docs]
    changed[10] = changed[10] | {"body": {**changed[10]["body"], "name": "更名后的事项"}}
    pstore.publish_catalog(changed, label="generated-delta", now=time.time())
    pstore.close()
    t0 = time.perf_counter()
    delta_version = refresh_catalog(client, store, page_size=1000)
    delta_s = time.perf_counter() - t0
    store.close()
    return {
        "documents": manifest.document_count,
        "items": items,
        "json_bytes": sum(len(json.dumps(d, ensure_ascii=False).encode()) for d in docs[:1000])
        * len(docs)
        // 1000,
        "generate_s": round(gen_s, 2),
        "platform_publish_s": round(publish_s, 2),
        "download_and_verify_s": round(download_s, 2),
        "download_verify_and_switch_s": round(full_s, 2),
        "switch_only_s_approx": round(full_s - download_s, 2),
        "one_item_delta_s": round(delta_s, 2),
        "versions": [version, delta_version],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=100_000)
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
            catalog = bench_catalog(tmp, client, args.items)
            print("catalog:", catalog, flush=True)
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
        "catalog": catalog,
    }
    out = ROOT / "bench" / "results" / "sync_drain.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
