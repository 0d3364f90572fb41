from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.complaints import (
    STATE_LABELS,
    TERMINAL_STATES,
    Complaint,
    ComplaintCategory,
    ComplaintState,
    allowed_transitions,
    is_valid_complaint_no,
    make_complaint_no,
    transition,
)
from shared.domain.errors import InvalidIdentity, InvalidTransition, ValidationError

T0 = datetime(2025, 3, 3, 9, 30)


def new_complaint() -> Complaint:
    return Complaint(
        complaint_no=make_complaint_no(region_code="532822", day=T0.date(), seq=1),
        summary="外地户籍子女入学证明，学校和派出所都说不归自己开",
        category=ComplaintCategory.DEPARTMENT_SHIFTING,
        received_at=T0,
        person_id="11010519491231002X",
        person_name="张三",
        contact_phone="13812345678",
    )


def test_full_life_of_a_complaint() -> None:
    c = new_complaint()
    assert c.state is ComplaintState.RECEIVED
    c = c.transition(
        ComplaintState.ASSIGNED, at=T0 + timedelta(minutes=10), assignee="县教育体育局", by="首席代表"
    )
    assert c.assignee == "县教育体育局" and c.assigned_at == T0 + timedelta(minutes=10)
    c = c.transition(ComplaintState.ASSIGNED, at=T0 + timedelta(hours=1), assignee="县公安局勐海派出所")
    assert c.assignee == "县公安局勐海派出所"
    c = c.transition(ComplaintState.IN_PROGRESS, at=T0 + timedelta(hours=2))
    c = c.transition(ComplaintState.RESOLVED, at=T0 + timedelta(days=1), resolution="由派出所出具居住证明")
    # not good enough: back to work, with the reason
    with pytest.raises(ValidationError, match="原因"):
        c.transition(ComplaintState.IN_PROGRESS, at=T0 + timedelta(days=2))
    c = c.transition(ComplaintState.IN_PROGRESS, at=T0 + timedelta(days=2), note="学校不认可该证明")
    assert c.resolved_at is None
    c = c.transition(ComplaintState.RESOLVED, at=T0 + timedelta(days=3), resolution="教育局明确以居住证办理")
    c = c.transition(ComplaintState.NOTIFIED, at=T0 + timedelta(days=3, hours=1), note="电话告知")
    c = c.transition(ComplaintState.CLOSED, at=T0 + timedelta(days=4))
    assert c.resolution == "教育局明确以居住证办理"
    assert c.notified_at == T0 + timedelta(days=3, hours=1) and c.closed_at == T0 + timedelta(days=4)
    assert [e.state for e in c.history] == [
        ComplaintState.ASSIGNED,
        ComplaintState.ASSIGNED,
        ComplaintState.IN_PROGRESS,
        ComplaintState.RESOLVED,
        ComplaintState.IN_PROGRESS,
        ComplaintState.RESOLVED,
        ComplaintState.NOTIFIED,
        ComplaintState.CLOSED,
    ]
    with pytest.raises(InvalidTransition, match="已办结") as err:
        c.transition(ComplaintState.IN_PROGRESS, at=T0 + timedelta(days=5), note="again")
    assert "新的反映" in err.value.hint


def test_required_details() -> None:
    c = new_complaint()
    with pytest.raises(ValidationError, match="承办"):
        c.transition(ComplaintState.ASSIGNED, at=T0, assignee=" ")
    c = c.transition(ComplaintState.ASSIGNED, at=T0, assignee="县人社局").transition(
        ComplaintState.IN_PROGRESS, at=T0
    )
    with pytest.raises(ValidationError, match="解决结果"):
        c.transition(ComplaintState.RESOLVED, at=T0)
    with pytest.raises(ValidationError, match="早于上一步"):
        c.transition(ComplaintState.RESOLVED, at=T0 - timedelta(minutes=1), resolution="x")
    with pytest.raises(ValidationError, match="问题描述"):
        Complaint(
            complaint_no="BC532822202503030001", summary=" ", category=ComplaintCategory.OTHER, received_at=T0
        )


def test_personal_data_stays_out_of_repr() -> None:
    text = repr(new_complaint())
    assert "11010519491231002X" not in text
    assert "13812345678" not in text
    assert "张三" not in text
    assert "BC532822" in text


def test_skipping_is_refused_with_what_is_possible() -> None:
    with pytest.raises(InvalidTransition, match="不能直接改为已办结") as err:
        transition(ComplaintState.RECEIVED, ComplaintState.CLOSED)
    assert "已交办" in err.value.hint
    with pytest.raises(InvalidTransition):
        transition(ComplaintState.RESOLVED, ComplaintState.CLOSED)  # the person must be told first


def test_graph_shape() -> None:
    assert frozenset({ComplaintState.CLOSED}) == TERMINAL_STATES
    assert set(STATE_LABELS) == set(ComplaintState)
    # every non-terminal state can still reach closed
    for start in ComplaintState:
        seen, frontier = {start}, [start]
        while frontier:
            for nxt in allowed_transitions(frontier.pop()):
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert ComplaintState.CLOSED in seen


@given(st.lists(st.sampled_from(ComplaintState), max_size=15))
def test_random_walks_never_leave_the_graph(targets: list[ComplaintState]) -> None:
    c = new_complaint()
    at = T0
    for target in targets:
        at += timedelta(minutes=5)
        before = c.state
        try:
            c = c.transition(target, at=at, assignee="县政务服务局", resolution="已办理", note="记录")
        except InvalidTransition as err:
            assert target not in allowed_transitions(before)
            assert err.hint
            assert c.state is before
        else:
            assert target in allowed_transitions(before)
            assert c.state is target
            assert c.history[-1].state is target
    for terminal in TERMINAL_STATES:
        assert allowed_transitions(terminal) == frozenset()


def test_complaint_numbers() -> None:
    no = make_complaint_no(region_code="532822000000", day=date(2025, 3, 3), seq=12)
    assert no == "BC532822202503030012"
    assert is_valid_complaint_no(no)
    assert not is_valid_complaint_no("BC532822202502300012")  # 30 February
    assert not is_valid_complaint_no("BC532822202503030000")
    assert not is_valid_complaint_no("532822202503030012")
    with pytest.raises(ValidationError, match="1-9999"):
        make_complaint_no(region_code="532822", day=date(2025, 3, 3), seq=10000)
    with pytest.raises(InvalidIdentity):
        make_complaint_no(region_code="99", day=date(2025, 3, 3), seq=1)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.integers(1, 9999))
def test_every_generated_number_is_valid(day: date, seq: int) -> None:
    no = make_complaint_no(region_code="532801", day=day, seq=seq)
    assert len(no) == 20 and is_valid_complaint_no(no)
