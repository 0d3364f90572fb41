"""The devices while the device manager starts on its own thread.

Starting the drivers (python-escpos, OpenCV for the scanner, serial ports, simulators) takes
longer than showing the home screen, and nothing on the home screen needs them. Until the
real manager arrives, :class:`StartingDevices` answers for it (Vorta's Null-object rule:
callers never test for ``None``): no health problems yet, speech queued nowhere, and a slip
printed in those first moments waits and is handed to the printer once it is there.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from typing import Any

from devices.null_devices import NullIdCardReader, NullPrinter

log = logging.getLogger(__name__)


class StartingDevices:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._real: Any = None
        self._waiting: list[tuple[str, object, str | None, Future]] = []
        self.on_event: Any = None
        self.simulators: dict[str, Any] = {}
        # Null objects until the real ones arrive: a slip laid out now is laid out for the
        # kiosk's common 80 mm paper, and there is no job of theirs to cancel
        self.printer = NullPrinter()
        self.idcard = NullIdCardReader()

    def health(self) -> dict[str, Any]:
        return {}

    def say(self, text: str) -> None:
        log.info("speech asked for while devices start; not spoken")

    def print_laid_out(self, layout: object, *, job_id: str | None = None) -> Future:
        return self._later("print_laid_out", layout, job_id)

    def print_document(self, document: object, *, job_id: str | None = None) -> Future:
        return self._later("print_document", document, job_id)

    def _later(self, method: str, value: object, job_id: str | None) -> Future:
        with self._lock:
            if self._real is None:
                future: Future = Future()
                self._waiting.append((method, value, job_id, future))
                return future
            real = self._real
        return getattr(real, method)(value, job_id=job_id)

    def hand_over(self, real: Any) -> None:
        """The manager has started: forward what waited, chaining each job's result."""
        with self._lock:
            self._real = real
            waiting, self._waiting = self._waiting, []
        for method, value, job_id, future in waiting:
            try:
                inner = getattr(real, method)(value, job_id=job_id)
            except Exception as e:
                future.set_exception(e)
                continue
            inner.add_done_callback(lambda f, out=future: _copy(f, out))


def _copy(source: Future, target: Future) -> None:
    error = source.exception()
    if error is not None:
        target.set_exception(error)
    else:
        target.set_result(source.result())
