"""``yimen data purge`` on SQLite and PostgreSQL: what is due goes, what is not stays, one
work-log line per run; on SQLite the purged person's bytes are gone from the database file
and its WAL (个人信息保护法 art. 47; issue 15, point 4)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from offline_store import Store
from offline_store.models import HelpRequestRow, Person, Ticket
from shared.domain.settings import Settings
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.services.retention import purge
from tests.support.factories import resident_id

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 17, 3, 10, tzinfo=TZ)
OLD_ID = resident_id("53282219560101001")  # gone: not seen for 400 days, no case
NEW_ID = resident_id("53282219900202002")  # stays: seen ten days ago
CASE_ID = resident_id("53282219700303003")  # stays (a case keeps them), but the photo goes
OLD_NAME, OLD_PHONE, OLD_PHOTO = "刀老旧", "13700001111", b"WLT-PHOTO-OF-THE-OLD-RESIDENT" * 30


def _hall(store: Store, db_url: str, tmp_path: Path) -> HallContext:
    settings = Settings(
        store={"url": db_url, "key_file": tmp_path / "keys" / "pii.key", "backup_dir": tmp_path / "b"}
    )
    return HallContext(settings=settings, store=store, clock=ManualClock(NOW))


def _seed(ctx: HallContext, make_case) -> None:
    old, recent = NOW - timedelta(days=400), NOW - timedelta(days=10)
    with ctx.unit_of_work() as uow:
        pid = uow.people.upsert_person(
            id_number=OLD_ID, name=OLD_NAME, phone=OLD_PHONE, photo=OLD_PHOTO, at=old
        )
        uow.tickets.issue(
            hall_code="532822-ZWFW", category="general", prefix="A", day=old.date(), person_id=pid, at=old
        )
        uow.people.upsert_person(
            id_number=NEW_ID, name="玉新", phone="13700002222", photo=b"recent", at=recent
        )
        uow.cases.add(
            make_case("53282226011700100015", applicant_id=CASE_ID, applicant_name="岩有案"),
            terminal_id="T-0001",
            at=old,
        )
        uow.people.upsert_person(id_number=CASE_ID, name="岩有案", photo=b"case-photo", at=old)
        uow.help.add(terminal_id="T-0101", terminal_name="1号自助机", at=old)
        uow.audit.append(actor="clerk01", terminal_id="T-0001", action="seed", target="x", at=old)


def test_purge_deletes_what_is_due_keeps_the_rest_and_logs_once(
    store: Store, db_url: str, tmp_path: Path, make_case
) -> None:
    ctx = _hall(store, db_url, tmp_path)
    _seed(ctx, make_case)
    dry = purge(ctx, dry_run=True)
    assert dry.counts == {
        "id_photos": 2,
        "delivered_pii": 0,
        "archived_cases": 0,
        "tickets": 1,
        "help_requests": 1,
        "people": 0,  # counted before the ticket goes: the dry run is a lower bound for people
        "organisations": 0,
    }
    with ctx.unit_of_work(read_only=True) as uow:
        assert uow.people.find_by_id_number(OLD_ID) is not None  # the dry run changed nothing
        assert not [e for e in uow.audit.entries() if e.action == "data.purge"]

    report = purge(ctx)
    assert report.counts["people"] == 1 and report.counts["tickets"] == 1 and report.counts["id_photos"] == 2
    assert report.reclaimed
    with ctx.unit_of_work(read_only=True) as uow:
        assert uow.people.find_by_id_number(OLD_ID) is None
        assert uow.people.find_by_id_number(NEW_ID).photo == b"recent"
        kept = uow.people.find_by_id_number(CASE_ID)
        assert kept is not None and kept.photo is None
        assert uow.cases.get_by_no("53282226011700100015") is not None
        assert uow.session.execute(sa.select(sa.func.count()).select_from(Ticket)).scalar_one() == 0
        assert uow.session.execute(sa.select(sa.func.count()).select_from(HelpRequestRow)).scalar_one() == 0
        lines = [e for e in uow.audit.entries() if e.action == "data.purge"]
        assert len(lines) == 1 and lines[0].detail["people"] == 1
        assert uow.audit.verify().ok
    again = purge(ctx)
    assert again.total == 0
    with ctx.unit_of_work(read_only=True) as uow:
        assert len([e for e in uow.audit.entries() if e.action == "data.purge"]) == 2  # one line per run


def test_purged_values_are_gone_from_the_file_and_the_wal(store: Store, tmp_path: Path, make_case) -> None:
    db_url = f"sqlite:///{tmp_path / 'yimen.db'}"
    store.close()
    store = Store.for_tests(db_url, tmp_path / "keys" / "pii.key")
    ctx = _hall(store, db_url, tmp_path)
    _seed(ctx, make_case)
    with ctx.unit_of_work(read_only=True) as uow:
        row = uow.session.execute(
            sa.select(Person).where(Person.id == uow.people.id_for(OLD_ID))
        ).scalar_one()
        traces = [
            row.id_number_ct,
            row.name_ct,
            row.phone_ct,
            row.photo_ct,
            row.id_index.encode(),
            row.id.encode(),
        ]
    db, wal = tmp_path / "yimen.db", tmp_path / "yimen.db-wal"

    def on_disk() -> bytes:
        return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    before = on_disk()
    assert all(t in before for t in traces), "the person's bytes were never on disk: the test proves nothing"
    report = purge(ctx)
    assert report.counts["people"] == 1 and "VACUUM" in report.reclaimed
    after = on_disk()
    assert [t[:16] for t in traces if t in after] == []
    # the rest of the store is whole after the rebuild
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_closed_cases_past_their_archive_period_go_with_everything_on_them(
    store: Store, db_url: str, tmp_path: Path, make_case
) -> None:
    from shared.domain.cases import CaseState

    ctx = _hall(store, db_url, tmp_path)
    long_ago = NOW - timedelta(days=365 * 31)
    with ctx.unit_of_work() as uow:
        uow.cases.add(
            make_case("53282195011700100015", applicant_id=OLD_ID, state=CaseState.COMPLETED),
            terminal_id="T-0001",
            at=long_ago,
        )
        uow.outbox.add(
            kind="case.accepted", payload={"case_no": "53282195011700100015"}, case_no="53282195011700100015"
        )
        uow.cases.add(
            make_case("53282226011700100023", applicant_id=NEW_ID), terminal_id="T-0001", at=long_ago
        )
    report = purge(ctx)
    assert report.counts["archived_cases"] == 1 and report.counts["people"] == 1
    with ctx.unit_of_work(read_only=True) as uow:
        assert uow.cases.find_by_no("53282195011700100015") is None
        assert uow.cases.find_by_no("53282226011700100023") is not None  # still open: not archived
        assert uow.people.find_by_id_number(OLD_ID) is None
