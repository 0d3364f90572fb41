"""Reading cases: the counter's list (mine or the hall's, searched, deadlines marked), one
case's detail, and the command line's list; names and ID numbers masked, roles checked."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.errors import PermissionDenied, ValidationError
from shared.services import cases
from shared.services.actor import Actor, Role
from shared.services.case_list import case_detail, find_cases, list_cases
from tests.support.services import TZ, YOUNG_ID

LOW_INCOME = "11532822MB1611313W3000030040000"  # 承诺件, 20 working days, SRZM may be 容缺


def _accept(ctx, clerk, *, owed: bool = True):
    materials = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SRZM", "收入证明", ReceiptMethod.DEFERRED, supply_by=date(2026, 11, 24))
        if owed
        else MaterialReceipt("SRZM", "收入证明", ReceiptMethod.PAPER_ORIGINAL),
    ]
    applicant = cases.Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香")
    return cases.accept_case(ctx, actor=clerk, item_code=LOW_INCOME, applicant=applicant, materials=materials)


def test_the_command_line_list_is_masked_filtered_and_newest_first(ctx, clerk, clock) -> None:
    first = _accept(ctx, clerk)
    clock.advance(timedelta(minutes=5))
    second = _accept(ctx, clerk, owed=False)
    system = Actor.system("T-CLI")
    rows = list_cases(ctx, actor=system)
    assert [r.case_no for r in rows] == [second.case_no, first.case_no]
    r = rows[0]
    assert (r.applicant, r.applicant_id) == ("玉*", "532822********0028")
    assert r.state is CaseState.ACCEPTED and r.state_label and r.promised_date == date(2026, 12, 15)
    assert YOUNG_ID not in repr(rows) and "玉香" not in repr(rows)
    assert [x.case_no for x in list_cases(ctx, actor=system, limit=1)] == [second.case_no]
    assert list_cases(ctx, actor=system, state=CaseState.COMPLETED) == []
    assert list_cases(ctx, actor=system, overdue=True) == []
    clock.set(datetime(2026, 12, 16, 10, 0, tzinfo=TZ))  # the day after the promised date
    assert {x.case_no for x in list_cases(ctx, actor=system, overdue=True)} == {first.case_no, second.case_no}


def test_the_command_line_list_refuses_a_bad_limit_and_the_public_terminals(ctx, kiosk) -> None:
    for bad in (0, -3, 10_001):
        with pytest.raises(ValidationError, match="条数") as err:
            list_cases(ctx, actor=Actor.system(), limit=bad)
        assert "--limit" in (err.value.hint or "")
    for outsider in (kiosk, Actor.display("T-0900")):
        with pytest.raises(PermissionDenied, match="查看全厅办件"):
            list_cases(ctx, actor=outsider)


def test_the_counter_list_mine_or_the_hall_searched_and_marked(ctx, clerk, chief) -> None:
    owed = _accept(ctx, clerk)
    other = _accept(ctx, chief, owed=False)
    mine = find_cases(ctx, actor=clerk)
    assert [r.case_no for r in mine] == [owed.case_no]
    row = mine[0]
    assert row.applicant == "玉*" and row.applicant_id == "532822********0028"
    assert [m.material_code for m in row.owed] == ["SRZM"] and row.deadline.tone == "ok"
    assert {r.case_no for r in find_cases(ctx, actor=clerk, scope="hall")} == {owed.case_no, other.case_no}
    assert [r.case_no for r in find_cases(ctx, actor=clerk, scope="hall", show="owed")] == [owed.case_no]
    assert [r.case_no for r in find_cases(ctx, actor=chief, search=other.case_no)] == [other.case_no]
    by_id = find_cases(ctx, actor=clerk, scope="hall", search=YOUNG_ID)
    assert {r.case_no for r in by_id} == {owed.case_no, other.case_no}
    assert len(find_cases(ctx, actor=clerk, scope="hall", search="2026-11-17")) == 2
    assert find_cases(ctx, actor=clerk, scope="hall", search="2026-11-18") == []


@pytest.mark.parametrize(
    ("search", "words"),
    [
        ("53282226111700300019", "校验位"),  # a case number with a wrong check digit
        ("2026-02-30", "日期"),
        ("玉香", "办件编号"),
    ],
)
def test_the_counter_list_says_what_to_type(ctx, clerk, search, words) -> None:
    with pytest.raises(ValidationError, match=words):
        find_cases(ctx, actor=clerk, scope="hall", search=search)


def test_the_hall_list_and_a_detail_need_the_role(ctx, clerk, kiosk) -> None:
    stored = _accept(ctx, clerk)
    for outsider in (kiosk, Actor.display("T-0900")):
        with pytest.raises(PermissionDenied):
            find_cases(ctx, actor=outsider, scope="hall")
        with pytest.raises(PermissionDenied):
            case_detail(ctx, actor=outsider, case_no=stored.case_no)
    helper = Actor(user="helper01", role=Role.HELPER, terminal_id="T-0007")
    detail = case_detail(ctx, actor=helper, case_no=stored.case_no)
    assert detail.row.case_no == stored.case_no and detail.row.applicant == "玉*"
    assert [m.material_code for m in detail.row.owed] == ["SRZM"] and not detail.on_the_spot
    assert detail.history and {m.material_code for m in detail.materials} == {
        "SFZ",
        "SQS-DB",
        "SQB-HDSQ",
        "SRZM",
    }
