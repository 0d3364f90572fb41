from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.errors import CalendarNotCovered, InvalidTransition, ValidationError
from shared.domain.evaluations import (
    LEVEL_LABELS,
    REASON_LABELS,
    BadReviewReason,
    Evaluation,
    EvaluationChannel,
    EvaluationLevel,
    FollowUp,
    FollowUpState,
    default_due,
    follow_up_transitions,
    make_default_evaluation,
    make_follow_up,
)
from shared.domain.workdays import WorkingDayCalendar, library_years

CAL = WorkingDayCalendar()
LAST_YEAR = library_years()[1]
AT = datetime(2025, 9, 26, 10, 0)


def review(level: EvaluationLevel, **kw: object) -> Evaluation:
    fields: dict[str, object] = {
        "case_no": "53282225092600100011",
        "level": level,
        "channel": EvaluationChannel.COUNTER_DEVICE,
        "evaluated_at": AT,
    }
    fields.update(kw)
    return Evaluation(**fields)  # type: ignore[arg-type]


def test_levels_labels_and_bad() -> None:
    assert [lv.value for lv in EvaluationLevel] == [5, 4, 3, 2, 1]
    assert [lv.label for lv in EvaluationLevel] == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    assert [lv for lv in EvaluationLevel if lv.is_bad] == [
        EvaluationLevel.DISSATISFIED,
        EvaluationLevel.VERY_DISSATISFIED,
    ]
    assert set(LEVEL_LABELS) == set(EvaluationLevel)
    assert set(REASON_LABELS) == set(BadReviewReason)
    assert REASON_LABELS[BadReviewReason.OTHER] == "其他"


@pytest.mark.parametrize("level", [lv for lv in EvaluationLevel if not lv.is_bad])
def test_good_reviews_need_nothing(level: EvaluationLevel) -> None:
    review(level).validate()


@pytest.mark.parametrize("level", [EvaluationLevel.DISSATISFIED, EvaluationLevel.VERY_DISSATISFIED])
def test_bad_reviews_need_a_reason_or_a_comment(level: EvaluationLevel) -> None:
    with pytest.raises(ValidationError, match="需要选择至少一个原因") as err:
        review(level).validate()
    assert err.value.hint
    with pytest.raises(ValidationError):
        review(level, comment="   ").validate()
    review(level, reasons=(BadReviewReason.MULTIPLE_TRIPS,)).validate()
    review(level, comment="窗口说缺一份证明，但办事指南上没有写").validate()


def test_other_reason_needs_words() -> None:
    with pytest.raises(ValidationError, match="其他"):
        review(EvaluationLevel.DISSATISFIED, reasons=(BadReviewReason.OTHER,)).validate()
    review(EvaluationLevel.DISSATISFIED, reasons=(BadReviewReason.OTHER,), comment="停车难").validate()


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"case_no": " "}, "没有关联办件编号"),
        ({"level": EvaluationLevel.SATISFIED, "reasons": (BadReviewReason.SLOW,)}, "不需要选择差评原因"),
        (
            {"level": EvaluationLevel.DISSATISFIED, "reasons": (BadReviewReason.SLOW, BadReviewReason.SLOW)},
            "重复",
        ),
        ({"comment": "长" * 501}, "过长"),
        ({"channel": EvaluationChannel.DEFAULT, "level": EvaluationLevel.SATISFIED}, "基本满意"),
        ({"level": 3}, "无效"),
    ],
)
def test_invalid_reviews(kw: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"level": EvaluationLevel.BASIC, **kw}
    with pytest.raises(ValidationError, match=message):
        review(**fields).validate()  # type: ignore[arg-type]


def test_default_due_is_five_working_days_later() -> None:
    # served Friday 26 Sep 2025: Sun 28 (调休), Mon 29, Tue 30, then 9 and 10 October
    assert default_due(date(2025, 9, 26), CAL) == date(2025, 10, 10)
    assert default_due(date(2025, 9, 26), CAL, working_days=3) == date(2025, 9, 30)


def test_default_evaluation_only_after_the_window() -> None:
    service_day = date(2025, 9, 26)
    with pytest.raises(ValidationError, match="2025-10-10"):
        make_default_evaluation(
            case_no="53282225092600100011",
            service_day=service_day,
            calendar=CAL,
            now=datetime(2025, 10, 10, 23, 59),
        )
    ev = make_default_evaluation(
        case_no="53282225092600100011", service_day=service_day, calendar=CAL, now=datetime(2025, 10, 11, 0, 5),
        window_no=3, clerk="clerk01",
    )  # fmt: skip
    assert ev.level is EvaluationLevel.BASIC
    assert ev.is_default and not ev.is_bad
    assert ev.window_no == 3


def test_default_due_past_coverage_raises() -> None:
    with pytest.raises(CalendarNotCovered):
        default_due(date(LAST_YEAR, 12, 29), CAL)


def test_follow_up_due_in_fifteen_working_days_and_its_life() -> None:
    bad = review(EvaluationLevel.VERY_DISSATISFIED, reasons=(BadReviewReason.ATTITUDE,), real_name=True)
    fu = make_follow_up(bad, calendar=CAL)
    assert fu.state is FollowUpState.OPEN
    assert fu.opened_on == date(2025, 9, 26)
    assert fu.due == CAL.add_working_days(date(2025, 9, 26), 15) == date(2025, 10, 23)
    assert not fu.due_provisional and fu.contact_applicant
    assert not fu.is_overdue(date(2025, 10, 23)) and fu.is_overdue(date(2025, 10, 24))

    t = datetime(2025, 9, 29, 9, 0)
    fu = fu.transition(FollowUpState.IN_PROGRESS, at=t, by="manager")
    assert fu.assignee == "manager"
    with pytest.raises(ValidationError, match="整改情况"):
        fu.transition(FollowUpState.RESOLVED, at=t)
    fu = fu.transition(FollowUpState.RESOLVED, at=t + timedelta(days=2), note="已约谈窗口人员并回访申请人")
    assert fu.resolved_on == date(2025, 10, 1)
    assert not fu.is_overdue(date(2025, 12, 1)) and not fu.resolved_late
    # the check finds it not good enough: back to work, overdue again after the due day
    fu = fu.transition(FollowUpState.IN_PROGRESS, at=t + timedelta(days=3), note="申请人仍不满意")
    assert fu.resolved_on is None and fu.is_overdue(date(2025, 10, 24))
    fu = fu.transition(FollowUpState.RESOLVED, at=datetime(2025, 10, 27, 9), note="重新办理完毕")
    assert fu.resolved_late
    fu = fu.transition(FollowUpState.CLOSED, at=datetime(2025, 10, 28, 9), note="申请人满意")
    assert fu.closed_on == date(2025, 10, 28)
    assert [n.state for n in fu.notes] == [
        FollowUpState.IN_PROGRESS,
        FollowUpState.RESOLVED,
        FollowUpState.IN_PROGRESS,
        FollowUpState.RESOLVED,
        FollowUpState.CLOSED,
    ]
    with pytest.raises(InvalidTransition, match="已办结") as err:
        fu.transition(FollowUpState.IN_PROGRESS, at=datetime(2025, 11, 1))
    assert err.value.hint


def test_follow_up_days_are_configurable_and_provisional_past_coverage() -> None:
    bad = review(EvaluationLevel.DISSATISFIED, comment="等了两个小时")
    assert make_follow_up(bad, calendar=CAL, working_days=10).due == CAL.add_working_days(AT.date(), 10)
    late = replace(bad, evaluated_at=datetime(LAST_YEAR, 12, 20, 15))
    fu = make_follow_up(late, calendar=CAL)
    assert fu.due_provisional and fu.due.year == LAST_YEAR + 1
    assert not fu.contact_applicant


def test_only_bad_reviews_get_a_follow_up() -> None:
    with pytest.raises(ValidationError, match="不是差评"):
        make_follow_up(review(EvaluationLevel.BASIC), calendar=CAL)
    with pytest.raises(ValidationError):
        make_follow_up(review(EvaluationLevel.DISSATISFIED), calendar=CAL)  # no reason given


def test_skipping_states_is_refused_with_a_hint() -> None:
    fu = make_follow_up(review(EvaluationLevel.DISSATISFIED, reasons=(BadReviewReason.SLOW,)), calendar=CAL)
    with pytest.raises(InvalidTransition, match="不能直接改为已整改") as err:
        fu.transition(FollowUpState.RESOLVED, at=AT, note="x")
    assert "整改中" in err.value.hint


@given(st.lists(st.sampled_from(FollowUpState), max_size=12))
def test_random_walks_stay_in_the_graph(targets: list[FollowUpState]) -> None:
    fu: FollowUp = make_follow_up(
        review(EvaluationLevel.DISSATISFIED, reasons=(BadReviewReason.SLOW,)), calendar=CAL
    )
    at = AT
    for target in targets:
        at += timedelta(hours=1)
        before = fu.state
        try:
            fu = fu.transition(target, at=at, note="处理记录")
        except InvalidTransition as err:
            assert target not in follow_up_transitions(before)
            assert err.hint
            assert fu.state is before
        else:
            assert target in follow_up_transitions(before)
            assert fu.state is target
    assert follow_up_transitions(FollowUpState.CLOSED) == frozenset()
