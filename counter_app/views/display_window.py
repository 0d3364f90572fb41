"""The hall display board (叫号屏): for a TV across the hall, read from ten metres.

The newest call fills the top in the largest type, each window's current number below it,
the last calls and the people waiting per category on the right, a notice line scrolling
along the bottom. A new call flashes (border and text) for a few seconds, so a glance tells
what changed even without hearing the announcement.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app.board import BoardCall
from counter_app.style import BOARD_CALL, BOARD_TEXT, board_stylesheet, font_family
from counter_app.viewmodels.display import DisplayViewModel

WINDOW_COLUMNS = 3
MAX_WINDOW_TILES = 12


def _label(text: str, role: str) -> QLabel:
    w = QLabel(text)
    w.setProperty("role", role)
    return w


class Marquee(QWidget):
    """The scrolling notice line."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.offset = 900.0  # the line starts already in view, not off the right edge
        self.setFixedHeight(64)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)
        self._timer.start(30)

    def set_text(self, text: str) -> None:
        self.text = text
        self.update()

    def _step(self) -> None:
        self.offset += 2.0
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#06122a"))
        font = QFont(font_family())
        font.setPixelSize(34)
        p.setFont(font)
        p.setPen(QColor(BOARD_TEXT))
        width = p.fontMetrics().horizontalAdvance(self.text) + 200
        x = self.width() - (self.offset % (width + self.width()))
        p.drawText(QRectF(x, 0, width, self.height()), Qt.AlignmentFlag.AlignVCenter, self.text)
        p.end()


class WindowTile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "board-panel")
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 8, 18, 10)
        self.name = _label("", "board-window-no")
        self.caption = _label("", "board-window-caption")
        self.number = _label("", "board-window-ticket")
        head = QHBoxLayout()
        head.addWidget(self.name)
        head.addStretch(1)
        head.addWidget(self.caption)
        box.addLayout(head)
        box.addWidget(self.number)

    def show_line(self, no: int, name: str, call: BoardCall | None) -> None:
        self.name.setText(f"{no}号窗口")
        caption = "" if name.startswith(f"{no}号") else name
        self.caption.setText(caption if len(caption) <= 8 else caption[:7] + "…")
        if call is None:
            self.number.setText("—")
            self.number.setProperty("role", "board-window-idle")
        else:
            self.number.setText(call.number)
            self.number.setProperty("role", "board-window-ticket")
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)


class DisplayWindow(QWidget):
    def __init__(self, vm: DisplayViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("BoardRoot")
        self.setWindowTitle("叫号屏")
        self.setStyleSheet(board_stylesheet(font_family()))
        self.resize(1920, 1080)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 0)
        outer.setSpacing(16)
        head = QHBoxLayout()
        self.title = _label(vm.ctx.settings.hall.name, "board-title")
        self.clock = _label("", "board-clock")
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.clock)
        outer.addLayout(head)

        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        self.latest_frame = QFrame()
        self.latest_frame.setProperty("role", "board-call")
        lbox = QVBoxLayout(self.latest_frame)
        lbox.setContentsMargins(24, 10, 24, 16)
        self.latest_caption = _label("正在叫号", "board-heading")
        self.latest = _label("请稍候", "board-latest")
        self.latest.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lbox.addWidget(self.latest_caption)
        lbox.addWidget(self.latest)
        left.addWidget(self.latest_frame)
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        self.tiles: list[WindowTile] = []
        left.addLayout(self.grid)
        left.addStretch(1)
        body.addLayout(left, 2)

        right = QVBoxLayout()
        recent_frame = QFrame()
        recent_frame.setProperty("role", "board-panel")
        rbox = QVBoxLayout(recent_frame)
        rbox.addWidget(_label("最近叫号", "board-heading"))
        self.recent = [_label("", "board-recent") for _ in range(6)]
        for w in self.recent:
            rbox.addWidget(w)
        rbox.addStretch(1)
        right.addWidget(recent_frame, 3)
        wait_frame = QFrame()
        wait_frame.setProperty("role", "board-panel")
        wbox = QVBoxLayout(wait_frame)
        wbox.addWidget(_label("等候人数", "board-heading"))
        self.waiting = _label("", "board-waiting")
        self.waiting.setWordWrap(True)
        wbox.addWidget(self.waiting)
        wbox.addStretch(1)
        right.addWidget(wait_frame, 2)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)
        self.marquee = Marquee(vm.notice)
        outer.addWidget(self.marquee)

        self._flash = QTimer(self)
        self._flash.setInterval(400)
        self._flash.timeout.connect(self._blink)
        self._flashes = 0
        vm.changed.connect(self.render)
        vm.called.connect(self._called)
        self.render()

    def _called(self, _call: BoardCall) -> None:
        self._flashes = 8
        self._flash.start()

    def _blink(self) -> None:
        self._flashes -= 1
        on = self._flashes % 2 == 0
        colour = BOARD_CALL if on else BOARD_TEXT
        self.latest.setStyleSheet(f"color: {colour};")
        if self._flashes <= 0:
            self._flash.stop()
            self.latest.setStyleSheet("")

    def render(self) -> None:
        vm = self.vm
        self.clock.setText(f"{vm.ctx.local_now():%m月%d日 %H:%M}")
        snap = vm.snapshot
        if snap is None:
            return
        if snap.latest is not None:
            c = snap.latest
            self.latest.setText(f"请 {c.number} 号 到 {c.window_no} 号窗口")
            self.latest_caption.setText(f"正在叫号 · {c.category_name}")
        else:
            self.latest.setText("欢迎光临")
            self.latest_caption.setText("请取号后留意叫号")
        lines = snap.windows[:MAX_WINDOW_TILES]
        while len(self.tiles) < len(lines):
            tile = WindowTile()
            n = len(self.tiles)
            self.grid.addWidget(tile, n // WINDOW_COLUMNS, n % WINDOW_COLUMNS)
            self.tiles.append(tile)
        for tile, line in zip(self.tiles, lines, strict=False):
            tile.show_line(line.window_no, line.name, line.current)
            tile.show()
        for tile in self.tiles[len(lines) :]:
            tile.hide()
        for w, call in zip(self.recent, [*snap.recent, *[None] * len(self.recent)], strict=False):
            w.setText(f"{call.number}　→　{call.window_no}号窗口" if call else "")
        self.waiting.setText(
            "\n".join(f"{prefix} {name}　{n}人" for prefix, name, n in snap.waiting if n or prefix in "ABC")
        )
