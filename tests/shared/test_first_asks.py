"""首问负责 values: registration numbers, ages in words, bounded text."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.errors import ValidationError
from shared.domain.first_asks import age_label, age_of, clean_summary, is_valid_ask_no, make_ask_no


def test_numbers_are_made_and_checked() -> None:
    no = make_ask_no(region_code="532822", day=date(2026, 11, 17), seq=12)
    assert no == "SW532822202611170012" and is_valid_ask_no(no)
    assert not is_valid_ask_no("SW532822202613170012")  # month 13
    assert not is_valid_ask_no("BC532822202611170012")
    with pytest.raises(ValidationError):
        make_ask_no(region_code="532822", day=date(2026, 11, 17), seq=10_000)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0分钟"), (35, "35分钟"), (60, "1小时"), (130, "2小时10分"), (1440, "1天"), (1440 * 3 + 245, "3天4小时")],
)
def test_ages_read_at_a_glance(minutes: int, text: str) -> None:
    assert age_label(timedelta(minutes=minutes)) == text


@given(st.integers(min_value=-10_000, max_value=10_000_000))
def test_an_age_is_never_negative_and_always_has_words(seconds: int) -> None:
    opened = datetime(2026, 11, 17, 10, 0)
    age = age_of(opened, opened + timedelta(seconds=seconds))
    assert age >= timedelta(0)
    assert age_label(age)[-1] in "钟时分天"


def test_summary_required_and_bounded() -> None:
    assert clean_summary("  问低保  ") == "问低保"
    with pytest.raises(ValidationError, match="请写明"):
        clean_summary("\n ")
    with pytest.raises(ValidationError, match="2001字"):
        clean_summary("问" * 2001)
