"""Fleet health in hall mode (issue 15, point 1): each terminal's own database role writes its
own heartbeat; a manager signed in at a counter reads them all, sees a failing job and puts a
kiosk into 暂停服务, which the kiosk hears with its next beat."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest
import sqlalchemy as sa

from devices.base import Health, HealthState
from shared.services import fleet
from shared.services.actor import Actor, Role
from shared.services.clock import ManualClock
from tests.support.hall import connect_as, terminal_context
from tests.support.services import OPEN_MORNING

pytestmark = pytest.mark.pg

MANAGER = Actor(user="mgr01", role=Role.MANAGER, terminal_id="T-0001")


def _beat(ctx, kind: str) -> fleet.ServiceCommand:
    return fleet.record_heartbeat(
        ctx,
        kind=kind,
        screen="home",
        devices={"printer": Health(HealthState.OK)},
        started_at=ctx.now() - timedelta(minutes=5),
    )


def test_every_terminal_role_writes_its_own_heartbeat_and_the_manager_pauses_a_kiosk(hall) -> None:
    clock = ManualClock(OPEN_MORNING)
    for tid, kind in (("T-0101", "kiosk"), ("T-0102", "kiosk"), ("T-0001", "counter"), ("T-0201", "display")):
        settings = hall.settings(tid)
        assert settings.terminal.kind == kind
        with terminal_context(settings, clock=clock) as ctx:
            assert _beat(ctx, kind) == fleet.ServiceCommand(paused=False)
            clock.advance(seconds=1)
            _beat(ctx, kind)  # the second beat updates the row the first one inserted
    with sa.create_engine(hall.admin_url).connect() as conn:
        rows = dict(conn.execute(sa.text("SELECT terminal_id, kind FROM terminal_heartbeats")).all())
    assert rows == {"T-0101": "kiosk", "T-0102": "kiosk", "T-0001": "counter", "T-0201": "display"}

    with terminal_context(hall.settings("T-0001"), clock=clock) as ctx:  # a manager at a counter
        report = fleet.list_terminals(ctx, actor=MANAGER)
        assert {t.terminal_id: t.level for t in report.terminals} == dict.fromkeys(rows, "ok")
        fleet.pause_terminal(ctx, actor=MANAGER, terminal_id="T-0101", reason="更换纸卷")
    with terminal_context(hall.settings("T-0101"), clock=clock) as ctx:
        heard = _beat(ctx, "kiosk")
    assert heard.paused and heard.reason == "更换纸卷"
    with terminal_context(hall.settings("T-0102"), clock=clock) as ctx:
        assert not _beat(ctx, "kiosk").paused  # the other kiosk serves on


def test_a_kiosk_role_cannot_pause_itself_or_others(hall) -> None:
    with terminal_context(hall.settings("T-0101")) as ctx:
        _beat(ctx, "kiosk")
    with connect_as(hall.settings("T-0101")) as conn:
        for statement in (
            "INSERT INTO terminal_commands VALUES ('T-0102', 'paused', 'x', 'k', now())",
            "DELETE FROM terminal_heartbeats",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with connect_as(hall.settings("T-0201")) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE terminal_commands SET service_state = 'open'")
