"""The one background runner of both apps: run a Qt-free callable on a worker thread, hear
the result or the error on the UI thread (the contract is :class:`shared.ui.runner.Runner`).

A service call (``accept_case``, ``call_next``, ``issue_ticket``) may wait on the database
lock, the printer or the card reader; the UI thread must keep repainting and reading taps
meanwhile. So a view-model never calls a service directly: it hands the call to the runner::

    runner = TaskRunner(parent)
    task = runner.run(tickets.call_next, ctx, actor=actor, categories=cats,
                      on_done=self._called, on_error=self._failed, key="queue")

``on_done(result)`` and ``on_error(exc)`` always run on the thread that owns the runner
(the UI thread), in completion order. Passing ``key`` makes the call exclusive: while a task
with the same key runs, another one is refused (``run`` returns ``None``) — a double click
on "叫号" must not call two people. ``call_soon(fn)`` brings a device thread's callback to
the UI thread the same way.

How the hop to the UI thread works: worker threads never touch a Task. A job leaves its
outcome (or a posted callback) in the runner's plain queue and emits the runner's
parameterless ``_landed`` signal; the runner lives on the UI thread, so Qt queues the call
into its event loop, where the outcome goes to its Task. Three PySide6 6.12 faults shaped
this: a Task (a QObject) whose last Python reference was dropped on a worker thread while
``deleteLater`` destroyed it on the UI thread crashed in ``QObject::~QObject`` (seen in
tests/counter_app/test_three_terminals.py under load), so Tasks are Python-owned and dropped
on the UI thread; Python objects sent through queued cross-thread signals were miscounted
("none_dealloc" at kiosk exit), so the signal carries nothing; and ``QThreadPool.start()``
with a Python callable lost a reference under load, so the pool is Python's.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot

from devices.errors import DeviceError
from shared.domain.errors import YimenError
from shared.ui.runner import DoneCallback, ErrorCallback

log = logging.getLogger(__name__)


class Task(QObject):
    """One submitted call. ``succeeded(result)`` or ``failed(exc)`` fires once, on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after either of the two

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.cancelled = False
        self.elapsed_s = 0.0
        self._callbacks: tuple[DoneCallback | None, ErrorCallback | None] = (None, None)

    def cancel(self) -> None:
        """Drop the outcome: the call still finishes on its thread, but nobody hears of it
        (used when the screen that asked has gone away)."""
        self.cancelled = True

    def _deliver(self, result: Any, error: BaseException | None) -> None:
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


class _Workers:
    """How many jobs are still on a worker thread, up to and including the wake-up signal.

    A plain object, not the runner: the worker must hold no reference to the QObject (its
    last reference dropped on a worker thread would destroy it there), yet the runner must
    not be destroyed while a worker is about to emit its signal (emitting on a deleted
    QObject crashed the test process). So ``wait_idle`` and ``shutdown`` wait for this count
    to reach zero, not only for the outcomes to be delivered.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.count = 0

    def enter(self) -> None:
        with self._lock:
            self.count += 1

    def leave(self) -> None:
        with self._lock:
            self.count -= 1


def _job(
    workers: _Workers,
    outcomes: queue.SimpleQueue,
    landed: Callable[[], None],
    ident: int,
    name: str,
    fn: Callable[..., Any],
    args: tuple,
    kwargs: dict,
) -> None:
    """Runs on a worker thread; hands back (ident, result, error, seconds) and nothing else."""
    started = time.perf_counter()
    result: Any = None
    error: BaseException | None = None
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # delivered to the UI, which shows the message
        error = exc
        if not _expected(exc):
            log.exception("background task %s failed", name)
    outcomes.put((ident, result, error, time.perf_counter() - started))
    try:
        landed()
    finally:
        workers.leave()


def _expected(exc: BaseException) -> bool:
    """Errors raised on purpose (with a message for the clerk) need no traceback in the log."""
    return isinstance(exc, YimenError | DeviceError)


class TaskRunner(QObject):
    """Runs callables on its own small thread pool and reports back on the owner's thread."""

    busy_changed = Signal(bool)
    _landed = Signal()  # emitted by workers; carries nothing (see the module's docstring)

    def __init__(
        self, parent: QObject | None = None, *, max_threads: int = 2, thread_name_prefix: str = "ui-task"
    ) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(
            max_workers=max(1, max_threads), thread_name_prefix=thread_name_prefix
        )
        # (ident, result, error, seconds) from a job, or (0, callback, None, 0.0) from call_soon
        self._outcomes: queue.SimpleQueue = queue.SimpleQueue()
        # queued even from the UI thread itself: call_soon() from inside a delivered callback
        # would otherwise drain the queue there and then, delivering a later outcome in the
        # middle of the earlier callback (a queue read then undid the call it had just seen)
        self._landed.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._owner = threading.get_ident()
        self._in_flight = 0  # jobs whose outcome has not been delivered yet
        self._workers = _Workers()  # jobs still on a worker thread
        self._posted = 0  # call_soon callbacks not yet run
        self._closed = False
        self._retired: list[Task] = []
        self._running: dict[int, Task] = {}
        self._keys: dict[str, Task] = {}
        self._lock = threading.Lock()
        self._seq = 0

    # ------------------------------------------------------------------ submitting
    def run(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        key: str | None = None,
        name: str | None = None,
        **kwargs: Any,
    ) -> Task | None:
        """Start ``fn(*args, **kwargs)`` on a worker; ``None`` if ``key`` is already running
        or the runner has shut down (the app is stopping: a late timer's call has nowhere to go)."""
        if threading.get_ident() != self._owner:
            # a Task is a QObject of the UI thread; a worker wanting more work posts it first
            raise RuntimeError("TaskRunner.run() is called on the UI thread; use call_soon() from others")
        if key is not None and key in self._keys:
            return None
        if self._closed:
            return None
        self._retired.clear()
        task = Task(name or str(getattr(fn, "__name__", "task")))
        task._callbacks = (on_done, on_error)
        with self._lock:
            self._seq += 1
            ident = self._seq
            was_idle = not self._running
            self._running[ident] = task
            self._in_flight += 1
        if key is not None:
            self._keys[key] = task
        task.finished.connect(lambda: self._forget(ident, key))
        if was_idle:
            self.busy_changed.emit(True)
        self._workers.enter()
        self._pool.submit(
            _job, self._workers, self._outcomes, self._landed.emit, ident, task.name, fn, args, kwargs
        )
        return task

    def call_soon(self, fn: Callable[[], None]) -> None:
        """From any thread: run ``fn()`` on the UI thread, at the event loop's next turn."""
        with self._lock:
            self._posted += 1
        self._outcomes.put((0, fn, None, 0.0))
        self._landed.emit()

    @Slot()
    def _drain(self) -> None:
        # one wake may find several outcomes (or none: an earlier wake took them)
        self._retired.clear()
        while True:
            try:
                ident, result, error, seconds = self._outcomes.get_nowait()
            except queue.Empty:
                return
            if ident == 0:
                with self._lock:
                    self._posted -= 1
                try:
                    result()
                except Exception:  # one bad callback must not stop the app
                    log.exception("UI callback failed")
                continue
            with self._lock:
                self._in_flight -= 1
                task = self._running.get(ident)
            if task is not None:
                task.elapsed_s = seconds
                try:
                    task._deliver(result, error)
                except Exception:  # a view-model's callback failing must not strand the others
                    log.exception("task %s: callback failed", task.name)

    def _forget(self, ident: int, key: str | None) -> None:
        with self._lock:
            task = self._running.pop(ident, None)
            idle = not self._running
        if key is not None and self._keys.get(key) is task:
            del self._keys[key]
        if task is not None:
            # dropped at the next run or delivery, never inside its own signal: a Task is
            # Python-owned (no parent), because deleteLater on one crashed PySide6 6.12 in
            # QObject::~QObject under load (tests/counter_app/test_three_terminals.py)
            self._retired.append(task)
        if idle:
            self.busy_changed.emit(False)

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._running)

    def is_running(self, key: str) -> bool:
        return key in self._keys

    def _settled(self) -> bool:
        with self._lock:
            idle = not self._running and self._in_flight == 0 and self._posted == 0
        return idle and self._workers.count == 0

    def wait_idle(self, timeout_s: float = 10.0) -> bool:
        """Process events until every submitted task has been delivered and every posted
        callback has run (tests, the tours, shutdown). Returns False on timeout."""
        deadline = time.monotonic() + timeout_s
        app = QCoreApplication.instance()
        while not self._settled():
            if time.monotonic() > deadline:
                return False
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not self._settled():
                time.sleep(0.005)
        return True

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Stop taking work and wait for what runs (their outcomes are dropped)."""
        with self._lock:
            tasks = list(self._running.values())
        for task in tasks:
            task.cancel()
        self._closed = True
        deadline = time.monotonic() + timeout_s
        while self._workers.count and time.monotonic() < deadline:
            time.sleep(0.01)
        self._pool.shutdown(wait=False, cancel_futures=True)
