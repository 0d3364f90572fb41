"""How view-models get work off the UI thread without knowing about Qt.

A view-model hands a Qt-free callable to ``runner.run(fn, done=..., failed=...)``; the
runner executes it somewhere (a worker thread in the app) and calls ``done(result)`` or
``failed(error)`` back on the UI thread. Device callbacks arrive on device threads and go
through ``runner.call_soon(fn)`` to reach the UI thread.

:class:`InlineRunner` is the Qt-free runner for tests and benchmarks: work runs at once on
the caller's thread, and callbacks posted from other threads wait until :meth:`pump`.
The Qt runner is in :mod:`kiosk_app.qt_bridge`.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol


class Runner(Protocol):
    def run(
        self,
        fn: Callable[[], Any],
        *,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None: ...

    def call_soon(self, fn: Callable[[], None]) -> None: ...


class InlineRunner:
    def __init__(self) -> None:
        self._owner = threading.get_ident()
        self._posted: queue.Queue[Callable[[], None]] = queue.Queue()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        try:
            result = fn()
        except Exception as e:
            failed(e)
        else:
            done(result)

    def call_soon(self, fn: Callable[[], None]) -> None:
        if threading.get_ident() == self._owner:
            fn()
        else:
            self._posted.put(fn)

    def pump(self, *, until: Callable[[], bool] | None = None, timeout: float = 5.0) -> bool:
        """Run posted callbacks; with ``until``, keep going until it is true or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                fn = self._posted.get(timeout=0.01 if until is not None else 0)
            except queue.Empty:
                fn = None
            if fn is not None:
                fn()
            if until is None:
                if fn is None:
                    return True
                continue
            if until():
                return True
            if time.monotonic() > deadline:
                return False
