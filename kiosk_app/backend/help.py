"""呼叫帮办: a resident asks for a helper (one open request per kiosk), and the kiosk sees
whether someone has answered. The use cases let a kiosk see only its own requests."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk_app.backend.areas import KioskTerminal
from offline_store.records import HelpRequest
from shared.domain.errors import ConfigError, NotFound, StoreError
from shared.services import complaints as complaint_service
from shared.services.hall_point import hall_phone
from shared.services.hall_time import hall_status
from shared.services.hours import HallHours


@dataclass(frozen=True, slots=True)
class OffDuty:
    """呼叫帮办 after hours: nobody is on duty to come, so no request is sent."""

    hours: HallHours
    phone: str  # the hall's published phone, "" when none is published


class Help:
    def __init__(self, terminal: KioskTerminal) -> None:
        self._t = terminal

    def call(self, *, reason: str) -> HelpRequest:
        return complaint_service.request_help(
            self._t.ctx, actor=self._t.actor, reason=reason, terminal_name=self._t.settings.terminal.name
        )

    def call_if_on_duty(self, *, reason: str) -> HelpRequest | OffDuty:
        """A helper is called while the windows are open; after hours the answer says when
        they open and which phone to ring (a request nobody reads until morning helps nobody)."""
        hours = hall_status(self._t.ctx)
        if hours.is_open:
            return self.call(reason=reason)
        try:
            phone = hall_phone(self._t.ctx)
        except (ConfigError, NotFound, StoreError):
            phone = ""
        return OffDuty(hours, phone)

    def request(self, request_id: str) -> HelpRequest:
        return complaint_service.help_request(self._t.ctx, actor=self._t.actor, request_id=request_id)
