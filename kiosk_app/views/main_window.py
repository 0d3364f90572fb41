"""The kiosk window: top bar (首页 · 长者模式 · 朗读 · 呼叫帮办 on every screen but the home
screen's 首页, each only there), inline banners (elderly-mode offer, idle warning — no pop-up
windows), and the screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk_app.idle import IdleState
from kiosk_app.language import translate
from kiosk_app.viewmodels.root import KioskViewModel, Screen
from kiosk_app.views.apply_view import ApplyView
from kiosk_app.views.cases_view import CaseQueryView
from kiosk_app.views.common import ScreenView
from kiosk_app.views.evaluate_view import EvaluateView
from kiosk_app.views.guides_view import GuidesView
from kiosk_app.views.home_view import HomeView
from kiosk_app.views.other_views import DisplayView, HelperView, PausedView, PointsView, TechnicianView
from kiosk_app.views.query_print_view import QueryPrintView
from kiosk_app.views.ticket_view import TicketView
from kiosk_app.words import month_day
from shared.ui.elder import DisplayMode
from shared.ui.heartbeat import HeartbeatSender
from shared.ui.tasks import TaskRunner
from shared.ui.theme import Theme, apply_theme, font_family
from shared.ui.widgets import BigButton, clear_layout, label, panel

ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
HELP_POLL_MS = 5000
STATUS_REFRESH_MS = 30000


class TapLabel(QLabel):
    """The hall's name in the corner; five quick taps open the technician's PIN screen."""

    tapped = Signal()

    def mousePressEvent(self, event) -> None:
        self.tapped.emit()
        super().mousePressEvent(event)


class KioskWindow(QWidget):
    # set by kiosk_app.app.build_window: the runner its view-model works through, and the
    # device manager's event callback (kiosk_app.app.EventRelay)
    runner: TaskRunner
    relay: Callable[[Any], None]
    heartbeat: HeartbeatSender  # the kiosk's fleet heartbeat (kiosk_app.app.kiosk_heartbeat)

    def __init__(self, vm: KioskViewModel, *, size: QSize | None = None) -> None:
        super().__init__()
        self.vm = vm
        self.setObjectName("KioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(translate("KioskWindow", "自助服务"))
        # sizes follow the screen the kiosk runs on, never the window's current size
        # (a window that grows to fit bigger text must not make the text bigger again)
        self.screen_size = size or self._screen_size()
        self.setFixedSize(self.screen_size)
        self.family = font_family()
        self._mode: DisplayMode | None = None
        self._banner = (False, False)  # (elderly-mode offer, elderly-mode notice) shown
        self._epoch = vm.epoch
        self.theme = Theme.for_mode(DisplayMode(), width=self._w(), height=self._h(), family=self.family)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.bar = QFrame()
        self.bar.setProperty("role", "bar")
        self.bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar_rows = QVBoxLayout(self.bar)
        top = QHBoxLayout()
        self.hall_label = TapLabel(vm.backend.hall.name)
        self.hall_label.setProperty("role", "bar")
        self.hall_label.setObjectName("HallName")
        self.hall_label.tapped.connect(lambda: vm.technician_tap())
        top.addWidget(self.hall_label, 1)
        self.clock_label = QLabel("")
        self.clock_label.setProperty("role", "bar")
        top.addWidget(self.clock_label)
        buttons = QHBoxLayout()
        vm.screen_px = (self.screen_size.width(), self.screen_size.height())
        self.home_button = BigButton(
            translate("KioskWindow", "首页"), kind="bar", icon="home", on_click=vm.go_home
        )
        self.home_button.setObjectName("HomeButton")
        self.elder_button = BigButton(
            translate("KioskWindow", "长者模式"), kind="bar", icon="elder", on_click=vm.elder_button
        )
        self.elder_button.setObjectName("ElderButton")
        self.read_button = BigButton(
            translate("KioskWindow", "朗读"),
            kind="bar",
            icon="read-aloud",
            on_click=vm.read_aloud,
            speech=translate("KioskWindow", "朗读这一页"),
        )
        self.read_button.setObjectName("ReadAloudButton")
        self.help_button = BigButton(
            translate("KioskWindow", "呼叫帮办"),
            kind="bar",
            icon="help",
            on_click=lambda: vm.go(Screen.HELPER),
        )
        self.help_button.setObjectName("HelpButton")
        for b in (self.home_button, self.elder_button, self.read_button, self.help_button):
            buttons.addWidget(b)
        if self.landscape:  # one row is wide enough
            # the buttons take three quarters of the row: in elderly mode their big words
            # (长者模式 ✔, 朗读：开) need it, the hall's name and the clock need far less
            top.addLayout(buttons, 3)
            bar_rows.addLayout(top)
        else:
            bar_rows.addLayout(top)
            bar_rows.addLayout(buttons)
        outer.addWidget(self.bar)

        self.banners = QVBoxLayout()
        self.banners.setContentsMargins(0, 0, 0, 0)
        banner_host = QWidget()
        banner_host.setLayout(self.banners)
        outer.addWidget(banner_host)

        self.stack = QStackedWidget()
        self.views: dict[str, ScreenView] = {
            Screen.HOME: HomeView(vm.home, self),
            Screen.TICKET: TicketView(vm.ticket, self),
            Screen.GUIDES: GuidesView(vm.guides, self),
            Screen.CASES: CaseQueryView(vm.cases, self),
            Screen.APPLY: ApplyView(vm.apply, self),
            Screen.EVALUATE: EvaluateView(vm.evaluate, self),
            Screen.HELPER: HelperView(vm.helper, self),
            Screen.POINTS: PointsView(vm.points, self),
            Screen.DISPLAY: DisplayView(vm.display, self),
            Screen.TECHNICIAN: TechnicianView(vm.technician, self),
            Screen.QUERY_PRINT: QueryPrintView(vm.screens[Screen.QUERY_PRINT], self),
        }
        # 暂停服务, set by the hall manager: shown over whichever screen until resumed
        self.paused_view = PausedView(vm, self)
        for view in (*self.views.values(), self.paused_view):
            # a page never makes the window grow: what does not fit is paged or scrolled
            view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.stack.addWidget(view)
        outer.addWidget(self.stack, 1)

        vm.subscribe(self.render)
        self._tick = QTimer(self)
        self._tick.timeout.connect(lambda: vm.tick())
        self._tick.start(1000)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._periodic)
        self._poll.start(HELP_POLL_MS)
        self._since_status = 0
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.render()

    # ---------------------------------------------------------------- geometry
    @staticmethod
    def _screen_size() -> QSize:
        screen = QApplication.primaryScreen()
        return screen.size() if screen is not None else QSize(1080, 1920)

    def _w(self) -> int:
        return self.screen_size.width()

    def _h(self) -> int:
        return self.screen_size.height()

    @property
    def landscape(self) -> bool:
        return self._w() > self._h()

    # ---------------------------------------------------------------- activity
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.vm.touch()
        return False

    def _periodic(self) -> None:
        if self.vm.screen == Screen.HELPER:
            self.vm.helper.poll()
        self._since_status += HELP_POLL_MS
        if self.vm.screen == Screen.HOME and self._since_status >= STATUS_REFRESH_MS:
            self._since_status = 0
            self.vm.home.refresh()

    # ---------------------------------------------------------------- drawing
    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        if vm.epoch != self._epoch:
            # a new person (wipe, 首页): no screen, shown or hidden, may keep the last one's widgets
            self._epoch = vm.epoch
            for v in (*self.views.values(), self.paused_view):
                v.render(force=True)
        if vm.mode != self._mode:
            self._mode = vm.mode
            self.theme = Theme.for_mode(vm.mode, width=self._w(), height=self._h(), family=self.family)
            apply_theme(self, self.theme)
            for view in (*self.views.values(), self.paused_view):
                view._dirty = True
            # elderly portrait: four buttons a quarter of the screen wide each, too narrow for
            # an icon beside the big words, so the icon goes above them
            for b in (self.home_button, self.elder_button, self.read_button, self.help_button):
                b.set_stacked(vm.mode.elder and not self.landscape)
        self.elder_button.setText(
            translate("KioskWindow", "长者模式 ✔") if vm.mode.elder else translate("KioskWindow", "长者模式")
        )
        now = vm.backend.hall.local_now()
        self.clock_label.setText(f"{month_day(now)} {now:%H:%M}")
        self.elder_button.speech = (
            translate("KioskWindow", "长者模式设置")
            if vm.mode.elder
            else translate("KioskWindow", "打开长者模式")
        )
        # 朗读: in elderly mode a switch that shows whether each screen is read as it opens
        self.read_button.setCheckable(vm.mode.elder)
        self.read_button.setChecked(vm.reading_on)
        self.read_button.setText(
            (translate("KioskWindow", "朗读：开") if vm.reading_on else translate("KioskWindow", "朗读：关"))
            if vm.mode.elder
            else translate("KioskWindow", "朗读")
        )
        self.read_button.set_icon("read-aloud" if vm.reading_on or not vm.mode.elder else "read-aloud-off")
        self.read_button.speech = (
            (translate("KioskWindow", "关掉朗读") if vm.reading_on else translate("KioskWindow", "打开朗读"))
            if vm.mode.elder
            else translate("KioskWindow", "朗读这一页")
        )
        banner = (bool(vm.elder_offer), bool(vm.elder_notice))
        if banner != self._banner:  # the home screen gives the offer or notice room (HomeView)
            self._banner = banner
            self.views[Screen.HOME]._dirty = True
        paused = vm.service_paused and vm.screen != Screen.TECHNICIAN
        for b in (self.elder_button, self.read_button, self.help_button):
            b.setVisible(not paused)
        # the home screen needs no 首页 button
        self.home_button.setVisible(not paused and vm.screen != Screen.HOME)
        self._banners()
        view = self.paused_view if paused else self.views[vm.screen]
        if self.stack.currentWidget() is not view:
            self.stack.setCurrentWidget(view)
        view.render()

    def _banners(self) -> None:
        clear_layout(self.banners)
        vm = self.vm
        g = self.theme.sizes.gap
        self.banners.setContentsMargins(
            g, g if (vm.elder_offer or vm.elder_notice or vm.idle_state == IdleState.WARNING) else 0, g, 0
        )
        if vm.idle_state == IdleState.WARNING:
            frame, inner = panel("danger-panel", margins=g)
            frame.setObjectName("IdleWarning")
            inner.addWidget(label(vm.idle_warning_text(), "danger-banner", center=True))
            keep = BigButton(translate("KioskWindow", "继续办理"), kind="primary", on_click=vm.keep_going)
            keep.setObjectName("KeepGoing")
            inner.addWidget(keep)
            self.banners.addWidget(frame)
        if vm.elder_offer:
            self._offer(
                "ElderOffer",
                translate("KioskWindow", "您已年满{age}周岁，可以使用长者模式：字更大，还能朗读。").format(
                    age=vm.backend.hall.green_channel_age
                ),
                BigButton(translate("KioskWindow", "使用长者模式"), kind="primary", on_click=vm.accept_elder_offer),
                BigButton(translate("KioskWindow", "不用了"), on_click=vm.decline_elder_offer),
            )
        elif vm.elder_notice:
            self._offer(
                "ElderNotice",
                translate("KioskWindow", "已打开长者模式。看不清可以换颜色。"),
                BigButton(translate("KioskWindow", "换颜色"), on_click=lambda: vm.go(Screen.DISPLAY)),
                BigButton(translate("KioskWindow", "知道了"), kind="primary", on_click=vm.dismiss_elder_notice),
            )

    def _offer(self, name: str, words: str, *buttons: BigButton) -> None:
        """A banner of words and two buttons: the buttons below the words in portrait; in
        landscape beside them, in one row, so the screen under the banner keeps its height."""
        g = self.theme.sizes.gap
        frame, inner = panel("notice-panel", margins=g)
        frame.setObjectName(name)
        text = label(words, "notice")
        row = QHBoxLayout()
        row.setSpacing(g)
        if self.landscape:
            row.addWidget(text, 2)
        else:
            inner.addWidget(text)
        for b in buttons:
            row.addWidget(b, 1)
        inner.addLayout(row)
        self.banners.addWidget(frame)
