"""Background tasks for the Qt apps: run a Qt-free callable on a worker thread, hear the
result or the error as a signal on the UI thread.

A service call (``accept_case``, ``call_next``) may wait on the database lock, the printer
or the card reader; the UI thread must keep repainting and reading keys meanwhile. So a
view-model never calls a service directly: it hands the call to a :class:`TaskRunner`::

    runner = TaskRunner(parent)
    task = runner.run(tickets.call_next, ctx, actor=actor, categories=cats,
                      on_done=self._called, on_error=self._failed, key="queue")

``on_done(result)`` and ``on_error(exc)`` always run on the thread that owns the runner
(the UI thread), in submission-independent completion order. Passing ``key`` makes the
call exclusive: while a task with the same key runs, another one is refused (``run``
returns ``None``) — a double click on "叫号" must not call two people.

How the hop to the UI thread works (and why it is not a plain ``signal.connect(callable)``):
a PySide6 signal connected to a bare Python callable has no receiver object, so Qt calls
it *directly on the emitting thread*. Each :class:`Task` is therefore a QObject living on
the UI thread, and the worker emits a private signal connected to one of the task's own
slots: Qt sees the receiver on another thread and queues the call into the UI thread's
event loop (Qt::AutoConnection → QueuedConnection).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Task(QObject):
    """One submitted call. ``succeeded(result)`` or ``failed(exc)`` fires once, on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after either of the two
    # the worker leaves (result, error) in _outcome and wakes the UI thread with a signal that
    # carries nothing: Python objects in queued cross-thread signals hit a reference-count
    # bug in PySide6 6.12 under load (seen as "none_dealloc" aborts in the kiosk)
    _arrived = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.cancelled = False
        self.elapsed_s = 0.0
        self._callbacks: tuple[DoneCallback | None, ErrorCallback | None] = (None, None)
        self._outcome: tuple[Any, BaseException | None] = (None, None)
        self._arrived.connect(self._deliver)

    def cancel(self) -> None:
        """Drop the outcome: the call still finishes on its thread, but nobody hears of it
        (used when the screen that asked has gone away)."""
        self.cancelled = True

    @Slot()
    def _deliver(self) -> None:
        result, error = self._outcome
        self.result, self.error, self.done = result, error, True
        if self.cancelled:
            self.finished.emit()
            return
        on_done, on_error = self._callbacks
        try:
            if error is None:
                self.succeeded.emit(result)
                if on_done is not None:
                    on_done(result)
            else:
                self.failed.emit(error)
                if on_error is not None:
                    on_error(error)
                else:
                    log.warning("task %s failed: %s", self.name, error)
        finally:
            self.finished.emit()


class _Job(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task, self._fn, self._args, self._kwargs = task, fn, args, kwargs

    def run(self) -> None:  # worker thread
        started = time.perf_counter()
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # delivered to the UI, which shows the message
            error = exc
            if not _expected(exc):
                log.exception("background task %s failed", self._task.name)
        self._task.elapsed_s = time.perf_counter() - started
        self._task._outcome = (result, error)
        self._task._arrived.emit()


def _expected(exc: BaseException) -> bool:
    """Errors raised on purpose (with a message for the clerk) need no traceback in the log."""
    from devices.errors import DeviceError
    from shared.errors import YimenError

    return isinstance(exc, YimenError | DeviceError)


class TaskRunner(QObject):
    """Runs callables on its own small thread pool and reports back on the owner's thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, max_threads))
        self._running: dict[int, Task] = {}
        self._keys: dict[str, Task] = {}
        self._lock = threading.Lock()
        self._seq = 0

    # ------------------------------------------------------------------ submitting
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        key: str | None = None,
        name: str | None = None,
        **kwargs: Any,
    ) -> Task | None:
        """Start ``fn(*args, **kwargs)`` on a worker; ``None`` if ``key`` is already running."""
        if key is not None and key in self._keys:
            return None
        task = Task(name or getattr(fn, "__name__", "task"), self)
        task._callbacks = (on_done, on_error)
        with self._lock:
            self._seq += 1
            ident = self._seq
            was_idle = not self._running
            self._running[ident] = task
        if key is not None:
            self._keys[key] = task
        task.finished.connect(lambda: self._forget(ident, key))
        if was_idle:
            self.busy_changed.emit(True)
        self._pool.start(_Job(task, fn, args, kwargs))
        return task

    def _forget(self, ident: int, key: str | None) -> None:
        with self._lock:
            task = self._running.pop(ident, None)
            idle = not self._running
        if key is not None and self._keys.get(key) is task:
            del self._keys[key]
        if task is not None:
            task.deleteLater()
        if idle:
            self.busy_changed.emit(False)

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._running)

    def is_running(self, key: str) -> bool:
        return key in self._keys

    def wait_idle(self, timeout_s: float = 10.0) -> bool:
        """Process events until every submitted task has been delivered (tests, the tour,
        shutdown). Returns False on timeout."""
        deadline = time.monotonic() + timeout_s
        app = QCoreApplication.instance()
        while self.busy:
            if time.monotonic() > deadline:
                return False
            self._pool.waitForDone(10)
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return True

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Stop taking work and wait for what runs (their outcomes are dropped)."""
        with self._lock:
            tasks = list(self._running.values())
        for task in tasks:
            task.cancel()
        self._pool.waitForDone(int(timeout_s * 1000))


def error_text(exc: BaseException) -> tuple[str, str]:
    """(message, hint) to show for an error from a task: typed errors speak for themselves,
    anything else is a program fault the clerk can only report."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message, getattr(exc, "hint", "") or ""
    return f"程序出错: {type(exc).__name__}", "请重试；如反复出现，请联系技术支持（详情已写入日志）。"
