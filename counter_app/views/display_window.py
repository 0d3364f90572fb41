"""The hall display board (叫号屏): for a TV across the hall, read from ten metres.

The newest call fills the top in the largest type, each window's current number below it,
the last calls and the people waiting per category on the right, a notice line scrolling
along the bottom. A new call flashes (border and text) for a few seconds, so a glance tells
what changed even without hearing the announcement.

Every word of the board goes through Qt's translation system (context ``HallBoard``; the hours
and the default categories as the kiosk words them, shared/ui/hall_words.py), in the board's
language ([display] language). The hall's name, the windows' names, the categories a hall
configured, the numbers and the reasons a clerk or the manager typed are data, shown as written.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from counter_app.style import BOARD_CALL, BOARD_TEXT, board_stylesheet, font_family
from counter_app.viewmodels.display import DisplayViewModel
from shared.services.board import BoardCall
from shared.ui.hall_words import category_name, describe_hours, month_day
from shared.ui.i18n import qt_translate

WINDOW_COLUMNS = 3
MAX_WINDOW_TILES = 12  # four columns of three rows
RECENT_LINES = 5  # the 最近叫号 panel: the last five calls, newest first
NEXT_LINES = 5  # the 请准备 panel: one line per category with people waiting


def _window(no: int) -> str:
    return QCoreApplication.translate("HallBoard", "{window}号窗口").format(window=no)


def _label(text: str, role: str) -> QLabel:
    w = QLabel(text)
    w.setProperty("role", role)
    return w


ROTATE_MS = 8000  # one notice and one page of 政务公开 every eight seconds, turned together


def _set_role(w: QWidget, role: str) -> None:
    """Give ``w`` a style role; re-polish (restyle and repaint) only when the role changes.

    Re-polishing every tile on every read made the board repaint itself whole every ten
    seconds with nothing changed (the service refresh)."""
    if w.property("role") != role:
        w.setProperty("role", role)
        w.style().unpolish(w)
        w.style().polish(w)


class NoticeLine(QLabel):
    """The notice line: one sentence at a time, turned by the board's page timer.

    It does not scroll: a scrolling line repainted 25 times a second cost an idle board
    more than 1 % of a core; a page turn every eight seconds costs nothing measurable.
    """

    def __init__(self, sentences: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "board-notice")
        self.setFixedHeight(64)
        self.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.sentences = sentences or [""]
        self.index = 0
        self.setText(self.sentences[0])

    @property
    def turns(self) -> bool:
        """Whether there is anything to turn to (one sentence stays put)."""
        return len(self.sentences) > 1

    def turn(self) -> None:
        self.index = (self.index + 1) % len(self.sentences)
        self.setText(self.sentences[self.index])

    def set_sentences(self, sentences: list[str]) -> None:
        if sentences and sentences != self.sentences:
            self.sentences, self.index = sentences, -1
            self.turn()


class WindowTile(QFrame):
    """One window: its number, its full name (wrapped, never cut), and the number it serves
    or 暂停服务 with the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "board-panel")
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 8, 18, 10)
        box.setSpacing(2)
        self.name = _label("", "board-window-no")
        self.caption = _label("", "board-window-caption")
        self.caption.setWordWrap(True)
        self.number = _label("", "board-window-ticket")
        self.reason = _label("", "board-window-reason")
        self.reason.setWordWrap(True)
        box.addWidget(self.name)
        box.addWidget(self.caption)
        box.addWidget(self.number)
        box.addWidget(self.reason)
        box.addStretch(1)
        self.paused = False

    def show_line(
        self, no: int, name: str, call: BoardCall | None, *, paused: bool = False, reason: str = ""
    ) -> None:
        self.name.setText(_window(no))
        caption = "" if name.startswith(f"{no}号") else name
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.paused = paused
        if paused:
            self.number.setText(QCoreApplication.translate("HallBoard", "暂停服务"))
            role = "board-window-paused"
        elif call is None:
            self.number.setText("—")
            role = "board-window-idle"
        else:
            self.number.setText(call.number)
            role = "board-window-ticket"
        self.reason.setText(reason if paused else "")
        self.reason.setVisible(paused and bool(reason))
        _set_role(self.number, role)
        _set_role(self, "board-panel-paused" if paused else "board-panel")


class DisplayWindow(QWidget):
    def __init__(self, vm: DisplayViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("BoardRoot")
        self.setWindowTitle(QCoreApplication.translate("HallBoard", "叫号屏"))
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
        self.latest_caption = _label(QCoreApplication.translate("HallBoard", "正在叫号"), "board-heading")
        self.latest = _label(QCoreApplication.translate("HallBoard", "请稍候"), "board-latest")
        self.latest.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.latest.setWordWrap(True)  # a closed hall's sentence takes two lines
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
        right.setSpacing(16)
        recent_frame = QFrame()
        recent_frame.setProperty("role", "board-panel")
        rbox = QVBoxLayout(recent_frame)
        rbox.setSpacing(4)
        rbox.addWidget(_label(QCoreApplication.translate("HallBoard", "最近叫号"), "board-heading"))
        self.recent = [_label("", "board-recent") for _ in range(RECENT_LINES)]
        for w in self.recent:
            rbox.addWidget(w)
        rbox.addStretch(1)
        right.addWidget(recent_frame)
        next_frame = QFrame()
        next_frame.setProperty("role", "board-panel")
        nbox = QVBoxLayout(next_frame)
        nbox.setSpacing(4)
        nbox.addWidget(_label(QCoreApplication.translate("HallBoard", "请准备"), "board-heading"))
        self.next_up = [_label("", "board-next") for _ in range(NEXT_LINES)]
        for w in self.next_up:
            nbox.addWidget(w)
        nbox.addStretch(1)
        right.addWidget(next_frame)
        # the 等候人数 once had a panel of their own: they stand on the 请准备 lines now
        public_frame = QFrame()
        public_frame.setProperty("role", "board-panel")
        pbox = QVBoxLayout(public_frame)
        pbox.addWidget(_label(QCoreApplication.translate("HallBoard", "政务公开"), "board-heading"))
        self.public = _label("", "board-public")
        # the page fits the panel or is cut: it never makes the board taller than the screen
        self.public.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.public.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pbox.addWidget(self.public, 1)
        public_frame.setMinimumHeight(200)  # a page: the department and two items
        right.addWidget(public_frame, 1)
        self.public_page = 0
        body.addLayout(right, 1)
        outer.addLayout(body, 1)
        self.notice = NoticeLine(vm.notices)
        outer.addWidget(self.notice)
        # one timer turns the notice and the 政务公开 page together (one repaint, not two),
        # and runs only while one of them has more than one page
        self._pages = QTimer(self)
        self._pages.setInterval(ROTATE_MS)
        self._pages.timeout.connect(self._turn_pages)
        # the clock in the corner moves without any event (a board idle for an hour still
        # shows the time): once a minute, as the minute changes
        self._clock = QTimer(self)
        self._clock.setSingleShot(True)
        self._clock.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may be 3 s late
        self._clock.timeout.connect(self._tick)

        self._flash = QTimer(self)
        self._flash.setInterval(400)
        self._flash.timeout.connect(self._blink)
        self._flashes = 0
        vm.changed.connect(self.render)
        vm.called.connect(self._called)
        self.render()

    def _show_time(self) -> datetime:
        now = self.vm.ctx.local_now()
        # the same text again repaints nothing
        self.clock.setText(
            QCoreApplication.translate("HallBoard", "{date} {time}").format(
                date=month_day(now, qt_translate), time=f"{now:%H:%M}"
            )
        )
        return now

    def _tick(self) -> None:
        now = self._show_time()
        # wake at the start of the next minute (a frozen test clock: a minute from now)
        into_minute_ms = now.second * 1000 + now.microsecond // 1000
        self._clock.start(max(1000, 60_000 - into_minute_ms + 50))

    def _turn_pages(self) -> None:
        if self.notice.turns:
            self.notice.turn()
        if len(self.vm.public) > 1:
            self.public_page = (self.public_page + 1) % len(self.vm.public)
            self._show_public()

    def _pages_timer(self) -> None:
        """Run the page timer only while something has a next page."""
        wanted = self.notice.turns or len(self.vm.public) > 1
        if wanted and not self._pages.isActive():
            self._pages.start()
        elif not wanted and self._pages.isActive():
            self._pages.stop()

    def _show_public(self) -> None:
        pages = self.vm.public
        self.public.setText("\n".join(pages[self.public_page % len(pages)]) if pages else "")

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

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        if self._clock.isActive():
            self._show_time()
        else:
            self._tick()
        self.notice.set_sentences(vm.notices)
        if vm.public and not self.public.text():
            self._show_public()
        self._pages_timer()
        snap = vm.snapshot
        if snap is None:
            return
        if snap.closed:
            # the whole hall is paused or closed: that, plainly, in the call's place
            _set_role(self.latest_frame, "board-closed")
            self.latest_caption.setText(QCoreApplication.translate("HallBoard", "暂停服务"))
            _set_role(self.latest, "board-closed-text")
            status = snap.closed_status
            self.latest.setText(describe_hours(status, qt_translate) if status is not None else snap.closed)
        elif snap.latest is not None:
            c = snap.latest
            _set_role(self.latest_frame, "board-call")
            _set_role(self.latest, "board-latest")
            self.latest.setText(
                QCoreApplication.translate("HallBoard", "请 {number} 号 到 {window} 号窗口").format(
                    number=c.number, window=c.window_no
                )
            )
            self.latest_caption.setText(
                QCoreApplication.translate("HallBoard", "正在叫号 · {category}").format(
                    category=category_name(c.category_name, qt_translate)
                )
            )
        else:
            _set_role(self.latest_frame, "board-call")
            _set_role(self.latest, "board-latest")
            self.latest.setText(QCoreApplication.translate("HallBoard", "欢迎光临"))
            self.latest_caption.setText(QCoreApplication.translate("HallBoard", "请取号后留意叫号"))
        lines = snap.windows[:MAX_WINDOW_TILES]
        # three rows at most on a 1080p board: a hall of more than nine windows gets four columns
        columns = WINDOW_COLUMNS if len(lines) <= 3 * WINDOW_COLUMNS else WINDOW_COLUMNS + 1
        while len(self.tiles) < len(lines):
            tile = WindowTile()
            self.grid.addWidget(tile, 0, 0)
            self.tiles.append(tile)
        if (columns, len(self.tiles)) != getattr(self, "_placed", None):
            self._placed = (columns, len(self.tiles))
            for n, tile in enumerate(self.tiles):
                self.grid.removeWidget(tile)
                self.grid.addWidget(tile, n // columns, n % columns)
            for col in range(WINDOW_COLUMNS + 1):
                self.grid.setColumnStretch(col, 1 if col < columns else 0)
        for tile, line in zip(self.tiles, lines, strict=False):
            # a hall that does not serve pauses every window; its reason stands once, above
            tile.show_line(
                line.window_no,
                line.name,
                line.current,
                paused=bool(snap.closed or line.paused),
                reason="" if snap.closed else line.paused,
            )
            tile.show()
        for tile in self.tiles[len(lines) :]:
            tile.hide()
        tz = self.vm.ctx.tz
        recent = [*snap.recent[: len(self.recent)], *[None] * len(self.recent)]
        for w, call in zip(self.recent, recent, strict=False):
            w.setText(
                f"{call.number}　→　{_window(call.window_no)}　{call.called_at.astimezone(tz):%H:%M}" if call else ""
            )
        if not snap.recent:
            self.recent[0].setText(QCoreApplication.translate("HallBoard", "今天还没有叫号"))
        # one line a category: its name, how many wait, and the next numbers to be called
        rows = [
            QCoreApplication.translate("HallBoard", "{category} {n}人：{numbers}").format(
                category=category_name(n.name, qt_translate), n=n.waiting, numbers=" ".join(n.numbers)
            )
            for n in snap.next_up
        ]
        if not rows:
            rows = [QCoreApplication.translate("HallBoard", "目前没有人等候")]
        for w, text in zip(self.next_up, [*rows[: len(self.next_up)], *[""] * len(self.next_up)], strict=False):
            w.setText(text)
            w.setVisible(bool(text))
