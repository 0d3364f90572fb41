"""Frozen value models of the service catalog (政务服务事项目录).

One :class:`ServiceItem` carries the 12 elements every level publishes alike (五级十二同:
云政发〔2022〕41号) plus the rest of the 办事指南. Validators that need only the item itself
live here; checks across items and files (unknown type codes, dangling references,
duplicates) are done by :mod:`shared.domain.catalog.assemble`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from shared.domain.catalog.vocab import (
    SHARED_DATA_LABELS,
    STANDARD_ITEM_TYPE_LABELS,
    CrossRegion,
    DayKind,
    HandlingKind,
    Level,
    LifeEvent,
    MaterialForm,
    MaterialSource,
    Necessity,
    OriginalOrCopy,
    PointLevel,
    ResultKind,
    SharedDataKind,
    WindowKind,
)
from shared.domain.certificates import DocumentKind, KioskMode
from shared.domain.errors import InvalidIdentity
from shared.domain.errors import ValidationError as DomainValidationError
from shared.domain.hall_hours import HoursPlan, WeekPlan
from shared.domain.identity import validate_uscc

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# an item's name is printed on receipts and stored with every case (cases.item_name is 200)
ITEM_NAME_MAX = 200
ItemName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=ITEM_NAME_MAX)]

# National item codes: 基本编码 is 12 characters; 实施编码 is the implementing body's
# 18-character credit code + level + basic code (+ handling-item suffix), 31–33 characters.
# We store both as text and check only length and charset (FACTS.md, "Identity and codes").
BASIC_CODE_LENGTH = 12
IMPLEMENTATION_CODE_LENGTHS = range(31, 34)
_CODE_CHARS = re.compile(r"^[0-9A-Z]+$")
_PHONE = re.compile(r"^[0-9][0-9-]{2,19}$")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class ItemTypeDictionary(_Frozen):
    """事项类型 codes of one platform mapped to the standard labels."""

    platform: Text
    codes: dict[Text, Text] = Field(min_length=1)

    @field_validator("codes")
    @classmethod
    def _labels_are_standard(cls, codes: dict[str, str]) -> dict[str, str]:
        unknown = sorted({label for label in codes.values() if label not in STANDARD_ITEM_TYPE_LABELS})
        if unknown:
            raise ValueError(
                f"未知的事项类型名称 {'、'.join(unknown)}；只能是 {'、'.join(STANDARD_ITEM_TYPE_LABELS)}"
            )
        return codes

    def label(self, code: str) -> str:
        return self.codes[code]

    def codes_for(self, label: str) -> list[str]:
        return [code for code, lab in self.codes.items() if lab == label]


class Material(_Frozen):
    """One 申请材料 with the attributes the guide publishes."""

    code: Text
    name: Text
    original_or_copy: OriginalOrCopy
    copies: int = Field(default=1, ge=1, le=99)
    form: MaterialForm = MaterialForm.PAPER
    source: MaterialSource = MaterialSource.APPLICANT
    required: Necessity = Necessity.REQUIRED
    deferrable: bool = False  # 是否容缺
    commitment_allowed: bool = False  # 是否可告知承诺
    e_licence_type: Text | None = None  # the e-licence that replaces it (免证办)
    shared_data_kind: Text | None = None  # e.g. household_register, marriage_record
    requirement: str = ""  # 材料要求, e.g. 须在有效期内
    blank_form: Text | None = None  # 空表
    sample_form: Text | None = None  # 样表 / 示范文本
    notes: tuple[Text, ...] = ()  # 常见错误示例

    @property
    def shared_data_label(self) -> str:
        """The shared data in words (户籍信息 …), '' when the material cannot be shared."""
        if not self.shared_data_kind:
            return ""
        try:
            return SHARED_DATA_LABELS[SharedDataKind(self.shared_data_kind)]
        except ValueError:
            return self.shared_data_kind

    @model_validator(mode="after")
    def _consistent(self) -> Material:
        if self.required is Necessity.DEFERRABLE and not self.deferrable:
            raise ValueError("必要性为“容缺”的材料必须同时标记 deferrable: true")
        if self.source is MaterialSource.E_LICENCE and not self.e_licence_type:
            raise ValueError("来源为“电子证照”的材料须写明 e_licence_type（可替代的电子证照）")
        if self.source is MaterialSource.SHARED_DATA and not self.shared_data_kind:
            raise ValueError("来源为“数据共享”的材料须写明 shared_data_kind（共享数据类别）")
        if self.shared_data_kind and self.shared_data_kind not in set(SharedDataKind):
            known = "、".join(f"{k.value}（{SHARED_DATA_LABELS[k]}）" for k in SharedDataKind)
            raise ValueError(f"共享数据类别“{self.shared_data_kind}”不认识，可用：{known}")
        return self


class ProcessStep(_Frozen):
    name: Text
    description: Text
    actor: str = ""  # 承办岗位/机构
    limit_days: int | None = Field(default=None, ge=0)


class SpecialProcedure(_Frozen):
    """特殊环节 (现场勘验、技术审查、听证论证…): own limit, not counted in the legal limit."""

    name: Text
    limit_days: int = Field(ge=0)
    day_kind: DayKind = DayKind.WORKING
    note: str = ""
    # begins with the acceptance itself (离婚冷静期: 民法典 第1077条 counts from the day the
    # application is received); the others begin when the department starts them
    starts_on_acceptance: bool = False


class FormRef(_Frozen):
    """申请表单, with its blank form (空表) and filled-in sample (示范文本)."""

    name: Text
    blank: Text | None = None
    sample: Text | None = None
    electronic: bool = False  # filled in on screen (kiosk / online) instead of on paper


class ResultDoc(_Frozen):
    """办理结果: certificate, decision or other outcome, with a sample (样本)."""

    name: Text
    kind: ResultKind = ResultKind.CERTIFICATE
    sample: Text | None = None


class FeeItem(_Frozen):
    name: Text
    amount_yuan: Decimal = Field(ge=0, max_digits=12, decimal_places=2)
    unit: Text = "元/件"
    basis: Text  # 收费依据
    note: str = ""


class FeeStandard(_Frozen):
    """收费标准: either 不收费 or one or more fee lines, each with its basis."""

    free: bool
    items: tuple[FeeItem, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        # YAML convenience: ``fees: 不收费``
        if isinstance(data, str) and data.strip() in {"不收费", "免费"}:
            return {"free": True}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> FeeStandard:
        if self.free and self.items:
            raise ValueError("标记为不收费却列出了收费项目")
        if not self.free and not self.items:
            raise ValueError("收费事项须列出收费项目（金额和依据），不收费请写 不收费")
        return self

    def describe(self) -> str:
        if self.free:
            return "不收费"
        return "；".join(f"{f.name} {f.amount_yuan}{f.unit}" for f in self.items)


def _check_code(value: str, *, label: str, lengths: range) -> str:
    value = value.strip()
    if not _CODE_CHARS.match(value):
        bad = "".join(sorted({ch for ch in value if not ("0" <= ch <= "9" or "A" <= ch <= "Z")}))
        raise ValueError(f"{label}只能由数字和大写字母组成，含有非法字符 {bad!r}")
    if len(value) not in lengths:
        want = str(lengths[0]) if len(lengths) == 1 else f"{lengths[0]}–{lengths[-1]}"
        raise ValueError(f"{label}应为{want}位，实际为{len(value)}位")
    return value


class ServiceItem(_Frozen):
    """One 政务服务事项 as implemented by one body (keyed by its 实施编码)."""

    # --- the 12 elements (五级十二同) ---
    name: ItemName  # 事项名称
    legal_basis: tuple[Text, ...] = Field(min_length=1)  # 设定依据
    item_type: Text  # 事项类型 (a code of the ItemTypeDictionary)
    basic_code: str  # 事项编码: 基本编码
    implementation_code: str  # 事项编码: 实施编码
    level: Level  # 权限范围 / 行使层级
    materials: tuple[Material, ...] = Field(min_length=1)  # 申请材料
    conditions: tuple[Text, ...] = Field(min_length=1)  # 办理条件 / 受理条件
    process: tuple[ProcessStep, ...] = Field(min_length=1)  # 办理流程
    legal_limit_days: int = Field(ge=0)  # 办理时限: 法定 (0 = 当场办结)
    promised_limit_days: int = Field(ge=0)  # 办理时限: 承诺
    forms: tuple[FormRef, ...] = Field(min_length=1)  # 申请表单
    results: tuple[ResultDoc, ...] = Field(min_length=1)  # 办理结果
    fees: FeeStandard  # 收费标准

    # --- the rest of the 办事指南 ---
    limit_day_kind: DayKind = DayKind.WORKING
    department: Text  # 受理机构
    department_credit_code: str
    refusal_conditions: tuple[Text, ...] = Field(min_length=1)  # 不予批准的情形
    consult_phone: str
    complaint_phone: str
    office_hours: Text
    office_address: Text
    transport: Text  # 交通路线
    status_query: Text = "凭受理凭证在窗口、自助服务终端或扫描凭证二维码查询办理进度"
    special_procedures: tuple[SpecialProcedure, ...] = ()
    online_depth: int = Field(ge=0, le=4)  # 网上办理深度 0–4
    handling_kind: HandlingKind
    kiosk_capable: bool = False
    # 查询打印 (answered at once, printed on A4, never a case) or 申请 (a submission a window
    # accepts): every kiosk item says which (issue 17); a 查询打印 item names its document
    kiosk_mode: KioskMode | None = None
    kiosk_document: DocumentKind | None = None
    life_events: tuple[LifeEvent, ...] = ()
    keywords: tuple[Text, ...] = ()
    ticket_category: Text
    service_points: tuple[Text, ...] = ()
    cross_region: tuple[CrossRegion, ...] = ()

    @property
    def code(self) -> str:
        return self.implementation_code

    @field_validator("basic_code")
    @classmethod
    def _basic_code(cls, value: str) -> str:
        return _check_code(value, label="基本编码", lengths=range(BASIC_CODE_LENGTH, BASIC_CODE_LENGTH + 1))

    @field_validator("implementation_code")
    @classmethod
    def _implementation_code(cls, value: str) -> str:
        return _check_code(value, label="实施编码", lengths=IMPLEMENTATION_CODE_LENGTHS)

    @field_validator("department_credit_code")
    @classmethod
    def _credit_code(cls, value: str) -> str:
        # GB 32100-2015: charset, region part and check character
        try:
            return validate_uscc(value)
        except InvalidIdentity as exc:
            raise ValueError(exc.message) from None

    @field_validator("consult_phone", "complaint_phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        value = value.strip()
        if not _PHONE.match(value):
            raise ValueError(f"电话号码只能由数字和“-”组成：{value!r}")
        return value

    @field_validator("promised_limit_days")
    @classmethod
    def _promised_within_legal(cls, promised: int, info: Any) -> int:
        # 承诺时限 ≤ 法定时限 (行政许可法 第42条 sets the ceiling; the promise may only shorten it)
        legal = info.data.get("legal_limit_days")
        if legal is not None and promised > legal:
            raise ValueError(f"承诺时限({promised})不能超过法定时限({legal})")
        return promised

    @field_validator("materials")
    @classmethod
    def _material_codes_unique(cls, materials: tuple[Material, ...]) -> tuple[Material, ...]:
        seen: set[str] = set()
        dupes = []
        for m in materials:
            if m.code in seen:
                dupes.append(m.code)
            seen.add(m.code)
        if dupes:
            raise ValueError(f"材料编码在同一事项内重复：{'、'.join(dict.fromkeys(dupes))}")
        return materials

    @field_validator("handling_kind")
    @classmethod
    def _handling_kind_matches_limit(cls, kind: HandlingKind, info: Any) -> HandlingKind:
        # a field validator (not a model one) so that the problem names the field
        promised = info.data.get("promised_limit_days")
        if promised is None:
            return kind
        if kind is HandlingKind.ON_THE_SPOT and promised != 0:
            raise ValueError(f"即办件的承诺时限应为0（当场办结），实际为{promised}")
        if kind is HandlingKind.PROMISED and promised == 0:
            raise ValueError("承诺件须写明承诺时限（大于0个工作日）；当场办结请标记为即办件")
        return kind

    @field_validator("kiosk_capable")
    @classmethod
    def _kiosk_takes_no_paper(cls, capable: bool, info: Any) -> bool:
        # a kiosk cannot take paper: each needed material must come from the card reader,
        # an e-licence, data sharing or a signed commitment, or the resident is stuck halfway
        if not capable:
            return capable
        paper = [
            m.name
            for m in info.data.get("materials") or ()
            if m.required is not Necessity.OPTIONAL and not kiosk_obtainable(m)
        ]
        if paper:
            raise ValueError(f"标记为可自助办理，但以下材料只能提交纸质件：{'、'.join(paper)}")
        return capable

    @field_validator("kiosk_document", mode="before")
    @classmethod
    def _document_by_name(cls, value: Any) -> Any:
        # YAML may name the document in Chinese (参保证明) or by its protocol code
        if value is None or isinstance(value, DocumentKind):
            return value
        try:
            return DocumentKind.parse(str(value))
        except DomainValidationError as exc:
            raise ValueError(f"{exc.message}{exc.hint}") from None

    @model_validator(mode="after")
    def _kiosk_mode_consistent(self) -> ServiceItem:
        mode, capable = self.kiosk_mode, self.kiosk_capable
        if capable and mode is None:
            raise ValueError(
                "kiosk_mode: 可自助办理的事项须写明 查询打印（当场出结果）或 申请（提交后由窗口受理）"
            )
        if mode is not None and not capable:
            raise ValueError(f"kiosk_mode: 写了 {mode.value}，却没有标记 kiosk_capable: true")
        if mode is KioskMode.QUERY_PRINT:
            if self.handling_kind is not HandlingKind.ON_THE_SPOT:
                raise ValueError("kiosk_mode: 查询打印事项当场出结果，办件类型须为即办件")
            if self.kiosk_document is None:
                raise ValueError("kiosk_document: 查询打印事项须写明打印哪种文书（如 参保证明）")
        elif self.kiosk_document is not None:
            raise ValueError("kiosk_document: 只有 kiosk_mode 为查询打印的事项才写打印文书")
        return self

    @property
    def is_query_print(self) -> bool:
        return self.kiosk_mode is KioskMode.QUERY_PRINT


def kiosk_obtainable(m: Material) -> bool:
    """Whether a self-service terminal can obtain this material without paper."""
    return bool(
        "身份证" in m.name or m.e_licence_type or m.shared_data_kind or m.commitment_allowed or m.deferrable
    )


class Bundle(_Frozen):
    """一件事一次办: several items across departments with one form, one set of materials."""

    code: Text
    name: Text
    items: tuple[Text, ...] = Field(min_length=2)
    description: Text
    lead_department: str = ""  # 牵头部门
    life_events: tuple[LifeEvent, ...] = ()
    keywords: tuple[Text, ...] = ()

    @field_validator("items")
    @classmethod
    def _items_unique(cls, items: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(items)) != len(items):
            raise ValueError("一件事中同一事项列出了不止一次")
        return items


class Window(_Frozen):
    number: int = Field(ge=1)
    kind: WindowKind
    name: str = ""
    categories: tuple[Text, ...] = ()  # ticket categories it calls (shared.domain.settings.TicketSettings)
    hours: WeekPlan | None = None  # its own week when it differs from the hall's


class ServicePoint(_Frozen):
    """A place that handles items: county centre, township centre or village station."""

    code: Text
    name: Text
    level: PointLevel
    region_code: str = ""
    parent: str | None = None  # the point above it, for 就近办 escalation
    address: Text
    phone: str
    # the published opening hours: ``schedule`` is the model every screen and the ticket
    # issuing use; ``hours`` is free text for what the model does not say (the 24-hour
    # zone, 预约上门). A point that publishes only text is shown as text.
    hours: str = ""
    schedule: HoursPlan | None = None
    windows: tuple[Window, ...] = ()
    item_codes: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _some_hours(self) -> ServicePoint:
        if self.schedule is None and not self.hours.strip():
            raise ValueError("服务网点须公布办公时间：schedule（作息安排）或 hours（文字说明）")
        return self

    @property
    def hours_text(self) -> str:
        """周一至周五 9:00—12:00、14:30—17:30；周六 9:00—12:00（延时服务）；… plus the note."""
        parts = [self.schedule.text()] if self.schedule is not None else []
        if self.hours.strip():
            parts.append(self.hours.strip())
        return "；".join(parts)

    @field_validator("windows")
    @classmethod
    def _window_numbers_unique(cls, windows: tuple[Window, ...]) -> tuple[Window, ...]:
        numbers = [w.number for w in windows]
        if len(set(numbers)) != len(numbers):
            raise ValueError("窗口编号重复")
        return windows


class MergedMaterial(_Frozen):
    """A material of a bundle after de-duplication: the strictest attributes, and who needs it."""

    material: Material
    needed_by: tuple[str, ...]  # item codes
