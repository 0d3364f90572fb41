"""A demo hall (temp SQLite store with the demo catalog, manual clock at 10:00 on a working
day, simulated card reader, ESC/POS printer and scanner) for the kiosk tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.kiosk import Resident
from yimen.demo.kiosk_hall import DemoHall, open_demo_hall, seed_accepted_case


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[DemoHall]:
    h = open_demo_hall(tmp_path)
    try:
        yield h
    finally:
        h.close()


@pytest.fixture
def accepted_case(hall: DemoHall) -> str:
    return seed_accepted_case(hall)


@pytest.fixture
def resident(hall: DemoHall) -> Resident:
    return Resident(hall)
