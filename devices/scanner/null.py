"""The scanner of a terminal that has none. Apart from the simulator and the camera, so a
kiosk without a scanner never loads OpenCV and NumPy (a fifth of its cold start)."""

from __future__ import annotations

from devices.base import Health, HealthState
from devices.scanner.source_base import PayloadCallback
from shared.domain.payloads import Payload


class NullScanner:
    """No scanner on this terminal: nothing is ever scanned, health says so plainly."""

    name = "scanner-null"

    def __init__(self, **_: object) -> None:
        self.on_payload: PayloadCallback | None = None
        self.on_health = None

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def health(self) -> Health:
        return Health(HealthState.OK, "未配置扫码设备")

    def feed_key(self, char: str, timestamp: float) -> Payload | None:
        return None
