"""The hall display board's behaviour: poll the store, announce each new call by voice
through the device manager, keep the notice line."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from counter_app.board import BoardCall, BoardReader, BoardSnapshot, new_calls
from devices.manager import DeviceManager
from shared.services.context import HallContext
from shared.ui.tasks import TaskRunner, error_text

DEFAULT_POLL_S = 0.15  # p99 of call→board under 200 ms needs a poll well below that (bench_counter)


def default_notice(ctx: HallContext) -> str:
    h = ctx.settings.hall
    return (
        f"欢迎来到{h.name}　办公时间 {h.opens:%H:%M}—{h.closes:%H:%M}　"
        "请留意叫号，过号请到窗口说明　老年人、残疾人、孕妇可走绿色通道　"
        "办事遇到困难请到“办不成事”反映窗口　24小时自助服务区可查询办件进度"
    )


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
        self.reader = BoardReader(ctx)
        self.snapshot: BoardSnapshot | None = None
        self.notice = notice or default_notice(ctx)
        self.announced: list[BoardCall] = []
        self.updated_monotonic = 0.0
        self._seen: set[tuple[str, int]] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self.poll_s = poll_s

    def start(self) -> None:
        self.poll()
        self._timer.start(max(50, int(self.poll_s * 1000)))

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        self.runner.run(self.reader.snapshot, on_done=self._arrived, on_error=self._failed, key="board")

    def _arrived(self, snap: BoardSnapshot) -> None:
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
        text, _hint = error_text(exc)
        self.problem.emit(text)
