"""Evaluations with follow-ups, complaints, help requests, catalog and calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from offline_store import CalendarOverride, CatalogDocument, Store
from shared.domain.cases import CaseState
from shared.domain.errors import CatalogError, Conflict, NotFound, ValidationError
from shared.domain.tickets import TicketState
from tests.support.factories import issue_ticket

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


# ---------------------------------------------------------------------------- evaluations
def test_evaluation_roundtrip_and_one_per_service(store: Store) -> None:
    with store.unit_of_work() as uow:
        e = uow.evaluations.add(
            target_kind="case",
            target_no="53282226030200100013",
            level=2,
            channel="window_device",
            reasons=["办事效率低", "态度不好"],
            comment="等了很久",
            real_name=True,
            window_no=3,
            clerk="clerk01",
            at=T0,
        )
    with store.unit_of_work() as uow:
        assert uow.evaluations.get(target_kind="case", target_no="53282226030200100013") == e
        assert uow.evaluations.get(target_kind="ticket", target_no="53282226030200100013") is None
    with pytest.raises(Conflict, match="只能评价一次"), store.unit_of_work() as uow:
        uow.evaluations.add(target_kind="case", target_no="53282226030200100013", level=5, channel="kiosk")
    # same number as a ticket id is another service
    with store.unit_of_work() as uow:
        uow.evaluations.add(target_kind="ticket", target_no="53282226030200100013", level=5, channel="kiosk")


@pytest.mark.parametrize("kw", [{"level": 0}, {"level": 6}, {"target_kind": "window"}])
def test_evaluation_bad_input(store: Store, kw) -> None:
    args = {"target_kind": "case", "target_no": "1", "level": 3, "channel": "kiosk", **kw}
    with pytest.raises(ValidationError), store.unit_of_work() as uow:
        uow.evaluations.add(**args)


def test_evaluation_queries(store: Store, make_case) -> None:
    with store.unit_of_work() as uow:
        for i, level in enumerate([5, 1, 4, 2]):
            uow.evaluations.add(
                target_kind="ticket", target_no=f"t{i}", level=level, channel="qr", at=T0 + timedelta(hours=i)
            )
        assert [e.level for e in uow.evaluations.list()] == [2, 4, 1, 5]
        assert [e.level for e in uow.evaluations.list(max_level=2)] == [2, 1]
        assert [
            e.level
            for e in uow.evaluations.list(since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=3))
        ] == [
            4,
            1,
        ]
        assert uow.evaluations.level_counts() == {5: 1, 1: 1, 4: 1, 2: 1}
        assert uow.evaluations.level_counts(since=T0 + timedelta(hours=2)) == {4: 1, 2: 1}


def test_services_without_evaluation(store: Store, make_case) -> None:
    day = date(2026, 3, 2)
    with store.unit_of_work() as uow:
        nos = []
        for _ in range(3):
            no = uow.cases.next_case_no(terminal_id="T", terminal_no=1, region_code="532822", day=day)
            uow.cases.add(make_case(no), terminal_id="T")
            nos.append(no)
        uow.cases.update_state(
            case_no=nos[0], to_state=CaseState.COMPLETED, expected_version=1, actor="c", at=T0
        )
        uow.cases.update_state(
            case_no=nos[1], to_state=CaseState.COMPLETED, expected_version=1, actor="c", at=T0
        )
        uow.evaluations.add(target_kind="case", target_no=nos[1], level=5, channel="sms")
        t = issue_ticket(uow, day=day, at=T0)
        uow.tickets.claim(ticket_id=t.id, window_no=1, at=T0)
        uow.tickets.update_state(ticket_id=t.id, to_state=TicketState.SERVING, at=T0)
        uow.tickets.update_state(ticket_id=t.id, to_state=TicketState.DONE, at=T0)
    with store.unit_of_work() as uow:
        later = T0 + timedelta(days=8)
        assert uow.evaluations.targets_without_evaluation(target_kind="case", finished_before=later) == [
            nos[0]
        ]
        assert uow.evaluations.targets_without_evaluation(target_kind="case", finished_before=T0) == []
        assert uow.evaluations.targets_without_evaluation(target_kind="ticket", finished_before=later) == [
            t.id
        ]
        with pytest.raises(ValidationError):
            uow.evaluations.targets_without_evaluation(target_kind="x", finished_before=later)


def test_followups(store: Store) -> None:
    with store.unit_of_work() as uow:
        bad = uow.evaluations.add(
            target_kind="case", target_no="n1", level=1, channel="kiosk", real_name=True
        )
        f = uow.evaluations.open_followup(evaluation_id=bad.id, due_date=date(2026, 3, 23), at=T0)
        with pytest.raises(Conflict):
            uow.evaluations.open_followup(evaluation_id=bad.id, due_date=date(2026, 3, 23))
        with pytest.raises(NotFound):
            uow.evaluations.open_followup(evaluation_id="nope", due_date=date(2026, 3, 23))
    with store.unit_of_work() as uow:
        assert uow.evaluations.followup_for(bad.id) == f
        assert uow.evaluations.assign_followup(followup_id=f.id, assignee="manager").assignee == "manager"
        assert [x.id for x in uow.evaluations.followups(state="open", due_before=date(2026, 3, 24))] == [f.id]
        assert uow.evaluations.followups(due_before=date(2026, 3, 23)) == []
        with pytest.raises(ValidationError):
            uow.evaluations.close_followup(followup_id=f.id, resolution="  ")
        closed = uow.evaluations.close_followup(
            followup_id=f.id, resolution="已电话回访并道歉", at=T0 + timedelta(days=2)
        )
        assert (closed.state, closed.resolution, closed.closed_at) == (
            "closed",
            "已电话回访并道歉",
            T0 + timedelta(days=2),
        )
        with pytest.raises(Conflict):
            uow.evaluations.close_followup(followup_id=f.id, resolution="again")
        with pytest.raises(NotFound):
            uow.evaluations.close_followup(followup_id="nope", resolution="x")
        assert uow.evaluations.followups(state="open") == []


# ---------------------------------------------------------------------------- complaints
def test_complaints(store: Store) -> None:
    with store.unit_of_work() as uow:
        pid = uow.people.upsert_person(id_number="11010519491231002X", name="岩温香")
        c = uow.complaints.add(
            complaint_no="TS20260302001",
            summary="岩温香反映社保卡补办跑了三次没办成",
            category="办不成事",
            person_id=pid,
            at=T0,
        )
        assert c.summary == "岩温香反映社保卡补办跑了三次没办成" and c.state == "open"
        with pytest.raises(Conflict):
            uow.complaints.add(complaint_no="TS20260302001", summary="x", category="y")
    with store.unit_of_work() as uow:
        done = uow.complaints.update(
            complaint_no="TS20260302001",
            state="resolved",
            assignee="manager",
            resolution="当场补办",
            resolved_at=T0 + timedelta(hours=2),
        )
        assert (done.state, done.assignee, done.resolved_at, done.notified_at) == (
            "resolved",
            "manager",
            T0 + timedelta(hours=2),
            None,
        )
        assert (
            uow.complaints.update(complaint_no="TS20260302001").state == "resolved"
        )  # nothing given: unchanged
        assert [x.complaint_no for x in uow.complaints.list(states=["resolved"])] == ["TS20260302001"]
        assert uow.complaints.list(states=["open"]) == []
        assert len(uow.complaints.list(person_id=pid)) == 1
        with pytest.raises(NotFound):
            uow.complaints.update(complaint_no="nope", state="x")
        with pytest.raises(NotFound):
            uow.complaints.get("nope")


# ---------------------------------------------------------------------------- help requests
def test_help_requests(store: Store) -> None:
    with store.unit_of_work() as uow:
        r = uow.help.add(terminal_id="K-01", terminal_name="1号自助机", reason="不会操作", at=T0)
        assert uow.help.add(terminal_id="K-01", terminal_name="1号自助机") == r  # pressed again: same request
        r2 = uow.help.add(terminal_id="K-02", terminal_name="2号自助机", at=T0 + timedelta(minutes=1))
        assert [x.id for x in uow.help.open_requests()] == [r.id, r2.id]
        ack = uow.help.acknowledge(request_id=r.id, by="clerk01", at=T0 + timedelta(minutes=2))
        assert (ack.acknowledged_by, ack.acknowledged_at) == ("clerk01", T0 + timedelta(minutes=2))
        with pytest.raises(Conflict, match="clerk01"):
            uow.help.acknowledge(request_id=r.id, by="clerk02")
        with pytest.raises(NotFound):
            uow.help.acknowledge(request_id="nope", by="clerk02")
        assert [x.id for x in uow.help.open_requests()] == [r2.id]
        assert uow.help.add(terminal_id="K-01", terminal_name="1号自助机").id != r.id


# ---------------------------------------------------------------------------- catalog
def _catalog(n: int, tag: str) -> list:
    docs: list = [
        CatalogDocument("item", f"ITEM{i:03d}", {"name": f"{tag} 事项{i}", "limit_days": 20})
        for i in range(n)
    ]
    docs.append(
        {"kind": "bundle", "code": "B001", "doc": {"name": f"{tag} 新生儿出生一件事", "items": ["ITEM000"]}}
    )
    docs.append(("types", "types", {"name": f"{tag} 事项类型", "XK": "行政许可"}))
    return docs


def test_catalog_roundtrip_and_replace(store: Store) -> None:
    with store.unit_of_work() as uow:
        assert uow.catalog.current_version() is None and uow.catalog.current_documents() == []
        info = uow.catalog.replace_all(documents=_catalog(3, "v1"), version="2026.03.01", at=T0)
        assert (info.item_count, info.is_current) == (3, True)
    with store.unit_of_work() as uow:
        assert uow.catalog.current_version() == "2026.03.01"
        docs = uow.catalog.current_documents()
        assert [(d.kind, d.code) for d in docs] == [
            ("bundle", "B001"),
            ("item", "ITEM000"),
            ("item", "ITEM001"),
            ("item", "ITEM002"),
            ("types", "types"),
        ]
        assert uow.catalog.document(kind="item", code="ITEM001").doc == {"name": "v1 事项1", "limit_days": 20}
        assert uow.catalog.document(kind="item", code="NOPE") is None
        assert [d.code for d in uow.catalog.current_documents(kind="item")] == [
            "ITEM000",
            "ITEM001",
            "ITEM002",
        ]
        uow.catalog.replace_all(documents=_catalog(2, "v2"), version="2026.03.02", at=T0 + timedelta(days=1))
    with store.unit_of_work() as uow:
        assert uow.catalog.current_version() == "2026.03.02"
        assert len(uow.catalog.current_documents(kind="item")) == 2
        assert all(d.doc["name"].startswith("v2") for d in uow.catalog.current_documents())
        assert [(v.version, v.is_current, v.item_count) for v in uow.catalog.versions()] == [
            ("2026.03.02", True, 2),
            ("2026.03.01", False, 3),
        ]
        # republishing the same version replaces it
        uow.catalog.replace_all(documents=_catalog(4, "v2b"), version="2026.03.02")
        assert len(uow.catalog.current_documents(kind="item")) == 4


def test_catalog_replace_is_all_or_nothing(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.catalog.replace_all(documents=_catalog(5, "old"), version="old")

    def half_then_fail():
        yield from _catalog(700, "new")[:600]  # more than one insert batch has gone in
        raise OSError("catalog file truncated")

    with pytest.raises(OSError), store.unit_of_work() as uow:
        uow.catalog.replace_all(documents=half_then_fail(), version="new")
    with store.unit_of_work() as uow:
        assert uow.catalog.current_version() == "old"
        docs = uow.catalog.current_documents()
        assert len(docs) == 7 and all(d.doc["name"].startswith("old") for d in docs)
        assert [v.version for v in uow.catalog.versions()] == ["old"]


@pytest.mark.parametrize(
    "bad, words",
    [
        ([CatalogDocument("item", "A", {}), CatalogDocument("item", "A", {})], "出现了两次"),
        ([CatalogDocument("form", "A", {})], "类型"),
        ([CatalogDocument("item", "", {})], "缺少编码"),
    ],
)
def test_catalog_bad_documents_leave_the_old_catalog(store: Store, bad, words: str) -> None:
    with store.unit_of_work() as uow:
        uow.catalog.replace_all(documents=_catalog(1, "old"), version="old")
    with pytest.raises(CatalogError, match=words), store.unit_of_work() as uow:
        uow.catalog.replace_all(documents=bad, version="new")
    with store.unit_of_work() as uow:
        assert uow.catalog.current_version() == "old" and len(uow.catalog.current_documents()) == 3


# ---------------------------------------------------------------------------- calendar
def test_calendar_overrides(store: Store) -> None:
    y2027 = [
        CalendarOverride(date(2027, 2, 6), True, "春节调休", "platform", "v1"),
        CalendarOverride(date(2027, 2, 8), False, "春节", "platform", "v1"),
    ]
    with store.unit_of_work() as uow:
        assert uow.calendar.replace_year(year=2027, overrides=y2027, source="platform", version="v1") == 2
        uow.calendar.put_overrides(
            overrides=[CalendarOverride(date(2026, 10, 10), True, "临时调整", "admin")]
        )
    with store.unit_of_work() as uow:
        assert uow.calendar.overrides(start=date(2027, 1, 1), end=date(2027, 12, 31)) == {
            o.day: o for o in y2027
        }
        assert len(uow.calendar.overrides()) == 3
        assert uow.calendar.covered_years() == {2027: "platform"}
        # a corrected notice replaces the whole year, not only the days it mentions
        fixed = [CalendarOverride(date(2027, 2, 7), True, "春节调休", "platform", "v2")]
        uow.calendar.replace_year(year=2027, overrides=fixed, source="platform", version="v2")
        assert list(uow.calendar.overrides(start=date(2027, 1, 1)).values()) == fixed
        uow.calendar.put_overrides(
            overrides=[CalendarOverride(date(2027, 2, 7), False, "改回", "platform", "v3")]
        )
        assert (
            uow.calendar.overrides(start=date(2027, 2, 7), end=date(2027, 2, 7))[date(2027, 2, 7)].is_workday
            is False
        )
        with pytest.raises(ValidationError, match="2026-10-10"):
            uow.calendar.replace_year(
                year=2027, overrides=[CalendarOverride(date(2026, 10, 10), True)], source="platform"
            )
