"""Print jobs waiting for the printer, in memory and (optionally) spooled to disk.

A job leaves the queue only when its bytes were delivered to a printer that
reported itself ready, or when a clerk cancels it; a restart reloads the spool
so nothing waiting is lost. Submitting a job id that is already waiting (or was
printed by this process) does not add a second copy.

Spool file ``<seq>-<job_id>.job``: a magic line, one JSON header line, then the
ESC/POS bytes. Files are written to a temporary name, fsync'ed and renamed, so
a crash leaves either the old or the new file. A file that cannot be read is
moved to ``corrupt/`` (never deleted) and reported.

Delivery is at-least-once: a crash in the instant between the printer taking a
job and the spool file being removed prints that job again after the restart.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from devices.printer.errors import PrintDocumentInvalid
from shared.domain import ui_thread
from shared.domain.words import words

log = logging.getLogger(__name__)

SPOOL_MAGIC = b"YIMEN-PRINT-JOB 1\n"
_SPOOL_NAME = re.compile(r"^(\d{10})-([A-Za-z0-9_.-]{1,80})\.job$")
_JOB_ID = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")
_REMEMBER_DONE = 1000


class JobState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(slots=True)
class PrintJob:
    job_id: str
    title: str
    data: bytes
    seq: int = 0
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    state: JobState = JobState.PENDING
    attempts: int = 0
    last_error: str = ""
    printed_at: datetime | None = None


def new_job_id() -> str:
    return uuid.uuid4().hex


def check_job_id(job_id: str) -> None:
    """A job id names the spool file: letters, digits, dot, dash and underscore only."""
    if not _JOB_ID.match(job_id):
        raise PrintDocumentInvalid(
            words("打印任务编号“{job_id}”含有不允许的字符。", job_id=job_id), hint="只用字母、数字、点、横线和下划线。"
        )


class PrintQueue:
    """Thread-safe FIFO of pending jobs; ``spool_dir`` makes it survive restarts."""

    def __init__(self, spool_dir: str | Path | None = None) -> None:
        self._lock = threading.RLock()
        self._pending: OrderedDict[str, PrintJob] = OrderedDict()
        self._done: OrderedDict[str, PrintJob] = OrderedDict()
        self._seq = 0
        self.spool_dir = Path(spool_dir) if spool_dir else None
        self.quarantined: list[Path] = []
        if self.spool_dir:
            self.spool_dir.mkdir(parents=True, exist_ok=True)
            os.chmod(
                self.spool_dir, 0o700
            )  # receipts carry masked personal data; still nobody else's business
            self._load()

    # -- queries --------------------------------------------------------------------------------

    def pending(self) -> list[PrintJob]:
        with self._lock:
            return list(self._pending.values())

    def get(self, job_id: str) -> PrintJob | None:
        with self._lock:
            return self._pending.get(job_id) or self._done.get(job_id)

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending)

    # -- changes --------------------------------------------------------------------------------

    def add(self, *, data: bytes, title: str = "", job_id: str | None = None) -> tuple[PrintJob, bool]:
        """Queue a job; returns (job, added). ``added`` is False for a job id already known."""
        ui_thread.check("queueing a print job")
        job_id = job_id or new_job_id()
        check_job_id(job_id)
        if not data:
            raise PrintDocumentInvalid("打印任务没有内容。")
        with self._lock:
            known = self._pending.get(job_id) or self._done.get(job_id)
            if known is not None:
                return known, False
            self._seq += 1
            job = PrintJob(job_id=job_id, title=title, data=data, seq=self._seq)
            self._write(job)
            self._pending[job_id] = job
            return job, True

    def record_failure(self, job_id: str, error: str, *, attempted: bool = True) -> PrintJob | None:
        """Note why ``job_id`` waits; ``attempted=False`` for jobs queued behind the one that failed."""
        with self._lock:
            job = self._pending.get(job_id)
            if job is None:
                return None
            if not attempted and job.last_error == error:
                return job
            job.attempts += 1 if attempted else 0
            job.last_error = error
            self._write(job)
            return job

    def mark_done(self, job_id: str) -> PrintJob | None:
        with self._lock:
            job = self._pending.pop(job_id, None)
            if job is None:
                return None
            job.state = JobState.DONE
            job.printed_at = datetime.now(UTC)
            self._remove(job)
            self._remember(job)
            return job

    def cancel(self, job_id: str) -> PrintJob | None:
        ui_thread.check("cancelling a print job")
        with self._lock:
            job = self._pending.pop(job_id, None)
            if job is None:
                return None
            job.state = JobState.CANCELLED
            self._remove(job)
            self._remember(job)
            return job

    def _remember(self, job: PrintJob) -> None:
        self._done[job.job_id] = job
        while len(self._done) > _REMEMBER_DONE:
            self._done.popitem(last=False)

    # -- spool ----------------------------------------------------------------------------------

    def _path(self, job: PrintJob) -> Path:
        assert self.spool_dir is not None
        return self.spool_dir / f"{job.seq:010d}-{job.job_id}.job"

    def _write(self, job: PrintJob) -> None:
        if not self.spool_dir:
            return
        ui_thread.check("writing the print spool")
        header = {
            "job_id": job.job_id,
            "title": job.title,
            "created_at": job.created_at.isoformat(),
            "attempts": job.attempts,
            "last_error": job.last_error,
            "size": len(job.data),
        }
        path = self._path(job)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            f.write(SPOOL_MAGIC + json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + job.data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        _fsync_dir(self.spool_dir)

    def _remove(self, job: PrintJob) -> None:
        if not self.spool_dir:
            return
        ui_thread.check("removing a spool file")
        try:
            self._path(job).unlink()
        except FileNotFoundError:
            pass
        _fsync_dir(self.spool_dir)

    def _load(self) -> None:
        assert self.spool_dir is not None
        for stale in self.spool_dir.glob("*.tmp"):
            stale.unlink()  # a write that never completed; the .job it replaces is still there
        jobs: list[PrintJob] = []
        for path in sorted(self.spool_dir.glob("*.job")):
            m = _SPOOL_NAME.match(path.name)
            if m:  # numbering continues after every file seen, readable or not
                self._seq = max(self._seq, int(m.group(1)))
            try:
                jobs.append(_read_spool_file(path))
            except (ValueError, TypeError, OSError, KeyError) as e:
                self._quarantine(path, str(e))
        for job in sorted(jobs, key=lambda j: j.seq):
            self._pending[job.job_id] = job
            self._seq = max(self._seq, job.seq)
        if jobs:
            log.info("printer spool %s: %d job(s) waiting from before the restart", self.spool_dir, len(jobs))

    def _quarantine(self, path: Path, reason: str) -> None:
        assert self.spool_dir is not None
        corrupt = self.spool_dir / "corrupt"
        corrupt.mkdir(exist_ok=True)
        target = corrupt / path.name
        os.replace(path, target)
        self.quarantined.append(target)
        log.warning("printer spool file %s unreadable (%s); moved to %s", path.name, reason, target)


def _read_spool_file(path: Path) -> PrintJob:
    m = _SPOOL_NAME.match(path.name)
    if not m:
        raise ValueError("file name is not <seq>-<job id>.job")
    raw = path.read_bytes()
    if not raw.startswith(SPOOL_MAGIC):
        raise ValueError("not a Yimen print job file")
    header_line, sep, data = raw[len(SPOOL_MAGIC) :].partition(b"\n")
    if not sep:
        raise ValueError("header line missing")
    header = json.loads(header_line.decode("utf-8"))
    if header["job_id"] != m.group(2):
        raise ValueError("job id in the header does not match the file name")
    if header["size"] != len(data):
        raise ValueError(f"truncated: {len(data)} of {header['size']} bytes")
    return PrintJob(
        job_id=header["job_id"],
        title=header["title"],
        data=data,
        seq=int(m.group(1)),
        created_at=datetime.fromisoformat(header["created_at"]),
        attempts=int(header["attempts"]),
        last_error=header["last_error"],
    )


def _fsync_dir(path: Path) -> None:
    # the rename itself must reach the disk, or a power cut can bring the old name back
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a directory; NTFS journals the rename
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
