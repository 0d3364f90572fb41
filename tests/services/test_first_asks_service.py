"""首问负责: a 咨询登记 keeps one owner until handed over (recorded) or closed; the manager
sees the open ones with their age. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shared.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shared.domain.first_asks import FirstAskKind, FirstAskState
from shared.services import accounts, complaints, first_asks
from shared.services.actor import Actor, Role
from tests.support.services import YOUNG_ID


@pytest.fixture
def manager() -> Actor:
    return Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009")


@pytest.fixture
def staff(ctx) -> None:
    system = Actor.system()
    for user, role in (
        ("clerk01", "clerk"),
        ("clerk02", "clerk"),
        ("helper08", "helper"),
        ("admin", "manager"),
    ):
        accounts.create_account(
            ctx, actor=system, username=user, display_name=f"{user}姓名", role=role, password="Yimen#2026pass"
        )


def test_a_question_stays_with_the_clerk_until_handed_over_and_closed(
    ctx, clock, clerk, manager, staff
) -> None:
    asked = first_asks.record_first_ask(
        ctx,
        actor=clerk,
        summary="想问老人异地就医备案要带什么",
        id_number=YOUNG_ID,
        name="张三丰",
        phone="13812345678",
    )
    assert asked.ask_no.startswith("SW53282220261117") and asked.ask_no.endswith("0001")
    assert (asked.owner, asked.first_owner, asked.state) == ("clerk01", "clerk01", FirstAskState.OPEN)
    assert (asked.person, asked.phone) == ("张**", "138****5678")
    assert asked.kind is FirstAskKind.QUESTION and asked.window_no == 3

    clerk2 = Actor(user="clerk02", role=Role.CLERK, terminal_id="T-0005", window_no=5)
    # nobody but the one responsible (or the manager) may close or hand it over
    with pytest.raises(PermissionDenied, match="clerk01"):
        first_asks.close_first_ask(ctx, actor=clerk2, ask_no=asked.ask_no, outcome="已答复")
    with pytest.raises(ValidationError, match="移交说明"):
        first_asks.hand_over_first_ask(ctx, actor=clerk, ask_no=asked.ask_no, to_user="clerk02", note=" ")
    with pytest.raises(NotFound, match="nobody"):
        first_asks.hand_over_first_ask(ctx, actor=clerk, ask_no=asked.ask_no, to_user="nobody", note="x")
    with pytest.raises(ValidationError, match="已是"):
        first_asks.hand_over_first_ask(ctx, actor=clerk, ask_no=asked.ask_no, to_user="clerk01", note="x")

    clock.advance(minutes=20)
    moved = first_asks.hand_over_first_ask(
        ctx, actor=clerk, ask_no=asked.ask_no, to_user="clerk02", note="医保备案归5号窗口，已告知群众"
    )
    assert (moved.owner, moved.first_owner, moved.handovers) == ("clerk02", "clerk01", 1)
    assert first_asks.my_first_asks(ctx, actor=clerk) == []
    assert [v.ask_no for v in first_asks.my_first_asks(ctx, actor=clerk2)] == [asked.ask_no]
    with pytest.raises(PermissionDenied):  # the first owner handed it on: no longer theirs
        first_asks.close_first_ask(ctx, actor=clerk, ask_no=asked.ask_no, outcome="x")

    clock.advance(minutes=10)
    closed = first_asks.close_first_ask(
        ctx, actor=clerk2, ask_no=asked.ask_no, outcome="已备案，群众当场拿到回执"
    )
    assert closed.state is FirstAskState.CLOSED and closed.closed_by == "clerk02"
    assert closed.outcome == "已备案，群众当场拿到回执"
    assert closed.age == timedelta(minutes=30)  # the age stops at closing
    assert [h.action for h in closed.history] == ["first_ask.record", "first_ask.handover", "first_ask.close"]
    assert "clerk02" in closed.history[1].note and closed.history[1].by == "clerk01"
    with pytest.raises(Conflict, match="已办结"):
        first_asks.close_first_ask(ctx, actor=clerk2, ask_no=asked.ask_no, outcome="again")
    assert first_asks.open_first_asks(ctx, actor=manager) == []


def test_the_manager_sees_open_ones_oldest_first_with_their_age(ctx, clock, clerk, manager, staff) -> None:
    old = first_asks.record_first_ask(ctx, actor=clerk, summary="不动产登记要排多久")
    clock.advance(hours=26)
    new = first_asks.record_first_ask(ctx, actor=clerk, summary="社保卡补办")
    clock.advance(minutes=45)
    with pytest.raises(PermissionDenied):
        first_asks.open_first_asks(ctx, actor=clerk)
    listed = first_asks.open_first_asks(ctx, actor=manager)
    assert [v.ask_no for v in listed] == [old.ask_no, new.ask_no]
    assert listed[0].age == timedelta(hours=26, minutes=45) and listed[0].age_label == "1天2小时"
    assert listed[0].stale and not listed[1].stale and listed[1].age_label == "45分钟"
    assert listed[0].owner_name == "clerk01姓名"
    # the manager reassigns a matter whose owner is away
    moved = first_asks.hand_over_first_ask(
        ctx, actor=manager, ask_no=old.ask_no, to_user="helper08", note="督办改派"
    )
    assert moved.owner == "helper08" and moved.history[-1].by == "admin"
    counts = first_asks.count_first_asks(
        ctx, actor=manager, start=clock.now() - timedelta(days=3), end=clock.now() + timedelta(minutes=1)
    )
    assert counts["question"] == 2 and counts["open"] == 2 and counts["help"] == 0


def test_a_kiosk_help_request_taken_as_first_ask(ctx, clock, clerk, kiosk, staff) -> None:
    request = complaints.request_help(ctx, actor=kiosk, reason="不会用读卡器", terminal_name="1号自助机")
    taken = first_asks.take_help_request(ctx, actor=clerk, request_id=request.id)
    assert taken.kind is FirstAskKind.HELP and taken.source_ref == request.id
    assert "1号自助机" in taken.summary and "不会用读卡器" in taken.summary
    assert complaints.help_request(ctx, actor=clerk, request_id=request.id).acknowledged_by == "clerk01"
    assert complaints.open_help_requests(ctx, actor=clerk) == []
    clerk2 = Actor(user="clerk02", role=Role.CLERK, terminal_id="T-0005", window_no=5)
    with pytest.raises(Conflict, match="clerk01"):
        first_asks.take_help_request(ctx, actor=clerk2, request_id=request.id)
    with pytest.raises(Conflict, match="首问负责"):  # the same clerk pressing twice: one registration
        first_asks.take_help_request(ctx, actor=clerk, request_id=request.id)
    with pytest.raises(PermissionDenied):
        first_asks.take_help_request(ctx, actor=kiosk, request_id=request.id)


def test_a_complaint_taken_as_first_ask_carries_the_person(ctx, clerk, staff) -> None:
    c = complaints.record_complaint(
        ctx,
        actor=clerk,
        summary="开不出无犯罪记录证明",
        category="material_unobtainable",
        id_number=YOUNG_ID,
        name="张三丰",
    )
    taken = first_asks.take_complaint(ctx, actor=clerk, complaint_no=c.complaint_no)
    assert taken.kind is FirstAskKind.COMPLAINT and taken.person == "张**"
    assert taken.summary == "开不出无犯罪记录证明" and taken.source_ref == c.complaint_no
    with pytest.raises(Conflict):
        first_asks.take_complaint(ctx, actor=clerk, complaint_no=c.complaint_no)
    with pytest.raises(NotFound):
        first_asks.take_complaint(ctx, actor=clerk, complaint_no="BC532822202611179999")


def test_bad_input_is_refused_with_a_hint(ctx, clerk, kiosk) -> None:
    with pytest.raises(ValidationError, match="咨询或反映"):
        first_asks.record_first_ask(ctx, actor=clerk, summary="   ")
    with pytest.raises(ValidationError, match="过长"):
        first_asks.record_first_ask(ctx, actor=clerk, summary="问" * 2001)
    with pytest.raises(ValidationError, match="类别"):
        first_asks.record_first_ask(ctx, actor=clerk, summary="x", kind="gossip")
    with pytest.raises(ValidationError, match="姓名"):
        first_asks.record_first_ask(ctx, actor=clerk, summary="x", id_number=YOUNG_ID)
    with pytest.raises(PermissionDenied):
        first_asks.record_first_ask(ctx, actor=kiosk, summary="x")
    with pytest.raises(NotFound):
        first_asks.get_first_ask(ctx, actor=clerk, ask_no="SW532822202611170042")
