"""The receipt printer driver: one printer, its own thread, a queue that loses nothing.

All printer work happens on the printer's named thread, ``printer:<name>``:
rendering the document to ESC/POS, spooling it (write, fsync, rename), status
requests and the job bytes. python-escpos objects are not thread-safe, a slow or
dead printer must never block the kiosk's UI (the Electrum hw_wallet rule), and a
spool's fsync can take tens of milliseconds on an SD card. ``submit`` only checks
what it can check without I/O (paper width, job id) and returns a future at once;
results also come back through callbacks (job done, job failed, health) that the
Qt layer turns into signals.

Before every job the printer is asked for its status (DLE EOT 1/2/4, our own
exchange with a timeout). A printer that is offline, out of paper or silent
gets nothing: the job waits in the :class:`PrintQueue` (and its spool) and is
printed when a later poll finds the printer ready, or on ``reprint()``.
"""

from __future__ import annotations

# The printer thread renders, and rendering loads the GB18030 codec and PIL's image file
# support on first use. Loaded here instead, on the thread that imports the driver: a module
# imported for the first time on a worker thread while Qt runs goes through shiboken's
# import hook, which is not thread-safe in PySide6 6.12 (the kiosk aborted with none_dealloc).
import encodings.gb18030  # noqa: F401
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import PIL.ImageFile  # noqa: F401  (see the import of encodings.gb18030 above)

from devices.base import Health, HealthState
from devices.printer.connections import PrinterConnection
from devices.printer.errors import PrintDocumentInvalid, PrinterError, PrintFailed
from devices.printer.escpos_render import render_bytes
from devices.printer.layout import Document, PaperWidth
from devices.printer.print_queue import PrintJob, PrintQueue, check_job_id
from devices.printer.status import PrinterStatus, read_status
from shared.domain.words import words

log = logging.getLogger(__name__)

JobCallback = Callable[[PrintJob], None]
FailedCallback = Callable[[PrintJob, PrinterError], None]
HealthCallback = Callable[[Health], None]


@dataclass(frozen=True, slots=True)
class _Drain:
    """Print what is pending; resolve ``future`` with the outcome for ``job_id`` (or the whole batch)."""

    job_id: str | None
    future: Future


@dataclass(frozen=True, slots=True)
class _Submit:
    """Render ``layout(paper)``, spool it as ``job_id``, print it; resolve ``future`` with the job."""

    layout: Callable[[PaperWidth], Document]
    job_id: str | None
    future: Future


@dataclass(frozen=True, slots=True)
class _StatusCheck:
    future: Future


_STOP = object()


class ReceiptPrinter:
    """``devices.base.Device`` for an ESC/POS receipt printer.

    ``chinese_font=False`` prints Chinese as raster images (printers without a
    Chinese ROM); ``native_qr=False`` sends QR codes as images. ``spool_dir`` keeps
    waiting jobs on disk. ``allow_unknown_status=True`` prints to a printer that
    never answers status requests (health stays DEGRADED); by default such a
    printer gets no jobs, because silence is not "ready".
    """

    def __init__(
        self,
        connection: PrinterConnection,
        *,
        name: str = "receipt-printer",
        width_mm: int = 80,
        chinese_font: bool = True,
        native_qr: bool = True,
        spool_dir: str | Path | None = None,
        status_timeout: float = 1.0,
        retry_interval: float = 3.0,
        poll_interval: float | None = 15.0,
        allow_unknown_status: bool = False,
        raise_on_near_end: bool = False,
        on_job_done: JobCallback | None = None,
        on_job_failed: FailedCallback | None = None,
        on_health: HealthCallback | None = None,
    ) -> None:
        self.name = name
        self.connection = connection
        self.paper = PaperWidth.from_mm(width_mm)
        self.chinese_font = chinese_font
        self.native_qr = native_qr
        self.status_timeout = status_timeout
        self.retry_interval = retry_interval
        self.poll_interval = poll_interval
        self.allow_unknown_status = allow_unknown_status
        self.raise_on_near_end = raise_on_near_end
        self.on_job_done = on_job_done
        self.on_job_failed = on_job_failed
        self.on_health = on_health
        self.queue = PrintQueue(spool_dir)
        self._commands: queue.Queue[object] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._health = Health(HealthState.DEGRADED, "打印机尚未检查")
        self._health_lock = threading.Lock()
        self._last_failure: dict[
            str, str
        ] = {}  # job id -> error class already reported, to report each change once

    # ---- Device -------------------------------------------------------------------------------

    def open(self) -> None:
        """Start the printer thread; it checks the printer and prints anything left in the spool."""
        if self._start_thread():
            self._commands.put(_Drain(None, Future()))

    def close(self, *, timeout: float = 10.0) -> None:
        """Finish the job in hand, stop the thread, close the connection. Waiting jobs stay spooled."""
        thread = self._thread
        if thread and thread.is_alive():
            self._commands.put(_STOP)
            thread.join(timeout)
        self._thread = None

    def health(self) -> Health:
        with self._health_lock:
            return self._health

    # ---- printing -----------------------------------------------------------------------------

    def render(self, document: Document) -> bytes:
        self._check_width(document)
        return render_bytes(document, chinese_font=self.chinese_font, native_qr=self.native_qr)

    def submit(self, document: Document, *, job_id: str | None = None) -> Future:
        """Queue ``document`` and return at once: a future resolving to the printed job, or
        raising why it waits (PaperOut, PrinterOffline …; the job stays queued and spooled).

        Rendering and spooling happen on the printer's thread; only the paper width and the
        job id are checked here. A ``job_id`` that is waiting already (or was printed by this
        process) is not queued twice: use the ticket or case number so a double tap never
        prints two slips.
        """
        self._check_width(document)
        return self._submit(lambda _paper: document, job_id)

    def submit_laid_out(
        self, layout: Callable[[PaperWidth], Document], *, job_id: str | None = None
    ) -> Future:
        """``submit`` a document laid out for this printer's paper by ``layout(width)``
        (called on the printer's thread)."""
        return self._submit(layout, job_id)

    def _submit(self, layout: Callable[[PaperWidth], Document], job_id: str | None) -> Future:
        if job_id is not None:
            check_job_id(job_id)
        future: Future = Future()
        self._ensure_running()
        self._commands.put(_Submit(layout, job_id, future))
        return future

    def _check_width(self, document: Document) -> None:
        if document.width is not self.paper:
            # a 80 mm layout on 58 mm paper would be cut off at the right edge
            raise PrintDocumentInvalid(
                words("凭证按 {mm} 毫米排版，但打印机装的是 {mm2} 毫米纸。", mm=document.width.mm, mm2=self.paper.mm),
                hint="按打印机纸宽重新排版凭证（print_laid_out 会按纸宽排版）。",
            )

    def print_document(
        self, document: Document, *, job_id: str | None = None, timeout: float = 30.0
    ) -> PrintJob:
        """Print and wait. Raises the typed error (PaperOut, PrinterOffline, …) if this attempt
        failed; the job is still queued and comes out on ``reprint()`` or when the printer is back."""
        return self._wait(self.submit(document, job_id=job_id), document.title, timeout)

    def print_laid_out(
        self, layout: Callable[[PaperWidth], Document], *, job_id: str | None = None, timeout: float = 30.0
    ) -> PrintJob:
        """Lay a document out for this printer's paper (``layout(width)``) and print it."""
        return self._wait(self.submit_laid_out(layout, job_id=job_id), job_id or "凭证", timeout)

    def _wait(self, future: Future, title: str, timeout: float) -> PrintJob:
        try:
            return future.result(timeout)
        except TimeoutError:
            raise PrintFailed(
                words("打印“{title}”超过 {timeout:g} 秒仍未完成，任务已保留。", title=title, timeout=timeout),
                hint="检查打印机是否卡纸或连线松动；恢复后会自动补打。",
                device=self.connection.describe(),
            ) from None

    def reprint(self, job_id: str | None = None) -> Future:
        """Try the waiting jobs now (all of them, in order). The future resolves to the job
        (or the last one printed) or raises why they still wait."""
        future: Future = Future()
        self._ensure_running()
        self._commands.put(_Drain(job_id, future))
        return future

    def cancel(self, job_id: str) -> PrintJob | None:
        """Drop a waiting job (a clerk decided it is no longer needed)."""
        job = self.queue.cancel(job_id)
        if job:
            log.info("print job %s (%s) cancelled", job.job_id, job.title)
        return job

    def pending_jobs(self) -> list[PrintJob]:
        return self.queue.pending()

    def check_status(self, *, timeout: float = 10.0) -> PrinterStatus:
        """Ask the printer now (on its thread) and update health."""
        future: Future = Future()
        self._ensure_running()
        self._commands.put(_StatusCheck(future))
        return future.result(timeout)

    # ---- the printer thread -------------------------------------------------------------------

    def _ensure_running(self) -> None:
        # started on first use without the initial drain: the command about to be queued does that
        self._start_thread()

    def _start_thread(self) -> bool:
        if self._thread and self._thread.is_alive():
            return False
        self._thread = threading.Thread(target=self._run, name=f"printer:{self.name}", daemon=True)
        self._thread.start()
        return True

    def _run(self) -> None:
        try:
            while True:
                try:
                    command = self._commands.get(timeout=self._wait_time())
                except queue.Empty:
                    command = _Drain(None, Future())  # periodic poll: retry waiting jobs, refresh health
                if command is _STOP:
                    return
                try:
                    if isinstance(command, _Submit):
                        self._add_and_print(command)
                    elif isinstance(command, _StatusCheck):
                        self._status_check(command.future)
                    elif isinstance(command, _Drain):
                        self._drain(command)
                except Exception as e:  # a bug must not kill the printer thread and strand the queue
                    log.exception("printer %s: unexpected error", self.name)
                    fut = getattr(command, "future", None)
                    if fut is not None and not fut.done():
                        fut.set_exception(PrintFailed(hint=f"{type(e).__name__}: {e}"))
        finally:
            self.connection.close()

    def _wait_time(self) -> float | None:
        if len(self.queue):
            return self.retry_interval
        return self.poll_interval

    def _status_check(self, future: Future) -> None:
        try:
            status = read_status(self.connection, timeout=self.status_timeout)
        except PrinterError as e:
            self._set_health(Health(HealthState.OFFLINE, e.message, code=e.health_code))
            future.set_exception(e)
            return
        finally:
            self.connection.release()
        self._set_health(status.health(allow_unknown=self.allow_unknown_status))
        future.set_result(status)

    def _add_and_print(self, command: _Submit) -> None:
        try:
            document = command.layout(self.paper)
            job, added = self.queue.add(
                data=self.render(document), title=document.title, job_id=command.job_id
            )
        except PrinterError as e:  # a document this printer cannot take: nothing was queued
            command.future.set_exception(e)
            return
        if not added and job.state.value != "pending":
            command.future.set_result(job)  # printed (or cancelled) before: never twice
            return
        self._drain(_Drain(job.job_id, command.future))

    def _drain(self, command: _Drain) -> None:
        """Print pending jobs oldest first, checking status before each; stop at the first failure."""
        printed: PrintJob | None = None
        try:
            for job in self.queue.pending():
                if job.state.value != "pending":
                    continue
                try:
                    self._print_one(job)
                except PrinterError as e:
                    self._failed(job, e, command)
                    return
                printed = self.queue.mark_done(job.job_id) or job
                self._last_failure.pop(job.job_id, None)
                log.info("printer %s: job %s (%s) printed", self.name, job.job_id, job.title)
                if self.on_job_done:
                    self._callback(self.on_job_done, printed)
                if command.job_id == job.job_id and not command.future.done():
                    command.future.set_result(printed)
            if not self.queue.pending() and printed is None:
                self._refresh_health_when_idle()
        finally:
            self.connection.release()
        if not command.future.done():
            known = self.queue.get(command.job_id) if command.job_id else printed
            command.future.set_result(known)

    def _print_one(self, job: PrintJob) -> None:
        status = read_status(self.connection, timeout=self.status_timeout)
        health = status.health(allow_unknown=self.allow_unknown_status)
        problem = status.problem(
            device=self.connection.describe(),
            allow_unknown=self.allow_unknown_status,
            near_end_is_error=self.raise_on_near_end,
        )
        if problem is not None:
            raise problem
        self.connection.write(job.data)
        self._set_health(health)

    def _failed(self, job: PrintJob, error: PrinterError, command: _Drain) -> None:
        self.queue.record_failure(job.job_id, str(error))
        self._set_health(Health(HealthState.OFFLINE, error.message, code=error.health_code))
        waiting = self.queue.pending()
        # every waiting job learns why once per change of cause, not on every retry poll
        for w in waiting:
            if w.job_id != job.job_id:
                self.queue.record_failure(w.job_id, str(error), attempted=False)
            kind = type(error).__name__
            if self._last_failure.get(w.job_id) != kind:
                self._last_failure[w.job_id] = kind
                log.warning(
                    "printer %s: job %s (%s) waiting: %s", self.name, w.job_id, w.title, error.message
                )
                if self.on_job_failed:
                    self._callback(self.on_job_failed, w, error)
        if not command.future.done():
            command.future.set_exception(error)

    def _refresh_health_when_idle(self) -> None:
        try:
            status = read_status(self.connection, timeout=self.status_timeout)
        except PrinterError as e:
            self._set_health(Health(HealthState.OFFLINE, e.message, code=e.health_code))
            return
        self._set_health(status.health(allow_unknown=self.allow_unknown_status))

    def _set_health(self, health: Health) -> None:
        with self._health_lock:
            changed = (health.state, health.reason) != (self._health.state, self._health.reason)
            self._health = health
        if changed and self.on_health:
            self._callback(self.on_health, health)

    def _callback(self, fn: Callable[..., None], *args: object) -> None:
        try:
            fn(*args)
        except Exception:  # the UI's slot failing must not stop printing
            log.exception("printer %s: callback %r failed", self.name, fn)
