"""The clerk's everyday desk at the counter through Qt's translation system (issue 16, point 7;
docs/translations.md): sign-in, the main window (its title, the top bar, the pages' buttons, the
help banner and its chip, the message line), the queue column (叫号, 重呼, 过号, 暂挂 and
恢复, 转移 with its dialog, 暂停服务), the lock screen and the password change say nothing
in Chinese of their own once a translation is installed.

A pseudo-translation (every message "Tr …." with its placeholders kept) is installed before the
counter is built, and a clerk's morning is driven through it: the sign-in screen, a mismatched
new password and a changed one, the queue empty and waiting (an elder's green-channel ticket
among them), a call, recalls until the no-show, a person served and held, a resume refused
while another is at the window, the transfer dialog and a transfer, the held ticket resumed and
finished, nothing left to call, the window paused and resumed, F1 calling-and-starting, a kiosk
asking for help (the banner, then folded into the top bar), the screen locked (with a wrong
password) and unlocked, and a new colleague signing in with the manager's temporary password.
At each state every text the window shows (labels, buttons, placeholders, tooltips, accessible
names, tab titles, table headers and cells, drop-down entries, list lines, the dialogs' titles
and prompts) and every message the queue and sign-in view-models said is searched for Chinese.

What stays Chinese is data, named here: the hall's name, the staff's names, the windows' names
as the hall gave them, a kiosk's name, ticket numbers; the services' own refusals (a wrong
password: ``shared/ui/error_words.py``, not yet translated); the reason a window pauses for as
stored and shown on the board (the clerk picks it translated, the board shows the hall's
Chinese). The Chinese the desk shows is unchanged: ticket states and priorities, roles and
window kinds are the domain's words (the last test holds them the same).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QComboBox, QListWidget, QTableWidget, QTabWidget, QWidget

from counter_app import desk_words
from counter_app.app import build_counter
from counter_app.session import CounterOptions
from counter_app.views.main_window import CounterWindow
from counter_app.views.queue_panel import TransferDialog
from shared.domain.catalog.vocab import WindowKind
from shared.domain.tickets import PRIORITY_LABELS, Priority, TicketState
from shared.domain.tickets import STATE_LABELS as TICKET_STATE_LABELS
from shared.services import accounts, complaints, tickets
from shared.services.accounts import list_windows
from shared.services.actor import Actor, Role
from shared.services.permissions import ROLE_LABELS
from shared.ui.i18n import install_translations
from tests.support.counter import STAFF, settle, sign_in
from tests.support.translation import HAN, PseudoTranslator, han_in, widget_texts
from yimen.tour.screen_check import ScreenWatch, shown

pytestmark = pytest.mark.qt

KIOSK = Actor.kiosk("T-0101")
KIOSK_NAME = "1号自助机（大厅入口）"
ELDER_ID = "532801194503150021"  # born 1945: the green channel by age
NEWCOMER = ("yufang", "玉芳", "Temp#Pass2026")  # an account the manager just made
# Qt's own OK / Cancel, from Qt's catalogue of the counter's language (qtbase_zh_CN here)
QT_OWN_BUTTONS = ["确定", "取消"]
CONTEXTS = {"CounterQueue", "CounterSignin", "CounterWindow", "CounterDesk", "CounterWork", "CounterMessage"}
STATES = (
    "sign-in", "password-mismatch", "password-changed", "empty", "waiting", "called", "recalled",
    "no-show", "serving", "held", "resume-refused", "transfer-dialog", "transferred", "resumed",
    "finished", "nothing-waiting", "paused", "resumed-service", "call-and-start", "help-banner",
    "help-folded", "locked", "lock-wrong-password", "unlocked", "temporary-password",
)  # fmt: skip


@pytest.fixture
def pseudo_counter(qtbot, qapp, ctx, devices, bridge) -> Iterator:
    """The counter built with the pseudo-translation installed; afterwards the counter's own
    zh_CN comes back."""
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    c = None
    try:
        c = build_counter(ctx, devices=devices, bridge=bridge, options=CounterOptions(max_recalls=2))
        c.window.resize(1600, 940)
        c.window.show()
        qtbot.addWidget(c.window)
        qtbot.addWidget(c.evaluator)
        yield c, translator
    finally:
        if c is not None:
            c.shutdown()
        qapp.removeTranslator(translator)
        install_translations(qapp, "zh_CN")


def desk_texts(root: QWidget) -> list[tuple[str, str]]:
    """widget_texts, and what it does not read: tab titles, table headers and cells, drop-down
    entries and list lines."""
    texts = widget_texts(root)
    for w in shown(root):
        name = f"{type(w).__name__}#{w.objectName() or '-'}"
        if isinstance(w, QTabWidget):
            texts += [(f"{name} tab {i}", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            for col in range(w.columnCount()):
                head = w.horizontalHeaderItem(col)
                texts.append((f"{name} header {col}", head.text() if head is not None else ""))
                for row in range(w.rowCount()):
                    item = w.item(row, col)
                    texts.append((f"{name} [{row},{col}]", item.text() if item is not None else ""))
        elif isinstance(w, QComboBox):
            texts += [(f"{name} entry {i}", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            texts += [(f"{name} line {i}", w.item(i).text()) for i in range(w.count())]
    return texts


def data_words(ctx) -> list[str]:
    """What stays as written in every language."""
    words = [ctx.settings.hall.name, KIOSK_NAME, NEWCOMER[1]]
    words += [name for name, _role, _password in STAFF.values()]
    words += [w.name for w in list_windows(ctx)]
    return [w for w in words if w]


@dataclass
class Aside:
    """What a state shows beside the window: the services' own refusals (data here, not the
    desk's words), the dialog open now, the password dialog's titles and prompts."""

    refused: list[str] = field(default_factory=list)
    dialogs: list[QWidget] = field(default_factory=list)
    prompts: list[tuple[str, str]] = field(default_factory=list)


def desk_states(c, ctx, qtbot, monkeypatch, aside: Aside) -> Iterator[str]:
    """The clerk's morning, yielding each state's name."""
    q = c.queue

    def done() -> None:
        settle(c, qtbot)

    yield "sign-in"
    sign_in(c, qtbot)
    # the password change: three prompts (the dialog is Qt's; its title and prompts are ours)
    asked: list[tuple[str, str]] = []
    answers: list[str] = []

    def get_text(_parent, title, prompt, _echo):
        asked.append((title, prompt))
        return answers.pop(0), True

    monkeypatch.setattr("counter_app.views.main_window.QInputDialog.getText", get_text)
    answers[:] = [STAFF["lina"][2], "New#Window2026", "New#Window2027"]
    c.workspace.top.password.click()
    done()
    assert len(asked) == 3 and c.signin.last_message[0] == "error"
    assert c.workspace.message.isVisibleTo(c.window)  # said on the work's line, not the hidden sign-in's
    aside.prompts += [(f"password dialog: {title}", prompt) for title, prompt in asked]
    aside.prompts += [("password dialog title", title) for title, _ in asked]
    asked.clear()
    yield "password-mismatch"
    answers[:] = [STAFF["lina"][2], "New#Window2026", "New#Window2026"]
    c._change_password(forced=True)
    done()
    assert c.signin.last_message[0] == "ok", c.signin.last_message
    aside.prompts += [("password dialog title (forced)", title) for title, _ in asked]
    yield "password-changed"
    aside.prompts.clear()
    c.workspace.show_page("work")
    yield "empty"
    for _ in range(3):
        tickets.issue_ticket(ctx, category="general", actor=KIOSK)
    tickets.issue_ticket(ctx, category="social", actor=KIOSK, id_number=ELDER_ID, name="岩香")
    q.refresh()
    done()
    qtbot.waitUntil(lambda: q.waiting_for_me >= 3, timeout=10_000)
    yield "waiting"
    q.call_next()
    done()
    assert q.current is not None and q.current.state is TicketState.CALLED
    yield "called"
    q.recall()
    done()
    yield "recalled"
    q.recall()
    done()
    q.recall()  # the third press after two recalls: no-show
    done()
    assert q.current is None
    yield "no-show"
    q.call_next()
    done()
    q.start_serving()
    done()
    serving = q.current
    assert serving is not None and serving.state is TicketState.SERVING
    yield "serving"
    q.hold()
    done()
    assert [h.id for h in q.held] == [serving.id]
    yield "held"
    q.call_next()
    done()
    q.resume(serving.id)  # refused: someone else is at the window now
    done()
    assert q.last_message[0] == "error"
    yield "resume-refused"
    q.load_windows()
    done()
    dialog = TransferDialog(q, c.window)
    dialog.show()
    qtbot.addWidget(dialog)
    aside.dialogs.append(dialog)
    yield "transfer-dialog"
    dialog.close()
    aside.dialogs.clear()
    q.transfer(window=2)
    done()
    assert q.current is None
    yield "transferred"
    q.resume(serving.id)
    done()
    assert q.current is not None and q.current.id == serving.id
    yield "resumed"
    q.finish()
    done()
    yield "finished"
    while True:  # call what is left, serve it and finish, until nobody waits
        q.call_next()
        done()
        if q.current is None:
            break
        q.start_serving()
        done()
        q.finish()
        done()
    yield "nothing-waiting"
    c.work_page.queue_panel.pause_reason.setCurrentIndex(1)  # 午间交接
    q.toggle_pause()
    done()
    assert q.paused is not None and q.paused.reason == desk_words.PAUSE_REASONS[1]  # stored in Chinese
    yield "paused"
    q.toggle_pause()
    done()
    assert q.paused is None
    yield "resumed-service"
    c.work_page.queue_panel.call_and_start.setChecked(True)
    done()
    tickets.issue_ticket(ctx, category="general", actor=KIOSK)
    q.call_next()
    done()
    assert q.current is not None and q.current.state is TicketState.SERVING
    yield "call-and-start"
    complaints.request_help(ctx, actor=KIOSK, reason="不会操作", terminal_name=KIOSK_NAME)
    complaints.request_help(ctx, actor=Actor.kiosk("T-0102"), reason="", terminal_name=KIOSK_NAME)
    c.complaints.poll_help()
    done()
    assert c.workspace.help.isVisibleTo(c.window)
    yield "help-banner"
    c.workspace.help.fold.click()
    qtbot.wait(10)
    assert c.workspace.top.help_chip.isVisibleTo(c.window)
    yield "help-folded"
    c.signin.lock()
    qtbot.waitUntil(lambda: c.window.stack.currentIndex() == CounterWindow.LOCK, timeout=5_000)
    yield "locked"
    c.lock_view.password.setText("wrong")
    c.lock_view.unlock.click()
    done()
    aside.refused += c.signin.last_message[1:]  # the accounts service's words
    yield "lock-wrong-password"
    c.lock_view.password.setText("New#Window2026")
    c.lock_view.unlock.click()
    done()
    assert c.window.stack.currentIndex() == CounterWindow.WORK
    yield "unlocked"
    # a colleague whose account the manager just made signs in with its temporary password
    manager = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0001")
    user, name, password = NEWCOMER
    accounts.create_account(
        ctx, actor=manager, username=user, display_name=name, role=Role.CLERK, password=password
    )
    c.workspace.top.sign_out.click()
    done()
    assert c.window.stack.currentIndex() == CounterWindow.SIGN_IN
    c.sign_in_view.username.setText(user)
    c.sign_in_view.password.setText(password)
    c.sign_in_view.submit.click()
    done()
    assert c.session.signed_in is not None and c.session.signed_in.must_change_password
    yield "temporary-password"


def test_every_string_of_the_desk_goes_through_translation(qtbot, ctx, pseudo_counter, monkeypatch) -> None:
    c, translator = pseudo_counter
    said: list[tuple[str, str]] = []
    for vm in (c.queue, c.signin):
        vm.message.connect(lambda level, text, hint: said.extend([("message", text), ("message hint", hint)]))
    aside = Aside()
    problems: list[str] = []
    seen = []
    for state in desk_states(c, ctx, qtbot, monkeypatch, aside):
        seen.append(state)
        qtbot.wait(10)
        data = [*data_words(ctx), *aside.refused]
        texts = desk_texts(c.window) + aside.prompts
        for dialog in aside.dialogs:
            texts += [(f"dialog: {where}", t) for where, t in desk_texts(dialog)]
            data += QT_OWN_BUTTONS
        problems += [f"{state}: {p}" for p in han_in(texts, data)]
        problems += [f"{state}: {p}" for p in han_in(said, data)]
        said.clear()
    assert seen == list(STATES)
    assert not problems, "\n".join(problems)
    assert {context for context, _ in translator.asked} >= CONTEXTS
    # every ticket state the queue column shows, and the green channel's priority, were worded
    shown_words = {
        desk_words.TICKET_STATE_WORDS[s] for s in (TicketState.CALLED, TicketState.SERVING, TicketState.HELD)
    }
    shown_words.add(desk_words.PRIORITY_WORDS[Priority.GREEN_ELDERLY])
    assert {("CounterQueue", w) for w in shown_words} <= translator.asked


def test_the_desk_reads_english(qtbot, ctx, devices, bridge, qapp, monkeypatch) -> None:
    """[counter] language = "en": the same morning in English shows no Chinese but the data and
    the services' refusals, and every word fits its place at 1600×900 (the screen check, on the
    window and on the transfer dialog, at every state)."""
    ctx.settings.counter.language = "en"
    c = build_counter(ctx, devices=devices, bridge=bridge, options=CounterOptions(max_recalls=2))
    try:
        c.window.resize(1600, 900)
        c.window.show()
        qtbot.addWidget(c.window)
        qtbot.addWidget(c.evaluator)
        screens = ScreenWatch("counter", active=True)
        aside = Aside()
        problems: list[str] = []
        panel = c.work_page.queue_panel
        for state in desk_states(c, ctx, qtbot, monkeypatch, aside):
            qtbot.wait(20)
            texts = desk_texts(c.window) + aside.prompts
            screens.look(c.window, f"counter-en-desk-{state}", elder=False)
            for dialog in aside.dialogs:
                texts += [(f"dialog: {where}", t) for where, t in desk_texts(dialog)]
                screens.look(dialog, f"counter-en-desk-{state}-dialog", elder=False)
            problems += [f"{state}: {p}" for p in han_in(texts, [*data_words(ctx), *aside.refused])]
            if state == "sign-in":
                assert c.sign_in_view.submit.text() == "Sign in (Enter)"
            elif state == "password-changed":
                assert "Password changed." in c.workspace.message.text.text()
            elif state == "held":
                assert panel.held_title.text() == "1 held (double-click or F6 to resume)"
                assert panel.buttons["call_next"].text() == "Call next  [F1]"
                assert c.window.windowTitle() == "Yimen · service window"
                assert "(Clerk)" in c.workspace.top.who.text()
            elif state == "paused":
                assert panel.number.text() == "Paused"
                assert "(Handover)" in panel.detail.text()
                assert panel.buttons["call_next"].text() == "Resume & call  [F1]"
            elif state == "locked":
                assert c.lock_view.unlock.text() == "Unlock (Enter)"
        assert not problems, "\n".join(problems)
        assert not screens.report(), screens.report()
    finally:
        c.shutdown()
        install_translations(qapp, "zh_CN")


def test_the_desk_words_tickets_roles_and_windows_as_the_domain_does() -> None:
    """The desk marks the ticket states and priorities, the staff roles and the window kinds for
    translation; in Chinese they are the domain's own words, so the screen, the board and the
    records never disagree."""
    assert {s: desk_words.TICKET_STATE_WORDS[s] for s in TICKET_STATE_LABELS} == TICKET_STATE_LABELS
    assert {p: desk_words.PRIORITY_WORDS[p] for p in PRIORITY_LABELS} == PRIORITY_LABELS
    assert set(desk_words.PRIORITY_WORDS) == set(Priority)
    assert {r: desk_words.ROLE_WORDS[r] for r in ROLE_LABELS} == ROLE_LABELS
    assert {k: desk_words.WINDOW_KIND_WORDS[k] for k in WindowKind} == {k: k.value for k in WindowKind}
    assert all(HAN.search(r) for r in desk_words.PAUSE_REASONS)  # stored and shown on the board as written
