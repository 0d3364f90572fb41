"""A demo hall (temp SQLite store with the demo catalog, manual clock at 10:00 on a working
day, simulated card reader, ESC/POS printer and scanner) for the kiosk tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk_app.backend import KioskBackend
from kiosk_app.runner import InlineRunner
from kiosk_app.tour import DemoHall, open_demo_hall, seed_accepted_case
from kiosk_app.viewmodels.root import KioskViewModel


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


class Resident:
    """Drives the Qt-free view-model the way the devices and a person would."""

    def __init__(self, hall: DemoHall) -> None:
        self.hall = hall
        self.runner = InlineRunner()
        self.clock_s = 1000.0
        self.vm = KioskViewModel(
            KioskBackend(hall.ctx, hall.devices),
            self.runner,
            settings=hall.ctx.settings.kiosk,
            monotonic=lambda: self.clock_s,
        )
        hall.devices.on_event = lambda e: self.runner.call_soon(lambda: self.vm.on_device_event(e))
        self.vm.home.enter()

    def wait(self, until: Callable[[], bool], timeout: float = 10.0) -> None:
        assert self.runner.pump(until=until, timeout=timeout), "the kiosk did not reach the expected state"

    def card(self, name: str, until: Callable[[], bool]) -> None:
        sim = self.hall.devices.simulators["idcard"]
        sim.place_card(name)
        try:
            self.wait(until)
        finally:
            sim.remove_card()
            time.sleep(0.7)  # a reader halts a read card until it is lifted

    def scan(self, text: str, until: Callable[[], bool]) -> None:
        self.hall.devices.scanner.present(text)
        self.wait(until)

    def type_digits(self, key: Callable[[str], None], digits: str) -> None:
        for ch in digits:
            key(ch)


@pytest.fixture
def resident(hall: DemoHall) -> Resident:
    return Resident(hall)
