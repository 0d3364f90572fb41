"""The made-up records the reference platform's document queries answer from.

Everyone is fictional (the residents of :mod:`reference_platform.seed`). Contribution
figures follow the usual shape of a Yunnan record: a yearly contribution base, 16 % unit and
8 % personal pension contributions, 2 % personal medical contribution and so on
(社会保险法; 国办发〔2019〕13号 lowered the unit pension rate to 16 %), so a printed
权益记录单 looks like the real one without being anybody's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reference_platform.seed import RESIDENTS
from shared.domain.certificates import InsuranceType

# unit rate, personal rate of each insurance type (fractions of the monthly base)
RATES: dict[InsuranceType, tuple[Decimal, Decimal]] = {
    InsuranceType.PENSION: (Decimal("0.16"), Decimal("0.08")),
    InsuranceType.MEDICAL: (Decimal("0.08"), Decimal("0.02")),
    InsuranceType.UNEMPLOYMENT: (Decimal("0.007"), Decimal("0.003")),
    InsuranceType.INJURY: (Decimal("0.004"), Decimal("0")),
    InsuranceType.MATERNITY: (Decimal("0.005"), Decimal("0")),
}


@dataclass(frozen=True, slots=True)
class InsuranceProfile:
    id_number: str
    employer: str
    since: dict[InsuranceType, date]  # first month insured, per type
    base_first_year: Decimal  # monthly contribution base in the first year; +6 % a year after
    gap: tuple[date, date] | None = None  # months not paid (a job change), shown as 中断


@dataclass(frozen=True, slots=True)
class PropertyUnit:
    unit_no: str  # 不动产单元号 (GB/T 37346-2019 style, 28 characters)
    certificate_no: str  # 不动产权证书号
    owner_id: str
    location: str
    use: str
    area_m2: str
    right_kind: str
    registered: date
    encumbrance: str = "无"


_ALL = tuple(InsuranceType)

PROFILES: dict[str, InsuranceProfile] = {
    RESIDENTS[0][1]: InsuranceProfile(
        RESIDENTS[0][1], "勐海县茶叶产业发展有限公司", dict.fromkeys(_ALL, date(2008, 3, 1)), Decimal("2800")
    ),
    RESIDENTS[1][1]: InsuranceProfile(
        RESIDENTS[1][1],
        "城乡居民（个人参保）",
        {InsuranceType.PENSION: date(2012, 1, 1), InsuranceType.MEDICAL: date(2010, 1, 1)},
        Decimal("1500"),
    ),
    RESIDENTS[2][1]: InsuranceProfile(
        RESIDENTS[2][1],
        "西双版纳州交通运输有限公司勐海分公司",
        dict.fromkeys(_ALL, date(1995, 7, 1)),
        Decimal("1200"),
        gap=(date(2016, 4, 1), date(2016, 9, 1)),
    ),
    # RESIDENTS[3] (李明芳) has no social insurance record: the query says so and prints nothing
}

PROPERTIES: tuple[PropertyUnit, ...] = (
    PropertyUnit(
        "532822001001GB00012F00010001", "云(2019)勐海县不动产权第0001234号", RESIDENTS[0][1],
        "勐海县勐海镇象山社区****号", "住宅", "126.40", "宅基地使用权/房屋所有权", date(2019, 6, 18),
    ),
    PropertyUnit(
        "532822001002GB00034F00020003", "云(2015)勐海县不动产权第0000456号", RESIDENTS[2][1],
        "勐海县勐海镇曼贺村****号", "住宅", "98.75", "国有建设用地使用权/房屋所有权", date(2015, 11, 2),
        encumbrance="抵押（中国农业银行勐海县支行）",
    ),
    PropertyUnit(
        "532822001002GB00034F00020004", "云(2021)勐海县不动产权第0002871号", RESIDENTS[2][1],
        "勐海县勐海镇曼贺村****号（商铺）", "商业", "42.10", "国有建设用地使用权/房屋所有权", date(2021, 3, 9),
    ),
)  # fmt: skip


def months(first: date, last: date) -> list[date]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly_base(profile: InsuranceProfile, month: date) -> Decimal:
    start = min(profile.since.values()).year
    years = max(0, month.year - start)
    return (profile.base_first_year * Decimal("1.06") ** years).quantize(Decimal("1"))


def paid(profile: InsuranceProfile, month: date) -> bool:
    return profile.gap is None or not profile.gap[0] <= month <= profile.gap[1]


def properties_of(id_number: str) -> list[PropertyUnit]:
    return [p for p in PROPERTIES if p.owner_id == id_number]


def property_unit(unit_no: str) -> PropertyUnit | None:
    return next((p for p in PROPERTIES if p.unit_no == unit_no), None)
