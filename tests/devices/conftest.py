"""Fixtures for device tests. ID card reader fixtures are named idcard_*."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devices.idcard.cardfile import load_cards
from devices.idcard.reader import IdCardReader
from devices.idcard.simulator import SimulatedIdCardReader
from devices.idcard.textblock import IdCardData


@pytest.fixture(scope="session")
def idcard_cards() -> dict[str, IdCardData]:
    """The sample cards shipped in devices/idcard/sample_cards.yaml."""
    return load_cards()


@pytest.fixture
def idcard_sim(idcard_cards: dict[str, IdCardData]) -> Iterator[SimulatedIdCardReader]:
    """A virtual reader on a fresh pty (no line-rate pacing, halts cards after a read)."""
    with SimulatedIdCardReader(idcard_cards) as sim:
        yield sim


@pytest.fixture
def idcard_reader(idcard_sim: SimulatedIdCardReader) -> Iterator[IdCardReader]:
    """The real driver (real pyserial) on the simulator's port, with short timeouts."""
    reader = IdCardReader(idcard_sim.port, timeout=0.3, poll_interval=0.02, reconnect_delay=(0.02, 0.2))
    yield reader
    reader.close()
