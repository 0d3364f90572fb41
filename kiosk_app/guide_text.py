"""A service guide (办事指南) in the order a resident needs it: what to bring, where, how
long, what it costs first; the rest of the published elements on demand.

Qt-free: the guide screen, what it reads aloud and the QR code for the phone all use these
sentences, so the three never disagree. The sentences are the kiosk's words, in its language
(context KioskGuides); what the catalogue says of the item (its name, materials, department,
address, hours, fees, conditions …) is data and shows as published.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk_app.language import QT_TRANSLATE_NOOP, translate
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
    need = {
        Necessity.REQUIRED: "",
        Necessity.OPTIONAL: translate("KioskGuides", "（如有）"),
        Necessity.DEFERRABLE: translate("KioskGuides", "（可容缺后补）"),
    }[m.required]
    text = translate("KioskGuides", "{material} {form}{copies}份{need}").format(
        material=m.name,
        form=translate("KioskGuides", _FORMS[m.original_or_copy]),
        copies=m.copies,
        need=need,
    )
    ways = _ways(m)
    if ways:
        text += translate("KioskGuides", "：") + translate("KioskGuides", "，").join(ways)
    if m.requirement:
        text += translate("KioskGuides", "。要求：{requirement}").format(requirement=m.requirement)
    return text


_FORMS = {
    OriginalOrCopy.ORIGINAL: QT_TRANSLATE_NOOP("KioskGuides", "原件"),
    OriginalOrCopy.COPY: QT_TRANSLATE_NOOP("KioskGuides", "复印件"),
    OriginalOrCopy.BOTH: QT_TRANSLATE_NOOP("KioskGuides", "原件和复印件"),
}


def _ways(m: Material) -> list[str]:
    """Every way not to bring a material (免证办)."""
    ways = []
    if "身份证" in m.name:
        ways.append(translate("KioskGuides", "在自助机或窗口刷身份证即可"))
    if m.e_licence_type:
        ways.append(translate("KioskGuides", "可出示{licence}电子证照").format(licence=m.e_licence_type))
    if m.shared_data_kind:
        ways.append(translate("KioskGuides", "工作人员可通过数据共享调取，不用带"))
    if m.commitment_allowed:
        ways.append(translate("KioskGuides", "可签告知承诺书代替"))
    return ways


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
        need = {
            Necessity.REQUIRED: "",
            Necessity.OPTIONAL: translate("KioskGuides", "有就带"),
            Necessity.DEFERRABLE: translate("KioskGuides", "可容缺后补"),
        }[m.required]
        parts = [translate("KioskGuides", "{copies}份").format(copies=m.copies)] + ([need] if need else [])
        detail = translate("KioskGuides", "，").join(parts + _ways(m))
        if m.requirement:
            detail += translate("KioskGuides", "。要求：{requirement}").format(requirement=m.requirement)
        out.append(ChecklistItem(m.name, material_tags(m), detail))
    return out


def how_long(item: ServiceItem) -> str:
    if item.handling_kind is HandlingKind.ON_THE_SPOT or item.promised_limit_days == 0:
        return translate("KioskGuides", "材料齐全的，当场办结")
    if item.limit_day_kind is DayKind.WORKING:
        text = translate("KioskGuides", "承诺{days}个工作日内办结（法定{legal}个工作日）")
    else:
        text = translate("KioskGuides", "承诺{days}天内办结（法定{legal}天）")
    text = text.format(days=item.promised_limit_days, legal=item.legal_limit_days)
    if item.special_procedures:
        extra = translate("KioskGuides", "、").join(
            _days(p.name, p.limit_days, p.day_kind) for p in item.special_procedures
        )
        text += translate("KioskGuides", "；另需{extra}，不计入办结时限").format(extra=extra)
    return text


def _days(name: str, days: int, kind: DayKind) -> str:
    if kind is DayKind.WORKING:
        return translate("KioskGuides", "{name}{days}个工作日").format(name=name, days=days)
    return translate("KioskGuides", "{name}{days}天").format(name=name, days=days)


def where(item: ServiceItem, catalog: Catalog | None = None) -> list[str]:
    lines = [
        f"{item.department}",
        translate("KioskGuides", "地点：{address}").format(address=item.office_address),
        translate("KioskGuides", "时间：{hours}").format(hours=item_hours_text(item, catalog)),
    ]
    if catalog is not None and item.service_points:
        names = [catalog.points[c].name for c in item.service_points if c in catalog.points]
        if len(names) > 1:
            lines.append(translate("KioskGuides", "也可以到：{points}").format(points="、".join(names[1:])))
    return lines


def essentials(item: ServiceItem, catalog: Catalog | None = None) -> list[GuideSection]:
    """The four things first: 带什么、去哪里、要多久、收费吗."""
    return [
        GuideSection(
            "bring", translate("KioskGuides", "要带什么"), tuple(material_line(m) for m in item.materials)
        ),
        GuideSection("where", translate("KioskGuides", "到哪里办"), tuple(where(item, catalog))),
        GuideSection("time", translate("KioskGuides", "要多长时间"), (how_long(item),)),
        GuideSection("fees", translate("KioskGuides", "收不收费"), (fees(item),)),
    ]


def fees(item: ServiceItem) -> str:
    """不收费 in the kiosk's words; a fee as the catalogue publishes it (its name, amount, unit)."""
    return translate("KioskGuides", "不收费") if item.fees.free else item.fees.describe()


def more_sections(item: ServiceItem) -> list[GuideSection]:
    """Everything else the guide publishes, shown one section at a time on request."""
    sections = [
        GuideSection("conditions", translate("KioskGuides", "办理条件"), item.conditions),
        GuideSection(
            "process",
            translate("KioskGuides", "办理流程"),
            tuple(
                f"{i}. {p.name}：{p.description}" + (f"（{p.actor}）" if p.actor else "")
                for i, p in enumerate(item.process, 1)
            ),
        ),
        GuideSection("results", translate("KioskGuides", "办理结果"), tuple(r.name for r in item.results)),
        GuideSection(
            "forms",
            translate("KioskGuides", "申请表格"),
            tuple(
                f.name + (translate("KioskGuides", "（在屏幕上填写）") if f.electronic else "")
                for f in item.forms
            ),
        ),
        GuideSection("refusal", translate("KioskGuides", "不予批准的情形"), item.refusal_conditions),
        GuideSection("basis", translate("KioskGuides", "设定依据"), item.legal_basis),
        GuideSection(
            "contact",
            translate("KioskGuides", "咨询和投诉"),
            (
                translate("KioskGuides", "咨询电话：{phone}").format(phone=item.consult_phone),
                translate("KioskGuides", "投诉电话：{phone}").format(phone=item.complaint_phone),
                translate("KioskGuides", "交通：{transport}").format(transport=item.transport),
                item.status_query,
            ),
        ),
    ]
    if item.special_procedures:
        sections.insert(
            2,
            GuideSection(
                "special",
                translate("KioskGuides", "特殊环节"),
                tuple(
                    (
                        translate("KioskGuides", "{name}：{days}个工作日，不计入办结时限")
                        if p.day_kind is DayKind.WORKING
                        else translate("KioskGuides", "{name}：{days}天，不计入办结时限")
                    ).format(name=p.name, days=p.limit_days)
                    for p in item.special_procedures
                ),
            ),
        )
    return sections


def phone_text(item: ServiceItem, catalog: Catalog | None = None) -> str:
    """The guide as plain text for a QR code: a phone shows it without any network or app.

    Trimmed line by line to stay a code a phone reads easily off the screen.
    """
    lines = [translate("KioskGuides", "【办事指南】{item}").format(item=item.name)]
    for section in essentials(item, catalog):
        lines.append(translate("KioskGuides", "{title}：").format(title=section.title))
        lines.extend(f"· {line}" for line in section.lines)
    lines.append(translate("KioskGuides", "咨询电话：{phone}").format(phone=item.consult_phone))
    out: list[str] = []
    size = 0
    tail = translate("KioskGuides", "……详情请咨询上面的电话")
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
    parts = [translate("KioskGuides", "{item}。").format(item=item.name)]
    for section in essentials(item, catalog):
        parts.append(section_speech(section))
    return "".join(parts)


def section_speech(section: GuideSection) -> str:
    """A section read aloud: its title, then its lines."""
    return translate("KioskGuides", "{title}：{lines}。").format(
        title=section.title, lines=translate("KioskGuides", "；").join(section.lines)
    )
