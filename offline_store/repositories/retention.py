"""Deleting personal data whose time is up (个人信息保护法 art. 19, 47; issue 15, point 4).

Each method takes its cut-off and ``dry_run``: with it the rows are counted, not touched.
What stays and why is in docs/operations.md; the use case is shared.services.retention.
After deleting, :func:`reclaim` makes the database give the space (and the bytes) back:
deleted rows otherwise linger in free pages of the SQLite file and in its WAL.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from offline_store.dml import rows_changed
from offline_store.models import (
    Case,
    Complaint,
    HelpRequestRow,
    Organisation,
    OutboxRow,
    Person,
    Ticket,
)
from offline_store.models_rules import FirstAskRow
from offline_store.repositories._base import Repository

# a case whose life is over: its archive period counts from the decision (or the last change)
FINAL_CASE_STATES = ("completed", "rejected", "not_accepted", "withdrawn")


class RetentionRepository(Repository):
    def begin_secure_delete(self) -> None:
        """SQLite: overwrite deleted content with zeros as it is deleted (the free pages of the
        file and the pages in the WAL), not only when VACUUM rebuilds the file."""
        if self.session.get_bind().dialect.name == "sqlite":
            self.session.execute(sa.text("PRAGMA secure_delete = ON"))

    def _apply(self, select_ids: sa.Select, delete: sa.Delete | sa.Update, *, dry_run: bool) -> int:
        if dry_run:
            return int(
                self.session.execute(
                    sa.select(sa.func.count()).select_from(select_ids.subquery())
                ).scalar_one()
            )
        return int(rows_changed(self.session.execute(delete)) or 0)

    def erase_id_photos(self, *, unused_since: datetime, dry_run: bool) -> int:
        """ID-card photos (biometric, art. 28) of people not seen since the cut-off; the person stays."""
        where = (Person.photo_ct.is_not(None), Person.updated_at < unused_since)
        return self._apply(
            sa.select(Person.id).where(*where),
            sa.update(Person)
            .where(*where)
            .values(photo_ct=None)
            .execution_options(synchronize_session=False),
            dry_run=dry_run,
        )

    def erase_delivered_outbox_pii(self, *, delivered_before: datetime, dry_run: bool) -> int:
        """The personal data an outbox event carried to the platform, once delivered."""
        where = (
            OutboxRow.pii_ct.is_not(None),
            OutboxRow.delivered_at.is_not(None),
            OutboxRow.delivered_at < delivered_before,
        )
        return self._apply(
            sa.select(OutboxRow.id).where(*where),
            sa.update(OutboxRow)
            .where(*where)
            .values(pii_ct=None)
            .execution_options(synchronize_session=False),
            dry_run=dry_run,
        )

    def delete_tickets(self, *, before_day: date, dry_run: bool) -> int:
        where = Ticket.day < before_day
        return self._apply(
            sa.select(Ticket.id).where(where),
            sa.delete(Ticket).where(where).execution_options(synchronize_session=False),
            dry_run=dry_run,
        )

    def delete_help_requests(self, *, before: datetime, dry_run: bool) -> int:
        where = HelpRequestRow.created_at < before
        return self._apply(
            sa.select(HelpRequestRow.id).where(where),
            sa.delete(HelpRequestRow).where(where).execution_options(synchronize_session=False),
            dry_run=dry_run,
        )

    def delete_archived_cases(self, *, closed_before: datetime, dry_run: bool) -> int:
        """Closed cases past their archive period, with every row that hangs on them."""
        closed_at = sa.func.coalesce(Case.decided_at, Case.updated_at)
        ids = sa.select(Case.id).where(Case.state.in_(FINAL_CASE_STATES), closed_at < closed_before)
        if dry_run:
            return self._apply(ids, sa.delete(Case), dry_run=True)
        case_ids = list(self.session.execute(ids).scalars())
        if not case_ids:
            return 0
        # every table with a foreign key to cases, found from the schema (materials, events,
        # outbox, pauses …): no dependent row is left pointing at a deleted case
        for table in reversed(Case.metadata.sorted_tables):
            for fk in table.foreign_keys:
                if fk.column.table is Case.__table__ and table is not Case.__table__:
                    for chunk in _chunks(case_ids):
                        self.session.execute(sa.delete(table).where(fk.parent.in_(chunk)))
        deleted = 0
        for chunk in _chunks(case_ids):
            deleted += rows_changed(self.session.execute(
                sa.delete(Case).where(Case.id.in_(chunk)).execution_options(synchronize_session=False)
            ))
        return deleted

    def delete_unused_people(self, *, unused_since: datetime, dry_run: bool) -> int:
        """People not seen since the cut-off who have no case, complaint, ticket or 咨询登记 left."""
        where = (
            Person.updated_at < unused_since,
            ~sa.exists().where(Case.person_id == Person.id),
            ~sa.exists().where(Complaint.person_id == Person.id),
            ~sa.exists().where(Ticket.person_id == Person.id),
            ~sa.exists().where(FirstAskRow.person_id == Person.id),
        )
        return self._apply(
            sa.select(Person.id).where(*where),
            sa.delete(Person).where(*where).execution_options(synchronize_session=False),
            dry_run=dry_run,
        )

    def delete_unused_organisations(self, *, unused_since: datetime, dry_run: bool) -> int:
        where = (
            Organisation.updated_at < unused_since,
            ~sa.exists().where(Case.organisation_id == Organisation.id),
        )
        return self._apply(
            sa.select(Organisation.id).where(*where),
            sa.delete(Organisation).where(*where).execution_options(synchronize_session=False),
            dry_run=dry_run,
        )


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def reclaim(engine: Engine, *, tables: list[str]) -> str:
    """After a purge: SQLite rebuilds the file (VACUUM) and empties the WAL into it
    (checkpoint TRUNCATE); PostgreSQL vacuums the tables that lost rows. Returns what was done."""
    if engine.dialect.name == "sqlite":
        import sqlite3

        # a plain connection: the store's engine opens every connection inside a transaction
        # (offline_store/db.py), where neither VACUUM nor a checkpoint may run
        conn = sqlite3.connect(engine.url.database or "", timeout=30, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
        return "VACUUM; WAL checkpoint (TRUNCATE)" + ("；有其他连接在读，WAL 未能完全清空" if busy else "")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as pg:
        for table in tables:
            pg.exec_driver_sql(f'VACUUM (ANALYZE) "{table}"')
    return f"VACUUM {', '.join(tables)}" if tables else "nothing to vacuum"
