"""服务网点: where else the same things can be done (county centre, township, village)."""

from __future__ import annotations

from kiosk_app.language import translate
from kiosk_app.viewmodels.base import ScreenViewModel, paged
from shared.domain.catalog.models import ServicePoint


class PointsViewModel(ScreenViewModel):
    screen = "points"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskPoints", "服务网点")

    def __init__(self, root) -> None:
        super().__init__(root)
        self.points: list[ServicePoint] = []
        self.page = 0

    def reset(self) -> None:
        super().reset()
        self.page = 0

    def enter(self) -> None:
        self.page = 0
        if not self.points:
            self.run(lambda: list(self.backend.guides.catalog().points.values()), self._got)

    def _got(self, points: list[ServicePoint]) -> None:
        self.points = points
        self.changed()

    def visible(self) -> list[ServicePoint]:
        shown, self.page, _ = paged(self.points, self.page, max(2, self.page_size // 2))
        return shown

    def pages(self) -> int:
        return paged(self.points, self.page, max(2, self.page_size // 2))[2]

    def turn_page(self, delta: int) -> None:
        self.page += delta
        self.changed()

    def lines(self, p: ServicePoint) -> list[str]:
        """The point's name, address, phone and hours as the catalogue publishes them (data)."""
        here = translate("KioskPoints", "（就是这里）") if p.code == self.backend.hall.code else ""
        return [
            f"{p.name}{here}",
            translate("KioskPoints", "地址：{address}").format(address=p.address),
            translate("KioskPoints", "电话：{phone}").format(phone=p.phone),
            translate("KioskPoints", "时间：{hours}").format(hours=p.hours_text),
        ]

    def speech(self) -> str:
        return "".join(
            translate("KioskPoints", "{lines}。").format(lines=translate("KioskPoints", "，").join(self.lines(p)))
            for p in self.visible()
        )
