"""帮办代办 at the county counter (issue 12, point 6), driven through its screens and devices:
an agent read from their own ID card (a mistyped agent ID refused with the reason), the
checklist asking for the 授权委托书 and the window refusing without it; then the 材料流转
page: bundles on their way, a damaged slip and another hall's slip refused through the
scanner, the number typed by hand received, the same slip refused a second time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from devices.scanner.simulated import SimulatedScanner
from shared.domain.cases import ReceiptMethod
from shared.domain.payloads import transfer_url
from shared.domain.transfer_no import make_transfer_no
from shared.services import agency
from tests.support.counter import settle, sign_in
from yimen.demo.agency_day import MEDICAL_INSURANCE, seed_in_transit

pytestmark = pytest.mark.qt

FARMER_ID = "532822197104150134"  # lahu_farmer on the simulated reader
NEPHEW_ID = "532801200508150037"  # young_adult_han


def _texts(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_an_agent_is_read_from_their_card_and_needs_the_power_of_attorney(qtbot, counter, devices) -> None:
    sign_in(counter, qtbot)
    reader = devices.simulators["idcard"]
    panel, vm = counter.work_page.applicant_panel, counter.applicant
    reader.place_card("lahu_farmer")
    qtbot.waitUntil(lambda: vm.card_read and vm.values["id_number"] == FARMER_ID, timeout=15_000)
    settle(counter, qtbot)
    # 读取代办人身份证 by its key, from the next step: 代办 is ticked and step ① shown
    counter.work_page.show_step(1)
    QTest.keyClick(counter.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(counter, qtbot)
    assert panel.agency.isChecked() and counter.work_page.steps.currentIndex() == 0
    assert vm.agency and vm.awaiting_agent_card and panel.read_agent.isVisibleTo(counter.window)
    assert panel.read_agent.text().endswith("[Ctrl+Shift+R]")
    # typed by hand with a wrong check digit: the reason, next to the field
    panel.agent_edits["id_number"].setText("110105194912310021")
    panel.agent_edits["id_number"].editingFinished.emit()
    assert "代办人身份证号有误" in panel.agent_error.text() and "校验位" in panel.agent_error.text()
    assert panel.agent_error.isVisibleTo(counter.window)
    # the agent's own card: filled and shown masked only
    reader.lift_card()
    reader.place_card("young_adult_han")
    qtbot.waitUntil(lambda: vm.agent_card_read, timeout=15_000)
    settle(counter, qtbot)
    assert vm.values["id_number"] == FARMER_ID  # the principal stays the applicant
    assert "刘** 532801********0037（已读卡）" in panel.agent_line.text() and NEPHEW_ID not in panel.agent_line.text()
    assert not panel.agent_form.isVisibleTo(counter.window) and not panel.agent_error.isVisibleTo(counter.window)

    counter.intake.pick("item", MEDICAL_INSURANCE)
    cl = counter.intake.checklist
    rows = {r.code: i for i, r in enumerate(cl.rows)}
    assert cl.agent and cl.rows[rows["WTS-DB"]].needed and cl.rows[rows["SFZ"]].method is ReceiptMethod.CARD_READ
    counter.intake.mark(rows["BD-CXJMYB-CB"], ReceiptMethod.PAPER_ORIGINAL)
    counter.work_page.show_step(2)
    counter.work_page.decision_panel.do_accept()
    settle(counter, qtbot)
    level, text, _hint = counter.intake.last_message
    assert level == "error" and "授权委托书" in text and not counter.intake.accepted
    counter.intake.mark(rows["WTS-DB"], ReceiptMethod.PAPER_ORIGINAL)
    counter.work_page.decision_panel.do_accept()
    settle(counter, qtbot)
    [accepted] = counter.intake.accepted
    case_no = accepted.case.case_no
    assert accepted.case.record.applicant_id == FARMER_ID

    counter.workspace.show_page("cases")
    counter.cases.open(case_no)
    settle(counter, qtbot)
    body = counter.cases_page.detail_body.text()
    assert "代办人：刘** 532801********0037（委托代办" in body and NEPHEW_ID not in body
    reader.lift_card()


def test_bundles_on_their_way_are_received_by_scanning(qtbot, counter, ctx, clock, devices) -> None:
    on_way = seed_in_transit(ctx, clock)
    sign_in(counter, qtbot)
    assert "transfers" in counter.workspace.page_keys
    counter.workspace.show_page("transfers")
    page, vm = counter.transfers_page, counter.transfers
    vm.refresh()
    settle(counter, qtbot)
    assert _texts(page.list, 0) == [t.transfer.transfer_no for t in on_way]
    assert _texts(page.list, 3) == ["勐遮镇便民服务中心", "勐遮镇景真村便民服务站"]
    assert _texts(page.list, 5) == ["20小时", "2小时"]
    assert all("532822********" in p for p in _texts(page.list, 2))  # principals masked

    scanner = devices.scanner
    assert isinstance(scanner, SimulatedScanner)
    first = on_way[0]
    # a damaged code (one digit misread): refused, nothing moves, the number may be typed
    qr = first.slip.qr_text
    damaged = qr[:-2] + ("1" if qr[-2] != "1" else "2") + qr[-1]
    vm.last_message = ("", "", "")
    scanner.present(damaged)
    qtbot.waitUntil(lambda: vm.last_message[0] == "error", timeout=30_000)
    settle(counter, qtbot)
    assert "流转单二维码无法识别" in vm.last_message[1] and "手工输入" in vm.last_message[2]
    # a slip bound for another county's hall
    vm.last_message = ("", "", "")
    scanner.present(
        transfer_url(hall="532823-ZWFW", transfer_no=make_transfer_no(region_code="532823", day=ctx.today(), seq=3))
    )
    qtbot.waitUntil(lambda: vm.last_message[0] == "error", timeout=30_000)
    settle(counter, qtbot)
    assert "另一个政务服务中心" in vm.last_message[1]
    assert len(vm.items) == 2

    # typed from the slip by hand: received here, the case accepted, its receipt printed
    page.code.setText(first.transfer.transfer_no)
    page.receive.click()
    settle(counter, qtbot)
    level, text, hint = vm.last_message
    assert level == "ok" and "已送达签收" in text and "已受理" in text and "已打印" in hint
    assert page.code.text() == "" and _texts(page.list, 0) == [on_way[1].transfer.transfer_no]
    assert vm.selected is not None and [s.to_name for s in vm.selected.steps] == [
        "勐遮镇便民服务中心",
        "勐海县政务服务中心",
    ]
    assert "接收 李娜（lina）" in page.detail_body.text()
    # the same slip scanned again
    scanner.present(first.slip.qr_text)
    qtbot.waitUntil(lambda: "不能重复签收" in vm.last_message[1], timeout=30_000)
    detail = agency.transfer_detail(ctx, actor=counter.session.actor, transfer_no=first.transfer.transfer_no)
    assert detail.legs == 2 and detail.arrived
