"""The Qt side of the runner: work on a thread pool, answers and device events delivered on
the UI thread through a queued signal. (Kiosk-local; the counter has its own in
shared/ui/tasks.py once that lands: the two apps must not import each other.)"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtCore import QDeadlineTimer as _Deadline

log = logging.getLogger(__name__)


class QtRunner(QObject):
    # Callables for the UI thread wait in a plain queue; the signal only wakes the UI thread
    # and carries nothing. Python objects sent through a queued Signal(object) from worker
    # threads hit a reference-count bug in PySide6 6.12 under load (the kiosk aborted with
    # "none_dealloc" while shutting down); a parameterless signal has nothing to miscount.
    _wake = Signal()

    def __init__(self, *, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Python's pool, not QThreadPool: QThreadPool.start() with a Python callable lost a
        # reference under load in PySide6 6.12 ("none_dealloc", the kiosk aborted at exit)
        self.pool = ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="kiosk-work")
        self.pending = 0
        self._running = 0  # jobs still on a worker thread
        self._lock = threading.Lock()
        self._closed = False
        self._calls: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        if self._closed:  # a screen's timer firing while the app stops: nothing to start
            return
        self.pending += 1

        def job() -> None:
            try:
                result = fn()
            except Exception as e:  # delivered to the view-model, which shows calm words
                self.call_soon(lambda error=e: self._finish(failed, error))
            else:
                self.call_soon(lambda: self._finish(done, result))
            finally:
                with self._lock:
                    self._running -= 1

        with self._lock:
            self._running += 1
        self.pool.submit(job)

    def close(self) -> None:
        """Let the worker threads end once their jobs are done (the app is stopping)."""
        self._closed = True
        self.pool.shutdown(wait=False, cancel_futures=True)

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        finally:
            self.pending -= 1

    def call_soon(self, fn: Callable[[], None]) -> None:
        """From any thread: run ``fn`` on the UI thread."""
        self._calls.put(fn)
        self._wake.emit()

    def _drain(self) -> None:
        # one wake may find several calls (or none: an earlier wake took them)
        while True:
            try:
                fn = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                fn()
            except Exception:  # one bad callback must not stop the kiosk
                log.exception("UI callback failed")

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Process events until no work is in flight (tour, tests, benchmarks)."""
        deadline = _Deadline(timeout_ms)
        app = QCoreApplication.instance()
        while not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self.pending == 0 and self._running == 0:
                app.processEvents()
                if self.pending == 0:
                    return True
        return False


class EventRelay:
    """The device manager's ``on_event``: hands each event to the UI thread once connected."""

    def __init__(self) -> None:
        self._target: Callable[[Any], None] | None = None
        self._runner: Any = None

    def connect(self, runner: Any, target: Callable[[Any], None]) -> None:
        self._runner, self._target = runner, target

    def __call__(self, event: Any) -> None:
        runner, target = self._runner, self._target
        if runner is None or target is None:
            return
        runner.call_soon(lambda: target(event))
