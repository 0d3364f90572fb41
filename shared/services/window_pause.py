"""暂停服务 at one window (issue 16, point 6): the clerk steps away (会议、午间交接、系统故障)
and the hall display board shows that window as 暂停服务 until the clerk resumes it.

The word is kept where the manager's word to a kiosk is kept (``terminal_commands``, one row
per key, :mod:`shared.services.fleet`), under a key of its own per hall and window: a counter
may write it (hall mode grants the counter INSERT and UPDATE there) and the display reads it.
A window's clerk pauses and resumes only the window he is signed in at; a hall manager any.
The manager's planned closures (停电、系统升级, :func:`shared.services.hall_time.close_temporarily`)
are a separate thing with a start and an end; the board shows both.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from offline_store.repositories.fleet import OPEN, PAUSED, TerminalCommand
from offline_store.store import UnitOfWork
from shared.domain.errors import PermissionDenied, ValidationError
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.permissions import Permission, allowed, require

log = logging.getLogger(__name__)

DEFAULT_REASON = "工作人员暂时离开"
REASON_MAX = 40  # it is shown on the board under the window's name


@dataclass(frozen=True, slots=True)
class WindowPause:
    window_no: int
    reason: str
    set_by: str
    since: datetime


def window_key(hall_code: str, window_no: int) -> str:
    """The ``terminal_commands`` key of a window (never a terminal's id: those have no colon)."""
    return f"window:{hall_code}:{window_no}"


def pause_window(ctx: HallContext, *, actor: Actor, window_no: int, reason: str = "") -> WindowPause:
    """Show ``window_no`` as 暂停服务 on the board, with the reason. One work-log line."""
    reason = " ".join(reason.split()) or DEFAULT_REASON
    if len(reason) > REASON_MAX:
        raise ValidationError(
            words("暂停原因太长（{n_reason}字）。", n_reason=len(reason)), hint=words("请用{reason_max}字以内说明，例如“午间交接”。", reason_max=REASON_MAX)
        )
    _may_set(actor, window_no)
    _set(ctx, actor=actor, window_no=window_no, state=PAUSED, reason=reason)
    return WindowPause(window_no, reason, actor.user, ctx.now())


def resume_window(ctx: HallContext, *, actor: Actor, window_no: int) -> None:
    """The window serves again (the board shows its current number). One work-log line."""
    _may_set(actor, window_no)
    _set(ctx, actor=actor, window_no=window_no, state=OPEN, reason="")


def paused_windows(ctx: HallContext, uow: UnitOfWork) -> dict[int, WindowPause]:
    """The hall's paused windows, inside the caller's unit of work (the board, the counter)."""
    return paused_from(uow.fleet.commands(), hall_code=ctx.settings.hall.code)


def paused_from(commands: Mapping[str, TerminalCommand], *, hall_code: str) -> dict[int, WindowPause]:
    prefix = f"window:{hall_code}:"
    out: dict[int, WindowPause] = {}
    for key, command in commands.items():
        if key.startswith(prefix) and command.paused and key[len(prefix) :].isdigit():
            n = int(key[len(prefix) :])
            out[n] = WindowPause(n, command.reason, command.set_by, command.set_at)
    return out


def window_paused(ctx: HallContext, *, actor: Actor, window_no: int) -> WindowPause | None:
    """Whether ``window_no`` is paused now (the counter reads it at sign-in)."""
    require(actor, Permission.CALL_QUEUE)
    with ctx.unit_of_work(read_only=True) as uow:
        command = uow.fleet.command_for(window_key(ctx.settings.hall.code, window_no))
    if command is None or not command.paused:
        return None
    return WindowPause(window_no, command.reason, command.set_by, command.set_at)


def _may_set(actor: Actor, window_no: int) -> None:
    if allowed(actor.role, Permission.MANAGE_WINDOWS):
        return
    require(actor, Permission.CALL_QUEUE)
    if actor.window_no != window_no:
        raise PermissionDenied(
            words("只能暂停或恢复本窗口（{window_no}号），不能操作{window_no2}号窗口。", window_no=actor.window_no, window_no2=window_no),
            hint="其他窗口请由该窗口的工作人员或大厅管理员操作。",
        )


def _set(ctx: HallContext, *, actor: Actor, window_no: int, state: str, reason: str) -> None:
    at = ctx.now()
    key = window_key(ctx.settings.hall.code, window_no)
    with ctx.unit_of_work() as uow:
        uow.fleet.set_command(terminal_id=key, service_state=state, reason=reason, set_by=actor.user, at=at)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="window.pause" if state == PAUSED else "window.resume",
            target=str(window_no),
            detail={"reason": reason} if reason else {},
            at=at,
        )
    log.info("window %s: service %s by %s", window_no, state, actor.user)


__all__ = [
    "DEFAULT_REASON",
    "WindowPause",
    "pause_window",
    "paused_from",
    "paused_windows",
    "resume_window",
    "window_key",
    "window_paused",
]
