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


# Health.code of a Null device: the terminal has none configured, which is fine but is not
# "正常" either (the technician screen says 未配置)
NOT_CONFIGURED = "not_configured"


@dataclass(frozen=True, slots=True)
class Health:
    state: HealthState
    reason: str = ""  # in words a resident or technician understands
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    # what the fleet page sorts by, beside the words: "paper_out", "paper_low" or "" (issue 15)
    code: str = ""

    @classmethod
    def ok(cls) -> Health:
        return cls(HealthState.OK)


@runtime_checkable
class Device(Protocol):
    name: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    def health(self) -> Health: ...
