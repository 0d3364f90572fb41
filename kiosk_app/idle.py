"""Idle timing: after ``idle_s`` without a touch a warning with a countdown, after the
countdown the person's data is wiped and the kiosk goes home.

FACTS (WCAG 2.1 SC 2.2.1, MIIT 适老化): warn before a timeout and allow at least 20 s to
extend; elderly mode doubles the idle time (no timers that rush). Times are monotonic
seconds passed in by the caller, so tests drive it without waiting.
"""

from __future__ import annotations

from enum import StrEnum

MIN_WARNING_S = 20


class IdleState(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


class IdleWatch:
    def __init__(self, *, idle_s: float, warning_s: float, elder_factor: float = 2.0) -> None:
        if idle_s <= 0:
            raise ValueError("idle_s must be positive")
        self.idle_s = idle_s
        self.warning_s = max(float(warning_s), MIN_WARNING_S)
        self.elder_factor = elder_factor
        self.elder = False
        self.state = IdleState.ACTIVE
        self._last: float | None = None

    @property
    def effective_idle_s(self) -> float:
        return self.idle_s * (self.elder_factor if self.elder else 1.0)

    def touch(self, now: float) -> bool:
        """A touch or key: back to active. True if it cancelled a warning."""
        was_warning = self.state == IdleState.WARNING
        self._last = now
        self.state = IdleState.ACTIVE
        return was_warning

    def tick(self, now: float) -> IdleState:
        """Advance to ``now``; returns the state (EXPIRED once, then ACTIVE again)."""
        if self._last is None:
            self._last = now
        quiet = now - self._last
        if quiet >= self.effective_idle_s + self.warning_s:
            self.state = IdleState.EXPIRED
            self._last = now
            return IdleState.EXPIRED
        if quiet >= self.effective_idle_s:
            self.state = IdleState.WARNING
        else:
            self.state = IdleState.ACTIVE
        return self.state

    def remaining(self, now: float) -> int:
        """Whole seconds left on the countdown (meaningful while warning)."""
        if self._last is None:
            return int(self.warning_s)
        left = self.effective_idle_s + self.warning_s - (now - self._last)
        return max(0, int(left + 0.999))
