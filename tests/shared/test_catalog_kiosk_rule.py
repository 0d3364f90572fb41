"""An item marked kiosk-capable must be completable without paper."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from shared.domain.catalog.loader import load_demo_catalog
from shared.domain.catalog.models import ServiceItem, kiosk_obtainable


def test_every_demo_kiosk_item_needs_no_paper():
    items = load_demo_catalog().kiosk_items()
    assert len(items) >= 3
    for item in items:
        assert all(kiosk_obtainable(m) for m in item.materials if m.required.value != "非必要"), item.name


def test_a_paper_only_material_on_a_kiosk_item_is_refused_naming_the_field():
    catalog = load_demo_catalog()
    item = next(i for i in catalog.kiosk_items() if i.name == "高龄津贴申请")
    doc = item.model_dump(mode="json")
    doc["materials"].append(
        {"code": "ZM-X", "name": "村委会证明", "original_or_copy": "原件", "source": "申请人自备"}
    )
    with pytest.raises(ValidationError) as err:
        ServiceItem.model_validate(doc)
    assert "kiosk_capable" in str(err.value) and "村委会证明" in str(err.value)
