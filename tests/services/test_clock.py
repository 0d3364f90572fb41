from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from shared.services.clock import ManualClock, ShiftedClock


def test_shifted_clock_starts_where_told_and_runs_in_real_time():
    start = datetime(2026, 11, 17, 2, 0, tzinfo=UTC)
    clock = ShiftedClock(start)
    first = clock.now()
    assert abs(first - start) < timedelta(seconds=1)
    time.sleep(0.05)
    assert clock.now() - first >= timedelta(seconds=0.05)


def test_clocks_refuse_naive_times():
    with pytest.raises(ValueError):
        ShiftedClock(datetime(2026, 11, 17, 10, 0))
    with pytest.raises(ValueError):
        ManualClock(datetime(2026, 11, 17, 10, 0))


def test_manual_clock_moves_only_when_told():
    clock = ManualClock(datetime(2026, 11, 17, 2, 0, tzinfo=UTC))
    assert clock.now() == clock.now()
    assert clock.advance(minutes=5) == datetime(2026, 11, 17, 2, 5, tzinfo=UTC)
