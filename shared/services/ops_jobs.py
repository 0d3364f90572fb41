"""The operations jobs of the periodic runner: catalog refresh and the runner's own record.

Backups (shared.services.backups) and personal-data purges (shared.services.retention) are
registered in their own modules; the hall's rules (default evaluations, overdue warnings,
差评 follow-up deadlines) in theirs. See shared/services/jobs.py and docs/operations.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from shared.services.context import HallContext
from shared.services.jobs import JobResult, job

# the runner's record is operations data, not personal data; a quarter is enough to see trends
JOB_RUNS_KEPT = timedelta(days=90)


@job(
    "catalog.refresh", title="服务事项目录与节假日更新", schedule="every 1h", retry_after=timedelta(minutes=5)
)
def refresh_catalog_and_calendar(ctx: HallContext, now: datetime) -> JobResult:
    """Bring the catalog and the holiday calendar to the platform's current versions
    (线上线下同源发布、同步更新): unchanged versions cost one manifest request."""
    from offline_store.sync.adapter import load_adapter
    from offline_store.sync.catalog_sync import refresh_calendar, refresh_catalog

    settings = ctx.settings
    client = load_adapter(settings, getattr(settings.platform, "adapter", "yimen-v1"))
    try:
        version = refresh_catalog(client, ctx.store)
        years = refresh_calendar(client, ctx.store, from_year=now.astimezone(ctx.tz).year)
    finally:
        close = getattr(client, "close", None)
        if close is not None:
            close()
    with ctx.unit_of_work(read_only=True) as uow:
        current = uow.catalog.current_version()
    parts = [f"目录已更新到版本 {version}" if version else f"目录已是最新（版本 {current or '无'}）"]
    parts.append(f"节假日更新了 {'、'.join(str(y) for y in years)} 年" if years else "节假日无变化")
    return JobResult(
        "；".join(parts),
        {"catalog_version": current, "catalog_changed": bool(version), "calendar_years": years},
    )


@job("jobs.prune", title="定时任务记录整理", schedule="daily 04:10")
def prune_job_runs(ctx: HallContext, now: datetime) -> JobResult:
    with ctx.unit_of_work() as uow:
        deleted = uow.jobs.prune(before=now - JOB_RUNS_KEPT)
    return JobResult(f"删除了 {deleted} 条 {JOB_RUNS_KEPT.days} 天前的任务记录", {"deleted": deleted})
