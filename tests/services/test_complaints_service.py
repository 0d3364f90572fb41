"""办不成事 complaints from recording to closure (the person told), and kiosk help requests."""

from __future__ import annotations

import pytest

from shared.domain.complaints import ComplaintCategory, ComplaintState
from shared.domain.errors import (
    Conflict,
    InvalidIdentity,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from shared.services import complaints
from shared.services.actor import Actor, Role
from tests.support.services import YOUNG_ID


@pytest.fixture
def manager() -> Actor:
    return Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009")


@pytest.fixture
def helper() -> Actor:
    return Actor(user="helper08", role=Role.HELPER, terminal_id="T-0008", window_no=8)


def test_complaint_goes_from_recorded_to_closed_with_the_person_told(
    ctx, clock, clerk, chief, manager
) -> None:
    rec = complaints.record_complaint(
        ctx,
        actor=clerk,
        summary="低保复核要求的收入证明村里开不出来",
        category=ComplaintCategory.MATERIAL_UNOBTAINABLE,
        id_number=YOUNG_ID,
        name="张三丰",
        phone="13812345678",
        case_no="53282226111700300011",
    )
    assert rec.complaint_no.startswith("BC53282220261117") and rec.complaint_no.endswith("0001")
    assert rec.state is ComplaintState.RECEIVED and rec.state_label == "已登记"
    assert (rec.person, rec.phone) == ("张**", "138****5678")
    assert rec.person_id.startswith("532822") and "*" in rec.person_id
    assert rec.case_no == "53282226111700300011"

    with pytest.raises(PermissionDenied):
        complaints.assign_complaint(ctx, actor=clerk, complaint_no=rec.complaint_no, assignee="民政局")
    with pytest.raises(InvalidTransition):  # cannot resolve what nobody works on
        complaints.resolve_complaint(ctx, actor=chief, complaint_no=rec.complaint_no, resolution="x")
    clock.advance(minutes=5)
    complaints.assign_complaint(ctx, actor=chief, complaint_no=rec.complaint_no, assignee="勐海县民政局")
    complaints.start_complaint_work(ctx, actor=manager, complaint_no=rec.complaint_no)
    clock.advance(hours=2)
    resolved = complaints.resolve_complaint(
        ctx, actor=manager, complaint_no=rec.complaint_no, resolution="改由数据共享核验收入，无需证明"
    )
    assert resolved.resolved_at is not None
    with pytest.raises(ValidationError, match="原因"):
        complaints.reopen_complaint(ctx, actor=manager, complaint_no=rec.complaint_no, note="")
    with pytest.raises(InvalidTransition):  # not closed before the person is told
        complaints.close_complaint(ctx, actor=manager, complaint_no=rec.complaint_no)
    with pytest.raises(ValidationError, match="告知方式"):
        complaints.notify_complaint(ctx, actor=manager, complaint_no=rec.complaint_no, how="飞鸽")
    told = complaints.notify_complaint(ctx, actor=manager, complaint_no=rec.complaint_no, how="电话")
    assert told.state is ComplaintState.NOTIFIED and told.notified_at is not None
    closed = complaints.close_complaint(ctx, actor=manager, complaint_no=rec.complaint_no)
    assert closed.state is ComplaintState.CLOSED
    assert [h.action for h in closed.history] == [
        "complaint.record",
        "complaint.assign",
        "complaint.work",
        "complaint.resolve",
        "complaint.notify",
        "complaint.close",
    ]
    assert "电话" in closed.history[4].note
    assert complaints.list_complaints(ctx, actor=clerk) == []
    assert [c.complaint_no for c in complaints.list_complaints(ctx, actor=clerk, open_only=False)] == [
        rec.complaint_no
    ]


def test_bad_input_is_refused_and_nothing_is_stored(ctx, clerk) -> None:
    with pytest.raises(ValidationError, match="问题描述"):
        complaints.record_complaint(ctx, actor=clerk, summary="  ", category="other")
    with pytest.raises(ValidationError, match="类别"):
        complaints.record_complaint(ctx, actor=clerk, summary="x", category="bogus")
    with pytest.raises(InvalidIdentity):
        complaints.record_complaint(
            ctx, actor=clerk, summary="x", category="other", id_number="123", name="某"
        )
    with pytest.raises(ValidationError, match="身份信息"):
        complaints.record_complaint(ctx, actor=clerk, summary="x", category="other", phone="13812345678")
    assert complaints.list_complaints(ctx, actor=clerk, open_only=False) == []
    anonymous = complaints.record_complaint(ctx, actor=clerk, summary="大厅没有轮椅坡道", category="other")
    assert anonymous.person == "" and anonymous.complaint_no.endswith("0001")
    second = complaints.record_complaint(ctx, actor=clerk, summary="打印机总坏", category="system_fault")
    assert second.complaint_no.endswith("0002")


def test_kiosk_help_request_reaches_the_counter_once(ctx, clerk, helper) -> None:
    kiosk = Actor.kiosk("T-0101")
    first = complaints.request_help(ctx, actor=kiosk, reason="不会操作")
    again = complaints.request_help(ctx, actor=kiosk)
    assert first.id == again.id  # pressing twice does not pile up requests
    assert [r.terminal_name for r in complaints.open_help_requests(ctx, actor=clerk)] == [
        ctx.settings.terminal.name
    ]
    done = complaints.acknowledge_help(ctx, actor=helper, request_id=first.id)
    assert done.acknowledged_by == "helper08"
    with pytest.raises(Conflict, match="helper08"):
        complaints.acknowledge_help(ctx, actor=clerk, request_id=first.id)
    assert complaints.open_help_requests(ctx, actor=clerk) == []
    with pytest.raises(PermissionDenied):
        complaints.open_help_requests(ctx, actor=kiosk)
    with pytest.raises(ValidationError):
        complaints.request_help(ctx, actor=clerk)


def test_a_kiosk_reads_only_its_own_help_requests(ctx, clerk) -> None:
    mine, other = Actor.kiosk("T-0101"), Actor.kiosk("T-0102")
    request = complaints.request_help(ctx, actor=mine, reason="打印机没出纸")
    assert complaints.help_request(ctx, actor=mine, request_id=request.id).acknowledged_by is None
    with pytest.raises(PermissionDenied, match="不是本机发出的"):
        complaints.help_request(ctx, actor=other, request_id=request.id)
    assert complaints.help_request(ctx, actor=clerk, request_id=request.id).reason == "打印机没出纸"
    with ctx.unit_of_work(read_only=True) as uow:
        line = uow.audit.entries(action="help.request")[0]
    assert line.detail == {"reason": "打印机没出纸"}  # the work log says why help was asked for
