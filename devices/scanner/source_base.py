"""What every scan source shares: classify, drop repeats, report health, call back.

A source turns what its hardware gives (frames, key bursts, serial lines) into text and
hands it here. The callback runs on the source's own thread; the device manager or the
Qt layer moves it onto the UI thread.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable

from devices.base import Health, HealthState
from shared.domain.payloads import Payload, PayloadRegistry, classify

log = logging.getLogger(__name__)

PayloadCallback = Callable[[Payload], None]
HealthCallback = Callable[[Health], None]


class ScanSource:
    """Base of every scanner source; implements :class:`devices.base.Device` health.

    ``repeat_window_s``: the same text seen again within this many seconds of when it
    was last seen is not emitted again. A camera sees a code held in front of it eight
    times a second; the resident means it once. Hand scanners are triggered on purpose,
    so their sources default to 0.
    """

    def __init__(
        self,
        *,
        name: str,
        on_payload: PayloadCallback | None = None,
        registry: PayloadRegistry | None = None,
        repeat_window_s: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.on_payload = on_payload
        self.on_health: HealthCallback | None = None
        self.registry = registry
        self.repeat_window_s = repeat_window_s
        self._clock = clock
        self._last_text = ""
        self._last_seen = float("-inf")
        self._health = Health(HealthState.OFFLINE, "未启动")
        self._health_lock = threading.Lock()
        self.emitted = 0

    def feed_key(self, char: str, timestamp: float) -> Payload | None:
        """A key typed on the terminal: only a keyboard-wedge scanner reads codes from the
        keyboard (it overrides this); every other source ignores keys."""
        return None

    # -- health -----------------------------------------------------------------------
    def health(self) -> Health:
        with self._health_lock:
            return self._health

    def _set_health(self, state: HealthState, reason: str = "") -> None:
        with self._health_lock:
            changed = (self._health.state, self._health.reason) != (state, reason)
            if changed:
                self._health = Health(state, reason)
            current = self._health
        if changed and self.on_health is not None:
            try:
                self.on_health(current)
            except Exception:
                log.exception("health callback of %s failed", self.name)

    # -- emitting ---------------------------------------------------------------------
    def _emit_text(self, text: str, *, decoder: str = "") -> Payload | None:
        """Classify and deliver one scanned text; returns the payload, or None for a repeat."""
        now = self._clock()
        repeat = text == self._last_text and now - self._last_seen < self.repeat_window_s
        self._last_text, self._last_seen = text, now
        if repeat:
            return None
        payload = dataclasses.replace(
            classify(text, registry=self.registry), source=self.name, decoder=decoder
        )
        self.emitted += 1
        if self.on_payload is not None:
            try:
                self.on_payload(payload)
            except Exception:
                log.exception("scan callback of %s failed", self.name)
        return payload

    # -- Device protocol (sources with hardware override these) -------------------------
    def open(self) -> None:
        self._set_health(HealthState.OK)

    def close(self) -> None:
        self._set_health(HealthState.OFFLINE, "已关闭")
