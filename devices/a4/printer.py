"""The A4 printer: renders a document to PDF and prints it through the system's spooler (IPP).

Job states come from the spooler, not guessed: the driver follows its job with
Get-Job-Attributes and the queue with Get-Printer-Attributes until the job is completed, or
the spooler shows why it cannot be (paper out, jam, printer offline or stopped, job
cancelled). Then the job is cancelled if still waiting and **purged** (CUPS ``purge-job``):
its spool file and its history go, whatever ``PreserveJobFiles``/``PreserveJobHistory`` say,
because a certificate is personal (个人信息保护法 第四十七条). The PDF lives only in memory.

All I/O of the printer happens on its own thread, ``a4-printer``, one job at a time.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from devices.a4 import ipp
from devices.a4.document import A4Document
from devices.a4.pdf import render_pdf, start_warm_up
from devices.base import Health, HealthState
from devices.errors import DeviceError

log = logging.getLogger(__name__)

# keywords of printer-state-reasons (RFC 8011 §5.4.12, PWG 5100.9), suffixes -error/-warning/-report
_PAPER = ("media-empty", "media-needed", "input-tray-missing")
_JAM = ("media-jam",)
_OFFLINE = ("offline", "connecting-to-device", "timed-out", "shutdown", "door-open", "cover-open")
# words a backend or an operator leaves in printer-state-message (cupsdisable -r …)
_PAPER_WORDS = ("media-empty", "out of paper", "paper out", "缺纸", "无纸", "没纸")
_JAM_WORDS = ("media-jam", "paper jam", "卡纸")


class PrintOutcome(StrEnum):
    PRINTED = "printed"
    PAPER_OUT = "paper_out"
    JAM = "jam"
    OFFLINE = "offline"
    CANCELLED = "cancelled"
    FAILED = "failed"


OUTCOME_WORDS = {
    PrintOutcome.PAPER_OUT: "打印机缺纸",
    PrintOutcome.JAM: "打印机卡纸",
    PrintOutcome.OFFLINE: "打印机暂时不能使用",
    PrintOutcome.CANCELLED: "打印任务被取消",
    PrintOutcome.FAILED: "打印失败",
}


class A4PrintProblem(DeviceError):
    """The job did not print; ``outcome`` says why (from the spooler)."""

    def __init__(self, outcome: PrintOutcome, detail: str = "") -> None:
        words = OUTCOME_WORDS[outcome]
        super().__init__(
            f"{words}{f'（{detail}）' if detail else ''}。",
            hint="已通知工作人员处理；您的文书不会在您离开后被打印出来。",
            device="a4",
        )
        self.outcome = outcome


@dataclass(frozen=True, slots=True)
class QueueState:
    state: int  # printer-state: 3 idle, 4 processing, 5 stopped
    reasons: tuple[str, ...]
    message: str
    accepting: bool
    model: str = ""

    def problem(self) -> PrintOutcome | None:
        """What keeps the queue from printing, or None."""
        reasons = [r for r in self.reasons if not r.endswith("-warning") and r != "none"]
        text = self.message.lower()
        if any(r.startswith(_PAPER) for r in reasons) or (self.state == ipp.PRINTER_STOPPED and _says(text, _PAPER_WORDS)):
            return PrintOutcome.PAPER_OUT
        if any(r.startswith(_JAM) for r in reasons) or (self.state == ipp.PRINTER_STOPPED and _says(text, _JAM_WORDS)):
            return PrintOutcome.JAM
        if self.state == ipp.PRINTER_STOPPED or not self.accepting or any(r.startswith(_OFFLINE) for r in reasons):
            return PrintOutcome.OFFLINE
        return None

    def health(self) -> Health:
        problem = self.problem()
        if problem is None:
            warn = [r for r in self.reasons if r.endswith("-warning")]
            if any(r.startswith("media-") for r in warn):
                return Health(HealthState.DEGRADED, "A4 打印纸快用完了")
            return Health.ok()
        detail = f"：{self.message}" if self.message else ""
        return Health(HealthState.OFFLINE, f"{OUTCOME_WORDS[problem]}{detail}")


def _says(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


@dataclass(frozen=True, slots=True)
class A4Job:
    job_id: str
    spooler_job: int
    outcome: PrintOutcome
    pdf_bytes: int
    seconds: float


class A4Printer:
    """``A4Printer("ipp://127.0.0.1:631/printers/A4PDF")``; ``print_document(doc, job_id=...)``."""

    name = "a4"
    present = True
    health_every_s = 5.0  # the device manager asks every half second; the spooler is asked less often

    def __init__(
        self,
        uri: str,
        *,
        poll_s: float = 0.1,
        job_timeout_s: float = 60.0,
        renderer: Callable[[A4Document], bytes] = render_pdf,
        on_health: Callable[[Health], None] | None = None,
        job_options: dict[str, str] | None = None,
    ) -> None:
        self.client = ipp.IppClient(uri)
        self.uri = self.client.uri
        self.poll_s = poll_s
        self.job_timeout_s = job_timeout_s
        self.renderer = renderer
        self.on_health = on_health
        # a PDF through CUPS's PostScript filter keeps its text with the cairo renderer
        # (local_cups.py); spoolers that do not know the option ignore it
        self.job_options = {"pdftops-renderer": "pdftocairo"} if job_options is None else job_options
        self._health = Health(HealthState.OFFLINE, "A4 打印机尚未连接")
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._cancelled: set[str] = set()
        self._active: dict[str, int] = {}
        self._checked_at = 0.0

    # ------------------------------------------------------------ life

    def open(self) -> None:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="a4-printer")
        if self.renderer is render_pdf:
            start_warm_up()  # this machine's cut-down CJK face, before the first resident prints
        self.check_status()

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def health(self) -> Health:
        """The last known health, refreshed from the spooler at most every few seconds, so a
        queue that ran out of paper between jobs shows on the kiosk before anyone prints."""
        if self._executor is not None and time.monotonic() - self._checked_at > self.health_every_s:
            self._checked_at = time.monotonic()
            with contextlib.suppress(ipp.IppError):
                self.check_status()
        return self._health

    def _set_health(self, health: Health) -> None:
        changed = (health.state, health.reason) != (self._health.state, self._health.reason)
        self._health = health
        if changed and self.on_health is not None:
            try:
                self.on_health(health)
            except Exception:
                log.exception("A4 health listener failed")

    def check_status(self) -> QueueState:
        """Ask the spooler about the queue; updates health. Raises IppError when unreachable."""
        try:
            attrs = self.client.printer_attributes()
        except ipp.IppError as e:
            self._set_health(Health(HealthState.OFFLINE, e.message))
            raise
        state = QueueState(
            state=int(_one(attrs, "printer-state", ipp.PRINTER_IDLE)),
            reasons=tuple(str(r) for r in attrs.get("printer-state-reasons", ["none"])),
            message=str(_one(attrs, "printer-state-message", "")),
            accepting=bool(_one(attrs, "printer-is-accepting-jobs", True)),
            model=str(_one(attrs, "printer-make-and-model", "")),
        )
        self._set_health(state.health())
        return state

    def describe(self) -> str:
        return f"IPP {self.uri}"

    # ------------------------------------------------------------ printing

    def submit(self, document: A4Document, *, job_id: str) -> Future[A4Job]:
        """Print on the printer's thread; the future gives the :class:`A4Job` or raises
        :class:`A4PrintProblem` / :class:`~devices.a4.ipp.IppError`."""
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="a4-printer")
            return self._executor.submit(self.print_document, document, job_id=job_id)

    def print_pdf(self, pdf: bytes, *, job_id: str, job_name: str = "yimen-a4") -> A4Job:
        """Spool a rendered PDF and follow it to its end (blocking). Always purges the job."""
        started = time.monotonic()
        self._stop_if_cancelled(job_id)
        state = self.check_status()
        problem = state.problem()
        if problem is not None:
            # nothing is sent to a queue that cannot print: the document must not come out later
            raise A4PrintProblem(problem, state.message)
        spooled = self.client.print_job(pdf, job_name=job_name, options=self.job_options)
        with self._lock:
            self._active[job_id] = spooled
        try:
            outcome, detail = self._follow(job_id, spooled)
        finally:
            with self._lock:
                self._active.pop(job_id, None)
                self._cancelled.discard(job_id)
            self._purge(spooled)
        if outcome is not PrintOutcome.PRINTED:
            raise A4PrintProblem(outcome, detail)
        return A4Job(job_id, spooled, outcome, len(pdf), time.monotonic() - started)

    def print_document(self, document: A4Document, *, job_id: str) -> A4Job:
        self._stop_if_cancelled(job_id)  # waiting behind another job when the resident left
        pdf = self.renderer(document)
        return self.print_pdf(pdf, job_id=job_id, job_name=document.job_name)

    def cancel(self, job_id: str) -> None:
        """Stop a job of ours (the resident left, the kiosk was wiped): a job not yet spooled
        never is; a spooled one is cancelled and purged (spool file and history)."""
        with self._lock:
            self._cancelled.add(job_id)

    def _stop_if_cancelled(self, job_id: str) -> None:
        with self._lock:
            cancelled = job_id in self._cancelled
            self._cancelled.discard(job_id)
        if cancelled:
            raise A4PrintProblem(PrintOutcome.CANCELLED, "已取消，没有送到打印机")

    def _follow(self, job_id: str, spooled: int) -> tuple[PrintOutcome, str]:
        deadline = time.monotonic() + self.job_timeout_s
        while True:
            attrs = self.client.job_attributes(spooled)
            job_state = int(_one(attrs, "job-state", ipp.JOB_PENDING))
            if job_state == ipp.JOB_COMPLETED:
                return PrintOutcome.PRINTED, ""
            if job_state == ipp.JOB_CANCELED:
                return PrintOutcome.CANCELLED, "工作人员在打印服务中取消了任务"
            if job_state == ipp.JOB_ABORTED:
                return PrintOutcome.FAILED, str(_one(attrs, "job-state-message", ""))
            with self._lock:
                if job_id in self._cancelled:
                    return PrintOutcome.CANCELLED, "已取消"
            queue = self.check_status()
            problem = queue.problem()
            if problem is not None:
                return problem, queue.message
            if job_state in (ipp.JOB_HELD, ipp.JOB_STOPPED):
                return PrintOutcome.OFFLINE, str(_one(attrs, "job-state-message", "")) or "任务被挂起"
            if time.monotonic() > deadline:
                return PrintOutcome.OFFLINE, f"{self.job_timeout_s:.0f} 秒内没有打完"
            time.sleep(self.poll_s)

    def _purge(self, spooled: int) -> None:
        try:
            self.client.cancel_job(spooled, purge=True)
        except ipp.IppError as e:
            # the job stays in the spooler's history: the technician must know (and purge by hand)
            log.error("A4 job %d could not be purged from the spooler: %s", spooled, e.message)


def _one(attrs: dict[str, list[Any]], name: str, default: Any) -> Any:
    values = attrs.get(name)
    return values[0] if values else default
