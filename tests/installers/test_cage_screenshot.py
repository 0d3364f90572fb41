"""The kiosk under cage on the headless wlroots backend, seen from inside the compositor
(slow; needs cage, grim, Xwayland and a C compiler: installers/debian/system-deps.sh).

installers/debian/cage_screenshot.py starts ``cage -d -r -- yimen -v kiosk`` as the kiosk
unit does (Wayland, no decorations) on a 1920×1080 headless output turned upright, waits for
READY=1 and takes grim screenshots until the home screen is steady. The PNG must be the
1080×1920 portrait screen and show the home: the top bar, the full-width 取号 tile (in the
primary colour in hall hours, in the disabled colour after them: the test runs at any hour)
and the 个人办事 / 法人办事 pair under it. docs/screens/kiosk-cage-home.png is the same script's
output. The check itself is tried on the tour's screens (offscreen, a manual clock): every
home, open and closed, is one; no other screen is, nor a black or blank one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from installers.debian.cage_screenshot import BAR_RGB, DOOR_RGB, TICKET_OPEN_RGB, check_home, hex_rgb
from shared.ui.elder import STANDARD

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installers/debian/cage_screenshot.py"
BACKGROUND_RGB = hex_rgb(STANDARD.background)


@pytest.mark.slow
@pytest.mark.skipif(
    not all(shutil.which(t) for t in ("cage", "grim", "Xwayland", "cc")),
    reason="needs cage, grim, xwayland and cc (installers/debian/system-deps.sh)",
)
@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None, reason="as root, cage runs as nobody through setpriv"
)
@pytest.mark.timeout(600)
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


def _png(path: Path, pixels: Any) -> Path:
    from PIL import Image

    Image.fromarray(np.asarray(pixels, dtype=np.uint8), "RGB").save(path)
    return path


def test_a_black_blank_or_bare_screen_is_not_the_home(tmp_path: Path) -> None:
    black = np.zeros((1920, 1080, 3))
    assert not check_home(_png(tmp_path / "black.png", black)).is_home
    blank = np.full((1920, 1080, 3), BACKGROUND_RGB)
    assert not check_home(_png(tmp_path / "blank.png", blank)).is_home
    bare = blank.copy()  # the top bar over an empty screen: the window before its home is built
    bare[:150] = BAR_RGB
    check = check_home(_png(tmp_path / "bare.png", bare))
    assert check.bar and check.ticket is None and not check.is_home
    # the bar and a full-width 取号-coloured block, with nothing under it
    block = bare.copy()
    block[340:800, 20:1060] = TICKET_OPEN_RGB
    check = check_home(_png(tmp_path / "block.png", block))
    assert check.ticket == "open" and check.doors == 0 and not check.is_home
    # ... and with the two white tiles under it: that much is the home's layout
    block[820:1280, 20:530] = DOOR_RGB
    block[820:1280, 550:1060] = DOOR_RGB
    assert check_home(_png(tmp_path / "layout.png", block)).is_home


@pytest.mark.slow
@pytest.mark.timeout(500)
def test_the_home_check_tells_the_home_from_every_other_screen(tmp_path: Path) -> None:
    # the tour's screens, offscreen at 1080×1920: its home at 10:00 and at 20:30 (closed), with
    # a device problem and after a card was read are homes; a ticket, a form, a list are not
    out = tmp_path / "tour"
    done = subprocess.run(
        [sys.executable, "-m", "yimen", "tour", "--app", "kiosk", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=400,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-4000:]
    checks = {p.name: check_home(p) for p in sorted(out.glob("kiosk-*.png"))}
    assert len(checks) > 30, sorted(checks)
    assert checks["kiosk-home.png"].ticket == "open"
    assert checks["kiosk-home-closed.png"].ticket == "closed"
    homes = {name for name, c in checks.items() if c.is_home}
    expected = {"kiosk-home.png", "kiosk-home-closed.png", "kiosk-home-device-problem.png",
                "kiosk-home-card-read.png"}  # fmt: skip
    assert expected <= homes, {n: checks[n] for n in expected - homes}
    assert homes <= {n for n in checks if n.startswith("kiosk-home")}, sorted(homes)
