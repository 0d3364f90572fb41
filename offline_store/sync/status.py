"""How the link to the platform is doing, in numbers and in words for a status light.

Read from the store (so ``yimen sync status`` in another process sees what the worker
recorded) and shown by both apps and the CLI. :func:`may_accept_self_service` is the
MOSIP-style brake: past a backlog or a number of days without a sync, the kiosk stops
taking new self-service submissions and says why.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from offline_store.sqltypes import utc_now
from offline_store.sync import state
from offline_store.sync.outbox_io import blocked_count


class Light(StrEnum):
    GREEN = "green"  # online, nothing waiting
    AMBER = "amber"  # working offline or catching up: nothing is lost
    RED = "red"  # a technician is needed (events refused, credentials refused, limits passed)
    GREY = "grey"  # never synced yet


@dataclass(frozen=True, slots=True)
class SyncStatus:
    online: bool | None  # None: no attempt recorded yet
    backlog: int  # events not yet delivered (pending + quarantined)
    pending: int
    quarantined: int
    blocked: int  # pending events held behind a quarantined event of their case
    oldest_pending_age_s: float | None
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str
    last_error_kind: str  # "" | unavailable | protocol | auth | refused | store
    catalog_version: str | None
    clock_offset_s: float
    light: Light
    words: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("last_success_at", "last_attempt_at"):
            d[k] = d[k].isoformat() if d[k] else None
        d["light"] = self.light.value
        return d


def _dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _age_words(seconds: float) -> str:
    if seconds < 90:
        return f"{int(seconds)} 秒"
    if seconds < 5400:
        return f"{int(seconds // 60)} 分钟"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.0f} 小时"
    return f"{seconds / 86400:.0f} 天"


def read_status(
    store: Any, *, now: datetime | None = None, max_backlog: int = 500, max_days_since_sync: int = 7
) -> SyncStatus:
    now = now or utc_now()
    with store.unit_of_work(read_only=True) as uow:
        counts = uow.outbox.counts()
        age = uow.outbox.oldest_pending_age(now=now)
        blocked = blocked_count(uow.outbox)
        values = state.get_all(uow.session)
        catalog_version = uow.catalog.current_version()
    pending, quarantined = counts["pending"], counts["quarantined"]
    online = values.get(state.ONLINE)
    last_success = _dt(values.get(state.LAST_SUCCESS_AT))
    kind = str(values.get(state.LAST_ERROR_KIND) or "")
    light, words = _light(
        online=online,
        pending=pending,
        quarantined=quarantined,
        blocked=blocked,
        age_s=age.total_seconds() if age else None,
        last_success=last_success,
        error_kind=kind,
        now=now,
        max_backlog=max_backlog,
        max_days=max_days_since_sync,
    )
    return SyncStatus(
        online=online,
        backlog=pending + quarantined,
        pending=pending,
        quarantined=quarantined,
        blocked=blocked,
        oldest_pending_age_s=age.total_seconds() if age else None,
        last_success_at=last_success,
        last_attempt_at=_dt(values.get(state.LAST_ATTEMPT_AT)),
        last_error=str(values.get(state.LAST_ERROR) or ""),
        last_error_kind=kind,
        catalog_version=catalog_version,
        clock_offset_s=float(values.get(state.CLOCK_OFFSET_S) or 0.0),
        light=light,
        words=words,
    )


def _light(
    *,
    online: bool | None,
    pending: int,
    quarantined: int,
    blocked: int,
    age_s: float | None,
    last_success: datetime | None,
    error_kind: str,
    now: datetime,
    max_backlog: int,
    max_days: int,
) -> tuple[Light, str]:
    backlog = pending + quarantined
    if quarantined:
        extra = f"，另有 {blocked} 条排在其后等待" if blocked else ""
        return Light.RED, f"有 {quarantined} 条记录被省平台退回{extra}，请技术员处理（yimen sync status）"
    if error_kind == "auth":
        return Light.RED, "省平台拒绝了本终端的身份验证，请检查凭据和本机时间"
    if backlog > max_backlog:
        return Light.RED, f"未上传记录 {backlog} 条，超过上限 {max_backlog}，自助受理已暂停"
    if last_success is not None and (now - last_success).total_seconds() > max_days * 86400:
        return Light.RED, f"已 {(now - last_success).days} 天未与省平台同步，自助受理已暂停"
    if online is None and last_success is None:
        return Light.GREY, "尚未与省平台同步" + (f"，{backlog} 条待上传" if backlog else "")
    if not online:
        since = f"，最早一条已等待 {_age_words(age_s)}" if age_s is not None else ""
        return (
            Light.AMBER,
            f"离线办理中，{backlog} 条待上传{since}；网络恢复后自动上传"
            if backlog
            else "离线，暂无待上传记录",
        )
    if backlog:
        return Light.AMBER, f"正在上传，剩余 {backlog} 条"
    return Light.GREEN, "已连接省平台，数据已全部同步"


def may_accept_self_service(status: SyncStatus, settings: Any) -> tuple[bool, str]:
    """Whether the kiosk may take a new self-service submission, and if not, why.

    ``settings`` is :class:`shared.domain.settings.PlatformSettings` (or the whole Settings).
    The days are counted from the last successful sync, or — for a terminal that never
    synced — from its oldest undelivered event.
    """
    ps = getattr(settings, "platform", settings)
    if status.backlog > ps.max_backlog:
        return False, (
            f"本机尚有 {status.backlog} 条办件记录未上传省平台（上限 {ps.max_backlog} 条），"
            "为保证数据不丢失，自助机暂停受理新申请。请到窗口办理，或联系工作人员检查网络。"
        )
    now = utc_now()
    if status.last_success_at is not None:
        days = (now - status.last_success_at).total_seconds() / 86400
    elif status.oldest_pending_age_s is not None:
        days = status.oldest_pending_age_s / 86400
    else:
        days = 0.0
    if days > ps.max_days_since_sync:
        return False, (
            f"本机已 {int(days)} 天未与省平台同步（上限 {ps.max_days_since_sync} 天），"
            "自助机暂停受理新申请。请到窗口办理，或联系工作人员恢复网络。"
        )
    return True, ""
