"""Synthetic catalogs of any size for benchmarks (search, sync), reproducible from a seed.

Names are built from the vocabulary of real county catalogs (subject + action +
qualifier: 茶叶初制所食品生产许可（延续）), so pinyin, n-gram and prefix statistics look
like the real thing. A share of items is implemented by several bodies (county bureau and
townships) under one 基本编码, as on the provincial platform. The vocabulary and the
illustrative credit codes live in :mod:`shared.domain.catalog.synthetic_vocab`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import (
    FeeItem,
    FeeStandard,
    FormRef,
    ItemTypeDictionary,
    Material,
    ProcessStep,
    ResultDoc,
    ServiceItem,
    ServicePoint,
    SpecialProcedure,
    Window,
    kiosk_obtainable,
)
from shared.domain.catalog.synthetic_vocab import (
    DEPARTMENTS,
    KEYWORDS,
    QUALIFIERS,
    SCOPES,
    TOWNSHIPS,
    TYPE_CODES,
)
from shared.domain.catalog.vocab import (
    HandlingKind,
    Level,
    LifeEvent,
    MaterialSource,
    Necessity,
    OriginalOrCopy,
    PointLevel,
    ResultKind,
    WindowKind,
)
from shared.domain.certificates import KioskMode

_EVENTS = list(LifeEvent)
COUNTY_POINT = "532822-ZWFW"

_ID = Material(code="SFZ", name="居民身份证", original_or_copy=OriginalOrCopy.ORIGINAL)
_HKB = Material(
    code="HKB",
    name="居民户口簿",
    original_or_copy=OriginalOrCopy.ORIGINAL,
    source=MaterialSource.SHARED_DATA,
    shared_data_kind="household_register",
    required=Necessity.OPTIONAL,
)
_LICENCE = Material(
    code="YYZZ",
    name="营业执照",
    original_or_copy=OriginalOrCopy.ORIGINAL,
    source=MaterialSource.E_LICENCE,
    e_licence_type="营业执照",
)
_PROOF = Material(
    code="ZM",
    name="相关证明材料",
    original_or_copy=OriginalOrCopy.COPY,
    required=Necessity.DEFERRABLE,
    deferrable=True,
    commitment_allowed=True,
)
_PROCESS = (
    ProcessStep(name="申请受理", actor="综合受理窗口", description="核验材料，齐全的当场受理并出具受理凭证"),
    ProcessStep(name="审查", actor="承办部门", description="后台审查，必要时现场核查"),
    ProcessStep(name="办结", actor="综合出件窗口", description="出件或邮寄送达"),
)
_SPOT = (ProcessStep(name="受理办结", actor="综合受理窗口", description="材料齐全的当场办结"),)
_INSPECTION = (SpecialProcedure(name="现场核查", limit_days=5, note="不计入办理时限"),)
_FREE = FeeStandard(free=True)
_FEE = FeeStandard(
    free=False, items=(FeeItem(name="证书工本费", amount_yuan=Decimal(10), unit="元/本", basis="演示收费依据"),)
)
_FIELDS_SET: set[str] | None = None
_CONDITIONS = ("符合法律法规规定的条件", "材料真实、齐全")
_REFUSALS = ("不符合法定条件", "提供虚假材料")


@dataclass(frozen=True)
class _Parts:
    legal_basis: tuple[str, ...]
    form_material: Material
    forms: tuple[FormRef, ...]
    results: tuple[ResultDoc, ...]


@cache
def _parts(subject: str, action: str) -> _Parts:
    form = f"{subject}{action}申请表"
    return _Parts(
        legal_basis=(f"《{subject}管理办法》（演示）",),
        form_material=Material(code="BD", name=form, original_or_copy=OriginalOrCopy.ORIGINAL),
        forms=(FormRef(name=form),),
        results=(ResultDoc(name=f"{subject}{action}结果", kind=ResultKind.OTHER),),
    )


def _item(rng: random.Random, serial: int, concept: int, copy_no: int) -> ServiceItem:
    dept_no = concept % len(DEPARTMENTS)
    dept, credit, category, subjects, actions = DEPARTMENTS[dept_no]
    crng = random.Random(concept * 7919 + 1)  # the concept decides name and type, same for every copy
    subject = crng.choice(subjects)
    action, type_code = crng.choice(actions)
    name = f"{crng.choice(SCOPES)}{subject}{action}{crng.choice(QUALIFIERS)}"
    level = Level.COUNTY
    if copy_no:
        dept, credit = TOWNSHIPS[(concept + copy_no) % len(TOWNSHIPS)]
        level = Level.TOWNSHIP
    basic = f"{dept_no + 1:02d}{list(TYPE_CODES).index(type_code)}{concept:07d}00"
    implementation = f"{credit}{3 if level is Level.COUNTY else 4}{basic}{copy_no:02d}"
    on_the_spot = rng.random() < 0.4
    legal = rng.choice((5, 10, 15, 20, 30, 60))
    promised = 0 if on_the_spot else rng.randint(1, legal)
    parts = _parts(subject, action)
    # a kiosk item's form is filled in on screen, so it is not a paper material
    kiosk = rng.random() < 0.05
    materials = [_ID] if kiosk else [_ID, parts.form_material]
    if rng.random() < 0.5:
        materials.append(_HKB)
    if category == "market" or rng.random() < 0.15:
        materials.append(_LICENCE)
    if rng.random() < 0.3 and not kiosk:
        materials.append(_PROOF)
    # model_construct: every part above is an already validated, shared value; building
    # 100,000 items through validation would copy each of them into every item (≈6 KB/item).
    # tests/shared/test_catalog_generate.py re-validates generated catalogs in full.
    # Every generated item sets the same fields: share one fields-set (2 KB per item otherwise;
    # frozen models never add to it and model_copy copies it).
    global _FIELDS_SET
    item = ServiceItem.model_construct(
        _FIELDS_SET,
        name=name,
        legal_basis=parts.legal_basis,
        item_type=type_code,
        basic_code=basic,
        implementation_code=implementation,
        level=level,
        materials=tuple(materials),
        conditions=_CONDITIONS,
        process=_SPOT if on_the_spot else _PROCESS,
        legal_limit_days=legal,
        promised_limit_days=promised,
        forms=parts.forms,
        results=parts.results,
        fees=_FEE if rng.random() < 0.1 else _FREE,
        department=dept,
        department_credit_code=credit,
        refusal_conditions=_REFUSALS,
        consult_phone="0691-5120000",
        complaint_phone="12345",
        office_hours="周一至周五 9:00—12:00，14:30—17:30",
        office_address="勐海县政务服务中心"
        if level is Level.COUNTY
        else f"{dept.removesuffix('人民政府')}便民服务中心",
        transport="乘坐公交至政务服务中心站",
        special_procedures=_INSPECTION if type_code == "XK" and rng.random() < 0.3 else (),
        online_depth=rng.randint(0, 4),
        handling_kind=HandlingKind.ON_THE_SPOT if on_the_spot else HandlingKind.PROMISED,
        # the same rule the model checks: only items a kiosk can finish without paper
        kiosk_capable=(
            capable := rng.random() < 0.05
            and all(kiosk_obtainable(m) for m in materials if m.required is not Necessity.OPTIONAL)
        ),
        kiosk_mode=KioskMode.APPLY if capable else None,  # generated kiosk items are applications
        life_events=tuple(rng.sample(_EVENTS, k=rng.randint(0, 2))),
        keywords=tuple(rng.sample(KEYWORDS, k=rng.randint(0, 3))),
        ticket_category=category,
        # linked here already, so that Catalog() need not copy 100,000 items to link them
        service_points=(COUNTY_POINT,) if level is Level.COUNTY else (),
    )
    _FIELDS_SET = item.model_fields_set
    return item


def generate_catalog(n: int, seed: int) -> Catalog:
    """``n`` items (about a third implemented again by townships under the same 基本编码)."""
    if n < 0:
        raise ValueError("n must be ≥ 0")
    rng = random.Random(seed)
    concepts = max(1, (n * 2 + 2) // 3)
    items = [_item(rng, i, i % concepts, i // concepts) for i in range(n)]
    county = ServicePoint(
        code=COUNTY_POINT,
        name="勐海县政务服务中心",
        level=PointLevel.COUNTY_CENTRE,
        address="勐海县政务服务中心",
        phone="0691-5120000",
        hours="周一至周五",
        windows=(Window(number=1, kind=WindowKind.COMPREHENSIVE, categories=("general",)),),
        item_codes=tuple(it.code for it in items if it.level is Level.COUNTY),
    )
    return Catalog(
        version=f"generated-{n}-{seed}",
        item_types=ItemTypeDictionary(platform="yimen-demo", codes=TYPE_CODES),
        items=items,
        points=[county],
    )
