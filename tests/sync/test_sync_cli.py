"""``yimen sync status|run|retry`` through the group's main() on a real store and platform."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from offline_store.store import Store
from offline_store.sync.cli import main as sync_main
from reference_platform.server import ReferencePlatform
from shared.protocol.credentials import PlatformCredentials, write_credentials
from tests.support.sync import SECRET_A, new_case


@pytest.fixture
def config_file(tmp_path: Path, store: Store, platform: ReferencePlatform) -> Path:
    creds = write_credentials(tmp_path / "platform.toml", PlatformCredentials("AK-T-0001", SECRET_A.encode()))
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "{store.engine.url}"\nkey_file = "{tmp_path / "terminal-a.key"}"\n'
        f'[terminal]\nid = "T-0001"\n[platform]\nbase_url = "{platform.base_url}"\ncredentials_file = "{creds}"\n'
    )
    return cfg


def test_status_run_and_retry(
    config_file: Path, store: Store, platform: ReferencePlatform, capsys: pytest.CaptureFixture[str]
) -> None:
    new_case(store, terminal_id="T-0001", terminal_no=1)
    bad = new_case(store, terminal_id="T-0001", terminal_no=1, n=2, item_code="532822007777")
    assert sync_main(["--config", str(config_file), "status", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert before["backlog"] == 4 and before["light"] == "grey" and before["self_service_allowed"] is True

    assert sync_main(["--config", str(config_file), "run"]) == 0
    assert "上传 2 条（重复确认 0 条），退回隔离 1 条" in capsys.readouterr().out
    assert sync_main(["--config", str(config_file), "status", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after["light"] == "red" and after["quarantined"] == 1 and after["blocked"] == 1
    held = after["quarantined_events"][0]
    assert (
        held["case_no"] == bad and held["waiting_behind"] == 1 and held["reason"].startswith("unknown_item")
    )

    platform.publish_catalog([{"kind": "item", "code": "532822007777", "body": {}}])
    assert sync_main(["--config", str(config_file), "retry", held["event_id"], "--json"]) == 0
    retried = json.loads(capsys.readouterr().out)
    assert retried["requeued"] == 1 and retried["report"]["sent"] == 2
    assert sync_main(["--config", str(config_file), "status"]) == 0
    assert "[green]" in capsys.readouterr().out


def test_offline_run_exits_non_zero_with_the_reason(
    config_file: Path, store: Store, platform: ReferencePlatform, capsys: pytest.CaptureFixture[str]
) -> None:
    new_case(store, terminal_id="T-0001", terminal_no=1)
    platform.stop(close_store=False)
    assert sync_main(["--config", str(config_file), "run"]) == 1
    assert "无法连接省平台" in capsys.readouterr().out
