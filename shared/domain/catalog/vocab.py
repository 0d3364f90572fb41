"""Controlled vocabularies of the service catalog (values as published in 办事指南).

The enum values are the Chinese terms used in the guides, so that YAML data and JSON
documents read the way a clerk writes them.
"""

from __future__ import annotations

from enum import StrEnum

# 事项类型 (职权类型) as the policy names them; platforms give them different codes, so the
# codes live in an ItemTypeDictionary loaded from data and only the labels are fixed here.
STANDARD_ITEM_TYPE_LABELS: tuple[str, ...] = (
    "行政许可",
    "行政确认",
    "行政裁决",
    "行政给付",
    "行政奖励",
    "行政备案",
    "其他行政权力",
    "公共服务",
)


class OriginalOrCopy(StrEnum):
    ORIGINAL = "原件"
    COPY = "复印件"
    BOTH = "原件和复印件"


class MaterialForm(StrEnum):
    PAPER = "纸质"
    ELECTRONIC = "电子"
    EITHER = "纸质或电子"


class MaterialSource(StrEnum):
    APPLICANT = "申请人自备"
    GOVERNMENT = "政府部门核发"
    E_LICENCE = "电子证照"
    SHARED_DATA = "数据共享"


class SharedDataKind(StrEnum):
    """共享数据类别: what a department shares instead of a paper certificate (免证办).

    A material's ``shared_data_kind`` must be one of these (checked on catalog import), so
    the guide, the checklist and the platform's data-sharing query name the same data. The
    values are the upstream protocol's dataset names (docs/upstream-protocol.md §8).
    """

    HOUSEHOLD_REGISTER = "household_register"  # 户籍信息 (公安)
    MARRIAGE_RECORD = "marriage_record"  # 婚姻登记信息 (民政)
    SOCIAL_INSURANCE = "social_insurance"  # 社会保险参保信息 (人社)
    SOCIAL_SECURITY_CARD = "social_security_card"  # 社会保障卡信息 (人社)
    RETIREMENT_RECORD = "retirement_record"  # 退休审批信息 (人社)
    MEDICAL_INSURANCE_RECORD = "medical_insurance_record"  # 医保参保信息 (医保)
    PROPERTY_REGISTER = "property_register"  # 不动产登记信息 (自然资源)
    TAX_RECORD = "tax_record"  # 完税信息 (税务)
    CONSTRUCTION_ACCEPTANCE = "construction_acceptance"  # 竣工验收备案信息 (住建)
    DEATH_RECORD = "death_record"  # 死亡信息 (卫健、公安)
    CREMATION_RECORD = "cremation_record"  # 火化信息 (民政)


SHARED_DATA_LABELS: dict[SharedDataKind, str] = {
    SharedDataKind.HOUSEHOLD_REGISTER: "户籍信息",
    SharedDataKind.MARRIAGE_RECORD: "婚姻登记信息",
    SharedDataKind.SOCIAL_INSURANCE: "社会保险参保信息",
    SharedDataKind.SOCIAL_SECURITY_CARD: "社会保障卡信息",
    SharedDataKind.RETIREMENT_RECORD: "退休审批信息",
    SharedDataKind.MEDICAL_INSURANCE_RECORD: "医疗保险参保信息",
    SharedDataKind.PROPERTY_REGISTER: "不动产登记信息",
    SharedDataKind.TAX_RECORD: "完税信息",
    SharedDataKind.CONSTRUCTION_ACCEPTANCE: "竣工验收备案信息",
    SharedDataKind.DEATH_RECORD: "死亡信息",
    SharedDataKind.CREMATION_RECORD: "火化信息",
}


class Necessity(StrEnum):
    REQUIRED = "必要"
    OPTIONAL = "非必要"
    DEFERRABLE = "容缺"  # may be missing at acceptance against a written promise (容缺受理)


class Level(StrEnum):
    """权限范围/行使层级: the five levels of 五级十二同."""

    PROVINCE = "省"
    PREFECTURE = "州市"
    COUNTY = "县"
    TOWNSHIP = "乡"
    VILLAGE = "村"


class HandlingKind(StrEnum):
    ON_THE_SPOT = "即办件"  # done at the window by the 首席事务代表
    PROMISED = "承诺件"  # front office accepts, back office approves within the promised limit


class DayKind(StrEnum):
    WORKING = "工作日"
    CALENDAR = "自然日"  # e.g. the 30-day divorce cooling-off period (民法典 第1077条)


class CrossRegion(StrEnum):
    INTER_PROVINCE = "跨省通办"
    INTRA_PROVINCE = "省内通办"


class LifeEvent(StrEnum):
    """Life-event tags the kiosk groups items by (个人/企业全生命周期)."""

    BIRTH = "出生"
    SCHOOL = "上学"
    EMPLOYMENT = "就业"
    MARRIAGE = "婚育"
    RESIDENCE = "居住"
    MEDICAL = "就医"
    ASSISTANCE = "救助"
    DISABILITY = "残疾"
    ELDERLY = "养老"
    RETIREMENT = "退休"
    DEATH = "身后"
    BUSINESS_START = "企业开办"
    BUSINESS_OPERATION = "经营"
    BUSINESS_CHANGE = "变更"
    BUSINESS_CLOSE = "注销"


class ResultKind(StrEnum):
    CERTIFICATE = "证照"
    DECISION = "批文"
    CERTIFICATION = "证明"
    PAYMENT = "待遇发放"
    OTHER = "其他"


class PointLevel(StrEnum):
    COUNTY_CENTRE = "县政务服务中心"
    TOWNSHIP_CENTRE = "乡镇便民服务中心"
    VILLAGE_STATION = "村便民服务站"


class WindowKind(StrEnum):
    COMPREHENSIVE = "无差别综合"
    DOMAIN = "分领域"
    CROSS_REGION = "跨省通办"
    ASSISTED = "帮办代办/老年人"
    UNRESOLVED = "办不成事"
