"""The hall as the kiosk shows it: its name and clock, the ticket categories, whether the
windows are open and how many wait, and which devices a resident must do without."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from devices.base import Health
from kiosk_app.backend.areas import KioskTerminal
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.words import device_problems
from shared.services import tickets as ticket_service
from shared.services import waiting_places as places_service
from shared.services.accounts import list_windows
from shared.services.hours import HallHours


@dataclass(frozen=True, slots=True)
class HallStatus:
    hours: HallHours
    waiting: int
    device_problems: tuple[str, ...]

    @property
    def is_open(self) -> bool:
        return self.hours.is_open


@dataclass(frozen=True, slots=True)
class WaitingPlace:
    """Where a ticket's holder waits and which windows call its category."""

    zone: str  # GENERAL_ZONE | CONSULTING_ZONE, as written
    windows: tuple[int, ...]  # window numbers, in order

    def lines(self) -> list[str]:
        """Where to wait and which windows, in the kiosk's language (shown on the UI thread)."""
        lines = [
            translate("KioskTicket", "请到{zone}等候区就座，留意叫号屏和语音叫号").format(
                zone=translate("KioskTicket", self.zone)
            )
        ]
        if self.windows:
            numbers = translate("KioskCommon", "、").join(
                translate("KioskTicket", "{n}号").format(n=n) for n in self.windows
            )
            lines.append(translate("KioskTicket", "办理窗口：{numbers}窗口").format(numbers=numbers))
        else:
            lines.append(translate("KioskTicket", "叫号时会告诉您到哪个窗口"))
        return lines


# the zones as the shared service names them (the slip prints them), marked for translation
GENERAL_ZONE = QT_TRANSLATE_NOOP("KioskTicket", "综合办事区")
CONSULTING_ZONE = QT_TRANSLATE_NOOP("KioskTicket", "咨询导办区")


def waiting_places(windows: list, categories: list[str]) -> dict[str, WaitingPlace]:
    """Each category's place from the hall's windows (number, kind, categories each), as
    the printed slip has it (:mod:`shared.services.waiting_places`)."""
    return {
        category: WaitingPlace(place.zone, place.windows)
        for category, place in places_service.waiting_places(windows, categories).items()
    }


class HallInfo:
    def __init__(self, terminal: KioskTerminal) -> None:
        self._t = terminal

    @property
    def name(self) -> str:
        return self._t.settings.hall.name

    @property
    def code(self) -> str:
        return self._t.settings.hall.code

    @property
    def terminal_name(self) -> str:
        return self._t.settings.terminal.name

    @property
    def green_channel_age(self) -> int:
        return self._t.settings.tickets.green_channel_age

    @property
    def tz(self) -> tzinfo:
        return self._t.ctx.tz

    def today(self) -> date:
        return self._t.ctx.today()

    def local_now(self) -> datetime:
        return self._t.ctx.local_now()

    def device_health(self) -> dict[str, Health]:
        return self._t.devices.health()

    def status(self) -> HallStatus:
        now = ticket_service.hall_now(self._t.ctx)
        return HallStatus(now.hours, now.waiting, tuple(device_problems(self.device_health())))

    def waiting_places(self) -> dict[str, WaitingPlace]:
        """Category → where to wait and which windows call it (the hall's window plan)."""
        codes = list(self._t.settings.tickets.categories)
        return waiting_places(list_windows(self._t.ctx), codes)

    def categories(self) -> list[tuple[str, str, str]]:
        """(code, prefix, name) of every ticket category, in the configured order."""
        return [(code, prefix, name) for code, (prefix, name) in self._t.settings.tickets.categories.items()]
