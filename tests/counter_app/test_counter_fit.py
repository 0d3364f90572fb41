"""The counter's pages at 1600×900 read whole (issue 16, point 5): the 不予受理 reason wraps in
a field three lines tall, the kiosks' calls for help and the hall's 首问 list fit their rows
and the page's width, the 首问 scope shows 全厅未办结（督办） whole. Measured with the tour's
own screen check (yimen/tour/screen_check.py) on the live widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from shared.domain.refusals import RefusalGrounds
from shared.services import complaints, tickets
from shared.services.actor import Actor
from tests.support.counter import settle, sign_in
from yimen.tour.screen_check import check_screen

pytestmark = pytest.mark.qt

KIOSK = Actor.kiosk("T-0101")
LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认
REASON = ("申请人户籍在景洪市，低保由户籍所在地审核确认。", "请到户籍所在地乡镇人民政府提出申请。")


def _findings(page: QWidget, name: str) -> list[str]:
    return [str(f) for f in check_screen(page, screen=name, elder=False)]


def _sideways(page: QWidget) -> list[str]:
    return [
        type(a).__name__
        for a in page.findChildren(QAbstractScrollArea)
        if a.isVisibleTo(page) and a.horizontalScrollBar().isVisibleTo(page)
    ]


def test_the_refusal_reason_is_read_whole_and_printed_as_one_paragraph(qtbot, counter, ctx) -> None:
    counter.window.resize(1600, 900)
    sign_in(counter, qtbot)
    tickets.issue_ticket(ctx, category="civil", actor=KIOSK)
    counter.queue.call_next()
    settle(counter, qtbot)
    counter.queue.start_serving()
    settle(counter, qtbot)
    edits = counter.work_page.applicant_panel.edits
    for name, value in (("id_number", "532822199803150028"), ("name", "刀玉香")):
        edits[name].setText(value)
        edits[name].editingFinished.emit()
    settle(counter, qtbot)
    counter.intake.pick("item", LOW_INCOME)
    counter.work_page.show_step(2)
    settle(counter, qtbot)
    panel = counter.work_page.decision_panel
    field = panel.reason
    assert field.isVisibleTo(counter.window)
    # the hint wraps within the field: every line of it inside the part that shows text
    room = field.viewport().rect().adjusted(4, 4, -4, -4)  # the document's margins
    hint = field.fontMetrics().boundingRect(
        QRect(0, 0, room.width(), 10_000), int(Qt.TextFlag.TextWordWrap.value), field.placeholderText()
    )
    assert hint.height() > field.fontMetrics().height()  # it does need a second line
    assert hint.height() <= room.height(), (hint, room)
    assert _findings(panel, "decision") == []

    # two sentences typed on two lines: all of them shown, nothing scrolled off either way
    field.setPlainText("\n".join(REASON))
    qtbot.wait(10)
    assert field.verticalScrollBar().maximum() == 0 and field.horizontalScrollBar().maximum() == 0
    panel.grounds.setCurrentIndex(panel.grounds.findData(RefusalGrounds.OUTSIDE_POWERS))
    panel.authority.setText("景洪市民政局")
    panel.refuse.click()
    settle(counter, qtbot)
    [refused] = counter.intake.refused
    # the notice states the reason as one paragraph: the line break typed is not printed
    assert refused.not_accepted and "".join(REASON) in refused.reason and "\n" not in refused.reason


def test_help_requests_and_the_halls_first_asks_fit_the_page(qtbot, counter, ctx, clock) -> None:
    counter.window.resize(1600, 900)
    complaints.request_help(
        ctx, actor=KIOSK, reason="老人不会操作查询，需要有人到机器旁协助", terminal_name="1号自助机（大厅入口）"
    )
    sign_in(counter, qtbot)
    counter.complaints.poll_help()
    counter.workspace.show_page("complaints")
    counter.complaints.refresh()
    settle(counter, qtbot)
    page = counter.complaints_page
    assert page.help_list.rowCount() == 1
    assert _findings(page, "complaints") == [] and _sideways(page) == []

    counter.workspace.show_page("firstasks")
    counter.first_asks.refresh()
    settle(counter, qtbot)
    fpage = counter.first_asks_page
    assert fpage.help_list.rowCount() == 1
    assert _findings(fpage, "first-asks") == [] and _sideways(fpage) == []
    fpage.summary.setPlainText("办理残疾人护理补贴，村里说要去县里开证明，县里说村里开，来回跑了三次")
    fpage.save.click()
    settle(counter, qtbot)
    counter.signin.sign_out("换班")
    settle(counter, qtbot)
    clock.advance(hours=25)  # over 24 hours: the 提示 column speaks too

    # the manager's list of the whole hall: the scope drop-down and every column, whole
    sign_in(counter, qtbot, "admin")
    counter.workspace.show_page("firstasks")
    settle(counter, qtbot)
    assert counter.first_asks.show_all and fpage.scope.currentText() == "全厅未办结（督办）"
    assert fpage.list.rowCount() >= 1 and fpage.list.item(0, 5).text() == "超24小时未办结"
    assert _findings(fpage, "first-asks-manager") == [] and _sideways(fpage) == []
