"""Cases (办件): values and the state machine every case obeys.

The store persists these values; the services move a case only through
:func:`transition`, which refuses what the rules do not allow with a sentence a
clerk can act on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from shared.domain.errors import InvalidTransition, ValidationError
from shared.domain.words import words


class CaseState(StrEnum):
    SUBMITTED = "submitted"  # 已提交: self-service or online pre-application, not yet checked
    ACCEPTED = "accepted"  # 已受理: 收件即受理, voucher issued, the clock runs
    IN_REVIEW = "in_review"  # 审查中: with the back office
    SUPPLEMENT_REQUESTED = "supplement_requested"  # 补正中: clock stops until materials arrive
    COMPLETED = "completed"  # 已办结
    REJECTED = "rejected"  # 不予批准
    NOT_ACCEPTED = "not_accepted"  # 不予受理 (行政许可法 第32条: outside our powers, no licence needed), with its notice
    WITHDRAWN = "withdrawn"  # 已撤回


STATE_LABELS: dict[CaseState, str] = {
    CaseState.SUBMITTED: "已提交",
    CaseState.ACCEPTED: "已受理",
    CaseState.IN_REVIEW: "审查中",
    CaseState.SUPPLEMENT_REQUESTED: "待补正",
    CaseState.COMPLETED: "已办结",
    CaseState.REJECTED: "不予批准",
    CaseState.NOT_ACCEPTED: "不予受理",
    CaseState.WITHDRAWN: "已撤回",
}

TERMINAL_STATES = frozenset({CaseState.COMPLETED, CaseState.REJECTED, CaseState.NOT_ACCEPTED, CaseState.WITHDRAWN})

_ALLOWED: dict[CaseState, frozenset[CaseState]] = {
    # submitted -> supplement_requested: 补正告知 at the window before acceptance (行政许可法 第32条)
    CaseState.SUBMITTED: frozenset(
        {CaseState.ACCEPTED, CaseState.NOT_ACCEPTED, CaseState.SUPPLEMENT_REQUESTED, CaseState.WITHDRAWN}
    ),
    # accepted -> completed is the 即办件 finished on the spot
    CaseState.ACCEPTED: frozenset(
        {CaseState.IN_REVIEW, CaseState.COMPLETED, CaseState.SUPPLEMENT_REQUESTED, CaseState.WITHDRAWN}
    ),
    CaseState.IN_REVIEW: frozenset(
        {CaseState.COMPLETED, CaseState.REJECTED, CaseState.SUPPLEMENT_REQUESTED, CaseState.WITHDRAWN}
    ),
    # supplement_requested -> accepted: the materials asked for at the window arrive and the
    # case is accepted then (its clock starts that day); -> in_review after a back-office 补正
    CaseState.SUPPLEMENT_REQUESTED: frozenset(
        {CaseState.ACCEPTED, CaseState.IN_REVIEW, CaseState.REJECTED, CaseState.WITHDRAWN}
    ),
}

# what a resident is told happens next, per state (kiosk 办件查询)
NEXT_STEP: dict[CaseState, str] = {
    CaseState.SUBMITTED: "请到综合窗口核验材料后正式受理",
    CaseState.ACCEPTED: "材料已收齐，正在转交审批",
    CaseState.IN_REVIEW: "审批部门正在审查，请留意短信通知",
    CaseState.SUPPLEMENT_REQUESTED: "请按补正告知书一次补齐材料后到窗口提交",
    CaseState.COMPLETED: "已办结，请按约定方式领取结果",
    CaseState.REJECTED: "未获批准，理由见决定书，可依法申请复议",
    CaseState.NOT_ACCEPTED: "不予受理，理由、有权办理的机关和救济途径见不予受理通知书",
    CaseState.WITHDRAWN: "申请已撤回",
}


def allowed_transitions(state: CaseState) -> frozenset[CaseState]:
    return _ALLOWED.get(state, frozenset())


def transition(current: CaseState, target: CaseState) -> CaseState:
    """Return ``target`` if the rules allow it, else raise :class:`InvalidTransition`."""
    if target in allowed_transitions(current):
        return target
    if current in TERMINAL_STATES:
        raise InvalidTransition(
            words("办件已{state}，不能再改为{target_state}。", state=STATE_LABELS[current], target_state=STATE_LABELS[target]),
            hint="如需重新办理，请新建办件。",
        )
    allowed = "、".join(STATE_LABELS[s] for s in sorted(allowed_transitions(current))) or "无"
    raise InvalidTransition(
        words("办件当前为{state}，不能直接改为{target_state}。", state=STATE_LABELS[current], target_state=STATE_LABELS[target]),
        hint=words("当前可进行的操作：{allowed}。", allowed=allowed),
    )


class ReceiptMethod(StrEnum):
    """How a material reached us (the checklist at the window)."""

    PAPER_ORIGINAL = "paper_original"  # 纸质原件
    PAPER_COPY = "paper_copy"  # 纸质复印件
    E_LICENCE = "e_licence"  # 电子证照 (code verified)
    DATA_SHARING = "data_sharing"  # 数据共享 (queried from the department that holds it)
    REUSED = "reused"  # 材料复用: from an earlier case of the same person
    COMMITMENT = "commitment"  # 告知承诺: signed commitment replaces the certificate
    DEFERRED = "deferred"  # 容缺: to be supplied by a date
    CARD_READ = "card_read"  # 读卡核验: the ID card itself read by a certified reader (kiosk, window)


RECEIPT_LABELS: dict[ReceiptMethod, str] = {
    ReceiptMethod.PAPER_ORIGINAL: "纸质原件",
    ReceiptMethod.PAPER_COPY: "纸质复印件",
    ReceiptMethod.E_LICENCE: "电子证照",
    ReceiptMethod.DATA_SHARING: "数据共享",
    ReceiptMethod.REUSED: "材料复用",
    ReceiptMethod.COMMITMENT: "告知承诺",
    ReceiptMethod.DEFERRED: "容缺后补",
    ReceiptMethod.CARD_READ: "读卡核验",
}


class DeliveryMethod(StrEnum):
    WINDOW = "window"  # 窗口领取
    POST = "post"  # 邮寄 (政邮合作, free)
    ELECTRONIC = "electronic"  # 电子送达


class Channel(StrEnum):
    COUNTER = "counter"
    KIOSK = "kiosk"
    ONLINE = "online"


class CrossRegion(StrEnum):
    NONE = "none"
    IN_PROVINCE = "in_province"  # 省内通办
    CROSS_PROVINCE = "cross_province"  # 跨省通办


class ApplicantKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class MaterialReceipt:
    material_code: str
    name: str
    method: ReceiptMethod
    reference: str = ""  # e-licence number, data-sharing query id, earlier case number
    supply_by: date | None = None  # 容缺: promised date
    copies: int = 1
    note: str = ""

    def __post_init__(self) -> None:
        if self.method is ReceiptMethod.DEFERRED and self.supply_by is None:
            raise ValidationError(words("容缺材料“{name}”缺少补交日期。", name=self.name), hint="请填写承诺补交的日期。")
        if self.method in (ReceiptMethod.E_LICENCE, ReceiptMethod.REUSED, ReceiptMethod.DATA_SHARING) and not self.reference:
            raise ValidationError(
                words("材料“{name}”以{receipt_labels}方式收取，但没有凭据编号。", name=self.name, receipt_labels=RECEIPT_LABELS[self.method]),
                hint="请扫描或填写证照编号、查询编号或原办件编号。",
            )


@dataclass(frozen=True, slots=True)
class Delivery:
    method: DeliveryMethod = DeliveryMethod.WINDOW
    address: str = ""  # personal data: encrypted at rest
    tracking_no: str = ""

    def __post_init__(self) -> None:
        if self.method is DeliveryMethod.POST and not self.address.strip():
            raise ValidationError("选择邮寄送达时必须填写收件地址。", hint="请填写详细地址，或改为窗口领取。")


@dataclass(slots=True)
class CaseRecord:
    """A case as the services see it; personal data already decrypted (never logged)."""

    case_no: str
    item_code: str
    item_name: str
    state: CaseState
    channel: Channel
    applicant_kind: ApplicantKind
    applicant_id: str  # ID number or unified social credit code
    applicant_name: str
    applicant_phone: str = ""
    materials: list[MaterialReceipt] = field(default_factory=list)
    delivery: Delivery = field(default_factory=Delivery)
    cross_region: CrossRegion = CrossRegion.NONE
    handling_region: str = ""  # region code where the case is handled (通办)
    window_no: int | None = None
    clerk: str = ""
    created_at: datetime | None = None
    accepted_at: datetime | None = None
    promised_date: date | None = None
    legal_date: date | None = None
    deadline_provisional: bool = False  # computed past the calendar's coverage; recomputed later
    decided_at: datetime | None = None
    decision_note: str = ""
    missing: list[str] = field(default_factory=list)  # one-time notice / supplement request lines


def case_check_digit(body: str) -> str:
    """ISO 7064 MOD 11-10 check digit, so a mistyped case number on the keypad is caught."""
    p = 10
    for ch in body:
        s = (int(ch) + p) % 10 or 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def make_case_no(*, region_code: str, day: date, terminal_no: int, seq: int) -> str:
    """20 digits: region(6) + yymmdd(6) + terminal(3) + daily sequence(4) + check(1).

    Digits only so a resident can type it on a numeric keypad; unique per terminal
    without asking the server, so an offline station can still number its cases.
    """
    if not (region_code.isdigit() and len(region_code) == 6):
        raise ValidationError(words("区划代码“{region_code}”不是6位数字。", region_code=region_code))
    if not 0 <= terminal_no <= 999 or not 1 <= seq <= 9999:
        raise ValidationError("终端编号须为0-999，日序号须为1-9999。")
    body = f"{region_code}{day:%y%m%d}{terminal_no:03d}{seq:04d}"
    return body + case_check_digit(body)


def is_valid_case_no(text: str) -> bool:
    return len(text) == 20 and text.isdigit() and case_check_digit(text[:-1]) == text[-1]


# 办件编号 (docs/glossary.md): shown and printed in five groups of four digits, the way it is
# typed on the kiosk keypad and read aloud; stored and sent ungrouped
CASE_NO_GROUP = 4


def format_case_no(case_no: str) -> str:
    """``53282226030200100017`` as ``5328 2226 0302 0010 0017``: the one way every screen, slip
    and CLI line shows a case number (anything else, half typed or not a case number, is
    grouped the same way so the keypad's echo grows group by group)."""
    digits = case_no_digits(case_no)
    return " ".join(digits[i : i + CASE_NO_GROUP] for i in range(0, len(digits), CASE_NO_GROUP))


def case_no_digits(text: str) -> str:
    """A case number as typed or pasted (``5328 2226 …``, full-width digits) back to its digits."""
    return "".join(str(int(ch)) if ch.isdecimal() else ch for ch in text if not ch.isspace())
