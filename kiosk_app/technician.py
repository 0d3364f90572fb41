"""The technician's way out of the kiosk: a hidden gesture, then a PIN checked against an
argon2 hash from the configuration (等保2.0: no plain secrets in config, lockout after
repeated failures).

Make a hash for the config with ``python -m kiosk_app.technician``.
"""

from __future__ import annotations

import getpass
import sys
from collections import deque

MAX_FAILURES = 5
LOCKOUT_S = 300.0
GESTURE_TAPS = 5  # taps on the hall name in the top-left corner ...
GESTURE_WINDOW_S = 4.0  # ... within this many seconds


def hash_pin(pin: str) -> str:
    from argon2 import PasswordHasher

    if not (pin.isdigit() and 6 <= len(pin) <= 12):
        raise ValueError("技术员密码须为6-12位数字")
    return PasswordHasher().hash(pin)


class SecretGesture:
    """Counts taps; ``tap(now)`` is True on the tap that completes the gesture."""

    def __init__(self, *, taps: int = GESTURE_TAPS, window_s: float = GESTURE_WINDOW_S) -> None:
        self.taps, self.window_s = taps, window_s
        self._times: deque[float] = deque(maxlen=taps)

    def tap(self, now: float) -> bool:
        self._times.append(now)
        if len(self._times) == self.taps and now - self._times[0] <= self.window_s:
            self._times.clear()
            return True
        return False


class PinGate:
    def __init__(
        self, pin_hash: str, *, max_failures: int = MAX_FAILURES, lockout_s: float = LOCKOUT_S
    ) -> None:
        self.pin_hash = pin_hash.strip()
        self.max_failures = max_failures
        self.lockout_s = lockout_s
        self.failures = 0
        self._locked_until = 0.0

    @property
    def configured(self) -> bool:
        return bool(self.pin_hash)

    def locked_for(self, now: float) -> int:
        return max(0, int(self._locked_until - now + 0.999))

    def check(self, pin: str, *, now: float) -> bool:
        if not self.configured or self.locked_for(now):
            return False
        from argon2 import PasswordHasher  # only when a technician types a PIN
        from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

        ok: bool
        try:
            ok = PasswordHasher().verify(self.pin_hash, pin)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if ok:
            self.failures = 0
            return True
        self.failures += 1
        if self.failures >= self.max_failures:
            self.failures = 0
            self._locked_until = now + self.lockout_s
        return False


def main(argv: list[str] | None = None) -> int:
    pin = getpass.getpass("技术员密码（6-12位数字）：")
    if pin != getpass.getpass("再输入一次："):
        print("两次输入不一致", file=sys.stderr)
        return 1
    try:
        print(f'[kiosk]\ntechnician_pin_hash = "{hash_pin(pin)}"')
    except ValueError as e:
        print(e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
