"""The one periodic job runner: backups, purges, default evaluations, overdue warnings,
catalog refresh — every piece of work that no person starts (issue 15, point 5).

A **job** is a name, a title a manager reads, a schedule, and a function of the hall
context and the instant, returning a :class:`JobResult` (or raising: a
:class:`~shared.domain.errors.YimenError` is a failure with a message a technician can act
on, anything else a failure logged with its traceback). Jobs register themselves with the
:func:`job` decorator in their own module, and that module is named in :data:`JOB_MODULES`.

The **runner** keeps no state of its own: what ran is in the store (``job_runs``), so a
restart, a second runner or a clock jump re-plans from the record:

- a schedule cuts time into *slots* (``every 15m``, ``daily 02:30`` in the hall's time zone,
  ``weekly mon 03:00``); a job is due when the latest slot that has begun has no finished
  run. Slots missed while the machine was off or asleep are not replayed one by one: the
  latest one runs once (as Vorta re-plans after a resume);
- a run is claimed by inserting (job, slot, attempt): when two runners wake for the same
  slot, one inserts and runs, the other finds the row and skips;
- a failed run is tried again after ``retry_after``, up to ``max_attempts`` per slot;
- a run whose runner died (kill -9, power cut) stays "running" in the record; it is closed
  as "interrupted" when its process is gone (same host) or its ``timeout`` has passed, and
  then counts as a failed attempt;
- a clock that went back never re-runs a slot already done (a later slot on record wins),
  and a jump either way is logged once and the plan is made again from the record.

``serve`` is the loop (``yimen jobs serve``, a systemd service); ``run_due`` is one pass
(``yimen jobs run --due``, a systemd timer); ``run`` runs one job now, whatever its schedule.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from offline_store.repositories.jobs import FAILED, INTERRUPTED, OK, RUNNING, JobRun
from shared.domain.errors import ConfigError, NotFound, YimenError
from shared.domain.masking import scrub_text
from shared.domain.words import words
from shared.services.context import HallContext

log = logging.getLogger(__name__)

# modules whose import registers jobs with @job (kept short: each loads only when jobs run)
JOB_MODULES: tuple[str, ...] = (
    "shared.services.ops_jobs",
    "shared.services.backups",
    "shared.services.retention",
    "shared.services.rule_jobs",  # the hall's rules (issue 12)
)

# a wall clock that moved this much more (or less) than the monotonic clock over one sleep
# was set, or the machine slept: say so once, then plan from the record again
CLOCK_JUMP = timedelta(seconds=90)


# ---------------------------------------------------------------------- schedules
class Schedule(Protocol):
    text: str

    def slot(self, now: datetime, tz: ZoneInfo) -> datetime:
        """The start of the latest slot that has begun at ``now`` (aware, UTC)."""
        ...

    def next_slot(self, now: datetime, tz: ZoneInfo) -> datetime:
        """The start of the first slot after ``now``."""
        ...


_ANCHOR = datetime(2000, 1, 3)  # a Monday at midnight, read in the hall's zone


@dataclass(frozen=True, slots=True)
class Every:
    """Every ``interval``, slots counted from local midnight (``every 15m`` runs at :00, :15 …)."""

    interval: timedelta
    text: str = ""

    def slot(self, now: datetime, tz: ZoneInfo) -> datetime:
        anchor = _ANCHOR.replace(tzinfo=tz)
        n = (now - anchor) // self.interval
        return (anchor + n * self.interval).astimezone(UTC)

    def next_slot(self, now: datetime, tz: ZoneInfo) -> datetime:
        return self.slot(now, tz) + self.interval


@dataclass(frozen=True, slots=True)
class Daily:
    """Once a day at a local time (``daily 02:30``); on weekdays only with ``weekdays``."""

    at: dtime
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)  # Monday = 0
    text: str = ""

    def _at(self, day: datetime, tz: ZoneInfo) -> datetime:
        return datetime.combine(day.date(), self.at, tzinfo=tz)

    def slot(self, now: datetime, tz: ZoneInfo) -> datetime:
        local = now.astimezone(tz)
        for back in range(8):
            day = local - timedelta(days=back)
            at = self._at(day, tz)
            if at.weekday() in self.weekdays and at <= local:
                return at.astimezone(UTC)
        raise AssertionError("a weekly schedule has a slot within 8 days")  # pragma: no cover

    def next_slot(self, now: datetime, tz: ZoneInfo) -> datetime:
        local = now.astimezone(tz)
        for ahead in range(9):
            at = self._at(local + timedelta(days=ahead), tz)
            if at.weekday() in self.weekdays and at > local:
                return at.astimezone(UTC)
        raise AssertionError("a weekly schedule has a slot within 8 days")  # pragma: no cover


_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_EVERY = re.compile(r"^every\s+(\d+)\s*([smhd])$")
_DAILY = re.compile(r"^daily\s+(\d{1,2}):(\d{2})$")
_WEEKLY = re.compile(
    r"^weekly\s+((?:mon|tue|wed|thu|fri|sat|sun)(?:,(?:mon|tue|wed|thu|fri|sat|sun))*)\s+(\d{1,2}):(\d{2})$"
)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_schedule(text: str, *, where: str = "schedule") -> Every | Daily:
    """``every 15m`` | ``every 2h`` | ``daily 02:30`` | ``weekly mon,thu 03:00`` (hall local time)."""
    t = " ".join(text.strip().lower().split())
    if m := _EVERY.match(t):
        interval = timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
        if interval < timedelta(seconds=10):
            raise ConfigError(words("{where}: 间隔 “{text}” 太短。", where=where, text=text), hint="至少 10 秒，例如 every 15m。")
        return Every(interval, text=t)
    if m := _DAILY.match(t):
        return Daily(_clock_time(m.group(1), m.group(2), text, where), text=t)
    if m := _WEEKLY.match(t):
        days = tuple(sorted({_WEEKDAYS[d] for d in m.group(1).split(",")}))
        return Daily(_clock_time(m.group(2), m.group(3), text, where), weekdays=days, text=t)
    raise ConfigError(
        words("{where}: 看不懂计划 “{text}”。", where=where, text=text),
        hint="写成 every 15m、every 2h、daily 02:30 或 weekly mon 03:00（大厅当地时间）。",
    )


def _clock_time(hh: str, mm: str, text: str, where: str) -> dtime:
    h, m = int(hh), int(mm)
    if h > 23 or m > 59:
        raise ConfigError(words("{where}: “{text}” 不是有效的钟点。", where=where, text=text), hint="用 00:00 到 23:59。")
    return dtime(h, m)


# ---------------------------------------------------------------------- jobs
@dataclass(frozen=True, slots=True)
class JobResult:
    """What a job reports: one sentence for the fleet page and the figures behind it."""

    summary: str
    figures: Mapping[str, Any] = field(default_factory=dict)


JobFunction = Callable[[HallContext, datetime], JobResult]


@dataclass(frozen=True, slots=True)
class Job:
    name: str
    title: str  # what the manager reads: 数据库备份, 个人信息到期清理 …
    schedule: Every | Daily
    fn: JobFunction
    max_attempts: int = 3
    retry_after: timedelta = timedelta(minutes=10)
    # a run still marked running after this long was abandoned by a runner that died
    timeout: timedelta = timedelta(hours=2)
    # which kind of store the job makes sense on: "any", "sqlite" (a station's own file) or
    # "postgresql" (the hall server)
    stores: str = "any"


class JobRegistry:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def add(self, job: Job) -> Job:
        if not re.fullmatch(r"[a-z][a-z0-9_.-]{0,63}", job.name):
            raise ValueError(f"job names are short lower-case words: {job.name!r}")
        with self._lock:
            existing = self._jobs.get(job.name)
            if existing is not None and existing.fn is not job.fn:
                raise ValueError(f"two jobs named {job.name!r}")
            self._jobs[job.name] = job
        return job

    def get(self, name: str) -> Job:
        with self._lock:
            found = self._jobs.get(name)
        if found is None:
            raise NotFound(
                words("没有名为 “{name}” 的定时任务。", name=name),
                hint=words("可用的任务：{value}；`yimen jobs list` 列出全部。", value=", ".join(self.names()) or "（无）"),
            )
        return found

    def names(self) -> list[str]:
        with self._lock:
            return sorted(self._jobs)

    def jobs(self) -> list[Job]:
        with self._lock:
            return [self._jobs[n] for n in sorted(self._jobs)]


REGISTRY = JobRegistry()


def job(
    name: str,
    *,
    title: str,
    schedule: str,
    max_attempts: int = 3,
    retry_after: timedelta = timedelta(minutes=10),
    timeout: timedelta = timedelta(hours=2),
    stores: str = "any",
    registry: JobRegistry | None = None,
) -> Callable[[JobFunction], JobFunction]:
    """Register ``fn(ctx, now) -> JobResult`` as a job (its module must be in JOB_MODULES)."""

    def register(fn: JobFunction) -> JobFunction:
        (registry or REGISTRY).add(
            Job(
                name=name,
                title=title,
                schedule=parse_schedule(schedule, where=f"job {name}"),
                fn=fn,
                max_attempts=max_attempts,
                retry_after=retry_after,
                timeout=timeout,
                stores=stores,
            )
        )
        return fn

    return register


def default_registry() -> JobRegistry:
    """The registry with every job of :data:`JOB_MODULES` loaded."""
    for module in JOB_MODULES:
        importlib.import_module(module)
    return REGISTRY


# ---------------------------------------------------------------------- plans and outcomes
@dataclass(frozen=True, slots=True)
class JobPlan:
    job: Job
    enabled: bool
    schedule_text: str
    slot: datetime  # the latest slot that has begun
    due: bool
    attempt: int  # the attempt a run now would be
    next_at: datetime  # when the runner will next look at this job
    last: JobRun | None  # the most recent run, whatever its trigger
    why: str  # why it is (not) due, for `jobs list`


@dataclass(frozen=True, slots=True)
class JobOutcome:
    name: str
    state: str  # ok | failed | interrupted | skipped (another runner had it)
    summary: str
    error: str = ""
    run: JobRun | None = None

    @property
    def ok(self) -> bool:
        return self.state in (OK, "skipped")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    except OSError:
        return False
    return True


class JobRunner:
    """Plans and runs the registry's jobs against one hall context (see the module doc)."""

    def __init__(
        self,
        ctx: HallContext,
        *,
        registry: JobRegistry | None = None,
        host: str | None = None,
        pid: int | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        pid_alive: Callable[[int], bool] = _pid_alive,
    ) -> None:
        self.ctx = ctx
        self.registry = registry if registry is not None else default_registry()
        self.host = host or socket.gethostname()
        self.pid = pid if pid is not None else os.getpid()
        self._monotonic = monotonic
        self._pid_alive = pid_alive
        settings = getattr(ctx.settings, "jobs", None)
        self._disabled = set(getattr(settings, "disabled", ()) or ())
        self._schedules: dict[str, Every | Daily] = {}
        for name, text in (getattr(settings, "schedules", {}) or {}).items():
            self._schedules[name] = parse_schedule(text, where=f"jobs.schedules.{name}")
        self._dialect = ctx.store.engine.dialect.name

    # ------------------------------------------------------------------ planning
    def schedule_of(self, job: Job) -> Every | Daily:
        return self._schedules.get(job.name, job.schedule)

    def enabled(self, job: Job) -> bool:
        if job.name in self._disabled:
            return False
        return job.stores == "any" or job.stores == self._dialect

    def plan(self, now: datetime | None = None) -> list[JobPlan]:
        now = now or self.ctx.now()
        self.reclaim_abandoned(now)
        with self.ctx.unit_of_work(read_only=True) as uow:
            return [self._plan_one(uow, j, now) for j in self.registry.jobs()]

    def _plan_one(self, uow: Any, job: Job, now: datetime) -> JobPlan:
        tz = self.ctx.tz
        schedule = self.schedule_of(job)
        slot = schedule.slot(now, tz)
        upcoming = schedule.next_slot(now, tz)
        last = uow.jobs.latest(job_name=job.name).get(job.name)
        latest_scheduled = uow.jobs.latest_scheduled(job_name=job.name)
        base = {"job": job, "schedule_text": schedule.text, "slot": slot, "last": last}
        if not self.enabled(job):
            why = (
                "已停用（jobs.disabled）" if job.name in self._disabled else f"只在 {job.stores} 数据库上运行"
            )
            return JobPlan(**base, enabled=False, due=False, attempt=1, next_at=upcoming, why=why)
        if latest_scheduled is not None and latest_scheduled.scheduled_for > slot:
            # the clock went back behind a slot already run: wait for that slot to come again
            return JobPlan(
                **base,
                enabled=True,
                due=False,
                attempt=1,
                next_at=max(upcoming, schedule.next_slot(latest_scheduled.scheduled_for, tz)),
                why="时钟回拨：更晚的计划时刻已运行过",
            )
        attempts = uow.jobs.for_slot(job_name=job.name, scheduled_for=slot)
        if not attempts:
            return JobPlan(**base, enabled=True, due=True, attempt=1, next_at=now, why="本时段尚未运行")
        final = attempts[-1]
        if final.state == RUNNING:
            return JobPlan(
                **base, enabled=True, due=False, attempt=final.attempt, next_at=upcoming, why="正在运行"
            )
        if final.state == OK:
            return JobPlan(
                **base,
                enabled=True,
                due=False,
                attempt=final.attempt + 1,
                next_at=upcoming,
                why="本时段已完成",
            )
        if final.attempt >= job.max_attempts:
            return JobPlan(
                **base,
                enabled=True,
                due=False,
                attempt=final.attempt + 1,
                next_at=upcoming,
                why=f"本时段已失败 {final.attempt} 次，等下一时段",
            )
        retry_at = (final.finished_at or final.started_at) + job.retry_after
        if retry_at > upcoming:
            return JobPlan(
                **base,
                enabled=True,
                due=False,
                attempt=final.attempt + 1,
                next_at=upcoming,
                why="失败，等下一时段",
            )
        return JobPlan(
            **base,
            enabled=True,
            due=now >= retry_at,
            attempt=final.attempt + 1,
            next_at=max(retry_at, now),
            why=f"第 {final.attempt} 次失败，{retry_at.astimezone(tz):%H:%M} 重试",
        )

    def reclaim_abandoned(self, now: datetime | None = None) -> int:
        """Close runs whose runner is gone (its process on this host ended, or it timed out)."""
        now = now or self.ctx.now()
        closed = 0
        with self.ctx.unit_of_work(read_only=True) as uow:
            running = uow.jobs.running()
        for run in running:
            timeout = self._timeout_of(run.job_name)
            gone = run.host == self.host and run.pid != self.pid and not self._pid_alive(run.pid)
            if not gone and now - run.started_at <= timeout:
                continue
            why = (
                f"运行中断：进程 {run.pid} 已退出（被结束、断电或重启）"
                if gone
                else f"运行中断：超过 {timeout} 仍未结束"
            )
            with self.ctx.unit_of_work() as uow:
                if uow.jobs.mark_interrupted(run_id=run.id, finished_at=now, error=why):
                    closed += 1
                    log.warning("job %s (%s) closed as interrupted: %s", run.job_name, run.id, why)
        return closed

    def _timeout_of(self, name: str) -> timedelta:
        try:
            return self.registry.get(name).timeout
        except NotFound:
            return timedelta(hours=2)

    # ------------------------------------------------------------------ running
    def run_due(self, now: datetime | None = None) -> list[JobOutcome]:
        """One pass: run every job whose slot is due (in name order), each at most once."""
        outcomes = []
        for p in self.plan(now):
            if p.due:
                outcomes.append(self._run(p.job, scheduled_for=p.slot, attempt=p.attempt, trigger="schedule"))
        return outcomes

    def run(self, name: str, *, now: datetime | None = None) -> JobOutcome:
        """Run one job now, whatever its schedule (recorded as a manual run)."""
        job = self.registry.get(name)
        if not self.enabled(job):
            raise ConfigError(
                words("任务 “{name}” 在本机未启用。", name=name),
                hint="检查配置 [jobs] disabled，或在合适的机器上运行（见 `yimen jobs list`）。",
            )
        at = now or self.ctx.now()
        with self.ctx.unit_of_work(read_only=True) as uow:  # two manual runs in the same instant
            attempt = len(uow.jobs.for_slot(job_name=job.name, scheduled_for=at)) + 1
        return self._run(job, scheduled_for=at, attempt=attempt, trigger="manual")

    def _run(self, job: Job, *, scheduled_for: datetime, attempt: int, trigger: str) -> JobOutcome:
        started = self.ctx.now()
        with self.ctx.unit_of_work() as uow:
            run = uow.jobs.claim(
                job_name=job.name,
                scheduled_for=scheduled_for,
                attempt=attempt,
                trigger=trigger,
                terminal_id=self.ctx.settings.terminal.id,
                host=self.host,
                pid=self.pid,
                started_at=started,
            )
        if run is None:
            log.info("job %s: slot %s already taken by another runner", job.name, scheduled_for)
            return JobOutcome(name=job.name, state="skipped", summary="另一个运行器已在处理这个时段")
        log.info("job %s started (attempt %d, %s)", job.name, attempt, trigger)
        t0 = self._monotonic()
        state, summary, figures, error = FAILED, "", {}, ""
        try:
            result = job.fn(self.ctx, started)
            state, summary, figures = OK, result.summary, dict(result.figures)
        except YimenError as e:
            error = scrub_text(str(e))
            summary = scrub_text(e.message)
            log.error("job %s failed: %s", job.name, error)
        except (KeyboardInterrupt, SystemExit):
            self._close(run, INTERRUPTED, "", {}, "运行中断：收到停止信号")
            raise
        except Exception as e:
            error = scrub_text(f"{type(e).__name__}: {e}")
            summary = "任务出错（详见日志）"
            log.exception("job %s failed", job.name)
        figures.setdefault("seconds", round(self._monotonic() - t0, 3))
        done = self._close(run, state, summary, figures, error)
        if state == OK:
            log.info("job %s ok: %s", job.name, summary)
        return JobOutcome(name=job.name, state=state, summary=summary, error=error, run=done)

    def _close(self, run: JobRun, state: str, summary: str, figures: dict[str, Any], error: str) -> JobRun:
        with self.ctx.unit_of_work() as uow:
            return uow.jobs.finish(
                run_id=run.id,
                state=state,
                finished_at=self.ctx.now(),
                summary=summary,
                figures=_jsonable(figures),
                error=error,
            )

    # ------------------------------------------------------------------ the loop
    def serve(
        self,
        *,
        stop: threading.Event,
        max_sleep: float = 60.0,
        wait: Callable[[float], bool] | None = None,
        on_pass: Callable[[list[JobOutcome]], None] | None = None,
    ) -> None:
        """Run due jobs until ``stop`` is set; sleeps until the next due job, at most ``max_sleep``
        seconds, so a resume from suspend or a clock that was set is noticed within that time.

        ``wait(seconds) -> stopped`` is ``stop.wait`` unless a test drives time itself.
        """
        wait = wait or stop.wait
        log.info(
            "job runner started on %s (pid %d): %s", self.host, self.pid, ", ".join(self.registry.names())
        )
        while not stop.is_set():
            try:
                outcomes = self.run_due()
            except YimenError as e:  # the store away (hall network): try again on the next pass
                log.warning("job runner could not plan: %s", e)
                outcomes = []
            if on_pass is not None:
                on_pass(outcomes)
            seconds = self._seconds_to_next(max_sleep)
            wall0, mono0 = self.ctx.now(), self._monotonic()
            if wait(seconds):
                break
            drift = (self.ctx.now() - wall0) - timedelta(seconds=self._monotonic() - mono0)
            if abs(drift) > CLOCK_JUMP:
                kind = "moved forward (or the machine slept)" if drift > timedelta(0) else "was set back"
                log.warning(
                    "job runner: the wall clock %s by %d s during one sleep; planning again from the record",
                    kind,
                    abs(drift.total_seconds()),
                )
        log.info("job runner stopped")

    def _seconds_to_next(self, max_sleep: float) -> float:
        try:
            plans = self.plan()
        except YimenError:
            return max_sleep
        now = self.ctx.now()
        upcoming = [p.next_at for p in plans if p.enabled]
        if not upcoming:
            return max_sleep
        seconds = (min(upcoming) - now).total_seconds()
        return min(max(seconds, 1.0), max_sleep)


def _jsonable(figures: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in figures.items():
        if isinstance(v, (str, int, float, bool)) or v is None:
            out[str(k)] = v
        elif isinstance(v, (list, tuple)):
            out[str(k)] = [x if isinstance(x, (str, int, float, bool)) or x is None else str(x) for x in v]
        elif isinstance(v, datetime):
            out[str(k)] = v.isoformat()
        else:
            out[str(k)] = str(v)
    return out


def failing_jobs(runs: Iterable[JobRun]) -> list[JobRun]:
    """The runs that ended badly, for the fleet page's alerts."""
    return [r for r in runs if r.state in (FAILED, INTERRUPTED)]


__all__ = [
    "JOB_MODULES",
    "REGISTRY",
    "Daily",
    "Every",
    "Job",
    "JobOutcome",
    "JobPlan",
    "JobRegistry",
    "JobResult",
    "JobRunner",
    "default_registry",
    "failing_jobs",
    "job",
    "parse_schedule",
]
