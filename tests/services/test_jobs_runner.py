"""The periodic job runner on a real store (SQLite and PostgreSQL): slots, claims, retries,
abandoned runs, clock jumps, and the serve loop driven by a manual clock."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from offline_store.store import Store
from shared.domain.errors import ConfigError, NotFound, StoreError
from shared.domain.settings import Settings
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.services.jobs import (
    Daily,
    Every,
    JobRegistry,
    JobResult,
    JobRunner,
    default_registry,
    job,
    parse_schedule,
)

TZ = ZoneInfo("Asia/Shanghai")
# Tuesday 17 November 2026, 01:00 in Menghai
NIGHT = datetime(2026, 11, 17, 1, 0, tzinfo=TZ)


class Calls:
    def __init__(self) -> None:
        self.at: list[datetime] = []
        self.fail_next = 0

    def __call__(self, ctx: HallContext, now: datetime) -> JobResult:
        self.at.append(now)
        if self.fail_next:
            self.fail_next -= 1
            raise StoreError("磁盘已满，无法写入备份。", hint="清理备份目录后重试。")
        return JobResult(f"第 {len(self.at)} 次", {"n": len(self.at)})


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NIGHT)


@pytest.fixture
def hall(db_url: str, key_path: Path, tmp_path: Path, clock: ManualClock) -> Iterator[HallContext]:
    settings = Settings(store={"url": db_url, "key_file": key_path, "backup_dir": tmp_path / "backups"})
    store = Store.for_tests(db_url, key_path)
    try:
        yield HallContext(settings=settings, store=store, clock=clock)
    finally:
        store.close()


def _registry(calls: Calls, schedule: str = "daily 02:30", **kw) -> JobRegistry:
    reg = JobRegistry()
    job("test.nightly", title="夜间任务", schedule=schedule, registry=reg, **kw)(calls)
    return reg


def test_schedules_parse_and_cut_time_into_local_slots() -> None:
    daily = parse_schedule("daily 02:30")
    assert isinstance(daily, Daily)
    at_0100 = datetime(2026, 11, 17, 1, 0, tzinfo=TZ)
    assert daily.slot(at_0100, TZ) == datetime(2026, 11, 16, 2, 30, tzinfo=TZ)
    assert daily.next_slot(at_0100, TZ) == datetime(2026, 11, 17, 2, 30, tzinfo=TZ)
    every = parse_schedule("every 15m")
    assert isinstance(every, Every)
    assert every.slot(datetime(2026, 11, 17, 10, 7, tzinfo=TZ), TZ) == datetime(
        2026, 11, 17, 10, 0, tzinfo=TZ
    )
    weekly = parse_schedule("weekly mon 03:00")
    # Tuesday 01:00 -> Monday 03:00 the day before; next: the Monday after
    assert weekly.slot(at_0100, TZ) == datetime(2026, 11, 16, 3, 0, tzinfo=TZ)
    assert weekly.next_slot(at_0100, TZ) == datetime(2026, 11, 23, 3, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text", ["", "hourly", "daily 25:00", "every 3s", "weekly xyz 03:00", "every 5 weeks"]
)
def test_bad_schedules_are_refused_with_an_example(text: str) -> None:
    with pytest.raises(ConfigError) as e:
        parse_schedule(text, where="jobs.schedules.backup.create")
    assert "jobs.schedules.backup.create" in e.value.message
    assert "every 15m" in e.value.hint or "00:00" in e.value.hint or "至少" in e.value.hint


def test_a_job_runs_once_per_slot_and_the_result_is_recorded(hall: HallContext, clock: ManualClock) -> None:
    calls = Calls()
    runner = JobRunner(hall, registry=_registry(calls))
    # 01:00: yesterday's 02:30 slot never ran (fresh install): due once
    (first,) = runner.run_due()
    assert first.state == "ok" and first.summary == "第 1 次"
    assert runner.run_due() == []
    clock.advance(hours=1)  # 02:00, same slot
    assert runner.run_due() == []
    clock.advance(minutes=31)  # 02:31: today's slot began
    (second,) = runner.run_due()
    assert second.ok and len(calls.at) == 2
    with hall.unit_of_work(read_only=True) as uow:
        history = uow.jobs.history(job_name="test.nightly")
    assert [r.state for r in history] == ["ok", "ok"]
    assert history[0].scheduled_for == datetime(2026, 11, 17, 2, 30, tzinfo=TZ)
    assert history[0].figures["n"] == 2 and "seconds" in history[0].figures
    assert history[0].terminal_id == hall.settings.terminal.id


def test_missed_slots_run_once_not_one_by_one(hall: HallContext, clock: ManualClock) -> None:
    calls = Calls()
    runner = JobRunner(hall, registry=_registry(calls, schedule="every 1h"))
    runner.run_due()
    clock.advance(days=3)  # the station was switched off for three days
    assert len(runner.run_due()) == 1
    assert runner.run_due() == []
    assert len(calls.at) == 2


def test_a_failed_run_is_retried_after_the_delay_up_to_the_limit(
    hall: HallContext, clock: ManualClock
) -> None:
    calls = Calls()
    calls.fail_next = 5
    runner = JobRunner(hall, registry=_registry(calls, max_attempts=3, retry_after=timedelta(minutes=10)))
    (o,) = runner.run_due()
    assert o.state == "failed" and "磁盘已满" in o.error and "清理备份目录" in o.error
    assert runner.run_due() == []  # not before the delay
    clock.advance(minutes=11)
    assert [x.state for x in runner.run_due()] == ["failed"]
    clock.advance(minutes=11)
    assert [x.state for x in runner.run_due()] == ["failed"]
    clock.advance(minutes=11)
    assert runner.run_due() == []  # three attempts: wait for the next slot
    (plan,) = runner.plan()
    assert not plan.due and "失败 3 次" in plan.why
    with hall.unit_of_work(read_only=True) as uow:
        attempts = uow.jobs.for_slot(job_name="test.nightly", scheduled_for=plan.slot)
    assert [a.attempt for a in attempts] == [1, 2, 3]


def test_an_unexpected_error_is_a_failure_with_its_numbers_masked(
    hall: HallContext, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(ctx: HallContext, now: datetime) -> JobResult:
        raise RuntimeError("row for 532822195601010010 phone 13812345678 broke")

    reg = JobRegistry()
    job("test.broken", title="出错的任务", schedule="every 1h", registry=reg)(broken)
    (o,) = JobRunner(hall, registry=reg).run_due()
    assert o.state == "failed"
    assert "532822195601010010" not in o.error and "13812345678" not in o.error
    assert "532822********0010" in o.error and "138****5678" in o.error


def test_two_runners_waking_for_one_slot_run_the_job_once(hall: HallContext) -> None:
    calls = Calls()
    reg = _registry(calls)
    a = JobRunner(hall, registry=reg, host="server-a", pid=101)
    b = JobRunner(hall, registry=reg, host="server-b", pid=202)
    plan_b = b.plan()  # b looked before a ran ...
    (ran,) = a.run_due()
    assert ran.state == "ok"
    # ... and claims the same slot and attempt afterwards: the insert finds the key taken
    skipped = b._run(
        plan_b[0].job, scheduled_for=plan_b[0].slot, attempt=plan_b[0].attempt, trigger="schedule"
    )
    assert skipped.state == "skipped" and skipped.ok
    assert len(calls.at) == 1


def test_a_run_whose_process_died_is_closed_as_interrupted_and_retried(
    hall: HallContext, clock: ManualClock
) -> None:
    calls = Calls()
    reg = _registry(calls)
    dead = JobRunner(hall, registry=reg, host="station", pid=4242)
    (plan,) = dead.plan()
    with hall.unit_of_work() as uow:  # what a kill -9 in the middle of a job leaves
        uow.jobs.claim(
            job_name="test.nightly",
            scheduled_for=plan.slot,
            attempt=1,
            trigger="schedule",
            terminal_id="T-0001",
            host="station",
            pid=4242,
            started_at=hall.now(),
        )
    alive = {4242: False}
    runner = JobRunner(
        hall, registry=reg, host="station", pid=5000, pid_alive=lambda pid: alive.get(pid, True)
    )
    (p,) = runner.plan()
    assert not p.due and p.last is not None and p.last.state == "interrupted"
    assert "4242" in p.last.error
    clock.advance(minutes=11)
    (o,) = runner.run_due()
    assert o.state == "ok" and o.run is not None and o.run.attempt == 2


def test_a_run_on_another_host_is_interrupted_only_after_its_timeout(
    hall: HallContext, clock: ManualClock
) -> None:
    calls = Calls()
    reg = _registry(calls, timeout=timedelta(minutes=30))
    (plan,) = JobRunner(hall, registry=reg).plan()
    with hall.unit_of_work() as uow:
        uow.jobs.claim(
            job_name="test.nightly",
            scheduled_for=plan.slot,
            attempt=1,
            trigger="schedule",
            terminal_id="T-0401",
            host="other-host",
            pid=1,
            started_at=hall.now(),
        )
    runner = JobRunner(hall, registry=reg, host="this-host", pid=2)
    clock.advance(minutes=20)
    (p,) = runner.plan()
    assert p.last is not None and p.last.state == "running" and not p.due
    clock.advance(minutes=20)
    (p,) = runner.plan()
    assert p.last is not None and p.last.state == "interrupted" and "超过" in p.last.error


def test_a_clock_set_back_does_not_run_a_slot_again(hall: HallContext, clock: ManualClock) -> None:
    calls = Calls()
    runner = JobRunner(hall, registry=_registry(calls))
    clock.set(datetime(2026, 11, 17, 3, 0, tzinfo=TZ))
    runner.run_due()  # today's 02:30 slot
    clock.set(datetime(2026, 11, 16, 22, 0, tzinfo=TZ))  # set back five hours: in yesterday's slot
    assert runner.run_due() == []
    (p,) = runner.plan()
    assert "时钟回拨" in p.why and p.next_at == datetime(2026, 11, 18, 2, 30, tzinfo=TZ)
    assert len(calls.at) == 1


def test_manual_runs_do_not_use_up_the_scheduled_slot(hall: HallContext) -> None:
    calls = Calls()
    runner = JobRunner(hall, registry=_registry(calls))
    assert runner.run("test.nightly").state == "ok"
    assert len(runner.run_due()) == 1
    with pytest.raises(NotFound) as e:
        runner.run("no.such.job")
    assert "test.nightly" in e.value.hint


def test_disabled_and_rescheduled_jobs_follow_the_settings(hall: HallContext, clock: ManualClock) -> None:
    calls = Calls()
    reg = _registry(calls)
    hall.settings = hall.settings.model_copy(
        update={"jobs": hall.settings.jobs.model_copy(update={"schedules": {"test.nightly": "every 2h"}})}
    )
    runner = JobRunner(hall, registry=reg)
    (p,) = runner.plan()
    assert p.schedule_text == "every 2h"
    hall.settings = hall.settings.model_copy(
        update={"jobs": hall.settings.jobs.model_copy(update={"disabled": ["test.nightly"]})}
    )
    runner = JobRunner(hall, registry=reg)
    assert runner.run_due() == []
    with pytest.raises(ConfigError):
        runner.run("test.nightly")


class DrivenTime:
    """The serve loop's sleep, played by the test: each wait moves the wall clock (and, unless
    the test makes it jump, the monotonic clock) by the seconds asked for."""

    def __init__(self, clock: ManualClock, stop: threading.Event, passes: int) -> None:
        self.clock, self.stop, self.passes = clock, stop, passes
        self.mono = 1000.0
        self.waits: list[float] = []
        self.jump: dict[int, timedelta] = {}

    def monotonic(self) -> float:
        return self.mono

    def wait(self, seconds: float) -> bool:
        self.waits.append(seconds)
        self.mono += seconds
        self.clock.advance(seconds=seconds)
        if (extra := self.jump.get(len(self.waits))) is not None:
            self.clock.advance(extra)  # the wall clock moved without the monotonic one
        if len(self.waits) >= self.passes:
            self.stop.set()
        return self.stop.is_set()


def test_serve_sleeps_until_the_next_slot_and_notices_a_resume(
    hall: HallContext, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    calls = Calls()
    stop = threading.Event()
    driven = DrivenTime(clock, stop, passes=4)
    driven.jump[2] = timedelta(days=1)  # second sleep: the machine was suspended for a day
    runner = JobRunner(hall, registry=_registry(calls), monotonic=driven.monotonic)
    with caplog.at_level(logging.INFO, logger="shared.services.jobs"):
        runner.serve(stop=stop, max_sleep=3600, wait=driven.wait)
    # pass 1 at 01:00 runs the missed slot, then sleeps 1.5 h to 02:30 (capped at 3600 s)
    assert driven.waits[0] == 3600
    # at 02:00 it sleeps the half hour to 02:30, and wakes a day later: the jump is logged, the
    # slot of 17 Nov (missed while asleep) is not replayed, the one of 18 Nov runs once
    assert driven.waits[1] == 1800
    assert any("slept" in r.getMessage() for r in caplog.records)
    assert calls.at[1:] == [datetime(2026, 11, 18, 2, 30, tzinfo=TZ)]


def test_default_jobs_are_registered() -> None:
    names = default_registry().names()
    assert "catalog.refresh" in names and "jobs.prune" in names


def test_prune_keeps_each_jobs_last_runs(hall: HallContext, clock: ManualClock) -> None:
    calls = Calls()
    runner = JobRunner(hall, registry=_registry(calls, schedule="every 1h"))
    for _ in range(30):
        runner.run_due()
        clock.advance(hours=1)
    clock.advance(days=200)
    with hall.unit_of_work() as uow:
        deleted = uow.jobs.prune(before=hall.now() - timedelta(days=90), keep_last=20)
        left = uow.jobs.history(job_name="test.nightly", limit=100)
    assert deleted == 10 and len(left) == 20
