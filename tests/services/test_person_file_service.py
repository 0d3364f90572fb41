"""一人一档 / 一企一档 and 出件: what the hall holds is offered for reuse, and a finished
case's result is handed over once, the way the applicant chose."""

from __future__ import annotations

from datetime import date

import pytest

from shared.domain.cases import (
    ApplicantKind,
    CaseState,
    Delivery,
    DeliveryMethod,
    MaterialReceipt,
    ReceiptMethod,
)
from shared.domain.errors import Conflict, InvalidIdentity, PermissionDenied, ValidationError
from shared.services import cases, results
from shared.services.actor import Actor, Role
from shared.services.person_file import organisation_file, person_file
from tests.support.services import YOUNG_ID

LOW_INCOME = "11532822MB1611313W3000030040000"
SELF_BUSINESS = "11532822MB172262X13000060010000"


def _materials(*, deferred: bool = True) -> list[MaterialReceipt]:
    return [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SRZM", "收入证明", ReceiptMethod.DEFERRED, supply_by=date(2026, 11, 24))
        if deferred
        else MaterialReceipt("SRZM", "收入证明", ReceiptMethod.PAPER_ORIGINAL),
    ]


def test_person_file_offers_what_earlier_cases_hold(ctx, clerk) -> None:
    applicant = cases.Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香", "13888012345")
    empty = person_file(ctx, actor=clerk, id_number=YOUNG_ID)
    assert not empty.known and empty.cases == () and empty.reusable == ()
    first = cases.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=applicant, materials=_materials()
    )
    cases.request_supplement(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=applicant, materials=_materials()[:1]
    )
    f = person_file(ctx, actor=clerk, id_number=YOUNG_ID.lower())
    assert f.known and f.name == "玉香" and f.phone == "13888012345"
    assert [c.state for c in f.cases] == [CaseState.SUPPLEMENT_REQUESTED, CaseState.ACCEPTED]
    names = {r.name: r for r in f.reusable}
    # the 容缺 income proof is not held yet; the refused case held nothing
    assert set(names) == {"居民身份证", "申请书", "核对授权书"}
    assert all(r.case_no == first.case_no for r in f.reusable)
    assert f.reusable_for("XX", "居民 身份证") is not None
    # what the file offers, accept_case accepts
    reuse = f.reusable_for("SQS-DB", "申请书")
    again = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.REUSED, reference=reuse.case_no),
        MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.REUSED, reference=reuse.case_no),
        MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SRZM", "收入证明", ReceiptMethod.PAPER_ORIGINAL),
    ]
    assert cases.accept_case(ctx, actor=clerk, item_code=LOW_INCOME, applicant=applicant, materials=again)
    with pytest.raises(InvalidIdentity):
        person_file(ctx, actor=clerk, id_number="532822199803150027")
    with pytest.raises(PermissionDenied):
        person_file(ctx, actor=Actor.kiosk("T-0101"), id_number=YOUNG_ID)


def test_organisation_file_by_credit_code(ctx, clerk) -> None:
    with pytest.raises(InvalidIdentity, match="校验位"):
        organisation_file(ctx, actor=clerk, uscc="91350100M000100Y44")
    assert not organisation_file(ctx, actor=clerk, uscc="91350100M000100Y43").known


def test_result_is_issued_once_the_way_chosen(ctx, clerk, chief) -> None:
    applicant = cases.Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香")
    posted = cases.accept_case(
        ctx,
        actor=clerk,
        item_code=LOW_INCOME,
        applicant=applicant,
        materials=_materials(deferred=False),
        delivery=Delivery(DeliveryMethod.POST, address="勐海县勐遮镇曼洪村23号"),
    )
    with pytest.raises(ValidationError, match="还没有办结"):
        results.issue_result(ctx, actor=clerk, case_no=posted.case_no)
    system = Actor.system()
    cases.record_decision(
        ctx, actor=system, case_no=posted.case_no, to_state=CaseState.IN_REVIEW, notify_platform=False
    )
    cases.record_decision(
        ctx, actor=system, case_no=posted.case_no, to_state=CaseState.COMPLETED, notify_platform=False
    )
    assert [c.case_no for c in results.results_to_issue(ctx, actor=clerk)] == [posted.case_no]
    with pytest.raises(ValidationError, match="邮件号"):
        results.issue_result(ctx, actor=clerk, case_no=posted.case_no)
    issued = results.issue_result(ctx, actor=clerk, case_no=posted.case_no, tracking_no="1191234567890")
    assert issued.case.record.delivery.tracking_no == "1191234567890"
    with pytest.raises(Conflict):
        results.issue_result(ctx, actor=clerk, case_no=posted.case_no, tracking_no="1191234567890")
    assert results.results_to_issue(ctx, actor=clerk) == []
    with ctx.unit_of_work(read_only=True) as uow:
        kinds = [e.kind for e in uow.outbox.events_for_case(posted.case_no)]
    assert kinds[-1] == "delivery"
    helper = Actor(user="h", role=Role.HELPER, terminal_id="T-8")
    with pytest.raises(PermissionDenied):
        results.issue_result(ctx, actor=helper, case_no=posted.case_no)
