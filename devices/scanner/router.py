"""Delivers classified payloads to the screens that asked for their kind.

A screen subscribes to the kinds it handles (the evaluation screen to ``evaluation``,
the queue screen to ``ticket`` and ``appointment``) and unsubscribes when it is left, so
a code scanned on the wrong screen is offered to ``on_unhandled`` (which tells the
resident what this code is for) instead of being acted on silently. Callbacks run on the
scanner's thread; the Qt layer turns them into signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from shared.domain.payloads import Payload

log = logging.getLogger(__name__)

ANY_KIND = "*"
PayloadCallback = Callable[[Payload], None]


@dataclass(eq=False)
class Subscription:
    kinds: frozenset[str]
    callback: PayloadCallback
    _router: ScanRouter | None = field(default=None, repr=False)

    def unsubscribe(self) -> None:
        if self._router is not None:
            self._router._remove(self)
            self._router = None

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.unsubscribe()


class ScanRouter:
    def __init__(self, *, on_unhandled: PayloadCallback | None = None) -> None:
        self._subs: list[Subscription] = []
        self._lock = threading.Lock()
        self.on_unhandled = on_unhandled

    def subscribe(self, kinds: str | Iterable[str], callback: PayloadCallback) -> Subscription:
        """``kinds`` is one kind, several, or ``"*"`` for every payload."""
        wanted = frozenset([kinds] if isinstance(kinds, str) else kinds)
        if not wanted:
            raise ValueError("subscribe to at least one payload kind")
        sub = Subscription(wanted, callback, self)
        with self._lock:
            self._subs.append(sub)
        return sub

    def _remove(self, sub: Subscription) -> None:
        with self._lock:
            if sub in self._subs:
                self._subs.remove(sub)

    def route(self, payload: Payload) -> int:
        """Call every subscriber of the payload's kind; returns how many were called.

        A subscriber that raises is logged and the others still run.
        """
        with self._lock:
            targets = [s for s in self._subs if payload.kind in s.kinds or ANY_KIND in s.kinds]
        for sub in targets:
            try:
                sub.callback(payload)
            except Exception:
                log.exception("scan subscriber for %s failed", sorted(sub.kinds))
        if not targets and self.on_unhandled is not None:
            try:
                self.on_unhandled(payload)
            except Exception:
                log.exception("on_unhandled scan callback failed")
        return len(targets)

    def __call__(self, payload: Payload) -> None:
        self.route(payload)
