"""The settings of a demo terminal: one throw-away store under ``home``, simulated devices.

Used by the demo, the tours, the benchmarks and the tests alike, so that a kiosk and a
counter of one demo hall differ only in what makes them a kiosk or a counter.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from shared.domain.settings import Settings

TerminalKind = Literal["kiosk", "counter", "display", "manager"]

TZ = ZoneInfo("Asia/Shanghai")
# the moment every demo hall (and its tour) starts at: a Tuesday, 10:00, windows open
DEMO_NOW = datetime(2026, 11, 17, 10, 0, tzinfo=TZ)

# the technician PIN of every demo kiosk (the tours open the technician screen with it)
DEMO_TECHNICIAN_PIN = "246810"


def demo_settings(
    home: Path,
    *,
    kind: TerminalKind = "counter",
    terminal: str | None = None,
    window_no: int = 1,
    portrait: bool = True,
    scanner: str = "simulated",
    a4: str = "null",
) -> Settings:
    """A counter (window ``window_no``, terminal T-000n), a display board (``window_no=0``)
    or a kiosk (T-0101, store file ``kiosk-demo.db``, the demo technician PIN)."""
    # a demo terminal says outright that its devices are simulators (allow_simulated)
    devices = {
        "allow_simulated": True, "idcard": "simulated", "printer": "simulated", "scanner": scanner, "tts": "null",
        "a4": a4,  # "simulated": a private CUPS with a PDF queue (yimen/demo/documents.py)
    }  # fmt: skip
    if kind == "kiosk":
        # imported here: only a kiosk's settings need the PIN hash, and the counter's demo
        # should not load the kiosk app's modules
        from kiosk_app.technician import hash_pin

        return Settings(
            store={
                "url": f"sqlite:///{home / 'kiosk-demo.db'}",
                "key_file": home / "keys" / "pii.key",
                "backup_dir": home / "backups",
            },
            terminal={"id": terminal or "T-0101", "name": "1号自助机", "kind": "kiosk"},
            devices=devices,
            kiosk={"technician_pin_hash": hash_pin(DEMO_TECHNICIAN_PIN), "portrait": portrait},
        )
    return Settings(
        store={"url": f"sqlite:///{home / 'yimen.db'}", "key_file": home / "keys" / "pii.key", "backup_dir": home / "b"},
        terminal={
            "id": terminal or f"T-{window_no:04d}",
            "name": f"{window_no}号窗口" if window_no else "叫号屏",
            "kind": kind,
            "window_no": window_no,
        },
        devices=devices,
    )
