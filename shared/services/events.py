"""Writing outbox events: checked against the upstream protocol before they are stored,
so a payload the platform would reject is refused at the window, not quarantined later."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from offline_store.store import UnitOfWork
from shared.domain.cases import MaterialReceipt
from shared.domain.errors import ValidationError
from shared.domain.words import words
from shared.protocol.messages import validate_event_payload


def emit(
    uow: UnitOfWork,
    *,
    kind: str,
    case_no: str | None,
    payload: dict[str, Any],
    at: datetime,
    pii: dict[str, Any] | None = None,
) -> None:
    """Add one event in the caller's transaction. ``pii`` travels encrypted and is merged
    into the payload only when the sync worker sends it."""
    problems = validate_event_payload(kind, {**payload, **(pii or {})})
    if problems:
        raise ValidationError(
            words("同步事件“{kind}”不符合上报规范：{problems}", kind=kind, problems="；".join(problems)),
            hint="这是程序错误，请联系技术支持并提供日志。",
        )
    uow.outbox.add(kind=kind, case_no=case_no, payload=payload, pii=pii, at=at)


def materials_payload(materials: list[MaterialReceipt]) -> list[dict[str, Any]]:
    return [
        {
            "material_code": m.material_code,
            "method": m.method.value,
            "reference": m.reference,
            "supply_by": m.supply_by.isoformat() if m.supply_by else None,
            "copies": m.copies,
        }
        for m in materials
    ]
