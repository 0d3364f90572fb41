"""The slips a service hall prints, built as documents from plain values.

Inputs are small frozen dataclasses the services fill in. Personal data
arrives masked by the caller (shared.domain.masking: ``张*``); these builders never
mask or unmask anything, they refuse a person's name that is not masked and a
document that would show a full 18-character ID number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import singledispatch

from devices.printer.errors import PrintDocumentInvalid
from devices.printer.layout import (
    Columns,
    Document,
    DocumentBuilder,
    Field,
    PaperWidth,
    Text,
    TextSize,
)
from devices.printer.printable import display_width
from shared.domain.cases import RECEIPT_LABELS, MaterialReceipt, ReceiptMethod, format_case_no
from shared.domain.words import words
from shared.services.waiting_places import CONSULTING_ZONE, GENERAL_ZONE, WaitingPlace

# 好差评 five levels (国办发〔2019〕51号, GB/T 39734-2020), best first. Screens draw them as
# the five coloured faces; paper has no colour, so the slip lists the words in the same order
# and no other symbol (stars would be a third picture of one rating: docs/glossary.md)
EVALUATION_LEVELS = ("非常满意", "满意", "基本满意", "不满意", "非常不满意")

# an unmasked resident ID (GB 11643-1999: 17 digits + check digit or X), not part of a longer number
_FULL_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


# ---- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TicketSlip:
    number: str  # "A023"
    category_name: str  # "综合业务"
    waiting_ahead: int
    issued_at: datetime
    hall_name: str
    queue_url: str  # follow the queue on a phone
    place: WaitingPlace  # where to wait, which windows call the category (the hall's window plan)
    priority_label: str = ""  # "老年人优先" for the green channel, empty otherwise


@dataclass(frozen=True, slots=True)
class ReceivedMaterial:
    name: str
    method_label: str  # "纸质原件", "电子证照", "容缺后补" …
    copies: int = 1
    note: str = ""  # "请于2024年6月3日前补交"


@dataclass(frozen=True, slots=True)
class AcceptanceReceipt:
    """受理凭证: proof that the application was received (收件即受理)."""

    case_no: str
    item_name: str
    applicant_name: str  # masked by the caller
    materials: tuple[ReceivedMaterial, ...]
    accepted_at: datetime
    promised_date: date
    window_no: int | str
    clerk: str
    progress_url: str  # progress query and evaluation
    hall_name: str
    hall_phone: str
    delivery_label: str = "窗口领取"
    applicant_is_person: bool = True  # an organisation's name is public and not masked
    # 帮办代办: who applied on the applicant's (the principal's) behalf, masked by the caller
    # (name and ID number: 王** 110105********002X), and how (委托代办 / 免费代办)
    agent: str = ""
    agency_label: str = ""


@dataclass(frozen=True, slots=True)
class MaterialIssue:
    material: str
    problem: str  # "缺少" or "不符合要求"
    reason: str
    what_to_bring: str


@dataclass(frozen=True, slots=True)
class OneTimeNotice:
    """一次性告知单: everything missing or wrong, all at once, in writing."""

    item_name: str
    applicant_name: str  # masked by the caller
    issues: tuple[MaterialIssue, ...]
    contact_phone: str
    clerk: str
    issued_on: date
    hall_name: str
    window_no: int | str = ""
    applicant_is_person: bool = True


@dataclass(frozen=True, slots=True)
class NotAcceptedNotice:
    """不予受理通知书: the reason, the legal basis and how to challenge it."""

    notice_no: str
    item_name: str
    applicant_name: str  # masked by the caller
    applied_on: date
    reason: str
    legal_basis: str
    remedy: str  # 行政复议 / 行政诉讼, with the bodies and time limits
    clerk: str
    issued_on: date
    hall_name: str
    contact_phone: str
    applicant_is_person: bool = True


@dataclass(frozen=True, slots=True)
class EvaluationSlip:
    """好差评 slip: a QR code bound to one case or ticket, so each service gets one review."""

    reference_no: str  # case number or ticket number the review is bound to
    service_name: str
    window_no: int | str
    clerk: str
    evaluation_url: str  # must carry reference_no
    hall_name: str
    issued_at: datetime
    default_after_working_days: int = 5
    followup_working_days: int = 15


@dataclass(frozen=True, slots=True)
class TransferSlip:
    """材料流转单: travels with a 免费代办's paper materials 村 → 乡 → 县; its QR identifies the
    transfer, and each stop scans it when the bundle is handed over."""

    transfer_no: str
    case_no: str
    item_name: str
    principal: str  # 委托人, masked by the caller
    agent: str  # 代办人: masked name and ID number
    origin: str  # the station that took the case
    route: tuple[str, ...]  # point names, 村 → 乡 → 县
    taken_at: datetime
    helper: str  # who took the case at the station
    materials: tuple[tuple[str, int], ...]  # (name, copies)
    qr_text: str  # yimen://transfer/<hall>/<transfer_no>
    hall_name: str  # the county centre it travels to
    phone: str  # the station's phone, for questions about the bundle


# ---- helpers ----------------------------------------------------------------------------------


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_datetime(t: datetime) -> str:
    return f"{cn_date(t)} {t:%H:%M}"


def _window(window_no: int | str) -> str:
    text = str(window_no).strip()
    return f"{text}号窗口" if text.isdigit() else text


def _require(value: str, what: str) -> str:
    if not str(value).strip():
        raise PrintDocumentInvalid(words("凭证缺少“{what}”，无法打印。", what=what), hint="补全该项后重新打印。")
    return str(value).strip()


def _require_masked(name: str, *, is_person: bool, what: str = "申请人") -> str:
    name = _require(name, what)
    if is_person and "*" not in name:
        # the caller masks (GB/T 35273-2020 display rule); printing a full name would leak it
        raise PrintDocumentInvalid(
            words("{what}姓名未脱敏，不能打印在凭证上。", what=what), hint="调用方应先用 shared.domain.masking.mask_name 处理姓名。"
        )
    return name


def _masked_agent(agent: str) -> str:
    """``王** 110105********002X``: the agent's masked name, then their masked ID number (the
    full number is refused for the whole document by :func:`refuse_unmasked_identifiers`)."""
    name, _, number = _require(agent, "代办人").partition(" ")
    _require_masked(name, is_person=True, what="代办人")
    if "*" not in number:
        raise PrintDocumentInvalid(
            "代办人缺少脱敏的身份证号，不能打印在凭证上。",
            hint="调用方应传入“脱敏姓名 脱敏证件号”（shared.services.agents.Agent.masked）。",
        )
    return f"{name} {number.strip()}"


def refuse_unmasked_identifiers(document: Document) -> Document:
    """Raise if any text of ``document`` shows a full resident ID number."""
    for block in document.blocks:
        texts: tuple[str, ...] = ()
        if isinstance(block, Text):
            texts = (block.text,)
        elif isinstance(block, Field):
            texts = (block.label, block.value)
        elif isinstance(block, Columns):
            texts = (block.left, block.right)
        for text in texts:
            if _FULL_ID_NUMBER.search(text):
                raise PrintDocumentInvalid(
                    words("“{title}”中出现完整身份证号，已拒绝打印。", title=document.title),
                    hint="证件号码须按“前6位+后4位”脱敏后再传入模板。",
                )
    return document


def _header(b: DocumentBuilder, hall_name: str, title: str) -> None:
    b.center(_require(hall_name, "大厅名称"), bold=True)
    b.center(title, size=TextSize.DOUBLE, bold=True)
    b.sep("=")


# ---- builders ---------------------------------------------------------------------------------


def ticket_document(slip: TicketSlip, *, width: PaperWidth = PaperWidth.MM80) -> Document:
    number = _require(slip.number, "排队号")
    if slip.waiting_ahead < 0:
        raise PrintDocumentInvalid(words("等候人数不能为负数（{waiting_ahead}）。", waiting_ahead=slip.waiting_ahead))
    b = DocumentBuilder(width, title=f"排队号 {number}")
    b.center(_require(slip.hall_name, "大厅名称"), bold=True)
    b.center("排队叫号凭条")
    b.sep("=")
    # the number is what a resident looks for when it is called: as big as the paper allows
    big = display_width(number) * TextSize.BIG_NUMBER.width_scale <= width.columns
    b.center(number, size=TextSize.BIG_NUMBER if big else TextSize.DOUBLE, bold=True)
    b.center(_require(slip.category_name, "业务类别"), size=TextSize.DOUBLE)
    if slip.priority_label:
        b.center(f"【{slip.priority_label}】", bold=True)
    b.feed()
    if slip.waiting_ahead:
        b.center(f"您前面还有 {slip.waiting_ahead} 人等候")
    else:
        b.center("您前面没有人等候，请留意叫号")
    b.center(f"取号时间：{slip.issued_at:%Y-%m-%d %H:%M}")
    b.sep()
    # where to sit and which windows will call the number, as the kiosk's screen says it
    if slip.place.zone not in (GENERAL_ZONE, CONSULTING_ZONE):
        raise PrintDocumentInvalid(
            words("凭条上的等候区“{zone}”不是大厅的分区。", zone=slip.place.zone),
            hint=words("等候区只能是“{general_zone}”或“{consulting_zone}”（shared.services.waiting_places）。", general_zone=GENERAL_ZONE, consulting_zone=CONSULTING_ZONE),
        )
    b.field("等候区域", f"{slip.place.zone}等候区", bold=True)
    b.field("办理窗口", slip.place.window_list() or "叫号时告诉您到哪个窗口", bold=True)
    b.sep()
    b.qr(_require(slip.queue_url, "排队进度链接"))
    b.center("扫码查看排队进度（手机或自助机均可）")
    b.sep()
    b.text("请留意大厅屏幕和语音叫号。过号请到咨询导办台处理。本凭条当日有效。")
    b.cut()
    return refuse_unmasked_identifiers(b.build())


def acceptance_receipt_document(r: AcceptanceReceipt, *, width: PaperWidth = PaperWidth.MM80) -> Document:
    if not r.materials:
        raise PrintDocumentInvalid(
            "受理凭证没有材料清单。", hint="收件即受理：请先在材料核验中登记收到的材料。"
        )
    case_no = format_case_no(_require(r.case_no, "办件编号"))
    b = DocumentBuilder(width, title=f"受理凭证 {case_no}")
    _header(b, r.hall_name, "受理凭证")
    b.field("办件编号", case_no, bold=True)
    b.field("事项名称", _require(r.item_name, "事项名称"))
    applicant = _require_masked(r.applicant_name, is_person=r.applicant_is_person)
    if r.agent:
        # the case is the principal's; the agent who brought it is named beside them
        b.field("委 托 人", applicant)
        b.field("代 办 人", f"{_masked_agent(r.agent)}（{_require(r.agency_label, '代办方式')}）")
    else:
        b.field("申 请 人", applicant)
    b.field("受理时间", cn_datetime(r.accepted_at))
    b.field("承诺办结", f"{cn_date(r.promised_date)}前", bold=True)
    b.field("受理窗口", _window(r.window_no))
    b.field("经 办 人", _require(r.clerk, "经办人"))
    b.field("领取方式", r.delivery_label)
    b.sep()
    b.text(f"已收材料（共{len(r.materials)}项）", bold=True)
    for i, m in enumerate(r.materials, 1):
        if m.copies < 1:
            raise PrintDocumentInvalid(words("材料“{name}”的份数须至少为1。", name=m.name))
        b.columns(f"{i}.{_require(m.name, '材料名称')}", f"{m.method_label} {m.copies}份")
        if m.note:
            b.text(f"※{m.note}", indent=2)
    b.sep()
    b.qr(_require(r.progress_url, "进度查询链接"))
    b.center("扫码查询办理进度、评价服务")
    b.sep()
    b.text("本凭证是您已提交申请的证明，请妥善保管；领取办理结果时请出示本凭证。")
    b.field("咨询电话", _require(r.hall_phone, "咨询电话"))
    b.cut()
    return refuse_unmasked_identifiers(b.build())


def one_time_notice_document(n: OneTimeNotice, *, width: PaperWidth = PaperWidth.MM80) -> Document:
    if not n.issues:
        raise PrintDocumentInvalid(
            "一次性告知单没有列出任何需补正的材料。", hint="至少登记一项缺少或不符合要求的材料。"
        )
    b = DocumentBuilder(width, title=f"一次性告知单 {n.item_name}")
    _header(b, n.hall_name, "一次性告知单")
    b.text(f"{_require_masked(n.applicant_name, is_person=n.applicant_is_person)}：")
    b.text(
        f"  您申请办理的“{_require(n.item_name, '事项名称')}”，经审查，申请材料不齐全或不符合法定形式。"
        f"现将需要补正的全部材料一次性告知如下："
    )
    b.sep()
    for i, issue in enumerate(n.issues, 1):
        b.text(f"{i}.{_require(issue.material, '材料名称')}（{_require(issue.problem, '问题')}）", bold=True)
        b.field("原  因", _require(issue.reason, "原因"))
        b.field("请携带", _require(issue.what_to_bring, "需携带的材料"))
    b.sep()
    where = f"{_window(n.window_no)}或任一综合窗口" if str(n.window_no).strip() else "任一综合窗口"
    b.text(f"请按以上要求一次补齐后，到{where}办理。补正时请带上本告知单。")
    b.field("告 知 人", _require(n.clerk, "告知人"))
    b.field("告知日期", cn_date(n.issued_on))
    b.field("咨询电话", _require(n.contact_phone, "咨询电话"))
    b.cut()
    return refuse_unmasked_identifiers(b.build())


def not_accepted_notice_document(n: NotAcceptedNotice, *, width: PaperWidth = PaperWidth.MM80) -> Document:
    b = DocumentBuilder(width, title=f"不予受理通知书 {n.notice_no}")
    _header(b, n.hall_name, "不予受理通知书")
    b.center(f"编号：{_require(n.notice_no, '通知书编号')}")
    b.feed()
    b.text(f"{_require_masked(n.applicant_name, is_person=n.applicant_is_person)}：")
    b.text(
        f"  你（单位）于{cn_date(n.applied_on)}提出的“{_require(n.item_name, '事项名称')}”申请，"
        f"经审查，决定不予受理。"
    )
    b.text("不予受理理由：", bold=True)
    b.text(_require(n.reason, "不予受理理由"))
    b.text("法律依据：", bold=True)
    b.text(_require(n.legal_basis, "法律依据"))
    b.text("救济途径：", bold=True)
    b.text(_require(n.remedy, "救济途径"))
    b.sep()
    b.field("经 办 人", _require(n.clerk, "经办人"))
    b.field("日    期", cn_date(n.issued_on))
    b.field("咨询电话", _require(n.contact_phone, "咨询电话"))
    b.cut()
    return refuse_unmasked_identifiers(b.build())


def evaluation_slip_document(e: EvaluationSlip, *, width: PaperWidth = PaperWidth.MM80) -> Document:
    ref = _require(e.reference_no, "办件编号")
    url = _require(e.evaluation_url, "评价链接")
    if ref not in url:
        # 一事一评: the code must identify this service, or one review could be reused for another
        raise PrintDocumentInvalid("评价二维码没有绑定本次办件编号。", hint=words("评价链接中应包含 {ref}。", ref=ref))
    b = DocumentBuilder(width, title=f"服务评价 {format_case_no(ref)}")
    _header(b, e.hall_name, "服务评价")
    b.field("办件编号", format_case_no(ref))
    b.field("办理事项", _require(e.service_name, "办理事项"))
    b.field("服务窗口", _window(e.window_no))
    b.field("工作人员", _require(e.clerk, "工作人员"))
    b.field("办理时间", cn_datetime(e.issued_at))
    b.sep()
    b.qr(url)
    b.center("请扫码对本次服务进行评价", bold=True)
    b.sep()
    b.text("评价等级（从好到差）：")
    for level in EVALUATION_LEVELS:
        b.text(level, indent=2)
    b.text(f"选择“不满意”或“非常不满意”时请写明原因，我们将在{e.followup_working_days}个工作日内回访整改。")
    b.text(f"每项服务只评价一次；{e.default_after_working_days}个工作日内未评价的，默认为“基本满意”。")
    b.text("评价完全自愿，工作人员不会干预您的评价。")
    b.cut()
    return refuse_unmasked_identifiers(b.build())


def transfer_slip_document(t: TransferSlip, *, width: PaperWidth = PaperWidth.MM80) -> Document:
    if not t.materials:
        raise PrintDocumentInvalid("流转单没有随单材料。", hint="免费代办至少随单流转授权委托书。")
    if len(t.route) < 2:
        raise PrintDocumentInvalid("流转单没有流转路线。", hint="请检查本站在目录中的上级网点。")
    number = _require(t.transfer_no, "流转单号")
    if number not in t.qr_text:
        raise PrintDocumentInvalid("流转单二维码没有绑定流转单号。", hint=words("二维码内容中应包含 {number}。", number=number))
    b = DocumentBuilder(width, title=f"材料流转单 {number}")
    _header(b, t.hall_name, "材料流转单")
    b.field("流转单号", number, bold=True)
    b.field("办件编号", _require(t.case_no, "办件编号"))
    b.field("事项名称", _require(t.item_name, "事项名称"))
    b.field("委 托 人", _require_masked(t.principal, is_person=True))
    b.field("代 办 人", _require_masked(t.agent, is_person=True))
    b.field("收件站点", _require(t.origin, "收件站点"))
    b.field("收件时间", cn_datetime(t.taken_at))
    b.field("经 办 人", _require(t.helper, "经办人"))
    b.sep()
    b.text(f"随单材料（共{len(t.materials)}项）", bold=True)
    for i, (name, copies) in enumerate(t.materials, 1):
        b.columns(f"{i}.{_require(name, '材料名称')}", f"{copies}份")
    b.sep()
    b.text("流转路线：" + " → ".join(t.route), bold=True)
    b.qr(_require(t.qr_text, "流转二维码"))
    b.center("每一站交接时请扫码签收", bold=True)
    b.center(number)
    b.sep()
    for stop in t.route[1:]:
        b.text(f"{stop}签收：")
        b.text("交件人________ 接收人________ 时间________", indent=2)
    b.sep()
    b.text("免费代办，不收取任何费用。材料在途情况可凭办件编号到任一窗口查询。")
    b.field("咨询电话", _require(t.phone, "咨询电话"))
    b.cut()
    return refuse_unmasked_identifiers(b.build())


def layout_for(value: object) -> Callable[[PaperWidth], Document]:
    """The slip ``value`` as a layout the printer applies to its own paper width."""

    def layout(width: PaperWidth) -> Document:
        return document_for(value, width=width)

    return layout


@singledispatch
def document_for(value: object, *, width: PaperWidth = PaperWidth.MM80) -> Document:
    """The document for any of the slip values above."""
    raise PrintDocumentInvalid(words("没有“{name}”的打印模板。", name=type(value).__name__))


document_for.register(TicketSlip, ticket_document)
document_for.register(AcceptanceReceipt, acceptance_receipt_document)
document_for.register(OneTimeNotice, one_time_notice_document)
document_for.register(NotAcceptedNotice, not_accepted_notice_document)
document_for.register(EvaluationSlip, evaluation_slip_document)
document_for.register(TransferSlip, transfer_slip_document)


def received_materials_from(receipts: Iterable[MaterialReceipt]) -> tuple[ReceivedMaterial, ...]:
    """Receipt lines from the window's material checklist (method labels, 容缺 dates)."""
    out = []
    for r in receipts:
        note = ""
        if r.method is ReceiptMethod.DEFERRED and r.supply_by:
            note = f"容缺受理，请于{cn_date(r.supply_by)}前补交"
        elif r.method is ReceiptMethod.COMMITMENT:
            note = "已签署告知承诺书"
        out.append(ReceivedMaterial(r.name, RECEIPT_LABELS[r.method], r.copies, note))
    return tuple(out)
