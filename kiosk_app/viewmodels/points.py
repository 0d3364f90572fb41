"""服务网点: where else the same things can be done (county centre, township, village)."""

from __future__ import annotations

from kiosk_app.viewmodels.base import ScreenViewModel, paged
from shared.domain.catalog.models import ServicePoint


class PointsViewModel(ScreenViewModel):
    screen = "points"
    title = "服务网点"

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
        here = "（就是这里）" if p.code == self.backend.hall.code else ""
        return [f"{p.name}{here}", f"地址：{p.address}", f"电话：{p.phone}", f"时间：{p.hours_text}"]

    def speech(self) -> str:
        return "。".join("，".join(self.lines(p)) for p in self.visible()) + "。"
