"""The kiosk under cage on wlroots' headless backend, photographed from inside the compositor.

It runs what ``yimen-kiosk.service`` runs (``cage -d -- yimen -v kiosk`` with
``QT_QPA_PLATFORM=wayland``), with cage's ``-r`` added, on ``WLR_BACKENDS=headless`` and
``WLR_RENDERER=pixman``, over a scratch demo hall with simulated devices. Once the kiosk has
said READY=1 (its home screen is up and takes taps; the notify socket is systemd's stand-in),
grim takes screenshots through wlr-screencopy until two in a row are the same and show the
home screen's tiles; that one is written to ``--out``.

Two facts of Debian 12's cage 0.1.4 on wlroots 0.15 decide the command (docs/install.md,
"The kiosk under cage, seen from inside"):

- Without a transform, cage hands the kiosk's own buffer straight to the output (direct scan-
  out) whenever the kiosk's window is its only surface. The headless output takes any buffer,
  and what grim copies then stays the client's first frame: later frames never reach it. A
  rotated output cannot scan out a client's unrotated buffer, so with ``-r`` cage composites
  every frame, and grim sees what the kiosk shows now.
- The headless backend makes each output 1280×720 (``WLR_HEADLESS_OUTPUTS`` says only how
  many), and cage 0.1.4 offers no output-management protocol (``wlr-randr``: "compositor
  doesn't support wlr-output-management-unstable-v1"). A small library preloaded into cage
  (headless_size.c beside this script, compiled here with cc) sets the size instead: a
  1920×1080 output, turned upright by ``-r``, is the 1080×1920 portrait panel of a hall kiosk.
  At 720×1280 the kiosk's home does not fit: its type never shrinks below the 1080-wide
  reference (shared/ui/elder.py).

Run: .venv/bin/python installers/debian/cage_screenshot.py [--out docs/screens/kiosk-cage-home.png]
     [--yimen /usr/bin/yimen]

As root (cage refuses root: "Unable to drop root"), cage and the kiosk run as ``nobody``,
with the one capability to read and search what root owns (CAP_DAC_READ_SEARCH, ambient):
the development venv's interpreter lives under /root. They write only the scratch folder.
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.ui.elder import STANDARD  # noqa: E402
from tests.support.notify import NotifyListener  # noqa: E402


def hex_rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


# the standard scheme's colours (shared/ui/elder.py STANDARD), as the home shows them: the top
# bar; the 取号 tile filled in the primary colour while tickets are issued and in the disabled
# colour after hours; the white 个人办事 / 法人办事 tiles under it
BAR_RGB = hex_rgb(STANDARD.bar_bg)
TICKET_OPEN_RGB = hex_rgb(STANDARD.primary_bg)
TICKET_CLOSED_RGB = hex_rgb(STANDARD.disabled_bg)
DOOR_RGB = hex_rgb(STANDARD.secondary_bg)
TOOLS = ("cage", "grim", "Xwayland", "cc")
# the headless output before cage turns it upright (-r): a 1080×1920 portrait screen
OUTPUT_SIZE = "1920x1080"
SHIM = Path(__file__).resolve().parent / "headless_size.c"
GUARD_S = 240.0


class ScreenshotError(RuntimeError):
    pass


@dataclass(frozen=True)
class HomeCheck:
    """What a portrait screenshot shows of the kiosk's home screen (kiosk_app/views/home_view.py),
    by features that hold in and out of hall hours:

    - ``bar``: the top bar in its colour across the top;
    - ``ticket``: the 取号 tile, one block across the screen (nine tenths of its width) at least a
      tenth of its height, filled in the primary colour (``"open"``) or, after hours, in the
      disabled colour (``"closed"``); ``None`` when there is no such block, or more than one;
    - ``doors``: how many rows right under it show two white tiles side by side, each at least
      a quarter of the width (个人办事 and 法人办事).

    A home has all three (the doors at least a twentieth of the screen high). A black, blank or
    half-drawn screen has none of them, and the other screens (a ticket, a form, a list, a
    result) lack the full-width block with the pair of tiles under it."""

    width: int
    height: int
    bar: bool
    ticket: str | None
    doors: int

    @property
    def is_home(self) -> bool:
        return self.bar and self.ticket is not None and self.doors >= self.height // 20


def _near(pixels: Any, rgb: tuple[int, int, int], tol: int = 6) -> Any:
    """Which pixels of an (h, w, 3) array are within ``tol`` of ``rgb`` in every channel."""
    import numpy as np

    arr = np.asarray(pixels, dtype=np.int16)
    return (np.abs(arr - np.array(rgb, dtype=np.int16)) <= tol).all(axis=-1)


def _runs(flags: Any, min_len: int) -> list[tuple[int, int]]:
    """Runs of True at least ``min_len`` long, as (start, end) half-open."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, f in enumerate([*(bool(x) for x in flags), False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            if i - start >= min_len:
                runs.append((start, i))
            start = None
    return runs


def check_home(png: Path) -> HomeCheck:
    """Look for the home screen's top bar, its 取号 tile (open or closed) and the two tiles
    under it in a screenshot."""
    import numpy as np
    from PIL import Image

    with Image.open(png) as im:
        rgb = np.asarray(im.convert("RGB"))
    h, w, _ = rgb.shape
    bar = bool(_near(rgb[: max(1, h // 40)], BAR_RGB).mean() > 0.5)
    blocks: list[tuple[str, int, int]] = []
    for state, colour in (("open", TICKET_OPEN_RGB), ("closed", TICKET_CLOSED_RGB)):
        fill = _near(rgb, colour)
        for top, bottom in _runs(fill.mean(axis=1) > 0.5, max(4, h // 10)):
            # across the screen: one run of the fill, nine tenths of the width, on a line just
            # inside the block's top edge (above the icon and the words)
            line = fill[top + min(4, (bottom - top) // 4)]
            if len(spans := _runs(line, w // 8)) == 1 and spans[0][1] - spans[0][0] >= 0.9 * w:
                blocks.append((state, top, bottom))
    ticket: str | None = None
    doors = 0
    if len(blocks) == 1:
        ticket, _top, bottom = blocks[0]
        white = _near(rgb[bottom : min(h, bottom + (bottom - _top) * 3 // 2)], DOOR_RGB)
        doors = sum(1 for row in white if len(_runs(row, w // 4)) == 2)
    return HomeCheck(w, h, bar, ticket, doors)


def _demo_home(home: Path) -> Path:
    """A kiosk station's files: a migrated store with its key and the demo catalog, and the
    settings file the kiosk reads (simulated devices, said outright)."""
    from yimen.demo.kiosk_hall import open_demo_hall

    open_demo_hall(home).close()
    cfg = home / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{home / "kiosk-demo.db"}"\nkey_file = "{home / "keys/pii.key"}"\n'
        f'backup_dir = "{home / "backups"}"\n[terminal]\nid = "T-0101"\nname = "1号自助机"\nkind = "kiosk"\n'
        '[devices]\nallow_simulated = true\nidcard = "simulated"\nprinter = "simulated"\n'
        'scanner = "null"\ntts = "null"\n',
        encoding="utf-8",
    )
    return cfg


def _chown_tree(path: Path, uid: int, gid: int) -> None:
    os.chown(path, uid, gid)
    for p in path.rglob("*"):
        os.chown(p, uid, gid, follow_symlinks=False)


def _children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        return [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except OSError:
        return []


def _stop(cage: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the kiosk (it closes its devices and exits 0; cage ends with its child),
    then to cage if it is still there."""
    for pid in _children(cage.pid):
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        cage.wait(60)
    except subprocess.TimeoutExpired:
        cage.terminate()
        try:
            cage.wait(30)
        except subprocess.TimeoutExpired:
            cage.kill()
            cage.wait()


def _grim(env: dict[str, str], dest: Path) -> None:
    done = subprocess.run(["grim", "-t", "png", str(dest)], env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise ScreenshotError(f"grim failed: {done.stderr.strip()}")


def take(out: Path, *, yimen: list[str], user: str = "nobody", log: Path | None = None) -> HomeCheck:
    """Start the kiosk under cage, wait for READY=1 and a steady home screen, write ``out``."""
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        raise ScreenshotError(f"missing: {', '.join(missing)} (installers/debian/system-deps.sh installs them)")
    as_root = os.geteuid() == 0
    scratch = Path(tempfile.mkdtemp(prefix="yimen-cage-"))
    cage: subprocess.Popen[bytes] | None = None
    listener: NotifyListener | None = None
    try:
        scratch.chmod(0o755)
        home, run = scratch / "home", scratch / "run"
        home.mkdir()
        run.mkdir(mode=0o700)
        cfg = _demo_home(home)
        shim = scratch / "headless_size.so"
        built = subprocess.run(
            ["cc", "-shared", "-fPIC", "-O2", "-o", str(shim), str(SHIM), "-ldl"], capture_output=True, text=True
        )
        if built.returncode != 0:
            raise ScreenshotError(f"cc could not build {SHIM.name}: {built.stderr.strip()}")
        listener = NotifyListener(scratch / "notify")
        (scratch / "notify").chmod(0o777)  # the kiosk, not root, sends READY=1
        prefix: list[str] = []
        if as_root:
            pw = pwd.getpwnam(user)
            _chown_tree(home, pw.pw_uid, pw.pw_gid)
            os.chown(run, pw.pw_uid, pw.pw_gid)
            prefix = [
                "setpriv",
                f"--reuid={pw.pw_uid}",
                f"--regid={pw.pw_gid}",
                "--clear-groups",
                "--inh-caps=+dac_read_search",
                "--ambient-caps=+dac_read_search",
            ]
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(run),
            "XDG_SESSION_TYPE": "wayland",
            "WLR_BACKENDS": "headless",
            "WLR_RENDERER": "pixman",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "LD_PRELOAD": str(shim),
            "YIMEN_HEADLESS_SIZE": OUTPUT_SIZE,
            "QT_QPA_PLATFORM": "wayland",
            "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1",
            "YIMEN_CONFIG": str(cfg),
            "YIMEN_HOME": str(home),
            "NOTIFY_SOCKET": str(listener.path),
        }
        command = [*prefix, "cage", "-d", "-r", "--", *yimen, "-v", "kiosk"]
        with open(log or os.devnull, "wb") as sink:  # the child keeps its own copy of the file
            cage = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT, cwd=home)
        ready = listener.wait_for("READY", "1", timeout=GUARD_S)
        if "首页" not in ready.get("STATUS", ""):  # the maintenance page says so in its status
            raise ScreenshotError(f"the kiosk started without its home screen: {ready}")
        if cage.poll() is not None:
            raise ScreenshotError(f"cage ended ({cage.returncode}) after READY: see {log or 'the log'}")
        sockets = sorted(p.name for p in run.glob("wayland-*") if not p.name.endswith(".lock"))
        if not sockets:
            raise ScreenshotError("cage made no Wayland socket")
        grim_env = {"PATH": env["PATH"], "XDG_RUNTIME_DIR": str(run), "WAYLAND_DISPLAY": sockets[0]}
        # the home screen as the compositor shows it: the same picture twice in a row
        deadline = time.monotonic() + GUARD_S
        previous: bytes | None = None
        shot = scratch / "shot.png"
        while True:
            _grim(grim_env, shot)
            from PIL import Image

            with Image.open(shot) as im:
                pixels = im.convert("RGB").tobytes()
            check = check_home(shot)
            if pixels == previous and check.is_home:
                break
            previous = pixels
            if time.monotonic() > deadline:
                raise ScreenshotError(f"no steady home screen after READY ({ready}): last {check}")
            time.sleep(0.5)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, out)
        return check
    finally:
        if cage is not None:
            _stop(cage)
        if listener is not None:
            listener.close()
        shutil.rmtree(scratch, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs/screens/kiosk-cage-home.png")
    ap.add_argument(
        "--yimen",
        default=shlex.join([sys.executable, "-m", "yimen"]),
        help="the yimen command the kiosk runs with (default: this interpreter; /usr/bin/yimen for the package)",
    )
    ap.add_argument("--user", default="nobody", help="the user cage runs as when started by root")
    ap.add_argument("--log", type=Path, help="cage's and the kiosk's output")
    args = ap.parse_args()
    try:
        check = take(args.out, yimen=shlex.split(args.yimen), user=args.user, log=args.log)
    except ScreenshotError as e:
        print(f"cage_screenshot: {e}", file=sys.stderr)
        return 1
    print(json.dumps({"out": str(args.out), "size": [check.width, check.height], "ticket": check.ticket}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
