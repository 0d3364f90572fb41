"""``yimen backup`` and ``yimen keys`` as a technician runs them, and a kill -9 in the middle
of ``backup create`` (issue 15, point 3)."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from yimen.cli import main

PASS = "tea hills rain mengHai 2026"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path / "yimen.db"}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    return cfg


def run(
    config: Path, *argv: str, stdin: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None
) -> int:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--config", str(config), *argv])


def test_passphrase_create_list_verify_restore_and_keys(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(config, "db", "upgrade") == 0
    assert run(config, "backup", "create") == 2
    assert "yimen backup passphrase" in capsys.readouterr().err
    assert (
        run(config, "backup", "passphrase", "--passphrase-stdin", stdin=PASS + "\n", monkeypatch=monkeypatch)
        == 0
    )
    assert "保险柜" in capsys.readouterr().out
    assert run(config, "backup", "create", "--json") == 0
    made = json.loads(capsys.readouterr().out)["backup"]
    assert made["good"] and made["kind"] == "sqlite"
    assert run(config, "backup", "list") == 0
    assert made["name"] in capsys.readouterr().out
    assert run(config, "backup", "verify", made["name"]) == 0
    out = capsys.readouterr().out
    assert "备份完整" in out and "与本机密钥相同" in out
    assert (
        run(
            config,
            "backup",
            "verify",
            made["name"],
            "--passphrase-stdin",
            stdin="wrong passphrase!!\n",
            monkeypatch=monkeypatch,
        )
        == 2
    )
    assert "口令不对" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(config, "backup", "restore", made["name"]) == 2  # not a terminal, no --yes
    assert "--yes" in capsys.readouterr().err
    assert run(config, "backup", "restore", made["name"], "--yes") == 0
    out = capsys.readouterr().out
    assert "已恢复" in out and "恢复前的数据库已另存为备份" in out

    sealed_key = tmp_path / "pii-key.sealed"
    assert (
        run(
            config,
            "keys",
            "export",
            str(sealed_key),
            "--passphrase-stdin",
            stdin=PASS + "\n",
            monkeypatch=monkeypatch,
        )
        == 0
    )
    key_id = made["pii_key_id"]
    assert key_id in capsys.readouterr().out
    (tmp_path / "keys" / "pii.key").unlink()
    assert run(config, "backup", "verify", made["name"]) == 0
    assert "本机没有密钥文件" in capsys.readouterr().out
    assert (
        run(
            config,
            "keys",
            "import",
            str(sealed_key),
            "--passphrase-stdin",
            stdin=PASS + "\n",
            monkeypatch=monkeypatch,
        )
        == 0
    )
    assert key_id in capsys.readouterr().out
    assert run(config, "audit", "verify") == 0


def test_kill_9_during_create_leaves_no_half_backup_listed_as_good(config: Path, tmp_path: Path) -> None:
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    (tmp_path / "keys" / "backup.pass").write_text(PASS + "\n", encoding="utf-8")
    os.chmod(tmp_path / "keys" / "backup.pass", 0o600)
    with sqlite3.connect(tmp_path / "yimen.db") as db:  # ballast: a backup that takes a while to seal
        db.execute("CREATE TABLE ballast (b BLOB)")
        db.executemany("INSERT INTO ballast VALUES (randomblob(1048576))", [()] * 96)
    env = {**os.environ, "YIMEN_CONFIG": str(config)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "yimen.cli", "backup", "create"], env=env, stderr=subprocess.PIPE
    )
    backups_dir = tmp_path / "backups"
    deadline = time.monotonic() + 120
    partial: list[Path] = []
    while (
        not partial and proc.poll() is None and time.monotonic() < deadline
    ):  # wait for the file, not a time
        partial = list(backups_dir.glob(".*.partial-*")) if backups_dir.exists() else []
        if not partial:
            time.sleep(0.002)
    assert partial, "the backup never started writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert not list(backups_dir.glob("*.yimen-backup")), (
        "the backup finished before the kill: the test proves nothing"
    )

    listed = subprocess.run(
        [sys.executable, "-m", "yimen.cli", "backup", "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    doc = json.loads(listed.stdout)
    assert doc["backups"] == [] and doc["incomplete"] == [partial[0].name]
    # the next create clears what the killed one left and makes a good one
    again = subprocess.run(
        [sys.executable, "-m", "yimen.cli", "backup", "create"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 0, again.stderr
    assert "清理了中断的备份残留" in again.stdout
    doc = json.loads(
        subprocess.run(
            [sys.executable, "-m", "yimen.cli", "backup", "list", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
    )
    assert [b["good"] for b in doc["backups"]] == [True] and doc["incomplete"] == []
    assert not list(backups_dir.glob(".snapshot-*")) and not list(backups_dir.glob(".*.partial-*"))
