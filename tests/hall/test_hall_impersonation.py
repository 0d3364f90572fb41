"""Terminals cannot impersonate each other (issue 15, point 7), on a real PostgreSQL after
`yimen hall init`: a terminal's role writes tickets, work-log rows, chain heads, outbox rows
and heartbeats only under its own terminal id, through the services and in plain SQL; and
`yimen audit verify` names a chain holding a row another terminal's role wrote."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from offline_store import Store
from offline_store.repositories.fleet import Heartbeat
from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.domain.errors import StoreError
from shared.domain.tickets import TicketState
from shared.services import cases as case_service
from shared.services import tickets as ticket_service
from shared.services.actor import Actor, Role
from shared.services.cases import Applicant
from tests.support.hall import ELDER_CARD, PERSON_B, connect_as, terminal_context
from yimen.cli import main

pytestmark = pytest.mark.pg

RLS = "row-level security"
NOT_AS_ANOTHER = "不能以其他终端的名义写入"
NOW = datetime(2026, 11, 17, 2, 0, tzinfo=UTC)


def _admin_rows(hall, sql: str, **params) -> list:
    engine = sa.create_engine(hall.admin_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.text(sql), params))
    finally:
        engine.dispose()


def _role(hall, terminal: str) -> str:
    return make_url(hall.settings(terminal).store.url).username


def _heartbeat_sql(terminal: str) -> str:
    return (
        "INSERT INTO terminal_heartbeats (terminal_id, kind, name, version, host, started_at, at, screen, "
        "devices, outbox_backlog, last_sync_at, errors, service_state) VALUES "
        f"('{terminal}', 'kiosk', 'x', '1', 'h', now(), now(), 'home', '{{}}', 0, NULL, '[]', 'open')"
    )


def test_a_kiosk_issues_and_logs_only_as_itself(hall) -> None:
    with terminal_context(hall.settings("T-0101")) as ctx:
        # issue_ticket itself, asked to issue in the other kiosk's name
        with pytest.raises(StoreError, match=NOT_AS_ANOTHER):
            ticket_service.issue_ticket(ctx, category="general", actor=Actor.kiosk("T-0102"))
        # the store's own work-log append, into a counter's chain and into the hall chain
        for other in ("T-0001", ""):
            with pytest.raises(StoreError, match=NOT_AS_ANOTHER), ctx.unit_of_work() as uow:
                uow.audit.append(
                    actor="kiosk:T-0101", terminal_id=other, action="ticket.issue", target="C001"
                )
        # a help request in the other kiosk's name (a helper would walk to the wrong machine)
        with pytest.raises(StoreError, match=NOT_AS_ANOTHER), ctx.unit_of_work() as uow:
            uow.help.add(terminal_id="T-0102", terminal_name="2号自助机", reason="不会操作")
        # the fleet's heartbeat, written by the store's repository in another kiosk's name
        beat = Heartbeat(
            terminal_id="T-0102",
            kind="kiosk",
            name="2号自助机",
            version="1",
            host="k2",
            started_at=NOW,
            at=NOW,
            screen="home",
            devices={},
            outbox_backlog=0,
            last_sync_at=None,
            errors=[],
            service_state="open",
        )
        with pytest.raises(StoreError, match=NOT_AS_ANOTHER), ctx.unit_of_work() as uow:
            uow.fleet.beat(beat)
        with ctx.unit_of_work() as uow:
            uow.fleet.beat(replace(beat, terminal_id="T-0101", name="1号自助机"))
        # as itself everything works, and the number refused above was given back (no gap)
        mine = ticket_service.issue_ticket(ctx, category="general", actor=Actor.kiosk("T-0101"))
        assert mine.number == "A001"
        case_service.submit_self_service(
            ctx,
            actor=Actor.kiosk("T-0101"),
            item_code=ELDER_CARD,
            applicant=Applicant(ApplicantKind.PERSON, PERSON_B, "岩温", ""),
            materials=[MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ)],
        )
    assert [tuple(r) for r in _admin_rows(hall, "SELECT number, terminal_id FROM tickets")] == [
        ("A001", "T-0101")
    ]
    logged = _admin_rows(hall, "SELECT chain, terminal_id, written_by FROM audit_log WHERE written_by <> current_user")
    assert {tuple(r) for r in logged} == {("T-0101", "T-0101", _role(hall, "T-0101"))}
    # the server filled in the outbox's terminal from the session
    assert {r[0] for r in _admin_rows(hall, "SELECT terminal_id FROM outbox")} == {"T-0101"}

    with connect_as(hall.settings("T-0101")) as conn:
        refused = [
            # a ticket under the other kiosk's id
            "INSERT INTO tickets (id, hall_code, category, day, seq, number, state, priority, priority_reason, "
            "issued_at, call_count, served_by, terminal_id) VALUES ('t1', 'H', 'general', '2026-11-17', 99, "
            "'A099', 'waiting', 0, '', now(), 0, '', 'T-0102')",
            # a work-log row in a counter's chain, and in its own chain naming another writer
            "INSERT INTO audit_log (chain, seq, at, actor, terminal_id, action, target, result, detail, "
            "prev_hash, hash) VALUES ('T-0001', 99, now(), 'x', 'T-0001', 'a', '', 'ok', '{}', '', '')",
            "INSERT INTO audit_log (chain, seq, at, actor, terminal_id, action, target, result, detail, "
            "prev_hash, hash, written_by) VALUES ('T-0101', 99, now(), 'x', 'T-0101', 'a', '', 'ok', '{}', "
            f"'', '', '{_role(hall, 'T-0102')}')",
            # another terminal's chain head
            "INSERT INTO audit_head (chain, seq, hash) VALUES ('T-0102', 0, '')",
            # an outbox event queued as another terminal
            "INSERT INTO outbox (id, kind, payload, created_at, state, attempts, next_attempt_at, last_error, "
            "terminal_id) VALUES ('o1', 'created', '{}', now(), 'pending', 0, now(), '', 'T-0102')",
            # another terminal's heartbeat
            _heartbeat_sql("T-0102"),
        ]
        for sql in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match=RLS):
                conn.execute(sql)
        # another chain's head cannot be locked or moved: the kiosk does not even see it
        assert conn.execute("SELECT count(*) FROM audit_head WHERE chain = 'T-0001'").fetchone()[0] == 0
        assert conn.execute("UPDATE audit_head SET seq = 0 WHERE chain <> 'T-0101'").rowcount == 0
        # its own heartbeat (written through uow.fleet above) it overwrites
        assert conn.execute("UPDATE terminal_heartbeats SET screen = 'guide' WHERE terminal_id = 'T-0101'").rowcount == 1
    with connect_as(hall.settings("T-0102")) as conn:
        conn.execute(_heartbeat_sql("T-0102"))
        # not another's, neither by UPDATE (invisible) nor by an upsert on its key
        assert (
            conn.execute("UPDATE terminal_heartbeats SET screen = 'x' WHERE terminal_id = 'T-0101'").rowcount
            == 0
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=RLS):
            conn.execute(_heartbeat_sql("T-0101") + " ON CONFLICT (terminal_id) DO UPDATE SET screen = 'x'")
        # but it sees the hall's heartbeats (fleet page)
        assert conn.execute("SELECT count(*) FROM terminal_heartbeats").fetchone()[0] == 2
    assert [
        tuple(r) for r in _admin_rows(hall, "SELECT terminal_id, screen FROM terminal_heartbeats ORDER BY 1")
    ] == [
        ("T-0101", "guide"),
        ("T-0102", "home"),
    ]


def test_a_window_calls_only_to_itself_and_staff_roles_keep_their_grants(hall) -> None:
    with terminal_context(hall.settings("T-0101")) as ctx:
        first = ticket_service.issue_ticket(ctx, category="general", actor=Actor.kiosk("T-0101"))
        second = ticket_service.issue_ticket(ctx, category="general", actor=Actor.kiosk("T-0101"))
    with terminal_context(hall.settings("T-0001")) as ctx:
        # window 1's terminal calling a ticket to window 2, or logging as window 2
        with pytest.raises(StoreError, match=NOT_AS_ANOTHER), ctx.unit_of_work() as uow:
            uow.tickets.claim(ticket_id=first.ticket.id, window_no=2)
        with pytest.raises(StoreError, match=NOT_AS_ANOTHER), ctx.unit_of_work() as uow:
            uow.audit.append(actor="clerk02", terminal_id="T-0002", action="ticket.call", target="A001")
        # a ticket issued at the window in a kiosk's name
        with pytest.raises(StoreError, match=NOT_AS_ANOTHER):
            ticket_service.issue_ticket(ctx, category="general", actor=Actor.kiosk("T-0101"))
        clerk = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
        called = ticket_service.call_next(ctx, actor=clerk, categories=["general"])
        assert called.id == first.ticket.id and called.window_no == 1
        ticket_service.start_serving(ctx, actor=clerk, ticket_id=called.id)
        ticket_service.finish(ctx, actor=clerk, ticket_id=called.id)
        # a transfer names the other window without calling to it
        again = ticket_service.call_next(ctx, actor=clerk, categories=["general"])
        with ctx.unit_of_work() as uow:
            moved = uow.tickets.update_state(
                ticket_id=again.id, to_state=TicketState.TRANSFERRED, target_window=2
            )
        assert moved.id == second.ticket.id and moved.target_window == 2 and moved.window_no is None

    with connect_as(hall.settings("T-0301")) as conn:  # the sync worker: not the queue
        for sql in ("SELECT count(*) FROM tickets", "SELECT count(*) FROM ticket_sequences"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                conn.execute(sql)
        # its delivery work on every terminal's events stays
        conn.execute("UPDATE outbox SET attempts = attempts WHERE terminal_id <> 'T-0301'")
    with connect_as(hall.settings("T-0401")) as conn:  # the manager reads the queue, changes nothing in it
        assert conn.execute("SELECT count(*) FROM tickets").fetchone()[0] == 2
        for sql in (
            "UPDATE tickets SET state = 'done'",
            "DELETE FROM tickets",
            "UPDATE ticket_sequences SET last_seq = 0",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                conn.execute(sql)
        # it reads every chain (to verify) and clears a retired terminal's heartbeat
        assert conn.execute("SELECT count(DISTINCT chain) FROM audit_log").fetchone()[0] >= 2
        conn.execute(_heartbeat_sql("T-0102"))
        assert conn.execute("DELETE FROM terminal_heartbeats WHERE terminal_id = 'T-0102'").rowcount == 1


def test_audit_verify_names_a_row_written_by_another_terminals_role(hall, capsys) -> None:
    with terminal_context(hall.settings("T-0001")) as ctx, ctx.unit_of_work() as uow:
        for n in range(3):
            uow.audit.append(actor="clerk01", terminal_id="T-0001", action="ticket.call", target=f"A00{n}")
    manager = str(hall.config("T-0401"))
    assert main(["--config", manager, "audit", "verify", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True

    # a kiosk's row in window 1's chain, correctly chained with the hall's key, as a kiosk could
    # write it before the policies existed: simulated by the server's superuser, who bypasses them
    store = Store.for_tests(hall.admin_url, hall.key_path)
    try:
        with store.unit_of_work() as uow:
            forged = uow.audit.append(
                actor="clerk01", terminal_id="T-0001", action="ticket.call", target="C001"
            )
        with store.engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE audit_log SET written_by = :r WHERE chain = 'T-0001' AND seq = :s"),
                {"r": _role(hall, "T-0101"), "s": forged.seq},
            )
    finally:
        store.close()

    assert main(["--config", manager, "audit", "verify", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["first_bad_chain"] == "T-0001" and report["first_bad_seq"] == 4
    assert "T-0101" in report["problem"] and _role(hall, "T-0101") in report["problem"]
    assert main(["--config", manager, "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "终端 T-0001" in err and "第4条" in err and "终端 T-0101" in err
