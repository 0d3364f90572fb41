"""首问登记 at the counter, driven through its page: a kiosk's call for help taken as 首问, a
question recorded at the window and handed over, a complaint taken in hand, a matter closed;
then the manager's list of every open one with its age."""

from __future__ import annotations

import pytest

from shared.services import complaints
from shared.services.actor import Actor
from tests.support.counter import settle, sign_in

pytestmark = pytest.mark.qt

KIOSK = Actor.kiosk("T-0101")


def _texts(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_first_asks_from_the_window_to_the_managers_list(qtbot, counter, ctx, clock) -> None:
    complaints.request_help(ctx, actor=KIOSK, reason="读卡器读不出", terminal_name="2号自助机")
    sign_in(counter, qtbot)
    assert "firstasks" in counter.workspace.page_keys
    counter.workspace.show_page("firstasks")
    page, vm = counter.first_asks_page, counter.first_asks
    vm.refresh()
    settle(counter, qtbot)
    assert _texts(page.help_list, 0) == ["2号自助机"] and page.take.isEnabled()
    assert not page.scope.isVisibleTo(counter.window)  # a clerk sees only their own

    page.take.click()
    settle(counter, qtbot)
    assert vm.selected is not None and vm.selected.kind_label == "自助机求助"
    assert "2号自助机" in vm.selected.summary and page.help_list.rowCount() == 0
    assert counter.workspace.help.isHidden() and not counter.complaints.help

    page.summary.setPlainText("问新生儿出生一件事要带哪些材料")
    page.name.setText("岩香")
    page.save.click()
    settle(counter, qtbot)
    assert "已首问登记" in vm.last_message[1]
    question = vm.selected
    assert question is not None and question.kind_label == "窗口咨询" and question.owner == "lina"
    assert page.summary.toPlainText() == ""  # the form is ready for the next person
    assert sorted(_texts(page.list, 1)) == ["窗口咨询", "自助机求助"]

    # hand the question to the chief: the receiver is picked from the list, the note required
    page.to_user.setCurrentIndex(page.to_user.findData("yanwen"))
    page.hand.click()
    settle(counter, qtbot)
    assert "移交说明" in vm.last_message[1]
    page.note.setText("出生医学证明由岩温在4号窗口核对")
    page.hand.click()
    settle(counter, qtbot)
    assert "已移交 岩温。" in vm.last_message[1] and "yanwen" not in vm.last_message[1]  # a name, not a login
    assert _texts(page.list, 1) == ["自助机求助"]
    assert not page.finish.isVisibleTo(counter.window)  # no longer lina's to close

    page.list.selectRow(0)
    settle(counter, qtbot)
    page.outcome.setText("已帮群众重放身份证，读卡成功")
    page.finish.click()
    settle(counter, qtbot)
    assert "已办结" in vm.last_message[1] and page.list.rowCount() == 0

    # a complaint taken in hand from the 办不成事 page lands on the 首问 page
    counter.workspace.show_page("complaints")
    cpage = counter.complaints_page
    cpage.summary.setPlainText("营业执照变更两次被退回，说不清缺什么")
    cpage.save.click()
    settle(counter, qtbot)
    assert cpage.first_ask.isVisibleTo(counter.window)
    cpage.first_ask.click()
    settle(counter, qtbot)
    assert "已首问接手" in counter.complaints.last_message[1]
    assert _texts(page.list, 1) == ["办不成事反映"]

    # the manager: every open registration, oldest first, with its age; over 24 h is marked
    counter.signin.sign_out("换班")
    settle(counter, qtbot)
    clock.advance(hours=25)
    sign_in(counter, qtbot, "admin")
    assert counter.workspace.page_keys == ["figures", "cases", "transfers", "complaints", "firstasks", "accounts", "fleet"]
    settle(counter, qtbot)
    counter.workspace.show_page("firstasks")
    assert vm.show_all and page.scope.isVisibleTo(counter.window) and page.scope.currentIndex() == 1
    assert _texts(page.list, 1) == ["窗口咨询", "办不成事反映"]
    assert _texts(page.list, 2) == ["岩温", "李娜"]
    assert all(t.startswith("1天") for t in _texts(page.list, 3))
    assert _texts(page.list, 5) == ["超24小时未办结", "超24小时未办结"]
    assert "其中 2 件超24小时" in page.count.text()
    # the manager reassigns the chief's question
    page.list.selectRow(0)
    settle(counter, qtbot)
    assert page.hand.isVisibleTo(counter.window)
    page.to_user.setCurrentIndex(page.to_user.findData("lina"))
    page.note.setText("岩温休假，改由李娜答复")
    page.hand.click()
    settle(counter, qtbot)
    assert _texts(page.list, 2) == ["李娜", "李娜"]
    assert [h.action for h in vm.selected.history] == ["first_ask.record", "first_ask.handover", "first_ask.handover"]
