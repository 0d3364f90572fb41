"""The one way view-models get work off the UI thread (both apps), without importing Qt.

A view-model never calls a use case, a store or a device directly from a button: it hands a
Qt-free callable to a runner, the way Anki's GUI hands collection work to
``CollectionOp(parent, op).success(cb)``::

    runner.run(tickets.issue_ticket, ctx, category="social", actor=kiosk,
               on_done=self._issued, on_error=self._refused)

``fn(*args, **kwargs)`` runs on a worker thread; ``on_done(result)`` or ``on_error(exc)`` then
runs on the UI thread. ``key`` makes a call exclusive (a double tap on 叫号 must not call two
people): while a call with the same key runs, ``run`` refuses another and returns ``None``.
``call_soon(fn)`` brings a callback from any thread (a device's, the printer's) to the UI
thread.

This module only states the contract, so the kiosk's view-models stay Qt-free and testable
without an event loop; :class:`shared.ui.tasks.TaskRunner` is the runner both apps use.

What the worker function may do: block on the store, the network or a device. What it must
not do: import a module for the first time (shiboken's import hook is not thread-safe in
PySide6 6.12; import at module level or on the UI thread), or touch a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Runner(Protocol):
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
    ) -> object | None:
        """Start ``fn(*args, **kwargs)`` off the UI thread; ``None`` if ``key`` is busy or the
        runner has shut down."""
        ...

    def call_soon(self, fn: Callable[[], None]) -> None:
        """From any thread: run ``fn()`` on the UI thread."""
        ...
