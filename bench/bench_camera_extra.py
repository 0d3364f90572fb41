"""What the camera costs on disk (issue 13, dependencies): the installed size of the camera
extra ``yimen[camera]``, and of OpenCV's contrib build against the plain one.

Each set of packages is installed by pip exactly as the locks pin it (``--require-hashes
--no-deps --only-binary``, pip's cache serves wheels it has) into an empty directory of
its own, and the files are counted: the apparent size (the sum of file sizes) and what the
disk holds (allocated blocks). The sets:

- ``camera_extra``: every package of requirements/camera.lock that requirements/runtime.lock
  has not (what a kiosk with a wedge or serial scanner no longer installs);
- ``opencv_plain`` / ``opencv_contrib``: opencv-python-headless (camera.lock) and
  opencv-contrib-python-headless (requirements/peers.lock, WeChat's build), alone.

Run: .venv/bin/python bench/bench_camera_extra.py → bench/results/camera_extra.json
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "camera_extra.json"
LOCKS = ROOT / "requirements"
MIB = 1024 * 1024
GOAL_MB = 150  # the issue: make the camera an extra if that saves more than 150 MB


def blocks(lock: Path) -> dict[str, str]:
    """name -> its requirement entries (pin and marker, then the hash lines; a package
    pinned once per Python version has several)."""
    out: dict[str, str] = {}
    name: str | None = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            name = _name(line)
            out[name] = out.get(name, "") + line + "\n"
        elif name is not None and line.strip().startswith("--hash"):
            out[name] += line + "\n"
        else:
            name = None  # a "# via" annotation or a blank line ends the entry
    return out


def _name(pin: str) -> str:
    m = re.match(r"([A-Za-z0-9_.\-]+)", pin)
    assert m, pin
    return m.group(1).lower().replace("_", "-")


def installed_size(requirements: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="yimen-size-") as tmp:
        req = Path(tmp) / "req.txt"
        req.write_text(requirements, encoding="utf-8")
        target = Path(tmp) / "site"
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
             "--no-compile", "--require-hashes", "--only-binary", ":all:", "--target", str(target), "-r", str(req)],
            check=True,
        )  # fmt: skip
        apparent = allocated = 0
        for dirpath, _, files in os.walk(target):
            for f in files:
                st = os.lstat(os.path.join(dirpath, f))
                apparent += st.st_size
                allocated += st.st_blocks * 512
        return {"apparent_mib": round(apparent / MIB, 1), "on_disk_mib": round(allocated / MIB, 1)}


def main() -> int:
    runtime, camera, peers = (blocks(LOCKS / f"{n}.lock") for n in ("runtime", "camera", "peers"))
    extra = sorted(set(camera) - set(runtime))
    sets = {
        "camera_extra": extra,
        "opencv_plain": ["opencv-python-headless"],
        "opencv_contrib": ["opencv-contrib-python-headless"],
    }
    result: dict[str, object] = {
        "benchmark": "camera_extra",
        "what": "installed size of the camera extra and of OpenCV's plain and contrib builds (pip --target)",
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
    }
    sizes: dict[str, dict[str, object]] = {}
    for label, names in sets.items():
        source = peers if label == "opencv_contrib" else camera
        text = "".join(source[n] for n in names)
        pins = [line.rstrip(" \\") for line in text.splitlines() if line and not line.startswith(" ")]
        size = installed_size(text)
        sizes[label] = {"packages": pins, **size}
        print(f"{label}: {size['on_disk_mib']} MiB on disk ({', '.join(names)})", flush=True)
    result["sets"] = sizes
    saved = sizes["camera_extra"]["on_disk_mib"]
    result["saved_without_the_camera_mib"] = saved
    result["contrib_over_plain_mib"] = round(
        float(sizes["opencv_contrib"]["on_disk_mib"]) - float(sizes["opencv_plain"]["on_disk_mib"]), 1  # type: ignore[arg-type]
    )
    result["goal_mb"] = GOAL_MB
    result["extra_pays"] = float(saved) * MIB / 1e6 > GOAL_MB  # type: ignore[arg-type]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("saved_without_the_camera_mib", "contrib_over_plain_mib", "extra_pays")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
