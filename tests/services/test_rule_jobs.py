"""The hall's rules run by the one periodic job runner, over a real store (SQLite and
PostgreSQL): default 基本满意 after 5 working days, the daily 超期预警, 差评 follow-up deadlines
(issue 12, point 8)."""

from __future__ import annotations

from datetime import date, datetime

from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.domain.evaluations import BadReviewReason, EvaluationChannel, EvaluationLevel
from shared.domain.workdays import WorkingDayCalendar
from shared.services import cases, evaluations
from shared.services.jobs import JobRunner, default_registry
from tests.support.services import TZ, YOUNG_ID

LOW_INCOME = "11532822MB1611313W3000030040000"
SELF_BUSINESS = "11532822MB172262X13000060010000"  # 个体工商户设立登记: 即办件
CAL = WorkingDayCalendar()
RULE_JOBS = ("evaluations.default", "cases.overdue-warning", "followups.deadlines")


def _applicant() -> cases.Applicant:
    return cases.Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香")


def _on(clock, day: date, hh: int = 10) -> None:
    clock.set(datetime(day.year, day.month, day.day, hh, 0, tzinfo=TZ))


def _finished_case(ctx, clerk, chief) -> str:
    stored = cases.accept_case(
        ctx,
        actor=clerk,
        item_code=SELF_BUSINESS,
        applicant=_applicant(),
        materials=[
            MaterialReceipt("BD-GTSQ", "申请书", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
            MaterialReceipt("JYCS", "经营场所", ReceiptMethod.COMMITMENT),
        ],
    )
    return cases.finish_on_the_spot(ctx, actor=chief, case_no=stored.case_no).case_no


def test_the_rule_jobs_are_registered_in_the_one_runner():
    names = default_registry().names()
    assert set(RULE_JOBS) <= set(names) and "catalog.refresh" in names  # beside the operations jobs


def test_default_evaluation_after_five_working_days(ctx, clock, clerk, chief):
    _on(clock, date(2026, 9, 24))  # Thursday, before 中秋 (Fri 25 Sep) and a make-up Sunday
    case_no = _finished_case(ctx, clerk, chief)
    runner = JobRunner(ctx)
    # the period ends with the 5th working day (Sun 27 Sep, a make-up day, counts; 中秋 does not)
    _on(clock, CAL.add_working_days(date(2026, 9, 24), 5), 17)
    assert runner.run("evaluations.default").run.figures["defaults"] == 0
    _on(clock, CAL.add_working_days(date(2026, 9, 24), 6), 9)
    outcome = runner.run("evaluations.default")
    assert outcome.ok and outcome.run.figures["cases"] == [case_no]
    with ctx.unit_of_work(read_only=True) as uow:
        review = uow.evaluations.get(target_kind="case", target_no=case_no)
        assert review.is_default and review.level == int(EvaluationLevel.BASIC)


def test_overdue_warning_names_late_cases_and_leaves_paused_ones(ctx, clock, clerk):
    _on(clock, date(2026, 9, 14))
    stored = cases.accept_case(
        ctx,
        actor=clerk,
        item_code=LOW_INCOME,
        applicant=_applicant(),
        materials=[
            MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
            MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("SRZM", "收入证明", ReceiptMethod.PAPER_ORIGINAL),
        ],
    )
    _on(clock, CAL.add_working_days(stored.record.promised_date, 1), 8)
    outcome = JobRunner(ctx).run("cases.overdue-warning")
    assert outcome.ok and outcome.run.figures["overdue"] == 1
    assert outcome.run.figures["cases"][0].startswith(f"{stored.case_no} 最低生活保障审核确认")
    with ctx.unit_of_work(read_only=True) as uow:
        [line] = uow.audit.entries(action="case.overdue_warning")
        assert line.target == stored.case_no


def test_followup_deadlines_are_flagged(ctx, clock, clerk, chief):
    _on(clock, date(2026, 11, 2))
    case_no = _finished_case(ctx, clerk, chief)
    evaluations.evaluate_case(
        ctx,
        actor=clerk,
        case_no=case_no,
        level=EvaluationLevel.DISSATISFIED,
        channel=EvaluationChannel.COUNTER_DEVICE,
        reasons=(BadReviewReason.LONG_WAIT,),
    )
    runner = JobRunner(ctx)
    first = runner.run("followups.deadlines").run.figures
    assert (first["overdue"], first["due_soon"], first["open"]) == (0, 0, 1)
    _on(clock, CAL.add_working_days(date(2026, 11, 2), 16))
    figures = runner.run("followups.deadlines").run.figures
    assert figures["overdue"] == 1
    with ctx.unit_of_work(read_only=True) as uow:
        assert [e.target for e in uow.audit.entries(action="followup.deadline")] == [case_no]
