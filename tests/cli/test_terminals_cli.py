"""``yimen terminals [--json] | pause | resume`` on a real SQLite store: beats written by three
terminals at their own clocks, a job that really fails, and the table a technician reads."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from devices.base import Health, HealthState
from devices.printer.errors import PaperOut
from shared.domain.settings import TerminalSettings, load_settings
from shared.services import fleet
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from yimen.cli import main
from yimen.commands.terminals import width


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path / "yimen.db"}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n'
        f'[platform]\ncredentials_file = "{tmp_path / "no-credentials.toml"}"\n'
        '[terminal]\nid = "S-01"\nname = "管理机"\nkind = "server"\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    return cfg


def run(config: Path, *argv: str) -> int:
    return main(["--config", str(config), *argv])


def beat_as(config: Path, tid: str, kind: str, *, at: datetime, printer: Health, version: str = "1.4.0") -> bool:
    settings = load_settings(config)
    settings = settings.model_copy(
        update={"terminal": TerminalSettings(id=tid, name=f"{tid}号", kind=kind)}  # type: ignore[arg-type]
    )
    ctx = HallContext.open(settings, clock=ManualClock(at))
    try:
        heard = fleet.record_heartbeat(
            ctx, kind=kind, screen="home", devices={"printer": printer}, started_at=at, version=version
        )
    finally:
        ctx.close()
    return heard.paused


def test_terminals_table_json_and_pause(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(config, "db", "upgrade") == 0
    assert run(config, "terminals") == 0
    assert "还没有终端上报心跳" in capsys.readouterr().out
    now = datetime.now(UTC)
    paper_out = Health(HealthState.OFFLINE, PaperOut.default_message, code="paper_out")
    beat_as(config, "K-01", "kiosk", at=now, printer=paper_out)
    beat_as(config, "K-02", "kiosk", at=now - timedelta(minutes=10), printer=Health(HealthState.OK))
    beat_as(config, "C-01", "counter", at=now, printer=Health(HealthState.OK))
    # a job that really fails: no platform credentials on this machine
    assert run(config, "jobs", "run", "catalog.refresh") != 0
    capsys.readouterr()

    assert run(config, "terminals") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("终端 3 台：正常 1，注意 0，告警 1，离线 1")
    header, _rule, *rows = out[1:6]
    assert header.split() == ["状态", "终端", "类型", "名称", "版本", "最后心跳", "画面", "服务", "待上报", "告警"]
    # columns line up in a terminal, Chinese characters counting two
    starts = [width(header[: header.index(h)]) for h in ("终端", "告警")]
    for row in rows:
        cells = row.split()
        assert width(row[: row.index(cells[1])]) == starts[0]
    by_id = {r.split()[1]: r for r in rows}
    assert by_id["K-01"].startswith("告警") and "凭条打印机缺纸" in by_id["K-01"]
    assert by_id["K-02"].startswith("离线") and "10 分钟没有心跳" in by_id["K-02"]
    assert by_id["C-01"].startswith("正常") and by_id["C-01"].rstrip().endswith("—")
    assert "定时任务：" in out
    assert any("服务事项目录" in line and "失败" in line and "凭据" in line for line in out)

    assert run(config, "terminals", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    levels = {t["terminal_id"]: (t["level"], [a["code"] for a in t["alerts"]]) for t in doc["terminals"]}
    assert levels == {"K-01": ("alert", ["paper_out"]), "K-02": ("offline", ["offline"]), "C-01": ("ok", [])}
    assert [(a["code"], a["subject"]) for a in doc["job_alerts"]] == [("job", "catalog.refresh")]
    assert doc["counts"] == {"ok": 1, "warning": 0, "alert": 1, "offline": 1} and doc["majority_version"] == "1.4.0"

    assert run(config, "terminals", "pause", "K-01", "--reason", "更换纸卷") == 0
    assert "K-01" in capsys.readouterr().out
    assert beat_as(config, "K-01", "kiosk", at=datetime.now(UTC), printer=paper_out) is True
    assert run(config, "terminals", "pause", "C-01") != 0
    assert "不能暂停服务" in capsys.readouterr().err
    assert run(config, "terminals", "resume", "K-01") == 0
    assert beat_as(config, "K-01", "kiosk", at=datetime.now(UTC), printer=paper_out) is False
