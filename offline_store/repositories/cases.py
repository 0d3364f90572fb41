"""Cases (办件): numbering, storage, state changes with optimistic locking, materials, history."""

from __future__ import annotations

import builtins  # the class's own list() method shadows the builtin in its annotations
from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from offline_store.dml import rows_changed
from offline_store.models import AuditRow, Case, CaseEventRow, CaseMaterial, CaseSequence, Person
from offline_store.records import CaseEvent, StoredCase, StoredMaterial
from offline_store.repositories._base import UNSET, Repository, _Unset, dialect_insert, new_id
from offline_store.repositories.case_pauses import clock_on_transition, open_pause_exists
from offline_store.repositories.organisations import OrganisationRepository
from offline_store.repositories.people import PeopleRepository
from offline_store.sqltypes import utc_now
from shared.domain.cases import (
    TERMINAL_STATES,
    ApplicantKind,
    CaseRecord,
    CaseState,
    Channel,
    CrossRegion,
    Delivery,
    DeliveryMethod,
    MaterialReceipt,
    ReceiptMethod,
    make_case_no,
    transition,
)
from shared.domain.errors import Conflict, NotFound
from shared.domain.words import words

_T = "cases"
BEIJING = ZoneInfo("Asia/Shanghai")  # GB/T 7408: one time zone for all of China
_P = "people"


class CaseRepository(Repository):
    # ------------------------------------------------------------------ numbering
    def next_case_no(self, *, terminal_id: str, terminal_no: int, region_code: str, day: date) -> str:
        """Take the next daily number of this terminal, atomically (see shared.domain.cases.make_case_no).

        One upsert that increments and returns the counter: on PostgreSQL it holds the
        counter row's lock until commit, on SQLite the whole write transaction does. A rolled
        back transaction gives its number back, so committed numbers have no gaps.
        """
        ins = dialect_insert(self.session, CaseSequence).values(terminal_id=terminal_id, day=day, last_seq=1)
        ins = ins.on_conflict_do_update(
            index_elements=["terminal_id", "day"], set_={"last_seq": CaseSequence.last_seq + 1}
        ).returning(CaseSequence.last_seq)
        seq: int = self.session.execute(ins).scalar_one()
        return make_case_no(region_code=region_code, day=day, terminal_no=terminal_no, seq=seq)

    # ------------------------------------------------------------------ writing
    def add(
        self, record: CaseRecord, *, terminal_id: str, actor: str = "", at: datetime | None = None
    ) -> StoredCase:
        """Store a new case with its applicant, materials and the first history line."""
        at = at or utc_now()
        if self._row_id(record.case_no) is not None:
            raise Conflict(words("办件编号 {case_no} 已存在。", case_no=record.case_no), hint="请重新取号后再提交。")
        person_id = org_id = None
        if record.applicant_kind is ApplicantKind.PERSON:
            person_id = PeopleRepository(self.session, self.cipher).upsert_person(
                id_number=record.applicant_id, name=record.applicant_name, phone=record.applicant_phone, at=at
            )
        else:
            org_id = OrganisationRepository(self.session, self.cipher).upsert_organisation(
                uscc=record.applicant_id, name=record.applicant_name, at=at
            )
        case_id = new_id()
        c = self.cipher
        self.session.add(
            Case(
                id=case_id,
                case_no=record.case_no,
                item_code=record.item_code,
                item_name=record.item_name,
                state=record.state.value,
                channel=record.channel.value,
                applicant_kind=record.applicant_kind.value,
                person_id=person_id,
                organisation_id=org_id,
                contact_phone_ct=c.encrypt_optional(record.applicant_phone, aad=f"{_T}.contact_phone_ct"),
                window_no=record.window_no,
                clerk=record.clerk,
                terminal_id=terminal_id,
                cross_region=record.cross_region.value,
                handling_region=record.handling_region,
                delivery_method=record.delivery.method.value,
                delivery_address_ct=c.encrypt_optional(
                    record.delivery.address, aad=f"{_T}.delivery_address_ct"
                ),
                tracking_no=record.delivery.tracking_no,
                created_at=record.created_at or at,
                # 收件即受理: a case stored as accepted starts its clock now unless told otherwise
                accepted_at=record.accepted_at or (at if record.state is CaseState.ACCEPTED else None),
                promised_date=record.promised_date,
                legal_date=record.legal_date,
                deadline_provisional=record.deadline_provisional,
                decided_at=record.decided_at,
                decision_note=record.decision_note,
                missing=list(record.missing),
                version=1,
                updated_at=at,
                materials=[_material_row(m, position=i) for i, m in enumerate(record.materials)],
            )
        )
        self.session.add(
            CaseEventRow(
                case_id=case_id,
                at=at,
                from_state=None,
                to_state=record.state.value,
                actor=actor or record.clerk,
            )
        )
        self.session.flush()
        return self.get_by_no(record.case_no)

    def update_state(
        self,
        *,
        case_no: str,
        to_state: CaseState,
        expected_version: int,
        actor: str,
        note: str = "",
        decision_note: str | None = None,
        missing: list[str] | None = None,
        at: datetime | None = None,
        local_day: date | None = None,
    ) -> StoredCase:
        """Move the case if the state machine allows it and nobody changed it since ``expected_version``.

        Sets ``accepted_at`` on acceptance and ``decided_at`` on a final state; writes a history line.
        Entering or leaving 补正 stops or restarts the clock (``local_day``: the hall's date of
        ``at``; China keeps one time zone, so it defaults to Beijing time).
        """
        at = at or utc_now()
        current = self.get_by_no(case_no)
        transition(current.state, to_state)
        values: dict[str, object] = {"state": to_state.value}
        accepted = current.record.accepted_at
        values.update(
            clock_on_transition(
                self.session,
                case_no=case_no,
                accepted_on=accepted.astimezone(BEIJING).date() if accepted is not None else None,
                promised=current.record.promised_date,
                legal=current.record.legal_date,
                from_state=current.state,
                to_state=to_state,
                local_day=local_day or at.astimezone(BEIJING).date(),
                actor=actor,
                at=at,
            )
        )
        if to_state is CaseState.ACCEPTED and current.record.accepted_at is None:
            values["accepted_at"] = at
        if to_state in TERMINAL_STATES:
            values["decided_at"] = at
        if decision_note is not None:
            values["decision_note"] = decision_note
        if missing is not None:
            values["missing"] = list(missing)
        self._bump(current, expected_version, values, at)
        self.session.add(
            CaseEventRow(
                case_id=current.id,
                at=at,
                from_state=current.state.value,
                to_state=to_state.value,
                actor=actor,
                note=note,
            )
        )
        self.session.flush()
        return self.get_by_no(case_no)

    def update_details(
        self,
        *,
        case_no: str,
        expected_version: int,
        promised_date: date | _Unset | None = UNSET,
        legal_date: date | _Unset | None = UNSET,
        deadline_provisional: bool | _Unset = UNSET,
        delivery: Delivery | _Unset = UNSET,
        window_no: int | _Unset | None = UNSET,
        clerk: str | _Unset = UNSET,
        handling_region: str | _Unset = UNSET,
        missing: list[str] | _Unset = UNSET,
        decision_note: str | _Unset = UNSET,
        at: datetime | None = None,
    ) -> StoredCase:
        """Change fields other than the state (deadlines recomputed, delivery, tracking number …)."""
        at = at or utc_now()
        current = self.get_by_no(case_no)
        values: dict[str, object] = {}
        for name, value in (
            ("promised_date", promised_date),
            ("legal_date", legal_date),
            ("deadline_provisional", deadline_provisional),
            ("window_no", window_no),
            ("clerk", clerk),
            ("handling_region", handling_region),
            ("decision_note", decision_note),
        ):
            if value is not UNSET:
                values[name] = value
        if missing is not UNSET:
            values["missing"] = list(missing)  # type: ignore[arg-type]
        if isinstance(delivery, Delivery):
            values["delivery_method"] = delivery.method.value
            values["delivery_address_ct"] = self.cipher.encrypt_optional(
                delivery.address, aad=f"{_T}.delivery_address_ct"
            )
            values["tracking_no"] = delivery.tracking_no
        self._bump(current, expected_version, values, at)
        return self.get_by_no(case_no)

    def add_material(self, *, case_no: str, material: MaterialReceipt, at: datetime | None = None) -> None:
        """Add a material received after acceptance (补正); bumps the case version."""
        at = at or utc_now()
        current = self.get_by_no(case_no)
        position = len(current.record.materials)
        if any(m.material_code == material.material_code for m in current.record.materials):
            raise Conflict(words("办件 {case_no} 已有材料 {material_code}。", case_no=case_no, material_code=material.material_code), hint="请改为登记补交。")
        row = _material_row(material, position=position)
        row.case_id = current.id
        self.session.add(row)
        self._bump(current, current.version, {}, at)

    def supply_material(
        self,
        *,
        case_no: str,
        material_code: str,
        method: ReceiptMethod,
        reference: str = "",
        at: datetime | None = None,
    ) -> None:
        """Record that a 容缺 material arrived (its method changes from DEFERRED to how it came)."""
        at = at or utc_now()
        current = self.get_by_no(case_no)
        done = rows_changed(self.session.execute(
            sa.update(CaseMaterial)
            .where(CaseMaterial.case_id == current.id, CaseMaterial.material_code == material_code)
            .values(method=method.value, reference=reference, supplied_at=at)
        ))
        if done != 1:
            raise NotFound(words("办件 {case_no} 没有材料 {material_code}。", case_no=case_no, material_code=material_code))
        self._bump(current, current.version, {}, at)

    def annotate_material(
        self,
        *,
        case_no: str,
        material_code: str,
        reference: str,
        note: str,
        method: ReceiptMethod | None = None,
        at: datetime | None = None,
    ) -> None:
        """What a later check found about a material (an e-licence verified once the link came
        back): its reference and note, and its method when the check replaces a 容缺 line."""
        at = at or utc_now()
        current = self.get_by_no(case_no)
        values: dict[str, object] = {"reference": reference[:128], "note": note}
        if method is not None:
            values |= {"method": method.value, "supplied_at": at}
        done = rows_changed(self.session.execute(
            sa.update(CaseMaterial)
            .where(CaseMaterial.case_id == current.id, CaseMaterial.material_code == material_code)
            .values(**values)
        ))
        if done != 1:
            raise NotFound(words("办件 {case_no} 没有材料 {material_code}。", case_no=case_no, material_code=material_code))
        self._bump(current, current.version, {}, at)

    def _bump(
        self, current: StoredCase, expected_version: int, values: dict[str, object], at: datetime
    ) -> None:
        done = rows_changed(self.session.execute(
            sa.update(Case)
            .where(Case.id == current.id, Case.version == expected_version)
            .values(version=Case.version + 1, updated_at=at, **values)
            .execution_options(synchronize_session=False)
        ))
        if done != 1:
            raise Conflict(
                words("办件 {case_no} 已被其他终端修改（版本 {expected_version} 已过期）。", case_no=current.case_no, expected_version=expected_version),
                hint="请刷新办件后再操作。",
            )
        self.session.expire_all()

    # ------------------------------------------------------------------ reading
    def _row_id(self, case_no: str) -> str | None:
        return self.session.execute(sa.select(Case.id).where(Case.case_no == case_no)).scalar_one_or_none()

    def find_by_no(self, case_no: str) -> StoredCase | None:
        row = self.session.execute(
            sa.select(Case).where(Case.case_no == case_no).execution_options(populate_existing=True)
        ).scalar_one_or_none()
        return self._to_stored(row) if row is not None else None

    def get_by_no(self, case_no: str) -> StoredCase:
        found = self.find_by_no(case_no)
        if found is None:
            raise NotFound(words("找不到办件 {case_no}。", case_no=case_no), hint="请核对办件编号（20位数字）。")
        return found

    def list(
        self,
        *,
        states: Iterable[CaseState] | None = None,
        applicant_id: str | None = None,
        person_id: str | None = None,
        organisation_id: str | None = None,
        item_code: str | None = None,
        created_from: datetime | None = None,
        created_until: datetime | None = None,
        overdue_on: date | None = None,
        due_by: date | None = None,
        clock_running: bool | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[StoredCase]:
        """Newest first. ``overdue_on``: open cases whose clock runs and whose promised date is
        before that day (a case in 补正 or a 特别程序 is not late: 行政许可法 第32、45条).
        ``due_by``: promised on or before that day. ``clock_running``: only cases whose clock
        runs (True) or stands still (False)."""
        q = sa.select(Case).order_by(Case.created_at.desc(), Case.case_no.desc()).limit(limit).offset(offset)
        if states is not None:
            q = q.where(Case.state.in_([s.value for s in states]))
        if applicant_id is not None:
            index = self.cipher.blind_index(applicant_id)
            q = q.where(Case.person_id.in_(sa.select(Person.id).where(Person.id_index == index)))
        if person_id is not None:
            q = q.where(Case.person_id == person_id)
        if organisation_id is not None:
            q = q.where(Case.organisation_id == organisation_id)
        if item_code is not None:
            q = q.where(Case.item_code == item_code)
        if created_from is not None:
            q = q.where(Case.created_at >= created_from)
        if created_until is not None:
            q = q.where(Case.created_at < created_until)
        if overdue_on is not None:
            q = q.where(
                Case.promised_date < overdue_on,
                Case.state.not_in([s.value for s in (*TERMINAL_STATES, CaseState.SUPPLEMENT_REQUESTED)]),
                ~open_pause_exists(),
            )
        if due_by is not None:
            q = q.where(Case.promised_date <= due_by)
        if clock_running is not None:
            q = q.where(~open_pause_exists() if clock_running else open_pause_exists())
        q = q.options(selectinload(Case.materials)).execution_options(populate_existing=True)
        return [self._to_stored(row) for row in self.session.execute(q).unique().scalars()]

    def without_work_log_action(
        self, *, states: Iterable[CaseState], action: str, limit: int = 100
    ) -> builtins.list[StoredCase]:
        """Cases in ``states`` that no work-log line of ``action`` names yet, oldest decision
        first (finished cases whose result nobody has handed over)."""
        done = sa.select(AuditRow.target).where(AuditRow.action == action)
        q = (
            sa.select(Case)
            .where(Case.state.in_([s.value for s in states]), Case.case_no.not_in(done))
            .order_by(Case.decided_at, Case.case_no)
            .limit(limit)
            .options(selectinload(Case.materials))
            .execution_options(populate_existing=True)
        )
        return [self._to_stored(row) for row in self.session.execute(q).unique().scalars()]

    def count_by_state(self) -> dict[CaseState, int]:
        rows = self.session.execute(sa.select(Case.state, sa.func.count()).group_by(Case.state))
        return {CaseState(state): n for state, n in rows}

    def materials(self, case_no: str) -> builtins.list[StoredMaterial]:
        case_id = self._require_id(case_no)
        rows = self.session.scalars(
            sa.select(CaseMaterial).where(CaseMaterial.case_id == case_id).order_by(CaseMaterial.position)
        )
        return [
            StoredMaterial(
                material_code=r.material_code,
                name=r.name,
                method=r.method,
                reference=r.reference,
                supply_by=r.supply_by,
                supplied_at=r.supplied_at,
                copies=r.copies,
                note=r.note,
            )
            for r in rows
        ]

    def deferred_due(self, *, on: date) -> builtins.list[tuple[str, StoredMaterial]]:
        """容缺 materials still missing whose promised date is on or before ``on``: (case_no, material)."""
        rows = self.session.execute(
            sa.select(Case.case_no, CaseMaterial)
            .join(CaseMaterial, CaseMaterial.case_id == Case.id)
            .where(
                CaseMaterial.method == ReceiptMethod.DEFERRED.value,
                CaseMaterial.supplied_at.is_(None),
                CaseMaterial.supply_by <= on,
                Case.state.not_in([s.value for s in TERMINAL_STATES]),
            )
            .order_by(CaseMaterial.supply_by, Case.case_no)
        )
        return [
            (
                case_no,
                StoredMaterial(
                    material_code=m.material_code,
                    name=m.name,
                    method=m.method,
                    reference=m.reference,
                    supply_by=m.supply_by,
                    supplied_at=m.supplied_at,
                    copies=m.copies,
                    note=m.note,
                ),
            )
            for case_no, m in rows
        ]

    def history(self, case_no: str) -> builtins.list[CaseEvent]:
        case_id = self._require_id(case_no)
        rows = self.session.scalars(
            sa.select(CaseEventRow).where(CaseEventRow.case_id == case_id).order_by(CaseEventRow.id)
        )
        return [
            CaseEvent(
                at=r.at,
                from_state=CaseState(r.from_state) if r.from_state else None,
                to_state=CaseState(r.to_state),
                actor=r.actor,
                note=r.note,
            )
            for r in rows
        ]

    def _require_id(self, case_no: str) -> str:
        case_id = self._row_id(case_no)
        if case_id is None:
            raise NotFound(words("找不到办件 {case_no}。", case_no=case_no), hint="请核对办件编号（20位数字）。")
        return case_id

    def _to_stored(self, row: Case) -> StoredCase:
        c = self.cipher
        if row.person is not None:
            applicant_id = c.decrypt(row.person.id_number_ct, aad=f"{_P}.id_number_ct")
            applicant_name = c.decrypt(row.person.name_ct, aad=f"{_P}.name_ct")
        elif row.organisation is not None:
            applicant_id, applicant_name = row.organisation.uscc, row.organisation.name
        else:  # pragma: no cover - every case has one applicant
            applicant_id = applicant_name = ""
        record = CaseRecord(
            case_no=row.case_no,
            item_code=row.item_code,
            item_name=row.item_name,
            state=CaseState(row.state),
            channel=Channel(row.channel),
            applicant_kind=ApplicantKind(row.applicant_kind),
            applicant_id=applicant_id,
            applicant_name=applicant_name,
            applicant_phone=c.decrypt_optional(row.contact_phone_ct, aad=f"{_T}.contact_phone_ct"),
            materials=[
                MaterialReceipt(
                    material_code=m.material_code,
                    name=m.name,
                    method=ReceiptMethod(m.method),
                    reference=m.reference,
                    supply_by=m.supply_by,
                    copies=m.copies,
                    note=m.note,
                )
                for m in row.materials
            ],
            delivery=Delivery(
                method=DeliveryMethod(row.delivery_method),
                address=c.decrypt_optional(row.delivery_address_ct, aad=f"{_T}.delivery_address_ct"),
                tracking_no=row.tracking_no,
            ),
            cross_region=CrossRegion(row.cross_region),
            handling_region=row.handling_region,
            window_no=row.window_no,
            clerk=row.clerk,
            created_at=row.created_at,
            accepted_at=row.accepted_at,
            promised_date=row.promised_date,
            legal_date=row.legal_date,
            deadline_provisional=row.deadline_provisional,
            decided_at=row.decided_at,
            decision_note=row.decision_note,
            missing=list(row.missing or []),
        )
        return StoredCase(
            id=row.id,
            version=row.version,
            terminal_id=row.terminal_id,
            updated_at=row.updated_at,
            record=record,
            person_id=row.person_id,
            organisation_id=row.organisation_id,
        )


def _material_row(m: MaterialReceipt, *, position: int) -> CaseMaterial:
    return CaseMaterial(
        position=position,
        material_code=m.material_code,
        name=m.name,
        method=m.method.value,
        reference=m.reference,
        supply_by=m.supply_by,
        copies=m.copies,
        note=m.note,
    )
