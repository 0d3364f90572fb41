"""WeChat under a time budget: a frame without a code must not stall the camera."""

from __future__ import annotations

import time

import cv2
import numpy as np
import pytest

from devices.scanner.budget import BudgetedDecoder
from devices.scanner.decoders import ScanResult, WeChatDecoder, default_chain
from devices.scanner.simulated import qr_frame


def noisy_empty_frame() -> np.ndarray:
    # what an idle kiosk camera sees: a grey desk, a light gradient, sensor noise
    rng = np.random.default_rng(11)
    gradient = np.linspace(150, 210, 1280, dtype=np.float32)[None, :].repeat(720, axis=0)
    return np.clip(gradient + rng.normal(0, 6, gradient.shape), 0, 255).astype(np.uint8)


class DelayedWeChat:
    """The real WeChat decoder, started late: a run that overruns its budget but finds a code."""

    name = "wechat"

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.inner = WeChatDecoder()

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        time.sleep(self.delay_s)
        return self.inner.decode(frame)


def test_a_code_is_read_within_the_budget() -> None:
    budgeted = BudgetedDecoder(WeChatDecoder(), budget_s=0.5)
    (result,) = budgeted.decode(qr_frame("预算内读出"))
    assert (result.text, result.decoder) == ("预算内读出", "wechat")
    assert budgeted.overruns == 0


@pytest.mark.slow
def test_an_empty_noisy_frame_returns_at_once_and_the_decoder_rests_after() -> None:
    frame = noisy_empty_frame()
    budgeted = BudgetedDecoder(WeChatDecoder(), budget_s=0.05, max_duty=0.5)
    started = time.monotonic()
    assert budgeted.decode(frame) == []
    assert time.monotonic() - started < 0.5
    if not budgeted.busy:
        pytest.skip("WeChat finished the noisy frame within the budget on this machine")
    assert budgeted.overruns == 1
    assert budgeted.decode(frame) == [] and budgeted.skipped == 1  # still busy: skipped, not queued
    assert budgeted.wait_idle(60)
    assert budgeted.decode(qr_frame("休息中")) == []  # resting after the overrun
    assert budgeted.skipped == 2


def test_a_late_result_is_returned_by_the_next_call() -> None:
    budgeted = BudgetedDecoder(DelayedWeChat(0.3), budget_s=0.02)
    assert budgeted.decode(qr_frame("迟到的结果")) == []
    assert budgeted.wait_idle(10)
    assert [r.text for r in budgeted.decode(np.zeros((10, 10), np.uint8))] == ["迟到的结果"]
    assert budgeted.decode(np.zeros((10, 10), np.uint8)) == []  # returned once only


def test_the_default_chain_does_not_stall_on_an_empty_noisy_frame() -> None:
    chain = default_chain()
    frame = cv2.cvtColor(noisy_empty_frame(), cv2.COLOR_GRAY2BGR)
    started = time.monotonic()
    assert chain.decode(frame) == []
    assert time.monotonic() - started < 2.0  # unguarded WeChat takes seconds here
    assert [d.name for d in chain.decoders] == ["zbar", "wechat", "opencv-aruco"]
    budgeted = chain.decoders[1]
    assert isinstance(budgeted, BudgetedDecoder)
    budgeted.wait_idle(60)


def test_budget_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        BudgetedDecoder(WeChatDecoder(), budget_s=0)
