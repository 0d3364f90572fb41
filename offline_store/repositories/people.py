"""People (一人一档): one row per ID number, found through the blind index, personal data encrypted."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from offline_store.crypto import normalise_id_number
from offline_store.dml import rows_changed
from offline_store.models import Person
from offline_store.records import PersonRecord
from offline_store.repositories._base import Repository, dialect_insert, new_id
from offline_store.sqltypes import utc_now
from shared.domain.errors import NotFound
from shared.domain.words import words

_T = "people"


def birth_year_and_sex(id_number: str) -> tuple[int | None, str]:
    """Year of birth and sex code from a resident ID number (GB 11643-1999), if it has that shape.

    18 digits: birth date at 7-14, odd 17th digit = male. 15-digit first-generation numbers:
    two-digit year at 7-8 (19xx), odd last digit = male. Anything else (permits, passports): unknown.
    """
    n = normalise_id_number(id_number)
    if len(n) == 18 and n[:17].isdigit():
        return int(n[6:10]), "1" if int(n[16]) % 2 else "2"
    if len(n) == 15 and n.isdigit():
        return 1900 + int(n[6:8]), "1" if int(n[14]) % 2 else "2"
    return None, "0"


class PeopleRepository(Repository):
    def upsert_person(
        self,
        *,
        id_number: str,
        name: str,
        phone: str = "",
        address: str = "",
        photo: bytes | None = None,
        sex: str | None = None,
        birth_year: int | None = None,
        at: datetime | None = None,
    ) -> str:
        """Return the person id for ``id_number``, creating the person or refreshing what was given.

        Empty ``phone``/``address`` and ``photo=None`` leave stored values alone (a kiosk read
        without a phone number must not erase the one the counter recorded).
        """
        at = at or utc_now()
        number = normalise_id_number(id_number)
        index = self.cipher.blind_index(number)
        derived_year, derived_sex = birth_year_and_sex(number)
        ins = (
            dialect_insert(self.session, Person)
            .values(
                id=new_id(),
                id_number_ct=self.cipher.encrypt(number, aad=f"{_T}.id_number_ct"),
                id_index=index,
                name_ct=self.cipher.encrypt(name, aad=f"{_T}.name_ct"),
                phone_ct=self.cipher.encrypt_optional(phone, aad=f"{_T}.phone_ct"),
                address_ct=self.cipher.encrypt_optional(address, aad=f"{_T}.address_ct"),
                photo_ct=self.cipher.encrypt_bytes(photo, aad=f"{_T}.photo_ct")
                if photo is not None
                else None,
                birth_year=birth_year if birth_year is not None else derived_year,
                sex=sex or derived_sex,
                created_at=at,
                updated_at=at,
            )
            # two terminals registering the same person at once: the second one updates
            .on_conflict_do_nothing(index_elements=["id_index"])
        )
        inserted = rows_changed(self.session.execute(ins)) == 1
        person_id = self.session.execute(sa.select(Person.id).where(Person.id_index == index)).scalar_one()
        if not inserted:
            changes: dict[str, object] = {
                "name_ct": self.cipher.encrypt(name, aad=f"{_T}.name_ct"),
                "updated_at": at,
            }
            if phone:
                changes["phone_ct"] = self.cipher.encrypt(phone, aad=f"{_T}.phone_ct")
            if address:
                changes["address_ct"] = self.cipher.encrypt(address, aad=f"{_T}.address_ct")
            if photo is not None:
                changes["photo_ct"] = self.cipher.encrypt_bytes(photo, aad=f"{_T}.photo_ct")
            if sex:
                changes["sex"] = sex
            if birth_year is not None:
                changes["birth_year"] = birth_year
            self.session.execute(sa.update(Person).where(Person.id == person_id).values(**changes))
        return person_id

    def id_for(self, id_number: str) -> str | None:
        index = self.cipher.blind_index(id_number)
        return self.session.execute(sa.select(Person.id).where(Person.id_index == index)).scalar_one_or_none()

    def find_by_id_number(self, id_number: str) -> PersonRecord | None:
        index = self.cipher.blind_index(id_number)
        row = self.session.execute(sa.select(Person).where(Person.id_index == index)).scalar_one_or_none()
        return self._to_record(row) if row is not None else None

    def get(self, person_id: str) -> PersonRecord:
        row = self.session.get(Person, person_id)
        if row is None:
            raise NotFound(words("找不到人员档案 {person_id}。", person_id=person_id))
        return self._to_record(row)

    def _to_record(self, row: Person) -> PersonRecord:
        c = self.cipher
        return PersonRecord(
            id=row.id,
            id_number=c.decrypt(row.id_number_ct, aad=f"{_T}.id_number_ct"),
            name=c.decrypt(row.name_ct, aad=f"{_T}.name_ct"),
            phone=c.decrypt_optional(row.phone_ct, aad=f"{_T}.phone_ct"),
            address=c.decrypt_optional(row.address_ct, aad=f"{_T}.address_ct"),
            photo=c.decrypt_bytes(row.photo_ct, aad=f"{_T}.photo_ct") if row.photo_ct is not None else None,
            sex=row.sex,
            birth_year=row.birth_year,
            created_at=row.created_at,
        )
