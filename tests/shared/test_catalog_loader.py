"""Loader: the demo catalog loads complete; broken files produce one problem per defect."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from shared.domain.catalog import (
    STANDARD_ITEM_TYPE_LABELS,
    Catalog,
    HandlingKind,
    Level,
    LifeEvent,
    ServiceItem,
    catalog_from_documents,
    load_catalog,
    load_demo_catalog,
)
from shared.domain.errors import CatalogError, NotFound
from shared.domain.identity import is_valid_uscc
from shared.domain.settings import TicketSettings

TWELVE_ELEMENTS = (
    "name",
    "legal_basis",
    "item_type",
    "basic_code",
    "implementation_code",
    "level",
    "materials",
    "conditions",
    "process",
    "forms",
    "results",
    "fees",
)


@pytest.fixture(scope="module")
def demo() -> Catalog:
    return load_demo_catalog()


# ------------------------------------------------------------------ the demo catalog


def test_demo_catalog_size_and_shape(demo: Catalog) -> None:
    assert len(demo.items) >= 40
    assert len(demo.bundles) >= 3
    assert len(demo.points) == 3
    assert len(demo.kiosk_items()) >= 3
    assert demo.version
    assert sorted(demo.item_types.codes.values()) == sorted(STANDARD_ITEM_TYPE_LABELS)


def test_demo_items_have_all_twelve_elements(demo: Catalog) -> None:
    for item in demo.items.values():
        for field in TWELVE_ELEMENTS:
            value = getattr(item, field)
            assert value not in ("", (), None), f"{item.name}: {field} is empty"
        # 办理时限: both limits present, the promise within the law
        assert 0 <= item.promised_limit_days <= item.legal_limit_days
        assert item.fees.free or item.fees.items
        assert item.department and item.refusal_conditions and item.office_address and item.transport


def test_demo_covers_the_required_domains(demo: Catalog) -> None:
    names = " ".join(it.name for it in demo.items.values())
    for needed in (
        "城乡居民基本养老保险参保登记",
        "异地就医备案",
        "门诊慢特病",
        "结婚登记",
        "最低生活保障",
        "临时救助",
        "特困人员",
        "高龄津贴",
        "残疾人证",
        "两项补贴" if "两项补贴" in names else "困难残疾人生活补贴",
        "户口迁移",
        "出生登记",
        "居民身份证申领",
        "个体工商户设立登记",
        "企业设立登记",
        "食品经营许可",
        "不动产",
        "老年人优待证",
    ):
        assert needed in names, needed
    bundle_names = {b.name for b in demo.bundles.values()}
    assert {"新生儿出生一件事", "企业开办一件事"} <= bundle_names


def test_demo_points_levels_and_marriage_is_county_only(demo: Catalog) -> None:
    levels = {p.level.value for p in demo.points.values()}
    assert levels == {"县政务服务中心", "乡镇便民服务中心", "村便民服务站"}
    marriage = next(it for it in demo.items.values() if it.name == "内地居民结婚登记")
    assert marriage.service_points == ("532822-ZWFW",)
    village = next(p for p in demo.points.values() if p.level.value == "村便民服务站")
    assert marriage.code not in village.item_codes
    assert 0 < len(demo.items_for_point(village.code)) < len(demo.items)


def test_demo_codes_are_well_formed(demo: Catalog) -> None:
    for item in demo.items.values():
        assert len(item.basic_code) == 12
        assert 31 <= len(item.implementation_code) <= 33
        assert item.implementation_code.startswith(item.department_credit_code)
        assert is_valid_uscc(item.department_credit_code), item.department_credit_code
    categories = set(TicketSettings().categories)
    assert {it.ticket_category for it in demo.items.values()} <= categories


def test_demo_lookups(demo: Catalog) -> None:
    code = next(iter(demo.items))
    assert demo.item(code).code == code
    assert demo.item(code.lower()).code == code
    elderly = demo.by_life_event(LifeEvent.ELDERLY)
    assert any(it.name == "高龄津贴申请" for it in elderly)
    assert demo.by_life_event("出生")
    civil = demo.by_department("勐海县民政局")
    assert civil and all(it.department == "勐海县民政局" for it in civil)
    assert all(it.kiosk_capable for it in demo.kiosk_items())
    assert demo.item_type_label(demo.item(code)) in STANDARD_ITEM_TYPE_LABELS
    township_only = [it for it in demo.items.values() if it.level is Level.TOWNSHIP]
    assert township_only and all(it.service_points == ("532822104-BMFW",) for it in township_only)
    assert any(it.handling_kind is HandlingKind.ON_THE_SPOT for it in demo.items.values())


def test_unknown_codes_raise_not_found_with_a_hint(demo: Catalog) -> None:
    with pytest.raises(NotFound) as exc:
        demo.item("999999999999")
    assert "999999999999" in exc.value.message and "拼音" in exc.value.hint
    with pytest.raises(NotFound):
        demo.bundle("YJS-NOPE")
    with pytest.raises(NotFound):
        demo.point("nowhere")
    with pytest.raises(NotFound):
        demo.items_for_point("nowhere")


def test_basic_code_shared_by_two_items_is_ambiguous(demo: Catalog) -> None:
    shared = [it for it in demo.items.values() if it.name.startswith("户口迁移")]
    assert len(shared) == 2 and shared[0].basic_code == shared[1].basic_code
    with pytest.raises(NotFound, match="2 个实施事项"):
        demo.item(shared[0].basic_code)
    unique = demo.item("000030010000")  # 结婚登记's basic code is unique
    assert unique.name == "内地居民结婚登记"


def test_documents_round_trip_through_json(demo: Catalog) -> None:
    docs = json.loads(json.dumps(demo.to_documents(), ensure_ascii=False))
    assert {d["kind"] for d in docs} == {"item_types", "item", "bundle", "point"}
    again = catalog_from_documents(docs, version=demo.version)
    assert again.digest() == demo.digest()
    assert again.items == demo.items
    # the store's spelling (kind "types", body under "doc") is accepted too
    store_rows = [
        {"kind": "types" if d["kind"] == "item_types" else d["kind"], "code": d["code"], "doc": d["body"]}
        for d in docs
    ]
    assert catalog_from_documents(store_rows, version=demo.version).digest() == demo.digest()


def test_from_documents_validates_like_the_loader(demo: Catalog) -> None:
    docs = json.loads(json.dumps(demo.to_documents(), ensure_ascii=False))
    victim = next(d for d in docs if d["kind"] == "item")
    victim["body"]["promised_limit_days"] = victim["body"]["legal_limit_days"] + 1
    docs.append(
        {
            "kind": "bundle",
            "code": "YJS-X",
            "body": {"code": "YJS-X", "name": "x", "description": "x", "items": ["A", "B"]},
        }
    )
    with pytest.raises(CatalogError) as exc:
        catalog_from_documents(docs, version=demo.version)
    text = "\n".join(exc.value.problems)
    assert "promised_limit_days" in text and victim["code"] in text
    assert "YJS-X: items: 引用了不存在的事项 'A'" in text


# ------------------------------------------------------------------ broken fixtures


def _demo_item(demo: Catalog, name: str) -> dict[str, Any]:
    return next(it for it in demo.items.values() if it.name == name).model_dump(mode="json")


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def good_dir(tmp_path: Path, demo: Catalog) -> Path:
    """A small valid catalog in three files, built from demo items."""
    _write(
        tmp_path / "catalog.yaml",
        {"version": "t1", "item_types": demo.item_types.model_dump(mode="json")},
    )
    social = [_demo_item(demo, "城乡居民基本养老保险参保登记"), _demo_item(demo, "高龄津贴申请")]
    household = [_demo_item(demo, "出生登记"), _demo_item(demo, "户口迁移（省内迁入）")]
    for item in social + household:
        item["service_points"] = []
    _write(tmp_path / "items-social.yaml", {"items": social})
    _write(tmp_path / "items-household.yaml", {"items": household})
    _write(
        tmp_path / "more.yaml",
        {
            "bundles": [
                {
                    "code": "YJS-T",
                    "name": "测试一件事",
                    "description": "测试",
                    "items": [social[0]["implementation_code"], household[0]["implementation_code"]],
                }
            ],
            "points": [
                {
                    "code": "P1",
                    "name": "测试中心",
                    "level": "县政务服务中心",
                    "address": "某地",
                    "phone": "0691-5120000",
                    "hours": "工作日",
                    "windows": [{"number": 1, "kind": "无差别综合", "categories": ["general"]}],
                    "item_codes": [social[1]["implementation_code"]],
                }
            ],
        },
    )
    return tmp_path


def _problems(path: Path) -> list[str]:
    with pytest.raises(CatalogError) as exc:
        load_catalog(path)
    assert exc.value.problems, "a CatalogError must list its problems"
    assert "问题" in exc.value.message and exc.value.hint
    return exc.value.problems


def _edit(path: Path, fn: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fn(data)
    _write(path, data)


def test_good_fixture_loads(good_dir: Path) -> None:
    catalog = load_catalog(good_dir)
    assert len(catalog.items) == 4 and catalog.version == "t1"
    assert [p.code for p in catalog.points.values()] == ["P1"]
    gljt = next(it for it in catalog.items.values() if it.name == "高龄津贴申请")
    assert gljt.service_points == ("P1",)  # point → item link mirrored onto the item


def test_promised_over_legal_names_file_item_and_field(good_dir: Path) -> None:
    def bad(data: dict[str, Any]) -> None:
        data["items"][1]["legal_limit_days"] = 20
        data["items"][1]["promised_limit_days"] = 30

    _edit(good_dir / "items-social.yaml", bad)
    text = (good_dir / "items-social.yaml").read_text()
    code = yaml.safe_load(text)["items"][1]["implementation_code"]
    # the line the item's mapping starts on: file, line, record and field
    line = next(i for i, t in enumerate(text.splitlines(), 1) if code in t and "implementation_code" in t)
    (problem,) = _problems(good_dir)
    at = int(problem.split(":")[1])
    assert problem == f"items-social.yaml:{at}: {code}: promised_limit_days: 承诺时限(30)不能超过法定时限(20)"
    assert at <= line


def test_several_defects_in_several_files_are_all_listed(good_dir: Path) -> None:
    social = yaml.safe_load((good_dir / "items-social.yaml").read_text())
    code0 = social["items"][0]["implementation_code"]
    code1 = social["items"][1]["implementation_code"]

    def bad_social(data: dict[str, Any]) -> None:
        data["items"][0]["basic_code"] = "00001"  # too short
        data["items"][0]["item_type"] = "ZZ"  # not in the dictionary
        data["items"][0]["materials"][0]["copies"] = 0
        data["items"][1]["ticket_category"] = "nonsense"
        data["items"][1]["materials"].append(dict(data["items"][1]["materials"][0]))  # duplicate code
        data["items"][1]["colour"] = "blue"  # unknown field

    def bad_household(data: dict[str, Any]) -> None:
        data["items"].append(dict(social["items"][1]))  # duplicate of a social item
        data["items"][1]["implementation_code"] = "11532822mb1685558y3000050020000"  # lower case
        del data["items"][1]["name"]

    def bad_more(data: dict[str, Any]) -> None:
        data["bundles"][0]["items"].append("UNKNOWN-ITEM")
        data["points"][0]["item_codes"].append("GHOST")
        data["points"][0]["windows"][0]["categories"] = ["general", "weird"]

    _edit(good_dir / "items-social.yaml", bad_social)
    _edit(good_dir / "items-household.yaml", bad_household)
    _edit(good_dir / "more.yaml", bad_more)
    problems = _problems(good_dir)
    text = "\n".join(problems)

    def has(*parts: str) -> bool:
        return any(all(p in line for p in parts) for line in problems)

    assert has("items-social.yaml", code0, "basic_code", "12位", "5位"), text
    assert has("items-social.yaml", code0, "materials[SFZ].copies", "不能小于 1"), text
    assert has("items-social.yaml", code0, "item_type", "'ZZ'"), text
    assert has("items-social.yaml", code1, "ticket_category", "'nonsense'"), text
    assert has("items-social.yaml", code1, "materials", "重复", "SFZ"), text
    assert has("items-social.yaml", code1, "colour", "未知字段"), text
    assert not has(code1, "ticket_category", "'nonsense'", "items-household.yaml"), (
        "duplicates are not re-checked"
    )
    # household is read first (files load in name order), so the social copy is the duplicate
    assert has("items-social.yaml", code1, "implementation_code", "重复", "items-household.yaml"), text
    assert has("items-household.yaml", "implementation_code", "大写字母"), text
    assert has("items-household.yaml", "name", "缺少必填字段"), text
    assert has("more.yaml", "YJS-T", "items", "UNKNOWN-ITEM"), text
    assert has("more.yaml", "P1", "item_codes", "GHOST"), text
    assert has("more.yaml", "P1", "windows[1].categories", "'weird'"), text
    assert len(problems) == 12, text


def test_material_and_fee_consistency_problems(good_dir: Path) -> None:
    def bad(data: dict[str, Any]) -> None:
        item = data["items"][0]
        item["materials"][0].update({"source": "电子证照", "e_licence_type": None})
        item["materials"][1].update({"required": "容缺", "deferrable": False})
        item["fees"] = {"free": False, "items": []}
        item["handling_kind"] = "承诺件"  # with promised 0

    _edit(good_dir / "items-social.yaml", bad)
    text = "\n".join(_problems(good_dir))
    assert "materials[SFZ]: 来源为“电子证照”" in text
    assert "materials[HKB]: 必要性为“容缺”" in text
    assert "fees: 收费事项须列出收费项目" in text
    assert "handling_kind: 承诺件须写明承诺时限" in text


def test_bad_enum_values_list_the_choices(good_dir: Path) -> None:
    _edit(good_dir / "items-social.yaml", lambda d: d["items"][0].update(level="省级"))
    (line,) = _problems(good_dir)
    assert "level" in line and "'省级'" in line and "州市" in line


def test_unquoted_numeric_code_gets_a_quoting_hint(good_dir: Path) -> None:
    path = good_dir / "items-social.yaml"
    text = path.read_text(encoding="utf-8")
    first = yaml.safe_load(text)["items"][0]["basic_code"]
    path.write_text(text.replace(f"basic_code: '{first}'", "basic_code: 100010000000", 1), encoding="utf-8")
    (line,) = _problems(good_dir)
    assert "basic_code" in line and "加引号" in line


def test_yaml_syntax_error_names_file_and_line_and_others_still_checked(good_dir: Path) -> None:
    (good_dir / "broken.yaml").write_text("items:\n  - name: [unclosed\n", encoding="utf-8")
    _edit(good_dir / "items-social.yaml", lambda d: d["items"][0].update(online_depth=7))
    problems = _problems(good_dir)
    assert any(p.startswith("broken.yaml: YAML 格式错误，第") for p in problems), problems
    assert any("online_depth: 不能大于 4" in p for p in problems), problems


def test_json_files_and_a_single_file_are_accepted(good_dir: Path, tmp_path: Path) -> None:
    merged: dict[str, Any] = {"items": [], "bundles": [], "points": []}
    for name in ("catalog.yaml", "items-social.yaml", "items-household.yaml", "more.yaml"):
        data = yaml.safe_load((good_dir / name).read_text(encoding="utf-8"))
        for key, value in data.items():
            if isinstance(value, list):
                merged[key] += value
            else:
                merged[key] = value
    single = tmp_path / "single" / "catalog.json"
    single.parent.mkdir()
    single.write_text(json.dumps(merged, ensure_ascii=False), encoding="utf-8")
    assert len(load_catalog(single)) == 4
    assert len(load_catalog(single.parent)) == 4


def test_structural_problems(tmp_path: Path) -> None:
    _write(tmp_path / "a.yaml", {"version": "1", "itmes": [], "items": {"not": "a list"}})
    _write(tmp_path / "b.yaml", {"version": "2", "items": ["just text"]})
    (tmp_path / "c.json").write_text("{bad json", encoding="utf-8")
    (tmp_path / "d.yaml").write_text("- a\n- b\n", encoding="utf-8")
    (tmp_path / "e.yaml").write_bytes("version: 1\nname: 婚".encode("gbk"))
    text = "\n".join(_problems(tmp_path))
    assert "a.yaml: 未知的顶层键 'itmes'" in text
    assert "a.yaml: items 应为列表" in text
    assert "b.yaml: items[0]: 记录应为映射" in text
    assert "c.json: JSON 格式错误，第 1 行" in text
    assert "d.yaml: 顶层应为映射" in text
    assert "e.yaml: 文件不是 UTF-8 编码" in text
    assert "版本号不一致" in text
    assert "缺少事项类型字典" in text


def test_defaults_apply_under_items(good_dir: Path) -> None:
    def move_department(data: dict[str, Any]) -> None:
        data["defaults"] = {"department": "勐海县测试局"}
        for item in data["items"]:
            del item["department"]
        data["items"][1]["department"] = "勐海县另一局"

    _edit(good_dir / "items-household.yaml", move_department)
    catalog = load_catalog(good_dir)
    assert {it.department for it in catalog.items.values() if it.ticket_category == "household"} == {
        "勐海县测试局",
        "勐海县另一局",
    }


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="不存在"):
        load_catalog(tmp_path / "nope")
    problems = _problems(tmp_path)
    assert any("没有 YAML/JSON" in p for p in problems)


def test_ticket_categories_are_configurable(good_dir: Path) -> None:
    with pytest.raises(CatalogError) as exc:
        load_catalog(good_dir, ticket_categories=["general"])
    assert any("ticket_category" in p and "'social'" in p for p in exc.value.problems)


def test_models_are_frozen(demo: Catalog) -> None:
    item: ServiceItem = next(iter(demo.items.values()))
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises its own ValidationError
        item.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        demo.items["x"] = item  # type: ignore[index]


def test_item_type_dictionary_problems_name_the_code(good_dir: Path) -> None:
    _edit(good_dir / "catalog.yaml", lambda d: d["item_types"]["codes"].update(XK=""))
    assert "catalog.yaml: yimen-demo: codes.XK: 不能为空" in _problems(good_dir)
    _edit(good_dir / "catalog.yaml", lambda d: d["item_types"]["codes"].update(XK="行政许可", ZZ="行政处分"))
    (line,) = _problems(good_dir)
    assert line.startswith("catalog.yaml: yimen-demo: codes: 未知的事项类型名称 行政处分")
