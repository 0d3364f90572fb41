"""The hall display board's behaviour: follow the hall's events (a call, a new ticket, a
transfer) and read the board when one arrives, announce each new call by voice through the
device manager, keep the notice line. Without live events it reads on a timer.

The board's words are in its language ([display] language, installed in the application:
``QCoreApplication.translate`` with the context ``HallBoard``); what the hall hears is the
announcement the [devices] settings word, whatever the board shows (docs/translations.md)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from devices.manager import DeviceManager
from shared.services.actor import Actor
from shared.services.board import BoardCall, BoardReader, BoardSnapshot, new_calls
from shared.services.context import HallContext
from shared.services.public_notice import PublicPage, public_pages, published_hours
from shared.ui.error_words import Reader, error_words
from shared.ui.heartbeat import HeartbeatSender
from shared.ui.live import LiveRefresh
from shared.ui.tasks import TaskRunner

# read on a timer only when the store carries no live events (bench/bench_live_calls.py
# measures the event path: call → board p99 under 50 ms on PostgreSQL and on one SQLite file)
DEFAULT_POLL_S = 0.15
# a window paused by its clerk or a hall closed by its manager raises no ticket event: the
# board reads itself again this often whatever the events (never more often than its poll)
SERVICE_REFRESH_S = 10.0


class DisplayViewModel(QObject):
    changed = Signal()
    called = Signal(object)  # BoardCall just announced (the board flashes it)
    problem = Signal(str)

    def __init__(
        self,
        ctx: HallContext,
        runner: TaskRunner,
        *,
        devices: DeviceManager | None = None,
        poll_s: float = DEFAULT_POLL_S,
        notice: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.devices = devices
        self.reader = BoardReader(ctx, actor=Actor.display(ctx.settings.terminal.id))
        self.snapshot: BoardSnapshot | None = None
        # the notice line and the 政务公开 panel turn a page every few seconds (no scrolling:
        # an idle board must stay under 1 % of a core, bench/bench_live_calls.py); the hall's
        # notices are read from the catalog on the runner, never on the UI thread
        self._own_notice = notice
        self.notice = notice or welcome(ctx.settings.hall.name)
        self.notices = [self.notice]
        self.public: list[list[str]] = []  # 政务公开, page by page
        self.announced: list[BoardCall] = []
        self.updated_monotonic = 0.0
        self._seen: set[tuple[str, int]] | None = None
        self.poll_s = poll_s
        self.live = LiveRefresh(ctx, topics=("ticket",), name="board", fallback_s=poll_s, parent=self)
        self.live.changed.connect(lambda _event: self.poll())
        self.live.link.connect(lambda online, message: None if online else self.problem.emit(message))
        self._again = False  # an event came while a read was running: read once more after it
        self._service = QTimer(self)
        self._service.setInterval(int(max(SERVICE_REFRESH_S, poll_s) * 1000))
        self._service.timeout.connect(self.poll)
        # fleet health (issue 15): the board's beat (its voice is its only device)
        self.heartbeat = HeartbeatSender(
            ctx,
            runner,
            kind="display",
            screen=lambda: "board",
            devices=lambda: self.devices.health() if self.devices is not None else {},
        )

    def start(self) -> None:
        self.poll()
        self.live.start()
        self._service.start()
        self.heartbeat.start(self)
        self.runner.run(public_pages, self.ctx, on_done=self._public, key="public")
        if not self._own_notice:
            self.runner.run(published_hours, self.ctx, on_done=self._notices, key="notices")

    def _notices(self, hours: str) -> None:
        self.notices = hall_notices(self.ctx.settings.hall.name, hours)
        self.notice = "　".join(self.notices)
        self.changed.emit()

    def _public(self, pages: list[PublicPage]) -> None:
        self.public = [public_lines(page) for page in pages]
        self.changed.emit()

    def stop(self) -> None:
        self._service.stop()
        self.live.stop()
        self.heartbeat.stop()

    def poll(self) -> None:
        if (
            self.runner.run(self.reader.snapshot, on_done=self._arrived, on_error=self._failed, key="board")
            is None
        ):
            self._again = True

    def _arrived(self, snap: BoardSnapshot) -> None:
        if self._again:
            self._again = False
            self.poll()
        fresh = new_calls(self._seen, snap)
        self._seen = (self._seen or set()) | snap.call_keys
        self.snapshot = snap
        self.updated_monotonic = time.monotonic()
        for call in fresh:
            self.announced.append(call)
            if self.devices is not None:
                try:
                    self.devices.announce_call(call.number, call.window_no)
                except Exception as e:  # the board must keep showing calls when the voice fails
                    self.problem.emit(f"语音播报失败：{e}")
            self.called.emit(call)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        text, _hint = error_words(exc, reader=Reader.CLERK, translate=QCoreApplication.translate)
        self.problem.emit(text)


# ------------------------------------------------------------------ the board's own sentences
def welcome(hall_name: str) -> str:
    return QCoreApplication.translate("HallBoard", "欢迎来到{hall}").format(hall=hall_name)


def hall_notices(hall_name: str, hours: str) -> list[str]:
    """The board's notice line, one sentence at a time; the hall's name and its published hours
    (the catalog's text) are data and show as written."""
    return [
        welcome(hall_name),
        QCoreApplication.translate("HallBoard", "办公时间：{hours}").format(hours=hours),
        QCoreApplication.translate("HallBoard", "请留意叫号，过号请到窗口说明"),
        QCoreApplication.translate("HallBoard", "老年人、残疾人、孕妇可走绿色通道；帮办代办窗口免费代办"),
        QCoreApplication.translate("HallBoard", "办事遇到困难，请到“办不成事”反映窗口"),
        QCoreApplication.translate("HallBoard", "24小时自助服务区可查询办件进度、打印证明"),
    ]


def public_lines(page: PublicPage) -> list[str]:
    """A 政务公开 page as lines: the department, then each item with its fee and its time limit.
    The department's and the items' names and a fee's items are the catalog's data."""
    lines = [page.department]
    for item in page.items:
        fees = item.fees or QCoreApplication.translate("HallBoard", "不收费")
        if item.on_the_spot:
            limit = QCoreApplication.translate("HallBoard", "当场办结")
        elif item.working_days:
            limit = QCoreApplication.translate("HallBoard", "承诺{days}个工作日").format(days=item.promised_days)
        else:
            limit = QCoreApplication.translate("HallBoard", "承诺{days}天").format(days=item.promised_days)
        lines += [f"· {item.name}", f"    {fees}　{limit}"]
    return lines
