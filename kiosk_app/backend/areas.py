"""What every area of the kiosk's backend shares: the hall context, the devices, the kiosk's
own actor (the permission checks of the use cases see a kiosk, never a clerk)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shared.domain.settings import Settings
from shared.services.actor import Actor
from shared.services.context import HallContext


@dataclass(slots=True)
class KioskTerminal:
    ctx: HallContext
    devices: Any  # replaced once the device manager has started (kiosk_app/late_devices.py)
    actor: Actor

    @property
    def settings(self) -> Settings:
        return self.ctx.settings
