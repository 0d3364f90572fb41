from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from offline_store import Store, migrate
from offline_store.db import create_engine_for
from offline_store.models import Base
from shared.domain.errors import DatabaseTooNew, StoreError
from shared.domain.settings import StoreSettings

ROOT = Path(__file__).resolve().parents[2]

EXTRA_REVISION = '''
"""test-only revision: adds a column, as a later Yimen release would"""
import sqlalchemy as sa
from alembic import op

revision = "future1"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("help_requests") as batch:
        batch.add_column(sa.Column("priority", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("help_requests") as batch:
        batch.drop_column("priority")
'''


def test_models_and_migrations_agree(db_url: str, tmp_path: Path) -> None:
    engine = create_engine_for(db_url)
    migrate.upgrade(engine, backup_dir=tmp_path / "backups")
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": False})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_check_reports_empty_then_current(db_url: str, tmp_path: Path) -> None:
    head = migrate.head_revision()
    assert migrate.check(db_url) == migrate.MigrationStatus(current=None, head=head, pending=True)
    result = migrate.upgrade(db_url, backup_dir=tmp_path / "backups")
    assert (result.before, result.after, result.backup) == (None, head, None)  # nothing to back up yet
    assert migrate.check(db_url) == migrate.MigrationStatus(current=head, head=head, pending=False)
    again = migrate.upgrade(db_url, backup_dir=tmp_path / "backups")
    assert again.backup is None and again.before == head


def test_database_too_new_is_refused(db_url: str, tmp_path: Path, key_path: Path) -> None:
    migrate.upgrade(db_url, backup_dir=tmp_path / "backups")
    engine = create_engine_for(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'f00d9999'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNew) as err:
        migrate.check(db_url)
    assert "migrated by a newer Yimen (revision f00d9999)" in str(err.value)
    assert "install that version or restore a backup" in str(err.value)
    with pytest.raises(DatabaseTooNew):
        migrate.upgrade(db_url, backup_dir=tmp_path / "backups")
    with pytest.raises(DatabaseTooNew):
        Store.open(StoreSettings(url=db_url, key_file=key_path, backup_dir=tmp_path / "b"), create_key=True)


def test_store_refuses_a_database_that_needs_upgrade(db_url: str, tmp_path: Path, key_path: Path) -> None:
    settings = StoreSettings(url=db_url, key_file=key_path, backup_dir=tmp_path / "b")
    with pytest.raises(StoreError, match="需要升级") as err:
        Store.open(settings, create_key=True)
    assert "yimen db upgrade" in err.value.hint
    Store.open(settings, upgrade=True).close()


def test_upgrade_backs_up_a_sqlite_database_with_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_case
) -> None:
    db = tmp_path / "yimen.db"
    url = f"sqlite:///{db}"
    store = Store.for_tests(url, tmp_path / "keys" / "pii.key")
    with store.unit_of_work() as uow:
        no = uow.cases.next_case_no(
            terminal_id="T1", terminal_no=1, region_code="532822", day=date(2026, 3, 2)
        )
        uow.cases.add(make_case(no), terminal_id="T1")
    store.close()

    # a later release ships one more revision
    head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "future1_test.py").write_text(EXTRA_REVISION.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)

    assert migrate.check(url).pending
    result = migrate.upgrade(url, backup_dir=tmp_path / "backups")
    assert result.before == head and result.after == "future1"
    assert result.backup is not None and result.backup.parent == tmp_path / "backups"
    assert f"rev-{head}" in result.backup.name
    assert oct(result.backup.stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT case_no FROM cases").fetchall() == [(no,)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with sqlite3.connect(db) as live:
        cols = [r[1] for r in live.execute("PRAGMA table_info(help_requests)")]
        assert "priority" in cols
        assert live.execute("SELECT count(*) FROM cases").fetchone() == (1,)


def test_failed_upgrade_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'yimen.db'}"
    migrate.upgrade(url, backup_dir=tmp_path / "backups")
    head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    broken = EXTRA_REVISION.replace(
        'batch.add_column(sa.Column("priority", sa.Integer(), nullable=True))',
        'batch.add_column(sa.Column("priority", sa.Integer(), nullable=True))\n    op.execute("SELECT * FROM no_such_table")',
    )
    (scripts / "versions" / "future1_test.py").write_text(broken.format(head=head), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    with pytest.raises(sa.exc.OperationalError):
        migrate.upgrade(url, backup_dir=tmp_path / "backups")
    assert migrate.check(url).current == head
    with sqlite3.connect(tmp_path / "yimen.db") as live:
        assert "priority" not in [r[1] for r in live.execute("PRAGMA table_info(help_requests)")]


def test_the_revisions_read_without_alembic_are_alembics() -> None:
    """Opening an up-to-date store reads the shipped revisions from the scripts' text (Alembic
    stays unloaded); they must be exactly the chain Alembic itself sees."""
    from offline_store.migrate import head_revision, script_directory, shipped_revisions

    alembic_chain = [r.revision for r in reversed(list(script_directory().walk_revisions()))]
    assert list(shipped_revisions()) == alembic_chain
    assert shipped_revisions()[-1] == head_revision()


def test_an_up_to_date_store_opens_without_loading_alembic(tmp_path) -> None:
    import subprocess
    import sys

    from offline_store import Store

    Store.for_tests(f"sqlite:///{tmp_path / 'up.db'}", tmp_path / "k" / "pii.key").close()
    code = (
        "import sys; from pathlib import Path; from offline_store import Store; "
        "from shared.domain.settings import StoreSettings; "
        f"s = Store.open(StoreSettings(url='sqlite:///{tmp_path / 'up.db'}', key_file=Path('{tmp_path / 'k' / 'pii.key'}'), "
        f"backup_dir=Path('{tmp_path / 'b'}')), upgrade=True); s.close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'pypinyin')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_a_review_keeps_what_it_was_about_and_0015_fills_the_older_ones(
    db_url: str, tmp_path: Path, key_path: Path
) -> None:
    """The figures group reviews by what they reviewed (a ticket's category, transferred or
    not; a case's item) from the review itself (migration 0015): the repository writes it with
    the review, and upgrading a store whose reviews predate the column fills theirs in."""
    from alembic import command

    from tests.support.factories import ITEM_CODE, accept_case, issue_ticket

    day = date(2026, 3, 2)
    store = Store.for_tests(db_url, key_path)
    with store.unit_of_work() as uow:
        case = accept_case(uow, terminal_id="T1", terminal_no=1, day=day)
        plain = issue_ticket(uow, day=day, category="social", prefix="B")
        moved = issue_ticket(uow, day=day, category="general")
        uow.session.execute(
            sa.text("UPDATE tickets SET target_category = 'realty' WHERE id = :id"), {"id": moved.id}
        )
        for kind, no in (("case", case.case_no), ("ticket", plain.id), ("ticket", moved.id)):
            uow.evaluations.add(target_kind=kind, target_no=no, level=5, channel="kiosk")
        uow.evaluations.add(target_kind="ticket", target_no="no-such-ticket", level=4, channel="kiosk")
    expected = {case.case_no: ITEM_CODE, plain.id: "social", moved.id: "realty", "no-such-ticket": ""}

    def subjects() -> dict[str, str]:
        with store.engine.connect() as conn:
            return dict(conn.execute(sa.text("SELECT target_no, subject FROM evaluations")).all())

    assert subjects() == expected
    with store.engine.begin() as conn:  # a store from before 0015
        command.downgrade(migrate.alembic_config(conn), "0014")
        assert "subject" not in {c["name"] for c in sa.inspect(conn).get_columns("evaluations")}
    with store.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "head")
    assert subjects() == expected
    store.close()
