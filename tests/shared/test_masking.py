from __future__ import annotations

import io
import logging
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.identity import resident_id_check_digit
from shared.domain.masking import (
    PiiMaskingFilter,
    mask_address,
    mask_id_number,
    mask_name,
    mask_phone,
    scrub_text,
)

ids = st.builds(
    lambda region, birth, seq: f"{region}{birth:%Y%m%d}{seq:03d}",
    st.integers(110000, 829999).map(str),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 1, 1)),
    st.integers(0, 999),
).map(lambda first17: first17 + resident_id_check_digit(first17))
mobiles = st.builds(
    lambda second, rest: "1" + second + rest,
    st.sampled_from("3456789"),
    st.text("0123456789", min_size=9, max_size=9),
)
# text that cannot itself look like a number: Chinese characters and punctuation
chinese_text = st.text(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF) | st.sampled_from("，。：；、 ")
)


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("532822199001011234", "532822********1234"),
        ("11010519491231002X", "110105********002X"),
        ("110105491231002", "110105*****1002"),  # 15-digit first-generation card
        ("E12345678", "E1*****78"),  # passport
        ("H1234567801", "H1*******01"),  # 港澳居民来往内地通行证
        ("AB12", "A***"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_id_number(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张三丰", "张**"),
        ("欧阳修", "欧阳*"),
        ("司马相如", "司马**"),
        ("诸葛亮", "诸葛*"),
        ("欧阳", "欧*"),  # two characters: surname 欧, given name 阳
        ("夏侯惇", "夏**"),  # ambiguous compound: keeping less is the safe side
        ("岩温", "岩*"),  # 傣族 name
        ("买买提·艾力", "买**·**"),
        ("John Smith", "J*** *****"),
        ("张", "*"),
        ("", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138 **** 5678"),
        ("+86 13812345678", "+86 138****5678"),
        ("0086-138-1234-5678", "0086-138-****-5678"),
        ("0691-5123456", "069*-***3456"),  # 勐海 landline
        ("１３８１２３４５６７８", "１３８****５６７８"),  # full-width digits from an IME
        ("12345", "***45"),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("address", "kept"),
    [
        ("云南省西双版纳傣族自治州勐海县勐海镇曼贺路12号", "云南省西双版纳傣族自治州勐海县勐海镇"),
        ("勐海县勐遮镇曼根村委会曼根村3组", "勐海县勐遮镇"),
        ("景洪市嘎兰中路8号2栋301", "景洪市"),
        ("景洪市嘎洒街道曼景保村", "景洪市嘎洒街道"),
        ("昆明市五华区翠湖小区3栋", "昆明市五华区"),
        ("景洪市农贸市场3号铺", "景洪市"),
        ("临沧市云县爱华镇", "临沧市云县爱华镇"),
        ("北京市海淀区中关村大街1号", "北京市海淀区"),
        ("曼贺路12号", ""),
    ],
)
def test_mask_address_keeps_admin_levels_only(address: str, kept: str) -> None:
    masked = mask_address(address)
    assert masked == kept + "*" * (len(address) - len(kept))


def test_scrub_text_examples() -> None:
    line = "受理 身份证11010519491231002X 手机+86 138-1234-5678 办件编号53282225030100100015"
    assert scrub_text(line) == (
        "受理 身份证110105********002X 手机+86 138-****-5678 办件编号53282225030100100015"
    )
    assert scrub_text("号码 532822 19900101 1234。") == "号码 532822 ******** 1234。"
    assert scrub_text("ID110105491231002;") == "ID110105*****1002;"
    assert scrub_text("全角１３８１２３４５６７８") == "全角１３８****５６７８"
    # 19 and 20-digit numbers are not IDs or phones
    assert scrub_text("1234567890123456789") == "1234567890123456789"


# characters that exercise the address, name and number rules, not only random code points
tricky_text = st.text(
    st.sampled_from(list("云南省西双版纳傣族自治州勐海县镇乡街道区市旗小社路12号 *·-+86013845Xx，")),
    max_size=30,
)
MASKERS: list[Callable[[str], str]] = [mask_id_number, mask_name, mask_phone, mask_address, scrub_text]


@pytest.mark.parametrize("mask", MASKERS, ids=lambda f: f.__name__)
@given(text=st.text(max_size=40) | tricky_text)
def test_every_masker_keeps_length_is_idempotent_and_never_raises(
    mask: Callable[[str], str], text: str
) -> None:
    once = mask(text)
    assert len(once) == len(text)
    assert mask(once) == once


@given(ids)
def test_masked_id_never_shows_the_middle(number: str) -> None:
    masked = mask_id_number(number)
    assert masked[:6] == number[:6] and masked[-4:] == number[-4:]
    assert masked[6:-4] == "*" * 8


@given(mobiles)
def test_masked_phone_never_shows_the_middle(number: str) -> None:
    assert mask_phone(number) == number[:3] + "****" + number[-4:]


@given(chinese_text, ids, chinese_text.filter(bool), mobiles, chinese_text)
def test_scrub_text_finds_numbers_anywhere(
    before: str, number: str, between: str, mobile: str, after: str
) -> None:
    # two numbers written with nothing between them are one long number: not covered
    text = before + number + between + mobile + after
    assert scrub_text(text) == before + mask_id_number(number) + between + mask_phone(mobile) + after


@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=4))
def test_chinese_names_keep_only_the_surname(name: str) -> None:
    masked = mask_name(name)
    keep = len(masked) - masked.count("*")
    assert keep in (0, 1, 2)
    assert masked[keep:] == "*" * (len(name) - keep)


def _capture() -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(PiiMaskingFilter())
    logger = logging.getLogger(f"yimen.test.masking.{id(stream)}")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    return logger, stream


def test_log_filter_scrubs_message_args_and_tracebacks() -> None:
    logger, stream = _capture()
    logger.info("受理 %s 电话 %d", "11010519491231002X", 13812345678)
    logger.warning("读卡 532822199001011234 完成")
    try:
        raise ValueError("bad id 532822199001011234")
    except ValueError:
        logger.exception("失败 %s", "13812345678")
    child = logging.getLogger(logger.name + ".child")
    child.error("child %s", "13812345678")
    out = stream.getvalue()
    for raw in ("19491231", "12345678", "19900101", "1234 5678"):
        assert raw not in out
    assert "110105********002X" in out
    assert "138****5678" in out
    assert "532822********1234" in out
    assert "ValueError: bad id 532822********1234" in out
    assert out.count("138****5678") == 3


def test_log_filter_survives_a_broken_format_string() -> None:
    logger, stream = _capture()
    logger.info("two args %s %s", "13812345678")
    assert "138****5678" in stream.getvalue()
    assert "13812345678" not in stream.getvalue()
