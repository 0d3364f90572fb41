"""The job runner's record (table ``job_runs``): claim a slot, finish a run, read the history.

A claim is an INSERT of (job, slot, attempt) that does nothing when the key exists, so the
runner that inserted the row is the one that runs the job, however many runners woke.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models_ops import JobRunRow
from offline_store.repositories._base import Repository, dialect_insert, new_id

RUNNING, OK, FAILED, INTERRUPTED = "running", "ok", "failed", "interrupted"
FINISHED_STATES = (OK, FAILED, INTERRUPTED)


@dataclass(frozen=True, slots=True)
class JobRun:
    id: str
    job_name: str
    scheduled_for: datetime
    attempt: int
    trigger: str
    state: str
    terminal_id: str
    host: str
    pid: int
    started_at: datetime
    finished_at: datetime | None
    summary: str
    figures: dict[str, Any]
    error: str

    @property
    def finished(self) -> bool:
        return self.state in FINISHED_STATES


class JobRunRepository(Repository):
    def claim(
        self,
        *,
        job_name: str,
        scheduled_for: datetime,
        attempt: int,
        trigger: str,
        terminal_id: str,
        host: str,
        pid: int,
        started_at: datetime,
    ) -> JobRun | None:
        """Record a run as started; None when another runner already claimed this slot and attempt."""
        run_id = new_id()
        stmt = (
            dialect_insert(self.session, JobRunRow.__table__)
            .values(
                id=run_id,
                job_name=job_name,
                scheduled_for=scheduled_for,
                attempt=attempt,
                trigger=trigger,
                state=RUNNING,
                terminal_id=terminal_id,
                host=host[:255],
                pid=pid,
                started_at=started_at,
                finished_at=None,
                summary="",
                figures={},
                error="",
            )
            .on_conflict_do_nothing(index_elements=["job_name", "scheduled_for", "attempt"])
            .returning(JobRunRow.__table__.c.id)
        )
        if self.session.execute(stmt).scalar_one_or_none() is None:
            return None
        return self.get(run_id)

    def finish(
        self,
        *,
        run_id: str,
        state: str,
        finished_at: datetime,
        summary: str = "",
        figures: dict[str, Any] | None = None,
        error: str = "",
    ) -> JobRun:
        if state not in FINISHED_STATES:
            raise ValueError(f"not a finished state: {state}")
        self.session.execute(
            sa.update(JobRunRow)
            .where(JobRunRow.id == run_id)
            .values(
                state=state,
                finished_at=finished_at,
                summary=summary[:500],
                figures=figures or {},
                error=error,
            )
        )
        return self.get(run_id)

    def get(self, run_id: str) -> JobRun:
        row = self.session.get(JobRunRow, run_id)
        assert row is not None, run_id
        return _record(row)

    def for_slot(self, *, job_name: str, scheduled_for: datetime) -> list[JobRun]:
        """Every attempt at one slot, first attempt first."""
        rows = self.session.execute(
            sa.select(JobRunRow)
            .where(JobRunRow.job_name == job_name, JobRunRow.scheduled_for == scheduled_for)
            .order_by(JobRunRow.attempt)
        ).scalars()
        return [_record(r) for r in rows]

    def latest_scheduled(self, *, job_name: str) -> JobRun | None:
        """The scheduled run with the latest slot (its last attempt)."""
        row = self.session.execute(
            sa.select(JobRunRow)
            .where(JobRunRow.job_name == job_name, JobRunRow.trigger == "schedule")
            .order_by(JobRunRow.scheduled_for.desc(), JobRunRow.attempt.desc())
            .limit(1)
        ).scalar_one_or_none()
        return _record(row) if row is not None else None

    def latest(self, *, job_name: str | None = None) -> dict[str, JobRun]:
        """The most recently started run of each job (or of one job)."""
        newest = sa.select(JobRunRow.job_name, sa.func.max(JobRunRow.started_at).label("at")).group_by(
            JobRunRow.job_name
        )
        if job_name is not None:
            newest = newest.where(JobRunRow.job_name == job_name)
        sub = newest.subquery()
        rows = self.session.execute(
            sa.select(JobRunRow).join(
                sub, sa.and_(JobRunRow.job_name == sub.c.job_name, JobRunRow.started_at == sub.c.at)
            )
        ).scalars()
        return {r.job_name: _record(r) for r in rows}

    def last_ok(self, *, job_name: str) -> JobRun | None:
        row = self.session.execute(
            sa.select(JobRunRow)
            .where(JobRunRow.job_name == job_name, JobRunRow.state == OK)
            .order_by(JobRunRow.started_at.desc())
            .limit(1)
        ).scalar_one_or_none()
        return _record(row) if row is not None else None

    def history(self, *, job_name: str | None = None, limit: int = 50) -> list[JobRun]:
        q = sa.select(JobRunRow).order_by(JobRunRow.started_at.desc()).limit(limit)
        if job_name is not None:
            q = q.where(JobRunRow.job_name == job_name)
        return [_record(r) for r in self.session.execute(q).scalars()]

    def running(self) -> list[JobRun]:
        rows = self.session.execute(
            sa.select(JobRunRow).where(JobRunRow.state == RUNNING).order_by(JobRunRow.started_at)
        ).scalars()
        return [_record(r) for r in rows]

    def mark_interrupted(self, *, run_id: str, finished_at: datetime, error: str) -> bool:
        """Close a run whose runner died; False when it finished meanwhile."""
        result = self.session.execute(
            sa.update(JobRunRow)
            .where(JobRunRow.id == run_id, JobRunRow.state == RUNNING)
            .values(state=INTERRUPTED, finished_at=finished_at, error=error)
        )
        return rows_changed(result) == 1

    def prune(self, *, before: datetime, keep_last: int = 20) -> int:
        """Delete finished runs that started before ``before``, keeping each job's last few."""
        names = list(self.session.execute(sa.select(JobRunRow.job_name).distinct()).scalars())
        deleted = 0
        for name in names:
            keep = (
                sa.select(JobRunRow.id)
                .where(JobRunRow.job_name == name)
                .order_by(JobRunRow.started_at.desc())
                .limit(keep_last)
            )
            result = self.session.execute(
                sa.delete(JobRunRow).where(
                    JobRunRow.job_name == name,
                    JobRunRow.started_at < before,
                    JobRunRow.state != RUNNING,
                    JobRunRow.id.not_in(keep.scalar_subquery()),
                )
            )
            deleted += rows_changed(result)
        return deleted


def _record(row: JobRunRow) -> JobRun:
    return JobRun(
        id=row.id,
        job_name=row.job_name,
        scheduled_for=row.scheduled_for,
        attempt=row.attempt,
        trigger=row.trigger,
        state=row.state,
        terminal_id=row.terminal_id,
        host=row.host,
        pid=row.pid,
        started_at=row.started_at,
        finished_at=row.finished_at,
        summary=row.summary,
        figures=dict(row.figures or {}),
        error=row.error,
    )
