"""A service guide (办事指南) in the order a resident needs it: what to bring, where, how
long, what it costs first; the rest of the published elements on demand.

Qt-free: the guide screen, the printed guide slip and the QR code for the phone all use
these sentences, so the three never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.guide_lines import item_hours_text
from shared.domain.catalog.models import Material, ServiceItem
from shared.domain.catalog.vocab import DayKind, HandlingKind, MaterialSource, Necessity, OriginalOrCopy

MAX_QR_BYTES = 900  # a version ~25 code: still easy for a phone to read off a screen


@dataclass(frozen=True, slots=True)
class GuideSection:
    key: str
    title: str
    lines: tuple[str, ...]


def material_line(m: Material) -> str:
    """ "居民身份证 原件1份（可刷身份证）" and every way to avoid bringing it (免证办)."""
    need = {Necessity.REQUIRED: "", Necessity.OPTIONAL: "（如有）", Necessity.DEFERRABLE: "（可容缺后补）"}[
        m.required
    ]
    text = f"{m.name} {m.original_or_copy.value}{m.copies}份{need}"
    ways = []
    if "身份证" in m.name:
        ways.append("在自助机或窗口刷身份证即可")
    if m.e_licence_type:
        ways.append(f"可出示{m.e_licence_type}电子证照")
    if m.shared_data_kind:
        ways.append("可由工作人员通过数据共享调取，不用带")
    if m.commitment_allowed:
        ways.append("可签告知承诺书代替")
    if ways:
        text += "：" + "，".join(ways)
    if m.requirement:
        text += f"。要求：{m.requirement}"
    return text


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One line of 要带什么 as the guide screen shows it: the material, its tags and how."""

    name: str
    tags: tuple[str, ...]  # "original" | "copy" | "free" (免提交), in that order
    detail: str  # copies, whether needed, every way to avoid bringing it, the requirement


def material_tags(m: Material) -> tuple[str, ...]:
    """原件 / 复印件 as the guide asks, and 免提交 when the paper can stay at home: the data is
    shared between departments or an e-licence replaces it (免证办)."""
    tags = []
    if m.original_or_copy in (OriginalOrCopy.ORIGINAL, OriginalOrCopy.BOTH):
        tags.append("original")
    if m.original_or_copy in (OriginalOrCopy.COPY, OriginalOrCopy.BOTH):
        tags.append("copy")
    if m.shared_data_kind or m.e_licence_type or m.source in (MaterialSource.SHARED_DATA, MaterialSource.E_LICENCE):
        tags.append("free")
    return tuple(tags)


def checklist(item: ServiceItem) -> list[ChecklistItem]:
    out = []
    for m in item.materials:
        need = {Necessity.REQUIRED: "", Necessity.OPTIONAL: "有就带", Necessity.DEFERRABLE: "可容缺后补"}[m.required]
        parts = [f"{m.copies}份"] + ([need] if need else [])
        ways = []
        if "身份证" in m.name:
            ways.append("在自助机或窗口刷身份证即可")
        if m.e_licence_type:
            ways.append(f"可出示{m.e_licence_type}电子证照")
        if m.shared_data_kind:
            ways.append("工作人员可通过数据共享调取，不用带")
        if m.commitment_allowed:
            ways.append("可签告知承诺书代替")
        detail = "，".join(parts + ways)
        if m.requirement:
            detail += f"。要求：{m.requirement}"
        out.append(ChecklistItem(m.name, material_tags(m), detail))
    return out


def how_long(item: ServiceItem) -> str:
    if item.handling_kind is HandlingKind.ON_THE_SPOT or item.promised_limit_days == 0:
        return "材料齐全的，当场办结"
    unit = "个工作日" if item.limit_day_kind is DayKind.WORKING else "天"
    text = f"承诺{item.promised_limit_days}{unit}内办结（法定{item.legal_limit_days}{unit}）"
    if item.special_procedures:
        extra = "、".join(
            f"{p.name}{p.limit_days}{'个工作日' if p.day_kind is DayKind.WORKING else '天'}"
            for p in item.special_procedures
        )
        text += f"；另需{extra}，不计入办结时限"
    return text


def where(item: ServiceItem, catalog: Catalog | None = None) -> list[str]:
    lines = [f"{item.department}", f"地点：{item.office_address}", f"时间：{item_hours_text(item, catalog)}"]
    if catalog is not None and item.service_points:
        names = [catalog.points[c].name for c in item.service_points if c in catalog.points]
        if len(names) > 1:
            lines.append("也可以到：" + "、".join(names[1:]))
    return lines


def essentials(item: ServiceItem, catalog: Catalog | None = None) -> list[GuideSection]:
    """The four things first: 带什么、去哪里、要多久、收费吗."""
    return [
        GuideSection("bring", "要带什么", tuple(material_line(m) for m in item.materials)),
        GuideSection("where", "到哪里办", tuple(where(item, catalog))),
        GuideSection("time", "要多长时间", (how_long(item),)),
        GuideSection("fees", "收不收费", (item.fees.describe(),)),
    ]


def more_sections(item: ServiceItem) -> list[GuideSection]:
    """Everything else the guide publishes, shown one section at a time on request."""
    sections = [
        GuideSection("conditions", "办理条件", item.conditions),
        GuideSection(
            "process",
            "办理流程",
            tuple(
                f"{i}. {p.name}：{p.description}" + (f"（{p.actor}）" if p.actor else "")
                for i, p in enumerate(item.process, 1)
            ),
        ),
        GuideSection("results", "办理结果", tuple(r.name for r in item.results)),
        GuideSection(
            "forms",
            "申请表格",
            tuple(f.name + ("（在屏幕上填写）" if f.electronic else "") for f in item.forms),
        ),
        GuideSection("refusal", "不予批准的情形", item.refusal_conditions),
        GuideSection("basis", "设定依据", item.legal_basis),
        GuideSection(
            "contact",
            "咨询和投诉",
            (
                f"咨询电话：{item.consult_phone}",
                f"投诉电话：{item.complaint_phone}",
                f"交通：{item.transport}",
                item.status_query,
            ),
        ),
    ]
    if item.special_procedures:
        sections.insert(
            2,
            GuideSection(
                "special",
                "特殊环节",
                tuple(
                    f"{p.name}：{p.limit_days}{'个工作日' if p.day_kind is DayKind.WORKING else '天'}，不计入办结时限"
                    for p in item.special_procedures
                ),
            ),
        )
    return sections


def phone_text(item: ServiceItem, catalog: Catalog | None = None) -> str:
    """The guide as plain text for a QR code: a phone shows it without any network or app.

    Trimmed line by line to stay a code a phone reads easily off the screen.
    """
    lines = [f"【办事指南】{item.name}"]
    for section in essentials(item, catalog):
        lines.append(f"{section.title}：")
        lines.extend(f"· {line}" for line in section.lines)
    lines.append(f"咨询电话：{item.consult_phone}")
    out: list[str] = []
    size = 0
    tail = "……详情请咨询上面的电话"
    room = MAX_QR_BYTES - len(tail.encode("utf-8")) - 1  # the cut-off line must fit too
    for line in lines:
        n = len(line.encode("utf-8")) + 1
        if size + n > room:
            out.append(tail)
            break
        out.append(line)
        size += n
    return "\n".join(out)


def speech(item: ServiceItem, catalog: Catalog | None = None) -> str:
    parts = [f"{item.name}。"]
    for section in essentials(item, catalog):
        parts.append(f"{section.title}：" + "；".join(section.lines) + "。")
    return "".join(parts)
