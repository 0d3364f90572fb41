"""The counter's composition: view-models, views, devices, shortcuts and the idle lock,
wired together for one terminal. ``app.run`` and the tour both build one of these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from counter_app.desk_words import role_word, window_kind_word
from counter_app.session import CounterSession
from counter_app.viewmodels.applicant import ApplicantViewModel
from counter_app.viewmodels.cases import CasesViewModel
from counter_app.viewmodels.complaints import ComplaintsViewModel
from counter_app.viewmodels.evaluation import EvaluationViewModel
from counter_app.viewmodels.first_asks import FirstAsksViewModel
from counter_app.viewmodels.intake import IntakeViewModel
from counter_app.viewmodels.manager import AccountsViewModel, FiguresViewModel, FleetViewModel
from counter_app.viewmodels.queue import QueueViewModel
from counter_app.viewmodels.signin import SignInViewModel
from counter_app.viewmodels.transfers import TransfersViewModel
from counter_app.viewmodels.verify import CertificateCheckViewModel
from counter_app.views.accounts_page import AccountsPage
from counter_app.views.cases_page import CasesPage
from counter_app.views.complaints_page import ComplaintsPage
from counter_app.views.evaluator_window import EvaluatorWindow
from counter_app.views.figures_page import FiguresPage
from counter_app.views.first_asks_page import FirstAsksPage
from counter_app.views.fleet_page import FleetPage
from counter_app.views.main_window import CounterWindow, Workspace, ask_password_change
from counter_app.views.signin_view import LockView, SignInView
from counter_app.views.transfers_page import TransfersPage
from counter_app.views.verify_page import VerifyPage
from counter_app.views.work_page import WorkPage
from devices.base import HealthState
from shared.services.permissions import Permission
from shared.ui.device_bridge import DeviceBridge
from shared.ui.hall_words import month_day
from shared.ui.heartbeat import HeartbeatSender
from shared.ui.i18n import QT_TRANSLATE_NOOP
from shared.ui.tasks import TaskRunner

# the clerk's words go through Qt's translation system (docs/translations.md); the hall's name,
# the clerk's name, a kiosk's name and the card reader's own words stay as written, and so does
# the reason of a sign-out (stored in the log)
translate = QCoreApplication.translate

DEVICE_LABELS = {
    "idcard": QT_TRANSLATE_NOOP("CounterWindow", "读卡器"),
    "printer": QT_TRANSLATE_NOOP("CounterWindow", "打印机"),
    "scanner": QT_TRANSLATE_NOOP("CounterWindow", "扫码"),
    "tts": QT_TRANSLATE_NOOP("CounterWindow", "语音"),
}
_MARK = {HealthState.OK: "✔", HealthState.DEGRADED: "！", HealthState.OFFLINE: "✖"}
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Locks the screen after the configured idle time (等保2.0: session timeout)."""

    def __init__(self, minutes: float, on_idle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(on_idle)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class CounterController(QObject):
    def __init__(self, session: CounterSession, *, bridge: DeviceBridge | None = None) -> None:
        super().__init__()
        self.session = session
        self.runner = TaskRunner(self, max_threads=3)
        r, s = self.runner, session
        self.signin = SignInViewModel(s, r, self)
        self.queue = QueueViewModel(s, r, self)
        self.applicant = ApplicantViewModel(s, r, self)
        self.intake = IntakeViewModel(s, r, self.applicant, self)
        self.evaluation = EvaluationViewModel(s, r, self)
        self.cases = CasesViewModel(s, r, self)
        self.complaints = ComplaintsViewModel(s, r, self)
        self.first_asks = FirstAsksViewModel(s, r, self)
        self.figures = FiguresViewModel(s, r, self)
        self.accounts = AccountsViewModel(s, r, self)
        self.verify = CertificateCheckViewModel(s, r, self)
        self.fleet = FleetViewModel(s, r, self)
        self.transfers = TransfersViewModel(s, r, self)

        self.sign_in_view = SignInView(self.signin)
        self.lock_view = LockView(self.signin)
        self.workspace = Workspace()
        self.window = CounterWindow(self.sign_in_view, self.workspace, self.lock_view)
        self.work_page = WorkPage(self.queue, self.applicant, self.intake, self.evaluation)
        self.cases_page = CasesPage(self.cases)
        self.complaints_page = ComplaintsPage(self.complaints)
        self.first_asks_page = FirstAsksPage(self.first_asks)
        self.figures_page = FiguresPage(self.figures)
        self.accounts_page = AccountsPage(self.accounts)
        self.verify_page = VerifyPage(self.verify)
        self.fleet_page = FleetPage(self.fleet)
        self.transfers_page = TransfersPage(self.transfers)
        self.evaluator = EvaluatorWindow(self.evaluation)

        # not the evaluation: its messages name the level chosen, and belong on the applicant's
        # screen only (the clerk hears that a review was given, never which)
        for vm in (
            self.queue,
            self.applicant,
            self.intake,
            self.cases,
            self.complaints,
            self.first_asks,
            self.figures,
            self.accounts,
            self.verify,
            self.fleet,
            self.transfers,
        ):
            vm.message.connect(self.workspace.message.show_message)
        # the terminals' health is read every heartbeat interval only while its page is shown
        self.workspace.pages.currentChanged.connect(self._page_shown)
        self.signin.signed_in.connect(self._signed_in)
        self.signin.locked.connect(self._locked)
        self.signin.unlocked.connect(lambda: self.window.show_state(CounterWindow.WORK))
        self.signin.signed_out.connect(self._signed_out)
        # what sign-in says while the clerk works (a password changed, or not) goes on the
        # work's message line: the sign-in screen's own line is hidden then
        self.signin.message.connect(self._signin_message)
        self.queue.called.connect(self._new_service)
        self.complaints.help_changed.connect(self._help_banner)
        # a help request seen or answered anywhere refreshes the 首问 page's list of them
        self.complaints.help_changed.connect(self._first_asks_help)
        self.complaints.taken_as_first_ask.connect(lambda: self.first_asks.refresh())
        self.first_asks.help_taken.connect(lambda: self.complaints.poll_help())
        self.workspace.help.go.clicked.connect(self._ack_first_help)
        self.workspace.help.fold.clicked.connect(self._fold_help)
        self.workspace.top.help_chip.clicked.connect(self._unfold_help)
        # a help request is shown across the page once; seen, it folds into the top bar
        self._help_seen: set[str] = set()
        self._help_fold_timer = QTimer(self)
        self._help_fold_timer.setSingleShot(True)
        self._help_fold_timer.setInterval(int(session.options.help_banner_s * 1000))
        self._help_fold_timer.timeout.connect(self._fold_help)
        top = self.workspace.top
        top.lock.clicked.connect(self.signin.lock)
        top.sign_out.clicked.connect(lambda: self.signin.sign_out("退出"))
        top.password.clicked.connect(lambda: self._change_password(forced=False))
        self.idle = IdleWatcher(session.options.idle_lock_minutes, self.signin.lock, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self._shortcuts()
        self.bridge = bridge
        if bridge is not None:
            bridge.card_read.connect(self._card)
            bridge.scanned.connect(self._scan)
            bridge.health_changed.connect(lambda _n, _h: self._devices_line())
            bridge.card_error.connect(
                lambda text: self.workspace.message.show_message(
                    "error", text, translate("CounterDesk", "请重新放置身份证。")
                )
            )
        self._tick()
        self._devices_line()
        # fleet health (issue 15): this counter's beat, on the runner, every [fleet] heartbeat_seconds
        self.heartbeat = HeartbeatSender(
            session.ctx,
            self.runner,
            kind="counter",
            screen=self.screen_key,
            devices=lambda: self.session.devices.health() if self.session.devices is not None else {},
        )
        self.heartbeat.start(self)

    # ------------------------------------------------------------------ signing in and out
    def _signed_in(self, who) -> None:
        s = self.session
        ws = self.workspace
        ws.clear_pages()
        # each role starts on its own work: the window on the queue, the manager on the figures
        if s.can(Permission.VIEW_FIGURES):
            ws.add_page("figures", translate("CounterWindow", "统计与整改"), self.figures_page)
        if s.can(Permission.CALL_QUEUE) and s.window_no is not None:
            ws.add_page("work", translate("CounterWindow", "叫号受理"), self.work_page)
        ws.add_page("cases", translate("CounterWindow", "办件查询"), self.cases_page)
        if s.can(Permission.VIEW_HALL_CASES):  # 帮办代办: bundles of papers on their way here
            ws.add_page("transfers", translate("CounterWindow", "材料流转"), self.transfers_page)
        if s.can(Permission.ACCEPT_CASE):  # the window checks a certificate brought as a material
            ws.add_page("verify", translate("CounterWindow", "证明验真"), self.verify_page)
        if s.can(Permission.RECORD_COMPLAINT):
            ws.add_page("complaints", translate("CounterWindow", "办不成事"), self.complaints_page)
        if s.can(Permission.RECORD_FIRST_ASK):
            ws.add_page("firstasks", translate("CounterWindow", "首问登记"), self.first_asks_page)
        if s.can(Permission.MANAGE_ACCOUNTS):
            ws.add_page("accounts", translate("CounterWindow", "账号与窗口"), self.accounts_page)
        if s.can(Permission.VIEW_FLEET):
            ws.add_page("fleet", translate("CounterWindow", "终端状态"), self.fleet_page)
        ws.finish_nav()
        w = s.window
        ws.top.hall.setText(s.ctx.settings.hall.name)
        ws.top.where.setText(
            translate("CounterWindow", "{n}号窗口 · {kind}").format(n=w.number, kind=window_kind_word(w.kind))
            if w
            else translate("CounterWindow", "未绑定窗口")
        )
        ws.top.who.setText(
            translate("CounterWindow", "{name}（{role}）").format(
                name=who.display_name, role=role_word(who.role)
            )
        )
        self.window.show_state(CounterWindow.WORK)
        self.idle.timer.start()
        if "work" in ws.page_keys:
            self.queue.load_windows()
            self.queue.load_prefs()
            self.queue.load_pause()
            self.queue.start_polling()
        self.cases.refresh()
        if "transfers" in ws.page_keys:
            self.transfers.refresh()
        self.complaints.start_polling()
        if "complaints" in ws.page_keys:
            self.complaints.refresh()
        if "firstasks" in ws.page_keys:
            # the manager opens on the hall's open registrations and their ages
            self.first_asks.show_all = s.can(Permission.OVERSEE_FIRST_ASKS)
            self.first_asks.refresh()
        if "figures" in ws.page_keys:
            self.figures.set_period("today")
            self.figures.load_followups()
        if "accounts" in ws.page_keys:
            self.accounts.refresh()
        if who.must_change_password:
            # not a modal dialog: the clerk may first finish serving the person at the window
            self.workspace.message.show_message(
                "error",
                translate("CounterDesk", "您在使用管理员设置的临时密码。"),
                translate("CounterDesk", "请点击右上角“修改密码”设置自己的密码（等保要求）。"),
            )

    def _signin_message(self, level: str, text: str, hint: str) -> None:
        if self.window.stack.currentIndex() == CounterWindow.WORK:
            self.workspace.message.show_message(level, text, hint)

    def _page_shown(self, _index: int) -> None:
        if self.workspace.pages.currentWidget() is self.fleet_page and self.session.signed_in is not None:
            self.fleet.start()
        else:
            self.fleet.stop()

    def _change_password(self, *, forced: bool) -> None:
        values = ask_password_change(self.window, forced)
        if values is not None:
            self.signin.change_password(*values)

    def _locked(self) -> None:
        self.lock_view.prepare()
        self.window.show_state(CounterWindow.LOCK)

    def _signed_out(self) -> None:
        self.queue.stop_polling()
        self.complaints.stop_polling()
        self.idle.timer.stop()
        # nothing of the last person's work stays on screen or in the view-models
        self.applicant.clear()
        self.intake.reset()
        for vm in (
            self.queue,
            self.cases,
            self.complaints,
            self.first_asks,
            self.figures,
            self.accounts,
            self.verify,
            self.fleet,
            self.transfers,
        ):
            vm.reset()
        self.workspace.message.hide()
        self.workspace.help.hide()
        self.workspace.top.help_chip.hide()
        self._help_seen.clear()
        self._help_fold_timer.stop()
        self.sign_in_view.reset()
        self.window.show_state(CounterWindow.SIGN_IN)

    # ------------------------------------------------------------------ the service at hand
    def _new_service(self, _ticket) -> None:
        self.applicant.clear()
        self.intake.reset()
        self.work_page.show_step(0)

    def _working(self) -> bool:
        return self.session.signed_in is not None and not self.signin.is_locked

    def _card(self, card) -> None:
        if not self._working():
            return
        if "work" in self.workspace.page_keys:
            self.workspace.show_page("work")
            self.work_page.show_step(0)
        self.applicant.on_card(card)

    def _scan(self, payload) -> None:
        if not self._working():
            return
        if "verify" in self.workspace.page_keys and self.verify.on_scan(payload):
            self.workspace.show_page("verify")  # a printed certificate: 验真, whatever page is shown
            return
        if "transfers" in self.workspace.page_keys and self.transfers.on_scan(payload):
            self.workspace.show_page("transfers")  # a 流转单: 签收, whatever page is shown
            return
        self.applicant.on_scan(payload)

    def _help_banner(self) -> None:
        requests = self.complaints.help
        banner, chip = self.workspace.help, self.workspace.top.help_chip
        if not requests:
            banner.hide()
            chip.hide()
            self._help_fold_timer.stop()
            return
        tz = self.session.ctx.tz
        first = requests[0]
        when = f"{first.created_at.astimezone(tz):%H:%M}"
        if len(requests) > 1:
            line = translate("CounterWindow", "【求助】{kiosk}请求帮助（{time}），另有{n}处").format(
                kiosk=first.terminal_name, time=when, n=len(requests) - 1
            )
        else:
            line = translate("CounterWindow", "【求助】{kiosk}请求帮助（{time}）").format(
                kiosk=first.terminal_name, time=when
            )
        banner.text.setText(line)
        chip.setText(translate("CounterWindow", "求助 {n}").format(n=len(requests)) + "  [Ctrl+H]")
        fresh = {r.id for r in requests} - self._help_seen
        self._help_seen |= {r.id for r in requests}
        if fresh:  # a new call for help: across the page, for a minute or until folded
            self._unfold_help()
        elif not banner.isVisible():
            chip.show()

    def _fold_help(self) -> None:
        self._help_fold_timer.stop()
        self.workspace.help.hide()
        if self.complaints.help:
            self.workspace.top.help_chip.show()

    def _unfold_help(self) -> None:
        if not self.complaints.help:
            return
        self.workspace.top.help_chip.hide()
        self.workspace.help.show()
        self._help_fold_timer.start()

    def _escape(self) -> None:
        """Esc: fold the help line and close the message line (nothing is lost: the top bar
        keeps the count of open help requests)."""
        if self.workspace.help.isVisible():
            self._fold_help()
        self.workspace.message.hide()

    def _first_asks_help(self) -> None:
        if "firstasks" in self.workspace.page_keys:
            self.first_asks.refresh()

    def _ack_first_help(self) -> None:
        if self.complaints.help:
            self.complaints.acknowledge(self.complaints.help[0].id)
        else:
            self.workspace.message.show_message("info", translate("CounterDesk", "目前没有自助机请求帮助。"))

    # ------------------------------------------------------------------ chrome
    def screen_key(self) -> str:
        """What the fleet page shows as this counter's screen: signin, lock or the page's key."""
        state = self.window.stack.currentIndex()
        if state == CounterWindow.SIGN_IN:
            return "signin"
        if state == CounterWindow.LOCK:
            return "lock"
        ws = self.workspace
        i = ws.pages.currentIndex()
        return ws.page_keys[i] if 0 <= i < len(ws.page_keys) else "work"

    def _tick(self) -> None:
        now = self.session.ctx.local_now()
        # the date as the kiosk and the board word it (shared.ui.hall_words): 11月17日 / 17 November
        self.workspace.top.clock.setText(f"{month_day(now, translate)} {now:%H:%M}")

    def _devices_line(self) -> None:
        health = self.bridge.last_health if self.bridge is not None else {}
        if self.session.devices is not None and not health:
            health = self.session.devices.health()
        parts = []
        for name, text in DEVICE_LABELS.items():
            h = health.get(name)
            parts.append(
                f"{translate('CounterWindow', text)}{_MARK.get(h.state, '—') if h is not None else '—'}"
            )
        self.workspace.top.devices.setText(" ".join(parts))

    def _search_items(self) -> None:
        self.work_page.show_step(1)
        self.work_page.intake_panel.focus_search()

    def _receive_all(self) -> None:
        self.work_page.show_step(1)
        self.intake.receive_all_paper()

    def _on_decision(self, fn):
        def go() -> None:
            self.work_page.show_step(2)
            fn()

        return go

    def _press(self, step: int, button):
        """A shortcut for a decision button: its step is shown, and a button that cannot be
        used now says why instead of doing nothing."""

        def go() -> None:
            self.work_page.show_step(step)
            if button.isEnabled() and button.isVisible():
                button.click()
            elif self.intake.checklist is None:
                self.workspace.message.show_message(
                    "error",
                    translate("CounterDesk", "还没有选择事项。"),
                    translate("CounterDesk", "请先按 Ctrl+F 查找并选择事项或一件事。"),
                )
            else:
                self._decided()

        return go

    def _read_agent_card(self) -> None:
        """Ctrl+Shift+R: the next card on the reader is the agent's (代办 is ticked if it was not)."""
        self.work_page.show_step(0)
        self.applicant.read_agent_card()

    def _take_for_county(self) -> None:
        """Ctrl+Shift+D: 免费代办, at the window of a village station or township centre."""
        if not (self.intake.at_station and self.session.can(Permission.TAKE_AGENCY_CASE)):
            self.workspace.message.show_message(
                "error",
                translate("CounterDesk", "本窗口不收免费代办件。"),
                translate(
                    "CounterDesk",
                    "免费代办由便民服务站、乡镇便民服务中心的帮办代办员收件；本窗口请按 Ctrl+Enter 收件受理。",
                ),
            )
            return
        self._press(2, self.work_page.decision_panel.take)()

    def _shortcuts(self) -> None:
        w = self.window
        panel = self.work_page.decision_panel

        def on_work(fn):
            def go() -> None:
                if self._working() and self.workspace.show_page("work"):
                    fn()

            return go

        def anywhere(fn):
            def go() -> None:
                if self._working():
                    fn()

            return go

        # every action of the work page has its key, and every key is written on its button
        keys = {
            "F1": self.queue.call_next,
            "F2": self.queue.recall,
            "F3": self.queue.start_serving,
            "F4": self.queue.no_show,
            "F5": self.queue.hold,
            "F6": self.queue.resume,
            "F7": self.work_page.queue_panel.transfer_dialog,
            "F8": self.queue.finish,
            "F9": self.queue.toggle_pause,
            "Ctrl+Return": self._accept,
            "Ctrl+Enter": self._accept,
            "Ctrl+B": self._press(2, panel.supplement),
            "Ctrl+Shift+N": self._press(2, panel.refuse),
            "Ctrl+J": self._on_decision(panel.do_finish),
            "Ctrl+P": self._on_decision(panel.do_ask_review),
            "Ctrl+Shift+A": self._receive_all,
            "Ctrl+Shift+D": self._take_for_county,
            "Ctrl+Shift+R": self._read_agent_card,
            "Alt+1": lambda: self.work_page.show_step(0),
            "Alt+2": lambda: self.work_page.show_step(1),
            "Alt+3": lambda: self.work_page.show_step(2),
            "Ctrl+F": self._search_items,
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for key, fn in keys.items():
            sc = QShortcut(QKeySequence(key), w)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(on_work(fn))
            self.shortcuts[key] = sc
        anywhere_keys = {
            "Ctrl+H": self._ack_first_help,
            "Escape": self._escape,
            "Ctrl+Shift+P": lambda: self._change_password(forced=False),
            "Ctrl+Shift+Q": lambda: self.signin.sign_out("退出"),
        }
        for key, fn in anywhere_keys.items():
            sc = QShortcut(QKeySequence(key), w)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(anywhere(fn))
            self.shortcuts[key] = sc
        lock = QShortcut(QKeySequence("Ctrl+L"), w)
        lock.activated.connect(self.signin.lock)
        self.shortcuts["Ctrl+L"] = lock
        for i in range(9):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), w)
            sc.activated.connect(
                lambda i=i: (
                    self._working()
                    and i < len(self.workspace.page_keys)
                    and self.workspace.show_page(self.workspace.page_keys[i])
                )
            )
            self.shortcuts[f"Ctrl+{i + 1}"] = sc

    def _accept(self) -> None:
        panel = self.work_page.decision_panel
        self.work_page.show_step(2)
        if self.intake.accepted or self.intake.refused:
            self._decided()
            return
        panel.do_accept()

    def _decided(self) -> None:
        self.workspace.message.show_message(
            "error",
            translate("CounterDesk", "本次已作出受理决定。"),
            translate("CounterDesk", "如需为同一申请人再办一件，请按 Ctrl+F 重新选择事项。"),
        )

    # ------------------------------------------------------------------ showing
    def show(self) -> None:
        self.window.show()
        screens = QGuiApplication.screens()
        if len(screens) > 1:  # the evaluator faces the applicant on the second screen
            self.evaluator.setGeometry(screens[1].availableGeometry())
            self.evaluator.showFullScreen()
        else:
            self.evaluator.show()

    def shutdown(self) -> None:
        self._clock.stop()
        self.heartbeat.stop()
        self.fleet.stop()
        self.idle.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.queue.stop_polling()
        self.complaints.stop_polling()
        if self.session.signed_in is not None:
            self.signin.sign_out("程序关闭")
        self.runner.wait_idle(5)
        self.runner.shutdown()
        self.verify.close()
