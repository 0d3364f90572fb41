"""`yimen demo` plays a hall day through the real services, drivers and simulators."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from yimen.cli import main


def test_demo_day_leaves_a_consistent_store_prints_and_summary(tmp_path: Path, capsys) -> None:
    out = tmp_path / "demo-out"
    assert main(["demo", "--out", str(out), "--residents", "24", "--seed", "7"]) == 0
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    c = summary["counts"]
    assert c["tickets"] + c.get("tickets_refused", 0) == 24
    assert c.get("tickets_refused") == 1  # the resident who came back for the same errand
    assert c["accepted"] + c.get("not_accepted", 0) == c["tickets"]  # everyone was served
    assert c["printed_ticket"] == c["tickets"] and c["printed_acceptance_receipt"] == c["accepted"]
    assert summary["audit"]["ok"]
    up = summary["upstream"]  # the reference platform got everything and decided the cases
    assert summary["outbox_backlog"] == 0 and up["quarantined"] == 0 and up["sent"] > 3 * c["accepted"]
    assert up["decisions_applied"] > 0
    assert summary["sample_case"]["state"] != summary["sample_case"]["state_before_sync"]
    assert all(state == "ok" for name, state in summary["devices"].items() if name in ("idcard", "printer"))
    for rel in summary["previews"].values():
        assert Image.open(out / rel).width == 576
    log = (out / "hall-day.log").read_text("utf-8")
    assert "老年人优先" in log and "号窗口办理" in log
    assert "审计日志 完整" in capsys.readouterr().out
