"""``yimen config check``: the file that applies, validity, the effective settings with secrets
masked, and what the machine lacks."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from offline_store.crypto import create_key_file
from yimen.cli import main


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for k in list(os.environ):
        if k.startswith("YIMEN_"):
            monkeypatch.delenv(k)


def write(tmp_path: Path, body: str) -> Path:
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(body, encoding="utf-8")
    return cfg


def test_valid_file_prints_effective_settings_with_secrets_masked(tmp_path, capsys, clean_env, monkeypatch):
    key = create_key_file(tmp_path / "keys" / "pii.key")
    creds = tmp_path / "keys" / "platform.toml"
    creds.write_text("app_key = 'x'\n", encoding="utf-8")
    reader = tmp_path / "yimen-idcard"
    reader.touch()  # stands for the udev symlink
    cfg = write(
        tmp_path,
        f'[store]\nurl = "postgresql+psycopg://kiosk:S3cret-pw@db.hall/yimen"\nkey_file = "{key}"\n'
        f'[devices]\nidcard = "real"\nidcard_port = "{reader}"\n'
        f'[kiosk]\ntechnician_pin_hash = "$argon2id$v=19$m=65536$abc$def"\n'
        f'[platform]\ncredentials_file = "{creds}"\n',
    )
    monkeypatch.setenv("YIMEN_TERMINAL__NAME", "3号自助机")
    assert main(["--config", str(cfg), "config", "check"]) == 0
    out = capsys.readouterr().out
    assert f"# 配置文件: {cfg}（由 --config 指定）" in out
    assert 'url = "postgresql+psycopg://kiosk:******@db.hall/yimen"' in out
    assert 'technician_pin_hash = "******"' in out
    assert "S3cret-pw" not in out and "argon2id" not in out
    assert 'name = "3号自助机"' in out and "YIMEN_TERMINAL__NAME" in out
    assert "配置有效" in out


def test_json_names_each_missing_device_and_file(tmp_path, capsys, clean_env):
    cfg = write(
        tmp_path,
        f'[store]\nurl = "sqlite:///{tmp_path / "yimen.db"}"\nkey_file = "{tmp_path / "pii.key"}"\n'
        '[devices]\nidcard = "real"\nidcard_port = "/dev/yimen-idcard-absent"\n'
        'printer = "serial"\nprinter_serial = "/dev/yimen-printer-absent"\n',
    )
    assert main(["--config", str(cfg), "config", "check", "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["source"] == "--config" and not doc["ok"]
    text = "\n".join(doc["problems"])
    assert "/dev/yimen-idcard-absent（devices.idcard_port）不存在" in text
    assert "/dev/yimen-printer-absent（devices.printer_serial）不存在" in text
    assert "个人信息密钥文件不存在" in text and "平台凭据文件" in text


def test_key_file_readable_by_others_is_a_problem(tmp_path, capsys, clean_env):
    key = create_key_file(tmp_path / "pii.key")
    key.chmod(0o644)
    cfg = write(tmp_path, f'[store]\nkey_file = "{key}"\n')
    assert main(["--config", str(cfg), "config", "check", "--json"]) == 1
    assert any("chmod 600" in p for p in json.loads(capsys.readouterr().out)["problems"])


def test_invalid_value_exits_2_naming_file_and_field(tmp_path, capsys, clean_env):
    cfg = write(tmp_path, '[terminal]\nkind = "tablet"\n')
    assert main(["--config", str(cfg), "config", "check"]) == 2
    err = capsys.readouterr().err
    assert str(cfg) in err and "terminal.kind" in err


def test_broken_toml_exits_2(tmp_path, capsys, clean_env):
    cfg = write(tmp_path, "[store\n")
    assert main(["--config", str(cfg), "config", "check"]) == 2
    assert "不是有效的 TOML" in capsys.readouterr().err
