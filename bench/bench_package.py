"""The Debian package: its size, its installed size, and the kiosk's cold start from it.

Cold start: a fresh process of the package's own interpreter (``python3.11 -I -m yimen
kiosk``, offscreen, simulated devices, a migrated store with the demo catalog) until the
kiosk sends READY=1 over ``$NOTIFY_SOCKET`` — sent from the event loop once the home screen
is shown, its devices are being opened and it takes taps (kiosk_app/app.py). The same from
the development venv beside it, and, with ``--pyinstaller DIR``, from a PyInstaller onedir
folder built from installers/windows/yimen.spec (``DIR/yimen kiosk``). The ways to start
take turns round by round, so a change of the machine's load falls on all of them alike.

Each start is reported twice: the wall-clock time to READY, and the CPU seconds the process
had used by then (user + system, all threads, from /proc). On a machine loaded by other
work the wall clock measures the queue for the cores; the CPU time is what a quiet machine's
wall clock approaches. The load average is recorded before and after. The first round is
reported apart (a cold page cache), the median and max of the rest against the goal.

Run: .venv/bin/python bench/bench_package.py [DEB] [--runs 7] [--pyinstaller DIR]
→ bench/results/package.json. Without DEB (as ``make bench`` runs it) the newest
dist/yimen_*_amd64.deb is measured, and one is built first (installers/debian/build_deb.py, a
few minutes) when dist/ holds none.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.notify import NotifyListener  # noqa: E402

GOAL_S = 2.0
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of every thread of ``pid`` so far (fields 14 and 15 of its stat)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def cold_start(command: list[str], env: dict[str, str], work: Path) -> tuple[float, float]:
    """Seconds from the process's start to READY=1, and the CPU seconds it used until then."""
    listener = NotifyListener(work / f"notify-{time.monotonic_ns()}")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*command, "kiosk"],
        env=env | {"NOTIFY_SOCKET": str(listener.path), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        ready = listener.wait_for("READY", "1", timeout=180)
        wall = time.perf_counter() - t0
        cpu = cpu_seconds(proc.pid)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=60)
        listener.close()
    # a kiosk on its maintenance page (no store, devices refused: exit 2) is not the home screen
    if "首页" not in ready.get("STATUS", "") or proc.returncode != 0:
        raise SystemExit(f"{command[0]}: not the home screen ({ready}, exit {proc.returncode}): {err[-2000:]!r}")
    return wall, cpu


def du(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def newest_or_built_package() -> Path:
    debs = sorted((ROOT / "dist").glob("yimen_*_amd64.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        print("no package in dist/: building one (installers/debian/build_deb.py)", flush=True)
        subprocess.run([sys.executable, str(ROOT / "installers/debian/build_deb.py"), "--out", str(ROOT / "dist")], check=True)
        debs = sorted((ROOT / "dist").glob("yimen_*_amd64.deb"), key=lambda p: p.stat().st_mtime)
    return debs[-1]


def tar_zst_bytes(folder: Path) -> int:
    """Size of ``folder`` as a tar compressed by zstd -9, the .deb's own compression."""
    tar = subprocess.Popen(["tar", "-C", str(folder.parent), "-cf", "-", folder.name], stdout=subprocess.PIPE)
    zst = subprocess.run(["zstd", "-9", "-T0", "-q", "-c"], stdin=tar.stdout, capture_output=True, check=True)
    tar.wait()
    return len(zst.stdout)


def summary(runs: list[tuple[float, float]]) -> dict[str, object]:
    wall = [w for w, _ in runs]
    cpu = [c for _, c in runs]
    warm, warm_cpu = wall[1:] or wall, cpu[1:] or cpu
    return {
        "first_run_s": round(wall[0], 3),
        "median_s": round(statistics.median(warm), 3),
        "max_s": round(max(warm), 3),
        "cpu_median_s": round(statistics.median(warm_cpu), 3),
        "cpu_max_s": round(max(warm_cpu), 3),
        "runs_s": [round(w, 3) for w in wall],
        "cpu_runs_s": [round(c, 3) for c in cpu],
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("deb", type=Path, nargs="?", help="the package (default: the newest in dist/, built if none)")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument(
        "--pyinstaller",
        type=Path,
        metavar="DIR",
        help="also measure a PyInstaller onedir folder (dist/yimen from installers/windows/yimen.spec)",
    )
    args = ap.parse_args()
    if args.deb is None:
        args.deb = newest_or_built_package()
    load_before = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        root = work / "root"
        subprocess.run(["dpkg-deb", "-x", str(args.deb), str(root)], check=True)
        home = work / "home"
        home.mkdir()
        from yimen.demo.kiosk_hall import open_demo_hall

        open_demo_hall(home).close()
        # a demo station's devices, said outright (without allow_simulated the kiosk refuses
        # its simulators and starts on the 暂停服务 page: not the home screen this measures)
        cfg = home / "yimen.toml"
        cfg.write_text(
            f'[store]\nurl = "sqlite:///{home / "kiosk-demo.db"}"\nkey_file = "{home / "keys/pii.key"}"\n'
            f'backup_dir = "{home / "backups"}"\n[devices]\nallow_simulated = true\nidcard = "simulated"\n'
            'printer = "simulated"\n'
            'scanner = "null"\ntts = "null"\n',
            encoding="utf-8",
        )
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "YIMEN_CONFIG": str(cfg), "YIMEN_HOME": str(home)}
        ways: dict[str, list[str]] = {
            "package": [str(root / "opt/yimen/bin/python3.11"), "-I", "-m", "yimen"],
            "venv": [sys.executable, "-m", "yimen"],
        }
        if args.pyinstaller:
            ways["pyinstaller"] = [str(args.pyinstaller.resolve() / "yimen")]
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
        for _ in range(args.runs):
            for name, command in ways.items():
                runs[name].append(cold_start(command, env, work))
        doc: dict[str, object] = {
            "what": "kiosk cold start to READY=1 (home screen shown, event loop taking taps), offscreen; "
            "wall clock and the process's CPU seconds until then",
            "deb": args.deb.name,
            "deb_bytes": args.deb.stat().st_size,
            "installed_bytes": du(root),
            "opt_yimen_bytes": du(root / "opt/yimen"),
        }
        if args.pyinstaller:
            doc["pyinstaller_dir_bytes"] = du(args.pyinstaller)
            doc["pyinstaller_tar_zst_bytes"] = tar_zst_bytes(args.pyinstaller.resolve())
        doc |= {
            "cold_start": {name: summary(r) for name, r in runs.items()},
            "goal_s": GOAL_S,
            "rounds": "alternating: " + ", ".join(ways),
            "load_average_1_5_15": {"before": load_before, "after": [round(x, 2) for x in os.getloadavg()]},
            "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        }
    out = ROOT / "bench/results/package.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(doc, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
