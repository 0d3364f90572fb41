"""`yimen demo` on a machine with a screen: the kiosk, the counter and the hall display as
three processes over one SQLite file, each on its own simulated devices, with the
reference platform on loopback and a sync worker carrying cases up and decisions down.

The apps run on a ShiftedClock that starts on a working morning, so the demo works on a
Sunday evening too; its minutes pass as real minutes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from yimen.demo.upstream import platform_database_notice
from yimen.output import emit_lines

TZ = ZoneInfo("Asia/Shanghai")
DEMO_MORNING = datetime(2026, 11, 17, 10, 0, tzinfo=TZ)
# terminal id, kind, window: one row per app process
APPS = {
    "kiosk": ("T-0101", "kiosk", None),
    "counter": ("T-0001", "counter", 1),
    "display": ("T-0201", "display", None),
}


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in (
        "win32",
        "darwin",
    )


def _toml_config(
    out: Path, *, terminal: str, kind: str, window: int | None, base_url: str, creds: Path
) -> Path:
    lines = [
        "[store]",
        f'url = "sqlite:///{out / "yimen.db"}"',  # the file seed_demo_hall filled
        f'key_file = "{out / "keys" / "pii.key"}"',
        f'backup_dir = "{out / "backups"}"',
        "[terminal]",
        f'id = "{terminal}"',
        f'name = "{ {"kiosk": "1号自助机", "counter": "1号综合窗口", "display": "大厅叫号屏"}[kind] }"',
        f'kind = "{kind}"',
        *([f"window_no = {window}"] if window else []),
        "[devices]",
        "allow_simulated = true  # yimen demo: the only place simulators stand in",
        'idcard = "simulated"',
        'printer = "simulated"',
        'scanner = "simulated"',
        'tts = "espeak"' if shutil.which("espeak-ng") else 'tts = "null"',
        "[platform]",
        f'base_url = "{base_url}"',
        f'credentials_file = "{creds}"',
    ]
    path = out / f"{kind}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def play_live(out: Path) -> int:
    from offline_store.sync.worker import SyncWorker
    from reference_platform.cli import issue_credentials
    from reference_platform.config import BackOfficeConfig, PlatformConfig
    from reference_platform.server import ReferencePlatform
    from shared.domain.settings import load_settings
    from shared.services.clock import ManualClock
    from shared.services.context import HallContext
    from yimen.demo.counter_hall import STAFF, seed_demo_hall
    from yimen.demo.settings import demo_settings

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    seed_ctx = HallContext.open(demo_settings(out), clock=ManualClock(DEMO_MORNING), create_key=True)
    try:
        seed_demo_hall(seed_ctx, ManualClock(DEMO_MORNING))
    finally:
        seed_ctx.close()

    platform = ReferencePlatform(
        PlatformConfig(
            db_path=out / "reference-platform.db", backoffice=BackOfficeConfig(decide_after_s=20.0)
        )
    )
    base_url = platform.start_in_thread()
    creds = out / "keys" / "platform.toml"
    issue_credentials(db_path=out / "reference-platform.db", terminal_id="T-0001", out=creds)
    configs = {
        app: _toml_config(out, terminal=t, kind=k, window=w, base_url=base_url, creds=creds)
        for app, (t, k, w) in APPS.items()
    }
    store = _store(configs["counter"])
    worker = SyncWorker.from_settings(load_settings(configs["counter"]), store)
    worker.start()
    staff = "、".join(f"{name}（{user} / {pw}）" for user, (name, _role, pw) in STAFF.items())
    emit_lines(
        [
            f"一门现场演示: 自助机、综合窗口、叫号屏三个窗口，省平台参考实现 {base_url}",
            f"柜台账号: {staff}",
            "在自助机取号，在柜台叫号受理，叫号屏会显示并播报；关闭任一窗口即结束演示。",
            platform_database_notice(out),
        ]
    )
    procs = {
        app: subprocess.Popen(
            [sys.executable, "-m", "yimen.demo.live_app", app, str(cfg), DEMO_MORNING.isoformat()]
        )
        for app, cfg in configs.items()
    }
    # with a timed end (the smoke test) every app quits by itself and each exit code counts
    timed = float(os.environ.get("YIMEN_DEMO_QUIT_AFTER_S", "0") or 0) > 0
    stopped_by_us: set[str] = set()
    try:
        if timed:
            for p in procs.values():
                p.wait(timed_limit_s())
        else:
            while all(p.poll() is None for p in procs.values()):
                time.sleep(0.3)
    except (KeyboardInterrupt, subprocess.TimeoutExpired):
        pass
    finally:
        for app, p in procs.items():
            if p.poll() is None:
                stopped_by_us.add(app)
                p.terminate()
        for p in procs.values():
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        worker.stop()
        store.close()
        platform.stop()
    return _overall_exit(procs, stopped_by_us)


def timed_limit_s() -> float:
    # the quit timer plus start-up on a slow, busy machine
    return float(os.environ.get("YIMEN_DEMO_QUIT_AFTER_S", "0") or 0) + 120


def _overall_exit(procs: dict[str, subprocess.Popen], stopped_by_us: set[str]) -> int:
    """0 when every app ended cleanly (or was closed by us after another one ended);
    otherwise say which app failed and how, and return 1."""
    failed = []
    for app, p in procs.items():
        code = p.returncode
        if code == 0 or (app in stopped_by_us and code == -signal.SIGTERM):
            continue
        how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        failed.append(f"{app} ({how})")
    if failed:
        print("演示程序异常结束: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


def _store(config: Path):
    from offline_store.store import Store
    from shared.domain.settings import load_settings

    return Store.open(load_settings(config).store)
