"""一人一档 / 一企一档: what the hall already holds for an applicant, so the window never asks
for a paper twice (材料复用, 免证办).

The clerk serving the person sees their earlier cases and every material that an earlier
case really holds (the same rule ``cases.accept_case`` checks when a material is marked
as reused). Personal data is returned in full: it is the case at hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from offline_store.records import StoredCase
from offline_store.store import UnitOfWork
from shared.domain.cases import RECEIPT_LABELS, STATE_LABELS, ApplicantKind, CaseState, ReceiptMethod
from shared.domain.catalog.bundles import normalise_material_name
from shared.domain.identity import parse_resident_id, validate_uscc
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.permissions import Permission, require

# a material from these cases was never kept by the hall (returned with the notice, withdrawn,
# or only submitted at a kiosk and not yet checked at a window)
_NOT_HELD = frozenset({CaseState.NOT_ACCEPTED, CaseState.WITHDRAWN, CaseState.SUBMITTED})
# how it came must leave something the hall holds: a promise or a pending 容缺 is not a paper
_NOT_REUSABLE = frozenset({ReceiptMethod.DEFERRED.value, ReceiptMethod.COMMITMENT.value})


@dataclass(frozen=True, slots=True)
class EarlierCase:
    case_no: str
    item_code: str
    item_name: str
    state: CaseState
    state_label: str
    created_at: datetime | None
    promised_date: date | None


@dataclass(frozen=True, slots=True)
class ReusableMaterial:
    material_code: str
    name: str
    case_no: str  # the earlier case holding it: the reference of a REUSED receipt
    how: str  # how that case received it
    received_on: date | None

    @property
    def key(self) -> str:
        return normalise_material_name(self.name)


@dataclass(frozen=True, slots=True)
class ApplicantFile:
    kind: ApplicantKind
    id: str
    name: str
    phone: str
    known: bool  # the hall has seen this applicant before
    cases: tuple[EarlierCase, ...]
    reusable: tuple[ReusableMaterial, ...]

    def reusable_for(self, material_code: str, name: str) -> ReusableMaterial | None:
        key = normalise_material_name(name)
        return next((r for r in self.reusable if r.material_code == material_code or r.key == key), None)


def _earlier(stored: StoredCase) -> EarlierCase:
    r = stored.record
    return EarlierCase(
        r.case_no, r.item_code, r.item_name, r.state, STATE_LABELS[r.state], r.created_at, r.promised_date
    )


def _reusable(uow: UnitOfWork, cases: list[StoredCase], tz: tzinfo) -> tuple[ReusableMaterial, ...]:
    found: dict[str, ReusableMaterial] = {}
    for stored in cases:  # newest first: the first holder of a material wins
        if stored.state in _NOT_HELD:
            continue
        if stored.state is CaseState.SUPPLEMENT_REQUESTED and stored.record.accepted_at is None:
            continue  # told to 补正 before acceptance: the applicant took the papers home
        received = stored.record.accepted_at or stored.record.created_at
        for m in uow.cases.materials(stored.case_no):
            if m.method in _NOT_REUSABLE:
                continue
            key = normalise_material_name(m.name)
            if key in found:
                continue
            at = m.supplied_at or received
            when = at.astimezone(tz).date() if at else None
            found[key] = ReusableMaterial(
                m.material_code, m.name, stored.case_no, RECEIPT_LABELS[ReceiptMethod(m.method)], when
            )
    return tuple(found.values())


def person_file(ctx: HallContext, *, actor: Actor, id_number: str, limit: int = 20) -> ApplicantFile:
    require(actor, Permission.VIEW_HALL_CASES)
    number = parse_resident_id(id_number, today=ctx.today()).number
    with ctx.unit_of_work(read_only=True) as uow:
        person = uow.people.find_by_id_number(number)
        cases = uow.cases.list(applicant_id=number, limit=limit) if person else []
        return ApplicantFile(
            kind=ApplicantKind.PERSON,
            id=number,
            name=person.name if person else "",
            phone=person.phone if person else "",
            known=person is not None,
            cases=tuple(_earlier(c) for c in cases),
            reusable=_reusable(uow, cases, ctx.tz),
        )


def organisation_file(ctx: HallContext, *, actor: Actor, uscc: str, limit: int = 20) -> ApplicantFile:
    """一企一档 by unified social credit code (GB 32100-2015, check character verified)."""
    require(actor, Permission.VIEW_HALL_CASES)
    code = validate_uscc(uscc)
    with ctx.unit_of_work(read_only=True) as uow:
        org = uow.organisations.find_by_uscc(code)
        cases: list[StoredCase] = []
        if org is not None:
            cases = uow.cases.list(organisation_id=org.id, limit=limit)
        return ApplicantFile(
            kind=ApplicantKind.ORGANISATION,
            id=code,
            name=org.name if org else "",
            phone="",
            known=org is not None,
            cases=tuple(_earlier(c) for c in cases),
            reusable=_reusable(uow, cases, ctx.tz),
        )
