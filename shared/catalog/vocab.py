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
