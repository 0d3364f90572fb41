"""呼叫帮办: one tap sends a help request the counter app shows with this kiosk's name;
the screen says help is coming, and says so again once a clerk has answered it. After hours
nobody is on duty: no request is sent, and the screen says so, when the windows open and
what the resident can do meanwhile."""

from __future__ import annotations

from kiosk_app.backend.help import OffDuty
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.viewmodels.base import ScreenViewModel
from kiosk_app.words import describe_day
from offline_store.records import HelpRequest

# what the kiosk itself still does after hours (screen key, words as written; shown through
# translate("KioskHelper", …))
WHAT_NOW_OFF_DUTY = (
    ("guides", QT_TRANSLATE_NOOP("KioskHelper", "查办事指南")),
    ("cases", QT_TRANSLATE_NOOP("KioskHelper", "查办件进度")),
    ("apply", QT_TRANSLATE_NOOP("KioskHelper", "自助办理")),
)


class HelperViewModel(ScreenViewModel):
    screen = "helper"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskHelper", "呼叫帮办")

    def __init__(self, root) -> None:
        super().__init__(root)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.request: HelpRequest | None = None
        self.off_duty: OffDuty | None = None
        self.came_from = ""

    def enter(self) -> None:
        previous = self.root.screen_before_helper
        self.came_from = previous
        if self.request is not None and self.request.acknowledged_at is None:
            self.changed()
            return
        where = {  # what staff read: in Chinese whatever the screen's language
            "ticket": "取号",
            "guides": "办事指南",
            "cases": "办件查询",
            "apply": "自助办理",
            "evaluate": "好差评",
        }
        reason = f"居民在“{where[previous]}”页面请求帮助" if previous in where else "居民请求帮助"
        self.off_duty = None
        self.run(lambda: self.backend.help.call_if_on_duty(reason=reason), self._sent, self._failed)

    def _sent(self, answer: HelpRequest | OffDuty) -> None:
        if isinstance(answer, OffDuty):
            self.request, self.off_duty = None, answer
        else:
            self.request, self.off_duty = answer, None
        self.changed()

    def _failed(self, error: BaseException) -> None:
        self.request = None
        self.error = translate(
            "KioskHelper", "呼叫没有发出去。请到大厅的咨询导办台找工作人员，或请身边的人帮忙叫一下。"
        )
        self.hint = ""
        self.changed()

    def poll(self) -> None:
        """Has a clerk answered? (called every few seconds while the screen is shown)"""
        request = self.request
        if request is None or request.acknowledged_at is not None:
            return
        self.run(lambda: self.backend.help.request(request.id), self._polled, lambda e: None, busy=False)

    def _polled(self, request: HelpRequest) -> None:
        if self.request is None or request.acknowledged_at == self.request.acknowledged_at:
            return
        self.request = request
        self.changed()

    def lines(self) -> list[str]:
        if self.error:
            return [self.error]
        if self.off_duty is not None:
            return self.off_duty_lines()
        if self.request is None:
            return [translate("KioskHelper", "正在呼叫工作人员…")]
        when = self.request.created_at.astimezone(self.backend.hall.tz)
        first = (
            translate("KioskHelper", "工作人员已收到，正在赶来，请在这里稍等。")
            if self.request.acknowledged_at is not None
            else translate("KioskHelper", "已通知工作人员，马上就来，请在这台机器旁稍等。")
        )
        called = translate("KioskHelper", "呼叫时间 {time}，本机：{kiosk}").format(
            time=f"{when:%H:%M}", kiosk=self.backend.hall.terminal_name
        )
        return [first, called]

    def off_duty_lines(self) -> list[str]:
        off = self.off_duty
        assert off is not None
        opens = off.hours.next_open
        lines = [translate("KioskHelper", "现在是下班时间，大厅里没有工作人员值班，呼叫不会有人来。")]
        if opens is not None:
            when = (
                translate("KioskHelper", "今天{time}").format(time=f"{opens:%H:%M}")
                if opens.date() == off.hours.now.date()
                else translate("KioskHelper", "{day}{time}").format(day=describe_day(opens), time=f"{opens:%H:%M}")
            )
            lines.append(translate("KioskHelper", "{when}上班后，请到大厅咨询导办台找工作人员。").format(when=when))
        if off.phone:
            lines.append(translate("KioskHelper", "有急事可以打电话：{phone}").format(phone=off.phone))
        lines.append(
            self.what_now_heading()
            + translate("KioskCommon", "、").join(translate("KioskHelper", text) for _, text in WHAT_NOW_OFF_DUTY)
        )
        return lines

    def what_now_heading(self) -> str:
        return translate("KioskHelper", "现在在这台机器上您可以：")

    def speech(self) -> str:
        return "".join(self.lines())
