"""A clerk at the counter window, driven through real key presses and mouse clicks
(``QTest``), counting every one it sends: the figures of issue 16, point 5 (keys and clicks for
a single-item case and an 8-material bundle) are measured by this, not guessed.

Two ways of working are written down:

- ``one_by_one``: what the counter offered before issue 16 (F1 calls, F3 starts, the hit is
  clicked, each material's 收取方式 is set in its drop-down with two clicks, the review
  is asked with a click). It uses nothing that issue 16 added, so it runs on the old code too:
  that is how the "before" figure was measured.
- ``keyboard``: what the counter offers now (F1 calls and starts, Enter picks the first hit,
  Ctrl+Shift+A marks the whole paper file received, Ctrl+P asks for the review).

A chord (Ctrl+Enter) counts as one key; typed characters count one each. The ID card on the
reader and the applicant's own actions count nothing: they are not the clerk's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from counter_app.controller import CounterController

SINGLE_ITEM = ("dbsq", "item", "11532822MB1611313W3000030040000")  # 最低生活保障审核确认
BUNDLE = ("shyjs", "bundle", "YJS-SH")  # 身后一件事: 3 items, 8 materials once merged


@dataclass
class Counts:
    keys: int = 0  # key presses (a chord is one)
    typed: int = 0  # characters typed into the search field (part of keys)
    clicks: int = 0
    log: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"keys": self.keys, "typed": self.typed, "clicks": self.clicks, "steps": list(self.log)}


class Clerk:
    def __init__(self, counter: CounterController, *, timeout: float = 30.0) -> None:
        self.c = counter
        self.timeout = timeout
        self.counts = Counts()

    # ------------------------------------------------------------------ what the clerk sends
    def key(self, sequence: str) -> None:
        combo = QKeySequence(sequence)[0]
        target = QApplication.focusWidget() or self.c.window
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
        self.counts.keys += 1
        self.counts.log.append(sequence)
        self.settle()

    def type(self, text: str) -> None:
        target = QApplication.focusWidget() or self.c.window
        QTest.keyClicks(target, text)
        self.counts.keys += len(text)
        self.counts.typed += len(text)
        self.counts.log.append(f"type {text}")
        self.settle()

    def click(self, widget: QWidget, pos: QPoint | None = None, *, what: str = "") -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint())
        self.counts.clicks += 1
        self.counts.log.append(f"click {what or type(widget).__name__}")
        self.settle()

    def choose(self, combo: QComboBox, index: int, *, done: Callable[[], bool], what: str = "") -> None:
        """Open the drop-down with a click and click the entry: two clicks. (The checklist is
        drawn anew once the entry is taken, so ``done`` checks what was recorded.)"""
        text = combo.itemText(index)
        self.click(combo, what=f"{what} ▾")
        view = combo.view()
        self.wait(lambda: view.isVisible(), "the drop-down did not open")
        # a release within the double-click time of the popup opening is ignored by Qt
        QTest.qWait(QApplication.doubleClickInterval() + 100)
        rect = view.visualRect(combo.model().index(index, 0))
        self.click(view.viewport(), rect.center(), what=f"{what}: {text}")
        self.wait(done, f"the drop-down entry {text} was not taken")

    # ------------------------------------------------------------------ waiting (not counted)
    def settle(self) -> None:
        self.c.runner.wait_idle(self.timeout)
        for _ in range(5):
            QApplication.processEvents()

    def wait(self, until: Callable[[], bool], why: str) -> None:
        deadline = time.monotonic() + self.timeout
        while not until():
            if time.monotonic() > deadline:
                raise AssertionError(f"{why} (steps so far: {self.counts.log})")
            self.settle()
            time.sleep(0.02)

    def activate(self) -> None:
        w = self.c.window
        w.raise_()
        w.activateWindow()
        QTest.qWaitForWindowActive(w, 5000)
        self.settle()

    # ------------------------------------------------------------------ one case, start to end
    def serve(self, case: tuple[str, str, str], *, way: str, put_card: Callable[[], None]) -> Counts:
        """Call the next person, take the case (materials all on paper), ask for the review
        and finish the ticket; return what it took."""
        query, kind, code = case
        c = self.c
        self.activate()
        before = c.queue.current
        self.key("F1")
        self.wait(lambda: c.queue.current is not None and c.queue.current is not before, "nobody was called")
        if way == "one_by_one":
            self.key("F3")
        self.wait(lambda: c.queue.current.state.value == "serving", "the service did not start")
        put_card()
        self.wait(lambda: c.applicant.card_read and c.applicant.file is not None, "the card was not read")
        self.key("Ctrl+F")
        self.type(query)
        panel = c.work_page.intake_panel
        if way == "one_by_one":
            self.wait(lambda: any(h.code == code for h in c.intake.hits), f"{code} not among the hits")
            row = next(i for i, h in enumerate(c.intake.hits) if h.code == code)
            item = panel.hits.item(row)
            panel.hits.scrollToItem(item)
            self.click(panel.hits.viewport(), panel.hits.visualItemRect(item).center(), what="the hit")
        else:
            self.key("Return")
        self.wait(lambda: c.intake.picked == (kind, code), f"{code} was not picked")
        checklist = c.intake.checklist
        assert checklist is not None
        if way == "one_by_one":
            for r, row in enumerate(checklist.rows):
                if not row.needed or row.method is not None:
                    continue
                combo = panel.table.cellWidget(r, 1)
                assert isinstance(combo, QComboBox)
                panel.table.scrollTo(panel.table.model().index(r, 1))
                self.settle()
                index = combo.findData(row.allowed[0])
                self.choose(combo, index, done=lambda row=row: row.method is not None, what=row.name)
        else:
            self.key("Ctrl+Shift+A")
        self.wait(lambda: not checklist.unreceived_required(), "materials still missing")
        self.key("Ctrl+Return")
        self.wait(lambda: bool(c.intake.accepted), "the case was not accepted")
        decision = c.work_page.decision_panel
        if way == "one_by_one":
            self.click(decision.ask_review, what="请申请人评价")
        else:
            self.key("Ctrl+P")
        accepted = c.intake.accepted[0].case.case_no
        self.wait(lambda: accepted in c.evaluation.clerk_status, "the review was not asked")
        self.key("F8")
        self.wait(lambda: c.queue.current is None, "the ticket was not finished")
        return self.counts
