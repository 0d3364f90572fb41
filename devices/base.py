"""What every driver shows the device manager: a name, open/close and its health."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable


class HealthState(StrEnum):
    OK = "ok"
    DEGRADED = "degraded"  # works, with a problem a person should know (paper near end)
    OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class Health:
    state: HealthState
    reason: str = ""  # in words a resident or technician understands
    at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @classmethod
    def ok(cls) -> Health:
        return cls(HealthState.OK)


@runtime_checkable
class Device(Protocol):
    name: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    def health(self) -> Health: ...
