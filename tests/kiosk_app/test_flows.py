"""Every kiosk flow through the Qt-free view-models, over a real store and the simulated
card reader, ESC/POS printer (loopback TCP) and scanner."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from shared.domain.cases import CaseState, Channel, ReceiptMethod
from shared.domain.evaluations import BadReviewReason, EvaluationLevel
from shared.domain.payloads import eval_url, ticket_url
from shared.domain.tickets import Priority, TicketState
from shared.services import tickets as ticket_service
from shared.services.actor import Actor, Role
from shared.services.slips import evaluation_token
from shared.ui.error_words import SYSTEM_BUSY
from tests.support.kiosk import Resident
from yimen.demo.kiosk_hall import ELDER_CARD, OPEN_ELDER_ITEM, YOUNG_CARD, printer_paper_out
from yimen.demo.settings import DEMO_NOW

# ---------------------------------------------------------------------- 取号


def test_ticket_with_green_channel_from_an_id_card_aged_70(resident: Resident) -> None:
    vm = resident.vm
    vm.go("ticket")
    resident.card(ELDER_CARD, lambda: vm.ticket.card is not None)
    assert "玉*，70岁" in vm.ticket.card_line() and "老年人优先" in vm.ticket.card_line()
    assert "玉罕" not in vm.ticket.card_line()
    assert vm.elder_offer, "a card showing 60+ offers elderly mode"
    vm.ticket.choose("social")
    resident.wait(lambda: vm.ticket.print_state == "printed")
    issued = vm.ticket.issued
    assert issued.ticket.priority is Priority.GREEN_ELDERLY and issued.priority_label == "老年人优先"
    with resident.hall.ctx.unit_of_work(read_only=True) as uow:
        stored = uow.tickets.get(issued.ticket.id)
    assert stored.priority is Priority.GREEN_ELDERLY and stored.person_id
    slip = resident.hall.devices.simulators["printer"].wait_for_jobs(1)[0]
    assert issued.number.encode() in slip.data


def test_green_channel_ticket_is_called_before_earlier_ordinary_ones(resident: Resident) -> None:
    kiosk = Actor.kiosk("T-0101")
    first = ticket_service.issue_ticket(resident.hall.ctx, category="social", actor=kiosk)
    vm = resident.vm
    vm.go("ticket")
    resident.card(ELDER_CARD, lambda: vm.ticket.card is not None)
    vm.ticket.choose("social")
    resident.wait(lambda: vm.ticket.issued is not None)
    assert vm.ticket.issued.waiting_ahead == 0, "the green channel goes ahead of the ordinary ticket"
    clerk = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    called = ticket_service.call_next(resident.hall.ctx, actor=clerk, categories=["social"])
    assert called.id == vm.ticket.issued.ticket.id != first.ticket.id


def test_a_younger_card_gets_no_priority_and_no_elder_offer(resident: Resident) -> None:
    vm = resident.vm
    vm.go("ticket")
    resident.card(YOUNG_CARD, lambda: vm.ticket.card is not None)
    assert not vm.elder_offer and "优先" not in vm.ticket.card_line()
    vm.ticket.declare(Priority.GREEN_PREGNANT)
    vm.ticket.choose("general")
    resident.wait(lambda: vm.ticket.issued is not None)
    assert vm.ticket.issued.ticket.priority is Priority.GREEN_PREGNANT  # declared, checked at the window


def test_duplicate_ticket_refused_naming_the_ticket_held(resident: Resident) -> None:
    vm = resident.vm
    vm.go("ticket")
    resident.card(ELDER_CARD, lambda: vm.ticket.card is not None)
    vm.ticket.choose("civil")
    resident.wait(lambda: vm.ticket.print_state == "printed")
    number = vm.ticket.issued.number
    vm.ticket.again()
    assert vm.ticket.card is not None, "taking another number keeps the card"
    vm.ticket.choose("civil")
    resident.wait(lambda: vm.ticket.step == "refused")
    assert number in vm.ticket.refused_text and "民政残联" in vm.ticket.refused_text
    assert number in vm.speech()
    # a different category is fine
    vm.ticket.again()
    vm.ticket.choose("social")
    resident.wait(lambda: vm.ticket.step == "issued")


def _book(resident: Resident, code: str, *, days_ahead: int = 0) -> None:
    from shared.protocol import messages as p

    ctx = resident.hall.ctx
    body = {
        "appointment_id": f"5b8c2c44-0000-4000-8000-{int(code[-6:]):012d}",
        "booking_code": code,
        "item_code": OPEN_ELDER_ITEM,
        "hall_code": ctx.settings.hall.code,
        "day": (ctx.today() + timedelta(days=days_ahead)).isoformat(),
        "slot_start": "10:00",
        "slot_end": "10:30",
        "applicant_name_masked": "玉*",
        "phone_masked": "139****0000",
        "state": "booked",
        "version": 1,
    }
    with ctx.unit_of_work() as uow:
        uow.appointments.store([p.Appointment.model_validate(body)], at=ctx.now())


def test_a_booking_qr_on_the_home_screen_gives_the_appointment_ticket(resident: Resident) -> None:
    vm = resident.vm
    _book(resident, "YY11170101")
    resident.scan("yimen://appt/YY11170101", lambda: vm.ticket.print_state == "printed")
    assert vm.screen == "ticket" and vm.ticket.issued.ticket.priority is Priority.APPOINTMENT
    number = vm.ticket.issued.number
    vm.go("home")
    vm.go("ticket")
    resident.scan("yimen://appt/YY11170101", lambda: vm.ticket.step == "refused")
    assert number in vm.ticket.refused_text  # the same booking twice names the ticket taken
    _book(resident, "YY11170102", days_ahead=1)
    vm.ticket.again()
    resident.scan("yimen://appt/YY11170102", lambda: vm.ticket.error != "")
    assert "不是今天" in vm.ticket.error and "普通号" in vm.ticket.hint


def test_printer_out_of_paper_shows_the_number_and_alerts_the_hall(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    with printer_paper_out(hall):
        vm.go("ticket")
        vm.ticket.choose("general")
        resident.wait(lambda: vm.ticket.print_state == "failed" and vm.ticket.help_sent)
        number = vm.ticket.issued.number
        assert "拍下" in vm.ticket.print_line() and "记住" in vm.ticket.print_line()
        assert "已通知工作人员" in vm.ticket.help_line()
        with hall.ctx.unit_of_work(read_only=True) as uow:
            requests = uow.help.open_requests()
        assert len(requests) == 1
        assert requests[0].terminal_name == "1号自助机" and number in requests[0].reason
        # the ticket itself is valid and queued
        with hall.ctx.unit_of_work(read_only=True) as uow:
            assert uow.tickets.get(vm.ticket.issued.ticket.id).state is TicketState.WAITING
        # and the slip does not come out an hour later for nobody: the job was dropped
        assert not hall.devices.printer.pending_jobs()
        vm.go_home()
        resident.wait(lambda: any("打印机" in line for line in vm.home.status_lines()))
    assert not hall.devices.simulators["printer"].jobs


def test_outside_hours_says_when_windows_open_and_what_can_be_done(resident: Resident) -> None:
    resident.hall.clock.set(DEMO_NOW.replace(hour=20, minute=30))
    vm = resident.vm
    vm.go("ticket")
    resident.wait(lambda: vm.ticket.step == "closed")
    assert "11月18日（星期三） 09:00" in vm.ticket.closed_text
    assert "查办事指南" in vm.speech() and "自助办理" in vm.speech()
    vm.go_home()
    resident.wait(lambda: vm.home.status is not None and not vm.home.status.is_open)
    assert any("下班" in line for line in vm.home.status_lines())


def test_closing_while_choosing_is_caught_by_the_service(resident: Resident) -> None:
    vm = resident.vm
    vm.go("ticket")
    resident.wait(lambda: True)
    resident.hall.clock.set(DEMO_NOW.replace(hour=17, minute=31))
    vm.ticket.choose("general")
    resident.wait(lambda: vm.ticket.step == "closed")
    assert "上班" in vm.ticket.closed_text


# ---------------------------------------------------------------------- 办事指南


def test_guides_by_event_department_and_pinyin_initials(resident: Resident) -> None:
    vm = resident.vm
    vm.go("guides")
    g = vm.guides
    resident.wait(lambda: g.catalog is not None)
    events = dict(g.groups())
    assert "养老" in events and "企业开办" in events
    g.open_group("养老")
    assert any(name == "高龄津贴申请" for _, name in g.results)
    g.set_mode("departments")
    assert any("民政局" in d for d, _ in g.groups())
    g.set_mode("search")
    for ch in "gljt":
        g.key(ch)
    assert g.results[0][1] == "高龄津贴申请"
    g.key("\b")
    assert g.query == "glj"


def test_guide_shows_essentials_first_and_the_rest_on_demand(resident: Resident) -> None:
    vm = resident.vm
    vm.go("guides")
    g = vm.guides
    resident.wait(lambda: g.catalog is not None)
    g.open_item(OPEN_ELDER_ITEM)
    assert [s.title for s in g.essentials()] == ["要带什么", "到哪里办", "要多长时间", "收不收费"]
    assert any("数据共享" in line for line in g.essentials()[0].lines)
    assert "承诺10个工作日" in g.essentials()[2].lines[0]
    assert g.opened_section() is None
    g.open_section("process")
    assert g.opened_section().title == "办理流程"
    g.toggle_qr()
    assert "高龄津贴申请" in g.qr_payload() and len(g.qr_payload().encode()) <= 900
    g.print_guide()
    resident.wait(lambda: g.print_state == "printed")
    job = resident.hall.devices.simulators["printer"].wait_for_jobs(1)[0]
    assert "高龄津贴申请".encode("gb18030") in job.data


def test_a_guide_that_does_not_print_is_dropped_and_points_to_the_qr(resident: Resident) -> None:
    g, hall = resident.vm.guides, resident.hall
    resident.vm.go("guides")
    resident.wait(lambda: g.catalog is not None)
    g.open_item(OPEN_ELDER_ITEM)
    with printer_paper_out(hall):
        g.print_guide()
        resident.wait(lambda: g.print_state == "failed")
        assert "二维码" in g.print_line()
        assert not hall.devices.printer.pending_jobs(), "a guide coming out later helps nobody"
        assert not g.help_sent  # a guide is not worth a helper's walk; the QR has it too
        with hall.ctx.unit_of_work(read_only=True) as uow:
            assert uow.help.open_requests() == []
    assert not hall.devices.simulators["printer"].jobs


def test_a_print_outcome_after_leaving_the_guide_is_not_shown(resident: Resident) -> None:
    g, hall = resident.vm.guides, resident.hall
    resident.vm.go("guides")
    resident.wait(lambda: g.catalog is not None)
    g.open_item(OPEN_ELDER_ITEM)
    backend = resident.vm.backend
    answered = threading.Event()
    hand_over = backend.printing.print_document

    def print_document(document, *, job_id):  # the backend's seam: hear when the printer answered
        future = hand_over(document, job_id=job_id)
        future.add_done_callback(lambda _f: answered.set())  # after the tracker's own callback
        return future

    backend.printing.print_document = print_document
    g.print_guide()
    assert g.print_state == "printing"
    g.back()  # the resident walks on while the slip is still on its way
    assert answered.wait(10)
    resident.runner.pump()  # the printer's answer, posted to the UI thread, is delivered now
    assert hall.devices.simulators["printer"].jobs, "the slip itself printed"
    assert g.print_state == "" and g.print_line() == ""


def test_search_that_finds_nothing_says_so(resident: Resident) -> None:
    vm = resident.vm
    vm.go("guides")
    resident.wait(lambda: vm.guides.catalog is not None)
    vm.guides.set_query("zzzzzz")
    assert vm.guides.results == []


# ---------------------------------------------------------------------- 办件查询


def test_case_number_check_digit_is_checked_before_lookup(resident: Resident, accepted_case: str) -> None:
    vm = resident.vm
    vm.go("cases")
    wrong = accepted_case[:-1] + str((int(accepted_case[-1]) + 1) % 10)
    resident.type_digits(vm.cases.key, wrong)
    vm.cases.submit_number()
    assert "有一位不对" in vm.cases.number_problem and vm.cases.step == "input"
    vm.cases.key("\x1b")
    resident.type_digits(vm.cases.key, accepted_case[:10])
    vm.cases.submit_number()
    assert "20位" in vm.cases.number_problem
    vm.cases.key("\x1b")
    resident.type_digits(vm.cases.key, accepted_case)
    vm.cases.submit_number()
    resident.wait(lambda: vm.cases.step == "detail")
    lines = dict(vm.cases.detail_lines())
    assert lines["当前状态"] == "已受理" and "承诺办结" in lines
    assert lines["申请人"] == "玉*（532822********0029）"


def test_case_found_by_scanning_the_receipt(resident: Resident, accepted_case: str) -> None:
    vm = resident.vm
    vm.go("cases")
    resident.scan(f"yimen://case/{accepted_case}", lambda: vm.cases.step == "detail")
    assert vm.cases.progress.case_no == accepted_case


def test_a_scan_on_the_home_screen_opens_the_case(resident: Resident, accepted_case: str) -> None:
    vm = resident.vm
    resident.scan(f"yimen://case/{accepted_case}", lambda: vm.screen == "cases" and vm.cases.step == "detail")


def test_id_card_lists_the_persons_cases_masked(resident: Resident, accepted_case: str) -> None:
    vm = resident.vm
    vm.go("cases")
    resident.card(ELDER_CARD, lambda: vm.cases.step == "list")
    assert [c.case_no for c in vm.cases.cases] == [accepted_case]
    vm.cases.open_case(accepted_case)
    assert all("玉罕" not in v and "532822195603120029" not in v for _, v in vm.cases.detail_lines())
    vm.cases.back()
    assert vm.cases.step == "list"


def test_a_card_with_no_cases_says_so(resident: Resident) -> None:
    vm = resident.vm
    vm.go("cases")
    resident.card(YOUNG_CARD, lambda: vm.cases.step == "list")
    assert vm.cases.cases == [] and "没有查到" in vm.cases.speech()


# ---------------------------------------------------------------------- 自助办理


def _apply_through(resident: Resident, code: str = OPEN_ELDER_ITEM, phone: str = "13987654321") -> None:
    vm = resident.vm
    vm.go("apply")
    a = vm.apply
    resident.wait(lambda: bool(a.items))
    a.choose_item(code)
    resident.wait(lambda: a.step == "card")
    resident.card(ELDER_CARD, lambda: a.step == "form")
    assert ("姓名", "玉*") in a.form_lines()
    resident.type_digits(a.phone_key, phone)
    a.form_done()
    assert a.step == "materials"
    for c in a.choices:
        if c.method is None and c.options:
            a.choose_method(c.material.code, c.options[0])
    assert a.materials_ready
    a.to_review()
    assert a.step == "review"


def test_self_service_application_end_to_end(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    assert len(hall.ctx.catalog().kiosk_items()) >= 3
    _apply_through(resident)
    review = dict(vm.apply.review_lines())
    assert review["手机号码"] == "139****4321" and review["居民身份证"] == "已刷身份证核验"
    vm.apply.submit()
    resident.wait(lambda: vm.apply.print_state == "printed")
    case_no = vm.apply.stored.case_no
    with hall.ctx.unit_of_work(read_only=True) as uow:
        stored = uow.cases.get_by_no(case_no)
        events = uow.outbox.events_for_case(case_no)
    assert stored.record.state is CaseState.SUBMITTED and stored.record.channel is Channel.KIOSK
    assert (
        stored.record.applicant_id == "532822195603120029" and stored.record.applicant_phone == "13987654321"
    )
    methods = {m.material_code: m.method for m in stored.record.materials}
    assert ReceiptMethod.CARD_READ in methods.values() and ReceiptMethod.DATA_SHARING in methods.values()
    assert [e.kind for e in events] == ["created", "materials"] and all(e.state == "pending" for e in events)
    receipt = hall.devices.simulators["printer"].wait_for_jobs(1)[0]
    assert case_no.encode() in receipt.data and b"532822195603120029" not in receipt.data


def test_self_service_paused_when_the_platform_backlog_is_too_long(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    _apply_through(resident)
    vm.apply.submit()
    resident.wait(lambda: vm.apply.step == "done")
    hall.ctx.settings.platform.max_backlog = 0  # the link is down and the backlog passed the limit
    vm.go_home()
    vm.go("apply")
    resident.wait(lambda: bool(vm.apply.items))
    vm.apply.choose_item(OPEN_ELDER_ITEM)
    resident.wait(lambda: vm.apply.step == "blocked")
    assert "暂时不能提交" in vm.apply.blocked_text and "窗口" in vm.apply.blocked_text
    assert "上限" not in vm.apply.blocked_text, "the technician's figures stay in the log"


def test_commitment_and_optional_materials(resident: Resident) -> None:
    vm = resident.vm
    vm.go("apply")
    a = vm.apply
    resident.wait(lambda: bool(a.items))
    code = next(it.code for it in a.items if it.name == "异地就医备案")
    a.choose_item(code)
    resident.wait(lambda: a.step == "card")
    resident.card(ELDER_CARD, lambda: a.step == "form")
    a.form_done()
    promise = next(c for c in a.choices if ReceiptMethod.COMMITMENT in c.options)
    a.choose_method(promise.material.code, ReceiptMethod.COMMITMENT)
    assert a.commitment_open == promise.material.code and promise.method is None
    a.sign_commitment(True)
    assert promise.method is ReceiptMethod.COMMITMENT
    for c in a.choices:
        if not c.settled:
            assert c.optional
            a.skip(c.material.code)
    assert a.materials_ready
    a.to_review()
    a.submit()
    resident.wait(lambda: a.step == "done")
    assert {m.method for m in a.stored.record.materials} == {
        ReceiptMethod.CARD_READ,
        ReceiptMethod.COMMITMENT,
    }


def test_invalid_phone_number_is_explained(resident: Resident) -> None:
    vm = resident.vm
    vm.go("apply")
    a = vm.apply
    resident.wait(lambda: bool(a.items))
    a.choose_item(OPEN_ELDER_ITEM)
    resident.wait(lambda: a.step == "card")
    resident.card(ELDER_CARD, lambda: a.step == "form")
    resident.type_digits(a.phone_key, "12345")
    a.form_done()
    assert a.step == "form" and "11位" in a.phone_problem


def test_receipt_printer_failure_after_submission_keeps_the_case(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    _apply_through(resident)
    with printer_paper_out(hall):
        vm.apply.submit()
        resident.wait(lambda: vm.apply.print_state == "failed" and vm.apply.help_sent)
    with hall.ctx.unit_of_work(read_only=True) as uow:
        assert uow.cases.find_by_no(vm.apply.stored.case_no) is not None
    assert "办件编号" in vm.apply.print_line()


# ---------------------------------------------------------------------- 好差评


def test_evaluation_by_number_with_reasons_for_a_bad_review(resident: Resident, accepted_case: str) -> None:
    vm, hall = resident.vm, resident.hall
    vm.go("evaluate")
    e = vm.evaluate
    resident.type_digits(e.key, accepted_case)
    e.submit_number()
    resident.wait(lambda: e.step == "choose")
    assert [w for _, w in e.levels()] == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    e.choose(EvaluationLevel.VERY_DISSATISFIED)
    assert e.step == "reasons"
    e.send_reasons()
    assert e.step == "reasons" and "至少选择一个" in e.error, "a bad review needs a reason"
    assert BadReviewReason.OTHER not in [r for r, _, _ in e.reason_choices()]
    e.toggle_reason(BadReviewReason.LONG_WAIT)
    e.send_reasons()
    resident.wait(lambda: e.step == "thanks")
    assert "回访" in e.thanks_text()
    with hall.ctx.unit_of_work(read_only=True) as uow:
        review = uow.evaluations.get(target_kind="case", target_no=accepted_case)
        followups = uow.evaluations.followups(state="open")
    assert review.level == 1 and review.channel == "kiosk" and review.reasons == ("long_wait",)
    assert len(followups) == 1


def test_one_review_per_service(resident: Resident, accepted_case: str) -> None:
    vm = resident.vm
    vm.go("evaluate")
    e = vm.evaluate
    token = evaluation_token(resident.hall.ctx, kind="case", number=accepted_case)
    resident.scan(eval_url(kind="case", no=accepted_case, token=token), lambda: e.step == "choose")
    e.choose(EvaluationLevel.SATISFIED)
    resident.wait(lambda: e.step == "thanks")
    vm.go_home()
    vm.go("evaluate")
    resident.type_digits(e.key, accepted_case)
    e.submit_number()
    resident.wait(lambda: e.step == "already")


def test_a_forged_evaluation_code_is_refused(resident: Resident, accepted_case: str) -> None:
    vm = resident.vm
    vm.go("evaluate")
    resident.scan(eval_url(kind="case", no=accepted_case, token="0" * 16), lambda: bool(vm.evaluate.error))
    assert vm.evaluate.step == "input" and "无效" in vm.evaluate.error


def test_evaluating_a_window_visit_from_the_ticket_qr(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    ctx = hall.ctx
    issued = ticket_service.issue_ticket(ctx, category="general", actor=Actor.kiosk("T-0101"))
    code = ticket_url(hall=issued.ticket.hall_code, day=issued.ticket.day, number=issued.number)
    vm.go("evaluate")
    resident.scan(code, lambda: bool(vm.evaluate.error))
    assert "办完后再来评价" in vm.evaluate.error, "no review before the service happened"
    clerk = Actor(user="clerk02", role=Role.CLERK, terminal_id="T-0002", window_no=2)
    called = ticket_service.call_next(ctx, actor=clerk, categories=["general"])
    ticket_service.start_serving(ctx, actor=clerk, ticket_id=called.id)
    ticket_service.finish(ctx, actor=clerk, ticket_id=called.id)
    vm.evaluate.reset()
    resident.scan(code, lambda: vm.evaluate.step == "choose")
    vm.evaluate.choose(EvaluationLevel.VERY_SATISFIED)
    resident.wait(lambda: vm.evaluate.step == "thanks")
    with ctx.unit_of_work(read_only=True) as uow:
        review = uow.evaluations.get(target_kind="ticket", target_no=called.id)
    assert review.level == 5 and review.window_no == 2 and review.clerk == "clerk02"


# ---------------------------------------------------------------------- 呼叫帮办, 服务网点, 长者模式


def test_call_a_helper_writes_a_request_the_counter_shows(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    vm.go("guides")
    vm.go("helper")
    resident.wait(lambda: vm.helper.request is not None)
    assert "马上就来" in vm.helper.lines()[0] and "1号自助机" in vm.helper.lines()[1]
    with hall.ctx.unit_of_work() as uow:
        (request,) = uow.help.open_requests()
        assert request.terminal_name == "1号自助机" and "办事指南" in request.reason
        uow.help.acknowledge(request_id=request.id, by="clerk01")
    vm.helper.poll()
    resident.wait(lambda: vm.helper.request.acknowledged_at is not None)
    assert "已收到" in vm.helper.lines()[0]


def test_service_points_list_this_hall_and_others(resident: Resident) -> None:
    vm = resident.vm
    vm.go("points")
    resident.wait(lambda: bool(vm.points.points))
    names = [vm.points.lines(p)[0] for p in vm.points.points]
    assert any("（就是这里）" in n for n in names) and len(names) >= 3


def test_elderly_mode_has_fewer_choices_and_reads_aloud(resident: Resident) -> None:
    vm = resident.vm
    vm.elder_button()
    assert vm.mode.elder and vm.elder_notice
    assert vm.page_size == 4  # the smallest page; a screen shows more when they fit
    vm.go("ticket")
    assert len(vm.ticket.categories()) == 9 and vm.ticket.pages() == 1  # nine categories, 婚姻登记 too
    spoken = resident.hall.devices.announcer.engine
    resident.wait(lambda: bool(spoken.spoken) and "请选择要办理的业务" in spoken.spoken[-1])
    assert "综合业务" in spoken.spoken[-1]  # read as the screen opened
    vm.elder_button()
    assert vm.screen == "display"
    vm.display.choose("dark")
    assert vm.mode.scheme == "dark"
    vm.display.leave_elder()
    assert not vm.mode.elder and vm.mode.scheme == "standard"


def test_ticket_number_is_read_digit_by_digit(resident: Resident) -> None:
    vm = resident.vm
    vm.go("ticket")
    vm.ticket.choose("social")
    resident.wait(lambda: vm.ticket.issued is not None)
    assert "B零零一" in vm.speech()


# ---------------------------------------------------------------------- idle wipe


def test_idle_warning_then_wipe_forgets_everything(resident: Resident) -> None:
    vm = resident.vm
    _apply_through(resident)
    vm.set_elder(True)
    assert vm.apply.holds_personal_data
    vm.touch(1000)
    vm.tick(1000 + vm.idle.effective_idle_s + 1)
    assert vm.idle_state == "warning" and 20 <= vm.idle_remaining <= 30
    assert "您还在吗" in vm.speech()
    resident.clock_s = 1000 + vm.idle.effective_idle_s + 1
    vm.keep_going()
    vm.tick(1000 + vm.idle.effective_idle_s + 2)
    assert vm.idle_state == "active"
    vm.touch(2000)
    vm.tick(2000 + vm.idle.effective_idle_s + vm.idle.warning_s)
    assert vm.screen == "home" and not vm.mode.elder and vm.wipes == 1
    assert not any(s.holds_personal_data for s in vm.screens.values())
    assert vm.apply.card is None and vm.apply.phone == "" and vm.apply.choices == []


def test_late_answers_after_a_wipe_are_dropped(resident: Resident, accepted_case: str) -> None:
    vm = resident.vm
    vm.go("cases")
    shown = []

    def slow_lookup():
        vm.wipe()  # the person walked away while the database was answering
        return resident.vm.backend.cases.progress(accepted_case)

    vm.cases.run(slow_lookup, shown.append)
    assert shown == [] and vm.cases.progress is None and not vm.cases.busy


def test_nothing_to_wipe_on_an_untouched_home_screen(resident: Resident) -> None:
    vm = resident.vm
    vm.tick(1000)
    vm.tick(5000)
    assert vm.wipes == 0 and vm.idle_state == "active"


# ---------------------------------------------------------------------- unattended running


def test_card_reader_unplug_and_replug(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    sim = hall.devices.simulators["idcard"]
    sim.unplug()
    resident.wait(lambda: any("读卡器" in line for line in vm.home.status_lines()), timeout=15)
    sim.replug()
    resident.wait(lambda: not any("读卡器" in line for line in vm.home.status_lines()), timeout=15)
    vm.go("ticket")
    resident.card(ELDER_CARD, lambda: vm.ticket.card is not None)


def test_store_outage_shows_calm_words_and_recovers(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    db = hall.workdir / "kiosk-demo.db"
    moved = hall.workdir / "kiosk-demo.db.away"
    hall.ctx.store.engine.dispose()
    db.rename(moved)
    db.mkdir()  # the file is gone and cannot be created: what a vanished database looks like
    try:
        vm.go("helper")
        resident.wait(lambda: bool(vm.helper.error))
        assert "咨询导办台" in vm.helper.error
        vm.go("ticket")
        vm.ticket.choose("general")
        resident.wait(lambda: not vm.ticket.busy)
        assert vm.ticket.error == SYSTEM_BUSY and vm.ticket.step == "choose"
        vm.go_home()
        resident.wait(lambda: vm.home.status is None and bool(vm.home.error))
    finally:
        db.rmdir()
        moved.rename(db)
        hall.ctx.store.engine.dispose()
    vm.go("ticket")
    vm.ticket.choose("general")
    resident.wait(lambda: vm.ticket.step == "issued")


@pytest.mark.parametrize("minutes", [0, 1])
def test_estimated_wait_grows_with_the_queue(resident: Resident, minutes: int) -> None:
    kiosk = Actor.kiosk("T-0101")
    for _ in range(3 * minutes):
        ticket_service.issue_ticket(resident.hall.ctx, category="general", actor=kiosk)
    resident.hall.clock.advance(timedelta(minutes=minutes))
    vm = resident.vm
    vm.go("ticket")
    vm.ticket.choose("general")
    resident.wait(lambda: vm.ticket.issued is not None)
    assert vm.ticket.issued.waiting_ahead == 3 * minutes
    assert ("没有人" in vm.ticket.wait_line()) == (minutes == 0)
