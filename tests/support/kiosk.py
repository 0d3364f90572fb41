"""The kiosk tests' resident: drives the Qt-free view-model the way the devices and a person
would, over a demo hall (yimen.demo.kiosk_hall), with work run inline on the test's thread."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from kiosk_app.backend import KioskBackend
from kiosk_app.viewmodels.root import KioskViewModel
from shared.ui.runner import DoneCallback, ErrorCallback
from yimen.demo.kiosk_hall import DemoHall


class InlineRunner:
    """The runner contract (shared.ui.runner.Runner) without Qt, for the Qt-free view-model
    tests: work runs at once on the test's thread; callbacks posted from device threads wait
    until :meth:`pump`. (The apps use shared.ui.tasks.TaskRunner; the window tests and the
    tours exercise it.)"""

    def __init__(self) -> None:
        self._owner = threading.get_ident()
        self._posted: queue.Queue[Callable[[], None]] = queue.Queue()
        self._keys: set[str] = set()

    def run(
        self,
        fn: Callable[..., Any],
        /,
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        key: str | None = None,
        name: str | None = None,
        **kwargs: Any,
    ) -> object | None:
        if key is not None:
            if key in self._keys:
                return None
            self._keys.add(key)
        try:
            result = fn(*args, **kwargs)
        except Exception as e:
            if on_error is not None:
                on_error(e)
        else:
            if on_done is not None:
                on_done(result)
        finally:
            if key is not None:
                self._keys.discard(key)
        return fn

    def call_soon(self, fn: Callable[[], None]) -> None:
        if threading.get_ident() == self._owner:
            fn()
        else:
            self._posted.put(fn)

    def pump(self, *, until: Callable[[], bool] | None = None, timeout: float = 5.0) -> bool:
        """Run posted callbacks; with ``until``, keep going until it is true or ``timeout`` passes."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                fn = self._posted.get(timeout=0.01 if until is not None else 0)
            except queue.Empty:
                fn = None
            if fn is not None:
                fn()
            if until is None:
                if fn is None:
                    return True
                continue
            if until():
                return True
            if time.monotonic() > deadline:
                return False


class Resident:
    """Drives the Qt-free view-model the way the devices and a person would."""

    def __init__(self, hall: DemoHall) -> None:
        self.hall = hall
        self.runner = InlineRunner()
        self.clock_s = 1000.0
        self.vm = KioskViewModel(
            KioskBackend(hall.ctx, hall.devices),
            self.runner,
            settings=hall.ctx.settings.kiosk,
            monotonic=lambda: self.clock_s,
        )
        hall.devices.on_event = lambda e: self.runner.call_soon(lambda: self.vm.on_device_event(e))
        self.vm.home.enter()

    def wait(self, until: Callable[[], bool], timeout: float = 10.0) -> None:
        assert self.runner.pump(until=until, timeout=timeout), "the kiosk did not reach the expected state"

    def card(self, name: str, until: Callable[[], bool]) -> None:
        sim = self.hall.devices.simulators["idcard"]
        sim.place_card(name)
        try:
            self.wait(until)
        finally:
            sim.lift_card()  # a reader ignores a read card until it has seen it lifted

    def scan(self, text: str, until: Callable[[], bool]) -> None:
        self.hall.devices.scanner.present(text)
        self.wait(until)

    def type_digits(self, key: Callable[[str], None], digits: str) -> None:
        for ch in digits:
            key(ch)
