"""The kiosk window with pytest-qt: real taps on real buttons, the top bar on every screen,
and the idle wipe leaving no personal data in any widget."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton, QWidget

from kiosk_app.app import LANDSCAPE, PORTRAIT, build_window
from kiosk_app.viewmodels.root import Screen
from shared.domain.cases import format_case_no
from shared.domain.line_breaks import WORD_JOINER
from yimen.demo.kiosk_hall import ELDER_CARD, OPEN_ELDER_ITEM, DemoHall, Driver, printer_paper_out
from yimen.demo.settings import DEMO_NOW, DEMO_TECHNICIAN_PIN

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot, hall: DemoHall) -> Iterator:
    quits: list[int] = []
    w = build_window(hall.ctx, hall.devices, size=PORTRAIT, quit_app=lambda: quits.append(1))
    w.quits = quits
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


@pytest.fixture
def driver(window, hall: DemoHall) -> Driver:
    d = Driver(window, hall)
    d.settle(lambda: window.vm.home.status is not None)
    return d


def tap(qtbot, button: QWidget) -> None:
    assert button is not None and button.isVisible(), "the button must be on screen"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2))
    top = button.window()
    if hasattr(top, "runner"):
        top.runner.wait_idle()  # what the tap started (a lookup, a save) has answered
    QApplication.processEvents()  # rebuilt screens show their new widgets on the next turn


def find(window, name: str) -> QPushButton:
    QApplication.processEvents()
    matches = [b for b in window.findChildren(QPushButton, name) if b.isVisible()]
    assert matches, f"no visible button {name}"
    return matches[0]


def button_with_text(window, text: str) -> QAbstractButton:
    QApplication.processEvents()
    matches = [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text() == text]
    assert matches, f"no visible button “{text}”"
    return matches[0]


def all_texts(window: QWidget) -> str:
    """Every string any widget holds, shown or hidden, waiting for deletion or not."""
    parts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        parts += [w.accessibleName(), w.accessibleDescription(), w.toolTip(), w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton)):
            parts.append(w.text())
        elif isinstance(w, QLineEdit):
            parts += [w.text(), w.placeholderText(), w.displayText()]
    # as a person reads it: without the WORD JOINERs that keep 15个工作日 on one line
    return "\n".join(p for p in parts if p).replace(WORD_JOINER, "")


def flush_deletions() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_portrait_and_landscape_sizes(qtbot, hall: DemoHall) -> None:
    for size in (PORTRAIT, LANDSCAPE):
        w = build_window(hall.ctx, hall.devices, size=size, quit_app=lambda: None)
        qtbot.addWidget(w)
        assert (w.width(), w.height()) == (size.width(), size.height())
        assert w.landscape == (size.width() > size.height())
        w.close()


def test_take_a_ticket_by_tapping(qtbot, window, driver: Driver, hall: DemoHall) -> None:
    tap(qtbot, find(window, "tile-ticket"))
    assert window.vm.screen == Screen.TICKET
    tap(qtbot, find(window, "category-social"))
    driver.settle(lambda: window.vm.ticket.print_state == "printed")
    (number,) = [x for x in window.findChildren(QLabel, "TicketNumber") if x.isVisible()]
    assert number.isVisible() and number.text() == window.vm.ticket.issued.number == "B001"
    assert number.accessibleName() == "B零零一"
    assert len(hall.devices.simulators["printer"].jobs) == 1
    tap(qtbot, button_with_text(window, "完成，回首页"))
    assert window.vm.screen == Screen.HOME


def visible_texts(window, kind=QAbstractButton) -> list[str]:
    QApplication.processEvents()
    return [b.text() for b in window.findChildren(kind) if b.isVisible() and b.text()]


def test_the_home_screen_has_each_button_once_and_no_home_button(qtbot, window, driver: Driver) -> None:
    buttons = visible_texts(window)
    assert "首页" not in buttons
    assert buttons.count("长者模式") == 1 and buttons.count("呼叫帮办") == 1
    tiles = {b.objectName() for b in window.findChildren(QPushButton) if b.isVisible() and b.objectName().startswith("tile-")}
    assert tiles == {"tile-ticket", "tile-person", "tile-business", "tile-cases", "tile-apply", "tile-evaluate", "tile-points"}
    ticket = find(window, "tile-ticket")
    others = [find(window, name) for name in tiles - {"tile-ticket"}]
    assert all(ticket.height() * ticket.width() > 1.5 * o.height() * o.width() for o in others), "取号 weighs most"
    # the tiles fill the portrait screen: nothing but the footer line below the last row
    bottom = max(o.mapTo(window, o.rect().bottomLeft()).y() for o in others)
    assert bottom > window.height() * 0.85
    vm = window.vm
    vm.go(Screen.CASES)
    driver.settle()
    assert "首页" in visible_texts(window)


def test_after_hours_the_ticket_tile_cannot_be_tapped(qtbot, window, driver: Driver, hall: DemoHall) -> None:
    hall.clock.set(DEMO_NOW.replace(hour=20, minute=30))
    window.vm.home.refresh()
    driver.settle(lambda: window.vm.home.status is not None and not window.vm.home.status.is_open)
    ticket = find(window, "tile-ticket")
    assert not ticket.isEnabled()
    assert any("上班后再来取号" in t for t in visible_texts(window, QLabel))
    qtbot.mouseClick(ticket, Qt.MouseButton.LeftButton)
    assert window.vm.screen == Screen.HOME


def test_taking_a_number_sets_the_busy_and_print_lines_on_the_screen_shown(
    qtbot, window, driver: Driver
) -> None:
    """正在取号 and the print line change on the widgets already shown (no rebuild), and what
    they say is what the view-model says at every step."""
    vm = window.vm
    tap(qtbot, find(window, "tile-ticket"))
    general = find(window, "category-general")
    gate = threading.Event()
    for _ in range(2):  # both of the kiosk's workers wait: the number is issued when the gate opens
        window.runner.run(gate.wait)
    try:
        qtbot.mouseClick(general, Qt.MouseButton.LeftButton, pos=QPoint(general.width() // 2, general.height() // 2))
        QApplication.processEvents()
        assert vm.ticket.busy
        assert find(window, "category-general") is general, "the same button, disabled in place"
        assert not general.isEnabled()
        assert "正在取号，请稍候…" in visible_texts(window, QLabel)
    finally:
        gate.set()
    driver.settle(lambda: vm.ticket.print_state == "printed")
    labels = visible_texts(window, QLabel)
    assert "正在取号，请稍候…" not in labels and "正在打印凭条…" not in labels
    (line,) = [w for w in window.findChildren(QLabel, "TicketPrintLine") if w.isVisible()]
    assert line.text() == vm.ticket.print_line() == "请取走下方的凭条，留意屏幕和语音叫号"
    assert line.property("role") == "ok"
    assert vm.ticket.issued is not None and vm.ticket.issued.number in labels
    # 再取一个号: the categories again, all of them enabled, and a second number taken the same way
    tap(qtbot, button_with_text(window, "再取一个号"))
    assert "正在取号，请稍候…" not in visible_texts(window, QLabel)
    social = find(window, "category-social")
    assert social.isEnabled()
    tap(qtbot, social)
    driver.settle(lambda: vm.ticket.print_state == "printed")
    (line,) = [w for w in window.findChildren(QLabel, "TicketPrintLine") if w.isVisible()]
    assert line.text() == vm.ticket.print_line()
    assert vm.ticket.issued is not None and vm.ticket.issued.number.startswith("B")


def test_a_failed_slip_is_shown_once_without_a_second_number(qtbot, window, driver: Driver, hall: DemoHall) -> None:
    with printer_paper_out(hall):
        tap(qtbot, find(window, "tile-ticket"))
        tap(qtbot, find(window, "category-general"))
        driver.settle(lambda: window.vm.ticket.print_state == "failed" and window.vm.ticket.help_sent)
    labels = visible_texts(window, QLabel)
    assert sum("凭条没有打出来" in t for t in labels) == 1
    assert "再取一个号" not in visible_texts(window)
    assert "完成，回首页" in visible_texts(window)
    assert any("办理窗口" in t for t in labels)


def test_elderly_mode_is_one_tap_from_every_screen(qtbot, window, driver: Driver) -> None:
    vm = window.vm
    for screen in (
        Screen.HOME,
        Screen.TICKET,
        Screen.GUIDES,
        Screen.CASES,
        Screen.APPLY,
        Screen.EVALUATE,
        Screen.POINTS,
    ):
        vm.go(screen)
        driver.settle()
        button = find(window, "ElderButton")
        tap(qtbot, button)
        assert vm.mode.elder and vm.screen == screen, screen
        assert button.text() == "长者模式 ✔"
        vm.set_elder(False)
        driver.settle()


def test_read_aloud_on_every_screen(qtbot, window, driver: Driver, hall: DemoHall) -> None:
    vm = window.vm
    engine = hall.devices.announcer.engine
    for screen in (
        Screen.HOME,
        Screen.TICKET,
        Screen.GUIDES,
        Screen.CASES,
        Screen.APPLY,
        Screen.EVALUATE,
        Screen.POINTS,
        Screen.HELPER,
    ):
        vm.go(screen)
        driver.settle()
        before = len(engine.spoken)
        tap(qtbot, find(window, "ReadAloudButton"))
        qtbot.waitUntil(lambda b=before: len(engine.spoken) > b, timeout=5000)
        assert engine.spoken[-1] == vm.speech() and len(engine.spoken[-1]) > 4, screen


def test_call_helper_from_the_top_bar(qtbot, window, driver: Driver, hall: DemoHall) -> None:
    window.vm.go(Screen.CASES)
    tap(qtbot, find(window, "HelpButton"))
    driver.settle(lambda: window.vm.helper.request is not None)
    assert "马上就来" in all_texts(window)
    with hall.ctx.unit_of_work(read_only=True) as uow:
        assert "办件查询" in uow.help.open_requests()[0].reason


def test_guide_search_on_the_on_screen_keyboard(qtbot, window, driver: Driver) -> None:
    vm = window.vm
    tap(qtbot, find(window, "tile-person"))
    driver.settle(lambda: vm.guides.catalog is not None)
    tap(qtbot, find(window, "guides-mode-search"))
    for letter in "HKQY":
        tap(qtbot, button_with_text(window, letter))
    (box,) = [x for x in window.findChildren(QLineEdit, "GuideSearch") if x.isVisible()]
    assert box.text() == "hkqy"
    assert any("户口" in b.text() for b in window.findChildren(QPushButton) if b.isVisible())


def test_the_elder_offer_appears_inline_when_a_60_plus_card_is_read(qtbot, window, driver: Driver) -> None:
    driver.card(ELDER_CARD, lambda: window.vm.elder_offer)
    offer = window.findChild(QWidget, "ElderOffer")
    assert offer is not None and offer.isVisible()
    assert QApplication.activeModalWidget() is None, "no pop-up windows"
    tap(qtbot, button_with_text(window, "使用长者模式"))
    assert window.vm.mode.elder


def test_idle_wipe_leaves_no_personal_data_in_any_widget(
    qtbot, window, driver: Driver, hall: DemoHall
) -> None:
    vm = window.vm
    # a resident does a bit of everything: a ticket with the card, a case query, an application
    vm.go(Screen.TICKET)
    driver.card(ELDER_CARD, lambda: vm.ticket.card is not None)
    vm.ticket.choose("social")
    driver.settle(lambda: vm.ticket.print_state == "printed")
    ticket_no = vm.ticket.issued.number
    vm.go(Screen.APPLY)
    driver.settle(lambda: bool(vm.apply.items))
    vm.apply.choose_item(OPEN_ELDER_ITEM)
    driver.settle(lambda: vm.apply.step == "card")
    driver.card(ELDER_CARD, lambda: vm.apply.step == "form")
    for d in "13987654321":
        vm.apply.phone_key(d)
    driver.settle()
    shown = all_texts(window)
    assert "13987654321" in shown and "玉*" in shown, "the screen did show the person's data"
    vm.apply.form_done()
    for c in vm.apply.choices:
        if c.method is None and c.options:
            vm.apply.choose_method(c.material.code, c.options[0])
    vm.apply.to_review()
    vm.apply.submit()
    driver.settle(lambda: vm.apply.print_state == "printed")
    case_no = vm.apply.stored.case_no
    vm.go(Screen.CASES)
    for d in case_no:
        vm.cases.key(d)
    vm.cases.submit_number()
    driver.settle(lambda: vm.cases.step == "detail")
    vm.go(Screen.APPLY)  # leave the case on a hidden screen too
    driver.settle()
    before = all_texts(window)
    assert format_case_no(case_no) in before

    # the person walks away: warning, countdown, wipe
    # (times are real monotonic seconds: the window's own 1 s timer keeps ticking meanwhile)
    now = time.monotonic()
    vm.touch(now - vm.idle.effective_idle_s - 1)
    vm.tick(now)
    driver.settle()
    warning = window.findChild(QWidget, "IdleWarning")
    assert warning is not None and warning.isVisible() and "秒后" in all_texts(window)
    now = time.monotonic()
    vm.touch(now - vm.idle.effective_idle_s - vm.idle.warning_s - 1)
    vm.tick(now)
    driver.settle()
    flush_deletions()

    assert vm.screen == Screen.HOME and vm.wipes == 1
    after = all_texts(window)
    personal = [
        "玉罕",
        "玉*",
        "532822195603120029",
        "532822********0029",
        "13987654321",
        "139****4321",
        case_no,
        ticket_no,
        "70岁",
    ]
    leaked = [p for p in personal if p in after]
    assert not leaked, f"left on screen after the wipe: {leaked}"
    assert not any(vm_.holds_personal_data for vm_ in vm.screens.values())


def test_keep_going_cancels_the_wipe(qtbot, window, driver: Driver) -> None:
    vm = window.vm
    vm.go(Screen.GUIDES)
    now = time.monotonic()
    vm.touch(now - vm.idle.effective_idle_s - 1)
    vm.tick(now)
    driver.settle()
    tap(qtbot, window.findChild(QPushButton, "KeepGoing"))
    assert vm.idle_state == "active"
    assert (
        window.findChild(QWidget, "IdleWarning") is None
        or not window.findChild(QWidget, "IdleWarning").isVisible()
    )
    vm.tick(time.monotonic() + 5)
    assert vm.screen == Screen.GUIDES and vm.wipes == 0


def test_any_tap_counts_as_activity(qtbot, window, driver: Driver) -> None:
    vm = window.vm
    vm.go(Screen.POINTS)
    driver.settle()
    vm.idle.touch(0)  # long ago
    qtbot.mouseClick(window.stack, Qt.MouseButton.LeftButton)
    assert vm.idle.tick(time.monotonic()) == "active"


def test_technician_exit_needs_the_gesture_and_the_pin(qtbot, window, driver: Driver) -> None:
    vm = window.vm
    hall_name = window.findChild(QLabel, "HallName")
    for _ in range(4):
        qtbot.mouseClick(hall_name, Qt.MouseButton.LeftButton)
    assert vm.screen == Screen.HOME, "four taps are not the gesture"
    qtbot.mouseClick(hall_name, Qt.MouseButton.LeftButton)
    assert vm.screen == Screen.TECHNICIAN
    for d in "111111":
        tap(qtbot, button_with_text(window, d))
    tap(qtbot, button_with_text(window, "确定"))
    assert "密码不对" in all_texts(window) and not vm.technician.unlocked
    for d in DEMO_TECHNICIAN_PIN:
        tap(qtbot, button_with_text(window, d))
    assert "●" * len(DEMO_TECHNICIAN_PIN) in all_texts(window) and DEMO_TECHNICIAN_PIN not in all_texts(window)
    tap(qtbot, button_with_text(window, "确定"))
    assert vm.technician.unlocked
    assert any("凭条打印机" in line for line in vm.technician.device_lines())
    tap(qtbot, button_with_text(window, "退出自助机程序"))
    assert window.quits == [1]


def test_evaluation_faces_have_words(qtbot, window, driver: Driver, accepted_case: str) -> None:
    vm = window.vm
    vm.go(Screen.EVALUATE)
    for d in accepted_case:
        vm.evaluate.key(d)
    vm.evaluate.submit_number()
    driver.settle(lambda: vm.evaluate.step == "choose")
    words = [
        next(x for x in window.findChildren(QLabel, f"level-word-{n}") if x.isVisible()).text()
        for n in (5, 4, 3, 2, 1)
    ]
    assert words == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    tap(qtbot, find(window, "level-2"))
    assert vm.evaluate.step == "reasons"
    tap(qtbot, button_with_text(window, "提交评价"))
    assert "至少选择一个" in all_texts(window)


def test_chinese_words_through_the_input_method_box(qtbot, window, driver: Driver) -> None:
    """The 汉字 box is a normal QLineEdit kept across rebuilds, so an input method (the Qt
    Virtual Keyboard's Pinyin on a kiosk) stays attached while results update."""
    vm = window.vm
    vm.go(Screen.GUIDES)
    driver.settle(lambda: vm.guides.catalog is not None)
    tap(qtbot, find(window, "guides-mode-search"))
    tap(qtbot, find(window, "HanziSwitch"))
    (box,) = [x for x in window.findChildren(QLineEdit, "GuideSearchHanzi") if x.isVisible()]
    assert not box.isReadOnly()
    box.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString("津贴")  # what the virtual keyboard's Pinyin engine sends
    QApplication.sendEvent(box, commit)
    driver.settle()
    assert vm.guides.query == "津贴"
    assert any(name == "高龄津贴申请" for _, name in vm.guides.results)
    (same,) = [x for x in window.findChildren(QLineEdit, "GuideSearchHanzi") if x.isVisible()]
    assert same is box and box.text() == "津贴", "the box survived the rebuild"
    tap(qtbot, find(window, "HanziSwitch"))
    assert not box.isVisible() and vm.guides.query == ""
    assert [x for x in window.findChildren(QWidget, "PinyinKeyboard") if x.isVisible()]


def test_the_qt_virtual_keyboard_plugin_ships_with_pyside6() -> None:
    from shared.ui.widgets.pinyin_keyboard import qt_virtual_keyboard_available

    assert qt_virtual_keyboard_available()


def test_screens_rebuilt_for_many_residents_leave_no_widgets_behind(qtbot, window, driver) -> None:
    """Memory stable over days: every visit rebuilds a screen's widgets, and the old ones must
    go (the event loop deletes them; qtbot.wait runs one)."""
    vm = window.vm

    def residents(n: int) -> int:
        for _ in range(n):
            for screen in ("ticket", "guides", "cases", "evaluate", "points", "display"):
                vm.go(screen)
                driver.settle()
            now = time.monotonic()
            vm.touch(now - vm.idle.effective_idle_s - vm.idle.warning_s - 1)
            vm.tick(now)
            driver.settle(lambda: vm.screen == "home")
        qtbot.wait(20)
        return len(QApplication.allWidgets())

    baseline = residents(3)
    assert residents(20) <= baseline + 5, "widgets pile up with every resident"
