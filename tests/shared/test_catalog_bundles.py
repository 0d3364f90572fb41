"""一件事 material merging: one entry per material, strictest attributes, who needs it."""

from __future__ import annotations

from typing import Any

import pytest

from shared.domain.catalog import (
    Catalog,
    Material,
    MaterialForm,
    MaterialSource,
    Necessity,
    OriginalOrCopy,
    ServiceItem,
    load_demo_catalog,
    merge_materials,
    normalise_material_name,
)


@pytest.fixture(scope="module")
def demo() -> Catalog:
    return load_demo_catalog()


def _with_materials(base: ServiceItem, code: str, materials: list[dict[str, Any]]) -> ServiceItem:
    data = base.model_dump(mode="json")
    data["implementation_code"] = base.implementation_code[:-2] + code
    data["materials"] = [{"original_or_copy": "原件", **m} for m in materials]
    return ServiceItem.model_validate(data)


def test_newborn_bundle_collects_each_material_once(demo: Catalog) -> None:
    merged = demo.bundle_materials("YJS-XSECS")
    items = demo.bundle_items("YJS-XSECS")
    codes = [m.material.code for m in merged]
    assert len(codes) == len(set(codes))
    total = sum(len(it.materials) for it in items)
    assert len(merged) < total  # something was shared
    birth_cert = next(m for m in merged if m.material.code == "CSYXZM")
    # asked by 预防接种证 (copy), 出生登记 and 新生儿医保 (original): once, as original
    assert len(birth_cert.needed_by) == 3
    assert birth_cert.material.original_or_copy is OriginalOrCopy.ORIGINAL
    # every item's every material is covered by some merged entry that names the item
    for item in items:
        for material in item.materials:
            assert any(item.code in m.needed_by and m.material.code == material.code for m in merged) or any(
                item.code in m.needed_by
                and normalise_material_name(m.material.name) == normalise_material_name(material.name)
                for m in merged
            )


def test_household_register_keeps_strictest_attributes(demo: Catalog) -> None:
    merged = {m.material.code: m for m in demo.bundle_materials("YJS-XSECS")}
    hkb = merged["HKB"]
    # 出生登记 needs the applicant's own register (required); 新生儿医保 could share it (optional)
    assert hkb.material.required is Necessity.REQUIRED
    assert hkb.material.source is MaterialSource.APPLICANT
    assert hkb.material.shared_data_kind == "household_register"  # the hint survives
    assert len(hkb.needed_by) == 2


def test_same_normalised_name_with_different_codes_counts_once(demo: Catalog) -> None:
    base = next(iter(demo.items.values()))
    a = _with_materials(
        base,
        "01",
        [
            {
                "code": "X1",
                "name": "居民身份证（原件）",
                "copies": 1,
                "form": "电子",
                "commitment_allowed": True,
            },
            {"code": "P", "name": "照片", "required": "容缺", "deferrable": True, "notes": ["背景色不对"]},
        ],
    )
    b = _with_materials(
        base,
        "02",
        [
            {
                "code": "X2",
                "name": " 居民 身份证(原件) ",
                "original_or_copy": "复印件",
                "copies": 3,
                "form": "纸质",
            },
            {
                "code": "P",
                "name": "近期照片",
                "required": "非必要",
                "deferrable": True,
                "notes": ["尺寸不对"],
            },
        ],
    )
    merged = merge_materials([a, b])
    assert len(merged) == 2
    ident, photo = merged
    assert ident.needed_by == (a.code, b.code)
    assert ident.material.code == "X1"  # first appearance wins the code
    assert ident.material.original_or_copy is OriginalOrCopy.ORIGINAL  # original beats copy
    assert ident.material.copies == 3
    assert ident.material.form is MaterialForm.PAPER
    assert ident.material.commitment_allowed is False  # allowed only if every item allows it
    assert photo.material.required is Necessity.DEFERRABLE  # 容缺 beats 非必要
    assert photo.material.deferrable is True
    assert photo.material.notes == ("背景色不对", "尺寸不对")


def test_required_beats_deferrable_and_deferral_needs_everyone(demo: Catalog) -> None:
    base = next(iter(demo.items.values()))
    a = _with_materials(base, "01", [{"code": "Z", "name": "证明", "required": "容缺", "deferrable": True}])
    b = _with_materials(base, "02", [{"code": "Z", "name": "另一个名字的证明", "required": "必要"}])
    (z,) = merge_materials([a, b])
    assert z.material.required is Necessity.REQUIRED and z.material.deferrable is False
    # an item that does not need it at all does not forbid the other one's 容缺
    c = _with_materials(
        base, "03", [{"code": "Z", "name": "证明", "required": "非必要", "deferrable": False}]
    )
    (z2,) = merge_materials([a, c])
    assert z2.material.deferrable is True and z2.material.required is Necessity.DEFERRABLE
    # two items that both need it: 容缺 only if both allow it
    d = _with_materials(
        base, "04", [{"code": "Z", "name": "证明", "required": "必要", "commitment_allowed": True}]
    )
    e = _with_materials(base, "05", [{"code": "Z", "name": "证明", "required": "容缺", "deferrable": True}])
    (z3,) = merge_materials([e, d])
    assert z3.material.deferrable is False and z3.material.required is Necessity.REQUIRED
    assert z3.material.commitment_allowed is False


def test_both_original_and_copy_is_strictest() -> None:
    strict = [OriginalOrCopy.COPY, OriginalOrCopy.ORIGINAL, OriginalOrCopy.BOTH]
    base = load_demo_catalog().items
    item = next(iter(base.values()))
    for i, weaker in enumerate(strict):
        for stronger in strict[i:]:
            a = _with_materials(item, "01", [{"code": "M", "name": "m", "original_or_copy": weaker.value}])
            b = _with_materials(item, "02", [{"code": "M", "name": "m", "original_or_copy": stronger.value}])
            assert merge_materials([a, b])[0].material.original_or_copy is stronger
            assert merge_materials([b, a])[0].material.original_or_copy is stronger


def test_merged_material_stays_valid_model(demo: Catalog) -> None:
    for code in demo.bundles:
        for merged in demo.bundle_materials(code):
            Material.model_validate(merged.material.model_dump())
            assert merged.needed_by and set(merged.needed_by) <= set(demo.bundle(code).items)
