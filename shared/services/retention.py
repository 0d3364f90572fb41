"""``yimen data purge``: personal data deleted when its time is up (个人信息保护法 art. 19
and 47; issue 15, point 4), then the space and the bytes reclaimed (VACUUM and a WAL
checkpoint on SQLite, VACUUM on PostgreSQL), a work-log line written, and backups older
than the retention period deleted too: a purge that leaves copies has deleted nothing.

The periods are ``[retention]`` (shared/domain/settings.py; defaults and reasons in
docs/operations.md). Case archives (办件档案) follow their archive rules:
``case_archive_years`` after the case closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from offline_store.repositories.retention import reclaim
from shared.services.context import HallContext
from shared.services.jobs import JobResult, job

# what each count means, for the report and the work log (keys are stable: --json)
LABELS = {
    "id_photos": "身份证照片",
    "delivered_pii": "已上报事件中的个人信息",
    "archived_cases": "超过归档期的办件",
    "tickets": "取号记录",
    "help_requests": "呼叫帮办记录",
    "people": "居民信息",
    "organisations": "单位信息",
}
_TABLES = {
    "id_photos": ["people"],
    "delivered_pii": ["outbox"],
    "archived_cases": ["cases", "case_materials", "case_events", "outbox"],
    "tickets": ["tickets"],
    "help_requests": ["help_requests"],
    "people": ["people"],
    "organisations": ["organisations"],
}


@dataclass(frozen=True, slots=True)
class PurgeReport:
    dry_run: bool
    at: datetime
    counts: dict[str, int]
    backups_deleted: list[str] = field(default_factory=list)
    reclaimed: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def purge(ctx: HallContext, *, dry_run: bool = False) -> PurgeReport:
    r = ctx.settings.retention
    now = ctx.now()
    today = ctx.today()
    counts: dict[str, int] = {}
    with ctx.unit_of_work() as uow:
        repo = uow.retention
        if not dry_run:
            repo.begin_secure_delete()
        counts["id_photos"] = repo.erase_id_photos(
            unused_since=now - timedelta(days=r.id_photos_days), dry_run=dry_run
        )
        counts["delivered_pii"] = repo.erase_delivered_outbox_pii(
            delivered_before=now - timedelta(days=r.delivered_pii_days), dry_run=dry_run
        )
        counts["archived_cases"] = repo.delete_archived_cases(
            closed_before=now - timedelta(days=365 * r.case_archive_years), dry_run=dry_run
        )
        counts["tickets"] = repo.delete_tickets(
            before_day=today - timedelta(days=r.tickets_days), dry_run=dry_run
        )
        counts["help_requests"] = repo.delete_help_requests(
            before=now - timedelta(days=r.help_requests_days), dry_run=dry_run
        )
        # people and organisations last: the deletions above may have freed them
        counts["people"] = repo.delete_unused_people(
            unused_since=now - timedelta(days=r.residents_days), dry_run=dry_run
        )
        counts["organisations"] = repo.delete_unused_organisations(
            unused_since=now - timedelta(days=r.residents_days), dry_run=dry_run
        )
        if not dry_run:
            uow.audit.append(
                actor="system",
                terminal_id=ctx.settings.terminal.id,
                action="data.purge",
                target="retention",
                detail={**counts, "settings": r.model_dump()},
                at=now,
            )
    if dry_run:
        return PurgeReport(dry_run=True, at=now, counts=counts)
    from shared.services.backups import prune_backups

    deleted = prune_backups(ctx.settings, now=now)
    touched = sorted({t for k, n in counts.items() if n for t in _TABLES[k]})
    return PurgeReport(
        dry_run=False,
        at=now,
        counts=counts,
        backups_deleted=[p.name for p in deleted],
        reclaimed=reclaim(ctx.store.engine, tables=touched),
    )


def describe(report: PurgeReport) -> list[str]:
    verb = "将删除" if report.dry_run else "已删除"
    lines = [f"{verb} {LABELS[k]} {n} 条" for k, n in report.counts.items()]
    if report.backups_deleted:
        lines.append(f"删除过期备份 {len(report.backups_deleted)} 个：{', '.join(report.backups_deleted)}")
    if report.reclaimed:
        lines.append(f"回收空间：{report.reclaimed}")
    return lines


@job("data.purge", title="个人信息到期清理", schedule="daily 03:10", timeout=timedelta(hours=2))
def nightly_purge(ctx: HallContext, now: datetime) -> JobResult:
    report = purge(ctx)
    return JobResult(
        f"清理个人信息 {report.total} 条（{'，'.join(f'{LABELS[k]} {n}' for k, n in report.counts.items() if n) or '无到期数据'}）",
        {**report.counts, "backups_deleted": len(report.backups_deleted)},
    )
