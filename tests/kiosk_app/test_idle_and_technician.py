"""Idle timing, the hidden gesture and the technician PIN (argon2, lockout)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk_app.idle import MIN_WARNING_S, IdleState, IdleWatch
from kiosk_app.technician import PinGate, SecretGesture, hash_pin


def test_warning_after_idle_then_expiry_after_countdown() -> None:
    w = IdleWatch(idle_s=60, warning_s=30)
    w.touch(0)
    assert w.tick(59.9) is IdleState.ACTIVE
    assert w.tick(60) is IdleState.WARNING
    assert w.remaining(60) == 30
    assert w.remaining(75.5) == 15
    assert w.tick(89.9) is IdleState.WARNING
    assert w.tick(90) is IdleState.EXPIRED
    assert w.tick(91) is IdleState.ACTIVE  # expiry is reported once


def test_a_touch_during_the_warning_keeps_going() -> None:
    w = IdleWatch(idle_s=60, warning_s=30)
    w.touch(0)
    assert w.tick(70) is IdleState.WARNING
    assert w.touch(71) is True
    assert w.tick(130) is IdleState.ACTIVE
    assert w.tick(131) is IdleState.WARNING


def test_countdown_is_never_shorter_than_twenty_seconds() -> None:
    w = IdleWatch(idle_s=60, warning_s=5)
    assert w.warning_s == MIN_WARNING_S == 20
    w.touch(0)
    assert w.tick(79) is IdleState.WARNING
    assert w.tick(80) is IdleState.EXPIRED


def test_elderly_mode_doubles_the_idle_time() -> None:
    w = IdleWatch(idle_s=60, warning_s=30)
    w.elder = True
    w.touch(0)
    assert w.tick(119) is IdleState.ACTIVE
    assert w.tick(120) is IdleState.WARNING


def test_idle_time_must_be_positive() -> None:
    with pytest.raises(ValueError):
        IdleWatch(idle_s=0, warning_s=30)


@given(idle=st.integers(1, 600), warn=st.integers(0, 120), quiet=st.floats(0, 2000))
def test_expiry_never_comes_before_idle_plus_twenty_seconds(idle: int, warn: int, quiet: float) -> None:
    w = IdleWatch(idle_s=idle, warning_s=warn)
    w.touch(0)
    state = w.tick(quiet)
    if quiet < idle + MIN_WARNING_S:
        assert state is not IdleState.EXPIRED


def test_gesture_needs_five_quick_taps() -> None:
    g = SecretGesture()
    assert not any(g.tap(t) for t in (0, 1, 2, 3))
    assert g.tap(3.5) is True
    slow = SecretGesture()
    assert not any(slow.tap(t * 2.0) for t in range(10))  # 5 taps spread over 8 s never count


def test_pin_is_checked_against_the_argon2_hash_and_locks_out() -> None:
    pin_hash = hash_pin("246810")
    assert pin_hash.startswith("$argon2")
    assert "246810" not in pin_hash
    gate = PinGate(pin_hash, max_failures=3, lockout_s=300)
    assert gate.check("246810", now=0)
    assert not gate.check("000000", now=1)
    assert not gate.check("000001", now=2)
    assert gate.locked_for(2) == 0
    assert not gate.check("000002", now=3)
    assert gate.locked_for(3) == 300
    assert not gate.check("246810", now=100)  # locked: even the right PIN waits
    assert gate.check("246810", now=304)


def test_without_a_configured_hash_nobody_gets_out() -> None:
    gate = PinGate("")
    assert not gate.configured
    assert not gate.check("", now=0)
    assert not gate.check("123456", now=0)
    assert not PinGate("not-a-hash").check("123456", now=0)


@pytest.mark.parametrize("bad", ["12345", "abcdef", "1234567890123", ""])
def test_weak_or_odd_pins_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        hash_pin(bad)
