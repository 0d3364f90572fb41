"""Refresh a screen when the hall's events say something changed, on the UI thread.

The subscriber's thread never touches a widget: each event crosses to the UI thread as a
queued signal, and bursts (ten tickets issued in a second) are coalesced by the view-model's
own "one read at a time, one more if something came meanwhile" rule. Without live events
(an in-memory store, a broken link at start-up) the screen falls back to reading on a
timer and says so in the log; a slow safety timer catches anything a reconnect missed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from shared.domain.errors import YimenError
from shared.services.context import HallContext
from shared.services.live import EventSubscriber, HallEvent, hall_events

log = logging.getLogger(__name__)

SAFETY_REFRESH_S = 60.0  # not the path of a call: only a net under a missed reconnect


class LiveRefresh(QObject):
    """Emits ``changed`` (on the UI thread) when an event of ``topics`` arrives."""

    changed = Signal(object)  # the HallEvent, or None for a timer
    link = Signal(bool, str)  # online?, the message to show while offline
    _arrived = Signal(object)

    def __init__(
        self,
        ctx: HallContext,
        *,
        topics: tuple[str, ...],
        name: str,
        fallback_s: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.topics = topics
        self.name = name
        self.fallback_s = fallback_s
        self.subscriber: EventSubscriber | None = None
        self.live = False
        self.events = 0
        self._arrived.connect(self._on_event)
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.changed.emit(None))

    def start(self) -> None:
        try:
            sub = hall_events(self.ctx, topics=self.topics, name=self.name)
            sub.subscribe(self._arrived.emit)  # called on the subscriber's thread: queued
            sub.start()
        except YimenError as e:
            log.warning(
                "%s: no live events (%s); reading every %.1f s", self.name, e.message, self.fallback_s
            )
            self._timer.start(max(50, int(self.fallback_s * 1000)))
            return
        self.subscriber, self.live = sub, True
        self._timer.start(int(SAFETY_REFRESH_S * 1000))

    def stop(self) -> None:
        self._timer.stop()
        if self.subscriber is not None:
            self.subscriber.stop()
            self.subscriber = None

    def _on_event(self, event: HallEvent) -> None:
        self.events += 1
        if event.kind == "hall.offline":
            self.link.emit(False, str(event.payload.get("message", "")))
            return
        if event.kind in ("hall.online", "hall.resync"):
            self.link.emit(True, "")
        self.changed.emit(event)
