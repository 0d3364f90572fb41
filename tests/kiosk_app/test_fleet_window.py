"""暂停服务 on the kiosk's window (issue 15): the manager pauses the kiosk, the window's own
heartbeat (the real runner, on its worker thread) brings the word back and the sign covers
the screen with the top bar's buttons gone; resumed, the home screen returns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk_app.app import PORTRAIT, build_window
from kiosk_app.viewmodels.root import Screen
from shared.services import fleet
from shared.services.actor import Actor, Role
from yimen.demo.kiosk_hall import DemoHall

pytestmark = pytest.mark.qt

MANAGER = Actor(user="mgr01", role=Role.MANAGER, terminal_id="T-0009")


@pytest.fixture
def window(qtbot, hall: DemoHall) -> Iterator:
    w = build_window(hall.ctx, hall.devices, size=PORTRAIT)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.wait_idle(10)
    w.close()


def test_pause_covers_the_screen_within_one_heartbeat_and_resume_lifts_it(qtbot, window, hall: DemoHall) -> None:
    tid = hall.ctx.settings.terminal.id
    qtbot.waitUntil(lambda: window.heartbeat.sent >= 1, timeout=10_000)  # the first beat at start
    window.vm.go(Screen.GUIDES)
    fleet.pause_terminal(hall.ctx, actor=MANAGER, terminal_id=tid, reason="更换纸卷")
    window.heartbeat.beat()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.paused_view, timeout=10_000)
    texts = [w.text() for w in window.paused_view.findChildren(type(window.clock_label))]
    assert "暂停服务" in texts and "更换纸卷" in texts
    assert not window.home_button.isVisible() and not window.help_button.isVisible()
    assert window.vm.screen == Screen.HOME  # the person at the screen was forgotten
    fleet.resume_terminal(hall.ctx, actor=MANAGER, terminal_id=tid)
    window.heartbeat.beat()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.views[Screen.HOME], timeout=10_000)
    assert window.help_button.isVisible() and window.elder_button.isVisible()
    assert not window.home_button.isVisible()  # the home screen has no 首页 button
