"""Typed device errors. Drivers raise these; the UI shows ``str(err)`` to the person
at the device and the log keeps it. Each driver package adds its own subclasses."""

from __future__ import annotations


class DeviceError(Exception):
    # the Health.code a device reports while this error stands (the fleet page's alerts)
    health_code = ""

    def __init__(self, message: str, *, hint: str = "", device: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.device = device

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip() if self.hint else self.message


class DeviceOffline(DeviceError):
    """The device does not answer or is unplugged."""


class DeviceProtocolError(DeviceError):
    """The device answered with something the protocol does not allow."""
