"""The whole service guide of one item as text lines: every one of the 12 elements
(五级十二同, 云政发〔2022〕41号) and the rest of the 办事指南, for ``yimen catalog show`` and
the counter's item list.

A 即办件 is said as such (当场办结), never as "0个工作日"; 特别程序 are listed with their
own limits and the note that they are not counted (行政许可法 第45条).
"""

from __future__ import annotations

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import Material, ServiceItem
from shared.domain.catalog.vocab import DayKind, HandlingKind


def _unit(kind: DayKind) -> str:
    return "个工作日" if kind is DayKind.WORKING else "天"


def limit_text(item: ServiceItem) -> str:
    """办理时限 in words: "即办件，当场办结" or "承诺5个工作日（法定20个工作日）"."""
    unit = _unit(item.limit_day_kind)
    if item.handling_kind is HandlingKind.ON_THE_SPOT:
        legal = f"（法定{item.legal_limit_days}{unit}）" if item.legal_limit_days else ""
        return f"即办件，材料齐全当场办结{legal}"
    return f"承诺{item.promised_limit_days}{unit}（法定{item.legal_limit_days}{unit}）"


def item_hours_text(item: ServiceItem, catalog: Catalog | None) -> str:
    """办公时间 of an item: its service point's published schedule (the one source every
    screen shares), else the text the item carries."""
    if catalog is not None:
        for code in item.service_points:
            point = catalog.points.get(code)
            if point is not None and point.schedule is not None:
                return point.hours_text
    return item.office_hours


def special_procedure_lines(item: ServiceItem) -> list[str]:
    return [
        f"{p.name}：{p.limit_days}{_unit(p.day_kind)}，不计入办理时限，另行书面告知"
        + (f"（{p.note}）" if p.note else "")
        for p in item.special_procedures
    ]


def _material(m: Material) -> str:
    attrs = [f"{m.original_or_copy.value}{m.copies}份", m.form.value, m.source.value, m.required.value]
    if m.deferrable:
        attrs.append("可容缺")
    if m.commitment_allowed:
        attrs.append("可告知承诺")
    if m.e_licence_type:
        attrs.append(f"可用电子证照：{m.e_licence_type}")
    if m.shared_data_kind:
        attrs.append(f"可数据共享：{m.shared_data_label}")
    line = f"  - {m.name}（{'，'.join(attrs)}）"
    if m.requirement:
        line += f" 要求：{m.requirement}"
    return line


def guide_lines(item: ServiceItem, catalog: Catalog) -> list[str]:
    """Every element, labelled as the guide publishes it."""
    type_label = (
        catalog.item_type_label(item) if item.item_type in catalog.item_types.codes else item.item_type
    )
    points = [catalog.points[c].name for c in item.service_points if c in catalog.points]
    lines = [
        f"{item.name}",
        f"事项编码：基本编码 {item.basic_code}    实施编码 {item.implementation_code}",
        f"事项类型：{type_label}    行使层级：{item.level.value}    办件类型：{item.handling_kind.value}",
        f"受理机构：{item.department}",
        "设定依据：",
        *[f"  - {b}" for b in item.legal_basis],
        "申请材料：",
        *[_material(m) for m in item.materials],
        "办理条件：",
        *[f"  - {c}" for c in item.conditions],
        "办理流程：",
        *[
            f"  {i}. {s.name}: {s.description}"
            + (f"（{s.actor}）" if s.actor else "")
            + (f"，{s.limit_days}{_unit(item.limit_day_kind)}" if s.limit_days else "")
            for i, s in enumerate(item.process, 1)
        ],
        f"办理时限：{limit_text(item)}",
    ]
    if item.special_procedures:
        lines += ["特别程序：", *[f"  - {x}" for x in special_procedure_lines(item)]]
    lines += [
        "申请表单：",
        *[
            f"  - {f.name}"
            + ("（在屏幕上填写）" if f.electronic else "")
            + (f"，空表 {f.blank}" if f.blank else "")
            + (f"，示范文本 {f.sample}" if f.sample else "")
            for f in item.forms
        ],
        "办理结果：",
        *[f"  - {r.name}（{r.kind.value}）" for r in item.results],
        f"收费标准：{item.fees.describe()}",
        *[f"  - {f.name}：依据 {f.basis}" for f in item.fees.items],
        "不予批准的情形：",
        *[f"  - {c}" for c in item.refusal_conditions],
        f"办公地址：{item.office_address}",
        f"办公时间：{item_hours_text(item, catalog)}",
        f"交通路线：{item.transport}",
        f"咨询电话：{item.consult_phone}    投诉电话：{item.complaint_phone}",
        f"办理状态查询：{item.status_query}",
    ]
    if points:
        lines.append(f"办理地点：{'、'.join(points)}")
    if item.cross_region:
        lines.append(f"通办：{'、'.join(c.value for c in item.cross_region)}")
    return lines
