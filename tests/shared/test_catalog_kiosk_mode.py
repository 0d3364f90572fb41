"""Every kiosk item says whether it is 查询打印 (answered at once) or 申请 (issue 17)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from shared.domain.catalog.loader import load_demo_catalog
from shared.domain.catalog.models import ServiceItem
from shared.domain.certificates import DocumentKind, KioskMode


def _doc(name: str) -> dict:
    item = next(i for i in load_demo_catalog().kiosk_items() if i.name == name)
    return item.model_dump(mode="json")


def test_the_demo_catalog_marks_its_kiosk_items():
    catalog = load_demo_catalog()
    query = {i.name: i.kiosk_document for i in catalog.kiosk_items(KioskMode.QUERY_PRINT)}
    assert query == {
        "个人社会保险权益记录查询打印": DocumentKind.SOCIAL_INSURANCE_RECORD,
        "个人参保证明查询打印": DocumentKind.INSURANCE_CERTIFICATE,
        "不动产登记资料查询": DocumentKind.PROPERTY_RECORD,
    }
    applications = {i.name for i in catalog.kiosk_items(KioskMode.APPLY)}
    assert {"高龄津贴申请", "异地就医备案"} <= applications
    assert len(query) + len(applications) == len(catalog.kiosk_items())


def test_a_kiosk_item_without_a_mode_is_refused_naming_the_element():
    doc = _doc("高龄津贴申请")
    del doc["kiosk_mode"]
    with pytest.raises(ValidationError) as err:
        ServiceItem.model_validate(doc)
    assert "kiosk_mode" in str(err.value) and "查询打印" in str(err.value)


def test_a_mode_on_an_item_the_kiosk_cannot_do_is_refused():
    doc = _doc("高龄津贴申请") | {"kiosk_capable": False}
    with pytest.raises(ValidationError, match="kiosk_capable"):
        ServiceItem.model_validate(doc)


def test_an_unknown_mode_is_refused():
    doc = _doc("高龄津贴申请") | {"kiosk_mode": "打印"}
    with pytest.raises(ValidationError, match="kiosk_mode"):
        ServiceItem.model_validate(doc)


def test_query_print_needs_its_document_and_an_on_the_spot_item():
    doc = _doc("个人参保证明查询打印")
    with pytest.raises(ValidationError, match="kiosk_document"):
        ServiceItem.model_validate({k: v for k, v in doc.items() if k != "kiosk_document"})
    with pytest.raises(ValidationError, match="即办件"):
        ServiceItem.model_validate(doc | {"handling_kind": "承诺件", "promised_limit_days": 1})
    with pytest.raises(ValidationError, match="参保证明"):
        ServiceItem.model_validate(doc | {"kiosk_document": "户口本"})
    # the Chinese short name and the protocol code both name the document
    assert ServiceItem.model_validate(doc | {"kiosk_document": "参保证明"}).kiosk_document is (
        DocumentKind.INSURANCE_CERTIFICATE
    )


def test_an_application_names_no_document():
    doc = _doc("高龄津贴申请") | {"kiosk_document": "参保证明"}
    with pytest.raises(ValidationError, match="kiosk_document"):
        ServiceItem.model_validate(doc)
