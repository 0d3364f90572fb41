"""The kiosk as a whole: which screen is shown, elderly mode and colours, idle wipe,
read-aloud, device events, and the technician's hidden way out."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from devices.idcard import IdCardData
from devices.tts.announcer import ReadsAloud
from kiosk_app.idle import IdleState, IdleWatch
from kiosk_app.language import translate
from kiosk_app.observable import Observable
from kiosk_app.technician import PinGate, SecretGesture
from kiosk_app.viewmodels.base import sentences
from shared.domain.settings import KioskSettings
from shared.domain.tickets import age_on
from shared.ui.elder import ELDER_SIZES, NORMAL_SIZES, DisplayMode, scheme_named
from shared.ui.runner import Runner

if TYPE_CHECKING:
    from devices.manager import DeviceEvent
    from shared.domain.payloads import Payload

log = logging.getLogger(__name__)


class Screen(StrEnum):
    HOME = "home"
    TICKET = "ticket"
    GUIDES = "guides"
    CASES = "cases"
    APPLY = "apply"
    EVALUATE = "evaluate"
    HELPER = "helper"
    POINTS = "points"
    DISPLAY = "display"  # elderly mode and colour scheme
    TECHNICIAN = "technician"
    QUERY_PRINT = "query_print"  # 查询打印 on A4, e-licences, 验真 (issue 17)


class ScreenReader(Protocol):
    def read(self, text: str) -> None: ...

    def stop(self) -> None: ...


class DeviceScreenReader:
    """Reads through the device manager's speech: interrupts the last reading when the
    engine can (Qt), else queues it (espeak-ng, null)."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend  # its devices change once the device manager has started
        self.last_text = ""

    @property
    def devices(self) -> Any:
        return self.backend.devices

    def _engine(self) -> Any:
        try:
            return self.devices.announcer.engine
        except Exception:
            return None

    def read(self, text: str) -> None:
        self.last_text = text
        engine = self._engine()
        if isinstance(engine, ReadsAloud):
            engine.say_now(text)
            return
        try:
            self.devices.say(text)
        except Exception:
            log.exception("read-aloud failed")

    def stop(self) -> None:
        engine = self._engine()
        if isinstance(engine, ReadsAloud):
            try:
                engine.stop()
            except Exception:
                log.exception("stopping speech failed")


class KioskViewModel(Observable):
    def __init__(
        self,
        backend: Any,
        runner: Runner,
        *,
        settings: KioskSettings,
        reader: ScreenReader | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        quit_app: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__()
        self.backend = backend
        self.runner = runner
        self.settings = settings
        self.reader: ScreenReader = reader or DeviceScreenReader(backend)
        self.monotonic = monotonic
        self.quit_app = quit_app
        self.epoch = 0  # bumped on every wipe; late answers for an older epoch are dropped
        self.screen = Screen.HOME
        self.screen_before_helper = Screen.HOME.value
        self.mode = DisplayMode()
        self.screen_px = (1080, 1920)  # set by the window: how much fits on one screen
        self.elder_offer = False  # "you are 60+: use elderly mode?" shown inline
        self.elder_offer_declined = False
        self.elder_notice = False  # "elderly mode is on: [colours] [leave]" after switching on
        self.reading = True  # elderly mode: read each screen as it opens (the 朗读 switch)
        self.idle = IdleWatch(idle_s=settings.idle_seconds, warning_s=settings.idle_warning_seconds)
        self.idle_state = IdleState.ACTIVE
        self.idle_remaining = 0
        self.wipes = 0
        # 暂停服务 set by the hall manager (issue 15), heard with the kiosk's heartbeat
        self.service_paused = False
        self.pause_reason = ""
        self.pin_gate = PinGate(settings.technician_pin_hash)
        self.gesture = SecretGesture()
        from kiosk_app.viewmodels.apply import ApplyViewModel
        from kiosk_app.viewmodels.cases import CaseQueryViewModel
        from kiosk_app.viewmodels.display import DisplayViewModel
        from kiosk_app.viewmodels.evaluate import EvaluateViewModel
        from kiosk_app.viewmodels.guides import GuidesViewModel
        from kiosk_app.viewmodels.helper import HelperViewModel
        from kiosk_app.viewmodels.home import HomeViewModel
        from kiosk_app.viewmodels.points import PointsViewModel
        from kiosk_app.viewmodels.query_print import QueryPrintViewModel
        from kiosk_app.viewmodels.technician import TechnicianViewModel
        from kiosk_app.viewmodels.ticket import TicketViewModel

        self.screens = {
            Screen.HOME: HomeViewModel(self),
            Screen.TICKET: TicketViewModel(self),
            Screen.GUIDES: GuidesViewModel(self),
            Screen.CASES: CaseQueryViewModel(self),
            Screen.APPLY: ApplyViewModel(self),
            Screen.EVALUATE: EvaluateViewModel(self),
            Screen.HELPER: HelperViewModel(self),
            Screen.POINTS: PointsViewModel(self),
            Screen.DISPLAY: DisplayViewModel(self),
            Screen.TECHNICIAN: TechnicianViewModel(self),
            Screen.QUERY_PRINT: QueryPrintViewModel(self),
        }

    # ---------------------------------------------------------------- screens
    @property
    def home(self) -> Any:
        return self.screens[Screen.HOME]

    @property
    def ticket(self) -> Any:
        return self.screens[Screen.TICKET]

    @property
    def guides(self) -> Any:
        return self.screens[Screen.GUIDES]

    @property
    def cases(self) -> Any:
        return self.screens[Screen.CASES]

    @property
    def apply(self) -> Any:
        return self.screens[Screen.APPLY]

    @property
    def evaluate(self) -> Any:
        return self.screens[Screen.EVALUATE]

    @property
    def helper(self) -> Any:
        return self.screens[Screen.HELPER]

    @property
    def points(self) -> Any:
        return self.screens[Screen.POINTS]

    @property
    def display(self) -> Any:
        return self.screens[Screen.DISPLAY]

    @property
    def technician(self) -> Any:
        return self.screens[Screen.TECHNICIAN]

    @property
    def current(self) -> Any:
        return self.screens[self.screen]

    def go(self, screen: Screen | str) -> None:
        screen = Screen(screen)
        previous = self.screen
        if screen == Screen.HELPER and previous != Screen.HELPER:
            self.screen_before_helper = previous.value
        self.screen = screen
        self.elder_notice = self.elder_notice and screen == previous
        self.reader.stop()
        self.screens[screen].enter()
        self.changed()
        self.read_on_entering()

    def go_home(self) -> None:
        """The 首页 button: the person is done; forget what this visit entered."""
        for vm in self.screens.values():
            if vm.screen not in (Screen.HOME, Screen.DISPLAY):
                vm.reset()
        self.epoch += 1
        self.go(Screen.HOME)

    # ---------------------------------------------------------------- elderly mode
    @property
    def page_size(self) -> int:
        return (ELDER_SIZES if self.mode.elder else NORMAL_SIZES).choices_per_page

    def choices_that_fit(self, *, columns: int, reserved_rows: float) -> int:
        """How many choices (one touch target high each, ``columns`` a row) fit on one screen
        beside what else the screen shows, ``reserved_rows`` touch rows of it (bars, title,
        panels): every choice on one screen when they fit, never fewer than the mode's page."""
        width, height = self.screen_px
        sizes = self.mode.sizes(width=width, height=height)
        row = sizes.touch + sizes.gap
        rows = int((height - reserved_rows * row) // row)
        return max(sizes.choices_per_page, rows * columns)

    @property
    def landscape(self) -> bool:
        return self.screen_px[0] > self.screen_px[1]

    def set_elder(self, on: bool) -> None:
        self.mode = DisplayMode(elder=on, scheme=self.mode.scheme if on else "standard")
        self.reading = True
        self.idle.elder = on
        self.elder_offer = False
        self.elder_notice = on
        self.changed()
        if on:
            self.reader.read(
                sentences(translate("KioskWindow", "已打开长者模式，每一页都会读给您听")) + self.speech()
            )
        else:
            self.reader.stop()

    def elder_button(self) -> None:
        """The top-bar button: one tap turns elderly mode on; when on, it opens the choices."""
        if not self.mode.elder:
            self.set_elder(True)
        else:
            self.go(Screen.DISPLAY)

    def set_scheme(self, name: str) -> None:
        scheme = scheme_named(name)
        self.mode = DisplayMode(elder=self.mode.elder, scheme=scheme.name)
        self.changed()

    def accept_elder_offer(self) -> None:
        self.set_elder(True)

    def decline_elder_offer(self) -> None:
        self.elder_offer = False
        self.elder_offer_declined = True
        self.changed()

    def dismiss_elder_notice(self) -> None:
        self.elder_notice = False
        self.changed()

    # ---------------------------------------------------------------- read aloud
    def speech(self) -> str:
        parts = []
        if self.idle_state == IdleState.WARNING:
            parts.append(self.idle_warning_text())
            parts.append(translate("KioskWindow", "如果还要继续，请点“继续办理”。"))
        if self.elder_offer:
            parts.append(translate("KioskWindow", "您可以使用长者模式，字更大，还可以朗读。"))
        # each part ends with the language's full stop; the screen's own words as they are
        return sentences(*parts) + self.current.speech()

    @property
    def reading_on(self) -> bool:
        """Read each screen aloud as it opens: on by itself in elderly mode, and the 朗读
        button switches it (the button shows which)."""
        return self.mode.elder and self.reading

    def read_aloud(self) -> None:
        """The 朗读 button: outside elderly mode it reads this screen once; in elderly mode it
        switches reading on entering each screen off and on (reading this one when on)."""
        if not self.mode.elder:
            self.reader.read(self.speech())
            return
        self.reading = not self.reading
        if self.reading:
            self.reader.read(self.speech())
        else:
            self.reader.stop()
        self.changed()

    def read_on_entering(self) -> None:
        """A screen just opened: in elderly mode with reading on, read it (what arrives later,
        such as a lookup's answer, is read when the resident taps 朗读 or opens the next screen)."""
        if self.reading_on and not self.service_paused:
            self.reader.read(self.speech())

    # ---------------------------------------------------------------- devices
    def on_device_event(self, event: DeviceEvent) -> None:
        """Called on the UI thread (the app's bridge moves device callbacks here)."""
        # EventKind is a StrEnum: compared by value, so this module need not import the
        # device manager (and everything it drives) before the home screen is up
        kind = str(event.kind)
        if kind == "card_read" and isinstance(event.data, IdCardData):
            self._card(event.data)
        elif kind == "scan":
            from shared.domain.payloads import Payload

            if isinstance(event.data, Payload):
                self.touch()
                self._scan(event.data)
        elif kind == "health_changed":
            self.home.refresh_devices()
        elif kind == "card_error":
            self.current.on_card_error(event.message)

    def _card(self, card: IdCardData) -> None:
        self.touch()
        age = age_on(card.birth, self.backend.hall.today())
        if (
            age >= self.backend.hall.green_channel_age
            and not self.mode.elder
            and not self.elder_offer_declined
        ):
            self.elder_offer = True  # offered, never forced: the resident decides
        used = self.current.on_card(card)
        if not used and self.screen == Screen.HOME and not self.elder_offer:
            self.home.card_hint = True
            self.home.changed()
        self.changed()

    def _scan(self, payload: Payload) -> None:
        if self.current.on_scan(payload):
            return
        # a code scanned on another screen: go where it makes sense
        target = {
            "case": Screen.CASES,
            "evaluation": Screen.EVALUATE,
            "ticket": Screen.EVALUATE,
            "appointment": Screen.TICKET,
            "certificate": Screen.QUERY_PRINT,  # a printed certificate scanned anywhere: 验真
        }.get(payload.kind)
        if target is None:
            return
        self.go(target)
        self.screens[target].on_scan(payload)

    # ---------------------------------------------------------------- idle and wipe
    @property
    def needs_idle_watch(self) -> bool:
        if self.screen == Screen.TECHNICIAN:
            return True
        return (
            self.screen != Screen.HOME
            or self.mode.elder
            or self.elder_offer
            or any(vm.holds_personal_data for vm in self.screens.values())
        )

    def touch(self, now: float | None = None) -> None:
        """Any touch, key or card: the person is still here."""
        now = self.monotonic() if now is None else now
        if self.idle.touch(now) or self.idle_state != IdleState.ACTIVE:
            self.idle_state = IdleState.ACTIVE
            self.changed()

    def keep_going(self) -> None:
        self.touch()

    def tick(self, now: float | None = None) -> None:
        """Called every second by the view's timer."""
        now = self.monotonic() if now is None else now
        if not self.needs_idle_watch:
            self.idle.touch(now)
            return
        state = self.idle.tick(now)
        if state == IdleState.EXPIRED:
            self.wipe()
            return
        remaining = self.idle.remaining(now)
        if state != self.idle_state or (state == IdleState.WARNING and remaining != self.idle_remaining):
            self.idle_state, self.idle_remaining = state, remaining
            self.changed()

    def idle_warning_text(self) -> str:
        return translate("KioskWindow", "您还在吗？{seconds}秒后将清除您刚才的信息，回到首页。").format(
            seconds=self.idle_remaining
        )

    def wipe(self) -> None:
        """Forget the person: every screen's data, card data, mode; back to home."""
        self.epoch += 1
        self.wipes += 1
        self.reader.stop()
        for vm in self.screens.values():
            vm.on_wipe()
            vm.reset()
        self.mode = DisplayMode()
        self.reading = True
        self.idle.elder = False
        self.elder_offer = self.elder_offer_declined = self.elder_notice = False
        self.idle_state = IdleState.ACTIVE
        self.idle_remaining = 0
        self.screen = Screen.HOME
        self.idle.touch(self.monotonic())
        self.home.enter()
        log.info("kiosk wiped after idle (%d so far)", self.wipes)
        self.changed()

    # ---------------------------------------------------------------- 暂停服务
    def apply_service(self, command: Any) -> None:
        """The manager's word, heard with a heartbeat (on the UI thread): 暂停服务 forgets the
        person at the screen and shows the sign; resuming goes back to the home screen."""
        paused = bool(getattr(command, "paused", False))
        reason = str(getattr(command, "reason", "") or "")
        if paused == self.service_paused and reason == self.pause_reason:
            return
        if paused and not self.service_paused:
            log.info("kiosk paused by the hall manager: %s", reason)
            if self.screen != Screen.TECHNICIAN:
                self.wipe()
        elif not paused:
            log.info("kiosk resumed by the hall manager")
            self.epoch += 1
            self.screen = Screen.HOME
            self.home.enter()
        self.service_paused, self.pause_reason = paused, reason if paused else ""
        self.changed()

    @property
    def heartbeat_screen(self) -> str:
        """What the fleet page shows as this kiosk's screen (a key, never a person's data)."""
        if self.service_paused and self.screen != Screen.TECHNICIAN:
            return "paused"
        return self.screen.value

    @property
    def service_state(self) -> str:
        return "paused" if self.service_paused else "open"

    # ---------------------------------------------------------------- technician
    def technician_tap(self, now: float | None = None) -> None:
        if self.gesture.tap(self.monotonic() if now is None else now):
            self.go(Screen.TECHNICIAN)
