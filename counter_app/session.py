"""What one counter terminal holds while it runs (Qt-free): the hall context, the devices,
the options, and who is signed in at which window.

Every view-model gets the same :class:`CounterSession`; the actor of each service call
comes from here, so it is always the person signed in now.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counter_app.prefs import PrefsFile
from devices.errors import DeviceError
from devices.manager import DeviceManager
from shared.domain.errors import PermissionDenied
from shared.services import licences
from shared.services.accounts import SignedIn, WindowInfo
from shared.services.actor import Actor, Role
from shared.services.context import HallContext
from shared.services.permissions import Permission, allowed
from shared.services.slip_templates import layout_for


@dataclass
class CounterOptions:
    idle_lock_minutes: float = 5.0  # 等保2.0 session timeout: the screen locks when nobody works
    # no-show after this many recalls; settings.tickets.max_recalls wins when the settings have it
    max_recalls: int = 2
    print_timeout_s: float = 15.0
    help_poll_s: float = 3.0
    queue_poll_s: float = 5.0
    # each clerk's choices at this terminal (call-and-start); None: kept for the process only
    prefs_file: Path | None = None
    # a help request shown this long is taken as seen: the banner folds into the top bar
    help_banner_s: float = 60.0

    @classmethod
    def from_settings(cls, settings) -> CounterOptions:
        opts = cls()
        recalls = getattr(settings.tickets, "max_recalls", None)
        if recalls is None:
            recalls = os.environ.get("YIMEN_COUNTER_MAX_RECALLS")
        if recalls is not None:
            opts.max_recalls = max(0, int(recalls))
        idle = os.environ.get("YIMEN_COUNTER_IDLE_LOCK_MINUTES")
        if idle:
            opts.idle_lock_minutes = max(0.5, float(idle))
        # beside the store's key folder: the data home of this terminal
        opts.prefs_file = Path(settings.store.key_file).parent.parent / "counter-prefs.json"
        return opts


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    ok: bool
    message: str


class CounterSession:
    def __init__(
        self, ctx: HallContext, *, devices: DeviceManager | None, options: CounterOptions | None = None
    ):
        self.ctx = ctx
        self.devices = devices
        self.options = options or CounterOptions.from_settings(ctx.settings)
        self.signed_in: SignedIn | None = None
        self._platform: Any = None
        self.prefs = PrefsFile(self.options.prefs_file)
        # the clerk's language for what the session itself says (a slip not printed …): Qt's
        # lookup, set by the app (counter_app.app.build_counter); the source's Chinese without it
        self.translate: Callable[[str, str], str] = lambda _context, text: text

    # ------------------------------------------------------------------ who
    @property
    def actor(self) -> Actor:
        if self.signed_in is None:
            raise PermissionDenied(
                self.translate("CounterDesk", "尚未登录。"), hint=self.translate("CounterDesk", "请先登录。")
            )
        return self.signed_in.actor

    @property
    def role(self) -> Role | None:
        return self.signed_in.role if self.signed_in else None

    @property
    def window(self) -> WindowInfo | None:
        return self.signed_in.window if self.signed_in else None

    @property
    def terminal_id(self) -> str:
        return self.ctx.settings.terminal.id

    @property
    def window_no(self) -> int | None:
        return self.ctx.settings.terminal.window_no

    def can(self, permission: Permission) -> bool:
        return self.signed_in is not None and allowed(self.signed_in.role, permission)

    # ------------------------------------------------------------------ the platform
    def platform(self) -> Any:
        """The platform client for e-licences and shared data (built once; a NoPlatform
        without credentials, so every check then waits for the job). Call off the UI thread,
        after :func:`shared.services.licences.warm_up` ran on it."""
        if self._platform is None:
            self._platform = licences.platform_for(self.ctx)
        return self._platform

    # ------------------------------------------------------------------ devices
    def print_slip(self, slip: object, *, job_id: str) -> PrintOutcome:
        """Print and wait (call on a worker thread). A printer fault does not lose the slip:
        the job waits in the printer's spool and comes out when the fault is cleared."""
        if self.devices is None:
            return PrintOutcome(False, self.translate("CounterDesk", "本机未配置打印机，凭证未打印。"))
        try:
            self.devices.print_laid_out(layout_for(slip), job_id=job_id).result(
                timeout=self.options.print_timeout_s
            )
        except FutureTimeout:
            return PrintOutcome(
                False, self.translate("CounterDesk", "打印机没有响应，凭证已排队，恢复后自动打印。")
            )
        except DeviceError as e:
            # the printer's problem in its driver's words (data: staff read it)
            return PrintOutcome(
                False,
                self.translate("CounterDesk", "凭证未打印：{problem}（已排队）").format(problem=e.message),
            )
        return PrintOutcome(True, self.translate("CounterDesk", "已打印"))

    def announce(self, number: str, window: int) -> None:
        """Voice at the counter itself: only where the terminal has speech configured (a station
        without a hall display board); the display announces every call otherwise."""
        if self.devices is not None and self.ctx.settings.devices.tts != "null":
            self.devices.announce_call(number, window)
