"""Keys and clicks for a case at the counter (issue 16, point 5), counted by a driver that
sends real key presses and clicks to the counter window (``tests/support/counter_clerk.py``,
the same one ``bench/bench_counter_keys.py`` runs for README's figures).

With the keyboard way a case from F1 to F8 takes no click at all; the old one-by-one way still
works and costs two clicks per material."""

from __future__ import annotations

import pytest

from shared.services import tickets
from shared.services.actor import Actor
from tests.support.counter import sign_in
from tests.support.counter_clerk import BUNDLE, SINGLE_ITEM, Clerk

pytestmark = pytest.mark.qt

KIOSK = Actor.kiosk("T-0101")


def _serve(counter, ctx, devices, case, card: str, way: str):
    tickets.issue_ticket(ctx, category="civil", actor=KIOSK)
    reader = devices.simulators["idcard"]
    counts = Clerk(counter).serve(case, way=way, put_card=lambda: reader.place_card(card))
    reader.remove_card()
    return counts


@pytest.mark.parametrize(("case", "card"), [(SINGLE_ITEM, "elder_dai_woman"), (BUNDLE, "young_adult_han")])
def test_a_case_by_keyboard_takes_no_click(qtbot, counter, ctx, devices, case, card) -> None:
    counter.window.resize(1600, 900)
    sign_in(counter, qtbot)
    counter.work_page.queue_panel.call_and_start.setChecked(True)
    counts = _serve(counter, ctx, devices, case, card, "keyboard")
    assert counts.clicks == 0
    # F1, Ctrl+F, the search, Enter, Ctrl+Shift+A, Ctrl+Enter, Ctrl+P, F8
    assert counts.keys == 7 + len(case[0]), counts.log
    assert counter.intake.accepted and counter.queue.current is None


def test_one_by_one_costs_two_clicks_a_material(qtbot, counter, ctx, devices) -> None:
    counter.window.resize(1600, 900)
    sign_in(counter, qtbot)
    counts = _serve(counter, ctx, devices, BUNDLE, "young_adult_han", "one_by_one")
    cl = counter.intake.checklist
    assert cl is not None
    # the card reader marks the applicant's own ID card; every other needed material is set by hand
    by_hand = sum(1 for r in cl.rows if r.needed and r.suggestion != "已读取身份证")
    assert counts.clicks == 1 + 2 * by_hand + 1  # the hit, each drop-down, the review
    assert counts.keys == 5 + len(BUNDLE[0])  # F1, F3, Ctrl+F, the search, Ctrl+Enter, F8
