"""A queue read that was under way when the clerk pressed F1 must not undo the call.

The waiting list is re-read on every hall event (a ticket issued at a kiosk, a call at
another window). A read that started just before F1 comes back after the call with the
queue as it was: no ticket of ours called. It used to set the window's current ticket back
to none, so the clerk saw 叫下一位 again with a resident already walking to the window.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shared.services import tickets
from shared.services.actor import Actor
from tests.support.counter import settle, sign_in

KIOSK = Actor.kiosk("T-0101")


def test_a_queue_read_started_before_f1_does_not_undo_the_call(qtbot, counter, ctx, monkeypatch) -> None:
    sign_in(counter, qtbot)
    # the reads are started by hand here: no event may start one of its own in between
    counter.queue.stop_polling()
    settle(counter, qtbot)
    tickets.issue_ticket(ctx, category="general", actor=KIOSK)
    counter.queue.refresh()
    settle(counter, qtbot)
    assert counter.queue.current is None and counter.queue.waiting_for_me >= 1

    real = tickets.window_queue
    read, release = threading.Event(), threading.Event()

    def read_then_wait(*args, **kwargs):
        snap = real(*args, **kwargs)  # the queue before the call
        read.set()
        release.wait(20)
        return snap

    monkeypatch.setattr(tickets, "window_queue", read_then_wait)
    counter.queue.refresh()
    assert read.wait(10), "the queue read did not start"
    monkeypatch.setattr(tickets, "window_queue", real)
    try:
        counter.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is counter.window, timeout=5_000)
        QTest.keyClick(QApplication.focusWidget() or counter.window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: counter.queue.current is not None, timeout=10_000)
        called = counter.queue.current
        assert counter.runner.is_running("queue-refresh"), "the older read should still be under way"
        # from here on the window must show the called ticket at every change, not only
        # after the next event's read has put it back
        lost: list[str] = []
        counter.queue.changed.connect(lambda: lost.append("lost") if counter.queue.current is None else None)
    finally:
        release.set()  # the old read lands now, after the call
    settle(counter, qtbot)
    qtbot.wait(50)  # the read started again at the loop's next turn
    settle(counter, qtbot)
    assert not lost, "the older queue read set the called ticket back to none"
    assert counter.queue.current is not None and counter.queue.current.id == called.id
    assert counter.work_page.queue_panel.number.text() == called.number
