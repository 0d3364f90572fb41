"""Least privilege in hall mode (issue 7): what each terminal role may read and write,
proven against a real PostgreSQL with the roles `yimen hall init` creates."""

from __future__ import annotations

import stat
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from offline_store.hall import grants
from offline_store.hall.kiosk import present_applicant
from offline_store.hall.roles import HallPlan, hall_init
from offline_store.models import Base
from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.errors import Conflict, NotFound, ValidationError
from shared.services import cases as case_service
from shared.services import tickets as ticket_service
from shared.services.actor import Actor, Role
from shared.services.cases import Applicant
from tests.support.hall import (
    ELDER_CARD,
    LOW_INCOME,
    PERSON_A,
    PERSON_B,
    PERSON_C,
    connect_as,
    terminal_context,
)

KIOSK_MATERIALS = [MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ)]
COUNTER_MATERIALS = [
    MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
    MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
    MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
    MaterialReceipt("SRZM", "收入证明", ReceiptMethod.PAPER_ORIGINAL),
]


def test_every_table_has_a_privilege_decision() -> None:
    tables = set(Base.metadata.tables) | {"alembic_version"}
    assert tables == set(grants.TABLE_GRANTS), "a table without a hall-mode grant decision (or a stale one)"
    assert set(grants.RLS_TABLES) <= tables
    # nobody may rewrite or delete the work log
    for group, privileges in grants.TABLE_GRANTS["audit_log"].items():
        assert "UPDATE" not in privileges and "DELETE" not in privileges, group


def test_plan_mistakes_are_refused_before_touching_the_database() -> None:
    from offline_store.hall.roles import TerminalPlan

    with pytest.raises(ValidationError) as err:
        HallPlan(
            (
                TerminalPlan("T-0001", "counter", window_no=1),
                TerminalPlan("K-0001", "kiosk"),  # same digits: case numbers would collide
                TerminalPlan("T-0002", "counter"),  # no window
                TerminalPlan("T-0003", "printer"),
                TerminalPlan("T 4", "kiosk"),
            )
        ).validate()
    text = err.value.message
    assert "办件编号会冲突" in text and "须有 window_no" in text and "printer" in text and "只能含" in text
    plan = HallPlan.numbered(kiosks=6, counters=40, displays=2)
    assert len(plan.terminals) == 50 and plan.terminals[39].window_no == 40


@pytest.mark.pg
def test_each_terminal_gets_its_own_private_config(hall, tmp_path: Path) -> None:
    files = sorted(hall.configs.glob("*.toml"))
    assert [f.stem for f in files] == ["T-0001", "T-0002", "T-0101", "T-0102", "T-0201", "T-0301", "T-0401"]
    users, passwords = set(), set()
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        s = hall.settings(f.stem)
        url = make_url(s.store.url)
        assert url.username.startswith(f"{hall.prefix}_") and url.username.endswith(
            f.stem.lower().replace("-", "_")
        )
        users.add(url.username)
        passwords.add(url.password)
        assert s.terminal.id == f.stem
    assert stat.S_IMODE(hall.configs.stat().st_mode) == 0o700
    assert len(users) == len(passwords) == len(files)
    assert (
        hall.settings("T-0001").terminal.window_no == 1 and hall.settings("T-0101").terminal.kind == "kiosk"
    )

    # the server stores a SCRAM verifier, never the password
    with sa.create_engine(hall.admin_url).connect() as conn:
        stored = conn.execute(
            sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
            {"r": make_url(hall.settings("T-0101").store.url).username},
        ).scalar_one()
    assert (
        stored.startswith("SCRAM-SHA-256$4096:")
        and make_url(hall.settings("T-0101").store.url).password not in stored
    )

    # running init again keeps every password; --rotate replaces them
    before = {f.name: f.read_text() for f in files}
    again = dict(
        plan=HallPlan.numbered(kiosks=2, counters=2, displays=1),
        out_dir=hall.configs,
        key_file=hall.key_path,
        backup_dir=tmp_path / "b",
        prefix=hall.prefix,
    )
    result = hall_init(hall.admin_url, **again)
    assert not any(t.written or t.created for t in result.terminals)
    assert {f.name: f.read_text() for f in files} == before
    hall_init(hall.admin_url, rotate=True, **again)
    assert all(f.read_text() != before[f.name] for f in files)
    with connect_as(hall.settings("T-0101")) as conn:  # the new credentials work
        assert conn.execute("SELECT session_user").fetchone()[0].endswith("kiosk_t_0101")


@pytest.mark.pg
def test_kiosk_services_work_under_least_privilege(hall) -> None:
    kiosk = Actor.kiosk("T-0101")
    with terminal_context(hall.settings("T-0101")) as ctx:
        plain = ticket_service.issue_ticket(ctx, category="general", actor=kiosk)
        with_card = ticket_service.issue_ticket(
            ctx, category="social", actor=kiosk, id_number=PERSON_B, name="岩温"
        )
        assert with_card.ticket.person_id is not None and with_card.priority_label == "老年人优先"
        with pytest.raises(Conflict, match="已取过"):  # reads the person's open ticket through RLS
            ticket_service.issue_ticket(ctx, category="social", actor=kiosk, id_number=PERSON_B, name="岩温")
        stored = case_service.submit_self_service(
            ctx,
            actor=kiosk,
            item_code=ELDER_CARD,
            applicant=Applicant(ApplicantKind.PERSON, PERSON_B, "岩温", "13888012345"),
            materials=KIOSK_MATERIALS,
        )
        # the kiosk reads back what it just submitted (for the receipt), decrypted
        assert stored.record.applicant_id == PERSON_B and stored.record.state is CaseState.SUBMITTED
        assert [s.waiting for s in ticket_service.queue_status(ctx)][:2] == [1, 1]
        with ctx.unit_of_work() as uow:
            request = uow.help.add(terminal_id="T-0101", terminal_name="1号自助机", reason="不会操作")
        assert request.terminal_id == "T-0101"
    assert plain.number == "A001"
    with sa.create_engine(hall.admin_url).connect() as conn:
        outbox = conn.execute(
            sa.text("SELECT kind, pii_ct IS NOT NULL FROM outbox ORDER BY created_at")
        ).all()
        audit = conn.execute(sa.text("SELECT action FROM audit_log ORDER BY seq")).scalars().all()
    assert outbox == [("created", True), ("materials", False)]  # the applicant's ID travels encrypted
    assert audit[-3:] == ["ticket.issue", "ticket.issue", "case.submit"]


@pytest.mark.pg
def test_kiosk_cannot_read_cases_people_or_other_terminals_submissions(hall) -> None:
    clerk = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    with terminal_context(hall.settings("T-0001")) as ctx:
        counter_case = case_service.accept_case(
            ctx,
            actor=clerk,
            item_code=LOW_INCOME,
            applicant=Applicant(ApplicantKind.PERSON, PERSON_A, "玉香", "13888012345"),
            materials=COUNTER_MATERIALS,
        )
    with terminal_context(hall.settings("T-0101")) as ctx:
        kiosk_case = case_service.submit_self_service(
            ctx,
            actor=Actor.kiosk("T-0101"),
            item_code=ELDER_CARD,
            applicant=Applicant(ApplicantKind.PERSON, PERSON_B, "岩温", ""),
            materials=KIOSK_MATERIALS,
        )

    # plain SQL with the other kiosk's credentials: every personal table looks empty
    with connect_as(hall.settings("T-0102")) as conn:
        for table in ("cases", "people", "organisations", "case_materials", "case_events", "complaints"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert conn.execute("SELECT * FROM cases WHERE case_no = %s", (kiosk_case.case_no,)).fetchall() == []
        # guessing the presentation setting without the key-derived blind index shows nothing
        conn.execute("SELECT set_config('yimen.applicant_index', %s, false)", (PERSON_B,))
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0
        assert conn.execute("UPDATE cases SET state = 'withdrawn'").rowcount == 0
        denied = [
            "SELECT payload FROM outbox",
            "SELECT pii_ct FROM outbox",
            "SELECT * FROM audit_log",
            "SELECT * FROM accounts",
            "SELECT * FROM hall_terminals",
            "SELECT * FROM sync_remote_versions",
            "DELETE FROM audit_log",
            "UPDATE audit_log SET actor = 'x'",
            "DELETE FROM tickets",
            "INSERT INTO hall_events (topic, kind, at, hall_code, terminal_id, payload) "
            "VALUES ('ticket', 'ticket.called', now(), '', '', '{}')",
        ]
        for statement in denied:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # the self-service brake still sees the hall's backlog (counts, no payloads)
        assert conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0] >= 2
        # a kiosk cannot file a case in another terminal's name
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO cases (id, case_no, item_code, item_name, state, channel, applicant_kind, clerk, "
                "terminal_id, cross_region, handling_region, delivery_method, tracking_no, created_at, "
                "deadline_provisional, decision_note, missing, version, updated_at) VALUES "
                "('x', '53282220261117999999', 'i', 'n', 'submitted', 'kiosk', 'person', '', 'T-0101', "
                "'none', '', 'pickup', '', now(), false, '', '[]', 1, now())"
            )

    # through the services: neither kiosk can look a case up by number, not even its own after commit
    for terminal in ("T-0101", "T-0102"):
        with terminal_context(hall.settings(terminal)) as ctx:
            for no in (kiosk_case.case_no, counter_case.case_no):
                with pytest.raises(NotFound):
                    case_service.case_progress(ctx, case_no=no)
            # presenting a resident's card shows that resident's cases, and only theirs
            with ctx.unit_of_work(read_only=True) as uow:
                present_applicant(uow, id_number=PERSON_B)
                mine = uow.cases.list()
                assert [c.case_no for c in mine] == [kiosk_case.case_no]
                assert mine[0].record.applicant_name == "岩温"
                assert uow.people.find_by_id_number(PERSON_A) is None
            with ctx.unit_of_work(read_only=True) as uow:
                present_applicant(uow, id_number=PERSON_C)  # nobody's cases
                assert uow.cases.list() == []

    # the counter works on every case
    with terminal_context(hall.settings("T-0002")) as ctx:
        assert case_service.case_progress(ctx, case_no=kiosk_case.case_no).applicant == "岩*"
        assert case_service.case_progress(ctx, case_no=counter_case.case_no).state is CaseState.ACCEPTED


@pytest.mark.pg
def test_display_reads_only_the_queue(hall) -> None:
    with terminal_context(hall.settings("T-0101")) as ctx:
        issued = ticket_service.issue_ticket(
            ctx, category="general", actor=Actor.kiosk("T-0101"), id_number=PERSON_A
        )
        with ctx.unit_of_work() as uow:
            uow.help.add(terminal_id="T-0101", terminal_name="1号自助机")
    clerk = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    with terminal_context(hall.settings("T-0001")) as ctx:
        assert ticket_service.call_next(ctx, actor=clerk, categories=["general"]).id == issued.ticket.id
    with terminal_context(hall.settings("T-0201")) as ctx:
        status = {s.category: s for s in ticket_service.queue_status(ctx)}
        assert status["general"].called == 1
        with ctx.unit_of_work(read_only=True) as uow:
            called = uow.tickets.recently_called(hall_code=ctx.settings.hall.code, day=ctx.today())
        assert [t.number for t in called] == ["A001"]
    with connect_as(hall.settings("T-0201")) as conn:
        for table in (
            "cases",
            "people",
            "organisations",
            "outbox",
            "audit_log",
            "accounts",
            "evaluations",
            "complaints",
            "help_requests",
            "case_events",
            "sync_state",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")
        for statement in ("UPDATE tickets SET state = 'done'", "DELETE FROM tickets"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        topics = {row[0] for row in conn.execute("SELECT DISTINCT topic FROM hall_events")}
        assert topics == {"ticket"}  # the help request's event exists, but not for the display
    with connect_as(hall.settings("T-0001")) as conn:
        assert {row[0] for row in conn.execute("SELECT DISTINCT topic FROM hall_events")} == {
            "ticket",
            "help",
        }


@pytest.mark.pg
def test_kiosk_sees_status_events_of_its_own_cases_only(hall) -> None:
    for terminal in ("T-0101", "T-0102"):
        with terminal_context(hall.settings(terminal)) as ctx:
            case_service.submit_self_service(
                ctx,
                actor=Actor.kiosk(terminal),
                item_code=ELDER_CARD,
                applicant=Applicant(ApplicantKind.PERSON, PERSON_B, "岩温", ""),
                materials=KIOSK_MATERIALS,
            )
    with connect_as(hall.settings("T-0102")) as conn:
        rows = conn.execute(
            "SELECT terminal_id, payload->>'case_no' FROM hall_events WHERE topic = 'case'"
        ).fetchall()
    assert [r[0] for r in rows] == ["T-0102"]
    with connect_as(hall.settings("T-0301")) as conn:  # the sync worker sees all of them
        assert conn.execute("SELECT count(*) FROM hall_events WHERE topic = 'case'").fetchone()[0] == 2
