"""Crash test: a process accepting cases is killed with SIGKILL 200 times; nothing it reported is lost.

SQLite only: the question is whether the file (WAL, synchronous=FULL) keeps every commit that
returned. A SIGKILL cannot lose what the OS already has, so this proves our own ordering
(print only after commit) and recovery after a torn transaction, not the disk's honesty.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest

from offline_store import Store

KILLS = 200
REPO = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("crash_worker.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses fork and /proc (Linux)"),
]


def _wait_dead(pid: int, timeout: float = 2.0) -> None:
    """Wait until the killed worker is gone or a zombie (its file locks are released then)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return
        if state in ("Z", "X"):
            return
        time.sleep(0.002)
    raise AssertionError(f"worker {pid} did not die after SIGKILL")


def test_accepted_cases_survive_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    url = f"sqlite:///{db}"
    key = tmp_path / "keys" / "pii.key"
    Store.for_tests(url, key).close()

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    zygote = subprocess.Popen(
        [sys.executable, str(WORKER), url, str(key)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
        env=env,
        cwd=REPO,
    )
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line.strip()) for line in zygote.stdout], daemon=True)
    reader.start()
    printed: list[str] = []
    rng = random.Random(20260302)
    try:
        for round_no in range(KILLS):
            zygote.stdin.write(f"go {round_no // 20}\n")
            zygote.stdin.flush()
            pid = None
            while pid is None:
                line = lines.get(timeout=30)
                if line.startswith("READY "):
                    pid = int(line.split()[1])
                elif line.startswith("CASE "):
                    printed.append(line.split()[1])
            # let it report 1 to 3 cases (however slow a loaded machine makes them), then kill
            # it at a random moment of the acceptances that follow
            for _ in range(rng.randint(1, 3)):
                while not (line := lines.get(timeout=60)).startswith("CASE "):
                    pass
                printed.append(line.split()[1])
            time.sleep(rng.uniform(0.0, 0.3))  # the random moment of the kill, not a synchronisation
            os.kill(pid, signal.SIGKILL)
            _wait_dead(pid)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        reader.join(timeout=30)
    while not lines.empty():
        line = lines.get()
        if line.startswith("CASE "):
            printed.append(line.split()[1])

    print(f"crash test: {len(printed)} cases reported by {KILLS} killed workers")
    assert len(printed) > KILLS, "the workers hardly accepted anything: the test proves nothing"
    assert len(set(printed)) == len(printed), "a case number was handed out twice"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {row[0] for row in conn.execute("SELECT case_no FROM cases")}
        missing = set(printed) - stored
        assert not missing, f"{len(missing)} reported cases lost, e.g. {sorted(missing)[:3]}"
        # every case came with its outbox event; numbering per day has no gaps
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == len(stored)
        per_day: dict[str, list[int]] = defaultdict(list)
        for no in stored:
            per_day[no[6:12]].append(int(no[15:19]))
        last = {
            day.replace("-", "")[2:]: seq  # '2026-03-02' -> '260302', as in the case number
            for day, seq in conn.execute("SELECT day, last_seq FROM case_sequences")
        }
        for day, seqs in per_day.items():
            assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"gap in the numbers of {day}"
            assert last[day] == len(seqs)

    store = Store.for_tests(url, key)
    with store.unit_of_work() as uow:
        assert uow.audit.verify().rows_checked == len(stored)
        uow.audit.verify().raise_if_broken()
    store.close()
