"""`yimen demo --live`: three app processes over one store, the platform and the sync worker,
started and ended cleanly (offscreen here; on a real screen they are three windows)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_live_demo_starts_all_three_apps_and_ends_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "live"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YIMEN_DEMO_QUIT_AFTER_S": "6"}
    done = subprocess.run(
        [sys.executable, "-m", "yimen.cli", "demo", "--live", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "柜台账号" in done.stdout
    for name in ("kiosk.toml", "counter.toml", "display.toml"):
        assert (out / name).exists()
    with sqlite3.connect(out / "yimen.db") as db:  # the seeded hall the three apps shared
        assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] >= 4
        assert db.execute("SELECT count(*) FROM cases").fetchone()[0] > 0
