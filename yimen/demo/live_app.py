"""One app of the live demo: ``python -m yimen.demo.live_app kiosk|counter|display CONFIG START``.

Separate processes, as in a real hall, so the three share only the store file.
``YIMEN_DEMO_QUIT_AFTER_S`` ends the app after that many seconds (the smoke test uses it).
"""

from __future__ import annotations

import os
import sys
from datetime import datetime

from shared.domain.settings import load_settings
from shared.services.clock import ShiftedClock


def _quit_later() -> None:
    seconds = float(os.environ.get("YIMEN_DEMO_QUIT_AFTER_S", "0") or 0)
    if seconds > 0:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QTimer.singleShot(int(seconds * 1000), app.quit)


def main(argv: list[str]) -> int:
    app, config, start = argv
    settings = load_settings(config)
    clock = ShiftedClock(datetime.fromisoformat(start))
    _quit_later()
    if app == "kiosk":
        from kiosk_app.app import run

        return run(settings, clock=clock, windowed=True)
    if app == "counter":
        from counter_app.app import run as run_counter

        return run_counter(settings, clock=clock)
    from counter_app.display import run_display

    return run_display(settings, clock=clock, full_screen=False)


if __name__ == "__main__":
    from yimen.gui_exit import end_gui_process

    end_gui_process(main(sys.argv[1:]))
