"""The command line end to end, in-process, against a real SQLite store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from shared.catalog.loader import DEMO_CATALOG_DIR
from yimen.cli import main


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path / "yimen.db"}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    return cfg


def run(config: Path, *argv: str) -> int:
    return main(["--config", str(config), *argv])


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("yimen ")


def test_fresh_install_import_search_show(config, capsys):
    assert run(config, "db", "check") == 1
    assert run(config, "db", "upgrade") == 0
    assert run(config, "db", "check", "--json") == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{") :])["pending"] is False
    assert (config.parent / "keys/pii.key").stat().st_mode & 0o777 == 0o600
    assert run(config, "catalog", "import", str(DEMO_CATALOG_DIR)) == 0
    assert "59 个事项" in capsys.readouterr().out
    assert run(config, "catalog", "search", "hkqy", "--json") == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert results and results[0]["name"].startswith("户口迁移")
    assert run(config, "catalog", "show", results[0]["code"], "--json") == 0
    assert json.loads(capsys.readouterr().out)["name"].startswith("户口迁移")


def test_broken_catalog_names_file_item_and_field(config, tmp_path, capsys):
    run(config, "db", "upgrade")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "items.yaml").write_text("version: x\nitems:\n  - name: 缺字段的事项\n", encoding="utf-8")
    assert run(config, "catalog", "import", str(bad)) == 2
    err = capsys.readouterr().err
    assert "items.yaml" in err and "basic_code" in err


def test_commands_without_a_store_say_what_to_do(config, capsys):
    assert run(config, "queue", "status") == 2
    assert "yimen db upgrade" in capsys.readouterr().err


def test_search_before_import_says_how_to_get_a_catalog(config, capsys):
    run(config, "db", "upgrade")
    assert run(config, "catalog", "search", "低保") == 2
    assert "yimen catalog import" in capsys.readouterr().err


def test_audit_verify_names_the_edited_row(config, tmp_path, capsys):
    run(config, "db", "upgrade")
    run(config, "catalog", "import", str(DEMO_CATALOG_DIR))
    run(config, "catalog", "import", str(DEMO_CATALOG_DIR))
    assert run(config, "audit", "verify") == 0
    capsys.readouterr()
    with sqlite3.connect(tmp_path / "yimen.db") as db:
        db.execute("UPDATE audit_log SET actor = 'intruder' WHERE seq = 2")
    assert run(config, "audit", "verify", "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["first_bad_seq"] == 2
    assert run(config, "audit", "verify") == 1
    assert "2" in capsys.readouterr().err


def test_case_show_rejects_a_mistyped_number(config, capsys):
    run(config, "db", "upgrade")
    assert run(config, "case", "show", "5328222611170030001") == 2
    assert "20位" in capsys.readouterr().err
    assert run(config, "case", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"cases": []}


def test_devices_check_on_simulators_prints_and_reads(config, capsys, monkeypatch):
    monkeypatch.setenv("YIMEN_DEVICES__TTS", "null")
    assert run(config, "devices", "check", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    checks = {(c["device"], c["check"]): c for c in report["checks"]}
    assert report["ok"] and checks[("printer", "test_print")]["ok"] and checks[("idcard", "test_read")]["ok"]
    assert "532822********" in checks[("idcard", "test_read")]["detail"]  # masked, even for a technician


def test_devices_check_reports_a_missing_reader_with_a_hint(config, capsys, monkeypatch):
    monkeypatch.setenv("YIMEN_DEVICES__IDCARD", "real")
    monkeypatch.setenv("YIMEN_DEVICES__IDCARD_PORT", "/dev/ttyNOPE0")
    assert run(config, "devices", "check", "--no-print", "--no-speak") == 1
    out = capsys.readouterr().out
    assert "[异常] idcard" in out and "->" in out


def test_hall_check_on_a_station_file(config, capsys):
    assert run(config, "db", "upgrade") == 0
    capsys.readouterr()
    assert run(config, "hall", "check", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] and doc["backend"] == "sqlite"


@pytest.mark.pg
def test_hall_init_then_check_as_the_kiosk_through_yimen(tmp_path, capsys):
    import os
    import uuid

    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    from offline_store.hall.roles import drop_hall_roles

    pg = os.environ.get("YIMEN_TEST_PG_URL", "")
    if not pg:
        pytest.skip("needs YIMEN_TEST_PG_URL")
    name, prefix = f"yimen_cli_{uuid.uuid4().hex[:8]}", f"yc{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg).set(database=name).render_as_string(hide_password=False)
    owner = tmp_path / "owner.toml"
    owner.write_text(
        f'[store]\nurl = "{url}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n',
        encoding="utf-8",
    )
    try:
        assert run(owner, "db", "upgrade") == 0
        args = ["hall", "init", "--kiosks", "1", "--counters", "1", "--out", str(tmp_path / "t")]
        assert run(owner, *args, "--prefix", prefix, "--json") == 0
        out = capsys.readouterr().out
        terminals = json.loads(out[out.index("{") :])["terminals"]
        kiosk = next(t for t in terminals if t["kind"] == "kiosk")
        assert run(Path(kiosk["config_file"]), "hall", "check") == 0
        assert "结论: 可以工作。" in capsys.readouterr().out
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        drop_hall_roles(pg, prefix=prefix)
