"""The kiosk under cage on the headless wlroots backend, seen from inside the compositor
(slow; needs cage, grim, Xwayland and a C compiler: installers/debian/system-deps.sh).

installers/debian/cage_screenshot.py starts ``cage -d -r -- yimen -v kiosk`` as the kiosk
unit does (Wayland, no decorations) on a 1920×1080 headless output turned upright, waits for
READY=1 and takes grim screenshots until the home screen is steady. The PNG must be the
1080×1920 portrait screen and show the home: the top bar and the big 取号 tile.
docs/screens/kiosk-cage-home.png is the same script's output.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from installers.debian.cage_screenshot import check_home

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installers/debian/cage_screenshot.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(shutil.which(t) for t in ("cage", "grim", "Xwayland", "cc")),
        reason="needs cage, grim, xwayland and cc (installers/debian/system-deps.sh)",
    ),
    pytest.mark.skipif(
        os.geteuid() == 0 and shutil.which("setpriv") is None, reason="as root, cage runs as nobody through setpriv"
    ),
    pytest.mark.timeout(600),
]


@pytest.mark.xfail(
    reason="the home was redesigned (issue 16, fef4144) after this check was written: out of hall hours its "
    "取号 tile is not in the primary colour and check_home does not yet recognise that home (open, 20/20 green "
    "on the earlier home)",
    strict=False,
)
def test_the_kiosk_home_under_cage_headless(tmp_path: Path) -> None:
    out = tmp_path / "kiosk-cage-home.png"
    log = tmp_path / "cage.log"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--log", str(log)],
        capture_output=True,
        text=True,
        timeout=560,
    )
    assert done.returncode == 0, done.stderr + (log.read_text(errors="replace")[-4000:] if log.exists() else "")
    check = check_home(out)
    assert (check.width, check.height) == (1080, 1920)  # the 1920×1080 headless output, turned by -r
    assert check.is_home, check


def test_the_home_check_tells_the_home_from_another_screen() -> None:
    # the tour's home screen (offscreen, 1080×1920) is a home; its ticket and guide screens are not
    assert check_home(ROOT / "docs/screens/kiosk-home.png").is_home
    assert not check_home(ROOT / "docs/screens/kiosk-ticket-issued.png").is_home
    assert not check_home(ROOT / "docs/screens/kiosk-guides-search.png").is_home
