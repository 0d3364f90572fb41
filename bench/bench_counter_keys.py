"""Keys and clicks at the counter (issue 16, point 5): a clerk serves a single-item case
(最低生活保障审核确认, search "dbsq") and the 8-material 身后一件事 bundle, from F1 to F8, with
every material handed over on paper, and the driver counts each key press and mouse click it
sends to the real counter window (``tests/support/counter_clerk.py``).

``--way one_by_one`` is the way the counter worked before issue 16 (it runs on the old code
too, which is how the "before" figures were taken); ``--way keyboard`` the way it works now.
Not a speed benchmark: nothing here is timed.

Run: .venv/bin/python bench/bench_counter_keys.py [--way keyboard|one_by_one|both]
     → bench/results/counter_keys.json (merged: each way keeps its last figures)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = ROOT / "bench" / "results" / "counter_keys.json"


def measure(way: str) -> dict[str, object]:
    from counter_app.app import build_counter, qt_app
    from counter_app.session import CounterOptions
    from counter_app.style import apply_counter_style
    from devices.manager import DeviceManager
    from shared.services import tickets
    from shared.services.actor import Actor
    from shared.services.clock import ManualClock
    from shared.services.context import HallContext
    from shared.ui.device_bridge import DeviceBridge
    from tests.support.counter import OPEN_MORNING, STAFF, counter_settings, seed_hall
    from tests.support.counter_clerk import BUNDLE, SINGLE_ITEM, Clerk

    app = qt_app()
    apply_counter_style(app)
    with tempfile.TemporaryDirectory(prefix="yimen-keys-") as tmp:
        settings = counter_settings(Path(tmp))
        ctx = HallContext.open(settings, clock=ManualClock(OPEN_MORNING), create_key=True)
        seed_hall(ctx)
        bridge = DeviceBridge()
        devices = DeviceManager(settings.devices, on_event=bridge.on_event)
        devices.start()
        c = build_counter(ctx, devices=devices, bridge=bridge, options=CounterOptions())
        c.window.resize(1600, 900)
        c.window.show()
        try:
            c.sign_in_view.username.setText("lina")
            c.sign_in_view.password.setText(STAFF["lina"][2])
            c.sign_in_view.submit.click()
            Clerk(c).wait(lambda: c.session.signed_in is not None, "lina could not sign in")
            if way == "keyboard":
                # the clerk's standing choice, made once (remembered per clerk), not per case
                c.work_page.queue_panel.call_and_start.setChecked(True)
            kiosk = Actor.kiosk("T-0101")
            out: dict[str, object] = {}
            reader = devices.simulators["idcard"]
            cases = (("single_item", SINGLE_ITEM, "elder_dai_woman"), ("bundle", BUNDLE, "young_adult_han"))
            for name, case, card in cases:
                tickets.issue_ticket(ctx, category="civil", actor=kiosk)
                clerk = Clerk(c)
                counts = clerk.serve(case, way=way, put_card=lambda card=card: reader.place_card(card))
                reader.remove_card()
                rows = c.intake.checklist.rows if c.intake.checklist else []
                out[name] = counts.as_json() | {"materials": len(rows)}
            return out
        finally:
            c.shutdown()
            c.evaluator.close()
            c.window.close()
            devices.stop()
            ctx.close()


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--way", choices=("keyboard", "one_by_one", "both"), default="both")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    ways = ("one_by_one", "keyboard") if args.way == "both" else (args.way,)
    results = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    for way in ways:
        results[way] = {"commit": git_commit(), **measure(way)}
        print(way, json.dumps({k: v for k, v in results[way].items() if k != "commit"}, ensure_ascii=False))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
