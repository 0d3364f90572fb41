"""Deadlines that pause (issue 12, point 3) and 补正 told apart from 不予受理 (point 4), over a
real store (SQLite and PostgreSQL), across the Mid-autumn and National Day holidays of 2026
with their make-up working days (Sun 20 Sep, Sat 10 Oct).

2026 around the holidays (chinese_calendar): Fri 25 Sep Mid-autumn off; 1-7 Oct off;
Sun 20 Sep and Sat 10 Oct are working days.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.errors import Conflict, PermissionDenied, ValidationError
from shared.domain.refusals import RefusalGrounds
from shared.domain.workdays import WorkingDayCalendar
from shared.services import case_clock, cases
from shared.services.actor import Actor, Role
from shared.services.cases import Applicant, MaterialsIncomplete
from shared.services.refusals import refuse_case
from tests.support.services import TZ, YOUNG_ID

LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认: 承诺件, 20 working days
DIVORCE = "11532822MB1611313W3000030020000"  # 内地居民离婚登记: 30-day 离婚冷静期 from acceptance
SYSTEM = Actor.system("T-SYNC")
MANAGER = Actor(user="manager01", role=Role.MANAGER, terminal_id="T-0900")
CAL = WorkingDayCalendar()


def at(y: int, m: int, d: int, hh: int = 10) -> datetime:
    return datetime(y, m, d, hh, 0, tzinfo=TZ)


def person() -> Applicant:
    return Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香", "13888012345")


def low_income_materials() -> list[MaterialReceipt]:
    return [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SRZM", "收入证明", ReceiptMethod.PAPER_ORIGINAL),
    ]


def test_back_office_supplement_stops_the_clock_and_moves_the_date_across_holidays(ctx, clock, clerk):
    clock.set(at(2026, 9, 14))  # Monday
    stored = cases.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    promised = stored.record.promised_date
    assert promised == CAL.add_working_days(date(2026, 9, 14), 20)
    clock.set(at(2026, 9, 17))  # Thursday: the back office asks for 补正
    cases.record_decision(
        ctx,
        actor=SYSTEM,
        case_no=stored.case_no,
        to_state=CaseState.SUPPLEMENT_REQUESTED,
        missing=["补充说明"],
    )
    stopped = case_clock.case_clock(ctx, case_no=stored.case_no)
    assert (
        not stopped.running and stopped.stopped_by == "补正" and stopped.status_text == "补正中（计时暂停）"
    )
    assert stopped.promised_date == promised  # unchanged while nobody knows how long it takes
    clock.set(at(2026, 10, 9))  # the materials arrive after the holidays
    back = case_clock.receive_supplement(
        ctx,
        actor=clerk,
        case_no=stored.case_no,
        materials=[MaterialReceipt("SM", "补充说明", ReceiptMethod.PAPER_ORIGINAL)],
    )
    assert back.record.state is CaseState.IN_REVIEW
    # paused: 18 Sep .. 9 Oct; working days in it: 18, 20 (调休 Sunday), 21-24, 28-30 Sep, 8, 9 Oct = 11
    paused = CAL.working_days_between(date(2026, 9, 17), date(2026, 10, 9))
    assert paused == 11
    assert back.record.promised_date == CAL.add_working_days(promised, paused)
    assert back.record.promised_date == CAL.add_working_days(
        date(2026, 9, 14), 20, pauses=[(date(2026, 9, 18), date(2026, 10, 9))]
    )
    running = case_clock.case_clock(ctx, case_no=stored.case_no)
    assert running.running and running.paused_working_days == 11
    [period] = running.paused
    assert (period.name, period.first_day, period.last_day, period.working_days) == (
        "补正",
        date(2026, 9, 18),
        date(2026, 10, 9),
        11,
    )
    with ctx.unit_of_work(read_only=True) as uow:
        last = uow.outbox.events_for_case(stored.case_no)[-1]
        assert (
            last.kind == "decision" and last.payload["promised_date"] == back.record.promised_date.isoformat()
        )
        assert last.payload["pause"]["last_day"] == "2026-10-09"


def test_a_paused_case_is_not_overdue_anywhere(ctx, clock, clerk):
    manager = MANAGER
    from shared.services import figures
    from shared.services.case_list import list_cases

    clock.set(at(2026, 9, 14))
    late = cases.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    paused = cases.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    cases.record_decision(ctx, actor=SYSTEM, case_no=paused.case_no, to_state=CaseState.SUPPLEMENT_REQUESTED)
    clock.set(at(2026, 11, 2))  # both promised dates have passed
    overdue = {c.case_no for c in list_cases(ctx, actor=clerk, overdue=True)}
    assert overdue == {late.case_no}
    f = figures.hall_figures(ctx, actor=manager, start=ctx.today())
    assert f.cases.overdue_now == 1 and f.cases.paused_now == 1
    warnings = case_clock.overdue_warnings(ctx, actor=manager)
    assert [w.case_no for w in warnings] == [late.case_no] and warnings[0].overdue
    assert warnings[0].applicant == "玉*"


def test_the_counter_warns_two_working_days_before_the_due_date(ctx, clock, clerk):
    manager = MANAGER
    clock.set(at(2026, 9, 14))
    stored = cases.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    promised = stored.record.promised_date
    day_before_warning = CAL.add_working_days(date(2026, 9, 14), 17)
    clock.set(datetime.combine(day_before_warning, datetime.min.time(), tzinfo=TZ).replace(hour=10))
    c = case_clock.case_clock(ctx, case_no=stored.case_no)
    assert c.working_days_left == 3 and not c.warn
    assert case_clock.overdue_warnings(ctx, actor=manager) == []
    warn_day = CAL.add_working_days(date(2026, 9, 14), 18)
    clock.set(datetime.combine(warn_day, datetime.min.time(), tzinfo=TZ).replace(hour=10))
    c = case_clock.case_clock(ctx, case_no=stored.case_no)
    assert c.working_days_left == 2 and c.warn and "即将到期" in c.status_text
    [w] = case_clock.overdue_warnings(ctx, actor=manager)
    assert w.promised_date == promised and not w.overdue


def test_a_special_procedure_extends_by_its_days_and_then_by_what_it_took(ctx, clock, clerk):
    clock.set(at(2026, 9, 21))  # Monday
    stored = cases.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    promised = stored.record.promised_date
    with pytest.raises(ValidationError) as e:
        case_clock.start_special_procedure(ctx, actor=clerk, case_no=stored.case_no, procedure="听证")
    assert "审核结果公示" in e.value.hint  # the item publishes its own list
    clock.set(at(2026, 9, 22))
    started = case_clock.start_special_procedure(
        ctx, actor=clerk, case_no=stored.case_no, procedure="审核结果公示"
    )
    # published: 7 calendar days (23-29 Sep), of which 24, 28, 29 Sep and the 23rd are working days
    planned = [(date(2026, 9, 23), date(2026, 9, 29))]
    assert started.record.promised_date == CAL.add_working_days(date(2026, 9, 21), 20, pauses=planned)
    assert started.record.promised_date == CAL.add_working_days(promised, 4)
    c = case_clock.case_clock(ctx, case_no=stored.case_no)
    assert not c.running and c.status_text == "审核结果公示中（计时暂停）"
    with pytest.raises(Conflict):
        case_clock.start_special_procedure(ctx, actor=clerk, case_no=stored.case_no, procedure="审核结果公示")
    clock.set(at(2026, 10, 9))  # ran past the National Day holiday: longer than planned
    ended = case_clock.end_special_procedure(ctx, actor=clerk, case_no=stored.case_no)
    took = CAL.working_days_between(date(2026, 9, 22), date(2026, 10, 9))
    assert took == 7  # 23, 24, 28, 29, 30 Sep, 8, 9 Oct (中秋 25 Sep and 1-7 Oct are holidays)
    assert ended.record.promised_date == CAL.add_working_days(promised, took)
    assert case_clock.case_clock(ctx, case_no=stored.case_no).running
    with pytest.raises(Conflict):
        case_clock.end_special_procedure(ctx, actor=clerk, case_no=stored.case_no)


def test_the_divorce_cooling_off_starts_at_acceptance_in_calendar_days(ctx, clock, clerk):
    clock.set(at(2026, 9, 14))
    materials = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("SFZ-DF", "另一方当事人居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("HKB", "居民户口簿", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("JHZ", "结婚证", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("LHXY", "离婚协议书", ReceiptMethod.PAPER_ORIGINAL, copies=3),
        MaterialReceipt("ZP-DR", "2寸近期半身免冠单人照片", ReceiptMethod.PAPER_ORIGINAL, copies=2),
    ]
    stored = cases.accept_case(ctx, actor=clerk, item_code=DIVORCE, applicant=person(), materials=materials)
    # 30 days from 15 Sep to 14 Oct do not count; then 1 working day: Thu 15 Oct
    assert stored.record.promised_date == date(2026, 10, 15)
    c = case_clock.case_clock(ctx, case_no=stored.case_no)
    assert c.stopped_by == "离婚冷静期"
    assert (c.paused[0].first_day, c.paused[0].expected_last_day) == (date(2026, 9, 15), date(2026, 10, 14))


def test_supplement_told_at_the_window_is_accepted_when_the_materials_come(ctx, clock, clerk):
    clock.set(at(2026, 9, 24))
    stored, check = cases.request_supplement(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()[:2]
    )
    assert {p.material_code for p in check.problems} == {"SQB-HDSQ", "SRZM"}
    with pytest.raises(MaterialsIncomplete) as e:  # brought only one of the two: told again, whole list
        case_clock.receive_supplement(
            ctx, actor=clerk, case_no=stored.case_no, materials=low_income_materials()[2:3]
        )
    assert "家庭成员收入情况说明" in str(e.value)
    clock.set(at(2026, 9, 28))
    receipts = case_clock.supplement_receipts(ctx, case_no=stored.case_no)
    assert [r.material_code for r in receipts] == ["SQB-HDSQ", "SRZM"]
    accepted = case_clock.receive_supplement(ctx, actor=clerk, case_no=stored.case_no, materials=receipts)
    assert accepted.record.state is CaseState.ACCEPTED and accepted.case_no == stored.case_no
    assert accepted.record.promised_date == CAL.add_working_days(date(2026, 9, 28), 20)  # clock from today
    assert case_clock.case_clock(ctx, case_no=stored.case_no).paused == []
    with pytest.raises(Conflict):
        case_clock.receive_supplement(ctx, actor=clerk, case_no=stored.case_no, materials=receipts)


def test_not_accepted_only_on_legal_grounds_with_its_own_notice(ctx, clerk):
    refusal = refuse_case(
        ctx,
        actor=clerk,
        item_code=LOW_INCOME,
        applicant=person(),
        grounds=RefusalGrounds.OUTSIDE_POWERS,
        reason="申请人户籍在景洪市，低保由户籍地审核确认。",
        competent_authority="景洪市民政局",
    )
    assert refusal.case.record.state is CaseState.NOT_ACCEPTED
    n = refusal.notice
    assert "第三十二条第一款第（二）项" in n.legal_basis and "景洪市民政局" in n.reason
    assert "勐海县人民政府申请行政复议" in n.remedy and "六个月内向勐海县人民法院" in n.remedy
    assert n.applicant_name == "玉*" and n.contact_phone == "0691-5120000"
    from shared.services.slip_templates import document_for

    assert document_for(n).title.startswith("不予受理通知书")
    with ctx.unit_of_work(read_only=True) as uow:
        ev = uow.outbox.events_for_case(refusal.case.case_no)[-1]
        assert (
            ev.payload["grounds"] == "outside_powers" and ev.payload["competent_authority"] == "景洪市民政局"
        )
    for grounds, authority, words in [
        ("materials", "", "补正告知书"),
        ("nonsense", "", "可选"),
        (RefusalGrounds.OUTSIDE_POWERS, "", "有权办理的机关"),
    ]:
        with pytest.raises(ValidationError) as e:
            refuse_case(
                ctx,
                actor=clerk,
                item_code=LOW_INCOME,
                applicant=person(),
                grounds=grounds,
                reason="不属于本中心受理范围",
                competent_authority=authority,
            )
        assert words in str(e.value), words
    with pytest.raises(PermissionDenied):
        refuse_case(
            ctx,
            actor=MANAGER,
            item_code=LOW_INCOME,
            applicant=person(),
            grounds=RefusalGrounds.NO_LICENCE_NEEDED,
            reason="该事项已取消审批",
        )
