"""A time budget for a decoder that is usually fast and sometimes very slow.

Measured here (docs/qr-decode-rates.md): WeChat's traditional detector reads a code in a
1280×720 frame in about 10–20 ms, but on a frame *without* a code and with ordinary
camera noise it searches for seconds (5–7 s on a grey gradient with σ 6 noise). A kiosk
camera shows no code most of the day, so run unguarded it would stall the camera pipeline.

:class:`BudgetedDecoder` runs the inner decoder on its own thread and waits at most
``budget_s``. If the run overruns, ``decode`` returns nothing now; the run goes on, and
a code it finds late is returned by the next ``decode`` call (the camera's repeat window
keeps that from counting twice). While a run is going on, later frames skip this decoder,
and after an overrun it rests so it takes at most ``max_duty`` of one core.
"""

from __future__ import annotations

import logging
import threading
import time

import numpy as np

from devices.scanner.decoders import Decoder, ScanResult

log = logging.getLogger(__name__)


class BudgetedDecoder:
    def __init__(self, inner: Decoder, *, budget_s: float = 0.04, max_duty: float = 0.25) -> None:
        if budget_s <= 0 or not 0 < max_duty <= 1:
            raise ValueError("budget_s must be > 0 and 0 < max_duty <= 1")
        self.inner = inner
        self.name = inner.name
        self.budget_s = budget_s
        self.max_duty = max_duty
        self._lock = threading.Lock()
        self._running: threading.Thread | None = None
        self._late: list[ScanResult] = []
        self._rest_until = 0.0
        self.overruns = 0
        self.skipped = 0

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running is not None

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        with self._lock:
            if self._late:
                late, self._late = self._late, []
                return late
            if self._running is not None or time.monotonic() < self._rest_until:
                self.skipped += 1
                return []
            box: dict[str, object] = {}
            done = threading.Event()
            # the caller may reuse its buffer for the next camera frame while we still read this one
            thread = threading.Thread(
                target=self._run, args=(frame.copy(), box, done), name=f"decoder-{self.name}", daemon=True
            )
            self._running = thread
        thread.start()
        if done.wait(self.budget_s):
            return box["results"]  # type: ignore[return-value]
        with self._lock:
            if done.is_set():  # finished between the wait and the lock
                return box["results"]  # type: ignore[return-value]
            box["late"] = True
            self.overruns += 1
        return []

    def _run(self, frame: np.ndarray, box: dict[str, object], done: threading.Event) -> None:
        started = time.monotonic()
        try:
            results = self.inner.decode(frame)
        except Exception:
            log.exception("QR decoder %s failed on a frame", self.name)
            results = []
        elapsed = time.monotonic() - started
        with self._lock:
            box["results"] = results
            if box.get("late"):
                self._late = results
                # rest long enough that overrunning runs use at most max_duty of a core
                self._rest_until = time.monotonic() + elapsed * (1 / self.max_duty - 1)
            self._running = None
            done.set()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait for a run in progress to end (tests, shutdown)."""
        with self._lock:
            thread = self._running
        if thread is not None:
            thread.join(timeout)
        return not self.busy
