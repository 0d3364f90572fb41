"""Spoken forms of ticket and window numbers, and the wording template."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.tts.spoken import (
    DEFAULT_TEMPLATE,
    format_call,
    spoken_cardinal,
    spoken_number,
    spoken_window,
    validate_template,
)
from shared.domain.errors import ConfigError


@pytest.mark.parametrize(
    ("number", "spoken"),
    [
        ("A023", "A零二三"),
        ("a023", "A零二三"),
        ("B1000", "B一零零零"),
        ("A-007", "A零零七"),
        (" H 101 ", "H一零一"),
        ("绿A001", "绿A零零一"),
        ("", ""),
    ],
)
def test_spoken_number(number: str, spoken: str) -> None:
    assert spoken_number(number) == spoken


@pytest.mark.parametrize(
    ("n", "spoken"),
    [
        (0, "零"),
        (3, "三"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (40, "四十"),
        (101, "一百零一"),
        (110, "一百一十"),
        (1000, "一千"),
        (1010, "一千零一十"),
        (1001, "一千零一"),
        (9999, "九千九百九十九"),
    ],
)
def test_spoken_cardinal(n: int, spoken: str) -> None:
    assert spoken_cardinal(n) == spoken


def test_cardinal_range_and_window_forms() -> None:
    with pytest.raises(ValueError):
        spoken_cardinal(10000)
    assert spoken_window(12) == "十二"
    assert spoken_window("3") == "三"
    assert spoken_window("B3") == "B三"
    assert spoken_window("123456") == "一二三四五六"


@given(st.from_regex(r"[A-Za-z]{0,2}[0-9]{1,6}", fullmatch=True))
def test_spoken_numbers_have_no_ascii_digits_and_keep_every_digit(number: str) -> None:
    spoken = spoken_number(number)
    assert not any(c.isdigit() and c.isascii() for c in spoken)
    digits = [c for c in number if c.isdigit()]
    assert len(spoken) == len(number)
    assert [spoken[i] for i, c in enumerate(number) if c.isdigit()] == [
        "零一二三四五六七八九"[int(d)] for d in digits
    ]


@given(st.integers(0, 9999))
def test_cardinals_are_chinese_numerals_only(n: int) -> None:
    spoken = spoken_cardinal(n)
    assert set(spoken) <= set("零一二三四五六七八九十百千")
    assert not spoken.startswith("一十")
    assert "零零" not in spoken and (n == 0 or not spoken.endswith("零"))


def test_format_call_with_default_and_custom_templates() -> None:
    assert format_call(DEFAULT_TEMPLATE, number="A023", window=3) == "请A零二三号到三号窗口办理"
    assert format_call("请{number}号到{window}号窗口", number="B101", window=12) == "请B一零一号到十二号窗口"
    assert format_call("{number}号请到综合窗口", number="C5", window=1) == "C五号请到综合窗口"


@pytest.mark.parametrize("template", ["请{num}号", "请到{window}号窗口", "请{number号", "请{number}{0}号"])
def test_bad_templates_are_config_errors_with_a_hint(template: str) -> None:
    with pytest.raises(ConfigError) as err:
        validate_template(template)
    assert err.value.hint
