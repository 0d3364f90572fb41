"""The camera as the install extra ``yimen[camera]`` (issue 13, dependencies): a kiosk with
a keyboard-wedge or serial scanner runs, checks and scans without OpenCV, numpy or
zxing-cpp; a camera configured without them is refused with what to install."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from devices.device_checks import check_devices
from devices.manager import DeviceManager
from devices.scanner.camera_stack import INSTALL_HINT, camera_stack_missing
from shared.domain.errors import ConfigError
from shared.domain.settings import DeviceSettings

ROOT = Path(__file__).resolve().parents[2]
CAMERA_MODULES = ("cv2", "numpy", "zxingcpp")


@pytest.fixture
def without_camera_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process as if the camera extra were not installed: importing its modules fails."""
    for module in CAMERA_MODULES:
        monkeypatch.setitem(sys.modules, module, None)


def test_this_machine_has_the_camera_stack() -> None:
    assert camera_stack_missing() == []


def test_without_the_extra_each_missing_package_is_named(without_camera_stack: None) -> None:
    assert camera_stack_missing() == ["opencv-python-headless", "numpy", "zxing-cpp"]


@pytest.mark.parametrize("scanner", ["camera", "file", "simulated"])
def test_a_scanner_that_reads_frames_is_refused_without_the_extra_with_what_to_install(
    without_camera_stack: None, scanner: str
) -> None:
    settings = DeviceSettings(
        idcard="null", printer="null", scanner=scanner, tts="null", allow_simulated=True, scanner_file="x.mp4"
    )
    with pytest.raises(ConfigError) as refused:
        DeviceManager(settings).build()
    words = str(refused.value)
    assert f"扫码设为 {scanner}" in words and "摄像头扫码组件" in words
    assert INSTALL_HINT in words and "opencv-python-headless" in words
    assert "wedge" in words and "serial" in words  # the other way out, for a hand scanner


def test_a_wedge_kiosk_checks_its_devices_without_the_extra(without_camera_stack: None) -> None:
    settings = DeviceSettings(idcard="null", printer="null", scanner="wedge", tts="null")
    results = [r for r in check_devices(settings) if r.device == "scanner"]
    assert results and all(r.ok for r in results), results
    (decode,) = [r for r in results if r.check == "decode"]
    assert INSTALL_HINT in decode.detail and "不需要" in decode.detail


def test_a_hand_scanner_kiosk_never_imports_opencv_numpy_or_zxing() -> None:
    # a fresh interpreter where the camera extra cannot be imported at all: the drivers, the
    # device manager, devices check and a wedge and a serial scan all work, and nothing tried
    # to load the camera's libraries behind our back
    script = textwrap.dedent(
        """
        import os, pty, sys, time
        blocked = {"cv2", "numpy", "zxingcpp", "pyzbar"}

        class NotInstalled:  # the camera extra's packages cannot be found, however imported
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in blocked:
                    raise ModuleNotFoundError(f"No module named {name!r}", name=name)
                return None

        sys.meta_path.insert(0, NotInstalled())
        import devices.scanner
        from devices.device_checks import check_devices
        from devices.manager import DeviceManager
        from shared.domain.settings import DeviceSettings

        got = []
        wedge = DeviceSettings(idcard="null", printer="null", scanner="wedge", tts="null")
        with DeviceManager(wedge, on_event=got.append) as manager:
            t = 10.0
            for ch in "勐海县政务服务中心\\r":
                manager.feed_key(ch, t)
                t += 0.003
        host, device = pty.openpty()
        serial = DeviceSettings(
            idcard="null", printer="null", scanner="serial", tts="null", scanner_port=os.ttyname(device)
        )
        with DeviceManager(serial, on_event=got.append) as manager:
            os.write(host, "请到3号窗口办理\\r\\n".encode())
            deadline = time.monotonic() + 30
            while len([e for e in got if e.kind == "scan"]) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
        checks = [r for r in check_devices(wedge) if r.device == "scanner"]
        print(repr([e.data.raw for e in got if e.kind == "scan"]))
        print(all(r.ok for r in checks))
        print(sorted(m for m in sys.modules if m.split(".")[0] in blocked))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    scans, checked, loaded = done.stdout.strip().splitlines()[-3:]
    assert scans == repr(["勐海县政务服务中心", "请到3号窗口办理"])
    assert checked == "True"
    assert loaded == "[]"
