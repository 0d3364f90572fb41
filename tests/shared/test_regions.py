from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.errors import InvalidIdentity, NotFound
from shared.domain.regions import (
    PROVINCES,
    YUNNAN_COUNTIES,
    YUNNAN_PREFECTURES,
    counties_of,
    region_full_name,
    region_name,
    validate_region_code,
)


def test_all_sixteen_yunnan_prefectures() -> None:
    assert len(YUNNAN_PREFECTURES) == 16
    assert all(code.startswith("53") and len(code) == 4 for code in YUNNAN_PREFECTURES)
    assert region_name("5301") == "昆明市"
    assert region_name("5334", short=True) == "迪庆州"
    assert region_name("5328") == "西双版纳傣族自治州"


def test_xishuangbanna_counties_are_complete() -> None:
    assert counties_of("5328") == ["532801", "532822", "532823"]
    assert [region_name(c) for c in counties_of("5328")] == ["景洪市", "勐海县", "勐腊县"]


@pytest.mark.parametrize(
    ("code", "name"),
    [("53", "云南省"), ("530000", "云南省"), ("532800", "西双版纳傣族自治州"), ("532822", "勐海县"),
     ("532822000000", "勐海县"), ("530000000000", "云南省"), ("11", "北京市")],
)  # fmt: skip
def test_region_names_for_every_code_length(code: str, name: str) -> None:
    assert region_name(code) == name


def test_full_name() -> None:
    assert region_full_name("532822") == "云南省西双版纳傣族自治州勐海县"
    assert region_full_name("5328") == "云南省西双版纳傣族自治州"


@pytest.mark.parametrize("code", ["532822100000", "530321", "4403", "440305"])
def test_unlisted_names_are_not_found(code: str) -> None:
    with pytest.raises(NotFound) as err:
        region_name(code)
    assert err.value.hint


@pytest.mark.parametrize(
    ("text", "six"),
    [("532822", "532822"), ("532822000000", "532822"), ("5328", "532800"), ("53", "530000"),
     (" ５３２８２２ ", "532822"), ("532822101000", "532822"), ("110105", "110105")],
)  # fmt: skip
def test_validate_normalises_to_six_digits(text: str, six: str) -> None:
    assert validate_region_code(text) == six


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "为空"), ("53282a", "只能包含数字"), ("53282", "现为5位"), ("992822", "前两位“99”"),
     ("530022", "第3-4位为00")],
)  # fmt: skip
def test_malformed_codes(text: str, message: str) -> None:
    with pytest.raises(InvalidIdentity) as err:
        validate_region_code(text)
    assert message in err.value.message


def test_yunnan_only() -> None:
    assert validate_region_code("532822000000", yunnan_only=True) == "532822"
    assert validate_region_code("530321", yunnan_only=True) == "530321"  # 曲靖: list not bundled
    with pytest.raises(InvalidIdentity, match="不是云南省"):
        validate_region_code("110105", yunnan_only=True)
    with pytest.raises(InvalidIdentity, match="没有代码为“5302”的州"):
        validate_region_code("530201", yunnan_only=True)
    with pytest.raises(InvalidIdentity, match="西双版纳傣族自治州没有代码为“532824”") as err:
        validate_region_code("532824", yunnan_only=True)
    assert "532822" in err.value.hint


@given(st.sampled_from(sorted(YUNNAN_COUNTIES)), st.text("0123456789", min_size=6, max_size=6))
def test_twelve_digit_codes_reduce_to_their_county(county: str, tail: str) -> None:
    assert validate_region_code(county + tail, yunnan_only=True) == county


@given(st.text(max_size=14))
def test_arbitrary_text_gives_a_typed_error_or_six_digits(text: str) -> None:
    try:
        code = validate_region_code(text)
    except InvalidIdentity as err:
        assert err.message
    else:
        assert len(code) == 6 and code[:2] in PROVINCES


# ---------------------------------------------------------------------- townships and the 承办地 picker


def test_menghai_townships_by_their_statistical_codes() -> None:
    from shared.domain.regions import XISHUANGBANNA_TOWNSHIPS

    menghai = {c: n for c, n in XISHUANGBANNA_TOWNSHIPS.items() if c.startswith("532822")}
    assert len(menghai) == 11  # 6 镇 and 5 乡 (统计用区划代码; the state farm is left out)
    assert menghai["532822104"] == "勐遮镇"  # the demo catalog's 勐遮镇便民服务中心 (region 532822104)
    assert region_name("532822101") == "勐海镇" and region_name("532822101000") == "勐海镇"
    assert all(c[:6] in YUNNAN_COUNTIES for c in XISHUANGBANNA_TOWNSHIPS)


def test_labels_for_people() -> None:
    from shared.domain.regions import region_label

    assert region_label("532822104000") == "西双版纳州勐海县勐遮镇"
    assert region_label("532822000000") == "西双版纳州勐海县"
    assert region_label("530000000000") == "云南省"
    assert region_label("440305000000") == "广东省"  # names below the province are the platform's
    assert region_label("not a code") == "not a code"


def test_the_pickers_list_starts_at_home() -> None:
    from shared.domain.regions import handling_regions, platform_code

    inside = handling_regions(home="532822", cross_province=False)
    codes = [c for c, _ in inside]
    assert inside[0] == ("532822000000", "西双版纳州勐海县")
    assert codes[1:12] == sorted(platform_code(c) for c in ("532822101", "532822102", "532822103", "532822104",
        "532822105", "532822106", "532822201", "532822202", "532822203", "532822204", "532822205"))  # fmt: skip
    assert "532800000000" in codes and "532823108000" in codes and "530102000000" in codes
    assert len(codes) == len(set(codes)) and all(len(c) == 12 and c.startswith("53") for c in codes)
    across = dict(handling_regions(home="532822", cross_province=True))
    assert "530000000000" not in across and across["440000000000"] == "广东省" and len(across) == 30
