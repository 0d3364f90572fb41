from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.idcard.errors import IdCardError, InvalidCardData, UnknownCardType
from devices.idcard.nations import NATIONS
from devices.idcard.textblock import (
    TEXT_BLOCK_SIZE,
    CardType,
    IdCardData,
    Sex,
    encode_text_block,
    parse_text_block,
)
from shared.domain.identity import is_valid_resident_id, resident_id_check_digit


def block_at(fields: dict[int, str]) -> bytes:
    """A text block written by byte offset straight from the FACTS table, not via the encoder."""
    block = bytearray(" ".encode("utf-16-le") * 128)
    for at, text in fields.items():
        raw = text.encode("utf-16-le")
        block[at : at + len(raw)] = raw
    return bytes(block)


RESIDENT = {
    0: "玉罕",
    30: "2",
    32: "18",
    36: "19560312",
    52: "云南省勐海县勐遮镇曼洪村委会曼养村民小组23号",
    122: "532822195603120029",
    158: "勐海县公安局",
    188: "20160520",
    204: "长期",
}


def test_resident_card_fields_at_their_offsets():
    card = parse_text_block(block_at(RESIDENT), photo_wlt=b"\x01" * 1024)
    assert card.card_type is CardType.RESIDENT
    assert card.name == "玉罕"
    assert card.sex is Sex.FEMALE and card.sex.label == "女"
    assert (card.nation_code, card.nation) == ("18", "傣")
    assert card.birth == date(1956, 3, 12)
    assert card.address == "云南省勐海县勐遮镇曼洪村委会曼养村民小组23号"
    assert card.id_number == "532822195603120029"
    assert card.authority == "勐海县公安局"
    assert card.valid_from == date(2016, 5, 20)
    assert card.valid_to is None  # 长期
    assert card.photo_wlt == b"\x01" * 1024
    assert card.pass_number is None and card.name_en is None
    assert card.age_on(date(2026, 11, 22)) == 70
    assert not card.is_expired(on=date(2099, 1, 1))


def test_hk_macau_taiwan_permit_fields():
    fields = {k: v for k, v in RESIDENT.items() if k != 32}
    fields |= {
        0: "陈家豪",
        30: "1",
        36: "19901102",
        122: "810000199011020018",
        188: "20230410",
        204: "20280410",
        220: "H60231475",
        238: "01",
        248: "J",
    }
    card = parse_text_block(block_at(fields))
    assert card.card_type is CardType.HMT_RESIDENCE_PERMIT
    assert card.card_type.label == "港澳台居民居住证"
    assert (card.pass_number, card.issue_count) == ("H60231475", 1)
    assert card.nation is None and card.nation_code is None
    assert card.valid_to == date(2028, 4, 10)
    assert card.is_expired(on=date(2028, 4, 11)) and not card.is_expired(on=date(2028, 4, 10))


def test_foreigner_permanent_residence_card_field_order():
    fields = {
        0: "PHONSAVANH KEOMANY",
        120: "2",
        122: "LAO538506100027",
        152: "LAO",
        158: "凤萨万",
        188: "20190701",
        204: "20290701",
        220: "19850610",
        236: "01",
        240: "5300",
        248: "I",
    }
    card = parse_text_block(block_at(fields))
    assert card.card_type is CardType.FOREIGN_PERMANENT_RESIDENT
    assert (card.name, card.name_en) == ("凤萨万", "PHONSAVANH KEOMANY")
    assert card.sex is Sex.FEMALE
    assert card.id_number == "LAO538506100027"
    assert card.nationality_code == "LAO"
    assert card.birth == date(1985, 6, 10)
    assert (card.valid_from, card.valid_to) == (date(2019, 7, 1), date(2029, 7, 1))
    assert (card.card_version, card.authority) == ("01", "5300")
    assert card.address == "" and card.nation is None


def test_foreigner_without_chinese_name_is_named_in_english():
    fields = {0: "JOHN SMITH", 120: "1", 122: "USA110101010012", 152: "USA", 188: "20190701",
              204: "20290701", 220: "19800101", 248: "I"}  # fmt: skip
    card = parse_text_block(block_at(fields))
    assert card.name == card.name_en == "JOHN SMITH"
    assert parse_text_block(encode_text_block(card)) == card


def test_every_sample_card_round_trips(idcard_cards):
    assert {c.card_type for c in idcard_cards.values()} == set(CardType)
    for card in idcard_cards.values():
        block = encode_text_block(card)
        assert len(block) == TEXT_BLOCK_SIZE
        assert parse_text_block(block, photo_wlt=card.photo_wlt) == card


def test_lower_case_x_is_read_as_upper_case():
    fields = RESIDENT | {0: "王芳", 36: "19491231", 122: "11010519491231002x", 188: "20100101"}
    assert parse_text_block(block_at(fields)).id_number == "11010519491231002X"


def test_nul_padding_is_accepted():
    block = bytearray(block_at(RESIDENT))
    block[4:30] = bytes(26)  # name padded with NUL instead of spaces
    assert parse_text_block(bytes(block)).name == "玉罕"


def test_nation_table_is_gb3304():
    assert len(NATIONS) == 58
    assert [f"{i:02d}" for i in range(1, 57)] == [k for k in NATIONS if k < "57"]
    assert (NATIONS["01"], NATIONS["18"], NATIONS["16"], NATIONS["24"], NATIONS["56"]) == (
        "汉", "傣", "哈尼", "拉祜", "基诺")  # fmt: skip
    assert NATIONS["97"] == "其他" and "外国血统" in NATIONS["98"]
    assert len(set(NATIONS.values())) == 58


def test_repr_and_str_mask_personal_data():
    card = parse_text_block(block_at(RESIDENT))
    for text in (repr(card), str(card), f"{card}"):
        assert "532822195603120029" not in text
        assert "玉罕" not in text
        assert "曼洪" not in text
        assert "532822" in text and "0029" in text


# --- bad cards: a typed error, never a card -----------------------------------------------------

BAD = {
    "check digit": {122: "532822195603120028"},
    "id birth differs from birth field": {36: "19560313"},
    "id says female, sex says male": {30: "1"},
    "id not 18 characters": {122: "53282219560312002 "},
    "empty id": {122: " " * 18},
    "sex code": {30: "5"},
    "nation code": {32: "57"},
    "birth not a date": {36: "19560231"},
    "birth not digits": {36: "1956-3-1"},
    "valid-to before valid-from": {204: "20150101"},
    "valid-from before birth": {188: "19500101"},
    "valid-to garbage": {204: "永久"},
    "empty name": {0: " " * 15},
    "control character in address": {52: "云南省\n勐海县"},
    "bidi override in name": {0: "玉\u202e罕"},
}


@pytest.mark.parametrize("change", BAD.values(), ids=BAD.keys())
def test_bad_resident_card_raises_invalid_card_data_without_personal_data(change):
    with pytest.raises(InvalidCardData) as info:
        parse_text_block(block_at(RESIDENT | change))
    message = str(info.value)
    assert message.startswith("证件信息无效")
    assert "5328221956" not in message and "玉罕" not in message


def test_bad_permit_fields():
    hmt = {k: v for k, v in RESIDENT.items() if k != 32} | {
        0: "陈家豪", 30: "1", 36: "19901102", 122: "810000199011020018", 188: "20230410",
        204: "20280410", 220: "H60231475", 238: "01", 248: "J"}  # fmt: skip
    parse_text_block(block_at(hmt))
    for change in ({220: "60231475XY"}, {238: "AB"}, {220: " " * 9}):
        with pytest.raises(InvalidCardData):
            parse_text_block(block_at(hmt | change))
    foreign = {0: "JOHN SMITH", 120: "1", 122: "USA110101010012", 152: "USA", 188: "20190701",
               204: "20290701", 220: "19800101", 248: "I"}  # fmt: skip
    for change in ({122: "US1110101010012"}, {152: "U1A"}, {0: " " * 10}):
        with pytest.raises(InvalidCardData):
            parse_text_block(block_at(foreign | change))


def test_lone_surrogate_is_invalid_card_data():
    block = bytearray(block_at(RESIDENT))
    block[0:2] = b"\x00\xd8"  # U+D800 alone is not UCS-2 text
    with pytest.raises(InvalidCardData):
        parse_text_block(bytes(block))


@pytest.mark.parametrize("mark", ["Q", "0"])
def test_unknown_card_type_mark(mark):
    with pytest.raises(UnknownCardType):
        parse_text_block(block_at(RESIDENT | {248: mark}))


def _number_2023(first17: str) -> str:
    from shared.domain.identity import resident_id_check_digit

    return first17 + resident_id_check_digit(first17)


# 9 + 53 (Yunnan) + 418 (Laos, ISO 3166-1 numeric) + 19850312 + 003 (odd: male)
Y_NUMBER = _number_2023("95341819850312003")
FOREIGN_2023 = {0: "PHONSAVANH KEOMANY", 120: "1", 122: Y_NUMBER, 158: "LAO", 164: "凤萨万",
                188: "20240105", 204: "20340105", 220: "19850312", 236: "23", 240: "5328", 248: "Y"}  # fmt: skip


def test_the_2023_foreigner_card_y_is_parsed():
    card = parse_text_block(block_at(FOREIGN_2023))
    assert card.card_type is CardType.FOREIGN_PERMANENT_RESIDENT
    assert (card.name, card.name_en, card.id_number) == ("凤萨万", "PHONSAVANH KEOMANY", Y_NUMBER)
    assert (card.nationality_code, card.birth, card.sex) == ("LAO", date(1985, 3, 12), Sex.MALE)
    assert card.valid_to == date(2034, 1, 5) and card.card_version == "23" and card.authority == "5328"
    assert "PHONSAVANH" not in repr(card) and Y_NUMBER not in repr(card)  # masked
    assert parse_text_block(encode_text_block(card)) == card  # the simulator can serve one


@pytest.mark.parametrize(
    "change",
    [
        {122: Y_NUMBER[:-1] + ("0" if Y_NUMBER[-1] != "0" else "1")},  # check character wrong
        {122: "8" + Y_NUMBER[1:]},  # not a 2023 number
        {220: "19850313"},  # birth date differs from the number's
        {120: "2"},  # the number's sequence is odd: male
        {158: "L1O"},
    ],
)
def test_a_2023_card_that_does_not_add_up_is_invalid_card_data(change):
    with pytest.raises(InvalidCardData):
        parse_text_block(block_at(FOREIGN_2023 | change))


@pytest.mark.parametrize("size", [0, 255, 257, 512])
def test_wrong_block_size(size):
    with pytest.raises(InvalidCardData):
        parse_text_block(bytes(size))


def test_encoder_refuses_values_that_do_not_fit():
    card = parse_text_block(block_at(RESIDENT))
    with pytest.raises(ValueError):
        encode_text_block(dataclasses.replace(card, name="名" * 16))


# --- fuzz ---------------------------------------------------------------------------------------

FOREIGN_NUMBER = re.compile(r"[A-Z]{3}[0-9]{12}")


def _check_outcome(block: bytes) -> None:
    try:
        card = parse_text_block(block)
    except IdCardError as err:
        assert isinstance(err, InvalidCardData | UnknownCardType)
        return
    assert isinstance(card, IdCardData)
    if card.card_type is CardType.FOREIGN_PERMANENT_RESIDENT:
        assert FOREIGN_NUMBER.fullmatch(card.id_number)
    else:
        assert is_valid_resident_id(card.id_number)
        assert card.id_number[17] == resident_id_check_digit(card.id_number[:17])


@settings(max_examples=400, deadline=None)
@given(st.binary(min_size=TEXT_BLOCK_SIZE, max_size=TEXT_BLOCK_SIZE))
def test_fuzz_random_blocks(block):
    _check_outcome(block)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    st.sampled_from(
        sorted(["elder_dai_woman", "young_adult_han", "hk_permit_holder", "lao_permanent_resident"])
    ),
    st.lists(st.tuples(st.integers(0, TEXT_BLOCK_SIZE - 1), st.integers(0, 255)), min_size=1, max_size=6),
)
def test_fuzz_mutated_sample_blocks(idcard_cards, name, flips):
    block = bytearray(encode_text_block(idcard_cards[name]))
    for pos, value in flips:
        block[pos] = value
    _check_outcome(bytes(block))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    st.sampled_from(["elder_dai_woman", "hk_permit_holder"]),
    st.integers(0, 17),
    st.sampled_from("0123456789X"),
)
def test_fuzz_any_single_id_digit_change_is_caught(idcard_cards, name, pos, char):
    card = idcard_cards[name]
    number = card.id_number[:pos] + char + card.id_number[pos + 1 :]
    block = encode_text_block(dataclasses.replace(card, id_number=number))
    if number == card.id_number:
        assert parse_text_block(block) == card
    else:
        # GB 11643 detects every single-character substitution.
        with pytest.raises(InvalidCardData):
            parse_text_block(block)


_names = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=15)


@settings(max_examples=200, deadline=None)
@given(
    name=_names,
    address=st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), max_size=35),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
    seq=st.integers(0, 999),
    nation=st.sampled_from(sorted(NATIONS)),
    years=st.sampled_from([5, 10, 20, None]),
)
def test_fuzz_valid_resident_cards_round_trip(name, address, birth, seq, nation, years):
    first17 = f"532822{birth:%Y%m%d}{seq:03d}"
    number = first17 + resident_id_check_digit(first17)
    valid_from = date(2021, 1, 1)
    card = IdCardData(
        card_type=CardType.RESIDENT,
        name=name,
        sex=Sex.MALE if seq % 2 else Sex.FEMALE,
        birth=birth,
        id_number=number,
        authority="勐海县公安局",
        valid_from=valid_from,
        valid_to=None if years is None else valid_from.replace(year=2021 + years),
        address=address,
        nation_code=nation,
        nation=NATIONS[nation],
    )
    assert parse_text_block(encode_text_block(card)) == card
