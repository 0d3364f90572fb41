"""Starting and moving a case's pauses (特别程序 that begin with the acceptance or later), and
the dates recomputed with them. A module of its own so that acceptance
(:mod:`shared.services.cases`) and the clock's use cases (:mod:`shared.services.case_clock`)
both build on it without importing each other."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from offline_store.records import StoredCase
from offline_store.repositories.case_pauses import CasePauseRepository, StoredPause, deadline_values
from offline_store.store import UnitOfWork
from shared.domain.case_clock import ClockPause, PauseKind, pause_first_day
from shared.domain.catalog.models import ServiceItem, SpecialProcedure
from shared.domain.catalog.vocab import DayKind
from shared.domain.errors import ValidationError
from shared.domain.words import words
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.events import emit


def _audit(uow: UnitOfWork, actor: Actor, action: str, case_no: str, *, at: datetime, **detail: Any) -> None:
    uow.audit.append(
        actor=actor.user, terminal_id=actor.terminal_id, action=action, target=case_no, detail=detail, at=at
    )


def pauses_of(uow: UnitOfWork, ctx: HallContext) -> CasePauseRepository:
    return uow.pauses


def accepted_on(ctx: HallContext, stored: StoredCase) -> date:
    assert stored.record.accepted_at is not None
    return stored.record.accepted_at.astimezone(ctx.tz).date()


def pause_payload(p: StoredPause | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "kind": p.kind,
        "name": p.name,
        "first_day": p.first_day.isoformat(),
        "last_day": p.last_day.isoformat() if p.last_day else None,
    }


def start_on_acceptance(
    ctx: HallContext, uow: UnitOfWork, stored: StoredCase, item: ServiceItem, *, actor: Actor
) -> StoredCase:
    """Special procedures that begin with the acceptance itself (离婚冷静期: 民法典 第1077条,
    30 days from the day the registry receives the application) start their pause now."""
    for procedure in item.special_procedures:
        if procedure.starts_on_acceptance:
            return start_pause(ctx, uow, stored, procedure, actor=actor, note="受理时开始")
    return stored


def procedure_named(item: ServiceItem, name: str) -> SpecialProcedure:
    for p in item.special_procedures:
        if p.name == name.strip():
            return p
    published = "、".join(p.name for p in item.special_procedures) or "无"
    raise ValidationError(
        words("“{name}”没有名为“{name2}”的特别程序。", name=item.name, name2=name),
        hint=words("该事项公布的特别程序：{published}（行政许可法第45条：只有公布的特别程序不计入时限）。", published=published),
    )


def start_pause(
    ctx: HallContext,
    uow: UnitOfWork,
    stored: StoredCase,
    procedure: SpecialProcedure,
    *,
    actor: Actor,
    note: str,
) -> StoredCase:
    now, today = ctx.now(), ctx.today()
    repo = pauses_of(uow, ctx)
    before = repo.clock_pauses(stored.case_no)
    pause = repo.start(
        case_no=stored.case_no,
        kind=PauseKind.SPECIAL.value,
        name=procedure.name,
        first_day=pause_first_day(today),
        planned_days=procedure.limit_days,
        day_kind=procedure.day_kind.value,
        note=note or procedure.note,
        actor=actor.user,
        at=now,
    )
    after = repo.clock_pauses(stored.case_no)
    stored = move_dates(ctx, uow, stored, before, after)
    emit(
        uow,
        kind="decision",
        case_no=stored.case_no,
        payload={
            "state": stored.state.value,
            "note": f"{procedure.name}开始，不计入办理时限",
            "promised_date": stored.record.promised_date.isoformat() if stored.record.promised_date else None,
            "legal_date": stored.record.legal_date.isoformat() if stored.record.legal_date else None,
            "pause": pause_payload(pause),
        },
        at=now,
    )
    _audit(uow, actor, "case.special_start", stored.case_no, at=now, procedure=procedure.name)
    return stored


def move_dates(
    ctx: HallContext, uow: UnitOfWork, stored: StoredCase, before: list[ClockPause], after: list[ClockPause]
) -> StoredCase:
    rec = stored.record
    if rec.accepted_at is None:
        return stored
    item = ctx.catalog(uow).item(rec.item_code)
    values = deadline_values(
        ctx.calendar(uow),
        accepted_on=accepted_on(ctx, stored),
        promised=rec.promised_date,
        legal=rec.legal_date,
        before=before,
        after=after,
        calendar_days=item.limit_day_kind is DayKind.CALENDAR,
    )
    if not values:
        return stored
    return uow.cases.update_details(
        case_no=rec.case_no, expected_version=stored.version, at=ctx.now(), **values
    )
