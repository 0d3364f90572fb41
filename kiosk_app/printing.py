"""Slips only the kiosk prints: the service guide (一次性告知 style) and the receipt for a
self-service submission. Personal data is masked before it reaches the document, and the
printer templates' own check refuses any full ID number that slipped through."""

from __future__ import annotations

from datetime import datetime

from devices.printer.layout import Document, DocumentBuilder, PaperWidth, TextSize
from kiosk_app.guide_text import essentials, more_sections
from kiosk_app.language import source_language
from kiosk_app.words import KIOSK_NEXT_STEP
from offline_store.records import StoredCase
from shared.domain.cases import NEXT_STEP, CaseState, format_case_no
from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import ServiceItem
from shared.domain.masking import mask_id_number, mask_name
from shared.domain.payloads import case_url
from shared.services.slip_templates import (
    cn_date,
    cn_datetime,
    received_materials_from,
    refuse_unmasked_identifiers,
)


def guide_document(
    item: ServiceItem,
    *,
    catalog: Catalog | None,
    hall_name: str,
    printed_at: datetime,
    width: PaperWidth = PaperWidth.MM80,
) -> Document:
    """办事指南 on paper: everything needed at once, so nobody has to come twice (一次性告知).
    In Chinese whatever the screen's language: prints are not translated (docs/translations.md)."""
    with source_language():
        return _guide_document(item, catalog=catalog, hall_name=hall_name, printed_at=printed_at, width=width)


def _guide_document(
    item: ServiceItem, *, catalog: Catalog | None, hall_name: str, printed_at: datetime, width: PaperWidth
) -> Document:
    b = DocumentBuilder(width, title=f"办事指南 {item.name}")
    b.center(hall_name, bold=True)
    b.center("办事指南（一次性告知）", size=TextSize.DOUBLE_HEIGHT, bold=True)
    b.sep("=")
    b.text(item.name, bold=True)
    for section in essentials(item, catalog):
        b.text(f"【{section.title}】", bold=True)
        for i, line in enumerate(section.lines, 1):
            b.text(f"{i}. {line}" if section.key == "bring" else line, indent=0)
    b.sep()
    for section in more_sections(item):
        if section.key in {"conditions", "process", "contact"}:
            b.text(f"【{section.title}】", bold=True)
            for line in section.lines:
                b.text(line)
    b.sep()
    b.text(
        f"打印时间：{cn_datetime(printed_at)}。以上内容按本机事项目录（版本 {catalog.version if catalog else '-'}）打印。"
    )
    b.cut()
    return b.build()


def submission_receipt_document(
    stored: StoredCase,
    *,
    hall_name: str,
    hall_phone: str,
    submitted_at: datetime,
    width: PaperWidth = PaperWidth.MM80,
) -> Document:
    """自助申请回执: proof the application was submitted and how to follow it."""
    rec = stored.record
    b = DocumentBuilder(width, title=f"自助申请回执 {format_case_no(rec.case_no)}")
    b.center(hall_name, bold=True)
    b.center("自助申请回执", size=TextSize.DOUBLE, bold=True)
    b.sep("=")
    b.field("办件编号", format_case_no(rec.case_no), bold=True)
    b.field("事项名称", rec.item_name)
    b.field("申 请 人", mask_name(rec.applicant_name))
    b.field("证件号码", mask_id_number(rec.applicant_id))
    b.field("提交时间", cn_datetime(submitted_at))
    b.sep()
    b.text(f"已提交材料（共{len(rec.materials)}项）", bold=True)
    for i, m in enumerate(received_materials_from(rec.materials), 1):
        b.columns(f"{i}.{m.name}", m.method_label)
        if m.note:
            b.text(f"※{m.note}", indent=2)
    b.sep()
    next_step = KIOSK_NEXT_STEP if rec.state is CaseState.SUBMITTED else NEXT_STEP[rec.state]
    b.text(f"下一步：{next_step}", bold=True)
    b.qr(case_url(case_no=rec.case_no))
    b.center("扫码或在自助机输入办件编号查询进度")
    b.field("咨询电话", hall_phone)
    b.text(f"打印日期：{cn_date(submitted_at.date())}。本回执不含完整身份信息，请妥善保管。")
    b.cut()
    return refuse_unmasked_identifiers(b.build())
