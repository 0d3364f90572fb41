"""The counter for 80 cases a day (issue 16, point 5), each behaviour driven through its view:
全部纸质原件已收, a key for every action (written on its button), Enter on the first hit, the
承办地 picker, F1 calling and starting in one step (remembered per clerk), 暂停服务 (F9), the
help line that folds once seen, whole case numbers with no sideways scrolling, and the
accounts page editing the window that is selected."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from counter_app.app import build_counter
from counter_app.session import CounterOptions
from shared.domain.cases import CrossRegion, ReceiptMethod
from shared.domain.catalog.vocab import OriginalOrCopy
from shared.domain.tickets import TicketState
from shared.services import accounts, cases, complaints, tickets, window_pause
from shared.services.actor import Actor, Role
from tests.support.counter import settle, sign_in

pytestmark = pytest.mark.qt

KIOSK = Actor.kiosk("T-0101")
LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认
MOVE_IN_PROVINCE = "11532822MB1685558Y300005002000001"  # 户口迁移（省内迁入）: 省内通办
KEY = re.compile(r"\[(F\d+|Ctrl\+[^\]]+|Alt\+\d|Esc)\]")


def _press(counter, qtbot, key: str) -> None:
    counter.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is counter.window, timeout=5_000)
    seq = counter.shortcuts[key].key()[0]
    QTest.keyClick(QApplication.focusWidget() or counter.window, seq.key(), seq.keyboardModifiers())
    settle(counter, qtbot)


def test_all_paper_originals_received_at_once(qtbot, counter, ctx) -> None:
    sign_in(counter, qtbot)
    counter.intake.pick("bundle", "YJS-SH")
    settle(counter, qtbot)
    cl = counter.intake.checklist
    assert cl is not None and len(cl.rows) == 8
    optional = [r for r in cl.rows if not r.needed]
    assert counter.work_page.intake_panel.receive_all.isEnabled()
    _press(counter, qtbot, "Ctrl+Shift+A")
    assert counter.work_page.steps.currentIndex() == 1
    assert not cl.unreceived_required()
    for row in cl.rows:
        if row.needed:
            want = (
                ReceiptMethod.PAPER_COPY
                if row.material.original_or_copy is OriginalOrCopy.COPY
                else ReceiptMethod.PAPER_ORIGINAL
            )
            assert row.method is want, row.name
    # what the applicant may not have brought is left for the clerk to tick
    assert all(r.method is None for r in optional)
    assert "纸质收取" in counter.intake.last_message[1]
    assert not counter.work_page.intake_panel.receive_all.isEnabled()  # nothing left to mark
    # the table drew what was recorded
    panel = counter.work_page.intake_panel
    shown = [panel.table.cellWidget(r, 1).currentData() for r in range(panel.table.rowCount())]
    assert shown == [r.method for r in cl.rows]


def test_all_paper_without_an_item_says_what_to_do(qtbot, counter) -> None:
    sign_in(counter, qtbot)
    assert counter.intake.receive_all_paper() == 0
    assert counter.intake.last_message[:2] == ("error", "还没有选择事项。")


def test_every_action_of_the_work_page_has_its_key_on_screen(qtbot, counter) -> None:
    sign_in(counter, qtbot)
    page = counter.work_page
    buttons = [b for b in page.findChildren(QPushButton)] + [
        counter.workspace.help.go,
        counter.workspace.help.fold,
        counter.workspace.top.lock,
    ]
    assert len(buttons) >= 17
    for b in buttons:
        m = KEY.search(b.text())
        assert m, f"no key written on “{b.text()}”"
        key = m.group(1).replace("Esc", "Escape").replace("Ctrl+Enter", "Ctrl+Return")
        assert key in counter.shortcuts or key.startswith("Alt+"), f"{key} on “{b.text()}” is not bound"
    # the steps and the search say theirs too
    tabs = [page.steps.tabText(i) for i in range(page.steps.count())]
    assert [KEY.search(f"[{t.split()[-1]}]").group(1) for t in tabs] == ["Alt+1", "Alt+2", "Alt+3"]
    assert any("[Ctrl+F]" in w.text() for w in page.intake_panel.findChildren(type(page.serving)))
    # the nav's Ctrl+N are bound for every page a manager has
    assert all(f"Ctrl+{i}" in counter.shortcuts for i in range(1, 9))


def test_keys_refuse_plainly_when_the_action_cannot_be_taken(qtbot, counter) -> None:
    sign_in(counter, qtbot)
    _press(counter, qtbot, "Ctrl+B")  # 补正告知 with no item picked
    assert counter.workspace.message.isVisibleTo(counter.window)
    assert "还没有选择事项" in counter.workspace.message.text.text()
    assert counter.work_page.steps.currentIndex() == 2
    _press(counter, qtbot, "Ctrl+J")  # no 即办件 accepted
    assert "没有可当场办结的即办件" in counter.intake.last_message[1]
    _press(counter, qtbot, "Ctrl+P")
    assert "还没有办件可评价" in counter.intake.last_message[1]
    _press(counter, qtbot, "Ctrl+Shift+D")  # 免费代办 is a village station's, not the hall's
    assert "本窗口不收免费代办件" in counter.workspace.message.text.text()


def test_enter_in_the_search_picks_the_first_hit(qtbot, counter) -> None:
    sign_in(counter, qtbot)
    _press(counter, qtbot, "Ctrl+F")
    panel = counter.work_page.intake_panel
    assert QApplication.focusWidget() is panel.query
    QTest.keyClicks(panel.query, "dbsq")
    QTest.keyClick(panel.query, Qt.Key.Key_Return)  # before the search has answered
    qtbot.waitUntil(lambda: counter.intake.picked is not None, timeout=10_000)
    assert counter.intake.picked == ("item", counter.intake.hits[0].code)
    assert counter.intake.checklist is not None and "最低生活保障" in counter.intake.checklist.title


def test_region_picker_takes_a_township_by_name(qtbot, counter, ctx, devices) -> None:
    sign_in(counter, qtbot)
    devices.simulators["idcard"].place_card("young_adult_han")
    qtbot.waitUntil(lambda: counter.applicant.card_read, timeout=15_000)
    counter.intake.pick("item", MOVE_IN_PROVINCE)
    settle(counter, qtbot)
    panel = counter.work_page.decision_panel
    counter.work_page.show_step(2)
    assert not panel.region.isEnabled()  # 本地办理: nothing to pick
    panel.cross.setCurrentIndex(panel.cross.findData(CrossRegion.IN_PROVINCE))
    assert panel.region.isEnabled()
    entries = [panel.region.itemText(i) for i in range(panel.region.count())]
    assert entries[0] == "西双版纳州勐海县"  # the hall's own county first
    assert panel.region.itemData(entries.index("西双版纳州勐海县勐遮镇")) == "532822104000"
    # a name typed in part is enough when only one place holds it
    panel.region.setEditText("勐遮")
    assert panel.region_code() == "532822104000"
    panel.region.setEditText("勐满")  # 勐海县 and 勐腊县 both have a 勐满镇
    assert panel.region_code() is None
    panel.do_accept()
    settle(counter, qtbot)
    assert "“勐满”对应2个地方" in counter.intake.last_message[1] and not counter.intake.accepted
    panel.region.setEditText("勐满县")
    panel.do_accept()
    assert "找不到承办地“勐满县”" in counter.intake.last_message[1]
    panel.pick_region("532822104")
    assert "勐遮镇" in panel.cross_note.text()
    counter.intake.receive_all_paper()
    panel.do_accept()
    settle(counter, qtbot)
    [a] = counter.intake.accepted
    rec = cases.get_case(ctx, case_no=a.case.case_no).record
    assert (rec.cross_region, rec.handling_region) == (CrossRegion.IN_PROVINCE, "532822104000")
    detail = cases_detail(ctx, rec.case_no)
    assert "承办地 西双版纳州勐海县勐遮镇（532822104000）" in detail
    # 跨省通办 lists the other provinces; a code typed in full is taken as it is
    panel.cross.setCurrentIndex(panel.cross.findData(CrossRegion.CROSS_PROVINCE))
    names = [panel.region.itemText(i) for i in range(panel.region.count())]
    assert "广东省" in names and "云南省" not in names
    panel.region.setEditText("440305")
    assert panel.region_code() == "440305000000"
    panel.region.setEditText("99x")
    assert panel.region_code() is None


def cases_detail(ctx, case_no: str) -> str:
    from shared.services.case_list import case_detail

    clerk = Actor(user="lina", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    return case_detail(ctx, actor=clerk, case_no=case_no).cross_region


def test_call_and_start_in_one_step_is_remembered_per_clerk(qtbot, ctx, devices, bridge, tmp_path) -> None:
    def counter_with_prefs():
        c = build_counter(ctx, devices=devices, bridge=bridge, options=CounterOptions(prefs_file=tmp_path / "p.json"))
        c.window.resize(1600, 900)
        c.window.show()
        qtbot.addWidget(c.window)
        qtbot.addWidget(c.evaluator)
        return c

    c = counter_with_prefs()
    try:
        sign_in(c, qtbot)
        box = c.work_page.queue_panel.call_and_start
        assert not box.isChecked()
        box.setChecked(True)
        settle(c, qtbot)
        tickets.issue_ticket(ctx, category="general", actor=KIOSK)
        _press(c, qtbot, "F1")
        assert c.queue.current is not None and c.queue.current.state is TicketState.SERVING  # no F3
        assert "已开始办理" in c.queue.last_message[1]
        _press(c, qtbot, "F8")
        c.signin.sign_out("换人")
        settle(c, qtbot)
        sign_in(c, qtbot, "yanwen")  # another clerk at the same terminal: his own choice
        assert not c.work_page.queue_panel.call_and_start.isChecked()
        tickets.issue_ticket(ctx, category="general", actor=KIOSK)
        _press(c, qtbot, "F1")
        assert c.queue.current.state is TicketState.CALLED
        _press(c, qtbot, "F3")
        _press(c, qtbot, "F8")
        c.signin.sign_out("换人")
        settle(c, qtbot)
    finally:
        c.shutdown()
    # the next start of the counter: lina's choice is still hers
    again = counter_with_prefs()
    try:
        sign_in(again, qtbot)
        qtbot.waitUntil(lambda: again.work_page.queue_panel.call_and_start.isChecked(), timeout=10_000)
    finally:
        again.shutdown()


def test_pause_the_window_and_resume_with_f1(qtbot, counter, ctx) -> None:
    sign_in(counter, qtbot)
    panel = counter.work_page.queue_panel
    _press(counter, qtbot, "F9")
    assert counter.queue.paused is not None
    assert panel.number.text() == "暂停" and "暂停服务" in panel.detail.text()
    assert panel.buttons["toggle_pause"].text().startswith("恢复服务")
    with ctx.unit_of_work(read_only=True) as uow:
        assert 1 in window_pause.paused_windows(ctx, uow)
    # back at the desk: F1 resumes the window and calls in one go
    tickets.issue_ticket(ctx, category="general", actor=KIOSK)
    _press(counter, qtbot, "F1")
    assert counter.queue.paused is None and counter.queue.current is not None
    with ctx.unit_of_work(read_only=True) as uow:
        assert window_pause.paused_windows(ctx, uow) == {}
        actions = [e.action for e in uow.audit.entries() if e.action.startswith("window.")]
    assert sorted(actions) == ["window.pause", "window.resume"]
    # not while somebody is being served
    _press(counter, qtbot, "F9")
    assert counter.queue.paused is None and "还没有办完" in counter.queue.last_message[1]


def test_a_help_request_folds_into_the_top_bar_once_seen(qtbot, ctx, devices, bridge) -> None:
    c = build_counter(ctx, devices=devices, bridge=bridge, options=CounterOptions(help_banner_s=0.3))
    c.window.resize(1600, 900)
    c.window.show()
    qtbot.addWidget(c.window)
    qtbot.addWidget(c.evaluator)
    try:
        sign_in(c, qtbot)
        banner, chip = c.workspace.help, c.workspace.top.help_chip
        complaints.request_help(ctx, actor=KIOSK, reason="不会操作", terminal_name="1号自助机（大厅入口）")
        c.complaints.poll_help()
        settle(c, qtbot)
        assert banner.isVisibleTo(c.window) and banner.height() <= 48  # one line
        # seen for a while: folded, and counted in the top bar
        qtbot.waitUntil(lambda: banner.isHidden() and chip.isVisibleTo(c.window), timeout=5_000)
        assert chip.text().startswith("求助 1")
        c.complaints.poll_help()  # the same request read again does not unfold it
        settle(c, qtbot)
        assert banner.isHidden()
        chip.click()
        assert banner.isVisibleTo(c.window) and chip.isHidden()
        _press(c, qtbot, "Escape")
        assert banner.isHidden() and chip.isVisibleTo(c.window)
        # a second kiosk asking: across the page again
        complaints.request_help(ctx, actor=Actor.kiosk("T-0102"), reason="打印", terminal_name="2号自助机")
        c.complaints.poll_help()
        settle(c, qtbot)
        assert banner.isVisibleTo(c.window) and "另有1处" in banner.text.text()
        _press(c, qtbot, "Ctrl+H")  # 我去处理
        qtbot.waitUntil(lambda: len(c.complaints.help) == 1, timeout=5_000)
    finally:
        c.shutdown()


def test_whole_case_numbers_and_no_sideways_scrolling_at_1600x900(qtbot, counter, ctx, devices) -> None:
    counter.window.resize(1600, 900)
    sign_in(counter, qtbot)
    devices.simulators["idcard"].place_card("young_adult_han")
    qtbot.waitUntil(lambda: counter.applicant.card_read, timeout=15_000)
    counter.intake.pick("bundle", "YJS-SH")
    settle(counter, qtbot)
    counter.intake.receive_all_paper()
    counter.work_page.show_step(1)
    settle(counter, qtbot)
    table = counter.work_page.intake_panel.table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.viewport().width() >= sum(table.columnWidth(c) for c in range(table.columnCount())) - 2
    ref_width = table.columnWidth(2)
    assert ref_width >= table.fontMetrics().horizontalAdvance("53282226111600400011") + 24
    counter.work_page.show_step(2)
    counter.work_page.decision_panel.do_accept()
    settle(counter, qtbot)
    results = counter.work_page.decision_panel.results
    settle(counter, qtbot)
    for r in range(results.rowCount()):
        text = results.item(r, 0).text()
        assert len(text) == 20
        assert results.fontMetrics().horizontalAdvance(text) + 8 <= results.columnWidth(0)
    assert results.horizontalScrollBar().maximum() == 0
    counter.workspace.show_page("cases")
    counter.cases.refresh()
    settle(counter, qtbot)
    cases_table = counter.cases_page.table
    assert cases_table.rowCount() >= 3
    assert cases_table.horizontalScrollBar().maximum() == 0
    assert cases_table.fontMetrics().horizontalAdvance("8" * 20) + 8 <= cases_table.columnWidth(0)


def test_the_waiting_table_never_cuts_a_row(qtbot, counter, ctx) -> None:
    for category in ("general", "social", "civil", "household", "market", "realty"):
        tickets.issue_ticket(ctx, category=category, actor=KIOSK)
    sign_in(counter, qtbot)
    counter.queue.refresh()
    settle(counter, qtbot)
    t = counter.work_page.queue_panel.waiting
    assert t.rowCount() >= 6
    assert t.verticalScrollBar().maximum() == 0
    rows = sum(t.rowHeight(r) for r in range(t.rowCount()))
    assert t.viewport().height() >= rows


def test_the_accounts_page_edits_the_selected_window(qtbot, counter, ctx) -> None:
    sign_in(counter, qtbot, "admin")
    counter.workspace.show_page("accounts")
    counter.accounts.refresh()
    settle(counter, qtbot)
    page = counter.accounts_page
    first = counter.accounts.windows[0]
    # never a blank form: the first window is loaded as stored
    assert page.w_number.value() == first.number and page.w_name.text() == first.name
    assert {c for c, b in page.w_cats.items() if b.isChecked()} == set(first.categories)
    sixth = next(w for w in counter.accounts.windows if w.number == 6)
    page.windows.selectRow(counter.accounts.windows.index(sixth))
    assert page.w_name.text() == "不动产登记一窗办理" and page.w_title.text().startswith("修改 6号窗口")
    page.w_name.setText("不动产登记一窗受理")
    page.w_save.click()
    settle(counter, qtbot)
    after = {w.number: w for w in accounts.list_windows(ctx)}
    assert after[6].name == "不动产登记一窗受理" and after[6].categories == sixth.categories
    assert after[1].name == first.name and after[1].categories == first.categories  # untouched
    # the number typed is the window shown: an unused one starts a new window
    page.w_number.setValue(1)
    assert page.w_name.text() == first.name
    page.w_number.setValue(42)
    assert page.w_name.text() == "" and page.w_title.text() == "新增 42号窗口"
    # an account selected says which one the buttons act on
    page.accounts.selectRow(1)
    assert "已选：" in page.account_selected.text()


def test_a_damaged_preferences_file_costs_the_choices_not_the_sign_in(tmp_path) -> None:
    from counter_app.prefs import ClerkPrefs, PrefsFile

    path = tmp_path / "counter-prefs.json"
    prefs = PrefsFile(path)
    prefs.save("lina", ClerkPrefs(call_and_start=True))
    prefs.save("yanwen", ClerkPrefs())
    assert PrefsFile(path).load("lina").call_and_start and not PrefsFile(path).load("yanwen").call_and_start
    path.write_text("{not json", encoding="utf-8")
    assert PrefsFile(path).load("lina") == ClerkPrefs()
    PrefsFile(path).save("lina", ClerkPrefs(call_and_start=True))  # written anew, whole
    assert PrefsFile(path).load("lina").call_and_start and not list(tmp_path.glob(".prefs-*"))
