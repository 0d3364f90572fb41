"""Organisations (企业/单位 applicants), keyed by the unified social credit code (public)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models import Organisation
from offline_store.records import OrganisationRecord
from offline_store.repositories._base import Repository, dialect_insert, new_id
from offline_store.sqltypes import utc_now
from shared.domain.errors import NotFound
from shared.domain.words import words

_T = "organisations"


class OrganisationRepository(Repository):
    def upsert_organisation(
        self,
        *,
        uscc: str,
        name: str,
        legal_rep_name: str = "",
        legal_rep_id_number: str = "",
        at: datetime | None = None,
    ) -> str:
        at = at or utc_now()
        code = uscc.strip().upper()
        rep_ct = self.cipher.encrypt_optional(legal_rep_name, aad=f"{_T}.legal_rep_name_ct")
        rep_index = self.cipher.blind_index(legal_rep_id_number) if legal_rep_id_number else None
        ins = (
            dialect_insert(self.session, Organisation)
            .values(
                id=new_id(),
                uscc=code,
                name=name,
                legal_rep_name_ct=rep_ct,
                legal_rep_id_index=rep_index,
                created_at=at,
                updated_at=at,
            )
            .on_conflict_do_nothing(index_elements=["uscc"])
        )
        inserted = rows_changed(self.session.execute(ins)) == 1
        org_id = self.session.execute(
            sa.select(Organisation.id).where(Organisation.uscc == code)
        ).scalar_one()
        if not inserted:
            changes: dict[str, object] = {"name": name, "updated_at": at}
            if legal_rep_name:
                changes["legal_rep_name_ct"] = rep_ct
            if rep_index:
                changes["legal_rep_id_index"] = rep_index
            self.session.execute(sa.update(Organisation).where(Organisation.id == org_id).values(**changes))
        return org_id

    def find_by_uscc(self, uscc: str) -> OrganisationRecord | None:
        row = self.session.execute(
            sa.select(Organisation).where(Organisation.uscc == uscc.strip().upper())
        ).scalar_one_or_none()
        return self._to_record(row) if row is not None else None

    def get(self, organisation_id: str) -> OrganisationRecord:
        row = self.session.get(Organisation, organisation_id)
        if row is None:
            raise NotFound(words("找不到单位档案 {organisation_id}。", organisation_id=organisation_id))
        return self._to_record(row)

    def _to_record(self, row: Organisation) -> OrganisationRecord:
        return OrganisationRecord(
            id=row.id,
            uscc=row.uscc,
            name=row.name,
            legal_rep_name=self.cipher.decrypt_optional(row.legal_rep_name_ct, aad=f"{_T}.legal_rep_name_ct"),
        )
