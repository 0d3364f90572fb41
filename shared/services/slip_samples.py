"""Realistic sample slips (already masked) for previews, the demo, tests and benchmarks.

``python -m shared.services.slip_samples docs/prints`` writes a PNG preview of each.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from devices.printer.layout import Document, PaperWidth
from devices.printer.preview import save_preview
from shared.services.slip_templates import (
    AcceptanceReceipt,
    EvaluationSlip,
    MaterialIssue,
    NotAcceptedNotice,
    OneTimeNotice,
    ReceivedMaterial,
    TicketSlip,
    document_for,
)
from shared.services.waiting_places import CONSULTING_ZONE, GENERAL_ZONE, WaitingPlace

HALL = "勐海县政务服务中心"
HALL_PHONE = "0691-5120000"
BASE_URL = "https://zwfw.mh.example.gov.cn"
# the demo hall's day (yimen/demo/settings.py: DEMO_NOW), so the printed samples carry the same
# date as the screens of the tour and the demo
SAMPLE_DAY = date(2026, 11, 17)
CASE_NO = "53282226111700100120"
HALL_CODE = "532822-ZWFW"  # the demo catalog's 勐海县政务服务中心  # make_case_no(region_code="532822", day=SAMPLE_DAY, terminal_no=1, seq=12)


# each sample category's place in the demo hall (the catalog's points.yaml window plan, as
# shared.services.waiting_places reads it; tests/devices/test_printer_templates.py checks them)
SAMPLE_PLACES = {
    "general": WaitingPlace(GENERAL_ZONE, (1, 2, 3, 9)),
    "help": WaitingPlace(CONSULTING_ZONE, (8, 9)),
}


def sample_ticket(
    *, number: str = "A023", category: str = "general", category_name: str = "综合业务", priority_label: str = ""
) -> TicketSlip:
    return TicketSlip(
        number=number,
        category_name=category_name,
        waiting_ahead=5,
        issued_at=datetime(2026, 11, 17, 9, 31),
        hall_name=HALL,
        queue_url=f"{BASE_URL}/q/532822-ZWFW/{number}",
        place=SAMPLE_PLACES[category],
        priority_label=priority_label,
    )


def sample_receipt() -> AcceptanceReceipt:
    return AcceptanceReceipt(
        case_no=CASE_NO,
        item_name="城乡居民基本养老保险参保登记",
        applicant_name="岩*",
        materials=(
            ReceivedMaterial("居民身份证", "纸质原件"),
            ReceivedMaterial("居民户口簿", "数据共享"),
            ReceivedMaterial("城乡居民基本养老保险参保登记表", "纸质原件", copies=2),
            ReceivedMaterial("社会保障卡", "容缺后补", note="容缺受理，请于2026年11月24日前补交"),
        ),
        accepted_at=datetime(2026, 11, 17, 9, 48),
        promised_date=date(2026, 11, 24),
        window_no=3,
        clerk="玉罕（工号0312）",
        progress_url=f"{BASE_URL}/c/{CASE_NO}",
        hall_name=HALL,
        hall_phone=HALL_PHONE,
    )


def sample_agency_receipt() -> AcceptanceReceipt:
    """A 免费代办 case received at the county window: the principal and the agent, masked."""
    case_no = "53282226111700300017"
    return AcceptanceReceipt(
        case_no=case_no,
        item_name="高龄津贴申请",
        applicant_name="岩*",
        materials=(
            ReceivedMaterial("居民身份证", "读卡核验"),
            ReceivedMaterial("社会保障卡（金融账户已激活）", "纸质原件"),
            ReceivedMaterial("授权委托书", "纸质原件"),
        ),
        accepted_at=datetime(2026, 11, 17, 15, 12),
        promised_date=date(2026, 11, 24),
        window_no=3,
        clerk="玉罕（工号0312）",
        progress_url=f"{BASE_URL}/c/{case_no}",
        hall_name=HALL,
        hall_phone=HALL_PHONE,
        agent="王** 110105********002X",
        agency_label="免费代办",
    )


def sample_one_time_notice() -> OneTimeNotice:
    return OneTimeNotice(
        item_name="个体工商户设立登记",
        applicant_name="刀*",
        issues=(
            MaterialIssue(
                "经营场所使用证明",
                "不符合要求",
                "租赁合同未写明租赁期限，出租方未签字。",
                "出租方签字并写明租赁期限的租赁合同原件，或房屋产权证明复印件。",
            ),
            MaterialIssue(
                "委托代理人证明",
                "缺少",
                "由他人代为办理，但未提供经营者签字的委托书。",
                "经营者签字的委托书原件和代理人居民身份证原件。",
            ),
        ),
        contact_phone=HALL_PHONE,
        clerk="李娜（工号0208）",
        issued_on=SAMPLE_DAY,
        hall_name=HALL,
        window_no=5,
    )


def sample_not_accepted_notice() -> NotAcceptedNotice:
    return NotAcceptedNotice(
        notice_no="勐政服不受字〔2026〕第018号",
        item_name="机动车驾驶证补领",
        applicant_name="张*",
        applied_on=SAMPLE_DAY,
        reason="该事项由西双版纳州公安局交通警察支队车辆管理所办理，不属于本中心受理范围。"
        "请携带居民身份证到州车辆管理所办理，或通过“交管12123”手机应用申请。",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项。",
        remedy="如对本决定不服，可自收到本通知书之日起六十日内向勐海县人民政府申请行政复议，"
        "或者自收到本通知书之日起六个月内向勐海县人民法院提起行政诉讼。",
        clerk="李娜（工号0208）",
        issued_on=SAMPLE_DAY,
        hall_name=HALL,
        contact_phone=HALL_PHONE,
    )


def sample_evaluation_slip() -> EvaluationSlip:
    return EvaluationSlip(
        reference_no=CASE_NO,
        service_name="城乡居民基本养老保险参保登记",
        window_no=3,
        clerk="玉罕（工号0312）",
        evaluation_url=f"{BASE_URL}/e/{CASE_NO}",
        hall_name=HALL,
        issued_at=datetime(2026, 11, 17, 9, 52),
    )


def sample_documents() -> dict[str, Document]:
    """File stem -> document, every template (the ticket on both widths)."""
    return {
        "ticket_58mm": document_for(sample_ticket(), width=PaperWidth.MM58),
        "ticket_80mm": document_for(sample_ticket(), width=PaperWidth.MM80),
        "ticket_priority_58mm": document_for(
            sample_ticket(number="H005", category="help", category_name="帮办代办", priority_label="老年人优先"),
            width=PaperWidth.MM58,
        ),
        "acceptance_receipt_80mm": document_for(sample_receipt()),
        "acceptance_receipt_58mm": document_for(sample_receipt(), width=PaperWidth.MM58),
        "acceptance_receipt_agent_80mm": document_for(sample_agency_receipt()),
        "one_time_notice_80mm": document_for(sample_one_time_notice()),
        "not_accepted_notice_80mm": document_for(sample_not_accepted_notice()),
        "evaluation_slip_80mm": document_for(sample_evaluation_slip()),
    }


def write_sample_previews(out_dir: str | Path) -> list[Path]:
    return [save_preview(doc, Path(out_dir) / f"{stem}.png") for stem, doc in sample_documents().items()]


if __name__ == "__main__":
    for written in write_sample_previews(sys.argv[1] if len(sys.argv) > 1 else "docs/prints"):
        print(written)
