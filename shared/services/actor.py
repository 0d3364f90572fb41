"""Who is acting: every service call names its actor so the audit log can say who did what where."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    KIOSK = "kiosk"  # a resident at a self-service terminal (anonymous)
    DISPLAY = "display"  # the hall display board (叫号屏): unattended, shows calls only
    CLERK = "clerk"  # 窗口人员
    CHIEF = "chief"  # 首席事务代表: may finish 即办件 on the spot
    HELPER = "helper"  # 帮办代办员
    MANAGER = "manager"  # 大厅管理员
    SYSTEM = "system"  # sync worker, scheduled jobs, the command line


@dataclass(frozen=True, slots=True)
class Actor:
    user: str
    role: Role
    terminal_id: str
    window_no: int | None = None

    @classmethod
    def system(cls, terminal_id: str = "cli") -> Actor:
        return cls(user="system", role=Role.SYSTEM, terminal_id=terminal_id)

    @classmethod
    def kiosk(cls, terminal_id: str) -> Actor:
        return cls(user=f"kiosk:{terminal_id}", role=Role.KIOSK, terminal_id=terminal_id)

    @classmethod
    def display(cls, terminal_id: str) -> Actor:
        return cls(user=f"display:{terminal_id}", role=Role.DISPLAY, terminal_id=terminal_id)
