"""呼叫帮办: one tap sends a help request the counter app shows with this kiosk's name;
the screen says help is coming, and says so again once a clerk has answered it."""

from __future__ import annotations

from kiosk_app.viewmodels.base import ScreenViewModel
from offline_store.records import HelpRequest


class HelperViewModel(ScreenViewModel):
    screen = "helper"
    title = "呼叫帮办"

    def __init__(self, root) -> None:
        super().__init__(root)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.request: HelpRequest | None = None
        self.came_from = ""

    def enter(self) -> None:
        previous = self.root.screen_before_helper
        self.came_from = previous
        if self.request is not None and self.request.acknowledged_at is None:
            self.changed()
            return
        where = {
            "ticket": "取号",
            "guides": "办事指南",
            "cases": "办件查询",
            "apply": "自助办理",
            "evaluate": "好差评",
        }
        reason = f"居民在“{where[previous]}”页面请求帮助" if previous in where else "居民请求帮助"
        self.run(lambda: self.backend.call_helper(reason=reason), self._sent, self._failed)

    def _sent(self, request: HelpRequest) -> None:
        self.request = request
        self.changed()

    def _failed(self, error: BaseException) -> None:
        self.request = None
        self.error = "呼叫没有发出去。请到大厅的咨询导办台找工作人员，或请身边的人帮忙叫一下。"
        self.hint = ""
        self.changed()

    def poll(self) -> None:
        """Has a clerk answered? (called every few seconds while the screen is shown)"""
        request = self.request
        if request is None or request.acknowledged_at is not None:
            return
        self.run(lambda: self.backend.help_request(request.id), self._polled, lambda e: None, busy=False)

    def _polled(self, request: HelpRequest) -> None:
        if self.request is None or request.acknowledged_at == self.request.acknowledged_at:
            return
        self.request = request
        self.changed()

    def lines(self) -> list[str]:
        if self.error:
            return [self.error]
        if self.request is None:
            return ["正在呼叫工作人员…"]
        when = self.request.created_at.astimezone(self.backend.ctx.tz)
        first = (
            "工作人员已收到，正在赶来，请在这里稍等。"
            if self.request.acknowledged_at is not None
            else "已通知工作人员，马上就来，请在这台机器旁稍等。"
        )
        return [first, f"呼叫时间 {when:%H:%M}，本机：{self.backend.terminal_name}"]

    def speech(self) -> str:
        return "".join(self.lines())
