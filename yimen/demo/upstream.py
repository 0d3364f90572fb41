"""The demo's link to the province: the reference platform on loopback, credentials for this
terminal, and the sync worker draining the day's outbox and bringing decisions back."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from offline_store.sync.worker import SyncWorker
from reference_platform.cli import issue_credentials
from reference_platform.config import BackOfficeConfig, PlatformConfig
from reference_platform.server import ReferencePlatform
from shared.services.context import HallContext


@dataclass(frozen=True, slots=True)
class UpstreamReport:
    base_url: str
    sent: int
    duplicates: int
    quarantined: int
    decisions_applied: int
    backlog_after: int
    passes: int


def sync_with_reference_platform(
    ctx: HallContext, out: Path, *, decide_after_s: float = 0.3
) -> UpstreamReport:
    """Start the platform, drain the outbox, wait for the back office, pull its decisions."""
    platform = ReferencePlatform(
        PlatformConfig(
            db_path=out / "reference-platform.db",
            backoffice=BackOfficeConfig(
                review_after_s=0.0, decide_after_s=decide_after_s, reject_fraction=0.1
            ),
        )
    )
    base_url = platform.start_in_thread()
    creds_file = out / "keys" / "platform.toml"
    issue_credentials(
        db_path=out / "reference-platform.db", terminal_id=ctx.settings.terminal.id, out=creds_file
    )
    ctx.settings.platform.base_url = base_url
    ctx.settings.platform.credentials_file = creds_file
    worker = SyncWorker.from_settings(ctx.settings, ctx.store)
    sent = dup = quarantined = applied = passes = 0
    try:
        for _ in range(12):  # push until empty, then let the back office decide and pull again
            report = worker.run_once()
            passes += 1
            sent, dup = sent + report.sent, dup + report.duplicates
            quarantined += report.quarantined + report.quarantined_locally
            applied += report.feed.applied
            with ctx.unit_of_work(read_only=True) as uow:
                backlog = uow.outbox.backlog_count()
            if backlog == 0 and applied and report.feed.applied == 0:
                break
            time.sleep(decide_after_s)
    finally:
        worker.stop()
        platform.stop()
    return UpstreamReport(base_url, sent, dup, quarantined, applied, backlog, passes)


def platform_database_notice(out: Path) -> str:
    """Where the demo leaves the reference platform's database: like a real provincial
    platform it keeps ID numbers in plain text, so the demo says where, and how to delete it."""
    db = (out / "reference-platform.db").resolve()
    return (
        f"参考平台的数据库留在 {db}：它像真实的省平台一样保存明文身份证号（演示用的虚构居民）；"
        f"不再需要时删除整个 {out.resolve()} 目录。"
    )
