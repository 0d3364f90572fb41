"""The work log (工作日志) checked end to end: every row's SM3 chain link, so an edited,
deleted or reordered row is found and named (可追溯、可核查; 等保2.0 audit records protected).
``yimen audit verify`` runs it."""

from __future__ import annotations

from offline_store.audit import VerifyReport
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.permissions import Permission, require


def verify_work_log(ctx: HallContext, *, actor: Actor) -> VerifyReport:
    """Walk the whole chain; the report names the first bad row, if any."""
    require(actor, Permission.VERIFY_WORK_LOG)
    with ctx.unit_of_work(read_only=True) as uow:
        return uow.audit.verify()
