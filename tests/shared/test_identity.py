from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.errors import InvalidIdentity
from shared.domain.identity import (
    USCC_CHARSET,
    ResidentId,
    age_from_id,
    birth_from_id,
    is_valid_mobile,
    is_valid_resident_id,
    is_valid_uscc,
    parse_resident_id,
    resident_id_check_digit,
    uscc_check_char,
    validate_mobile,
    validate_uscc,
)
from shared.domain.regions import PROVINCES

TODAY = date(2025, 6, 1)


def with_check(first17: str) -> str:
    return first17 + resident_id_check_digit(first17)


# --- resident ID -----------------------------------------------------------------


def test_standard_examples_parse() -> None:
    rid = parse_resident_id("11010519491231002X", today=TODAY)
    assert rid == ResidentId(
        number="11010519491231002X", region_code="110105", birth=date(1949, 12, 31), sex="女", seq="002"
    )
    old = parse_resident_id("440524188001010014", today=TODAY)
    assert old.birth == date(1880, 1, 1)
    assert old.sex == "男"
    assert old.seq == "001"


@pytest.mark.parametrize(
    "typed",
    [
        "11010519491231002x",
        " 11010519491231002X ",
        "110105 19491231 002X",
        "１１０１０５１９４９１２３１００２Ｘ",
    ],
)
def test_input_is_normalised(typed: str) -> None:
    assert parse_resident_id(typed, today=TODAY).number == "11010519491231002X"


def test_repr_masks_the_number() -> None:
    rid = parse_resident_id("11010519491231002X", today=TODAY)
    assert "19491231" not in repr(rid)
    assert rid.masked == "110105********002X"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "为空"),
        ("110105491231002", "15位"),
        ("1101051949123100", "应为18位，现为16位"),
        ("1101051949123100211", "现为19位"),
        ("11010519491231A02X", "第15位“A”不是数字"),
        ("11010519491231002Y", "第18位“Y”只能是数字或X"),
        (with_check("99010519491231002"), "前两位“99”"),
        (with_check("53282219900230001"), "19900230"),
        (with_check("53282219901301001"), "不是有效的出生日期"),
        (with_check("53282218500101001"), "早于1860年"),
        ("110105194912310021", "校验位应为X"),
    ],
)
def test_each_kind_of_bad_id_has_its_own_message(text: str, message: str) -> None:
    with pytest.raises(InvalidIdentity) as err:
        parse_resident_id(text, today=TODAY)
    assert message in err.value.message
    assert err.value.hint
    assert not is_valid_resident_id(text, today=TODAY)


def test_birth_in_the_future_is_rejected_relative_to_today() -> None:
    number = with_check("53282220250602001")
    with pytest.raises(InvalidIdentity, match="晚于今天"):
        parse_resident_id(number, today=date(2025, 6, 1))
    assert parse_resident_id(number, today=date(2025, 6, 2)).birth == date(2025, 6, 2)


def test_retired_region_codes_are_accepted() -> None:
    # 532101 was 昭通地区昭通市 before 昭通 became a prefecture-level city (now 5306):
    # IDs issued there keep the old code for life
    number = with_check("53210119700101001")
    assert parse_resident_id(number, today=TODAY).region_code == "532101"


def test_residence_permit_prefix_83_is_accepted() -> None:
    # 台湾居民居住证 numbers use the address code 830000
    assert is_valid_resident_id(with_check("83000019900101002"), today=TODAY)


def test_age_and_birth_from_id() -> None:
    number = "11010519491231002X"
    assert birth_from_id(number) == date(1949, 12, 31)
    assert age_from_id(number, date(2009, 12, 30)) == 59
    assert age_from_id(number, date(2009, 12, 31)) == 60


def test_age_of_someone_born_on_29_february() -> None:
    number = with_check("53282220000229002")
    assert age_from_id(number, date(2018, 2, 28)) == 17
    assert age_from_id(number, date(2018, 3, 1)) == 18


def test_check_digit_needs_17_digits() -> None:
    with pytest.raises(InvalidIdentity):
        resident_id_check_digit("1234")
    with pytest.raises(InvalidIdentity):
        resident_id_check_digit("1101051949123100A")


ids = st.builds(
    lambda province, rest, birth, seq: f"{province}{rest:04d}{birth:%Y%m%d}{seq:03d}",
    st.sampled_from(sorted(PROVINCES)),
    st.integers(0, 9999),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    st.integers(0, 999),
).map(with_check)


@given(ids)
def test_generated_ids_round_trip(number: str) -> None:
    rid = parse_resident_id(number, today=TODAY)
    assert rid.number == number
    assert rid.birth == date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    assert rid.sex == ("男" if int(number[16]) % 2 else "女")
    assert parse_resident_id(number.lower(), today=TODAY) == rid


@given(ids, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_substitution_is_caught(number: str, pos: int, new: str) -> None:
    if number[pos] == new or (pos < 17 and new == "X"):
        return
    changed = number[:pos] + new + number[pos + 1 :]
    assert not is_valid_resident_id(changed, today=TODAY)


@given(ids, st.integers(0, 15))
def test_adjacent_transpositions_are_caught(number: str, pos: int) -> None:
    if number[pos] == number[pos + 1]:
        return
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2 :]
    assert not is_valid_resident_id(swapped, today=TODAY)


@given(st.text(max_size=25))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        parse_resident_id(text, today=TODAY)
    except InvalidIdentity as err:
        assert err.message


# --- unified social credit code --------------------------------------------------


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91310230MA1K314K57", " 91350100m000100y43 "])
def test_valid_credit_codes(code: str) -> None:
    assert validate_uscc(code) == code.strip().upper()
    assert is_valid_uscc(code)


def test_check_value_31_is_written_as_zero() -> None:
    # the weighted sum of this body is a multiple of 31, so 31 - 0 = 31 -> '0'
    body = "91532820000000014"
    assert uscc_check_char(body) == "0"
    assert validate_uscc(body + "0") == body + "0"
    assert not is_valid_uscc(body + "Y")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "为空"),
        ("91350100M000100Y4", "应为18位，现为17位"),
        ("91350100M0001O0Y43", "第14位“O”不是允许的字符（代码中不使用字母I、O、Z、S、V）"),
        ("91350100M000100Y4!", "第18位“!”"),
        ("91AB0100M000100Y43", "第3-8位"),
        ("91350100M000100Y44", "校验位应为3"),
    ],
)
def test_each_kind_of_bad_credit_code_has_its_own_message(text: str, message: str) -> None:
    with pytest.raises(InvalidIdentity) as err:
        validate_uscc(text)
    assert message in err.value.message
    assert not is_valid_uscc(text)


uscc_bodies = st.builds(
    lambda head, region, tail: head + region + tail,
    st.text(USCC_CHARSET, min_size=2, max_size=2),
    st.text("0123456789", min_size=6, max_size=6),
    st.text(USCC_CHARSET, min_size=9, max_size=9),
)


@given(uscc_bodies, st.integers(0, 17), st.sampled_from(USCC_CHARSET))
def test_credit_code_catches_single_substitutions(body: str, pos: int, new: str) -> None:
    code = body + uscc_check_char(body)
    assert validate_uscc(code) == code
    if code[pos] != new:
        assert not is_valid_uscc(code[:pos] + new + code[pos + 1 :])


# --- mobile numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678", "0086-13812345678",
     "8613812345678", "１３８１２３４５６７８"],
)  # fmt: skip
def test_mobile_forms_are_normalised(typed: str) -> None:
    assert validate_mobile(typed) == "13812345678"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "为空"),
        ("138123456789", "应为11位，现为12位"),
        ("1381234567", "现为10位"),
        ("12812345678", "应以13-19开头"),
        ("23812345678", "应以13-19开头"),
        ("138l2345678", "只能包含数字"),
    ],
)
def test_bad_mobile_numbers(text: str, message: str) -> None:
    with pytest.raises(InvalidIdentity) as err:
        validate_mobile(text)
    assert message in err.value.message
    assert not is_valid_mobile(text)


@given(st.sampled_from("3456789"), st.text("0123456789", min_size=9, max_size=9))
def test_every_mobile_shape_is_accepted(second: str, rest: str) -> None:
    number = "1" + second + rest
    assert validate_mobile(f"+86 {number[:3]}-{number[3:7]}-{number[7:]}") == number


def test_birth_dates_at_the_edges() -> None:
    assert parse_resident_id(with_check(f"532822{TODAY:%Y%m%d}001"), today=TODAY).birth == TODAY
    tomorrow = TODAY + timedelta(days=1)
    assert not is_valid_resident_id(with_check(f"532822{tomorrow:%Y%m%d}001"), today=TODAY)
    assert is_valid_resident_id(with_check("53282218600101001"), today=TODAY)
