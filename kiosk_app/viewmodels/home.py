"""The home screen: 取号 as the main door, 刷身份证 / 扫码 said once, 个人办事 and 法人办事, four
more doors, and the hall's state as a coloured mark with words (open / closed / fault).

Nothing is here twice: 长者模式, 朗读 and 呼叫帮办 are in the top bar only, and the home
screen has no 首页 button. After hours 取号 cannot be tapped and says when the windows open
(the hall's timetable decides, :mod:`shared.domain.hall_hours`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk_app.backend.hall import HallStatus
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.viewmodels.base import ScreenViewModel, choices_speech, sentences
from kiosk_app.words import describe_day, describe_hours, device_problems, tr_words


@dataclass(frozen=True, slots=True)
class Tile:
    key: str  # the tile's name (tile-<key>) and what opening it does
    source_label: str  # as written (Chinese), marked for lupdate; `label` is what is shown
    source_hint: str  # one short line under the label
    icon: str  # a meaning of shared.ui.icons.GLYPHS

    @property
    def label(self) -> str:
        return translate("KioskHome", self.source_label)

    @property
    def hint(self) -> str:
        return translate("KioskHome", self.source_hint)


TICKET = Tile(
    "ticket",
    QT_TRANSLATE_NOOP("KioskHome", "取号"),
    QT_TRANSLATE_NOOP("KioskHome", "排队取号，到窗口办理"),
    "ticket",
)
AUDIENCES = (
    Tile(
        "person",
        QT_TRANSLATE_NOOP("KioskHome", "个人办事"),
        QT_TRANSLATE_NOOP("KioskHome", "户口、社保、养老、婚育"),
        "person",
    ),
    Tile(
        "business",
        QT_TRANSLATE_NOOP("KioskHome", "法人办事"),
        QT_TRANSLATE_NOOP("KioskHome", "企业开办、变更、注销"),
        "business",
    ),
)
MORE = (
    Tile(
        "cases",
        QT_TRANSLATE_NOOP("KioskHome", "办件查询"),
        QT_TRANSLATE_NOOP("KioskHome", "查办理进度"),
        "case",
    ),
    Tile(
        "apply",
        QT_TRANSLATE_NOOP("KioskHome", "自助办理"),
        QT_TRANSLATE_NOOP("KioskHome", "简单事项在这里办"),
        "apply",
    ),
    Tile(
        "evaluate",
        QT_TRANSLATE_NOOP("KioskHome", "好差评"),
        QT_TRANSLATE_NOOP("KioskHome", "评价我们的服务"),
        "evaluate",
    ),
    Tile(
        "points",
        QT_TRANSLATE_NOOP("KioskHome", "服务网点"),
        QT_TRANSLATE_NOOP("KioskHome", "附近还能去哪里办"),
        "points",
    ),
)
TILES = (TICKET, *AUDIENCES, *MORE)


def card_or_code() -> str:
    return translate("KioskHome", "刷身份证 / 扫码")


def card_or_code_hint(*, short: bool = False) -> str:
    """What the card reader and the scanner open; ``short`` for elderly mode."""
    if short:
        return translate("KioskHome", "查办件、预约取号、评价")
    return translate(
        "KioskHome", "把身份证放在读卡区，或把凭证、预约码上的二维码对准扫码口：查办件、预约取号、评价都可以"
    )


class HomeViewModel(ScreenViewModel):
    screen = "home"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskHome", "欢迎办理政务服务")

    def __init__(self, root) -> None:
        super().__init__(root)
        self.status: HallStatus | None = None
        self.card_hint = False  # a card was read on the home screen: say what it is for

    def enter(self) -> None:
        self.refresh()

    def reset(self) -> None:
        super().reset()
        self.card_hint = False

    def refresh(self) -> None:
        self.run(self.backend.hall.status, self._got_status, self._status_failed, busy=False)

    def refresh_devices(self) -> None:
        if self.status is not None:
            problems = tuple(device_problems(self.backend.hall.device_health()))
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
        return list(TILES)

    @property
    def state(self) -> str:
        """The status mark: ``fault`` (the hall cannot be read, or a device is out),
        ``open`` or ``closed``."""
        if self.status is None:
            return "fault" if self.error else "closed"
        if self.status.device_problems:
            return "fault"
        return "open" if self.status.is_open else "closed"

    @property
    def ticket_open(self) -> bool:
        """取号 can be tapped: the windows are open (or the hall's state is still loading, when
        the ticket screen itself checks again)."""
        return self.status is None or self.status.is_open

    def ticket_hint(self) -> str:
        if self.status is None:
            return TICKET.hint
        s = self.status
        if not s.is_open:
            opens = s.hours.next_open
            if opens is None:
                return translate("KioskHome", "窗口已下班，现在不能取号")
            if opens.date() == s.hours.now.date():
                return translate("KioskHome", "现在不能取号，{time}上班后再来取号").format(
                    time=f"{opens:%H:%M}"
                )
            return translate("KioskHome", "现在不能取号，{day}{time}上班后再来取号").format(
                day=describe_day(opens), time=f"{opens:%H:%M}"
            )
        if s.waiting:
            return translate("KioskHome", "现在有 {n} 人在等候").format(n=s.waiting)
        return translate("KioskHome", "现在不用排队")

    def status_lines(self) -> list[str]:
        if self.status is None:
            return [self.error] if self.error else [translate("KioskHome", "正在读取大厅状态…")]
        s = self.status
        lines = [describe_hours(s.hours)]
        if s.is_open:
            if s.waiting:
                lines.append(translate("KioskHome", "现在有 {n} 人在等候").format(n=s.waiting))
            else:
                lines.append(translate("KioskHome", "现在没有人排队"))
        else:
            lines.append(translate("KioskHome", "自助机24小时可用：查指南、查进度、自助办理"))
        lines.extend(tr_words(problem) for problem in s.device_problems)
        return lines

    def open(self, key: str) -> None:
        if key == "ticket" and not self.ticket_open:
            return  # after hours the tile cannot be tapped; a stray event changes nothing
        self.card_hint = False
        if key in ("person", "business"):
            self.root.guides.for_audience(key)  # before entering, so it is read as it opens
            self.root.go("guides")
            return
        self.root.go(key)

    def speech(self) -> str:
        labels = [t.label for t in self.tiles() if t.key != "ticket" or self.ticket_open]
        closed = "" if self.ticket_open else self.ticket_hint()
        hint = (
            translate("KioskHome", "已读取身份证。请先选择要办的事，例如取号或自助办理。")
            if self.card_hint
            else ""
        )
        # sentences(): each part ends with the language's full stop ("。", ". ")
        return sentences(
            translate("KioskHome", "欢迎使用自助服务机"),
            *self.status_lines(),
            closed,
            hint,
            choices_speech(labels),
            translate("KioskHome", "刷身份证或扫码：{what}").format(what=card_or_code_hint()),
        )
