"""The home screen: big plain buttons and one status line in a resident's words."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk_app.backend import HallStatus
from kiosk_app.viewmodels.base import ScreenViewModel, choices_speech
from kiosk_app.words import device_problems


@dataclass(frozen=True, slots=True)
class Tile:
    screen: str
    label: str
    hint: str  # one short line under the label


TILES = (
    Tile("ticket", "取号", "排队取号"),
    Tile("guides", "办事指南", "要带什么、去哪办"),
    Tile("cases", "办件查询", "查办理进度"),
    Tile("apply", "自助办理", "简单事项在这里办"),
    Tile("evaluate", "好差评", "评价我们的服务"),
    Tile("helper", "呼叫帮办", "请工作人员来帮忙"),
    Tile("elder", "长者模式", "字更大、可朗读"),
    Tile("points", "服务网点", "附近还能去哪里办"),
)
# elderly mode: fewer choices on the first page (what most older residents come for)
ELDER_FIRST = ("ticket", "guides", "cases", "helper")


class HomeViewModel(ScreenViewModel):
    screen = "home"
    title = "欢迎办理政务服务"

    def __init__(self, root) -> None:
        super().__init__(root)
        self.status: HallStatus | None = None
        self.more = False  # elderly mode: second page of tiles
        self.card_hint = False  # a card was read on the home screen: say what it is for

    def enter(self) -> None:
        self.more = False
        self.refresh()

    def reset(self) -> None:
        super().reset()
        self.more = False
        self.card_hint = False

    def refresh(self) -> None:
        self.run(self.backend.hall_status, self._got_status, self._status_failed, busy=False)

    def refresh_devices(self) -> None:
        if self.status is not None:
            problems = tuple(device_problems(self.backend.device_health()))
            if problems != self.status.device_problems:
                self.status = HallStatus(self.status.hours, self.status.waiting, problems)
                self.changed()

    def _got_status(self, status: HallStatus) -> None:
        self.status = status
        self.error = ""
        self.changed()

    def _status_failed(self, error: BaseException) -> None:
        self.status = None
        self.show_error(error)

    # ---------------------------------------------------------------- what is shown
    def tiles(self) -> list[Tile]:
        if not self.root.mode.elder:
            return list(TILES)
        first = [t for t in TILES if t.screen in ELDER_FIRST]
        rest = [t for t in TILES if t.screen not in ELDER_FIRST and t.screen != "elder"]
        return rest if self.more else first

    def show_more(self, more: bool) -> None:
        self.more = more
        self.changed()

    def status_lines(self) -> list[str]:
        if self.status is None:
            return [self.error] if self.error else ["正在读取大厅状态…"]
        s = self.status
        lines = [s.hours.describe()]
        if s.is_open:
            lines.append(f"现在有 {s.waiting} 人在等候" if s.waiting else "现在没有人排队")
        else:
            lines.append("自助机24小时可用：查指南、查进度、自助办理")
        lines.extend(s.device_problems)
        return lines

    def open(self, screen: str) -> None:
        if screen == "elder":
            self.root.elder_button()
            return
        self.card_hint = False
        self.root.go(screen)

    def speech(self) -> str:
        labels = [t.label for t in self.tiles()]
        if self.root.mode.elder:
            labels.append("返回" if self.more else "更多服务")
        hint = "已读取身份证。请先选择要办的事，例如取号或自助办理。" if self.card_hint else ""
        return "欢迎使用自助服务机。" + "。".join(self.status_lines()) + "。" + hint + choices_speech(labels)
