"""The hall display board and the counter's evaluator screen in another language (issue 16,
point 7; docs/translations.md): in English they show no Chinese of their own words, every
string they show goes through the translation system, and the hall still hears its own
announcement.

The board is driven through its tour's states (yimen/tour/counter.py: the first read, a new
call, a paused window, the hall paused, after hours), each also measured by the screen check.
What stays Chinese is data, named here: the hall's name, the windows' names the hall gave
them, the reasons a clerk or the manager typed, the hall's published hours, and what the
catalogue says on 政务公开 (department and item names, a fee's items); on the evaluator, the
service's name (the case's item) and the clerk's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from counter_app.app import build_counter
from counter_app.session import CounterOptions
from counter_app.viewmodels.evaluation import LEVEL_WORDS, REASON_WORDS
from counter_app.views.evaluator_window import EvaluatorWindow
from devices.manager import DeviceManager
from shared.domain.evaluations import LEVEL_LABELS, REASON_LABELS, BadReviewReason, EvaluationLevel
from shared.domain.settings import DeviceSettings
from shared.services.public_notice import public_pages, published_hours
from tests.support.counter import STAFF, settle, sign_in
from tests.support.factories import accept_case
from tests.support.translation import HAN, PseudoTranslator, han_in, pseudo, widget_texts
from yimen.demo.display_board import display_board
from yimen.tour.counter import display_states
from yimen.tour.screen_check import ScreenWatch

pytestmark = pytest.mark.qt

BOARD_STATES = ("board", "new-call", "window-paused", "hall-paused", "after-hours")


def han_left(root, data: list[str], extra: list[tuple[str, str]] = ()) -> list[str]:
    """Every visible text and accessible name under ``root`` (and ``extra``) with a Han
    character once the data words are taken out."""
    return han_in([*widget_texts(root), *extra], data)


# ---------------------------------------------------------------------------------- the board


def board_data(vm, ctx) -> list[str]:
    """What the hall and the catalogue wrote, shown as written in every language."""
    words = [ctx.settings.hall.name, published_hours(ctx)]
    snap = vm.snapshot
    if snap is not None:
        for line in snap.windows:
            words += [line.name, line.paused]
        if snap.closed_status is not None and snap.closed_status.closure is not None:
            words.append(snap.closed_status.closure.reason)
    for page in public_pages(ctx):
        words.append(page.department)
        words += [item.name for item in page.items] + [item.fees for item in page.items if item.fees]
    return [w for w in words if w]


def board_texts(vm) -> list[tuple[str, str]]:
    """The sentences the board turns through, not only the one on the screen now."""
    notices = [("notice line", sentence) for sentence in vm.notices]
    return notices + [("政务公开", line) for page in vm.public for line in page]


def wait_for(qtbot) -> Callable[[Callable[[], bool]], None]:
    return lambda until: qtbot.waitUntil(until, timeout=15_000)


def test_english_board_shows_no_chinese_and_the_hall_hears_its_own_announcement(qtbot) -> None:
    voice = DeviceManager(DeviceSettings(idcard="null", printer="null", scanner="null", tts="null"))
    voice.start()
    problems: list[str] = []
    screens = ScreenWatch("display", active=True)
    engine = voice.announcer.engine  # the null engine keeps what it was given to say
    try:
        with display_board(language="en", devices=voice) as (vm, window, ctx, clock):
            seen = []
            for state in display_states(vm, window, ctx, clock, wait_for(qtbot)):
                seen.append(state)
                qtbot.wait(20)
                problems += [f"{state}: {p}" for p in han_left(window, board_data(vm, ctx), board_texts(vm))]
                screens.look(window, f"display-en-{state}", elder=False)
                if state == "new-call":
                    call = vm.announced[-1]
                    # the words are really English, not just without Chinese
                    assert window.latest.text() == f"{call.number} to window {call.window_no}"
                    assert window.latest_caption.text().startswith("Now calling · ")
                    # … and the hall hears the announcement its [devices] settings word, in Chinese
                    qtbot.waitUntil(lambda: bool(engine.spoken), timeout=10_000)
                    assert HAN.search(engine.spoken[-1]) and call.number[0] in engine.spoken[-1], engine.spoken
                if state == "after-hours":
                    assert window.latest.text().startswith("Windows closed, open again Wednesday 18 November")
            assert window.windowTitle() == "Queue board"
    finally:
        voice.stop()
    assert seen == list(BOARD_STATES)
    assert not problems, "\n".join(problems)
    assert not screens.report(), screens.report()


def test_every_string_of_the_board_goes_through_translation(qtbot, qapp) -> None:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    problems: list[str] = []
    try:
        with display_board() as (vm, window, ctx, clock):
            for state in display_states(vm, window, ctx, clock, wait_for(qtbot)):
                qtbot.wait(20)
                problems += [f"{state}: {p}" for p in han_left(window, board_data(vm, ctx), board_texts(vm))]
    finally:
        qapp.removeTranslator(translator)
    assert not problems, "\n".join(problems)
    assert {"HallBoard", "KioskHours", "KioskCategory"} <= {c for c, _ in translator.asked}


def test_a_board_string_that_skips_translation_is_caught(qtbot, qapp, monkeypatch) -> None:
    """What the test above would say of a board line written without translate()."""
    from counter_app.views import display_window

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    monkeypatch.setattr(display_window, "_window", lambda no: f"{no}号窗口")
    try:
        with display_board() as (vm, window, ctx, clock):
            states = display_states(vm, window, ctx, clock, wait_for(qtbot))
            assert next(states) == "board"
            found = han_left(window, board_data(vm, ctx))
    finally:
        qapp.removeTranslator(translator)
    assert any("1号窗口" in line for line in found), found


# ------------------------------------------------------------------------------ the evaluator


@pytest.fixture
def make_counter(qtbot, ctx, devices, bridge) -> Iterator[Callable]:
    """Build the counter with its evaluator screen in ``language`` ([counter] evaluator_language)."""
    built = []

    def make(language: str):
        ctx.settings.counter.evaluator_language = language
        c = build_counter(ctx, devices=devices, bridge=bridge, options=CounterOptions(max_recalls=2))
        c.window.resize(1600, 940)
        c.window.show()
        qtbot.addWidget(c.window)
        qtbot.addWidget(c.evaluator)
        built.append(c)
        return c

    yield make
    for c in built:
        c.shutdown()


def evaluator_states(c, ev: EvaluatorWindow, ctx, qtbot) -> Iterator[str]:
    """The evaluator screen from waiting to thanks: a bad review missing its reason, then with
    it (a follow-up promised), and a review skipped."""
    ev.resize(1280, 760)
    ev.show()
    yield "idle"
    sign_in(c, qtbot)
    cases = []
    with ctx.unit_of_work() as uow:
        for _ in range(2):
            cases.append(accept_case(uow, terminal_id="T-0001", terminal_no=1, day=ctx.today()))
    c.evaluation.request(case_no=cases[0].case_no, service_name=cases[0].item_name)
    yield "request"
    ev.level_buttons[EvaluationLevel.DISSATISFIED].click()
    yield "reasons"
    ev.submit.click()  # no reason yet: the screen says what is missing
    assert ev.message.isVisible()
    yield "reason-missing"
    ev.reasons[BadReviewReason.LONG_WAIT].setChecked(True)
    ev.submit.click()
    settle(c, qtbot)
    qtbot.waitUntil(lambda: c.evaluation.request_ is None, timeout=15_000)
    yield "thanks-followup"
    c.evaluation.request(case_no=cases[1].case_no, service_name=cases[1].item_name)
    ev.later.click()
    yield "skipped"


def test_english_evaluator_shows_no_chinese_while_the_clerk_keeps_chinese(qtbot, ctx, make_counter) -> None:
    c = make_counter("en")
    ev = c.evaluator
    problems: list[str] = []
    screens = ScreenWatch("counter", active=True)
    seen = []
    data: list[str] = []
    for state in evaluator_states(c, ev, ctx, qtbot):
        seen.append(state)
        qtbot.wait(20)
        if c.evaluation.request_ is not None:
            data.append(c.evaluation.request_.service_name)
        problems += [f"{state}: {p}" for p in han_left(ev, [*data, *(n for n, _, _ in STAFF.values())])]
        screens.look(ev, f"counter-en-evaluator-{state}", elder=False)
        if state == "reason-missing":
            assert "Please choose at least one reason" in ev.message.text.text()
        if state == "thanks-followup":
            assert ev.title.text() == "Thank you for your rating!"
    assert seen == ["idle", "request", "reasons", "reason-missing", "thanks-followup", "skipped"]
    assert not problems, "\n".join(problems)
    assert not screens.report(), screens.report()
    # the clerk's own screens are not the applicant's: still Chinese
    assert HAN.search(c.work_page.decision_panel.ask_review.text())


def test_every_string_of_the_evaluator_goes_through_translation(qtbot, ctx, make_counter) -> None:
    c = make_counter("zh_CN")
    asked: set[tuple[str, str]] = set()

    def lookup(context: str, source: str) -> str:
        asked.add((context, source))
        return pseudo(context, source)

    c.evaluation.translate = lookup
    ev = EvaluatorWindow(c.evaluation)  # the screen as the counter builds it, over this lookup
    qtbot.addWidget(ev)
    problems: list[str] = []
    data: list[str] = []
    for state in evaluator_states(c, ev, ctx, qtbot):
        qtbot.wait(20)
        if c.evaluation.request_ is not None:
            data.append(c.evaluation.request_.service_name)
        problems += [f"{state}: {p}" for p in han_left(ev, [*data, *(n for n, _, _ in STAFF.values())])]
    assert not problems, "\n".join(problems)
    assert {context for context, _ in asked} == {"CounterEvaluator", "CounterMessage"}


def test_the_evaluator_words_a_review_as_the_domain_does() -> None:
    """The evaluator marks the five levels and the reasons for translation; in Chinese they
    are the domain's own words, so the figures, the follow-ups and the screen never disagree."""
    assert {lv: LEVEL_WORDS[lv] for lv in LEVEL_LABELS} == LEVEL_LABELS
    assert {r: REASON_WORDS[r] for r in REASON_LABELS} == REASON_LABELS
