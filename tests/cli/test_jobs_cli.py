"""``yimen jobs list | run | serve`` on a real SQLite store: in-process, and serve as the
process systemd starts (stopped with SIGTERM)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from yimen.cli import main


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path / "yimen.db"}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n'
        # no platform and no backup passphrase in these tests: those jobs are switched off the
        # way a station would (tests/services/test_backups.py runs the backup jobs)
        '[jobs]\ndisabled = ["catalog.refresh", "backup.create", "backup.verify"]\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    return cfg


def run(config: Path, *argv: str) -> int:
    return main(["--config", str(config), *argv])


def test_list_run_and_list_again(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config, "db", "upgrade") == 0
    capsys.readouterr()
    assert run(config, "jobs", "list") == 0
    out = capsys.readouterr().out
    assert "jobs.prune" in out and "从未运行" in out and "catalog.refresh" in out and "停用" in out
    assert run(config, "jobs", "run", "jobs.prune") == 0
    assert "jobs.prune: 成功 — 删除了 0 条" in capsys.readouterr().out
    assert run(config, "jobs", "list", "--json") == 0
    jobs = {j["name"]: j for j in json.loads(capsys.readouterr().out)["jobs"]}
    assert jobs["jobs.prune"]["last"]["state"] == "ok" and jobs["jobs.prune"]["schedule"] == "daily 04:10"
    assert jobs["catalog.refresh"]["enabled"] is False
    # the manual run did not use up the scheduled slot: --due still runs it, then nothing is due
    assert run(config, "jobs", "run", "--due", "--json") == 0
    runs = json.loads(capsys.readouterr().out)["runs"]
    # the hall's rules (issue 12) share the runner: on an empty store they are due and find nothing
    assert sorted(r["name"] for r in runs) == [
        "cases.overdue-warning",
        "data.purge",
        "evaluations.default",
        "followups.deadlines",
        "jobs.prune",
        "licences.verify-pending",
    ]
    assert run(config, "jobs", "run", "--due") == 0
    assert "没有到期的任务" in capsys.readouterr().out


def test_run_needs_a_name_or_due_and_names_the_jobs(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(config, "db", "upgrade")
    capsys.readouterr()
    assert run(config, "jobs", "run") == 2
    assert "--due" in capsys.readouterr().err
    assert run(config, "jobs", "run", "backup.nightly.typo") == 2
    err = capsys.readouterr().err
    assert "没有名为" in err and "jobs.prune" in err
    assert run(config, "jobs", "run", "catalog.refresh") == 2
    assert "未启用" in capsys.readouterr().err


def test_serve_runs_due_jobs_and_stops_on_sigterm(config: Path, tmp_path: Path) -> None:
    assert run(config, "db", "upgrade") == 0
    env = {**os.environ, "YIMEN_CONFIG": str(config)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "yimen.cli", "-v", "jobs", "serve", "--max-sleep", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        done = []
        while time.monotonic() < deadline and not done:  # wait for the record, not for a time
            with sqlite3.connect(tmp_path / "yimen.db") as db:
                done = db.execute(
                    "SELECT state, pid FROM job_runs WHERE job_name = 'jobs.prune' AND state != 'running'"
                ).fetchall()
            if not done:
                time.sleep(0.1)
        assert done and done[0] == ("ok", proc.pid)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "job runner stopped" in err


UNIT = Path(__file__).resolve().parents[2] / "installers" / "systemd" / "yimen-jobs.service"


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs systemd-analyze (Debian: systemd)")
def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    # systemd-analyze checks that ExecStart exists: point it at this checkout's yimen
    text = UNIT.read_text(encoding="utf-8")
    assert "ExecStart=/usr/bin/yimen jobs serve" in text
    yimen = Path(sys.executable).with_name("yimen")
    unit = tmp_path / "yimen-jobs.service"
    unit.write_text(text.replace("/usr/bin/yimen", str(yimen)), encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "yimen-jobs.service" not in done.stderr, done.stderr


def test_data_purge_dry_run_then_purge(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config, "db", "upgrade") == 0
    capsys.readouterr()
    assert run(config, "data", "purge", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "试运行（未改动任何数据）" in out and "将删除 居民信息 0 条" in out
    assert run(config, "data", "purge", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["dry_run"] is False and set(doc["counts"]) >= {"people", "id_photos", "tickets"}
    assert "VACUUM" in doc["reclaimed"]
    assert run(config, "jobs", "run", "data.purge") == 0
    assert "data.purge: 成功 — 清理个人信息 0 条（无到期数据）" in capsys.readouterr().out
