"""The UI-thread guard: store and device I/O must never run on the thread that paints.

The apps hand every use case to the one runner (``shared.ui.tasks.TaskRunner``) and the
printer renders and spools on its own thread, so the UI keeps answering taps while the
database waits on a lock or an SD card flushes a spool file. Nothing in Python enforces
that, so the two places where the I/O starts ask here first: the unit of work
(``offline_store.store.Store.unit_of_work``) and the print queue
(``devices.printer.print_queue.PrintQueue``).

The guard is off unless something watches a thread: production never does (the check is
one comparison with ``None``). The tours watch the UI thread while they drive the screens
when ``YIMEN_UI_THREAD_GUARD=1`` (the tests set it); any I/O on that thread then raises
:class:`IoOnUiThread` where it happens and is recorded with its stack, so a test fails even
if a broad ``except`` swallowed the error. Steps of a tour that stand for another terminal
(a clerk calling the next person, a kiosk elsewhere taking a number) run inside
:func:`elsewhere`.

While it watches, it also notes every module imported for the first time on any *other*
thread: a worker, the printer's thread, a device poller. Such an import goes through
shiboken's import hook, which is not thread-safe in PySide6 6.12 (the kiosk aborted with
"none_dealloc"); what a worker needs is imported at module level, or on the UI thread first.

It lives in the domain layer, pure Python with no I/O of its own, because both the store
and the drivers must reach it and neither may import the other.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

ENVIRONMENT = "YIMEN_UI_THREAD_GUARD"

_lock = threading.Lock()
_watched: int | None = None  # ident of the thread being watched, None when the guard is off
_violations: list[str] = []
_elsewhere = threading.local()


class IoOnUiThread(RuntimeError):
    """Store or device I/O was started on the UI thread (a program fault, not bad input)."""


def requested() -> bool:
    """True when the environment asks the tours to watch their UI thread."""
    return os.environ.get(ENVIRONMENT, "") not in ("", "0", "false", "no")


def check(what: str) -> None:
    """Called where I/O starts: raises (and records) if this is the watched UI thread."""
    watched = _watched
    depth: int = getattr(_elsewhere, "depth", 0)
    if watched is None or threading.get_ident() != watched or depth:
        return
    message = f"{what} on the UI thread: hand it to the runner (shared.ui.tasks.TaskRunner)"
    stack = "".join(traceback.format_stack(limit=14)[:-1])
    with _lock:
        _violations.append(f"{message}\n{stack}")
    raise IoOnUiThread(message)


class _FirstImports:
    """A meta-path finder that finds nothing: it only notes first imports off the UI thread."""

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        watched = _watched
        if watched is not None and threading.get_ident() != watched and name not in sys.modules:
            where = threading.current_thread().name
            stack = "".join(traceback.format_stack(limit=14)[:-1])
            with _lock:
                _violations.append(f"first import of {name} on thread {where}, not the UI thread\n{stack}")
        return None


_first_imports = _FirstImports()


@contextmanager
def watching(*, thread_ident: int | None = None) -> Iterator[list[str]]:
    """Watch ``thread_ident`` (default: the calling thread) inside the block. Yields the
    list the violations seen meanwhile are appended to (each with its stack)."""
    global _watched
    seen: list[str] = []
    with _lock:
        previous, start = _watched, len(_violations)
        _watched = thread_ident if thread_ident is not None else threading.get_ident()
    if _first_imports not in sys.meta_path:
        sys.meta_path.insert(0, _first_imports)
    try:
        yield seen
    finally:
        if previous is None and _first_imports in sys.meta_path:
            sys.meta_path.remove(_first_imports)
        with _lock:
            _watched = previous
            seen.extend(_violations[start:])
            del _violations[start:]


@contextmanager
def elsewhere(reason: str) -> Iterator[None]:
    """A scripted step that stands for another terminal or person (``reason`` says which):
    its I/O on the watched thread is not the app's."""
    _elsewhere.depth = getattr(_elsewhere, "depth", 0) + 1
    try:
        yield
    finally:
        _elsewhere.depth -= 1


def violations() -> list[str]:
    """What the innermost :func:`watching` block has recorded so far."""
    with _lock:
        return list(_violations)
