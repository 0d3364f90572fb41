"""QtTextToSpeech as an announcer engine: blocking ``say`` off the UI thread (the
announcement queue's contract), interruption for read-aloud, and the fallback engine
when the Qt engine cannot start. Uses Qt's ``mock`` engine: deterministic, no audio."""

from __future__ import annotations

import threading
import time

import pytest

from devices.base import HealthState
from devices.errors import DeviceError
from devices.manager import DeviceManager
from devices.tts.announcer import NullAnnouncer
from shared.domain.settings import DeviceSettings
from shared.ui.speech import QtSpeechAnnouncer, speech_engine_factory

pytestmark = pytest.mark.qt


def _in_thread(fn):
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except Exception as e:
            box["error"] = e

    t = threading.Thread(target=run)
    t.start()
    return t, box


def test_say_blocks_until_spoken_on_the_engine_thread(qtbot) -> None:
    a = QtSpeechAnnouncer(engine="mock")
    try:
        assert a.wait_ready(10)
        started = time.monotonic()
        t, box = _in_thread(lambda: a.say("请A零二三号到三号窗口办理"))
        qtbot.waitUntil(lambda: not t.is_alive(), timeout=15000)
        assert "error" not in box
        assert time.monotonic() - started > 0.05, "say returned before the engine spoke"
        assert a.health().state in (HealthState.OK, HealthState.DEGRADED)
    finally:
        a.close()


def test_announce_call_uses_the_template(qtbot) -> None:
    a = QtSpeechAnnouncer(engine="mock", template="请{number}号到{window}号窗口")
    try:
        t, box = _in_thread(lambda: a.announce_call("A023", 3))
        qtbot.waitUntil(lambda: not t.is_alive(), timeout=15000)
        assert "error" not in box
    finally:
        a.close()


def test_say_now_interrupts_and_returns_at_once(qtbot) -> None:
    a = QtSpeechAnnouncer(engine="mock")
    try:
        assert a.wait_ready(10)
        first = a.say_now("第一段很长的朗读内容" * 5)
        started = time.monotonic()
        second = a.say_now("第二段")
        assert time.monotonic() - started < 0.5
        qtbot.waitUntil(first.is_set, timeout=15000)  # the first was cut short
        qtbot.waitUntil(second.is_set, timeout=15000)
    finally:
        a.close()


def test_an_engine_that_cannot_start_falls_back(qtbot) -> None:
    fallback = NullAnnouncer()
    a = QtSpeechAnnouncer(engine="no-such-engine", fallback=fallback)
    try:
        assert a.wait_ready(10)
        assert a.health().state is HealthState.DEGRADED and "备用" in a.health().reason
        t, _ = _in_thread(lambda: a.say("您好"))
        qtbot.waitUntil(lambda: not t.is_alive(), timeout=5000)
        assert fallback.spoken == ["您好"]
    finally:
        a.close()


def test_without_fallback_a_broken_engine_raises_a_device_error(qtbot) -> None:
    a = QtSpeechAnnouncer(engine="no-such-engine")
    try:
        t, box = _in_thread(lambda: a.say("您好"))
        qtbot.waitUntil(lambda: not t.is_alive(), timeout=15000)
        assert isinstance(box.get("error"), DeviceError)
        assert a.health().state is HealthState.OFFLINE
    finally:
        a.close()


def test_device_manager_speaks_through_the_qt_engine(qtbot) -> None:
    engines: list[QtSpeechAnnouncer] = []

    def factory(settings):
        engines.append(QtSpeechAnnouncer(engine="mock", template=settings.announcement))
        return engines[-1]

    settings = DeviceSettings(idcard="null", printer="null", scanner="null", tts="qt")
    with DeviceManager(settings, announcer_factory=factory) as devices:
        item = devices.say("请到三号窗口")
        qtbot.waitUntil(item.done.is_set, timeout=15000)
        assert item.error == "" and not item.skipped
        assert devices.announcer.engine is engines[0]


def test_factory_leaves_other_engines_to_the_device_manager() -> None:
    assert speech_engine_factory(DeviceSettings(tts="espeak")) is None
    assert speech_engine_factory(DeviceSettings(tts="null")) is None
