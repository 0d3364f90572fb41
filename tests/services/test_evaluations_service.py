from __future__ import annotations

from datetime import date, timedelta

import pytest

from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.domain.errors import Conflict, PermissionDenied, ValidationError
from shared.domain.evaluations import BadReviewReason, EvaluationChannel, EvaluationLevel
from shared.services import cases, evaluations
from shared.services.actor import Actor, Role
from shared.services.cases import Applicant
from tests.support.services import YOUNG_ID

INSURED_PROOF = "11532822MB153717693000010040000"  # 个人参保证明查询打印: 即办件


@pytest.fixture
def finished_case(ctx, clerk, chief):
    stored = cases.accept_case(
        ctx,
        actor=chief,
        item_code=INSURED_PROOF,
        applicant=Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香"),
        materials=[MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ)],
    )
    return cases.finish_on_the_spot(ctx, actor=chief, case_no=stored.case_no)


def test_bad_review_needs_a_reason_and_opens_a_follow_up(ctx, kiosk, finished_case):
    with pytest.raises(ValidationError, match="原因"):
        evaluations.evaluate_case(
            ctx,
            actor=kiosk,
            case_no=finished_case.case_no,
            level=EvaluationLevel.DISSATISFIED,
            channel=EvaluationChannel.KIOSK,
        )
    outcome = evaluations.evaluate_case(
        ctx,
        actor=kiosk,
        case_no=finished_case.case_no,
        level=EvaluationLevel.VERY_DISSATISFIED,
        channel=EvaluationChannel.KIOSK,
        reasons=(BadReviewReason.LONG_WAIT,),
    )
    assert outcome.followup is not None
    # 15 working days after Tue 17 Nov 2026: Tue 8 Dec 2026
    assert outcome.followup.due_date == date(2026, 12, 8)
    assert [f.id for f in evaluations.open_followups(ctx)] == [outcome.followup.id]
    with ctx.unit_of_work(read_only=True) as uow:
        assert [e.kind for e in uow.outbox.events_for_case(finished_case.case_no)][-1] == "evaluation"


def test_one_review_per_service(ctx, kiosk, finished_case):
    evaluations.evaluate_case(
        ctx,
        actor=kiosk,
        case_no=finished_case.case_no,
        level=EvaluationLevel.VERY_SATISFIED,
        channel=EvaluationChannel.QR_CODE,
    )
    with pytest.raises(Conflict):
        evaluations.evaluate_case(
            ctx,
            actor=kiosk,
            case_no=finished_case.case_no,
            level=EvaluationLevel.SATISFIED,
            channel=EvaluationChannel.KIOSK,
        )


def test_unreviewed_service_defaults_to_basic_after_five_working_days(ctx, clerk, clock, finished_case):
    assert evaluations.apply_default_evaluations(ctx, actor=clerk) == []
    clock.advance(timedelta(days=7))  # Tue 24 Nov: the 5th working day after the 17th, still open
    assert evaluations.apply_default_evaluations(ctx, actor=clerk) == []
    clock.advance(timedelta(days=1))  # Wed 25 Nov: the period is over
    assert evaluations.apply_default_evaluations(ctx, actor=clerk) == [finished_case.case_no]
    with ctx.unit_of_work(read_only=True) as uow:
        review = uow.evaluations.get(target_kind="case", target_no=finished_case.case_no)
    assert review.level == int(EvaluationLevel.BASIC) and review.is_default
    assert evaluations.apply_default_evaluations(ctx, actor=clerk) == []


def test_follow_up_closes_only_with_a_resolution(ctx, kiosk, clerk, finished_case):
    manager = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0050")
    outcome = evaluations.evaluate_case(
        ctx,
        actor=kiosk,
        case_no=finished_case.case_no,
        level=EvaluationLevel.DISSATISFIED,
        channel=EvaluationChannel.KIOSK,
        comment="等了很久",
    )
    with pytest.raises(PermissionDenied):  # follow-ups are the hall manager's
        evaluations.close_followup(ctx, actor=clerk, followup_id=outcome.followup.id, resolution="已处理")
    with pytest.raises(ValidationError):
        evaluations.close_followup(ctx, actor=manager, followup_id=outcome.followup.id, resolution=" ")
    closed = evaluations.close_followup(
        ctx, actor=manager, followup_id=outcome.followup.id, resolution="已增开窗口"
    )
    assert closed.state == "closed" and evaluations.open_followups(ctx) == []


def _served_ticket(ctx, kiosk, clerk):
    from shared.services import tickets

    issued = tickets.issue_ticket(ctx, category="general", actor=kiosk)
    called = tickets.call_next(ctx, actor=clerk, categories=["general"])
    assert called is not None and called.id == issued.ticket.id
    tickets.start_serving(ctx, actor=clerk, ticket_id=called.id)
    return issued.ticket


def _ref(ctx, ticket):
    from shared.domain.payloads import TicketRef

    return TicketRef(hall=ticket.hall_code, day=ticket.day, number=ticket.number)


def test_a_window_visit_is_reviewed_once_it_is_done(ctx, kiosk, clerk):
    from shared.services import tickets

    ticket = _served_ticket(ctx, kiosk, clerk)
    with pytest.raises(ValidationError, match="办完后再来评价"):
        evaluations.review_target_for_ticket(ctx, ref=_ref(ctx, ticket))
    with pytest.raises(
        ValidationError, match="办完后再来评价"
    ):  # the use case checks too, not only the lookup
        evaluations.evaluate_ticket(
            ctx,
            actor=kiosk,
            ticket_id=ticket.id,
            level=EvaluationLevel.SATISFIED,
            channel=EvaluationChannel.KIOSK,
        )
    tickets.finish(ctx, actor=clerk, ticket_id=ticket.id)
    target = evaluations.review_target_for_ticket(ctx, ref=_ref(ctx, ticket))
    assert (target.kind, target.number, target.window_no, target.already_reviewed) == (
        "ticket",
        ticket.number,
        clerk.window_no,
        False,
    )
    with pytest.raises(ValidationError, match="原因"):
        evaluations.submit_review(
            ctx,
            actor=kiosk,
            target=target,
            level=EvaluationLevel.DISSATISFIED,
            channel=EvaluationChannel.KIOSK,
        )
    record = evaluations.submit_review(
        ctx,
        actor=kiosk,
        target=target,
        level=EvaluationLevel.DISSATISFIED,
        channel=EvaluationChannel.KIOSK,
        reasons=(BadReviewReason.LONG_WAIT,),
    )
    assert (record.target_kind, record.clerk) == ("ticket", clerk.user)
    assert [f.evaluation_id for f in evaluations.open_followups(ctx)] == [record.id]  # 差评 is followed up
    assert evaluations.review_target_for_ticket(ctx, ref=_ref(ctx, ticket)).already_reviewed
    with pytest.raises(Conflict):
        evaluations.submit_review(
            ctx, actor=kiosk, target=target, level=EvaluationLevel.SATISFIED, channel=EvaluationChannel.KIOSK
        )


def test_review_targets_refuse_other_halls_unknown_tickets_and_forged_codes(ctx, kiosk, finished_case):
    from datetime import date as _date

    from shared.domain.errors import NotFound
    from shared.domain.payloads import EvaluationRef, TicketRef

    with pytest.raises(ValidationError, match="不是本大厅的"):
        evaluations.review_target_for_ticket(
            ctx, ref=TicketRef(hall="XX-OTHER", day=_date(2026, 11, 17), number="A001")
        )
    with pytest.raises(NotFound, match="A404"):
        evaluations.review_target_for_ticket(
            ctx, ref=TicketRef(hall=ctx.settings.hall.code, day=_date(2026, 11, 17), number="A404")
        )
    with pytest.raises(ValidationError, match="二维码无效"):
        evaluations.review_target_for_ref(ctx, ref=EvaluationRef("case", finished_case.case_no, "0" * 16))
    with pytest.raises(ValidationError, match="20位数字"):
        evaluations.review_target_for_case(ctx, case_no="12345")
    target = evaluations.review_target_for_case(ctx, case_no=f" {finished_case.case_no} ")
    assert (target.kind, target.target_no, target.already_reviewed) == ("case", finished_case.case_no, False)
