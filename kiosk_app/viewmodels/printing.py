"""One slip on its way out of the kiosk's printer: the print tracker every screen that prints
uses (ticket, self-service receipt, service guide).

``printing`` → ``printed`` | ``failed``. Composing the slip and handing it to the driver run
on the runner's worker; the driver renders and spools it on the printer's own thread; the
outcome comes back to the UI thread through ``call_soon``. Nothing of it touches the UI
thread but the state change.

When a slip fails, its job is cancelled (a slip that comes out an hour later, when the paper
is back, helps nobody and shows a stranger someone's number), and a screen that says so calls
a helper with the reason, because a resident without a slip may not know what to do next.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from kiosk_app.language import translate
from shared.ui.error_words import Reader, error_words

if TYPE_CHECKING:
    from kiosk_app.viewmodels.base import ScreenViewModel

log = logging.getLogger(__name__)

PRINTING, PRINTED, FAILED = "printing", "printed", "failed"


class PrintTracker:
    """The print state of one screen's view-model; ``changed()`` of the screen after each step."""

    def __init__(self, vm: ScreenViewModel) -> None:
        self._vm = vm
        self._generation = 0  # a reset or a new slip makes late answers about the old one stale
        self.state = ""  # "" | printing | printed | failed
        self.problem = ""  # the failure in a resident's words
        self.help_sent = False  # a helper was called about the failure

    def reset(self) -> None:
        self._generation += 1
        self.state = self.problem = ""
        self.help_sent = False

    @property
    def busy(self) -> bool:
        return self.state == PRINTING

    def start(
        self,
        submit: Callable[[], Future],
        *,
        job_id: str,
        help_reason: Callable[[str], str] | None = None,
    ) -> None:
        """Print what ``submit()`` hands to the devices (it returns the job's future), as
        ``job_id``. On failure the job is cancelled and, with ``help_reason``, a helper is
        called with ``help_reason(problem)``."""
        self.reset()
        generation = self._generation
        self.state = PRINTING
        self._vm.changed()

        def current() -> bool:
            return generation == self._generation

        def handed_over(future: Future) -> None:
            runner = self._vm.runner
            epoch = self._vm.root.epoch

            def finished(f: Future) -> None:  # on the printer's thread
                error = f.exception()

                def deliver() -> None:
                    if epoch != self._vm.root.epoch or not current():
                        return  # the person left, or another slip is on its way
                    if error is None:
                        self.state = PRINTED
                        self._vm.changed()
                    else:
                        failed(error)

                runner.call_soon(deliver)

            future.add_done_callback(finished)

        def failed(error: BaseException) -> None:
            if not current():
                return
            self.state = FAILED
            self.problem, _ = error_words(error, reader=Reader.RESIDENT, translate=translate)
            log.warning("kiosk print job %s failed: %s", job_id, error)
            self._vm.changed()
            self._vm.run(
                lambda: self._vm.backend.printing.cancel(job_id), _ignore, _cancel_failed, busy=False
            )
            if help_reason is not None:
                reason = help_reason(self.problem)
                self._vm.run(
                    lambda: self._vm.backend.help.call(reason=reason), helped, lambda _e: None, busy=False
                )

        def helped(_request: Any) -> None:
            if current():
                self.help_sent = True
                self._vm.changed()

        self._vm.run(submit, handed_over, failed, busy=False)


def _ignore(_result: object) -> None:
    pass


def _cancel_failed(error: BaseException) -> None:
    log.warning("a failed slip could not be cancelled: %s", error)


class PrintingScreen:
    """What a screen that prints shows of its slip (the views and the tours read these)."""

    slip: PrintTracker

    @property
    def print_state(self) -> str:
        return self.slip.state

    @property
    def print_problem(self) -> str:
        return self.slip.problem

    @property
    def help_sent(self) -> bool:
        return self.slip.help_sent
