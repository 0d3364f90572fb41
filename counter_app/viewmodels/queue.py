"""The queue at one window: call next (the window's categories, the service's calling order),
recall, no-show after the configured number of recalls, start serving, hold and resume,
transfer, finish; the waiting counts per category."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.desk_words import pause_reason_word, priority_word, ticket_state_word
from counter_app.prefs import ClerkPrefs
from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from offline_store.records import TicketRecord
from shared.domain.tickets import TicketState
from shared.services import tickets, window_pause
from shared.services.accounts import WindowInfo, list_windows
from shared.services.tickets import CategoryStatus, WindowQueue
from shared.services.window_pause import WindowPause
from shared.ui.hall_words import category_name
from shared.ui.live import LiveRefresh
from shared.ui.tasks import TaskRunner

# the clerk's words go through Qt's translation system (docs/translations.md); ticket numbers,
# the hall's category names it configured itself and a pause's reason as stored stay as written
translate = QCoreApplication.translate


class QueueViewModel(ViewModel):
    changed = Signal()
    called = Signal(object)  # TicketRecord just called (the applicant step starts afresh)
    prefs_changed = Signal()

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self._current: TicketRecord | None = None
        # bumped whenever an action of this window sets the current ticket: a queue read
        # that started before it must not undo it with its older picture of the queue
        self._acted = 0
        self.held: list[TicketRecord] = []
        self.status: list[CategoryStatus] = []
        self.windows: list[WindowInfo] = []
        self.paused: WindowPause | None = None  # 暂停服务 at this window (the board shows it)
        self.pause_reason = ""  # what the board says beside 暂停服务 ("" → the usual words)
        self.prefs = ClerkPrefs()
        # the waiting counts follow the hall's events (a ticket issued at a kiosk, a call at
        # another window); without live events they are read every queue_poll_s
        self.live = LiveRefresh(
            self.ctx,
            topics=("ticket",),
            name="counter-queue",
            fallback_s=session.options.queue_poll_s,
            parent=self,
        )
        self.live.changed.connect(lambda _event: self.refresh())
        self._again = False

    # ------------------------------------------------------------------ reading
    @property
    def current(self) -> TicketRecord | None:
        """The ticket this window has called or is serving."""
        return self._current

    @current.setter
    def current(self, ticket: TicketRecord | None) -> None:
        self._current = ticket
        self._acted += 1

    @property
    def categories(self) -> tuple[str, ...]:
        w = self.session.window
        return w.categories if w else ()

    @property
    def waiting_for_me(self) -> int:
        return sum(s.waiting for s in self.status if s.category in self.categories)

    def describe_current(self) -> tuple[str, str]:
        """(number, one line about it) for the big ticket panel."""
        t = self.current
        if t is None:
            return "—", translate("CounterQueue", "当前没有办理中的号")
        name = self.category_name(t.category)
        parts = [name, ticket_state_word(t.state)]
        if t.priority.is_green or t.priority.name == "APPOINTMENT":
            parts.append(priority_word(t.priority))
        if t.called_at is not None:
            wait = int((t.called_at - t.issued_at).total_seconds() // 60)
            parts.append(translate("CounterQueue", "等候{minutes}分钟").format(minutes=wait))
        if t.state is TicketState.CALLED and t.call_count > 1:
            parts.append(translate("CounterQueue", "已重呼{n}次").format(n=t.call_count - 1))
        return t.number, " · ".join(parts)

    def category_name(self, code: str) -> str:
        """A ticket category's name in the clerk's words (a name the hall gave it: as given)."""
        name = self.ctx.settings.tickets.categories.get(code, ("", code))[1]
        return category_name(name, translate)

    def reset(self) -> None:
        self.current, self.held, self.status = None, [], []
        self.paused, self.prefs = None, ClerkPrefs()
        self.changed.emit()
        self.prefs_changed.emit()

    # ------------------------------------------------------------------ the clerk's choices
    @property
    def call_and_start(self) -> bool:
        return self.prefs.call_and_start

    def load_prefs(self) -> None:
        """The signed-in clerk's choices at this terminal (read on the runner)."""
        user = self.session.actor.user
        self.runner.run(self.session.prefs.load, user, on_done=self._prefs_loaded, key="prefs")

    def _prefs_loaded(self, prefs: ClerkPrefs) -> None:
        self.prefs = prefs
        self.prefs_changed.emit()

    def set_call_and_start(self, on: bool) -> None:
        """F1 calls the next person and starts the service in one step (remembered per clerk)."""
        if on == self.prefs.call_and_start or self.session.signed_in is None:
            return
        self.prefs = ClerkPrefs(call_and_start=on)
        self.prefs_changed.emit()
        self.runner.run(
            self.session.prefs.save, self.session.actor.user, self.prefs, on_error=self.fail, key="prefs-save"
        )
        self.say(
            "ok",
            translate("CounterQueue", "已设为：叫号后直接开始办理。")
            if on
            else translate("CounterQueue", "已设为：叫号后按 F3 开始办理。"),
        )

    # ------------------------------------------------------------------ 暂停服务
    def load_pause(self) -> None:
        w = self.session.window_no
        if w is None:
            return
        self.run(
            window_pause.window_paused,
            self.ctx,
            actor=self.session.actor,
            window_no=w,
            on_done=self._pause_read,
        )

    def _pause_read(self, pause: WindowPause | None) -> None:
        self.paused = pause
        self.changed.emit()

    def toggle_pause(self) -> None:
        """F9: 暂停服务 (the board shows it, with the usual reason) or back to serving."""
        reason = self.pause_reason
        w = self.session.window_no
        if w is None:
            return
        if self.paused is not None:
            self.run(
                window_pause.resume_window, self.ctx, actor=self.session.actor, window_no=w,
                on_done=lambda _r: self._resumed_service(), key="queue",
            )  # fmt: skip
            return
        if self.current is not None and self.current.state in (TicketState.CALLED, TicketState.SERVING):
            self.say(
                "error",
                translate("CounterQueue", "{number}号还没有办完。").format(number=self.current.number),
                translate("CounterQueue", "请先办结、暂挂或转移当前号，再暂停服务。"),
            )
            return
        self.run(
            window_pause.pause_window, self.ctx, actor=self.session.actor, window_no=w, reason=reason,
            on_done=self._paused, key="queue",
        )  # fmt: skip

    def _paused(self, pause: WindowPause) -> None:
        self.paused = pause
        self.say(
            "ok",
            translate("CounterQueue", "本窗口已暂停服务（{reason}），叫号屏显示“暂停服务”。").format(
                reason=pause_reason_word(pause.reason)
            ),
            translate("CounterQueue", "回来后按 F9 或 F1 恢复。"),
        )
        self.changed.emit()

    def _resumed_service(self) -> None:
        self.paused = None
        self.changed.emit()
        self.say(
            "ok",
            translate("CounterQueue", "本窗口已恢复服务。"),
            translate("CounterQueue", "按 F1 叫下一位。"),
        )

    def start_polling(self) -> None:
        self.refresh()
        if self.live.subscriber is None:
            self.live.start()

    def stop_polling(self) -> None:
        self.live.stop()

    def refresh(self) -> None:
        w = self.session.window_no
        if w is None or self.session.signed_in is None:
            return
        # straight to the runner: a refresh already under way is not "an operation in progress"
        acted = self._acted
        started = self.runner.run(
            tickets.window_queue,
            self.ctx,
            actor=self.session.actor,
            on_done=lambda snap: self._refreshed(snap, acted),
            on_error=self.fail,
            key="queue-refresh",
        )
        if started is None:
            self._again = True  # something changed while reading: read once more after it

    def _refreshed(self, snap: WindowQueue, acted: int) -> None:
        # a read again is started at the loop's next turn: inside this callback the finished
        # read still holds its key, and the runner would refuse the new one
        stale = acted != self._acted
        if self._again or stale:
            self._again = False
            self.runner.call_soon(self.refresh)
        self.status = snap.status
        if stale:
            # read before this window's own call, finish or hold was applied: its list of
            # our tickets is older than what we know; read again rather than undo the action
            self.changed.emit()
            return
        self.held = [t for t in snap.mine if t.state is TicketState.HELD]
        active = [t for t in snap.mine if t.state in (TicketState.CALLED, TicketState.SERVING)]
        if self._current is None and active:
            self._current = active[-1]  # after a restart: the ticket this window was serving
        elif self._current is not None and self._current.id not in {t.id for t in active}:
            self._current = active[-1] if active else None
        self.changed.emit()

    def load_windows(self) -> None:
        self.run(list_windows, self.ctx, on_done=self._windows_loaded)

    def _windows_loaded(self, windows) -> None:
        self.windows = windows
        self.changed.emit()

    # ------------------------------------------------------------------ actions
    def call_next(self) -> None:
        if self.current is not None and self.current.state in (TicketState.CALLED, TicketState.SERVING):
            self.say(
                "error",
                translate("CounterQueue", "{number}号还没有办完。").format(number=self.current.number),
                translate("CounterQueue", "请先办结、过号、暂挂或转移当前号。"),
            )
            return
        if not self.categories:
            self.say(
                "error",
                translate("CounterQueue", "本窗口没有可叫的业务类别。"),
                translate("CounterQueue", "请大厅管理员在“窗口设置”中设置。"),
            )
            return
        self.run(
            self._call_on_worker,
            resume=self.paused is not None,
            start=self.prefs.call_and_start,
            on_done=self._called,
            key="queue",
        )

    def _call_on_worker(self, *, resume: bool, start: bool) -> tuple[TicketRecord | None, bool, bool]:
        """(ticket, resumed, started) in one step on the worker: back from a pause F1 resumes
        the window first; with call-and-start the service starts as the person is called."""
        actor, window = self.session.actor, self.session.window_no
        if resume and window is not None:
            window_pause.resume_window(self.ctx, actor=actor, window_no=window)
        ticket = tickets.call_next(self.ctx, actor=actor, categories=self.categories)
        if ticket is not None and start:
            return tickets.start_serving(self.ctx, actor=actor, ticket_id=ticket.id), resume, True
        return ticket, resume, False

    def _called(self, outcome: tuple[TicketRecord | None, bool, bool]) -> None:
        ticket, resumed, started = outcome
        if resumed:
            self.paused = None
        if ticket is None:
            self.say(
                "info",
                translate("CounterQueue", "本窗口已恢复服务。本窗口的业务暂时没有人等候。")
                if resumed
                else translate("CounterQueue", "本窗口的业务暂时没有人等候。"),
            )
            self.refresh()
            return
        self.current = ticket
        window = self.session.window_no or 0
        self.session.announce(ticket.number, window)
        text = (
            translate("CounterQueue", "请{number}号到{window}号窗口，已开始办理。")
            if started
            else translate("CounterQueue", "请{number}号到{window}号窗口办理")
        )
        self.say("ok", text.format(number=ticket.number, window=window), "")
        self.called.emit(ticket)
        self.refresh()

    def _need(self, *states: TicketState) -> TicketRecord | None:
        t = self.current
        if t is None or t.state not in states:
            want = translate("CounterQueue", "、").join(ticket_state_word(s) for s in states)
            self.say(
                "error",
                translate("CounterQueue", "当前没有可操作的号。"),
                translate("CounterQueue", "此操作需要号票处于：{states}。").format(states=want),
            )
            return None
        return t

    def recall(self) -> None:
        t = self._need(TicketState.CALLED)
        if t is None:
            return
        recalls = t.call_count - 1
        limit = self.session.options.max_recalls
        if recalls >= limit:
            self.run(
                tickets.mark_no_show,
                self.ctx,
                actor=self.session.actor,
                ticket_id=t.id,
                on_done=lambda r: self._closed(
                    r,
                    translate("CounterQueue", "{number}号已重呼{n}次未到，记为过号。").format(
                        number=r.number, n=limit
                    ),
                ),
                key="queue",
            )
            return
        self.run(
            tickets.recall,
            self.ctx,
            actor=self.session.actor,
            ticket_id=t.id,
            on_done=self._recalled,
            key="queue",
        )

    def _recalled(self, ticket: TicketRecord) -> None:
        self.current = ticket
        self.session.announce(ticket.number, self.session.window_no or 0)
        left = self.session.options.max_recalls - (ticket.call_count - 1)
        tail = (
            translate("CounterQueue", "再重呼{n}次仍未到将记为过号。").format(n=left)
            if left > 0
            else translate("CounterQueue", "再按重呼将记为过号。")
        )
        self.say(
            "ok",
            translate("CounterQueue", "已重呼{number}号（第{n}次）。").format(
                number=ticket.number, n=ticket.call_count - 1
            ),
            tail,
        )
        self.changed.emit()

    def start_serving(self) -> None:
        t = self._need(TicketState.CALLED)
        if t is not None:
            self.run(
                tickets.start_serving,
                self.ctx,
                actor=self.session.actor,
                ticket_id=t.id,
                on_done=self._serving,
                key="queue",
            )

    def _serving(self, ticket: TicketRecord) -> None:
        self.current = ticket
        self.say("ok", translate("CounterQueue", "{number}号开始办理。").format(number=ticket.number))
        self.changed.emit()

    def no_show(self) -> None:
        t = self._need(TicketState.CALLED, TicketState.HELD)
        if t is not None:
            self.run(
                tickets.mark_no_show,
                self.ctx,
                actor=self.session.actor,
                ticket_id=t.id,
                on_done=lambda r: self._closed(
                    r, translate("CounterQueue", "{number}号记为过号。").format(number=r.number)
                ),
                key="queue",
            )

    def finish(self) -> None:
        t = self._need(TicketState.SERVING)
        if t is not None:
            self.run(
                tickets.finish,
                self.ctx,
                actor=self.session.actor,
                ticket_id=t.id,
                on_done=lambda r: self._closed(
                    r,
                    translate("CounterQueue", "{number}号办理完毕。按 F1 叫下一位。").format(number=r.number),
                ),
                key="queue",
            )

    def _closed(self, ticket: TicketRecord, text: str) -> None:
        if self.current is not None and self.current.id == ticket.id:
            self.current = None
        self.held = [h for h in self.held if h.id != ticket.id]
        self.say("ok", text)
        self.refresh()

    def hold(self) -> None:
        t = self._need(TicketState.SERVING)
        if t is not None:
            self.run(
                tickets.hold,
                self.ctx,
                actor=self.session.actor,
                ticket_id=t.id,
                on_done=self._held,
                key="queue",
            )

    def _held(self, ticket: TicketRecord) -> None:
        self.current = None
        self.held.append(ticket)
        self.say(
            "ok",
            translate("CounterQueue", "{number}号已暂挂。").format(number=ticket.number),
            translate("CounterQueue", "申请人回来后在“暂挂”列表中恢复（F6）。"),
        )
        self.refresh()

    def resume(self, ticket_id: str | None = None) -> None:
        if self.current is not None and self.current.state in (TicketState.CALLED, TicketState.SERVING):
            self.say(
                "error",
                translate("CounterQueue", "当前还有{number}号。").format(number=self.current.number),
                translate("CounterQueue", "请先办结、暂挂、过号或转移当前号再恢复。"),
            )
            return
        target = (
            next((h for h in self.held if h.id == ticket_id), None)
            if ticket_id
            else (self.held[0] if self.held else None)
        )
        if target is None:
            self.say("info", translate("CounterQueue", "没有暂挂的号。"))
            return
        self.run(
            tickets.resume,
            self.ctx,
            actor=self.session.actor,
            ticket_id=target.id,
            on_done=self._resumed,
            key="queue",
        )

    def _resumed(self, ticket: TicketRecord) -> None:
        self.held = [h for h in self.held if h.id != ticket.id]
        self.current = ticket
        self.say("ok", translate("CounterQueue", "{number}号恢复办理。").format(number=ticket.number))
        self.changed.emit()

    def transfer(self, *, window: int | None = None, category: str | None = None) -> None:
        t = self._need(TicketState.CALLED, TicketState.SERVING)
        if t is None:
            return
        if window is None and category is None:
            self.say("error", translate("CounterQueue", "请选择转移到的窗口或业务类别。"))
            return
        if window is not None and window == self.session.window_no:
            self.say(
                "error",
                translate("CounterQueue", "不能转移到本窗口。"),
                translate("CounterQueue", "请选择其他窗口。"),
            )
            return
        where = (
            translate("CounterQueue", "{n}号窗口").format(n=window)
            if window is not None
            else self.category_name(category or "")
        )
        self.run(
            tickets.transfer,
            self.ctx,
            actor=self.session.actor,
            ticket_id=t.id,
            target_window=window,
            target_category=category,
            on_done=lambda r: self._closed(
                r,
                translate("CounterQueue", "{number}号已转到{place}，将在那里优先叫号。").format(
                    number=r.number, place=where
                ),
            ),
            key="queue",
        )
