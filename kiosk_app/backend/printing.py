"""The printers every area prints on: the receipt printer (which renders and spools on its own
thread, so handing it a document returns at once) and, for 查询打印, the A4 printer."""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from kiosk_app.backend.areas import KioskTerminal

if TYPE_CHECKING:
    # the printer package loads python-escpos: imported when first used, so the home screen
    # does not wait for it (bench/bench_kiosk.py, cold start)
    from devices.printer.layout import Document, PaperWidth


class Printing:
    def __init__(self, terminal: KioskTerminal) -> None:
        self._t = terminal

    @property
    def paper(self) -> PaperWidth:
        return self._t.devices.printer.paper

    def print_document(self, document: Document, *, job_id: str) -> Future:
        return self._t.devices.print_document(document, job_id=job_id)

    def print_laid_out(self, layout: Any, *, job_id: str) -> Future:
        return self._t.devices.print_laid_out(layout, job_id=job_id)

    def cancel(self, job_id: str) -> None:
        """Drop a job that failed: a slip coming out an hour later helps nobody."""
        self._t.devices.printer.cancel(job_id)

    def print_a4(self, document: Any, *, job_id: str) -> Future:
        return self._t.devices.print_a4(document, job_id=job_id)

    def cancel_a4(self, job_id: str) -> None:
        """The resident left: a job not yet spooled never is, a spooled one is cancelled and
        purged on the A4 printer's thread (this only marks it)."""
        self._t.devices.a4.cancel(job_id)
