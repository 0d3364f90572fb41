"""SIGTERM reaches a waiting Qt event loop; the watchdog is fed by the UI thread alone."""

from __future__ import annotations

import inspect
import os
import signal
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from shared.services.sd_notify import SystemdNotifier
from shared.ui.lifecycle import AppLifecycle
from tests.support.notify import NotifyListener


def test_sigterm_wakes_the_event_loop_and_runs_the_stop(qtbot, tmp_path: Path) -> None:
    listener = NotifyListener(tmp_path / "notify")
    before = signal.getsignal(signal.SIGTERM)
    stops: list[int] = []
    life = AppLifecycle(
        QApplication.instance(),
        name="test",
        notifier=SystemdNotifier({"NOTIFY_SOCKET": str(listener.path)}),
        on_stop=lambda: stops.append(1),
    )
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: stops == [1], timeout=10_000)
        assert life.stop_signal == signal.SIGTERM
        assert listener.receive(5) == {"STOPPING": "1", "STATUS": "test: 正在停止"}
    finally:
        life.close()
        listener.close()
    assert signal.getsignal(signal.SIGTERM) is before


def test_the_watchdog_is_fed_from_the_ui_thread_and_stops_when_it_hangs(qtbot, tmp_path: Path) -> None:
    listener = NotifyListener(tmp_path / "notify")
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(listener.path), "WATCHDOG_USEC": "100000"})
    life = AppLifecycle(QApplication.instance(), name="test", notifier=notifier, on_stop=lambda: None)
    try:
        qtbot.waitUntil(lambda: life.pings >= 3, timeout=10_000)
        listener.count("WATCHDOG")  # take what is queued
        sent_before = life.pings
        # the UI thread hangs for ten watchdog intervals: a ping from any other thread would land
        time.sleep(0.5)
        assert life.pings == sent_before and listener.count("WATCHDOG") == sent_before
        # back in the event loop, the pings resume
        qtbot.waitUntil(lambda: life.pings > sent_before, timeout=10_000)
    finally:
        life.close()
        listener.close()


def test_ready_resumes_the_collector_paused_for_start_up(tmp_path: Path) -> None:
    """`yimen kiosk|counter|display` pause the cyclic collector while they import and build the
    first screen (yimen/commands/apps.py); the first ready() freezes what start-up made and
    turns collecting back on, so a long-running app never runs without it."""
    import gc

    from yimen.commands import apps

    assert "gc.disable()" in inspect.getsource(apps._start)
    listener = NotifyListener(tmp_path / "notify")
    life = AppLifecycle(
        QApplication.instance(),
        name="test",
        notifier=SystemdNotifier({"NOTIFY_SOCKET": str(listener.path)}),
        on_stop=lambda: None,
    )
    frozen_before = gc.get_freeze_count()
    gc.disable()
    try:
        life.ready()
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen_before
        assert listener.receive(5)["READY"] == "1"
        life.ready()  # a second ready (a status change) with the collector on changes nothing
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
        life.close()
        listener.close()


def test_touch_hides_the_pointer_and_a_real_mouse_brings_it_back(qtbot) -> None:
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QGuiApplication, QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from shared.ui.lifecycle import TouchCursorHider

    widget = QWidget()
    widget.resize(200, 200)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    hider = TouchCursorHider(QApplication.instance())
    try:
        touch = QTest.createTouchDevice()
        QTest.touchEvent(widget, touch).press(0, QPoint(50, 50)).commit()
        QTest.touchEvent(widget, touch).release(0, QPoint(50, 50)).commit()
        assert hider.hidden
        assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
        # the mouse Qt makes from a touch (and QTest's moves) count as synthesised: still hidden
        QTest.mouseMove(widget, QPoint(55, 55))
        assert hider.hidden
        # a real mouse's move, as the platform plugin delivers it
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(60, 60),
            QPointF(60, 60),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, move)
        assert not hider.hidden
        assert QGuiApplication.overrideCursor() is None
    finally:
        QApplication.instance().removeEventFilter(hider)
        while QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
