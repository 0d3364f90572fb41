"""What a terminal loads at start is what its devices need (issue 14: cold start ≤ 2 s).

OpenCV and NumPy (a fifth of the kiosk's cold start) load only for the scanners that look at
images: the camera, the file source and the simulator. A kiosk with no scanner, a keyboard-
wedge or a serial scanner never imports them. Each case runs in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BUILD = """
import sys
from devices.manager import DeviceManager
from shared.domain.settings import DeviceSettings
settings = DeviceSettings(allow_simulated=True, idcard="null", printer="null", tts="null", scanner={scanner!r},
                          scanner_port="/dev/null-yimen-test")
DeviceManager(settings).build()
print("cv2" in sys.modules, "numpy" in sys.modules)
"""


def loaded(scanner: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", BUILD.format(scanner=scanner)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("scanner", ["null", "wedge", "serial"])
def test_a_kiosk_without_a_camera_never_loads_opencv_or_numpy(scanner: str) -> None:
    assert loaded(scanner) == "False False"


@pytest.mark.parametrize("scanner", ["camera", "simulated"])
def test_the_image_scanners_load_them_while_the_devices_are_built(scanner: str) -> None:
    # on the thread that builds the devices (the kiosk's UI thread), not first on a worker
    assert loaded(scanner) == "True True"
