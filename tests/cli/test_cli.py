"""The command line end to end, in-process, against a real SQLite store."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from shared.domain.cases import format_case_no
from shared.domain.catalog.loader import DEMO_CATALOG_DIR
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


def test_devices_check_refuses_a_config_without_a_device_section(config, capsys):
    # no silent simulators (issue 13): the defaults are simulators, which a kiosk may not use
    assert run(config, "devices", "check") != 0
    err = capsys.readouterr().err
    assert "身份证读卡器、凭条打印机、扫码设备未配置" in err and "allow_simulated" in err


def test_devices_check_says_what_to_install_for_a_camera_without_the_camera_extra(config, capsys, monkeypatch):
    for name, value in {"IDCARD": "null", "PRINTER": "null", "SCANNER": "camera", "TTS": "null"}.items():
        monkeypatch.setenv(f"YIMEN_DEVICES__{name}", value)
    for module in ("cv2", "numpy", "zxingcpp"):  # a machine installed without yimen[camera]
        monkeypatch.setitem(sys.modules, module, None)
    assert run(config, "devices", "check") == 2
    err = capsys.readouterr().err
    assert "扫码设为 camera" in err and 'pip install "yimen[camera]"' in err and "wedge" in err


def test_devices_check_on_simulators_prints_and_reads(config, capsys, monkeypatch):
    monkeypatch.setenv("YIMEN_DEVICES__TTS", "null")
    monkeypatch.setenv("YIMEN_DEVICES__ALLOW_SIMULATED", "true")  # as written on a demo machine
    assert run(config, "devices", "check", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    checks = {(c["device"], c["check"]): c for c in report["checks"]}
    assert report["ok"] and checks[("printer", "test_print")]["ok"] and checks[("idcard", "test_read")]["ok"]
    assert "532822********" in checks[("idcard", "test_read")]["detail"]  # masked, even for a technician


def test_devices_check_reports_a_missing_reader_with_a_hint(config, capsys, monkeypatch):
    monkeypatch.setenv("YIMEN_DEVICES__IDCARD", "real")
    monkeypatch.setenv("YIMEN_DEVICES__IDCARD_PORT", "/dev/ttyNOPE0")
    monkeypatch.setenv("YIMEN_DEVICES__ALLOW_SIMULATED", "true")  # the other devices stay simulated
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
        assert "结论：可以工作。" in capsys.readouterr().out
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        drop_hall_roles(pg, prefix=prefix)


def test_catalog_show_prints_every_element_and_says_on_the_spot(config, capsys):
    run(config, "db", "upgrade")
    run(config, "catalog", "import", str(DEMO_CATALOG_DIR))
    capsys.readouterr()
    assert run(config, "catalog", "search", "补领婚姻登记证", "--json") == 0
    code = json.loads(capsys.readouterr().out)["results"][0]["code"]
    assert run(config, "catalog", "show", code) == 0
    out = capsys.readouterr().out
    for label in (
        "事项编码", "设定依据", "事项类型", "行使层级", "申请材料", "办理条件", "办理流程",
        "办理时限", "申请表单", "办理结果", "收费标准", "不予批准的情形", "办公时间",
    ):  # fmt: skip
        assert label + "：" in out, label
    assert "即办件，材料齐全当场办结" in out and "0个工作日" not in out


def test_catalog_search_finds_bundles_by_name_and_keyword(config, capsys):
    run(config, "db", "upgrade")
    run(config, "catalog", "import", str(DEMO_CATALOG_DIR))
    capsys.readouterr()
    assert run(config, "catalog", "search", "身后") == 0
    assert "【一件事】身后一件事" in capsys.readouterr().out
    assert run(config, "catalog", "search", "老人去世", "--json") == 0
    assert [b["code"] for b in json.loads(capsys.readouterr().out)["bundles"]] == ["YJS-SH"]
    assert run(config, "catalog", "search", "xsecs", "--json") == 0
    assert [b["code"] for b in json.loads(capsys.readouterr().out)["bundles"]] == ["YJS-XSECS"]


def test_case_list_is_masked_and_refuses_a_bad_limit(config, capsys):
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
    from shared.domain.settings import load_settings
    from shared.services import cases
    from shared.services.actor import Actor, Role
    from shared.services.clock import ManualClock
    from shared.services.context import HallContext

    run(config, "db", "upgrade")
    run(config, "catalog", "import", str(DEMO_CATALOG_DIR))
    capsys.readouterr()
    ctx = HallContext.open(
        load_settings(config),
        clock=ManualClock(datetime(2026, 11, 17, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))),
    )
    try:
        stored = cases.accept_case(
            ctx,
            actor=Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0003", window_no=3),
            item_code="11532822MB1611313W3000030040000",
            applicant=cases.Applicant(ApplicantKind.PERSON, "532822199803150028", "玉香"),
            materials=[
                MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
                MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
                MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
                MaterialReceipt("SRZM", "收入证明", ReceiptMethod.DEFERRED, supply_by=date(2026, 11, 24)),
            ],
        )
    finally:
        ctx.close()
    assert run(config, "case", "list", "--json") == 0
    out = capsys.readouterr().out
    (row,) = json.loads(out)["cases"]
    assert row["case_no"] == stored.case_no and row["state"] == "accepted"
    assert (row["applicant"], row["applicant_id"]) == ("玉*", "532822********0028")
    assert "532822199803150028" not in out and "玉香" not in out
    assert run(config, "case", "list") == 0
    assert format_case_no(stored.case_no) in capsys.readouterr().out  # grouped, as on every slip
    assert run(config, "case", "list", "--limit", "0") == 2
    err = capsys.readouterr().err
    assert "条数" in err and "--limit" in err


def test_hours_prints_the_periods_of_a_day_and_the_managers_closures(config, capsys):
    run(config, "db", "upgrade")
    run(config, "catalog", "import", str(DEMO_CATALOG_DIR))
    capsys.readouterr()
    assert run(config, "hours", "--date", "2026-11-21", "--json") == 0
    sat = json.loads(capsys.readouterr().out)
    assert sat["day_kind"] == "weekend" and sat["source"] == "catalog"
    assert sat["periods"] == [{"start": "09:00", "end": "12:00", "extended": True}]
    assert sat["categories"]["realty"]["periods"] == [] and sat["categories"]["general"]["periods"]
    assert run(config, "hours", "--date", "2026-11-17") == 0
    assert "全厅: 09:00—12:00、14:30—17:30" in capsys.readouterr().out
    assert run(config, "hours", "--date", "2026-10-10", "--json") == 0
    assert json.loads(capsys.readouterr().out)["day_kind_label"] == "调休上班日"
    assert (
        run(config, "hours", "close", "--from", "2026-11-17T14:30", "--to", "2026-11-17T16:00", "--window", "6", "--reason", "设备维修")
        == 0
    )  # fmt: skip
    assert "6号窗口暂停办理已登记" in capsys.readouterr().out
    assert run(config, "hours", "--date", "2026-11-17", "--json") == 0
    day = json.loads(capsys.readouterr().out)
    assert day["windows"]["6"]["periods"] == [
        {"start": "09:00", "end": "12:00", "extended": False},
        {"start": "16:00", "end": "17:30", "extended": False},
    ]
    assert run(config, "hours", "--date", "17/11/2026") == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_case_show_json_has_the_promised_date_and_the_paused_periods(config, capsys):
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
    from shared.domain.settings import load_settings
    from shared.services import cases
    from shared.services.actor import Actor, Role
    from shared.services.clock import ManualClock
    from shared.services.context import HallContext

    run(config, "db", "upgrade")
    run(config, "catalog", "import", str(DEMO_CATALOG_DIR))
    clock = ManualClock(datetime(2026, 9, 14, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    ctx = HallContext.open(load_settings(config), clock=clock)
    try:
        clerk = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0003", window_no=3)
        stored = cases.accept_case(
            ctx,
            actor=clerk,
            item_code="11532822MB1611313W3000030040000",
            applicant=cases.Applicant(ApplicantKind.PERSON, "532822199803150028", "玉香"),
            materials=[
                MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
                MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
                MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
                MaterialReceipt("SRZM", "收入证明", ReceiptMethod.PAPER_ORIGINAL),
            ],
        )
        clock.set(datetime(2026, 9, 17, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
        cases.record_decision(
            ctx, actor=Actor.system(), case_no=stored.case_no, to_state=CaseState.SUPPLEMENT_REQUESTED
        )
    finally:
        ctx.close()
    capsys.readouterr()
    assert run(config, "case", "show", stored.case_no, "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    clock_doc = doc["clock"]
    assert clock_doc["promised_date"] == str(stored.record.promised_date) and not clock_doc["clock_running"]
    assert clock_doc["paused_periods"][0]["name"] == "补正"
    assert clock_doc["paused_periods"][0]["first_day"] == str(date(2026, 9, 18))
    assert clock_doc["paused_periods"][0]["last_day"] is None
    assert run(config, "case", "show", stored.case_no) == 0
    assert "补正中（计时暂停）" in capsys.readouterr().out
