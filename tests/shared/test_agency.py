"""帮办代办 in the domain (issue 12, point 6): the power of attorney an agent brings, the 流转单's
number and QR (a damaged or mistyped one is caught), and the route 村 → 乡 → 县."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.domain.agency import (
    POWER_OF_ATTORNEY_CODE,
    age_label,
    check_agent,
    materials_for,
    power_of_attorney_for,
    route_text,
    route_up,
)
from shared.domain.catalog.loader import load_demo_catalog
from shared.domain.catalog.vocab import Necessity
from shared.domain.errors import InvalidIdentity, ValidationError
from shared.domain.payloads import PayloadKind, TransferRef, classify, transfer_url
from shared.domain.transfer_no import is_valid_transfer_no, make_transfer_no, transfer_no_problem

HALL = "532822-ZWFW"
VILLAGE = "532822104201-BMFZ"
TOWNSHIP = "532822104-BMFW"
DAY = date(2026, 11, 17)


@pytest.fixture(scope="module")
def catalog():
    return load_demo_catalog()


def test_an_agent_needs_a_power_of_attorney_whether_the_guide_lists_one_or_not(catalog) -> None:
    plain = catalog.item("11532822MB1611313W3000030070000")  # 高龄津贴: no 委托书 in its guide
    assert [m.code for m in materials_for(plain, agent=False)] == [m.code for m in plain.materials]
    with_agent = materials_for(plain, agent=True)
    assert with_agent[-1].code == POWER_OF_ATTORNEY_CODE and with_agent[-1].required is Necessity.REQUIRED
    own = next(
        i for i in catalog.items.values() if any("委托书" in m.name and m.required is Necessity.OPTIONAL for m in i.materials)
    )  # an item whose guide lists an optional 授权委托书 (委托他人代办时提交)
    poa = power_of_attorney_for(own)
    assert poa.code != POWER_OF_ATTORNEY_CODE and poa.required is Necessity.REQUIRED
    assert [m.code for m in materials_for(own, agent=True)] == [m.code for m in own.materials]


def test_the_agent_is_checked_against_the_card_rules_and_the_principal() -> None:
    assert check_agent(agent_id="11010519491231002x", agent_name=" 王秀英 ", principal_id="532822195601010010",
                       today=DAY) == ("11010519491231002X", "王秀英")  # fmt: skip
    with pytest.raises(InvalidIdentity, match=r"代办人身份证号有误.*校验位"):
        check_agent(agent_id="110105194912310021", agent_name="王秀英", principal_id="x", today=DAY)
    with pytest.raises(ValidationError, match="姓名"):
        check_agent(agent_id="11010519491231002X", agent_name=" ", principal_id="x", today=DAY)
    with pytest.raises(ValidationError, match="同一人"):
        check_agent(agent_id="11010519491231002X", agent_name="王秀英", principal_id="11010519491231002x", today=DAY)


def test_transfer_numbers_carry_a_check_digit() -> None:
    no = make_transfer_no(region_code="532822", day=DAY, seq=7)
    assert no.startswith("LZ532822202611170007") and len(no) == 21 and is_valid_transfer_no(no)
    assert "日期" in transfer_no_problem("LZ532822202613170007" + no[-1])
    assert "LZ" in transfer_no_problem("532822202611170007")
    with pytest.raises(ValidationError):
        make_transfer_no(region_code="532822", day=DAY, seq=0)


@given(seq=st.integers(1, 9999), pos=st.integers(2, 20), delta=st.integers(1, 9))
def test_any_single_misread_digit_is_caught(seq: int, pos: int, delta: int) -> None:
    no = make_transfer_no(region_code="532822", day=DAY, seq=seq)
    wrong = no[:pos] + str((int(no[pos]) + delta) % 10) + no[pos + 1 :]
    assert not is_valid_transfer_no(wrong)
    scanned = classify(f"yimen://transfer/{HALL}/{wrong}")
    assert scanned.kind == PayloadKind.UNKNOWN and "流转单" in scanned.problem


def test_the_slip_qr_names_the_hall_and_the_transfer() -> None:
    no = make_transfer_no(region_code="532822", day=DAY, seq=1)
    url = transfer_url(hall=HALL, transfer_no=no)
    assert classify(url).value == TransferRef(HALL, no)
    assert classify(url.lower()).value == TransferRef(HALL, no)  # a scanner in lower-case mode
    assert classify(f"yimen://transfer/{HALL}").kind == PayloadKind.UNKNOWN  # torn: no number
    assert "不完整" in classify(f"yimen://transfer/{HALL}").problem
    with pytest.raises(ValidationError):
        transfer_url(hall=HALL, transfer_no=no[:-1] + "X")


def test_the_route_goes_up_village_township_county(catalog) -> None:
    route = route_up(catalog.points, VILLAGE, HALL)
    assert route == [VILLAGE, TOWNSHIP, HALL]
    assert route_text(catalog.points, route) == "勐遮镇景真村便民服务站 → 勐遮镇便民服务中心 → 勐海县政务服务中心"
    assert route_up(catalog.points, TOWNSHIP, HALL) == [TOWNSHIP, HALL]
    with pytest.raises(ValidationError, match="没有服务网点"):
        route_up(catalog.points, "532822999-BMFW", HALL)
    with pytest.raises(ValidationError, match="不隶属于"):
        route_up(catalog.points, VILLAGE, "532823-ZWFW")


def test_age_labels() -> None:
    t = datetime(2026, 11, 17, 9, 0)
    assert age_label(t, t + timedelta(minutes=35)) == "35分钟"
    assert age_label(t, t + timedelta(hours=2, minutes=10)) == "2小时10分"
    assert age_label(t, t + timedelta(days=3, hours=4)) == "3天4小时"
    assert age_label(t, t - timedelta(hours=1)) == "0分钟"  # a clock set back reads as 0
