"""Personal data is encrypted at rest: nothing readable in the database file, its WAL, or PG rows."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from offline_store import Store
from offline_store.crypto import create_key_file, key_id
from offline_store.models import Base
from shared.domain.cases import Delivery, DeliveryMethod
from shared.domain.errors import KeyFileError, StoreError
from shared.domain.settings import StoreSettings
from tests.support.factories import resident_id

PEOPLE = [
    (resident_id("53282219560315004"), "刀玉罕", "13987654321", "勐海县勐遮镇曼洪村委会3组"),
    (resident_id("53280119880808123"), "岩香南", "15812349876", "景洪市嘎洒镇曼景保村"),
    ("11010519491231002X", "欧阳娜娜", "18600001111", "北京市海淀区某街道7号楼"),
]


def _store_everything(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        for i, (idn, name, phone, addr) in enumerate(PEOPLE):
            no = uow.cases.next_case_no(
                terminal_id="T", terminal_no=1, region_code="532822", day=date(2026, 3, 2)
            )
            uow.cases.add(
                make_case(
                    no,
                    applicant_id=idn,
                    applicant_name=name,
                    applicant_phone=phone,
                    delivery=Delivery(DeliveryMethod.POST, address=addr),
                ),
                terminal_id="T",
            )
            uow.people.upsert_person(id_number=idn, name=name, phone=phone, address=addr, photo=b"WLT" * 300)
            uow.outbox.add(
                kind="case.accepted",
                payload={"case_no": no},
                case_no=no,
                pii={"applicant_id": idn, "applicant_name": name, "phone": phone},
            )
            uow.complaints.add(
                complaint_no=f"TS{i}", summary=f"{name}（{idn}，{phone}）反映事项未办成", category="x"
            )
            uow.audit.append(
                actor="clerk01",
                terminal_id="T",
                action="case.accept",
                target=no,
                detail={"said": f"证件 {idn} 电话 {phone}"},
            )


def _secrets() -> list[bytes]:
    out = []
    for idn, name, phone, addr in PEOPLE:
        out += [idn.encode(), idn.lower().encode(), name.encode(), phone.encode(), addr.encode()]
    return out


def test_no_plaintext_personal_data_at_rest(store: Store, db_url: str, make_case) -> None:
    _store_everything(store, make_case)
    if db_url.startswith("sqlite"):
        db = Path(store.engine.url.database)
        wal = Path(f"{db}-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the recent writes are in the WAL right now
        # control: non-personal text (the item name) IS readable, so the search would see the rest
        assert "个体工商户设立登记".encode() in db.read_bytes() + wal.read_bytes()
        for path in (db, wal):
            raw = path.read_bytes()
            for secret in _secrets():
                assert secret not in raw, f"plaintext {secret.decode()!r} found in {path.name}"
        store.close()  # checkpoint: everything lands in the main file
        raw = db.read_bytes()
        assert all(secret not in raw for secret in _secrets())
    else:
        with store.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                rows = conn.execute(sa.text(f"SELECT CAST(t AS text) FROM {table.name} t")).scalars().all()
                text = "\n".join(rows)
                if table.name == "cases":
                    assert "个体工商户设立登记" in text  # control: the search sees plain columns
                for secret in _secrets():
                    assert secret.decode() not in text, f"plaintext in {table.name}"
    # … and the store still gives everything back
    with store.unit_of_work() as uow:
        for idn, name, phone, addr in PEOPLE:
            p = uow.people.find_by_id_number(idn)
            assert (p.name, p.phone, p.address) == (name, phone, addr)


def test_wrong_key_names_the_column_not_the_data(
    store: Store, db_url: str, tmp_path: Path, make_case
) -> None:
    _store_everything(store, make_case)
    store.close()
    right_id = store.cipher.key_id
    other_key = create_key_file(tmp_path / "other" / "pii.key")
    settings = StoreSettings(url=db_url, key_file=other_key, backup_dir=tmp_path / "b")
    # the store keeps its key's fingerprint: the wrong key is named at open, both keys by id
    with pytest.raises(KeyFileError) as named:
        Store.open(settings)
    assert right_id in named.value.message and key_id(other_key.read_bytes()) in named.value.message
    assert all(s.decode() not in str(named.value) for s in _secrets())
    # a store from before the fingerprint was kept: the column that fails is named instead
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM store_meta"))
    engine.dispose()
    wrong = Store.open(settings)
    with pytest.raises(StoreError, match=r"people\.id_number_ct") as err, wrong.unit_of_work() as uow:
        uow.people.get(_any_person_id(uow))
    assert all(s.decode() not in str(err.value) for s in _secrets())
    with wrong.unit_of_work() as uow:
        assert uow.people.find_by_id_number(PEOPLE[0][0]) is None  # the blind index is keyed too
        assert not uow.audit.verify().ok  # and so is the audit chain
    wrong.close()


def _any_person_id(uow) -> str:
    from offline_store.models import Person

    return uow.session.execute(sa.select(Person.id).limit(1)).scalar_one()


def test_new_key_is_not_made_for_a_database_with_encrypted_data(
    store: Store, db_url: str, key_path: Path, tmp_path: Path, make_case
) -> None:
    _store_everything(store, make_case)
    store.close()
    lost = tmp_path / "lost" / "pii.key"
    with pytest.raises(KeyFileError, match="已有加密数据"):
        Store.open(StoreSettings(url=db_url, key_file=lost, backup_dir=tmp_path / "b"), create_key=True)
    assert not lost.exists()
    with pytest.raises(KeyFileError, match="不存在"):
        Store.open(StoreSettings(url=db_url, key_file=lost, backup_dir=tmp_path / "b"))
    os.chmod(key_path, 0o644)
    with pytest.raises(KeyFileError, match=f"chmod 600 {key_path}"):
        Store.open(StoreSettings(url=db_url, key_file=key_path, backup_dir=tmp_path / "b"))
    os.chmod(key_path, 0o600)
    Store.open(StoreSettings(url=db_url, key_file=key_path, backup_dir=tmp_path / "b")).close()
