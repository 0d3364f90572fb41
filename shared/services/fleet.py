"""Fleet health (issue 15, point 1): every kiosk, counter and display writes a heartbeat into
the store every few seconds; the manager's 终端状态 page and ``yimen terminals`` read them
back with the alerts derived from them; a manager puts a kiosk into 暂停服务 and back.

A **heartbeat** is one row per terminal (``terminal_heartbeats``, owned by its
``terminal_id``), overwritten by each beat: the software version, each device's health
(paper low or out for a receipt printer), the outbox backlog and last sync as this terminal
sees them, the screen shown, and the last few error lines, masked. Nothing personal goes in:
a screen is named by its key, device words are the drivers' own, and every error line passes
:func:`~shared.domain.masking.scrub_text` and is cut short.

The **alerts** are derived when the page is read, at the reader's clock (so a test stands
still with a :class:`~shared.services.clock.ManualClock`):

- 离线: no beat for more than ``[fleet] offline_after_seconds`` (120 s);
- 缺纸 (alert) and 纸将用完 (warning) from the receipt printer's health;
- a device offline (alert) or degraded (warning);
- a backlog over ``[fleet] max_backlog`` (100);
- a version that differs from the majority of the terminals that are online (ties: the
  newest-looking version counts as the majority);
- a job whose latest run failed or was interrupted (``job_runs``): shown hall-wide and on
  the terminal that ran it.

The **command** (``terminal_commands``) is the manager's word: a kiosk reads its own row with
each beat and applies it, so 暂停服务 reaches the resident within one heartbeat.
"""

from __future__ import annotations

import collections
import logging
import re
import socket
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from devices.base import Health, HealthState
from offline_store.repositories.fleet import OPEN, PAUSED, Heartbeat, TerminalCommand
from offline_store.repositories.jobs import FAILED, INTERRUPTED, JobRun
from shared.domain.errors import NotFound, ValidationError
from shared.domain.masking import scrub_text
from shared.domain.settings import FleetSettings
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.jobs import REGISTRY, failing_jobs
from shared.services.permissions import Permission, require

log = logging.getLogger(__name__)

KINDS = {"kiosk": "自助机", "counter": "窗口", "display": "叫号屏", "server": "服务器"}
LEVELS = ("ok", "warning", "alert", "offline")  # worst last: a row's colour is its worst
LEVEL_WORDS = {"ok": "正常", "warning": "注意", "alert": "告警", "offline": "离线"}
DEVICE_WORDS = {
    "idcard": "读卡器",
    "printer": "凭条打印机",
    "scanner": "扫码设备",
    "tts": "语音",
    "a4": "A4 打印机",
}
ERROR_LINE_MAX = 160
DEFAULT_PAUSE_REASON = "大厅管理员暂停自助服务"


def software_version() -> str:
    """The installed package's version (the same words ``yimen --version`` starts with)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("yimen")
    except PackageNotFoundError:
        return "0.0.0+src"


# ---------------------------------------------------------------------- what a beat carries
class RecentErrors(logging.Handler):
    """The last few warning and error lines of this process, masked, for the heartbeat.

    Installed once on the root logger by each app (:func:`recent_errors`); a line keeps the
    time, the logger and the first line of the message, scrubbed of ID and phone numbers
    and cut to ``ERROR_LINE_MAX`` characters, never a traceback.
    """

    def __init__(self, keep: int = 20) -> None:
        super().__init__(level=logging.WARNING)
        self._lines: collections.deque[str] = collections.deque(maxlen=max(1, keep))
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        first = (message.splitlines() or [""])[0]
        when = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        line = clean_error_line(f"{when} {record.levelname.lower()} {record.name}: {first}")
        with self._guard:
            self._lines.append(line)

    def lines(self, n: int) -> list[str]:
        with self._guard:
            return list(self._lines)[-n:] if n > 0 else []


_RECENT: RecentErrors | None = None
_RECENT_LOCK = threading.Lock()


def recent_errors() -> RecentErrors:
    """The process's one :class:`RecentErrors`, attached to the root logger the first time."""
    global _RECENT
    with _RECENT_LOCK:
        if _RECENT is None:
            _RECENT = RecentErrors()
            logging.getLogger().addHandler(_RECENT)
        return _RECENT


def clean_error_line(text: str) -> str:
    return scrub_text(" ".join(str(text).split()))[:ERROR_LINE_MAX]


def device_report(health: Mapping[str, Health]) -> dict[str, dict[str, str]]:
    """Each device's health as the heartbeat stores it: ``{"state": ok | degraded | offline |
    paper_low | paper_out, "detail": the driver's words}``."""
    out: dict[str, dict[str, str]] = {}
    for name, h in sorted(health.items()):
        state = str(h.state)
        code = getattr(h, "code", "")
        if code in ("paper_low", "paper_out"):
            state = code
        out[str(name)] = {"state": state, "detail": clean_error_line(h.reason)}
    return out


@dataclass(frozen=True, slots=True)
class ServiceCommand:
    """What a terminal hears back from its beat: whether the manager wants it paused."""

    paused: bool
    reason: str = ""
    set_by: str = ""


def record_heartbeat(
    ctx: HallContext,
    *,
    kind: str,
    screen: str,
    devices: Mapping[str, Health],
    started_at: datetime,
    service_state: str = OPEN,
    errors: Iterable[str] = (),
    version: str | None = None,
) -> ServiceCommand:
    """Write this terminal's heartbeat; answer the manager's command for it (on the runner).

    A display holds no grant on the outbox or the sync record in hall mode: its backlog is
    0 and its last sync unknown.
    """
    fleet = ctx.settings.fleet
    terminal = ctx.settings.terminal
    lines = [clean_error_line(e) for e in errors][-fleet.recent_errors :] if fleet.recent_errors else []
    with ctx.unit_of_work() as uow:
        if kind == "display":
            backlog, last_sync = 0, None
        else:
            backlog, last_sync = uow.outbox.backlog_count(), uow.fleet.last_sync_at()
        uow.fleet.beat(
            Heartbeat(
                terminal_id=terminal.id,
                kind=kind,
                name=terminal.name,
                version=version or software_version(),
                host=socket.gethostname(),
                started_at=started_at,
                at=ctx.now(),
                screen=screen,
                devices=device_report(devices),
                outbox_backlog=backlog,
                last_sync_at=last_sync,
                errors=lines,
                service_state=service_state,
            )
        )
        command = uow.fleet.command_for(terminal.id)
    if command is None or not command.paused:
        return ServiceCommand(paused=False)
    return ServiceCommand(paused=True, reason=command.reason, set_by=command.set_by)


# ---------------------------------------------------------------------- reading the fleet
@dataclass(frozen=True, slots=True)
class Alert:
    level: str  # warning | alert | offline
    code: str  # offline, paper_out, paper_low, device_offline, device_degraded, backlog, version, job
    text: str
    subject: str = ""  # the device (printer, idcard …) or the job (backup.create …) it is about

    def as_json(self) -> dict[str, str]:
        return {"level": self.level, "code": self.code, "text": self.text, "subject": self.subject}


@dataclass(frozen=True, slots=True)
class TerminalStatus:
    beat: Heartbeat
    online: bool
    silent_s: float  # seconds since the last beat, at the reader's clock
    alerts: tuple[Alert, ...]
    command: TerminalCommand | None

    @property
    def terminal_id(self) -> str:
        return self.beat.terminal_id

    @property
    def level(self) -> str:
        worst = "ok"
        for a in self.alerts:
            if LEVELS.index(a.level) > LEVELS.index(worst):
                worst = a.level
        return worst

    @property
    def pause_asked(self) -> bool:
        return self.command is not None and self.command.paused

    @property
    def service_words(self) -> str:
        """暂停服务 once the kiosk applied it; 暂停中 while the manager's word is on its way."""
        if self.beat.service_state == PAUSED:
            return "暂停服务" if self.pause_asked else "恢复中"
        return "暂停中" if self.pause_asked else "服务中"

    def as_json(self) -> dict[str, Any]:
        b = self.beat
        return {
            "terminal_id": b.terminal_id,
            "kind": b.kind,
            "name": b.name,
            "version": b.version,
            "host": b.host,
            "started_at": b.started_at.isoformat(),
            "last_beat_at": b.at.isoformat(),
            "silent_seconds": round(self.silent_s, 1),
            "online": self.online,
            "level": self.level,
            "screen": b.screen,
            "service_state": b.service_state,
            "pause_asked": self.pause_asked,
            "pause_reason": self.command.reason if self.pause_asked and self.command else "",
            "devices": b.devices,
            "outbox_backlog": b.outbox_backlog,
            "last_sync_at": b.last_sync_at.isoformat() if b.last_sync_at else None,
            "errors": list(b.errors),
            "alerts": [a.as_json() for a in self.alerts],
        }


@dataclass(frozen=True, slots=True)
class FleetReport:
    at: datetime
    terminals: tuple[TerminalStatus, ...]
    majority_version: str
    job_alerts: tuple[Alert, ...]
    settings: FleetSettings = field(default_factory=FleetSettings)

    def counts(self) -> dict[str, int]:
        c = collections.Counter(t.level for t in self.terminals)
        return {level: c.get(level, 0) for level in LEVELS}

    def get(self, terminal_id: str) -> TerminalStatus:
        for t in self.terminals:
            if t.terminal_id == terminal_id:
                return t
        raise KeyError(terminal_id)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "majority_version": self.majority_version,
            "offline_after_seconds": self.settings.offline_after_seconds,
            "max_backlog": self.settings.max_backlog,
            "counts": self.counts(),
            "terminals": [t.as_json() for t in self.terminals],
            "job_alerts": [a.as_json() for a in self.job_alerts],
        }


def list_terminals(ctx: HallContext, *, actor: Actor) -> FleetReport:
    """Every terminal that ever beat, with its alerts at the context's clock (the fleet page,
    ``yimen terminals``)."""
    require(actor, Permission.VIEW_FLEET)
    with ctx.unit_of_work(read_only=True) as uow:
        beats = uow.fleet.heartbeats()
        commands = uow.fleet.commands()
        latest = list(uow.jobs.latest().values())
    return derive_fleet(beats, commands, latest, now=ctx.now(), settings=ctx.settings.fleet, tz=ctx.tz)


def derive_fleet(
    beats: Iterable[Heartbeat],
    commands: Mapping[str, TerminalCommand],
    latest_runs: Iterable[JobRun],
    *,
    now: datetime,
    settings: FleetSettings,
    tz: tzinfo | None = None,
) -> FleetReport:
    """The alerts of each terminal and of the hall's jobs, from the rows alone (no I/O)."""
    beats = list(beats)
    limit = timedelta(seconds=settings.offline_after_seconds)
    online = {b.terminal_id: now - b.at <= limit for b in beats}
    majority = majority_version(
        [b.version for b in beats if online[b.terminal_id]] or [b.version for b in beats]
    )
    several_versions = len({b.version for b in beats}) > 1
    failing = sorted(failing_jobs(latest_runs), key=lambda r: r.started_at, reverse=True)
    job_alerts = tuple(_job_alert(r, tz) for r in failing)
    statuses = []
    for b in beats:
        alerts: list[Alert] = []
        silent = (now - b.at).total_seconds()
        if not online[b.terminal_id]:
            alerts.append(Alert("offline", "offline", f"离线：已 {_duration(silent)}没有心跳"))
        for name, dev in sorted(b.devices.items()):
            alerts.extend(_device_alerts(name, dev))
        if b.outbox_backlog > settings.max_backlog:
            alerts.append(
                Alert("alert", "backlog", f"待上报 {b.outbox_backlog} 条，超过上限 {settings.max_backlog}")
            )
        if several_versions and b.version != majority:
            alerts.append(Alert("warning", "version", f"版本 {b.version} 与多数终端（{majority}）不同"))
        # a failing job shows hall-wide and on the terminal whose runner ran it
        alerts.extend(a for r, a in zip(failing, job_alerts, strict=True) if r.terminal_id == b.terminal_id)
        statuses.append(
            TerminalStatus(
                beat=b,
                online=online[b.terminal_id],
                silent_s=max(0.0, silent),
                alerts=tuple(alerts),
                command=commands.get(b.terminal_id),
            )
        )
    order = {"kiosk": 0, "counter": 1, "display": 2}
    statuses.sort(key=lambda s: (-LEVELS.index(s.level), order.get(s.beat.kind, 3), s.terminal_id))
    return FleetReport(
        at=now, terminals=tuple(statuses), majority_version=majority, job_alerts=job_alerts, settings=settings
    )


def majority_version(versions: Iterable[str]) -> str:
    """The most common version; on a tie the newest-looking one (numbers compared as numbers)."""
    counts = collections.Counter(versions)
    if not counts:
        return ""
    return max(counts, key=lambda v: (counts[v], _version_key(v)))


def _version_key(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.+\-]", text))


def _device_alerts(name: str, dev: Mapping[str, Any]) -> list[Alert]:
    words = DEVICE_WORDS.get(name, name)
    state = str(dev.get("state", ""))
    detail = str(dev.get("detail", ""))
    if state == "paper_out":
        return [Alert("alert", "paper_out", f"{words}缺纸", name)]
    if state == "paper_low":
        return [Alert("warning", "paper_low", f"{words}纸将用完", name)]
    if state == HealthState.OFFLINE:
        return [Alert("alert", "device_offline", f"{words}离线：{detail}" if detail else f"{words}离线", name)]
    if state == HealthState.DEGRADED:
        return [Alert("warning", "device_degraded", f"{words}：{detail}" if detail else f"{words}状态异常", name)]
    return []


def _job_alert(run: JobRun, tz: tzinfo | None) -> Alert:
    job = REGISTRY.get(run.job_name) if run.job_name in REGISTRY.names() else None
    title = job.title if job is not None else run.job_name
    why = clean_error_line((run.error or run.summary or "").strip().splitlines()[0] if (run.error or run.summary) else "")
    state = "中断" if run.state == INTERRUPTED else "失败"
    assert run.state in (FAILED, INTERRUPTED)
    when = run.started_at.astimezone(tz).strftime("%m-%d %H:%M")
    return Alert("alert", "job", f"任务“{title}”{when} {state}" + (f"：{why}" if why else ""), run.job_name)


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 120:
        return f"{seconds} 秒"
    if seconds < 7200:
        return f"{seconds // 60} 分钟"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} 小时"
    return f"{seconds // 86400} 天"


# ---------------------------------------------------------------------- 暂停服务 and back
def pause_terminal(ctx: HallContext, *, actor: Actor, terminal_id: str, reason: str = "") -> TerminalCommand:
    """Ask a kiosk to show 暂停服务; it does so at its next heartbeat. One work-log line."""
    reason = " ".join(reason.split()) or DEFAULT_PAUSE_REASON
    if len(reason) > 200:
        raise ValidationError("暂停原因太长。", hint="请用 200 字以内说明，例如“更换打印纸”。")
    return _set_service(ctx, actor=actor, terminal_id=terminal_id, state=PAUSED, reason=reason)


def resume_terminal(ctx: HallContext, *, actor: Actor, terminal_id: str) -> TerminalCommand:
    """Let a paused kiosk serve again at its next heartbeat. One work-log line."""
    return _set_service(ctx, actor=actor, terminal_id=terminal_id, state=OPEN, reason="")


def _set_service(ctx: HallContext, *, actor: Actor, terminal_id: str, state: str, reason: str) -> TerminalCommand:
    require(actor, Permission.MANAGE_TERMINALS)
    at = ctx.now()
    with ctx.unit_of_work() as uow:
        beat = uow.fleet.heartbeat(terminal_id)
        if beat is None:
            raise NotFound(
                words("没有终端 {terminal_id} 的心跳记录。", terminal_id=terminal_id),
                hint="请用 `yimen terminals` 查看终端编号；终端开机后每隔几秒上报一次。",
            )
        if beat.kind != "kiosk":
            raise ValidationError(
                words("{name}（{value}）不能暂停服务。", name=beat.name, value=KINDS.get(beat.kind, beat.kind)),
                hint="暂停服务只用于自助机；窗口请由工作人员退出登录。",
            )
        uow.fleet.set_command(terminal_id=terminal_id, service_state=state, reason=reason, set_by=actor.user, at=at)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="terminal.pause" if state == PAUSED else "terminal.resume",
            target=terminal_id,
            detail={"name": beat.name, "reason": reason} if reason else {"name": beat.name},
            at=at,
        )
        command = uow.fleet.command_for(terminal_id)
    assert command is not None
    log.info("terminal %s: service %s by %s", terminal_id, state, actor.user)
    return command


__all__ = [
    "Alert",
    "FleetReport",
    "RecentErrors",
    "ServiceCommand",
    "TerminalStatus",
    "derive_fleet",
    "device_report",
    "list_terminals",
    "majority_version",
    "pause_terminal",
    "recent_errors",
    "record_heartbeat",
    "resume_terminal",
    "software_version",
]
