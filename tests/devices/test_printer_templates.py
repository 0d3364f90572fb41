"""Every slip template rendered to ESC/POS bytes and read back the way a printer reads them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from devices.printer.chinese import FS_CHINESE_OFF, FS_CHINESE_ON
from devices.printer.errors import PrintDocumentInvalid
from devices.printer.escpos_render import render_bytes
from devices.printer.layout import PaperWidth
from shared.domain.cases import MaterialReceipt, ReceiptMethod, format_case_no
from shared.services.slip_samples import (
    sample_agency_receipt,
    sample_documents,
    sample_evaluation_slip,
    sample_not_accepted_notice,
    sample_one_time_notice,
    sample_receipt,
    sample_ticket,
)
from shared.services.slip_templates import (
    EVALUATION_LEVELS,
    ReceivedMaterial,
    document_for,
    received_materials_from,
)
from shared.services.waiting_places import WaitingPlace
from tests.support.escpos import parse_one


@pytest.mark.parametrize("stem", list(sample_documents()))
def test_every_sample_is_one_job_with_chinese_in_fs_mode_a_qr_or_text_and_a_cut_at_the_end(stem):
    doc = sample_documents()[stem]
    data = render_bytes(doc)
    job = parse_one(data)
    assert job.commands[0] == "ESC @"
    assert job.commands[-1] == "GS V" and job.cut == "full"
    assert "\ufffd" not in job.text  # no high byte outside Chinese mode
    assert "FS &" in job.commands, "Chinese text must be sent in FS & mode"
    # every non-ASCII character printed was printed in Chinese mode
    assert job.chinese_text == "".join(ch for ch in job.text if not ch.isascii())


@pytest.mark.parametrize("width", list(PaperWidth))
def test_ticket_prints_number_big_category_waiting_time_hall_and_queue_qr(width):
    slip = sample_ticket()
    data = render_bytes(document_for(slip, width=width))
    job = parse_one(data)
    number_line = next(line for line in job.lines if line.text == "A023")
    assert (number_line.width_scale, number_line.height_scale, number_line.bold) == (4, 4, True)
    assert number_line.align == 1
    assert "综合业务" in job.text and "您前面还有 5 人等候" in job.text
    assert "取号时间：2026-11-17 09:31" in job.text and "勐海县政务服务中心" in job.text
    # where to wait and which windows call 综合业务: the demo hall's window plan
    assert slip.place.windows == (1, 2, 3, 9)
    assert "等候区域：综合办事区等候区" in job.text
    assert "1号、2号、3号、9号窗口" in job.text.replace("\n", "").replace(" ", "")
    assert job.qr_payloads == [slip.queue_url.encode()]
    assert "GS ( k" in job.commands and job.commands[-1] == "GS V"  # the code before the cut


def test_priority_ticket_says_which_green_channel():
    job = parse_one(
        render_bytes(document_for(sample_ticket(priority_label="老年人优先"), width=PaperWidth.MM58))
    )
    assert "【老年人优先】" in job.text


def test_the_sample_slips_name_the_demo_halls_own_windows():
    from shared.domain.catalog.loader import load_demo_catalog
    from shared.services.slip_samples import HALL_CODE, SAMPLE_PLACES
    from shared.services.waiting_places import waiting_places

    windows = load_demo_catalog().point(HALL_CODE).windows
    assert waiting_places(windows, list(SAMPLE_PLACES)) == SAMPLE_PLACES


def test_a_ticket_slip_names_the_consulting_zone_or_says_the_call_tells_the_window():
    helped = sample_ticket(number="H005", category="help", category_name="帮办代办")
    job = parse_one(render_bytes(document_for(helped, width=PaperWidth.MM58)))
    assert "咨询导办区等候区" in job.text and "8号、9号窗口" in job.text.replace("\n", "").replace(" ", "")
    nobody = dataclasses.replace(helped, place=WaitingPlace("综合办事区", ()))
    assert "叫号时告诉您到哪个窗口" in parse_one(render_bytes(document_for(nobody))).text
    with pytest.raises(PrintDocumentInvalid, match="等候区"):
        document_for(dataclasses.replace(helped, place=WaitingPlace("大厅", (1,))))


def test_long_ticket_number_falls_back_to_double_size_instead_of_breaking():
    job = parse_one(render_bytes(document_for(sample_ticket(number="A1023-07X"), width=PaperWidth.MM58)))
    line = next(line for line in job.lines if "A1023" in line.text)
    assert line.text == "A1023-07X" and line.width_scale == 2


def test_acceptance_receipt_has_every_item():
    r = sample_receipt()
    job = parse_one(render_bytes(document_for(r)))
    text = job.text
    for expected in (
        "受理凭证",
        f"办件编号：{format_case_no(r.case_no)}",
        f"事项名称：{r.item_name}",
        "申 请 人：岩*",
        "受理时间：2026年11月17日 09:48",
        "承诺办结：2026年11月24日前",
        "受理窗口：3号窗口",
        "经 办 人：玉罕（工号0312）",
        "已收材料（共4项）",
        "容缺受理，请于2026年11月24日前补交",
        f"咨询电话：{r.hall_phone}",
    ):
        assert expected in text, expected
    for m in r.materials:
        line = next(line.text for line in job.lines if m.name in line.text)
        assert line.endswith(f"{m.method_label} {m.copies}份")
    assert job.qr_payloads == [r.progress_url.encode()]


def test_yen_and_full_width_punctuation_survive_a_template():
    r = dataclasses.replace(
        sample_receipt(), materials=(ReceivedMaterial("工本费", "现场缴纳", note="收费¥20.00（含邮寄）"),)
    )
    data = render_bytes(document_for(r))
    expected = (
        FS_CHINESE_ON + "※收费￥".encode("gb18030") + FS_CHINESE_OFF + b"20.00"
        + FS_CHINESE_ON + "（含邮寄）".encode("gb18030") + FS_CHINESE_OFF
    )  # fmt: skip
    assert expected in data
    assert "\ufffd" not in parse_one(data).text
    assert "收费￥20.00（含邮寄）" in parse_one(data).text


def test_one_time_notice_lists_every_problem_with_reason_and_what_to_bring():
    n = sample_one_time_notice()
    text = parse_one(render_bytes(document_for(n))).text.replace("\n", "")
    assert "一次性告知单" in text and "刀*：" in text
    for issue in n.issues:
        for part in (issue.material, issue.problem, issue.reason, issue.what_to_bring):
            # wrapped lines are indented: compare without the layout's spaces
            assert part.replace(" ", "") in text.replace(" ", ""), part
    assert "李娜（工号0208）" in text and "2026年11月17日" in text and n.contact_phone in text


def test_not_accepted_notice_has_reason_legal_basis_and_remedy():
    n = sample_not_accepted_notice()
    flat = parse_one(render_bytes(document_for(n))).text.replace("\n", "").replace(" ", "")
    for part in (
        "不予受理通知书",
        n.notice_no,
        "决定不予受理",
        n.reason,
        n.legal_basis,
        n.remedy,
        "六十日",
        "六个月",
    ):
        assert part.replace(" ", "") in flat, part


def test_evaluation_slip_binds_qr_to_the_case_and_lists_five_levels_in_order():
    e = sample_evaluation_slip()
    job = parse_one(render_bytes(document_for(e)))
    assert job.qr_payloads == [e.evaluation_url.encode()] and e.reference_no.encode() in job.qr_payloads[0]
    positions = [job.text.index(level + "\n") for level in EVALUATION_LEVELS]
    assert positions == sorted(positions)
    assert "5个工作日内未评价的，默认为“基本满意”" in job.text.replace("\n", "")


def test_evaluation_qr_without_the_reference_is_refused():
    e = dataclasses.replace(sample_evaluation_slip(), evaluation_url="https://zwfw.example.gov.cn/e/generic")
    with pytest.raises(PrintDocumentInvalid, match="绑定"):
        document_for(e)


@pytest.mark.parametrize(
    "value",
    [
        dataclasses.replace(sample_receipt(), applicant_name="岩温"),
        dataclasses.replace(sample_one_time_notice(), applicant_name="刀玉香"),
        dataclasses.replace(sample_not_accepted_notice(), applicant_name="张三"),
    ],
)
def test_unmasked_person_names_are_refused(value):
    with pytest.raises(PrintDocumentInvalid, match="脱敏"):
        document_for(value)


def test_organisation_names_are_public_and_print_as_given():
    r = dataclasses.replace(
        sample_receipt(), applicant_name="勐海县某茶业有限公司", applicant_is_person=False
    )
    assert "勐海县某茶业有限公司" in parse_one(render_bytes(document_for(r))).text


def test_a_full_id_number_anywhere_is_refused_but_masked_ones_and_case_numbers_pass():
    with pytest.raises(PrintDocumentInvalid, match="身份证号"):
        document_for(dataclasses.replace(sample_receipt(), clerk="11010519491231002X"))
    ok = dataclasses.replace(sample_receipt(), clerk="代办人 110105********002X")
    text = parse_one(render_bytes(document_for(ok))).text
    assert "110105********002X" in text and format_case_no(sample_receipt().case_no) in text  # 20-digit case number is fine


@pytest.mark.parametrize("width", [PaperWidth.MM58, PaperWidth.MM80])
def test_an_agents_receipt_names_the_principal_and_the_agent_masked(width):
    text = parse_one(render_bytes(document_for(sample_agency_receipt(), width=width))).text
    assert "委 托 人" in text and "代 办 人" in text and "申 请 人" not in text
    assert "110105********002X" in text.replace("\n", "").replace(" ", "") and "免费代办" in text
    plain = parse_one(render_bytes(document_for(sample_receipt(), width=width))).text
    assert "申 请 人" in plain and "代 办 人" not in plain


@pytest.mark.parametrize(
    "agent, label, message",
    [
        ("王秀英 110105********002X", "免费代办", "代办人姓名未脱敏"),
        ("王** 11010519491231002X", "免费代办", "脱敏的身份证号"),
        ("王**", "免费代办", "脱敏的身份证号"),
        ("王** 110105********002X", "", "代办方式"),
    ],
)
def test_an_agent_unmasked_or_without_the_kind_of_agency_is_refused(agent, label, message):
    with pytest.raises(PrintDocumentInvalid, match=message):
        document_for(dataclasses.replace(sample_agency_receipt(), agent=agent, agency_label=label))


@pytest.mark.parametrize(
    "value, message",
    [
        (dataclasses.replace(sample_receipt(), materials=()), "材料清单"),
        (dataclasses.replace(sample_one_time_notice(), issues=()), "补正"),
        (dataclasses.replace(sample_ticket(), waiting_ahead=-1), "负数"),
        (dataclasses.replace(sample_ticket(), number=" "), "排队号"),
        (dataclasses.replace(sample_receipt(), hall_phone=""), "咨询电话"),
        ("not a slip", "模板"),
    ],
)
def test_incomplete_inputs_get_a_typed_error_naming_the_field(value, message):
    with pytest.raises(PrintDocumentInvalid, match=message):
        document_for(value)


def test_material_receipts_from_the_window_checklist_carry_method_labels_and_dates():
    materials = received_materials_from(
        [
            MaterialReceipt("M1", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("M2", "社会保障卡", ReceiptMethod.DEFERRED, supply_by=date(2024, 5, 27)),
            MaterialReceipt("M3", "无犯罪记录证明", ReceiptMethod.COMMITMENT),
            MaterialReceipt("M4", "营业执照", ReceiptMethod.E_LICENCE, reference="E-123", copies=1),
        ]
    )
    assert [m.method_label for m in materials] == ["纸质原件", "容缺后补", "告知承诺", "电子证照"]
    assert materials[1].note == "容缺受理，请于2024年5月27日前补交"
    assert materials[2].note == "已签署告知承诺书"


def test_without_a_chinese_font_chinese_lines_become_raster_images_and_ascii_stays_text():
    doc = document_for(sample_ticket(), width=PaperWidth.MM58)
    data = render_bytes(doc, chinese_font=False)
    job = parse_one(data)
    assert "FS &" not in job.commands and job.chinese_text == ""
    assert job.commands.count("GS v 0") == job.raster_images == len(job.rasters) >= 6
    assert "A023" in job.text and "=" * 32 in job.text  # ASCII lines still printed as text
    assert all(ch.isascii() for ch in job.text)
    assert job.commands[-1] == "GS V" and job.cut == "full"
    # every raster image is exactly the paper width (384 dots = 48 bytes a row)
    for image in job.rasters:
        assert image.width_bytes == 48 and len(image.data) == 48 * image.height
        # 1 = a burnt dot: a text line is mostly white paper with some ink, never inverted or blank
        ink = sum(bin(b).count("1") for b in image.data) / (len(image.data) * 8)
        assert 0.01 < ink < 0.35


def test_without_native_qr_the_code_is_an_image():
    data = render_bytes(document_for(sample_ticket()), native_qr=False)
    job = parse_one(data)
    assert "GS ( k" not in job.commands and job.qr_payloads == [] and job.raster_images == 1
