"""Scanners that "type": USB HID keyboard-wedge scanners.

The scanner sends its payload as key presses followed by Enter, a few milliseconds per
character; a person types at a hundred milliseconds or more per key. The Qt layer
forwards every key event here (``feed_key(event.text(), event.timestamp() / 1000)``); a
burst that ends in Enter with every gap within ``max_gap_s`` is a scan, anything slower
is typing and is left to the focused widget. This class has no Qt in it so it can be
tested with plain timestamps.

Noise before a payload: keys a person pressed just before the scan, within ``max_gap_s``
of its first character, would otherwise head the payload. A scanner types at an even
pace, so leading keys whose gap to the next one stands far apart from the burst's own
pace (over three times its median gap and over 12 ms more) are cut off. A control
character (Escape, or a scanner set to send Ctrl-B/STX as its prefix) ends everything
before it. What decides is the timestamps, never how the UI happened to batch the events.

Keyboard wedges type through the keyboard layout, so they deliver ASCII reliably; a
Chinese payload needs a serial/USB-CDC scanner or the camera.
"""

from __future__ import annotations

import itertools
import statistics

from devices.base import HealthState
from devices.scanner.source_base import PayloadCallback, ScanSource
from shared.domain.payloads import Payload, PayloadRegistry


class KeyboardWedgeSource(ScanSource):
    def __init__(
        self,
        *,
        on_payload: PayloadCallback | None = None,
        registry: PayloadRegistry | None = None,
        max_gap_s: float = 0.05,
        min_length: int = 4,
        terminators: tuple[str, ...] = ("\r", "\n"),
        name: str = "scanner-wedge",
    ) -> None:
        super().__init__(name=name, on_payload=on_payload, registry=registry)
        if max_gap_s <= 0 or min_length < 1:
            raise ValueError("max_gap_s must be > 0 and min_length >= 1")
        self.max_gap_s = max_gap_s
        self.min_length = min_length
        self.terminators = terminators
        self._chars: list[str] = []
        self._times: list[float] = []
        self._last_at = float("-inf")
        self.noise_keys = 0  # keys cut off the head of a burst

    @property
    def pending(self) -> int:
        """How many characters of a possible scan are buffered (the Qt layer may hold
        them back from a text field while a burst is in progress)."""
        return len(self._chars)

    def reset(self) -> None:
        self._chars.clear()
        self._times.clear()
        self._last_at = float("-inf")

    # a leading key is noise when its gap to the next stands this far apart from the burst's pace
    NOISE_GAP_FACTOR = 3.0
    NOISE_GAP_MARGIN_S = 0.012

    def _leading_noise(self, end_at: float) -> int:
        """How many keys at the head of the burst were not typed by the scanner."""
        times = [*self._times, end_at]
        gaps = [b - a for a, b in itertools.pairwise(times)]
        if len(gaps) < 4:
            return 0
        pace = statistics.median(gaps)
        limit = max(pace * self.NOISE_GAP_FACTOR, pace + self.NOISE_GAP_MARGIN_S)
        cut = 0
        # never cut into the scanner's own keys: at most the head, and min_length must remain
        while cut < len(gaps) // 2 and gaps[cut] > limit:
            cut += 1
        return cut

    def feed_key(self, char: str, timestamp: float) -> Payload | None:
        """Feed one key's text and its time in seconds; returns the payload when a scan
        ends with this key, otherwise None."""
        if not char:
            return None  # modifier keys (Shift for capitals) carry no text and no meaning here
        gap = timestamp - self._last_at
        in_burst = bool(self._chars) and 0 <= gap <= self.max_gap_s
        if char in self.terminators:
            cut = self._leading_noise(timestamp) if in_burst else 0
            text = "".join(self._chars[cut:])
            self.noise_keys += cut
            self.reset()
            if in_burst and len(text) >= self.min_length:
                return self._emit_text(text)
            return None
        if len(char) != 1 or not char.isprintable():
            self.reset()
            return None
        if not in_burst:
            self._chars.clear()  # too slow: a person typing, or the first key of a new burst
            self._times.clear()
        self._chars.append(char)
        self._times.append(timestamp)
        self._last_at = timestamp
        return None

    def open(self) -> None:
        self.reset()
        self._set_health(HealthState.OK, "键盘扫码枪（由界面转发按键）")
