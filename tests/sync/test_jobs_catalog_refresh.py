"""The runner's catalog refresh (``yimen jobs run catalog.refresh``) against the real
reference platform over HTTP; its result, and a failure, land in the runner's record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from offline_store.store import Store
from reference_platform.server import ReferencePlatform
from shared.protocol.credentials import PlatformCredentials, write_credentials
from tests.support.sync import SECRET_A
from yimen.cli import main


@pytest.fixture
def config_file(tmp_path: Path, store: Store, platform: ReferencePlatform) -> Path:
    creds = write_credentials(tmp_path / "platform.toml", PlatformCredentials("AK-T-0001", SECRET_A.encode()))
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "{store.engine.url}"\nkey_file = "{tmp_path / "terminal-a.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n'
        f'[terminal]\nid = "T-0001"\n[platform]\nbase_url = "{platform.base_url}"\ncredentials_file = "{creds}"\n'
    )
    return cfg


def test_catalog_refresh_job_downloads_then_finds_nothing_new(
    config_file: Path, store: Store, platform: ReferencePlatform, capsys: pytest.CaptureFixture[str]
) -> None:
    platform.publish_catalog([{"kind": "item", "code": "532822007777", "body": {}}])
    assert main(["--config", str(config_file), "jobs", "run", "catalog.refresh"]) == 0
    out = capsys.readouterr().out
    assert "catalog.refresh: 成功 — 目录已更新到版本" in out
    with store.unit_of_work(read_only=True) as uow:
        version = uow.catalog.current_version()
        codes = {d.code for d in uow.catalog.current_documents()}
    assert version is not None and "532822007777" in codes
    assert main(["--config", str(config_file), "jobs", "run", "catalog.refresh", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] and doc["runs"][0]["summary"].startswith(f"目录已是最新（版本 {version}）")
    assert doc["runs"][0]["run"]["figures"]["catalog_changed"] is False


def test_catalog_refresh_job_failure_is_recorded_and_listed(
    config_file: Path, store: Store, platform: ReferencePlatform, capsys: pytest.CaptureFixture[str]
) -> None:
    platform.stop(close_store=False)
    assert main(["--config", str(config_file), "jobs", "run", "catalog.refresh"]) == 1
    captured = capsys.readouterr()
    assert "catalog.refresh: 失败" in captured.out and "yimen jobs run NAME" in captured.err
    assert main(["--config", str(config_file), "jobs", "list", "--json"]) == 0
    jobs = {j["name"]: j for j in json.loads(capsys.readouterr().out)["jobs"]}
    last = jobs["catalog.refresh"]["last"]
    assert last["state"] == "failed" and last["trigger"] == "manual" and last["error"]
