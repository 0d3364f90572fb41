"""Sealed backups on SQLite and PostgreSQL (issue 15, point 3): create, list, verify,
restore; consistent while a kiosk writes; a wrong passphrase, a cut-off file, a newer schema,
a wrong or lost PII key each refused and named; the PII key exported and imported sealed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from offline_store import backup as mech
from offline_store.sealed import SealedFileError, WrongPassphrase, seal
from offline_store.store import Store
from shared.domain.errors import KeyFileError, StoreError, ValidationError
from shared.domain.settings import Settings
from shared.services import backups
from shared.services.clock import ManualClock
from shared.services.context import HallContext

TZ = ZoneInfo("Asia/Shanghai")
PASS = "tea hills rain mengHai 2026"
ROOT = Path(__file__).resolve().parents[2]


def _settings(db_url: str, tmp_path: Path, **backup: object) -> Settings:
    return Settings(
        store={"url": db_url, "key_file": tmp_path / "keys" / "pii.key", "backup_dir": tmp_path / "backups"},
        backup=backup,
    )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 17, 2, 30, tzinfo=TZ))


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    s = _settings(db_url, tmp_path)
    backups.write_passphrase(s, PASS)
    return s


@pytest.fixture
def hall(settings: Settings, clock: ManualClock) -> Iterator[HallContext]:
    store = Store.for_tests(settings.store.url, settings.store.key_file, backup_dir=settings.store.backup_dir)
    ctx = HallContext(settings=settings, store=store, clock=clock)
    try:
        yield ctx
    finally:
        store.close()


def _add_person(ctx: HallContext, id_number: str, name: str) -> None:
    with ctx.unit_of_work() as uow:
        uow.people.upsert_person(id_number=id_number, name=name, phone="13912345678")
        uow.audit.append(actor="clerk01", terminal_id="T-0001", action="person.register", target="x")


def _names(ctx: HallContext) -> set[str]:
    from offline_store.models import Person

    with ctx.unit_of_work(read_only=True) as uow:
        ids = list(uow.session.execute(sa.select(Person.id)).scalars())
        return {uow.people.get(i).name for i in ids}


def test_create_list_verify_restore_round_trip(
    hall: HallContext, settings: Settings, clock: ManualClock
) -> None:
    _add_person(hall, "11010519491231002X", "岩温")
    report = backups.create_backup(hall)
    done, partial = backups.list_backups(settings)
    assert [b.name for b in done] == [report.file.name] and partial == []
    assert report.file.fields["kind"] in ("sqlite", "postgresql")
    assert report.file.fields["pii_key_id"] == hall.store.cipher.key_id
    assert os.stat(report.file.path).st_mode & 0o777 == 0o600
    raw = report.file.path.read_bytes()
    assert "岩温".encode() not in raw and b"people" not in raw  # sealed, not a plain dump

    verified = backups.verify_backup(settings, report.file.name)
    assert verified.key_matches is True and verified.schema == report.file.fields["schema"]
    if verified.kind == "sqlite":
        assert verified.audit_rows == 1  # the person registered before it

    clock.advance(hours=1)
    _add_person(hall, "440524188001010014", "玉香")  # after the backup: gone after the restore
    assert _names(hall) == {"岩温", "玉香"}
    restored = backups.restore_backup(hall, settings, report.file.name)
    assert restored.safety_copy is not None  # the state before the restore, sealed too
    store = Store.open(settings.store)
    try:
        ctx = HallContext(settings=settings, store=store, clock=clock)
        assert _names(ctx) == {"岩温"}
        with ctx.unit_of_work(read_only=True) as uow:
            assert uow.audit.verify().ok
    finally:
        store.close()
    # and the safety copy brings the later person back
    backups.restore_backup(None, settings, restored.safety_copy.name)
    store = Store.open(settings.store)
    try:
        assert _names(HallContext(settings=settings, store=store, clock=clock)) == {"岩温", "玉香"}
    finally:
        store.close()


def test_backup_is_consistent_while_a_kiosk_writes(
    hall: HallContext, settings: Settings, tmp_path: Path
) -> None:
    writer = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("backup_writer.py")),
            settings.store.url,
            str(settings.store.key_file),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == b"READY\n", writer.stderr
        first = backups.create_backup(hall).file
        second = backups.create_backup(hall).file
    finally:
        writer.kill()
        writer.wait(timeout=30)
    with hall.unit_of_work(read_only=True) as uow:
        live = uow.session.execute(sa.text("SELECT count(*) FROM tickets")).scalar_one()
    for made in (first, second):
        backups.restore_backup(None, settings, made.name)
        store = Store.open(settings.store)
        try:
            with store.unit_of_work(read_only=True) as uow:
                tickets = uow.session.execute(sa.text("SELECT count(*) FROM tickets")).scalar_one()
                logged = uow.session.execute(
                    sa.text("SELECT count(*) FROM audit_log WHERE action = 'ticket.issue'")
                ).scalar_one()
                assert uow.audit.verify().ok
        finally:
            store.close()
        # each ticket was committed with its work-log row: a torn copy would disagree
        assert tickets == logged and 0 < tickets <= live


def test_wrong_passphrase_cut_off_and_tampered_files_are_named(hall: HallContext, settings: Settings) -> None:
    made = backups.create_backup(hall).file
    with pytest.raises(WrongPassphrase, match="口令不对"):
        backups.verify_backup(settings, made.name, passphrase="not the hall passphrase")
    data = made.path.read_bytes()
    cut = made.path.with_name("cut" + mech.SUFFIX)
    cut.write_bytes(data[: len(data) - 40])
    with pytest.raises(SealedFileError, match="不完整"):
        backups.verify_backup(settings, cut.name)
    tampered = made.path.with_name("tampered" + mech.SUFFIX)
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(flipped))
    with pytest.raises(SealedFileError, match="校验失败"):
        backups.verify_backup(settings, tampered.name)
    with pytest.raises(SealedFileError, match="校验失败"):
        backups.restore_backup(None, settings, tampered.name)
    with pytest.raises(ValidationError, match="yimen backup list"):
        backups.find_backup(settings, "no-such" + mech.SUFFIX)


def test_restore_refuses_a_newer_schema(hall: HallContext, settings: Settings) -> None:
    future = settings.backup.directory(settings.store) / ("yimen-sqlite-20991231T000000Z" + mech.SUFFIX)
    future.parent.mkdir(parents=True, exist_ok=True)
    with future.open("wb") as f:
        seal(
            io.BytesIO(b"a database from a later Yimen"),
            f,
            passphrase=PASS,
            fields={
                "kind": "sqlite",
                "schema": "0042",
                "pii_key_id": hall.store.cipher.key_id,
                "created_at": "2099-12-31T00:00:00+00:00",
            },
        )
    with pytest.raises(StoreError, match="更新版本的 Yimen（数据库结构 0042）"):
        backups.restore_backup(None, settings, future.name)


def test_a_wrong_or_lost_key_is_detected_and_named(
    hall: HallContext, settings: Settings, tmp_path: Path, db_url: str
) -> None:
    _add_person(hall, "11010519491231002X", "岩温")
    made = backups.create_backup(hall).file
    right = hall.store.cipher.key_id
    exported = tmp_path / "pii-key.sealed"
    assert backups.export_key(settings, exported, passphrase=PASS) == right
    hall.store.close()

    key = Path(settings.store.key_file)
    key.rename(key.with_name("lost.key"))
    with pytest.raises(KeyFileError, match=f"需要密钥 {right}"):
        backups.restore_backup(None, settings, made.name)
    from offline_store.crypto import create_key_file

    create_key_file(key)  # someone made a new key instead of finding the old one
    with pytest.raises(KeyFileError) as opened:
        Store.open(settings.store)
    assert right in opened.value.message and "yimen keys import" in opened.value.hint
    with pytest.raises(KeyFileError, match=f"需要个人信息密钥 {right}"):
        backups.restore_backup(None, settings, made.name)
    with pytest.raises(KeyFileError, match="已有另一把密钥"):
        backups.import_key(settings, exported, passphrase=PASS)
    with pytest.raises(WrongPassphrase):
        backups.import_key(settings, exported, passphrase="a wrong passphrase here", replace=True)
    assert backups.import_key(settings, exported, passphrase=PASS, replace=True) == right
    assert os.stat(key).st_mode & 0o777 == 0o600
    store = Store.open(settings.store)
    try:
        assert _names(HallContext(settings=settings, store=store)) == {"岩温"}
    finally:
        store.close()


def test_importing_another_databases_key_is_refused(
    hall: HallContext, settings: Settings, tmp_path: Path
) -> None:
    other = _settings(f"sqlite:///{tmp_path / 'other.db'}", tmp_path / "other")
    Store.for_tests(other.store.url, other.store.key_file).close()
    foreign = tmp_path / "foreign.sealed"
    fid = backups.export_key(other, foreign, passphrase=PASS)
    with pytest.raises(KeyFileError, match=f"{fid}.*{hall.store.cipher.key_id}"):
        backups.import_key(settings, foreign, passphrase=PASS, replace=True)


def test_keeps_the_newest_n_and_none_past_retention(
    hall: HallContext, settings: Settings, clock: ManualClock
) -> None:
    settings.backup.keep = 3
    made = []
    for _ in range(5):
        made.append(backups.create_backup(hall).file.name)
        clock.advance(days=1)
    assert [b.name for b in backups.list_backups(settings)[0]] == made[::-1][:3]
    clock.advance(days=60)  # past backups_days (30): only the newest one stays
    assert len(backups.prune_backups(settings, now=hall.now())) == 2
    assert [b.name for b in backups.list_backups(settings)[0]] == [made[-1]]


def test_passphrase_file_rules(db_url: str, tmp_path: Path) -> None:
    s = _settings(db_url, tmp_path)
    from shared.domain.errors import ConfigError

    with pytest.raises(ConfigError, match="yimen backup passphrase"):
        backups.read_passphrase(s)
    with pytest.raises(SealedFileError, match="太短"):
        backups.write_passphrase(s, "short")
    path = backups.write_passphrase(s, PASS)
    assert os.stat(path).st_mode & 0o777 == 0o600 and backups.read_passphrase(s) == PASS
    with pytest.raises(ValidationError, match="已存在"):
        backups.write_passphrase(s, PASS + "x")
    os.chmod(path, 0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        backups.read_passphrase(s)


def test_the_nightly_job_backs_up_and_the_weekly_one_verifies(hall: HallContext, settings: Settings) -> None:
    from shared.services.jobs import JobRunner, default_registry

    runner = JobRunner(hall, registry=default_registry())
    made = runner.run("backup.create")
    assert made.state == "ok" and made.run is not None and made.run.figures["file"].endswith(mech.SUFFIX)
    checked = runner.run("backup.verify")
    assert checked.state == "ok" and made.run.figures["file"] in checked.summary
    os.remove(backups.passphrase_path(settings))
    failed = runner.run("backup.create")
    assert failed.state == "failed" and "yimen backup passphrase" in failed.error
