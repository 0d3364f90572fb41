"""A whole day at window 1, through the screens, with the simulated card reader and ESC/POS
printer: sign in, call (green channel first), read the card, pick the 身后一件事 bundle, one
material reused from yesterday's case and one 容缺, accept, check the receipts' bytes, a
bad review with its reason on the evaluator screen, the follow-up it opens; then a refusal
with a one-time notice; then a 即办件 refused to a plain 窗口人员 and finished by the chief."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget

from counter_app.views.main_window import CounterWindow
from shared.domain.cases import (
    ApplicantKind,
    CaseState,
    MaterialReceipt,
    ReceiptMethod,
    case_no_digits,
    format_case_no,
)
from shared.domain.evaluations import BadReviewReason, EvaluationLevel
from shared.domain.refusals import RefusalGrounds
from shared.services import cases, tickets
from shared.services.actor import Actor, Role
from shared.services.followups import followup_board
from shared.services.slip_templates import cn_date
from tests.support.counter import STAFF, TZ, settle, sign_in

pytestmark = pytest.mark.qt

ELDER_ID = "532822195603120029"  # elder_dai_woman on the simulated reader
DEATH_REGISTRATION = "11532822MB1685558Y3000050060000"  # 死亡注销户口
LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认
INSURED_PROOF = "11532822MB153717693000010040000"  # 个人参保证明查询打印: 即办件
KIOSK = Actor.kiosk("T-0101")
MANAGER = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009")


def _yesterdays_case(ctx, clock) -> str:
    """Yesterday the elder registered her husband's death at window 4: the hall holds the
    death certificate (居民死亡医学证明) since then."""
    today = clock.now()
    clock.set(datetime(2026, 11, 16, 15, 0, tzinfo=TZ))
    police = Actor(user="police04", role=Role.CLERK, terminal_id="T-0004", window_no=4)
    stored = cases.accept_case(
        ctx,
        actor=police,
        item_code=DEATH_REGISTRATION,
        applicant=cases.Applicant(ApplicantKind.PERSON, ELDER_ID, "玉罕"),
        materials=[
            MaterialReceipt("SWZM", "居民死亡医学证明（推断）书", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("HKB", "死者居民户口簿", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("SFZ", "申报人居民身份证", ReceiptMethod.CARD_READ),
        ],
    )
    clock.set(today)
    return stored.case_no


def _texts(widget) -> str:
    """Everything a person could read on ``widget`` right now."""
    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    for t in widget.findChildren(QTableWidget):
        if t.isVisible():
            parts += [
                t.item(r, c).text()
                for r in range(t.rowCount())
                for c in range(t.columnCount())
                if t.item(r, c)
            ]
    return "\n".join(parts)


def _key(qtbot, counter, key) -> None:
    counter.window.activateWindow()
    qtbot.keyClick(counter.window, key)
    settle(counter, qtbot)


def test_whole_day_at_one_window(qtbot, counter, ctx, devices, clock) -> None:
    earlier = _yesterdays_case(ctx, clock)
    printer = devices.simulators["printer"]
    sign_in(counter, qtbot)
    assert counter.window.stack.currentIndex() == CounterWindow.WORK
    assert counter.workspace.page_keys == ["work", "cases", "transfers", "verify", "complaints", "firstasks"]
    assert counter.session.window.categories == ("general", "social", "civil")

    # a young man takes a number first; the elder (70, green channel) comes a minute later
    first = tickets.issue_ticket(ctx, category="general", actor=KIOSK)
    clock.advance(minutes=1)
    elder = tickets.issue_ticket(ctx, category="civil", actor=KIOSK, id_number=ELDER_ID, name="玉罕")
    assert elder.ticket.priority.is_green
    clock.advance(minutes=4)

    _key(qtbot, counter, Qt.Key.Key_F1)  # 叫下一位
    assert counter.queue.current.number == elder.number
    assert "请C001号到1号窗口办理" in counter.workspace.message.text.text()
    _key(qtbot, counter, Qt.Key.Key_F3)  # 开始办理
    assert counter.queue.current.state.value == "serving"

    # the ID card on the reader fills the form and opens her file
    devices.simulators["idcard"].place_card("elder_dai_woman")
    qtbot.waitUntil(lambda: counter.applicant.file is not None, timeout=15_000)
    settle(counter, qtbot)
    assert counter.applicant.values["id_number"] == ELDER_ID and counter.applicant.card_read
    assert [r.case_no for r in counter.applicant.file.reusable if r.material_code == "SWZM"] == [earlier]
    header = counter.work_page.serving.text()
    assert "532822********0029" in header and ELDER_ID not in header  # masked in the header line

    # 身后一件事: found by pinyin initials of 身后 ("sh")
    counter.work_page.show_step(1)
    counter.work_page.intake_panel.query.setText("身后")
    qtbot.waitUntil(lambda: any(h.code == "YJS-SH" for h in counter.intake.hits), timeout=10_000)
    counter.intake.pick("bundle", "YJS-SH")
    cl = counter.intake.checklist
    assert cl is not None and len(cl.items) == 3
    assert sum(len(i.materials) for i in cl.items) > len(cl.rows)  # de-duplicated
    rows = {r.code: i for i, r in enumerate(cl.rows)}
    swzm = cl.rows[rows["SWZM"]]
    assert (swzm.method, swzm.reference) == (ReceiptMethod.REUSED, earlier)  # 一人一档: not asked again
    assert cl.rows[rows["SFZ"]].method is ReceiptMethod.CARD_READ
    assert cl.rows[rows["SZSFZ"]].method is None  # the deceased's card is not the one on the reader
    # 容缺 through the screen's own combo box, where the guide allows it …
    qsgx = rows["QSGX"]
    combo: QComboBox = counter.work_page.intake_panel.table.cellWidget(qsgx, 1)
    combo.setCurrentIndex(combo.findData(ReceiptMethod.DEFERRED))
    settle(counter, qtbot)
    assert cl.rows[qsgx].method is ReceiptMethod.DEFERRED
    assert cl.rows[qsgx].supply_by == ctx.today() + timedelta(days=7)
    # … and refused where it does not
    hkb = rows["HKB"]
    assert ReceiptMethod.DEFERRED not in cl.rows[hkb].allowed
    assert not counter.intake.mark(hkb, ReceiptMethod.DEFERRED)
    assert "不能以容缺后补方式收取" in counter.intake.last_message[1]
    for i, row in enumerate(cl.rows):
        if row.needed and row.method is None:
            counter.intake.mark(i, row.allowed[0], reference="")
    assert cl.unreceived_required() == []

    counter.work_page.show_step(2)
    counter.window.activateWindow()
    qtbot.keyClick(counter.window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter 受理
    settle(counter, qtbot)
    accepted = counter.intake.accepted
    assert len(accepted) == 3 and all(a.case.state is CaseState.ACCEPTED for a in accepted)
    assert all(a.printed.ok for a in accepted), [a.printed.message for a in accepted]

    # the receipts, as the printer received them
    jobs = printer.wait_for_jobs(3, timeout=15)
    receipts = [j for j in jobs if "受理凭证" in j.text]
    assert len(receipts) == 3
    for a in accepted:
        rec = a.case.record
        job = next(j for j in receipts if format_case_no(rec.case_no) in j.text)
        assert f"{cn_date(rec.promised_date)}前" in job.text
        assert "玉*" in job.text and ELDER_ID not in job.text
        assert ELDER_ID.encode("gb18030") not in job.data
        assert job.qr_payloads == [f"yimen://case/{rec.case_no}".encode()]
        assert job.cut in ("full", "partial")
        assert "李娜" in job.text and "lina" not in job.text  # the clerk's name, not the login
    owing = next(a.case for a in accepted if any(m.material_code == "QSGX" for m in a.case.record.materials))
    owing_job = next(j for j in receipts if format_case_no(owing.case_no) in j.text)
    flat = owing_job.text.replace("\n", "")
    supply_by = ctx.today() + timedelta(days=7)
    assert f"容缺受理，请于{cn_date(supply_by)}前补交" in flat and "材料复用" in flat
    stored_materials = {m.material_code: m for m in owing.record.materials}
    assert stored_materials["SWZM"].method is ReceiptMethod.REUSED
    assert stored_materials["SWZM"].reference == earlier
    assert stored_materials["QSGX"].method is ReceiptMethod.DEFERRED

    # the review: asked by the clerk, given on the evaluator screen facing the applicant
    panel = counter.work_page.decision_panel
    panel.results.selectRow(0)
    reviewed = case_no_digits(panel.results.item(0, 0).text())  # shown grouped: 5328 2226 …
    panel.ask_review.click()
    ev = counter.evaluator
    assert ev.vm.request_ is not None and ev.vm.request_.case_no == reviewed
    ev.level_buttons[EvaluationLevel.DISSATISFIED].click()
    assert ev.reasons[BadReviewReason.LONG_WAIT].isVisible() or ev.isHidden()
    ev.submit.click()  # no reason yet
    assert "原因" in ev.vm.last_message[1]
    ev.reasons[BadReviewReason.LONG_WAIT].setChecked(True)
    ev.submit.click()
    settle(counter, qtbot)
    assert counter.evaluation.clerk_status[reviewed] == "done"
    clerk_screen = _texts(counter.window)
    assert "申请人已评价" in clerk_screen
    assert "不满意" not in clerk_screen and "排队等候时间长" not in clerk_screen  # the clerk never sees it
    board = followup_board(ctx, actor=MANAGER)
    assert [(f.case_no, f.level_label, f.clerk) for f in board] == [(reviewed, "不满意", "lina")]

    _key(qtbot, counter, Qt.Key.Key_F8)  # 办结本号
    assert counter.queue.current is None

    # --- the next one: typed by hand, materials missing: 补正告知 with a one-time notice
    clock.advance(minutes=20)
    _key(qtbot, counter, Qt.Key.Key_F1)
    assert counter.queue.current.number == first.number
    assert counter.applicant.values["id_number"] == ""  # the previous applicant is gone
    _key(qtbot, counter, Qt.Key.Key_F3)
    counter.work_page.show_step(0)
    edits = counter.work_page.applicant_panel.edits
    edits["id_number"].setText("532822199803150027")  # wrong check digit
    edits["id_number"].editingFinished.emit()
    assert "校验" in counter.applicant.errors["id_number"]
    assert counter.work_page.applicant_panel.errors["id_number"].isVisibleTo(
        counter.work_page.applicant_panel
    )
    edits["id_number"].setText("532822199803150028")
    edits["id_number"].editingFinished.emit()
    edits["name"].setText("刀玉香")
    edits["name"].editingFinished.emit()
    settle(counter, qtbot)
    assert counter.applicant.errors == {}
    counter.intake.pick("item", LOW_INCOME)
    counter.intake.mark(0, ReceiptMethod.PAPER_ORIGINAL)  # only the ID card came
    counter.intake.refuse(RefusalGrounds.OUTSIDE_POWERS, "", "")
    settle(counter, qtbot)
    assert "理由" in counter.intake.last_message[1]
    before = len(printer.jobs)
    # missing materials are not a refusal (行政许可法 第32条): 补正告知, the case stays open
    panel.supplement.click()
    settle(counter, qtbot)
    [told] = counter.intake.refused
    assert told.case.state is CaseState.SUPPLEMENT_REQUESTED and told.printed.ok and not told.not_accepted
    notice = printer.wait_for_jobs(before + 1, timeout=15)[-1]
    assert "一次性告知单" in notice.text
    for missing in ("最低生活保障申请书", "家庭经济状况核对授权书", "家庭成员收入情况说明"):
        assert missing in notice.text
    assert "刀**" in notice.text
    assert "一次性告知（补正）内容" in panel.problems.text()
    _key(qtbot, counter, Qt.Key.Key_F8)


def test_on_the_spot_is_refused_to_a_clerk_and_done_by_the_chief(qtbot, counter, ctx, devices, clock) -> None:
    sign_in(counter, qtbot)
    tickets.issue_ticket(ctx, category="social", actor=KIOSK)
    _key(qtbot, counter, Qt.Key.Key_F1)
    _key(qtbot, counter, Qt.Key.Key_F3)
    devices.simulators["idcard"].place_card("young_adult_han")
    qtbot.waitUntil(lambda: counter.applicant.card_read, timeout=15_000)
    settle(counter, qtbot)
    counter.intake.pick("item", INSURED_PROOF)
    assert counter.intake.checklist.rows[0].method is ReceiptMethod.CARD_READ
    counter.work_page.show_step(2)
    counter.work_page.decision_panel.do_accept()
    settle(counter, qtbot)
    [accepted] = counter.intake.accepted
    assert accepted.on_the_spot
    finish = counter.work_page.decision_panel.finish
    assert finish.isVisibleTo(counter.window) and not finish.isEnabled()  # a courtesy in the UI …
    counter.intake.finish_on_the_spot(accepted.case.case_no)  # … the service decides
    settle(counter, qtbot)
    level, text, hint = counter.intake.last_message
    assert level == "error" and "首席事务代表" in text and "转交" in hint
    assert cases.get_case(ctx, case_no=accepted.case.case_no).state is CaseState.ACCEPTED

    # the chief representative signs in at this window and finishes it from the cases page
    counter.signin.sign_out("换人")
    settle(counter, qtbot)
    assert counter.window.stack.currentIndex() == CounterWindow.SIGN_IN
    sign_in(counter, qtbot, "yanwen")
    counter.workspace.show_page("cases")
    counter.cases.open(accepted.case.case_no)
    settle(counter, qtbot)
    spot = counter.cases_page.spot_btn
    assert spot.isVisibleTo(counter.window) and spot.isEnabled()
    spot.click()
    settle(counter, qtbot)
    assert cases.get_case(ctx, case_no=accepted.case.case_no).state is CaseState.COMPLETED
    assert STAFF["yanwen"][1] is Role.CHIEF
