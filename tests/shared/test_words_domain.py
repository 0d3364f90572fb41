"""One grouping of the case number, the spans a line may not break in (issue 16, point 4)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from shared.domain.cases import case_no_digits, format_case_no, is_valid_case_no, make_case_no
from shared.domain.line_breaks import WORD_JOINER, join_unbreakable, unbreakable_spans


def test_a_case_number_shows_in_five_groups_of_four():
    no = make_case_no(region_code="532822", day=date(2026, 11, 17), terminal_no=1, seq=12)
    assert format_case_no(no) == "5328 2226 1117 0010 0120"


def test_a_grouped_or_full_width_number_reads_back_as_its_digits():
    assert case_no_digits("5328 2226 1117 0010 0120") == "53282226111700100120"
    assert case_no_digits("５３２８\u30002226") == "53282226"
    assert is_valid_case_no(case_no_digits(" 5328 2226 1117 0010 0120 "))


def test_a_half_typed_number_grows_group_by_group():
    assert format_case_no("532822") == "5328 22"
    assert format_case_no("") == ""


@given(st.text(alphabet="0123456789", min_size=0, max_size=20))
def test_grouping_never_changes_the_digits(digits: str):
    assert case_no_digits(format_case_no(digits)) == digits


def test_unbreakable_spans_keep_units_remarks_and_terms_whole():
    text = "请在15个工作日内到3号窗口凭受理凭证领取（手机或自助机均可）"
    spans = [text[a:b] for a, b in unbreakable_spans(text)]
    assert spans == ["15个工作日", "3号窗口", "受理凭证", "（手机或自助机均可）"]


def test_the_waiting_line_never_leaves_its_last_character_alone():
    """请到综合办事区等候区就座，留意叫号屏和语音叫｜号 was the elderly ticket screen's line."""
    text = "请到综合办事区等候区就座，留意叫号屏和语音叫号"
    assert [text[a:b] for a, b in unbreakable_spans(text)] == ["语音叫号"]


def test_a_number_inside_a_code_is_no_unit():
    assert unbreakable_spans("A023号") == []


def test_word_joiners_join_each_span_once():
    joined = join_unbreakable("15个工作日内")
    assert joined == WORD_JOINER.join("15个工作日") + "内"
    assert join_unbreakable(joined) == joined
    assert joined.replace(WORD_JOINER, "") == "15个工作日内"
