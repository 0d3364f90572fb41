"""What the kiosk's view-models may ask of the hall, one object per use-case area, each a
thin Qt-free door to the use cases in ``shared.services`` (with their permission checks) and
to the devices:

=================  ==========================================================================
``hall``           name, clock, ticket categories, open hours and queue, device problems
``tickets``        取号: issue, check in an online booking, print the slip
``help``           呼叫帮办: call a helper, see whether someone answered
``guides``         办事指南: the catalog, its search index, print a guide
``cases``          办件查询 and 自助办理: progress, submit a self-service application, receipt
``reviews``        好差评: find the service a review is about, record the review
``documents``      查询打印: query the platform, e-licences, verify a certificate
``printing``       the receipt and A4 printers every area prints on
=================  ==========================================================================

Every method that reads the store or waits on a device is called on the runner's worker
(``shared.ui.tasks.TaskRunner``), never on the UI thread; the UI-thread guard of the tours
holds them to it. Nothing here keeps personal data between calls.
"""

from __future__ import annotations

from typing import Any

from kiosk_app.backend.areas import KioskTerminal
from kiosk_app.backend.cases import Cases
from kiosk_app.backend.documents import Documents
from kiosk_app.backend.guides import Guides
from kiosk_app.backend.hall import HallInfo
from kiosk_app.backend.help import Help
from kiosk_app.backend.printing import Printing
from kiosk_app.backend.reviews import Reviews
from kiosk_app.backend.tickets import Tickets
from shared.services.actor import Actor
from shared.services.context import HallContext


class KioskBackend:
    def __init__(self, ctx: HallContext, devices: Any) -> None:
        self.terminal = KioskTerminal(ctx, devices, Actor.kiosk(ctx.settings.terminal.id))
        self.printing = Printing(self.terminal)
        self.hall = HallInfo(self.terminal)
        self.tickets = Tickets(self.terminal, self.printing)
        self.help = Help(self.terminal)
        self.guides = Guides(self.terminal, self.printing)
        self.cases = Cases(self.terminal, self.printing)
        self.reviews = Reviews(self.terminal)
        self.documents = Documents(self.terminal, self.printing)

    @property
    def devices(self) -> Any:
        """A DeviceManager, or a StartingDevices until the real one has started."""
        return self.terminal.devices

    @devices.setter
    def devices(self, devices: Any) -> None:
        self.terminal.devices = devices
