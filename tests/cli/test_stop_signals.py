"""SIGTERM, as systemd sends it on ``systemctl stop`` or a restart, to every long-running
Yimen process: each one closes its devices, keeps waiting print jobs in the spool, and
exits 0 (an unhandled SIGTERM would end it with -15 and nothing closed).

Each process runs as ``yimen`` does under its unit: its own interpreter, ``$NOTIFY_SOCKET``
pointing at a socket the test reads (tests/support/notify.py), so READY=1 says when to
signal and the watchdog pings of the UI thread are seen arriving.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.printer.print_queue import PrintQueue
from reference_platform.config import PlatformConfig
from reference_platform.server import ReferencePlatform
from shared.protocol.credentials import PlatformCredentials, write_credentials
from tests.support.notify import NotifyListener

GUARD_S = 120  # bounds a broken process; no assertion is made on time


def closed_port() -> int:
    """A loopback port nothing listens on: the printer is offline, so a job must wait."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # never listened on: connections are refused
    return port


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    return h


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[NotifyListener]:
    n = NotifyListener(tmp_path / "notify")
    yield n
    n.close()


def write_config(home: Path, *, kind: str, extra: str = "") -> Path:
    cfg = home / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{home / "yimen.db"}"\nkey_file = "{home / "keys" / "pii.key"}"\n'
        f'backup_dir = "{home / "backups"}"\n'
        f'[terminal]\nid = "T-{kind}"\nkind = "{kind}"\nwindow_no = 1\n'
        "[devices]\nidcard = \"null\"\nscanner = \"null\"\ntts = \"null\"\n"
        f'printer = "network"\nprinter_host = "127.0.0.1"\nprinter_port = {closed_port()}\n' + extra,
        encoding="utf-8",
    )
    return cfg


def env_for(home: Path, listener: NotifyListener, cfg: Path, *, watchdog_usec: int | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("YIMEN_", "NOTIFY_", "WATCHDOG_"))}
    env.update(
        YIMEN_HOME=str(home),
        YIMEN_CONFIG=str(cfg),
        NOTIFY_SOCKET=str(listener.path),
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
    )
    if watchdog_usec:
        env["WATCHDOG_USEC"] = str(watchdog_usec)  # no WATCHDOG_PID: meant for whoever reads it
    return env


def yimen(*argv: str, env: dict) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "yimen", "-v", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store migrated by ``yimen db upgrade`` (with its new key), copied for each test."""
    home = tmp_path_factory.mktemp("migrated")
    cfg = write_config(home, kind="kiosk")
    env = {k: v for k, v in os.environ.items() if not k.startswith("YIMEN_")} | {"YIMEN_CONFIG": str(cfg)}
    done = subprocess.run(
        [sys.executable, "-m", "yimen", "db", "upgrade"], env=env, capture_output=True, text=True, timeout=GUARD_S
    )
    assert done.returncode == 0, done.stderr
    return home


def upgrade(env: dict, migrated: Path) -> None:
    home = Path(env["YIMEN_HOME"])
    (home / "keys").mkdir(mode=0o700)
    shutil.copy2(migrated / "keys" / "pii.key", home / "keys" / "pii.key")
    shutil.copy2(migrated / "yimen.db", home / "yimen.db")


def spool_job(home: Path, terminal_id: str) -> Path:
    """A receipt already waiting for the printer when the app starts (as after a paper-out)."""
    spool = home / "spool" / terminal_id
    PrintQueue(spool).add(data=b"\x1b@receipt kept across the stop\n", title="受理凭证", job_id="keep-me")
    return spool


def stop(proc: subprocess.Popen[str]) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=GUARD_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"did not stop on SIGTERM:\n{err}") from None
    return proc.returncode, err


def assert_job_kept(spool: Path) -> None:
    queue = PrintQueue(spool)
    assert [j.job_id for j in queue.pending()] == ["keep-me"], list(spool.iterdir())
    assert queue.pending()[0].data == b"\x1b@receipt kept across the stop\n"
    assert not queue.quarantined


@pytest.mark.slow
def test_kiosk_on_sigterm_closes_devices_keeps_the_spool_and_exits_0(home, listener, migrated):
    cfg = write_config(home, kind="kiosk")
    env = env_for(home, listener, cfg, watchdog_usec=400_000)
    upgrade(env, migrated)
    spool = spool_job(home, "T-kiosk")
    proc = yimen("kiosk", env=env)
    try:
        ready = listener.wait_for("READY", "1", timeout=GUARD_S)
        assert ready["STATUS"] == "自助机：首页"
        # the UI thread's timer feeds the watchdog: pings keep coming after READY
        listener.wait_for("WATCHDOG", "1")
        listener.wait_for("WATCHDOG", "1")
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert "SIGTERM received, stopping" in err
    assert "kiosk stopped (signal): devices closed, 1 print job(s) kept in the spool" in err
    assert listener.count("STOPPING") == 1
    assert_job_kept(spool)


@pytest.mark.slow
def test_counter_on_sigterm_closes_devices_keeps_the_spool_and_exits_0(home, listener, migrated):
    cfg = write_config(home, kind="counter")
    env = env_for(home, listener, cfg)
    upgrade(env, migrated)
    spool = spool_job(home, "T-counter")
    proc = yimen("counter", env=env)
    try:
        listener.wait_for("READY", "1", timeout=GUARD_S)
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert "counter stopped (signal): devices closed, 1 print job(s) kept in the spool" in err
    assert_job_kept(spool)


@pytest.mark.slow
def test_display_on_sigterm_closes_its_voice_and_exits_0(home, listener, migrated):
    cfg = write_config(home, kind="display")
    env = env_for(home, listener, cfg, watchdog_usec=400_000)
    upgrade(env, migrated)
    proc = yimen("display", env=env)
    try:
        listener.wait_for("READY", "1", timeout=GUARD_S)
        listener.wait_for("WATCHDOG", "1")
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert "display stopped (signal): voice closed" in err


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[ReferencePlatform]:
    rp = ReferencePlatform(PlatformConfig(db_path=tmp_path / "platform.db", port=0))
    rp.start_in_thread()
    yield rp
    rp.stop()


def test_sync_service_on_sigterm_ends_after_its_pass_and_exits_0(home, listener, platform, tmp_path, migrated):
    platform.add_terminal(app_key="AK-T-sync", secret="s" * 32, terminal_id="T-sync")
    creds = write_credentials(tmp_path / "platform.toml", PlatformCredentials("AK-T-sync", b"s" * 32))
    cfg = write_config(
        home, kind="server", extra=f'[platform]\nbase_url = "{platform.base_url}"\ncredentials_file = "{creds}"\n'
    )
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('id = "T-server"', 'id = "T-sync"'), encoding="utf-8")
    env = env_for(home, listener, cfg, watchdog_usec=2_000_000)
    upgrade(env, migrated)
    proc = yimen("sync", "run", "--every", "1", env=env)
    try:
        listener.wait_for("READY", "1", timeout=GUARD_S)
        done = listener.wait_for("STATUS")  # the first pass, reported to systemctl status
        assert done["STATUS"].startswith("同步第 1 轮: 上传 0 条"), done
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert "stopping after the pass in hand" in err and "sync stopped after" in err


def test_reference_platform_on_sigterm_closes_its_store_and_exits_0(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("YIMEN_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "yimen", "-v", "platform", "serve", "--port", "0", "--db", str(tmp_path / "p.db")],
        env=env | {"PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = proc.stdout.readline()  # printed once the socket is bound
        assert first.startswith("参考平台运行于 http://127.0.0.1:") and ":0（" not in first, first
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert "reference platform stopped" in err
    # the store was closed, not abandoned: its WAL is checkpointed away on the last close
    assert not (tmp_path / "p.db-wal").exists() or (tmp_path / "p.db-wal").stat().st_size == 0
