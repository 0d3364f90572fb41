"""The kiosk in another language (issue 16, point 7; docs/translations.md): its home screen,
top bar, the whole 取号 flow, the 办事指南, 办件查询, 好差评, 呼叫帮办 and 服务网点 screens show and
say no Chinese in English, every
string they show goes through the translation system, and a string that skips it is caught.

The screens are the tour's own (yimen/tour/kiosk.py), driven up to its last 办事指南 state;
each is also measured by the screen check (nothing clipped, nothing overlapping) in English.
What stays Chinese is data, named here: the hall's name, the resident's masked name and what
the catalogue says (department and item names, and every text of the guide shown), and what a
case holds (its item, applicant, the notes staff wrote, the materials missing) and the name of
the service reviewed, the kiosk's own name, the hall's phone and the service points' names,
addresses, phones and hours.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from types import SimpleNamespace

import pytest
from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from devices.idcard.cardfile import load_cards
from kiosk_app.app import PORTRAIT, OutOfService
from kiosk_app.language import use_translator
from kiosk_app.printing import guide_document
from kiosk_app.viewmodels.cases import NEXT_STEP_WORDS, STATE_WORDS
from kiosk_app.viewmodels.evaluate import LEVEL_WORDS, REASON_WORDS
from kiosk_app.viewmodels.ticket import TicketViewModel
from shared.domain.cases import NEXT_STEP, STATE_LABELS
from shared.domain.catalog.guide_lines import item_hours_text
from shared.domain.evaluations import LEVEL_LABELS, REASON_LABELS
from shared.domain.masking import mask_name
from shared.ui.i18n import SOURCE_LANGUAGE, install_translations
from tests.support.translation import HAN, PseudoTranslator, han_in, widget_texts
from yimen.demo.kiosk_hall import ELDER_CARD, YOUNG_CARD, kiosk_window
from yimen.tour.kiosk import tour_states
from yimen.tour.screen_check import ScreenWatch, shown

pytestmark = pytest.mark.qt

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
# the tour's 办事指南 states, in its order
GUIDES = (
    "guides-person",
    "guides-events",
    "guides-departments",
    "guides-list",
    "guides-detail",
    "guides-detail-sections",
    "guides-detail-more",
    "guides-qr",
    "guides-printed",
    "guides-search",
    "guides-search-hanzi",
)
# … and its 办件查询 states
CASES = ("cases-input", "cases-bad-number", "cases-detail", "cases-list")
# … and its 好差评 states
EVALUATE = ("evaluate-input", "evaluate-choose", "evaluate-reasons", "evaluate-thanks", "evaluate-already")
# … and the technician's: the PIN half typed, then the devices once unlocked
TECHNICIAN = ("technician-pin", "technician")
# 呼叫帮办 after hours comes between the home screen after hours and 办事指南 in the tour
TRANSLATED = (*HOME_AND_TICKET, "helper-closed", *GUIDES, *CASES, *EVALUATE, "helper", "points", *TECHNICIAN)
# not in the tour outside elderly mode (the display settings) or not at all (the manager's
# 暂停服务 sign): driven after it, by visit_more
MORE = ("display", "paused", "paused-reason")


@pytest.fixture
def translators(qapp) -> Iterator[list[QTranslator]]:
    """Translators a test installs; afterwards only Chinese is installed again."""
    installed: list[QTranslator] = []
    yield installed
    for t in installed:
        qapp.removeTranslator(t)
    install_translations(qapp, SOURCE_LANGUAGE)


def _texts(value) -> Iterator[str]:
    """Every text a catalogue record holds (its fixed vocabulary aside: enum values)."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name))
    elif isinstance(value, (tuple, list, set, frozenset)):
        for v in value:
            yield from _texts(v)
    elif type(value) is str and value:
        yield value


def data_words(window) -> list[str]:
    """What the hall, the resident and the catalogue wrote, shown as written in every language;
    longest first, so a short name inside a longer text never leaves the rest behind."""
    cards = load_cards()
    words = [window.vm.backend.hall.name, *(mask_name(cards[c].name) for c in (ELDER_CARD, YOUNG_CARD))]
    guides = window.vm.guides
    if guides.catalog is not None:
        words += guides.catalog.departments() + [name for _, name in guides.results]
        words += [point.name for point in guides.catalog.points.values()]
        if guides.item is not None:
            words += [*_texts(guides.item), item_hours_text(guides.item, guides.catalog)]
            if not guides.item.fees.free:
                words.append(guides.item.fees.describe())
    cases = window.vm.cases
    for case in [*cases.cases, *([cases.progress] if cases.progress else [])]:
        words += [case.item_name, case.applicant, *case.missing, *(note for _, _, note in case.history if note)]
    words.append(window.vm.backend.hall.terminal_name)
    if window.vm.helper.off_duty is not None and window.vm.helper.off_duty.phone:
        words.append(window.vm.helper.off_duty.phone)
    for point in window.vm.points.points:
        words += [point.name, point.address, point.phone, point.hours_text]
    if window.vm.evaluate.target is not None:
        words.append(window.vm.evaluate.target.service_name)
    # the technician sees a device's problem in its driver's words, as the log and the fleet
    # page have them; the manager's reason for pausing the kiosk shows as typed
    words += [h.reason for h in window.vm.backend.hall.device_health().values() if h.reason]
    words.append(window.vm.pause_reason)
    return sorted({w for w in words if w}, key=len, reverse=True)


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
        text = text.replace("\u2060", "")  # the word joiners a label puts between Han characters
        for word in data:
            text = text.replace(word, "")
        if HAN.search(text):
            found.append(f"{where}: {text!r}")
    return found


def printed_guide(window) -> str:
    """The text of the guide slip the kiosk prints for the guide on the screen."""
    guides = window.vm.guides
    slip = guide_document(
        guides.item, catalog=guides.catalog, hall_name="", printed_at=datetime(2026, 11, 17)
    )
    return "\n".join(str(getattr(block, "text", "")) for block in slip.blocks)


def visit_translated(window, hall, case_no) -> Iterator[str]:
    """The tour's translated states, then stop (the tour goes on to the other screens)."""
    wanted = set(TRANSLATED)
    for state in tour_states(window, hall, case_no):
        if state in wanted:
            wanted.discard(state)
            yield state
        if not wanted:
            return
    raise AssertionError(f"the tour no longer reaches {sorted(wanted)}")


def visit_more(window) -> Iterator[str]:
    """The states of :data:`MORE`, from the home screen: the display settings, the manager's
    暂停服务 sign (without a reason, then with one), and back."""
    vm = window.vm
    quiet_heartbeat(window)
    vm.go_home()
    vm.set_elder(True)
    vm.dismiss_elder_notice()
    vm.go("display")
    settle(window)
    yield "display"
    vm.set_elder(False)
    vm.go_home()
    vm.apply_service(SimpleNamespace(paused=True, reason=""))
    settle(window)
    yield "paused"
    vm.apply_service(SimpleNamespace(paused=True, reason="更换纸卷"))
    settle(window)
    yield "paused-reason"
    vm.apply_service(SimpleNamespace(paused=False, reason=""))
    settle(window)


def quiet_heartbeat(window) -> None:
    """Stop the window's fleet heartbeat, and let a beat already on its way land first. Its
    answer is the store's word (not paused), and it is applied on the UI thread: landing between
    the sign set below and the look at it, it took the sign down (seen once under load)."""
    beats = window.heartbeat
    beats.stop()
    deadline = time.monotonic() + 60
    while not beats.beat():  # False while the last beat is still on its way
        assert time.monotonic() < deadline, "a heartbeat never came back"
        QApplication.processEvents()
        time.sleep(0.01)
    answered = beats.sent + beats.failed
    while beats.sent + beats.failed == answered:  # the one just sent, the last of them
        assert time.monotonic() < deadline, "a heartbeat never came back"
        QApplication.processEvents()
        time.sleep(0.01)


def settle(window) -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def test_english_translated_screens_show_no_chinese(qtbot, translators) -> None:
    problems: list[str] = []
    screens = ScreenWatch("kiosk")  # the screen check, with its known defects, as the tour runs it
    with kiosk_window(portrait=True, language="en") as (window, hall, case_no):
        seen = []
        for state in visit_translated(window, hall, case_no):
            seen.append(state)
            problems += [f"{state}: {p}" for p in chinese_on(window)]
            screens.look(window, f"kiosk-en-{state}", elder=False)
            if state == "guides-printed":
                printed = printed_guide(window)
                # prints are not translated: the slip is Chinese while the screen is English
                assert "【要带什么】" in printed and "What to bring" not in printed, printed
                assert "What to bring" in [w.text() for w in shown(window) if isinstance(w, QLabel)]
        for state in visit_more(window):
            seen.append(state)
            problems += [f"{state}: {p}" for p in chinese_on(window)]
            screens.look(window, f"kiosk-en-{state}", elder=state == "display")
            if state == "paused-reason":
                assert "更换纸卷" in [w.text() for w in shown(window) if isinstance(w, QLabel)]
        # the English words are really there, not just an absence of Chinese
        assert window.help_button.text() == "Get help"
    assert seen == [*TRANSLATED, *MORE]
    assert not problems, "\n".join(problems)
    assert not screens.report(), screens.report()


def test_every_string_of_the_translated_screens_goes_through_translation(qtbot, translators, qapp) -> None:
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    translators.append(pseudo)
    problems: list[str] = []
    with kiosk_window(portrait=True) as (window, hall, case_no):
        for state in visit_translated(window, hall, case_no):
            problems += [f"{state}: {p}" for p in chinese_on(window)]
        for state in visit_more(window):
            problems += [f"{state}: {p}" for p in chinese_on(window)]
    assert not problems, "\n".join(problems)
    contexts = {context for context, _ in pseudo.asked}
    expected = {"KioskHome", "KioskTicket", "KioskWindow", "KioskHours", "KioskCategory", "KioskGuides", "KioskCases", "KioskEvaluate"}
    expected |= {"KioskHelper", "KioskPoints", "KioskTechnician", "KioskDisplay", "ColourScheme", "KioskPaused"}
    assert expected | {"Tag", "ScrollPanel", "PinyinKeyboard", "NumericKeypad"} <= contexts, contexts


@pytest.mark.parametrize("language", ["en", "pseudo"])
def test_the_out_of_service_signs_are_translated(qtbot, translators, qapp, language) -> None:
    """The signs the kiosk shows before its window: the database not readable yet, and the
    devices not configured (the settings' own words for the technician are data)."""
    if language == "pseudo":
        pseudo = PseudoTranslator()
        qapp.installTranslator(pseudo)
        translators.append(pseudo)
    else:
        install_translations(qapp, "en")
    use_translator(QCoreApplication.translate)
    problem = ValueError("printer: 设备 /dev/usb/lp9 不存在")
    for sign in (OutOfService.store_unavailable(), OutOfService.devices_not_configured(problem)):
        qtbot.addWidget(sign)
        sign.resize(PORTRAIT)
        sign.show()
        found = han_in(widget_texts(sign), [str(problem)])
        assert not found, found
    if language == "en":
        assert sign.title.text() == "Out of service"
        assert str(problem) in sign.technician.text()


def test_the_kiosk_words_a_case_state_as_the_domain_does() -> None:
    """The kiosk marks the case states and next steps for translation; in Chinese they are
    the domain's own words, so the counter, the receipt and the kiosk never disagree."""
    assert {s: STATE_WORDS[s] for s in STATE_LABELS} == STATE_LABELS
    assert {s: NEXT_STEP_WORDS[s] for s in NEXT_STEP} == NEXT_STEP


def test_the_kiosk_words_a_review_as_the_domain_does() -> None:
    """The same for 好差评's five levels and the reasons of a bad review."""
    assert {lv: LEVEL_WORDS[lv] for lv in LEVEL_LABELS} == LEVEL_LABELS
    assert {r: REASON_WORDS[r] for r in REASON_LABELS} == REASON_LABELS


def test_a_string_that_skips_the_translation_call_is_caught(qtbot, translators, qapp, monkeypatch) -> None:
    """What the test above would say of a view-model line written without translate()."""
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    translators.append(pseudo)
    monkeypatch.setattr(TicketViewModel, "wait_line", lambda self: "您前面没有人" if self.issued else "")
    found: list[str] = []
    with kiosk_window(portrait=True) as (window, hall, case_no):
        for state in visit_translated(window, hall, case_no):
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
