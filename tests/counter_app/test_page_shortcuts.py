"""A shortcut for every action at the counter, shown on screen (issue 16, point 5), on the pages
beside 叫号受理: 办件查询, 材料流转, 证明验真, 办不成事, 首问登记, 账号与窗口, 统计与整改 and 终端状态.
Every button of a page has its key written on it; no two actions a page answers share a key
(the window's own keys included: the work page's F1-F9, Ctrl+…, Alt+1-3); pressing a key
presses its button, or says why the button cannot be used now."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from shared.services import complaints
from shared.services.actor import Actor
from tests.support.counter import settle, sign_in
from yimen.tour.screen_check import check_screen

pytestmark = pytest.mark.qt

KIOSK = Actor.kiosk("T-0101")
PAGES = {  # the workspace's key → the controller's page
    "cases": "cases_page",
    "transfers": "transfers_page",
    "verify": "verify_page",
    "complaints": "complaints_page",
    "firstasks": "first_asks_page",
    "figures": "figures_page",
    "accounts": "accounts_page",
    "fleet": "fleet_page",
}
CLERKS_PAGES = ("cases", "transfers", "verify", "complaints", "firstasks")
MANAGERS_PAGES = ("figures", "accounts", "fleet")


class _NoDialog:
    """The dialogs a button may open, answered with 取消 (a test does not wait on a modal)."""

    @staticmethod
    def getText(*_a, **_k):
        return "", False

    @staticmethod
    def getItem(*_a, **_k):
        return "", False

    @staticmethod
    def getMultiLineText(*_a, **_k):
        return "", False

    @staticmethod
    def getSaveFileName(*_a, **_k):
        return "", ""


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch) -> None:
    for module in ("accounts_page", "cases_page", "figures_page"):
        monkeypatch.setattr(f"counter_app.views.{module}.QInputDialog", _NoDialog)
    monkeypatch.setattr("counter_app.views.figures_page.QFileDialog", _NoDialog)


def _press(counter, qtbot, key: str) -> None:
    """The key as the clerk presses it, to whatever has the focus of the active window."""
    counter.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is counter.window, timeout=5_000)
    combo = QKeySequence(key)[0]
    QTest.keyClick(QApplication.focusWidget() or counter.window, combo.key(), combo.keyboardModifiers())
    settle(counter, qtbot)


def _answered(counter, page: QWidget) -> list[str]:
    """Every key the window answers while ``page`` is shown: its own and the window's."""
    window = counter.window
    return [
        sc.key().toString()
        for sc in window.findChildren(QShortcut)
        if sc.isEnabled() and (sc.parent() is window or sc.parent() is page)
    ]


def _open(counter, qtbot, key: str) -> QWidget:
    assert counter.workspace.show_page(key), key
    settle(counter, qtbot)
    return getattr(counter, PAGES[key])


def test_every_action_has_its_own_key_written_on_its_button(qtbot, counter) -> None:
    counter.window.resize(1600, 900)
    for user, pages in (("lina", CLERKS_PAGES), ("admin", MANAGERS_PAGES)):
        sign_in(counter, qtbot, user)
        for key in pages:
            page = _open(counter, qtbot, key)
            bound = page.keys.buttons
            unbound = [b.text() for b in page.findChildren(QPushButton) if b not in bound.values()]
            assert unbound == [], f"{key}: buttons without a key: {unbound}"
            for k, b in bound.items():
                assert b.text().endswith(f"[{k}]"), (key, k, b.text())
            answered = _answered(counter, page)
            twice = sorted({k for k in answered if answered.count(k) > 1})
            assert twice == [], f"{key}: keys answered twice: {twice}"
            assert set(bound) <= set(answered)
        # the keys written on the buttons still leave every page within the hall's 1600 px
        assert counter.window.minimumSizeHint().width() <= 1600 and counter.window.width() == 1600
        counter.signin.sign_out("换人")
        settle(counter, qtbot)


def test_each_key_presses_its_button_and_the_button_reads_whole(qtbot, counter) -> None:
    counter.window.resize(1600, 900)
    for user, pages in (("lina", CLERKS_PAGES), ("admin", MANAGERS_PAGES)):
        sign_in(counter, qtbot, user)
        for key in pages:
            page = _open(counter, qtbot, key)
            if key == "figures":
                page.tabs.setCurrentWidget(page.settle.parentWidget())  # 差评整改
            for k, b in page.keys.buttons.items():
                # whatever state the page is in, the button is made usable: the key must press it
                b.show()
                b.setEnabled(True)
                assert b.isVisible(), (key, k)
                pressed: list[bool] = []
                b.clicked.connect(lambda *_a, p=pressed: p.append(True))
                _press(counter, qtbot, k)
                assert pressed, f"{key}: {k} did not press “{b.property('action')}”"
                b.clicked.disconnect()
                # the key written on it fits: shown, the button is never cut
                b.show()
                cut = [str(f) for f in check_screen(page, screen=key, elder=False) if "QPushButton" in f.widget]
                assert cut == [], cut
        counter.signin.sign_out("换人")
        settle(counter, qtbot)


def test_a_key_whose_button_cannot_be_used_says_why(qtbot, counter) -> None:
    sign_in(counter, qtbot)
    page = _open(counter, qtbot, "cases")
    assert not page.issue_btn.isVisible()  # no case opened
    _press(counter, qtbot, "Alt+C")
    level, text, hint = counter.cases.last_message
    assert level == "error" and "出件" in text and "待出件" in hint
    assert counter.workspace.message.isVisible() and "出件" in counter.workspace.message.text.text()


def test_keys_do_the_work_with_the_focus_in_a_text_field(qtbot, counter, ctx) -> None:
    """The clerk types, then presses the key without reaching for the mouse."""
    complaints.request_help(ctx, actor=KIOSK, reason="读卡器读不出", terminal_name="2号自助机")
    sign_in(counter, qtbot)
    page = _open(counter, qtbot, "complaints")
    page.summary.setPlainText("窗口说缺材料又说不清缺什么")  # (QTest types Latin letters only)
    page.summary.setFocus()
    assert QApplication.focusWidget() is page.summary
    _press(counter, qtbot, "Alt+D")  # 登记
    assert "已登记" in counter.complaints.last_message[1]
    assert any(c.category_label for c in counter.complaints.items) and page.summary.toPlainText() == ""
    counter.complaints.poll_help()
    settle(counter, qtbot)
    assert page.ack.isEnabled()
    _press(counter, qtbot, "Alt+Q")  # 我去处理: the kiosk's call for help taken
    assert not counter.complaints.help and "请前往协助" in counter.complaints.last_message[1]

    fpage = _open(counter, qtbot, "firstasks")
    fpage.summary.setPlainText("问新生儿出生一件事要带哪些材料")
    fpage.summary.setFocus()
    _press(counter, qtbot, "Alt+D")  # 登记
    assert "已首问登记" in counter.first_asks.last_message[1] and counter.first_asks.selected is not None
    fpage.outcome.setText("已当面告知所需材料")
    fpage.outcome.setFocus()
    _press(counter, qtbot, "Alt+B")  # 办结
    assert "已办结" in counter.first_asks.last_message[1]

    counter.signin.sign_out("换人")
    settle(counter, qtbot)
    sign_in(counter, qtbot, "admin")
    figures = _open(counter, qtbot, "figures")
    _press(counter, qtbot, "Alt+W")  # 本周
    assert counter.figures.period == "week" and figures.period_buttons["week"].isChecked()
    accounts = _open(counter, qtbot, "accounts")
    accounts.display.setText("玉香")
    for field, text in ((accounts.username, "yuxiang"), (accounts.password, "Temp#Pass2026")):
        field.setFocus()
        QTest.keyClicks(field, text)
    assert QApplication.focusWidget() is accounts.password
    _press(counter, qtbot, "Alt+K")  # 开通
    assert "yuxiang" in [a.username for a in counter.accounts.accounts]


def test_the_top_bar_says_its_keys_and_answers_them(qtbot, counter, monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr("counter_app.controller.ask_password_change", lambda _parent, forced: asked.append(forced))
    sign_in(counter, qtbot)
    top = counter.workspace.top
    for b, key in ((top.password, "Ctrl+Shift+P"), (top.lock, "Ctrl+L"), (top.sign_out, "Ctrl+Shift+Q")):
        assert b.text().endswith(f"[{key}]") and key in counter.shortcuts
    assert [str(f) for f in check_screen(top, screen="top", elder=False)] == []
    _open(counter, qtbot, "complaints")
    _press(counter, qtbot, "Ctrl+Shift+P")  # 修改密码, from any page
    assert asked == [False]
    _press(counter, qtbot, "Ctrl+Shift+Q")  # 退出
    assert counter.session.signed_in is None
    assert counter.window.stack.currentWidget() is counter.sign_in_view
