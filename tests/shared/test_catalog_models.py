"""Model rules: codes (length and charset only), 承诺 ≤ 法定, fees, item-type dictionary."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from shared.domain.catalog import FeeStandard, ItemTypeDictionary, ServiceItem, load_demo_catalog

CODE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_BASE = next(iter(load_demo_catalog().items.values())).model_dump(mode="json")


def _item(**changes: Any) -> ServiceItem:
    return ServiceItem.model_validate({**_BASE, **changes})


def _errors(**changes: Any) -> dict[str, str]:
    with pytest.raises(ValidationError) as exc:
        _item(**changes)
    return {".".join(str(x) for x in e["loc"]): e["msg"] for e in exc.value.errors()}


@given(st.text(alphabet=CODE_CHARS, min_size=12, max_size=12))
def test_any_twelve_code_characters_make_a_basic_code(code: str) -> None:
    assert _item(basic_code=code).basic_code == code


@given(st.text(alphabet=CODE_CHARS, min_size=31, max_size=33))
def test_implementation_code_31_to_33_characters(code: str) -> None:
    assert _item(implementation_code=code).code == code


@given(st.text(alphabet=CODE_CHARS, max_size=40).filter(lambda c: not 31 <= len(c) <= 33))
def test_implementation_code_of_other_length_is_refused(code: str) -> None:
    assert "implementation_code" in _errors(implementation_code=code)


@given(st.text(min_size=12, max_size=12).filter(lambda c: any(ch not in CODE_CHARS for ch in c.strip())))
def test_basic_code_with_other_characters_is_refused(code: str) -> None:
    assert "basic_code" in _errors(basic_code=code)


@given(legal=st.integers(0, 400), promised=st.integers(0, 400))
def test_promised_never_exceeds_legal(legal: int, promised: int) -> None:
    kind = "即办件" if promised == 0 else "承诺件"
    if promised <= legal:
        item = _item(legal_limit_days=legal, promised_limit_days=promised, handling_kind=kind)
        assert item.promised_limit_days <= item.legal_limit_days
    else:
        errors = _errors(legal_limit_days=legal, promised_limit_days=promised, handling_kind=kind)
        assert f"承诺时限({promised})不能超过法定时限({legal})" in errors["promised_limit_days"]


def test_on_the_spot_items_promise_zero_days() -> None:
    assert (
        "即办件"
        in _errors(legal_limit_days=10, promised_limit_days=3, handling_kind="即办件")["handling_kind"]
    )


def test_credit_code_check_character_is_verified() -> None:
    code = _BASE["department_credit_code"]
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    assert "校验位" in _errors(department_credit_code=wrong)["department_credit_code"]
    assert "department_credit_code" in _errors(department_credit_code="11532822MB1537176I")


def test_online_depth_and_phone_are_checked() -> None:
    errors = _errors(online_depth=5, consult_phone="call me")
    assert set(errors) == {"online_depth", "consult_phone"}


def test_fee_shorthand_and_consistency() -> None:
    assert FeeStandard.model_validate("不收费").free
    assert FeeStandard.model_validate("不收费").describe() == "不收费"
    with pytest.raises(ValidationError, match="列出收费项目"):
        FeeStandard.model_validate({"free": False})
    with pytest.raises(ValidationError, match="不收费却列出"):
        FeeStandard.model_validate({"free": True, "items": [{"name": "x", "amount_yuan": "1", "basis": "y"}]})
    fee = FeeStandard.model_validate(
        {"free": False, "items": [{"name": "工本费", "amount_yuan": "20", "basis": "z"}]}
    )
    assert fee.describe() == "工本费 20元/件"
    with pytest.raises(ValidationError):
        FeeStandard.model_validate(
            {"free": False, "items": [{"name": "x", "amount_yuan": "-1", "basis": "y"}]}
        )


def test_item_type_dictionary_codes_are_configurable_labels_are_standard() -> None:
    other_platform = ItemTypeDictionary(platform="another", codes={"01": "行政许可", "10": "公共服务"})
    assert other_platform.label("10") == "公共服务"
    assert other_platform.codes_for("行政许可") == ["01"]
    with pytest.raises(ValidationError, match="未知的事项类型名称 行政处分"):
        ItemTypeDictionary(platform="x", codes={"01": "行政处分"})


def test_empty_elements_are_refused() -> None:
    errors = _errors(legal_basis=[], materials=[], conditions=[], process=[], forms=[], results=[], name="  ")
    assert set(errors) == {"legal_basis", "materials", "conditions", "process", "forms", "results", "name"}
