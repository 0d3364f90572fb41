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
    assert c["lunch_break_waits"] >= 1  # came during the lunch break, took a number at 14:30
    # the rules, each on its day (issue 12): 补正 moves the date, 不予受理 has its notice, Saturday
    assert c["rules_promised_moved"] == 1 and c["rules_not_accepted"] == 1
    assert c["saturday_tickets"] == 1 and c["saturday_refused"] == 1
    # 首问负责: a question registered and handed over in writing, a kiosk's call taken and closed
    assert c["first_asks"] == 2 and c["first_asks_handed_over"] == 1 and c["first_asks_closed"] == 1
    assert summary["rules"]["first_asks"]["owner"] == "helper09"
    # 帮办代办 (issue 12, point 6): a village 免费代办 travels 村 → 乡 → 县, scanned at each stop
    assert c["agency_free"] == 1 and c["transfer_handovers"] == 2 and c["transfers_arrived"] == 1
    assert c["transfer_scans_refused"] == 1 and c["printed_transfer"] == 1
    agency = summary["rules"]["agency"]
    assert [(leg["from"], leg["to"]) for leg in agency["legs"]] == [
        ("勐遮镇景真村便民服务站", "勐遮镇便民服务中心"),
        ("勐遮镇便民服务中心", "勐海县政务服务中心"),
    ]
    assert agency["free_agency_by_point"] == {"勐遮镇景真村便民服务站": 1}
    assert "transfer" in summary["previews"]
    moved = summary["rules"]["supplement"]
    assert moved["promised_after"] > moved["promised_before"] and moved["paused_working_days"] == 3
    assert "not_accepted_notice" in summary["previews"]
    # 免证办 (issue 12, point 1): a licence verified by the job once the link came back, one refused
    assert c["licences_verified"] == 1 and c["licences_verified_by_job"] == 1 and c["licences_refused"] == 1
    licences = summary["rules"]["licences"]
    assert licences["verified_by_job"]["state"] == "verified" and "勐海县公安局" in licences["verified_by_job"]["note"]
    assert licences["refused"]["verdict"] == "expired" and "已过有效期" in licences["refused"]["reason"]
    assert c["accepted"] + c.get("supplement_notices", 0) == c["tickets"]  # everyone was served
    assert c["printed_ticket"] == c["tickets"]
    # + the rules scene's case after 补正, + the village's 免费代办 accepted when its papers arrived
    assert c["printed_acceptance_receipt"] == c["accepted"] + 2
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
    assert "首问登记" in log and "书面移交" in log
    assert "午间休息，14:30开始办理" in log and "周末延时服务中" in log and "不予受理通知书" in log
    out_text = capsys.readouterr().out
    assert "审计日志 完整" in out_text
    assert "免证办: 电子证照核验通过 1 件" in out_text and "核验未通过被拒 1 件（电子证照已过有效期" in out_text
    assert "首问负责: 登记 2 件，书面移交 1 件，办结 1 件" in out_text
    assert "帮办代办: 村站免费代办 1 件，流转单扫码交接 2 次，送达县中心签收受理 1 件" in out_text
    assert "流转单二维码无法识别" in log and "扫码签收流转单" in log
    # the stand-in platform keeps plain ID numbers: the demo says where its database is left
    assert (
        f"参考平台的数据库留在 {(out / 'reference-platform.db').resolve()}" in out_text
        and "明文身份证号" in out_text
    )
