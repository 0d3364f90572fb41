"""The kiosk in another language (issue 16, point 7; docs/translations.md): its home screen,
top bar and the whole 取号 flow show and say no Chinese in English, every string they show
goes through the translation system, and a string that skips it is caught.

The screens are the tour's own (yimen/tour/kiosk.py), driven up to the after-hours home screen;
each is also measured by the screen check (nothing clipped, nothing overlapping) in English.
What stays Chinese is data, named here: the hall's name and the resident's masked name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel

from devices.idcard.cardfile import load_cards
from kiosk_app.viewmodels.ticket import TicketViewModel
from shared.domain.masking import mask_name
from shared.ui.i18n import SOURCE_LANGUAGE, install_translations
from yimen.demo.kiosk_hall import ELDER_CARD, YOUNG_CARD, kiosk_window
from yimen.tour.kiosk import tour_states
from yimen.tour.screen_check import ScreenWatch, shown

pytestmark = pytest.mark.qt

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
PLACEHOLDER = re.compile(r"\{\w*\}")
# the tour's states of the home screen, its top bar and the 取号 flow, in the tour's order
HOME_AND_TICKET = (
    "home",
    "home-card-read",
    "home-elder-offer",
    "home-elder-notice",
    "ticket-categories",
    "ticket-card-green",
    "ticket-issued",
    "ticket-duplicate",
    "ticket-printer-failed",
    "home-device-problem",
    "ticket-closed",
    "home-closed",
)


class PseudoTranslator(QTranslator):
    """Answers every message of every context with Latin letters (its placeholders kept, so
    the code can still fill them in): whatever Chinese is left on a screen did not go
    through the translation system."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or not HAN.search(source):
            return ""  # nothing to translate: Qt shows the source
        self.asked.add((context, source))
        return "Tr" + "".join(f" {p}" for p in PLACEHOLDER.findall(source)) + "."


@pytest.fixture
def translators(qapp) -> Iterator[list[QTranslator]]:
    """Translators a test installs; afterwards only Chinese is installed again."""
    installed: list[QTranslator] = []
    yield installed
    for t in installed:
        qapp.removeTranslator(t)
    install_translations(qapp, SOURCE_LANGUAGE)


def data_words(window) -> list[str]:
    """What the hall and the resident wrote, shown as written in every language."""
    cards = load_cards()
    return [window.vm.backend.hall.name, *(mask_name(cards[c].name) for c in (ELDER_CARD, YOUNG_CARD))]


def chinese_on(window) -> list[str]:
    """Every visible text, accessible name and spoken line with a Han character, data taken out."""
    data = data_words(window)
    texts: list[tuple[str, str]] = []
    for w in shown(window):
        name = f"{type(w).__name__}#{w.objectName() or '-'}"
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append((name, w.text()))
        texts.append((name + " (accessible name)", w.accessibleName()))
        texts.append((name + " (read aloud)", str(getattr(w, "speech", ""))))
    texts.append(("KioskViewModel.speech()", window.vm.speech()))
    texts.append(("window title", window.windowTitle()))
    found = []
    for where, text in texts:
        for word in data:
            text = text.replace(word, "")
        if HAN.search(text):
            found.append(f"{where}: {text!r}")
    return found


def visit_home_and_ticket(window, hall, case_no) -> Iterator[str]:
    """The tour's home and 取号 states, then stop (the tour goes on to the other screens)."""
    wanted = set(HOME_AND_TICKET)
    for state in tour_states(window, hall, case_no):
        if state in wanted:
            wanted.discard(state)
            yield state
        if not wanted:
            return
    raise AssertionError(f"the tour no longer reaches {sorted(wanted)}")


def test_english_home_and_ticket_flow_show_no_chinese(qtbot, translators) -> None:
    problems: list[str] = []
    screens = ScreenWatch("kiosk")  # the screen check, with its known defects, as the tour runs it
    with kiosk_window(portrait=True, language="en") as (window, hall, case_no):
        seen = []
        for state in visit_home_and_ticket(window, hall, case_no):
            seen.append(state)
            problems += [f"{state}: {p}" for p in chinese_on(window)]
            screens.look(window, f"kiosk-en-{state}", elder=False)
        # the English words are really there, not just an absence of Chinese
        assert window.help_button.text() == "Get help"
    assert seen == list(HOME_AND_TICKET)
    assert not problems, "\n".join(problems)
    assert not screens.report(), screens.report()


def test_every_string_of_the_home_and_ticket_screens_goes_through_translation(
    qtbot, translators, qapp
) -> None:
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    translators.append(pseudo)
    problems: list[str] = []
    with kiosk_window(portrait=True) as (window, hall, case_no):
        for state in visit_home_and_ticket(window, hall, case_no):
            problems += [f"{state}: {p}" for p in chinese_on(window)]
    assert not problems, "\n".join(problems)
    contexts = {context for context, _ in pseudo.asked}
    assert {"KioskHome", "KioskTicket", "KioskWindow", "KioskHours", "KioskCategory"} <= contexts, contexts


def test_a_string_that_skips_the_translation_call_is_caught(qtbot, translators, qapp, monkeypatch) -> None:
    """What the test above would say of a view-model line written without translate()."""
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    translators.append(pseudo)
    monkeypatch.setattr(TicketViewModel, "wait_line", lambda self: "您前面没有人" if self.issued else "")
    found: list[str] = []
    with kiosk_window(portrait=True) as (window, hall, case_no):
        for state in visit_home_and_ticket(window, hall, case_no):
            if state == "ticket-issued":
                found = chinese_on(window)
                break
    assert any("您前面没有人" in p and "QLabel" in p for p in found), found
    assert any("您前面没有人" in p and "speech()" in p for p in found), found


def test_translated_words_are_asked_for_with_their_context(translators, qapp) -> None:
    """The view-models reach Qt's translators through the function the app injects."""
    from kiosk_app.language import translate, use_translator

    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    translators.append(pseudo)
    use_translator(None)
    try:
        assert translate("KioskTicket", "取号成功") == "取号成功"  # nothing injected: the source
        use_translator(QCoreApplication.translate)
        assert translate("KioskTicket", "您前面还有 {ahead} 人") == "Tr {ahead}."
        assert ("KioskTicket", "您前面还有 {ahead} 人") in pseudo.asked
    finally:
        use_translator(QCoreApplication.translate)
