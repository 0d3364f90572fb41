from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from offline_store import Store
from shared.domain.cases import (
    ApplicantKind,
    CaseState,
    Delivery,
    DeliveryMethod,
    MaterialReceipt,
    ReceiptMethod,
    is_valid_case_no,
)
from shared.domain.errors import Conflict, InvalidTransition, NotFound
from tests.support.factories import resident_id

DAY = date(2026, 3, 2)
T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


def _new_no(uow, *, terminal_id: str = "T-0001", terminal_no: int = 1, day: date = DAY) -> str:
    return uow.cases.next_case_no(
        terminal_id=terminal_id, terminal_no=terminal_no, region_code="532822", day=day
    )


def test_person_roundtrip_and_upsert(store: Store) -> None:
    photo = bytes(range(256)) * 4
    with store.unit_of_work() as uow:
        pid = uow.people.upsert_person(
            id_number="11010519491231002x",
            name="岩温香",
            phone="13888012345",
            address="勐海县象山路1号",
            photo=photo,
        )
    with store.unit_of_work() as uow:
        p = uow.people.get(pid)
        assert (p.id_number, p.name, p.phone, p.address, p.photo) == (
            "11010519491231002X",
            "岩温香",
            "13888012345",
            "勐海县象山路1号",
            photo,
        )
        assert (p.birth_year, p.sex) == (1949, "2")  # 17th digit 2: even = female
        # same person again (another terminal, no phone this time): same id, phone kept, name refreshed
        assert uow.people.upsert_person(id_number="11010519491231002X", name="岩温香香") == pid
    with store.unit_of_work() as uow:
        p = uow.people.find_by_id_number(" 11010519491231002x ")
        assert p is not None and p.id == pid and p.name == "岩温香香" and p.phone == "13888012345"
        assert uow.people.find_by_id_number("440524188001010014") is None
        assert uow.people.id_for("11010519491231002X") == pid
        with pytest.raises(NotFound):
            uow.people.get("no-such-person")


def test_organisation_roundtrip(store: Store) -> None:
    with store.unit_of_work() as uow:
        oid = uow.organisations.upsert_organisation(
            uscc="91350100m000100y43",
            name="勐海茶业有限公司",
            legal_rep_name="玉罕",
            legal_rep_id_number="440524188001010014",
        )
        assert (
            uow.organisations.upsert_organisation(uscc="91350100M000100Y43", name="勐海茶业股份有限公司")
            == oid
        )
    with store.unit_of_work() as uow:
        org = uow.organisations.find_by_uscc("91350100M000100Y43")
        assert org is not None
        assert (org.id, org.name, org.legal_rep_name) == (oid, "勐海茶业股份有限公司", "玉罕")
        assert uow.organisations.get(oid) == org


def test_case_numbers_are_sequential_valid_and_per_terminal_and_day(store: Store) -> None:
    with store.unit_of_work() as uow:
        a = [_new_no(uow) for _ in range(3)]
        b = _new_no(uow, terminal_id="T-0002", terminal_no=2)
        c = _new_no(uow, day=DAY + timedelta(days=1))
    assert [n[15:19] for n in a] == ["0001", "0002", "0003"]
    assert all(is_valid_case_no(n) for n in [*a, b, c])
    assert b[12:15] == "002" and b[15:19] == "0001"
    assert c[6:12] == "260303" and c[15:19] == "0001"


def test_rolled_back_case_number_is_given_back(store: Store) -> None:
    with pytest.raises(RuntimeError), store.unit_of_work() as uow:
        _new_no(uow)
        raise RuntimeError("printer jammed")
    with store.unit_of_work() as uow:
        assert _new_no(uow)[15:19] == "0001"


def test_case_roundtrip(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        no = _new_no(uow)
        record = make_case(no, created_at=T0, promised_date=date(2026, 3, 16), legal_date=date(2026, 3, 30))
        stored = uow.cases.add(record, terminal_id="T-0001", actor="clerk01", at=T0)
    assert stored.version == 1 and stored.terminal_id == "T-0001" and stored.person_id
    with store.unit_of_work() as uow:
        got = uow.cases.get_by_no(no)
    expected = make_case(
        no,
        created_at=T0,
        accepted_at=T0,  # stored as accepted: the clock starts at storing
        promised_date=date(2026, 3, 16),
        legal_date=date(2026, 3, 30),
    )
    assert got.record == expected
    assert got.id == stored.id and got.version == 1


def test_organisation_case_roundtrip(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        no = _new_no(uow)
        uow.cases.add(
            make_case(
                no,
                applicant_kind=ApplicantKind.ORGANISATION,
                applicant_id="91310230MA1K314K57",
                applicant_name="景洪某某商贸有限公司",
                delivery=Delivery(),
                materials=[],
            ),
            terminal_id="T-0001",
        )
    with store.unit_of_work() as uow:
        got = uow.cases.get_by_no(no)
    assert got.organisation_id and got.person_id is None
    assert (
        got.record.applicant_id == "91310230MA1K314K57"
        and got.record.applicant_name == "景洪某某商贸有限公司"
    )
    assert got.record.applicant_phone == "13888012345"
    assert got.record.delivery == Delivery()


def test_duplicate_case_number_is_a_conflict(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        no = _new_no(uow)
        uow.cases.add(make_case(no), terminal_id="T-0001")
    with pytest.raises(Conflict, match=no), store.unit_of_work() as uow:
        uow.cases.add(make_case(no, applicant_name="别人"), terminal_id="T-0001")
    with store.unit_of_work() as uow:
        assert uow.cases.get_by_no(no).record.applicant_name == "岩温香"


def test_state_changes_with_optimistic_version_and_history(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        no = _new_no(uow)
        uow.cases.add(make_case(no), terminal_id="T-0001", actor="clerk01", at=T0)
    with store.unit_of_work() as uow:
        c = uow.cases.update_state(
            case_no=no,
            to_state=CaseState.IN_REVIEW,
            expected_version=1,
            actor="clerk01",
            note="转后台",
            at=T0 + timedelta(hours=1),
        )
        assert (c.state, c.version) == (CaseState.IN_REVIEW, 2)
    # a second terminal still holding version 1 must not overwrite
    with pytest.raises(Conflict, match="已被其他终端修改"), store.unit_of_work() as uow:
        uow.cases.update_state(case_no=no, to_state=CaseState.WITHDRAWN, expected_version=1, actor="clerk02")
    with pytest.raises(InvalidTransition), store.unit_of_work() as uow:
        uow.cases.update_state(case_no=no, to_state=CaseState.ACCEPTED, expected_version=2, actor="clerk01")
    decided = T0 + timedelta(days=3)
    with store.unit_of_work() as uow:
        c = uow.cases.update_state(
            case_no=no,
            to_state=CaseState.COMPLETED,
            expected_version=2,
            actor="approver",
            decision_note="准予登记",
            at=decided,
        )
        assert c.record.decided_at == decided and c.record.decision_note == "准予登记" and c.version == 3
    with store.unit_of_work() as uow:
        history = uow.cases.history(no)
    assert [(e.from_state, e.to_state, e.actor) for e in history] == [
        (None, CaseState.ACCEPTED, "clerk01"),
        (CaseState.ACCEPTED, CaseState.IN_REVIEW, "clerk01"),
        (CaseState.IN_REVIEW, CaseState.COMPLETED, "approver"),
    ]
    assert history[1].note == "转后台" and history[2].at == decided


def test_update_details_and_materials(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        no = _new_no(uow)
        uow.cases.add(make_case(no), terminal_id="T-0001")
    with store.unit_of_work() as uow:
        c = uow.cases.update_details(
            case_no=no,
            expected_version=1,
            promised_date=date(2026, 3, 20),
            deadline_provisional=True,
            delivery=Delivery(DeliveryMethod.POST, address="景洪市宣慰大道2号", tracking_no="EMS123"),
            missing=["户口簿复印件"],
        )
        assert c.version == 2
        assert c.record.promised_date == date(2026, 3, 20) and c.record.deadline_provisional
        assert c.record.delivery.address == "景洪市宣慰大道2号" and c.record.delivery.tracking_no == "EMS123"
        assert c.record.missing == ["户口簿复印件"]
        assert c.record.legal_date is None  # not given: untouched
    with pytest.raises(Conflict), store.unit_of_work() as uow:
        uow.cases.update_details(case_no=no, expected_version=1, promised_date=None)
    with store.unit_of_work() as uow:
        due = uow.cases.deferred_due(on=date(2026, 3, 9))
        assert [(n, m.material_code) for n, m in due] == [(no, "M002")]
        uow.cases.supply_material(
            case_no=no, material_code="M002", method=ReceiptMethod.PAPER_ORIGINAL, at=T0 + timedelta(days=2)
        )
        uow.cases.add_material(
            case_no=no, material=MaterialReceipt("M004", "补正说明", ReceiptMethod.PAPER_ORIGINAL)
        )
        with pytest.raises(NotFound):
            uow.cases.supply_material(case_no=no, material_code="NOPE", method=ReceiptMethod.PAPER_COPY)
    with store.unit_of_work() as uow:
        assert uow.cases.deferred_due(on=date(2026, 3, 9)) == []
        mats = uow.cases.materials(no)
        assert [m.material_code for m in mats] == ["M001", "M002", "M003", "M004"]
        assert mats[1].method == "paper_original" and mats[1].supplied_at == T0 + timedelta(days=2)
        assert uow.cases.get_by_no(no).version == 4
        with pytest.raises(Conflict):
            uow.cases.add_material(
                case_no=no, material=MaterialReceipt("M001", "重复", ReceiptMethod.PAPER_COPY)
            )


def test_list_filters(store: Store, make_case) -> None:
    other = resident_id("53282219900101123")
    with store.unit_of_work() as uow:
        nos = []
        for i in range(4):
            no = _new_no(uow)
            nos.append(no)
            uow.cases.add(
                make_case(
                    no,
                    applicant_id=other if i == 3 else "11010519491231002X",
                    created_at=T0 + timedelta(days=i),
                    promised_date=date(2026, 3, 5 + i),
                ),
                terminal_id="T-0001",
            )
        uow.cases.update_state(case_no=nos[0], to_state=CaseState.COMPLETED, expected_version=1, actor="c")
    with store.unit_of_work() as uow:
        assert [c.case_no for c in uow.cases.list()] == nos[::-1]
        assert [c.case_no for c in uow.cases.list(states=[CaseState.COMPLETED])] == [nos[0]]
        assert [c.case_no for c in uow.cases.list(applicant_id=other.lower())] == [nos[3]]
        assert [c.case_no for c in uow.cases.list(applicant_id="440524188001010014")] == []
        mine = uow.people.id_for("11010519491231002X")
        assert len(uow.cases.list(person_id=mine)) == 3
        window = uow.cases.list(created_from=T0 + timedelta(days=1), created_until=T0 + timedelta(days=3))
        assert [c.case_no for c in window] == [nos[2], nos[1]]
        # promised 5, 6, 7, 8 March; on the 8th, cases due the 6th and 7th are overdue (the 5th is done)
        assert sorted(c.case_no for c in uow.cases.list(overdue_on=date(2026, 3, 8))) == [nos[1], nos[2]]
        assert [c.case_no for c in uow.cases.list(limit=2, offset=1)] == [nos[2], nos[1]]
        assert uow.cases.count_by_state() == {CaseState.ACCEPTED: 3, CaseState.COMPLETED: 1}
        assert uow.cases.find_by_no("00000000000000000000") is None
        with pytest.raises(NotFound, match="找不到办件"):
            uow.cases.history("00000000000000000000")


def test_same_person_registered_by_several_terminals_at_once(store: Store) -> None:
    import threading

    ids: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def terminal(i: int) -> None:
        try:
            barrier.wait()
            with store.unit_of_work() as uow:
                ids.append(
                    uow.people.upsert_person(
                        id_number="440524188001010014", name="玉罕", phone=f"1390000000{i}"
                    )
                )
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    workers = [threading.Thread(target=terminal, args=(i,)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == [] and len(set(ids)) == 1
    with store.unit_of_work() as uow:
        person = uow.people.get(ids[0])
        assert person.name == "玉罕" and person.phone.startswith("1390000000")
        assert (person.birth_year, person.sex) == (1880, "1")
