"""A hall display board in its own process, for the three-terminal test: it opens the same
store file with its own HallContext and polls it like ``yimen display`` does, printing one
JSON line per new call, until it has seen ``--until`` or ``--timeout`` passes."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

from shared.domain.settings import Settings
from shared.services.actor import Actor
from shared.services.board import BoardReader, new_calls
from shared.services.clock import ManualClock
from shared.services.context import HallContext


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--home", required=True)
    p.add_argument("--now", required=True)  # the hall clock the other terminals use
    p.add_argument("--until", required=True)
    p.add_argument("--timeout", type=float, default=30)
    a = p.parse_args()
    home = Path(a.home)
    settings = Settings(
        store={
            "url": f"sqlite:///{home / 'yimen.db'}",
            "key_file": home / "keys" / "pii.key",
            "backup_dir": home / "b",
        },
        terminal={"id": "T-0900", "name": "叫号屏", "kind": "display"},
    )
    ctx = HallContext.open(settings, clock=ManualClock(datetime.fromisoformat(a.now)))
    reader = BoardReader(ctx, actor=Actor.display(settings.terminal.id))
    seen = None
    print(json.dumps({"ready": True}), flush=True)
    deadline = time.monotonic() + a.timeout
    try:
        while time.monotonic() < deadline:
            snap = reader.snapshot()
            for call in new_calls(seen, snap):
                print(
                    json.dumps({"number": call.number, "window": call.window_no, "seen_at": time.time()}),
                    flush=True,
                )
                if call.number == a.until:
                    return 0
            seen = (seen or set()) | snap.call_keys
            time.sleep(0.1)
    finally:
        ctx.close()
    return 1


if __name__ == "__main__":
    sys.exit(main())
