"""免费代办 at a village station's counter (issue 12, point 6): the helper reads the resident's
card and their own, takes the case with the power of attorney and prints the 流转单 on the
station's printer; without an agent nothing is taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from shared.domain.cases import ReceiptMethod
from shared.domain.settings import Settings
from shared.services import accounts
from shared.services.actor import Actor, Role
from tests.support.counter import STAFF, counter_settings, settle, sign_in
from yimen.demo.agency_day import MEDICAL_INSURANCE
from yimen.tour.screen_check import check_screen

pytestmark = pytest.mark.qt

VILLAGE = "532822104201-BMFZ"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    base = counter_settings(tmp_path, terminal="T-0311")
    return base.model_copy(update={"terminal": base.terminal.model_copy(update={"point": VILLAGE})})


@pytest.fixture
def helper(ctx, monkeypatch):
    accounts.create_account(
        ctx, actor=Actor.system("setup"), username="yuxiang", display_name="车玉梅", role=Role.HELPER,
        password="Helper#2026",
    )  # fmt: skip
    monkeypatch.setitem(STAFF, "yuxiang", ("车玉梅", Role.HELPER, "Helper#2026"))
    return "yuxiang"


def test_a_helper_takes_a_free_agency_case_and_prints_the_transfer_slip(qtbot, counter, devices, helper) -> None:
    sign_in(counter, qtbot, helper)
    reader = devices.simulators["idcard"]
    reader.place_card("lahu_farmer")
    qtbot.waitUntil(lambda: counter.applicant.card_read, timeout=15_000)
    settle(counter, qtbot)
    counter.intake.pick("item", MEDICAL_INSURANCE)
    rows = {r.code: i for i, r in enumerate(counter.intake.checklist.rows)}
    counter.intake.mark(rows["BD-CXJMYB-CB"], ReceiptMethod.PAPER_ORIGINAL)
    panel = counter.work_page.decision_panel
    counter.work_page.show_step(2)
    assert panel.take.isVisibleTo(counter.window) and panel.take.isEnabled()
    panel.take.click()  # no agent recorded yet
    settle(counter, qtbot)
    assert "免费代办须登记代办人" in counter.intake.last_message[1] and not counter.intake.taken

    counter.work_page.applicant_panel.agency.setChecked(True)
    reader.lift_card()
    reader.place_card("hani_woman")
    qtbot.waitUntil(lambda: counter.applicant.agent_card_read, timeout=15_000)
    settle(counter, qtbot)
    rows = {r.code: i for i, r in enumerate(counter.intake.checklist.rows)}
    assert counter.intake.checklist.rows[rows["BD-CXJMYB-CB"]].method is ReceiptMethod.PAPER_ORIGINAL  # kept
    counter.intake.mark(rows["WTS-DB"], ReceiptMethod.PAPER_ORIGINAL)
    assert panel.take.text().endswith("[Ctrl+Shift+D]")  # the key on the button, which reads whole
    assert [str(f) for f in check_screen(panel, screen="station", elder=False) if "免费代办" in f.widget] == []
    QTest.keyClick(counter.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(counter, qtbot)
    [taken] = counter.intake.taken
    level, text, hint = counter.intake.last_message
    assert level == "ok" and taken.taken.transfer.transfer_no in text and "流转单已打印" in hint
    assert taken.printed.ok
    assert "勐遮镇景真村便民服务站 → 勐遮镇便民服务中心 → 勐海县政务服务中心" in panel.problems.text()
    assert "车** 532822********0043" in panel.problems.text() and "532822198811200043" not in panel.problems.text()
    assert not panel.take.isEnabled()  # one decision per checklist

    counter.workspace.show_page("transfers")
    counter.transfers.refresh()
    settle(counter, qtbot)
    assert [t.at_name for t in counter.transfers.items] == ["勐遮镇景真村便民服务站"]
    reader.lift_card()
