"""The counter's other screens, each driven through its view: sign-in lockout and the idle
screen lock, the queue's recall/no-show/hold/transfer, QR codes (e-licence, kiosk
pre-application), post and cross-region acceptance, cases (容缺 supplied, 出件), 办不成事 and
kiosk help, the manager's figures and exports, account management."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from counter_app.views.main_window import CounterWindow
from shared.domain.cases import (
    ApplicantKind,
    CaseState,
    CrossRegion,
    DeliveryMethod,
    MaterialReceipt,
    ReceiptMethod,
)
from shared.domain.tickets import TicketState
from shared.services import accounts, cases, complaints, tickets
from shared.services.actor import Actor, Role
from tests.support.counter import STAFF, settle, sign_in

pytestmark = pytest.mark.qt

KIOSK = Actor.kiosk("T-0101")
YOUNG = "532801200508150037"  # young_adult_han on the simulated reader
ELDERLY_ALLOWANCE = "11532822MB1611313W3000030070000"  # 高龄津贴申请: kiosk-capable
LOW_INCOME = "11532822MB1611313W3000030040000"
INSURED_PROOF = "11532822MB153717693000010040000"  # 跨省通办 allowed


def _wrong(counter, qtbot, user: str, password: str) -> None:
    counter.sign_in_view.username.setText(user)
    counter.sign_in_view.password.setText(password)
    counter.sign_in_view.submit.click()
    settle(counter, qtbot)


def test_lockout_then_idle_lock_and_unlock(qtbot, counter, clock) -> None:
    for _ in range(4):
        _wrong(counter, qtbot, "lina", "nope")
    assert "再输错1次" in counter.sign_in_view.message.text.text()
    _wrong(counter, qtbot, "lina", "nope")
    assert "已锁定到 10:15" in counter.sign_in_view.message.text.text()
    _wrong(counter, qtbot, "lina", STAFF["lina"][2])
    assert (
        counter.window.stack.currentIndex() == CounterWindow.SIGN_IN
    )  # even the right password, while locked
    clock.advance(minutes=16)
    sign_in(counter, qtbot)
    # nobody touches the counter: the screen locks by itself
    counter.idle.timer.setInterval(200)
    counter.idle.timer.start()
    qtbot.waitUntil(lambda: counter.window.stack.currentIndex() == CounterWindow.LOCK, timeout=5_000)
    assert "李娜" in counter.lock_view.who.text()
    counter.lock_view.password.setText("wrong")
    counter.lock_view.unlock.click()
    settle(counter, qtbot)
    assert counter.window.stack.currentIndex() == CounterWindow.LOCK
    assert "用户名或密码错误" in counter.lock_view.message.text.text()
    counter.lock_view.password.setText(STAFF["lina"][2])
    counter.lock_view.unlock.click()
    settle(counter, qtbot)
    assert counter.window.stack.currentIndex() == CounterWindow.WORK


def test_recall_no_show_hold_resume_and_transfer(qtbot, counter, ctx) -> None:
    sign_in(counter, qtbot)
    q = counter.queue
    for _ in range(3):
        tickets.issue_ticket(ctx, category="general", actor=KIOSK)
    q.call_next()
    settle(counter, qtbot)
    first = q.current
    q.recall()
    settle(counter, qtbot)
    q.recall()
    settle(counter, qtbot)
    assert q.current.call_count == 3 and "再按重呼将记为过号" in q.last_message[2]
    q.recall()  # the third press after two recalls: no-show
    settle(counter, qtbot)
    assert q.current is None and "已重呼2次未到，记为过号" in q.last_message[1]
    with ctx.unit_of_work(read_only=True) as uow:
        assert uow.tickets.get(first.id).state is TicketState.NO_SHOW

    q.call_next()
    settle(counter, qtbot)
    second = q.current
    q.start_serving()
    settle(counter, qtbot)
    q.hold()  # the applicant goes to copy a paper
    settle(counter, qtbot)
    assert q.current is None and [h.id for h in q.held] == [second.id]
    q.call_next()
    settle(counter, qtbot)
    third = q.current
    q.resume(second.id)  # refused: the third person is at the counter now
    settle(counter, qtbot)
    assert q.current.id == third.id and "请先办结、暂挂、过号或转移" in q.last_message[2]
    q.transfer(window=1)  # not to itself
    settle(counter, qtbot)
    assert "不能转移到本窗口" in q.last_message[1]
    q.transfer(window=2)
    settle(counter, qtbot)
    assert q.current is None and "已转到2号窗口" in q.last_message[1]
    w2 = Actor(user="clerk02", role=Role.CLERK, terminal_id="T-0002", window_no=2)
    got = tickets.call_next(ctx, actor=w2, categories=["household"])  # not its category: the transfer decides
    assert got is not None and got.id == third.id
    q.resume(second.id)
    settle(counter, qtbot)
    assert q.current.id == second.id and q.current.state is TicketState.SERVING and q.held == []


def test_scanned_codes_fill_the_applicant_and_the_checklist(qtbot, counter, ctx, devices) -> None:
    sign_in(counter, qtbot)
    kiosk_case = cases.submit_self_service(
        ctx,
        actor=KIOSK,
        item_code=ELDERLY_ALLOWANCE,
        applicant=cases.Applicant(ApplicantKind.PERSON, "532822193505050013", "岩温"),
        materials=[
            MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
            MaterialReceipt("HKB", "居民户口簿", ReceiptMethod.DATA_SHARING, reference="HJ-20261117-0042"),
            MaterialReceipt(
                "SBK", "社会保障卡（金融账户已激活）", ReceiptMethod.DATA_SHARING, reference="SB-77"
            ),
        ],
    )
    devices.scanner.present(f"yimen://case/{kiosk_case.case_no}")
    qtbot.waitUntil(lambda: counter.intake.checklist is not None, timeout=15_000)
    settle(counter, qtbot)
    assert counter.applicant.pre_application.case_no == kiosk_case.case_no
    assert counter.applicant.values["name"] == "岩温"
    methods = {r.code: (r.method, r.reference) for r in counter.intake.checklist.rows}
    assert methods["HKB"] == (ReceiptMethod.DATA_SHARING, "HJ-20261117-0042")
    devices.scanner.present("DZZZ:YNZZ-2026-000123:3f9a0c1d2e4b5a69")
    qtbot.waitUntil(lambda: bool(counter.applicant.licences), timeout=15_000)
    assert [r.licence_no for r in counter.applicant.licences] == ["YNZZ-2026-000123"]
    devices.scanner.present("hello, not ours")
    qtbot.waitUntil(lambda: counter.applicant.last_message[0] == "error", timeout=15_000)
    # the clerk sees the ID card itself; accepting the pre-application accepts that same case,
    # so the number on the kiosk slip holds
    sfz = next(i for i, r in enumerate(counter.intake.checklist.rows) if r.code == "SFZ")
    assert counter.intake.mark(sfz, ReceiptMethod.PAPER_ORIGINAL)
    counter.intake.accept()
    settle(counter, qtbot)
    assert counter.intake.accepted, (counter.intake.last_message, counter.applicant.last_message)
    [a] = counter.intake.accepted
    assert a.case.case_no == kiosk_case.case_no and a.case.state is CaseState.ACCEPTED
    assert cases.get_case(ctx, case_no=kiosk_case.case_no).record.window_no == 1


def test_post_and_cross_region_acceptance(qtbot, counter, ctx, devices) -> None:
    sign_in(counter, qtbot)
    devices.simulators["idcard"].place_card("young_adult_han")
    qtbot.waitUntil(lambda: counter.applicant.card_read, timeout=15_000)
    settle(counter, qtbot)
    counter.intake.pick("item", INSURED_PROOF)
    assert counter.intake.can_cross_region
    counter.intake.set_delivery(DeliveryMethod.POST, "")
    counter.intake.accept()
    settle(counter, qtbot)
    assert "邮寄" in counter.intake.last_message[1] and counter.intake.accepted == []
    counter.intake.set_delivery(DeliveryMethod.POST, "景洪市嘎兰中路47号")
    counter.intake.set_cross_region(CrossRegion.CROSS_PROVINCE, "")
    counter.intake.accept()
    settle(counter, qtbot)
    assert "承办地" in counter.intake.last_message[1]
    counter.intake.set_cross_region(CrossRegion.CROSS_PROVINCE, "440305")
    counter.intake.accept()
    settle(counter, qtbot)
    [a] = counter.intake.accepted
    rec = cases.get_case(ctx, case_no=a.case.case_no).record
    assert (rec.cross_region, rec.handling_region) == (CrossRegion.CROSS_PROVINCE, "440305")
    assert rec.delivery.method is DeliveryMethod.POST and rec.applicant_id == YOUNG
    with ctx.unit_of_work(read_only=True) as uow:
        created = next(e for e in uow.outbox.events_for_case(rec.case_no) if e.kind == "created")
    assert created.payload["handling_region"] == "440305"  # forwarded upstream to the handling region


def test_cases_page_supply_and_issue_result(qtbot, counter, ctx, clock) -> None:
    lina = Actor(user="lina", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    applicant = cases.Applicant(ApplicantKind.PERSON, YOUNG, "刘思远")
    materials = [
        MaterialReceipt("SFZ", "申请人居民身份证", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQS-DB", "最低生活保障申请书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQB-HDSQ", "家庭经济状况核对授权书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SRZM", "家庭成员收入情况说明", ReceiptMethod.DEFERRED, supply_by=date(2026, 11, 20)),
    ]
    owing = cases.accept_case(ctx, actor=lina, item_code=LOW_INCOME, applicant=applicant, materials=materials)
    done = cases.accept_case(
        ctx,
        actor=lina,
        item_code=LOW_INCOME,
        applicant=applicant,
        materials=[
            *materials[:3],
            MaterialReceipt("SRZM", "家庭成员收入情况说明", ReceiptMethod.PAPER_ORIGINAL),
        ],
    )
    for state in (CaseState.IN_REVIEW, CaseState.COMPLETED):
        cases.record_decision(
            ctx, actor=Actor.system(), case_no=done.case_no, to_state=state, notify_platform=False
        )
    sign_in(counter, qtbot)
    counter.workspace.show_page("cases")
    counter.cases.set_filter(show="owed")
    settle(counter, qtbot)
    assert [r.case_no for r in counter.cases.rows] == [owing.case_no]
    assert counter.cases_page.table.item(0, 6).text().startswith("家庭成员收入情况说明")
    counter.cases.open(owing.case_no)
    settle(counter, qtbot)
    assert counter.cases_page.supply_btn.isVisibleTo(counter.window)
    counter.cases.supply("SRZM", ReceiptMethod.PAPER_ORIGINAL)
    settle(counter, qtbot)
    assert counter.cases.detail.row.owed == ()
    assert done.case_no in counter.cases.to_issue
    counter.cases.open(done.case_no)
    settle(counter, qtbot)
    assert counter.cases_page.issue_btn.isVisibleTo(counter.window)
    counter.cases.issue_result()
    settle(counter, qtbot)
    assert "已出件" in counter.cases.last_message[1] and done.case_no not in counter.cases.to_issue
    counter.cases.set_filter(show="all", search="20261117")
    settle(counter, qtbot)
    assert "办件编号、18位身份证号或日期" in counter.cases.last_message[1]
    counter.cases.set_filter(search="2026-11-17")
    settle(counter, qtbot)
    assert {owing.case_no, done.case_no} <= {r.case_no for r in counter.cases.rows}


def test_complaint_recorded_at_the_window_and_kiosk_help_answered(qtbot, counter, ctx) -> None:
    sign_in(counter, qtbot)
    complaints.request_help(ctx, actor=KIOSK, reason="不会操作", terminal_name="1号自助机（大厅入口）")
    counter.complaints.poll_help()
    settle(counter, qtbot)
    banner = counter.workspace.help
    assert banner.isVisibleTo(counter.window) and "1号自助机（大厅入口）请求帮助" in banner.text.text()
    banner.go.click()
    settle(counter, qtbot)
    assert banner.isHidden() and "请前往协助" in counter.complaints.last_message[1]
    page = counter.complaints_page
    counter.workspace.show_page("complaints")
    page.summary.setPlainText("孩子户口迁移，派出所说要学校证明，学校说不开")
    page.category.setCurrentIndex(page.category.findData("department_shifting"))
    page.save.click()
    settle(counter, qtbot)
    assert counter.complaints.selected is not None and counter.complaints.selected.state_label == "已登记"
    assert page.handle_note.isVisibleTo(counter.window)  # a 窗口人员 records; the chief assigns


def test_manager_figures_exports_and_accounts(qtbot, counter, ctx, tmp_path) -> None:
    tickets.issue_ticket(ctx, category="general", actor=KIOSK)
    sign_in(counter, qtbot, "admin")
    assert counter.workspace.page_keys == ["figures", "cases", "transfers", "complaints", "firstasks", "accounts", "fleet"]
    qtbot.waitUntil(lambda: counter.figures.figures is not None, timeout=10_000)
    assert counter.figures_page.tiles["issued"].text() == "1"
    counter.figures.export(tmp_path / "today.csv")
    settle(counter, qtbot)
    counter.figures.export(tmp_path / "today.xlsx")
    settle(counter, qtbot)
    with (tmp_path / "today.csv").open(encoding="utf-8-sig") as f:
        assert ["取号", "1"] in list(csv.reader(f))
    overview = load_workbook(tmp_path / "today.xlsx")["概况"]
    assert (overview["A3"].value, overview["B3"].value) == ("取号", 1)
    # a new clerk account through the page
    counter.workspace.show_page("accounts")
    page = counter.accounts_page
    page.username.setText("zhaoli05")
    page.display.setText("赵丽")
    page.role.setCurrentIndex(page.role.findData(Role.HELPER))
    page.password.setText("Temp#Pass2026")
    page.create_btn.click()
    settle(counter, qtbot)
    assert "zhaoli05" in [a.username for a in counter.accounts.accounts]
    who = accounts.sign_in(ctx, username="zhaoli05", password="Temp#Pass2026", terminal_id="T-0005")
    assert who.role is Role.HELPER and who.must_change_password


def test_a_scanned_booking_picks_its_item_and_shows_the_slot(qtbot, counter, ctx, devices) -> None:
    from shared.protocol import messages as p

    sign_in(counter, qtbot)
    booking = {
        "appointment_id": "7d0f6f0e-2f7e-4d43-9a55-0c1c2a000001",
        "booking_code": "YY11170042",
        "item_code": ELDERLY_ALLOWANCE,
        "hall_code": ctx.settings.hall.code,
        "day": ctx.today().isoformat(),
        "slot_start": "10:30",
        "slot_end": "11:00",
        "applicant_name_masked": "岩*",
        "phone_masked": "139****4321",
        "state": "booked",
        "version": 1,
    }
    with ctx.unit_of_work() as uow:
        uow.appointments.store([p.Appointment.model_validate(booking)], at=ctx.now())
    devices.scanner.present("yimen://appt/YY11170042")
    qtbot.waitUntil(lambda: counter.intake.checklist is not None, timeout=15_000)
    assert [i.code for i in counter.intake.checklist.items] == [ELDERLY_ALLOWANCE]
    kind, text = counter.applicant.last_message[:2]
    assert kind == "ok" and "YY11170042" in text and "10:30–11:00" in text and "岩*" in text
    devices.scanner.present("yimen://appt/YY00000000")
    qtbot.waitUntil(lambda: "YY00000000" in counter.applicant.last_message[1], timeout=15_000)
    assert counter.applicant.last_message[0] == "error"


def test_qt_own_buttons_read_chinese_at_the_counter(counter) -> None:
    """issue 16 point 7: the counter installs qtbase_zh_CN, so Qt's dialogs say 确定 / 取消 / 保存."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    texts = [b.text() for b in box.buttons()]
    assert {"确定", "取消", "保存"} <= set(texts), texts
