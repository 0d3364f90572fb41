"""A fresh installation reaches a signed-in counter with README's first-run steps alone
(issue 15, point 2): the commands are read from README and run as written, the password is
typed at the prompt, and the counter built from the same configuration signs the manager in."""

from __future__ import annotations

import getpass
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app.app import build_counter
from counter_app.session import CounterOptions
from devices.manager import DeviceManager
from shared.domain.settings import load_settings
from shared.services.context import HallContext
from tests.support.counter import settle
from yimen.cli import main

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Hall#First2026"


def readme_first_run_commands() -> list[list[str]]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text[text.index("## First run on a real machine") :]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    commands = []
    for line in block.group(1).splitlines():
        command = line.split("#", 1)[0].strip()
        if command.startswith("yimen "):
            commands.append(shlex.split(command)[1:])
    return commands


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path / "yimen.db"}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n'
        '[terminal]\nid = "T-0001"\nname = "1号窗口"\nkind = "counter"\nwindow_no = 1\n'
        # a test machine has no reader or printer: the simulators, said out loud
        '[devices]\nidcard = "simulated"\nprinter = "simulated"\nscanner = "simulated"\ntts = "null"\n'
        "allow_simulated = true\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("YIMEN_CONFIG", str(cfg))
    monkeypatch.chdir(ROOT)  # README's paths are relative to the source tree
    yield cfg


def test_readme_steps_reach_a_signed_in_counter(
    config: Path, monkeypatch: pytest.MonkeyPatch, qtbot, qapp, capsys: pytest.CaptureFixture[str]
) -> None:
    commands = readme_first_run_commands()
    assert [c[0] for c in commands] == ["db", "catalog", "account", "counter"]
    prompts: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": prompts.append(prompt) or PASSWORD)
    for argv in commands[:-1]:  # the last one starts the counter: built below, in this process
        assert main(argv) == 0, (argv, capsys.readouterr().err)
    assert prompts == ["密码: ", "再输入一次: "]
    assert "已创建大厅管理员账号 admin" in capsys.readouterr().out
    # a second manager from the console is refused while this one is active
    assert main(["account", "create", "boss2", "--role", "manager", "--name", "刀某"]) == 2
    assert "已有账号：大厅管理员 admin" in capsys.readouterr().err

    settings = load_settings(config)
    ctx = HallContext.open(settings)
    devices = DeviceManager(settings.devices)
    devices.start()
    counter = build_counter(ctx, devices=devices, options=CounterOptions.from_settings(settings))
    try:
        counter.window.show()
        qtbot.addWidget(counter.window)
        counter.sign_in_view.username.setText("admin")
        counter.sign_in_view.password.setText(PASSWORD)
        counter.sign_in_view.submit.click()
        settle(counter, qtbot)
        who = counter.session.signed_in
        assert who is not None and who.username == "admin" and who.role_label == "大厅管理员"
    finally:
        counter.shutdown()
        devices.stop()
        ctx.close()
