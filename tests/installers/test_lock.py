"""The hash-locked dependency sets: the camera lock carries the runtime lock's exact versions
and hashes plus the camera extra, the development lock the camera lock's (make deps, CI and
the package install the same files), every runtime and camera requirement of pyproject.toml
is pinned, PySide6 at the minor the code is tested with, plain OpenCV for Yimen and
contrib only in the benchmark's WeChat environment."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pins(lock: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """name (with marker) -> (version, hashes)."""
    text = lock.read_text(encoding="utf-8").replace("\\\n", " ")
    found = {}
    for line in text.splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==(\S+)(\s*;[^-]*)?", line)
        if m:
            hashes = frozenset(re.findall(r"--hash=sha256:([0-9a-f]{64})", line))
            assert hashes, f"{m.group(1)} has no hash in {lock.name}"
            key = m.group(1).lower() + (m.group(3) or "").strip()
            found[key] = (m.group(2), hashes)
    return found


def test_each_lock_holds_the_one_below_it_exactly() -> None:
    runtime, camera, dev = (pins(ROOT / f"requirements/{n}.lock") for n in ("runtime", "camera", "dev"))
    assert runtime
    for lower, upper, label in ((runtime, camera, "camera.lock"), (camera, dev, "dev.lock")):
        for name, (version, hashes) in lower.items():
            assert name in upper, f"{name} missing from {label}"
            assert upper[name] == (version, hashes), f"{name}: {label} differs from the lock below it"


def test_the_camera_is_an_extra_with_plain_opencv_and_contrib_only_for_the_benchmark() -> None:
    names = {n: {k.split(";")[0] for k in pins(ROOT / f"requirements/{n}.lock")} for n in ("runtime", "camera", "dev", "peers")}
    camera = {"opencv-python-headless", "numpy", "zxing-cpp", "pyzbar"}
    assert not camera & names["runtime"], "a kiosk with a hand scanner installs no camera package"
    assert camera <= names["camera"] and camera <= names["dev"]
    assert not any("contrib" in n for n in names["runtime"] | names["camera"] | names["dev"])
    assert "opencv-contrib-python-headless" in names["peers"] and "opencv-python-headless" not in names["peers"]
    peers, camera_pins = pins(ROOT / "requirements/peers.lock"), pins(ROOT / "requirements/camera.lock")
    for name in peers:
        if name in camera_pins:  # numpy: the version the camera extra runs
            assert peers[name] == camera_pins[name], name


def test_every_runtime_requirement_is_pinned_and_pyside6_on_its_tested_minor() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {k.split(";")[0] for k in pins(ROOT / "requirements/runtime.lock")}
    camera = {k.split(";")[0] for k in pins(ROOT / "requirements/camera.lock")}
    for req in project["optional-dependencies"]["camera"]:
        name = re.match(r"[A-Za-z0-9_.-]+", req).group(0).lower().replace("_", "-")
        assert name in camera, f"{name} is not in requirements/camera.lock"
        assert "<" in req, f"{req}: no upper bound"
    for req in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", req).group(0).lower().replace("_", "-")
        assert name in runtime, f"{name} is not in requirements/runtime.lock"
        assert "<" in req, f"{req}: no upper bound"
    versions = {k.split(";")[0]: v for k, (v, _) in pins(ROOT / "requirements/runtime.lock").items()}
    assert versions["pyside6-essentials"] == versions["pyside6-addons"] == versions["shiboken6"]
    assert "PySide6-Essentials>=6.11.3,<6.12" in project["dependencies"]
