"""Back up and restore a hall the way docs/hall-mode.md says (pg_dump -Fc, pg_restore, then
`yimen hall init` again): the data, the work-log chain, the roles' privileges, row-level
security and the event triggers all come back."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from offline_store import Store
from offline_store.hall.check import hall_check
from offline_store.hall.roles import HallPlan, hall_init
from shared.services import tickets as ticket_service
from shared.services.actor import Actor
from tests.support.hall import PERSON_B, connect_as, terminal_context

pytestmark = [
    pytest.mark.pg,
    pytest.mark.skipif(not (shutil.which("pg_dump") and shutil.which("pg_restore")), reason="needs pg_dump"),
]


def _libpq_args(url: str) -> list[str]:
    u = make_url(url)
    return ["-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "postgres"]


def test_dump_and_restore_keep_data_privileges_and_events(hall, tmp_path: Path) -> None:
    with terminal_context(hall.settings("T-0101")) as ctx:
        issued = ticket_service.issue_ticket(
            ctx, category="general", actor=Actor.kiosk("T-0101"), id_number=PERSON_B
        )
    dump = tmp_path / "hall.dump"
    source = make_url(hall.admin_url)
    subprocess.run(
        ["pg_dump", *_libpq_args(hall.admin_url), "-Fc", "-f", str(dump), source.database], check=True
    )

    restored = f"{source.database}_r{uuid.uuid4().hex[:4]}"
    admin = sa.create_engine(source.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{restored}"'))
    try:
        subprocess.run(
            ["pg_restore", *_libpq_args(hall.admin_url), "--exit-on-error", "-d", restored, str(dump)],
            check=True,
        )
        restored_url = source.set(database=restored).render_as_string(hide_password=False)
        # role settings (timeouts) are per database: init puts them on the restored one
        hall_init(
            restored_url,
            plan=HallPlan.numbered(kiosks=2, counters=2, displays=1),
            out_dir=hall.configs,
            key_file=hall.key_path,
            backup_dir=tmp_path / "b",
            prefix=hall.prefix,
        )
        kiosk = hall.settings("T-0101")
        kiosk.store.url = (
            make_url(kiosk.store.url).set(database=restored).render_as_string(hide_password=False)
        )
        report = hall_check(kiosk)
        assert report.ok, report.lines()

        with Store.for_tests(restored_url, hall.key_path) as store, store.unit_of_work(read_only=True) as uow:
            uow.audit.verify().raise_if_broken()
            ticket = uow.tickets.get(issued.ticket.id)
            assert ticket.number == "A001" and uow.people.get(ticket.person_id).id_number == PERSON_B
        with connect_as(kiosk) as conn:
            assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0  # RLS came back
            assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone()[0] == "15s"
        with terminal_context(kiosk) as ctx:
            again = ticket_service.issue_ticket(ctx, category="general", actor=Actor.kiosk("T-0101"))
        assert again.number == "A002"
        with sa.create_engine(restored_url).connect() as conn:
            kinds = list(conn.execute(sa.text("SELECT kind FROM hall_events ORDER BY id")).scalars())
        assert kinds == ["ticket.issued", "ticket.issued"]  # the triggers publish in the restored database
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)'))
        admin.dispose()
