from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.cases import (
    NEXT_STEP,
    STATE_LABELS,
    TERMINAL_STATES,
    CaseState,
    Delivery,
    DeliveryMethod,
    MaterialReceipt,
    ReceiptMethod,
    allowed_transitions,
    is_valid_case_no,
    make_case_no,
    transition,
)
from shared.domain.errors import InvalidTransition, ValidationError


def test_every_state_has_a_label_and_a_next_step() -> None:
    assert set(STATE_LABELS) == set(CaseState)
    assert set(NEXT_STEP) == set(CaseState)


@pytest.mark.parametrize("terminal", sorted(TERMINAL_STATES))
def test_terminal_states_have_no_exits(terminal: CaseState) -> None:
    assert allowed_transitions(terminal) == frozenset()
    for target in CaseState:
        with pytest.raises(InvalidTransition) as err:
            transition(terminal, target)
        assert "新建办件" in err.value.hint


def test_every_open_state_can_still_end() -> None:
    for start in set(CaseState) - TERMINAL_STATES:
        seen, frontier = {start}, [start]
        while frontier:
            for nxt in allowed_transitions(frontier.pop()):
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append(nxt)
        assert seen & TERMINAL_STATES, start


def test_the_usual_paths() -> None:
    # 即办件: accepted and completed on the spot
    assert transition(CaseState.ACCEPTED, CaseState.COMPLETED) is CaseState.COMPLETED
    # 承诺件 with a 补正 round
    state = CaseState.SUBMITTED
    for nxt in (CaseState.ACCEPTED, CaseState.IN_REVIEW, CaseState.SUPPLEMENT_REQUESTED, CaseState.IN_REVIEW,
                CaseState.COMPLETED):  # fmt: skip
        state = transition(state, nxt)
    assert state is CaseState.COMPLETED
    with pytest.raises(InvalidTransition) as err:
        transition(CaseState.SUBMITTED, CaseState.COMPLETED)
    assert "已受理" in err.value.hint


@given(st.sampled_from(CaseState), st.lists(st.sampled_from(CaseState), max_size=20))
def test_random_walks_never_leave_the_allowed_graph(start: CaseState, targets: list[CaseState]) -> None:
    state = start
    for target in targets:
        try:
            new = transition(state, target)
        except InvalidTransition as err:
            assert target not in allowed_transitions(state)
            assert err.message and err.hint
            assert STATE_LABELS[target] in err.message
        else:
            assert target in allowed_transitions(state)
            assert new is target
            state = new
        if state in TERMINAL_STATES:
            assert allowed_transitions(state) == frozenset()


# --- case numbers ------------------------------------------------------------------

case_numbers = st.builds(
    lambda region, day, terminal, seq: make_case_no(
        region_code=region, day=day, terminal_no=terminal, seq=seq
    ),
    st.sampled_from(["532822", "532801", "530102"]),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(0, 999),
    st.integers(1, 9999),
)


@given(case_numbers, st.integers(0, 19), st.integers(1, 9))
def test_case_numbers_catch_any_single_mistyped_digit(number: str, pos: int, delta: int) -> None:
    assert is_valid_case_no(number)
    wrong = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    assert not is_valid_case_no(wrong)


def test_case_number_layout_and_errors() -> None:
    no = make_case_no(region_code="532822", day=date(2025, 3, 1), terminal_no=1, seq=15)
    assert no.startswith("532822250301001" + "0015") and len(no) == 20
    with pytest.raises(ValidationError):
        make_case_no(region_code="5328", day=date(2025, 3, 1), terminal_no=1, seq=1)
    with pytest.raises(ValidationError):
        make_case_no(region_code="532822", day=date(2025, 3, 1), terminal_no=1000, seq=1)
    with pytest.raises(ValidationError):
        make_case_no(region_code="532822", day=date(2025, 3, 1), terminal_no=1, seq=0)


# --- material receipts and delivery -------------------------------------------------------


def test_deferred_material_needs_a_date_and_shared_data_a_reference() -> None:
    with pytest.raises(ValidationError, match="补交日期"):
        MaterialReceipt(material_code="M01", name="婚姻状况证明", method=ReceiptMethod.DEFERRED)
    MaterialReceipt(
        material_code="M01", name="婚姻状况证明", method=ReceiptMethod.DEFERRED, supply_by=date(2025, 3, 10)
    )
    for method in (ReceiptMethod.E_LICENCE, ReceiptMethod.REUSED, ReceiptMethod.DATA_SHARING):
        with pytest.raises(ValidationError, match="凭据编号"):
            MaterialReceipt(material_code="M02", name="营业执照", method=method)


def test_post_delivery_needs_an_address() -> None:
    with pytest.raises(ValidationError, match="收件地址"):
        Delivery(method=DeliveryMethod.POST, address="  ")
    assert Delivery(method=DeliveryMethod.POST, address="勐海县勐海镇").address
