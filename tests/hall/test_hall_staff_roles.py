"""The staff roles do their daily work under their own least privileges (issue 7): the
manager sets up accounts and windows, a counter signs a clerk in and serves, the sync
worker hands events on; and none of them can rewrite the work log."""

from __future__ import annotations

import psycopg
import pytest

from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.errors import StoreError
from shared.domain.evaluations import EvaluationChannel, EvaluationLevel
from shared.services import accounts, evaluations
from shared.services import cases as case_service
from shared.services import tickets as ticket_service
from shared.services.actor import Actor, Role
from shared.services.cases import Applicant
from tests.support.hall import LOW_INCOME, PERSON_A, connect_as, terminal_context

pytestmark = pytest.mark.pg

PASSWORD = "Menghai-2026"
MATERIALS = [
    MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
    MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
    MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
    MaterialReceipt("SRZM", "收入证明", ReceiptMethod.PAPER_ORIGINAL),
]


def test_a_working_day_under_the_staff_roles(hall) -> None:
    # the manager's station: the first account, a clerk, window 1
    with terminal_context(hall.settings("T-0401")) as ctx:
        accounts.bootstrap_manager(ctx, username="boss", display_name="刀管理", password=PASSWORD)
        boss = accounts.sign_in(ctx, username="boss", password=PASSWORD, terminal_id="T-0401").actor
        accounts.create_account(
            ctx, actor=boss, username="clerk01", display_name="玉窗口", role=Role.CLERK, password=PASSWORD
        )
        accounts.save_window(
            ctx, actor=boss, number=1, kind="无差别综合", name="1号综合窗口", categories=["general"]
        )

    with terminal_context(hall.settings("T-0101")) as ctx:
        issued = ticket_service.issue_ticket(ctx, category="general", actor=Actor.kiosk("T-0101"))
        with ctx.unit_of_work() as uow:
            request = uow.help.add(terminal_id="T-0101", terminal_name="1号自助机")

    # window 1: sign in, call, serve, accept a case, take the review, answer the help request
    with terminal_context(hall.settings("T-0001")) as ctx:
        clerk = accounts.sign_in(
            ctx, username="clerk01", password=PASSWORD, terminal_id="T-0001", window_no=1
        )
        actor = clerk.actor
        with pytest.raises(Exception, match="用户名或密码错误"):
            accounts.sign_in(
                ctx, username="clerk01", password="wrong", terminal_id="T-0001"
            )  # counted, committed
        assert [w.number for w in accounts.list_windows(ctx)][:1] == [1]
        called = ticket_service.call_next(ctx, actor=actor, categories=clerk.window.categories)
        assert called.id == issued.ticket.id
        ticket_service.start_serving(ctx, actor=actor, ticket_id=called.id)
        stored = case_service.accept_case(
            ctx,
            actor=actor,
            item_code=LOW_INCOME,
            applicant=Applicant(ApplicantKind.PERSON, PERSON_A, "玉香", "13888012345"),
            materials=MATERIALS,
        )
        evaluations.evaluate_case(
            ctx,
            actor=actor,
            case_no=stored.case_no,
            level=EvaluationLevel.VERY_SATISFIED,
            channel=EvaluationChannel.COUNTER_DEVICE,
        )
        ticket_service.finish(ctx, actor=actor, ticket_id=called.id)
        with ctx.unit_of_work() as uow:
            uow.help.acknowledge(request_id=request.id, by=actor.user)

    # the sync worker: a back-office decision from the platform, and the outbox handed on
    with terminal_context(hall.settings("T-0301")) as ctx:
        case_service.record_decision(
            ctx,
            actor=Actor.system("T-0301"),
            case_no=stored.case_no,
            to_state=CaseState.IN_REVIEW,
            notify_platform=False,
        )
        with ctx.unit_of_work() as uow:
            pending = uow.outbox.pending(limit=50)
            assert pending and all(e.pii is not None for e in pending)
            assert uow.outbox.mark_sent_many(event_ids=[e.id for e in pending]) == len(pending)

    # the display cannot sign anybody in: it has no access to accounts
    with (
        terminal_context(hall.settings("T-0201")) as ctx,
        pytest.raises(StoreError, match="permission denied"),
    ):
        accounts.sign_in(ctx, username="clerk01", password=PASSWORD, terminal_id="T-0201")

    # nobody rewrites the work log, and the manager can verify it
    for terminal in ("T-0001", "T-0301", "T-0401"):
        with connect_as(hall.settings(terminal)) as conn:
            for statement in (
                "UPDATE audit_log SET actor = 'x'",
                "DELETE FROM audit_log",
                "TRUNCATE audit_log",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
    with terminal_context(hall.settings("T-0401")) as ctx, ctx.unit_of_work(read_only=True) as uow:
        report = uow.audit.verify()
        report.raise_if_broken()
        assert report.rows_checked >= 10
