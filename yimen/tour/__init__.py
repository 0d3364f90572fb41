"""`yimen tour`: drive every screen of an app on simulated devices and write one PNG each.

Lives outside the app packages: a tour is a client of an app, like the demo and the tests.

With ``YIMEN_UI_THREAD_GUARD=1`` (the tests set it) a tour watches its UI thread while it
drives the screens (:mod:`shared.domain.ui_thread`): store or print-spool I/O there raises
where it happens, a module imported for the first time on another thread is noted, and the
tour ends with ``IoOnUiThread`` naming every case with its stack, even those a broad
``except`` swallowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from shared.domain import ui_thread


@contextmanager
def watch_ui_thread(app: str) -> Iterator[None]:
    """Watch the calling (UI) thread inside the block when the environment asks for it."""
    if not ui_thread.requested():
        yield
        return
    with ui_thread.watching() as seen:
        yield
    if seen:
        raise ui_thread.IoOnUiThread(
            f"{len(seen)} breaches of the UI-thread rules in the {app}:\n" + "\n".join(seen)
        )
