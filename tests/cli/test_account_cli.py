"""``yimen account create | list | lock | unlock | reset`` on SQLite and PostgreSQL: the first
manager from the console, argon2id hashes, refusals that say what to do."""

from __future__ import annotations

import getpass
import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from yimen.cli import main

PASSWORD = "Hall#Boss2026"


@pytest.fixture
def config(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "{db_url}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n[terminal]\nid = "T-0401"\nkind = "counter"\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    return cfg


def typed(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    prompts: list[str] = []
    it = iter(answers)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": prompts.append(prompt) or next(it))
    return prompts


def run(config: Path, *argv: str) -> int:
    return main(["--config", str(config), *argv])


def test_first_manager_then_clerks_list_lock_unlock_reset(
    config: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(config, "db", "upgrade") == 0
    assert run(config, "account", "list") == 0  # a fresh install: the list says how to begin
    assert "yimen account create admin --role manager" in capsys.readouterr().out
    typed(monkeypatch, PASSWORD, PASSWORD)
    assert run(config, "account", "create", "admin", "--role", "manager", "--name", "岩温") == 0
    assert "已创建大厅管理员账号 admin（岩温）" in capsys.readouterr().out
    engine = sa.create_engine(db_url)
    with engine.connect() as conn:
        stored = conn.execute(
            sa.text("SELECT password_hash FROM accounts WHERE username = 'admin'")
        ).scalar_one()
    engine.dispose()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored

    typed(monkeypatch, PASSWORD, PASSWORD)
    assert run(config, "account", "create", "admin2", "--role", "manager", "--name", "刀某") == 2
    err = capsys.readouterr().err
    assert "已有账号：大厅管理员 admin" in err and "yimen account reset" in err

    monkeypatch.setattr("sys.stdin", io.StringIO("Window#2026\n"))
    assert (
        run(config, "account", "create", "lina", "--role", "clerk", "--name", "李娜", "--password-stdin") == 0
    )
    capsys.readouterr()
    assert run(config, "account", "lock", "lina") == 0
    assert "已停用" in capsys.readouterr().out
    assert run(config, "account", "list", "--json") == 0
    doc = {a["username"]: a for a in json.loads(capsys.readouterr().out)["accounts"]}
    assert doc["lina"]["active"] is False and doc["admin"]["role"] == "manager"
    assert "password_hash" not in doc["admin"]

    from shared.domain.settings import load_settings
    from shared.services import accounts
    from shared.services.context import HallContext

    ctx = HallContext.open(load_settings(config))
    try:
        with pytest.raises(accounts.SignInFailed):
            accounts.sign_in(ctx, username="lina", password="Window#2026", terminal_id="T-0001")
        assert run(config, "account", "unlock", "lina") == 0
        assert accounts.sign_in(ctx, username="lina", password="Window#2026", terminal_id="T-0001").role_label
        typed(monkeypatch, "Temp#Pass2026", "Temp#Pass2026")
        assert run(config, "account", "reset", "lina") == 0
        assert "下次登录时须修改" in capsys.readouterr().out
        who = accounts.sign_in(ctx, username="lina", password="Temp#Pass2026", terminal_id="T-0001")
        assert who.must_change_password
        # the only manager locked: the console may make a new one (the way back in)
        assert run(config, "account", "lock", "admin") == 0
        typed(monkeypatch, PASSWORD, PASSWORD)
        assert run(config, "account", "create", "admin2", "--role", "manager", "--name", "刀某") == 0
    finally:
        ctx.close()


def test_bad_passwords_and_names_are_refused_before_anything_is_stored(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed(monkeypatch, PASSWORD, "Hall#Boss2025")
    assert run(config, "account", "create", "admin", "--role", "manager", "--name", "岩温") == 2
    assert "两次输入的密码不一致" in capsys.readouterr().err
    typed(monkeypatch, "short", "short")
    assert run(config, "account", "create", "admin", "--role", "manager", "--name", "岩温") == 2
    assert "密码太短" in capsys.readouterr().err
    typed(monkeypatch, PASSWORD, PASSWORD)
    assert run(config, "account", "create", "张三", "--role", "manager", "--name", "张三") == 2
    assert "登录名" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(config, "account", "create", "a1", "--role", "clerk", "--name", "某", "--password-stdin") == 2
    assert "标准输入中没有密码" in capsys.readouterr().err
    assert run(config, "account", "unlock", "nobody") == 2
    assert "没有账号" in capsys.readouterr().err
    assert run(config, "account", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)["accounts"] == []
