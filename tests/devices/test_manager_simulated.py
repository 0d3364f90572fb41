"""The device manager with every simulator running: events from real threads over a pty
card reader, a loopback TCP printer and the decoder-backed scanner."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from devices.base import HealthState
from devices.manager import DeviceEvent, DeviceManager, EventKind
from devices.tts.announcer import NullAnnouncer
from shared.domain.payloads import PayloadKind, TicketRef
from shared.domain.settings import DeviceSettings
from shared.services.slip_samples import sample_ticket
from shared.services.slip_templates import layout_for


class Events:
    def __init__(self) -> None:
        self.items: list[DeviceEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._cond:
            self.items.append(event)
            self._cond.notify_all()

    def wait(self, match: Callable[[DeviceEvent], bool], timeout: float = 10.0) -> DeviceEvent:
        with self._cond:
            ok = self._cond.wait_for(lambda: any(match(e) for e in self.items), timeout)
            assert ok, f"no matching event in {[(e.kind, e.device, e.message) for e in self.items]}"
            return next(e for e in self.items if match(e))

    def of(self, kind: EventKind, device: str | None = None) -> list[DeviceEvent]:
        with self._cond:
            return [e for e in self.items if e.kind == kind and (device is None or e.device == device)]


def health_is(device: str, state: HealthState) -> Callable[[DeviceEvent], bool]:
    return lambda e: e.kind == EventKind.HEALTH_CHANGED and e.device == device and e.data.state == state


@pytest.fixture
def simulated() -> tuple[DeviceManager, Events]:  # type: ignore[misc]
    events = Events()
    manager = DeviceManager(DeviceSettings(allow_simulated=True), on_event=events, supervise_interval_s=0.1)
    manager.start()
    yield manager, events
    manager.stop()


def test_simulated_hall_reads_a_card_scans_prints_and_announces(simulated) -> None:  # type: ignore[no-untyped-def]
    manager, events = simulated
    assert manager.drivers == {
        "idcard": "simulated",
        "printer": "simulated",
        "scanner": "simulated",
        "tts": "null",
        "a4": "null",
    }
    assert set(manager.simulators) == {"idcard", "printer"}

    tickets = []
    manager.router.subscribe(PayloadKind.TICKET, tickets.append)

    sim_reader = manager.simulators["idcard"]
    sim_reader.place_card("elder_dai_woman")
    card_event = events.wait(lambda e: e.kind == EventKind.CARD_READ)
    assert "****" in repr(card_event.data)  # personal data stays masked in any log of the event

    manager.scanner.present("yimen://ticket/532822-ZWFW/20250102/A023")
    scan = events.wait(lambda e: e.kind == EventKind.SCAN)
    assert scan.data.value == TicketRef("532822-ZWFW", scan.data.value.day, "A023")
    assert [p.value.number for p in tickets] == ["A023"]

    job = manager.print_laid_out(layout_for(sample_ticket(number="A024")), job_id="A024").result(10)
    assert job.job_id == "A024"
    events.wait(lambda e: e.kind == EventKind.PRINT_DONE)
    assert len(manager.simulators["printer"].wait_for_jobs(1)) == 1

    announcement = manager.announce_call("A024", 3)
    assert announcement.wait(10)
    done = events.wait(lambda e: e.kind == EventKind.ANNOUNCED)
    assert done.data.text == "请A零二四号到三号窗口办理"
    assert isinstance(manager.announcer.engine, NullAnnouncer)
    assert manager.announcer.engine.spoken == ["请A零二四号到三号窗口办理"] * 2

    assert {name: h.state for name, h in manager.health().items()} == dict.fromkeys(
        ("idcard", "printer", "scanner", "tts", "a4"), HealthState.OK
    )


def test_paper_out_fails_the_job_reports_health_and_prints_after_restore(simulated) -> None:  # type: ignore[no-untyped-def]
    manager, events = simulated
    sim = manager.simulators["printer"]
    sim.paper_out()
    future = manager.print_laid_out(layout_for(sample_ticket(number="B001")), job_id="B001")
    with pytest.raises(Exception, match="缺纸"):
        future.result(10)
    failed = events.wait(lambda e: e.kind == EventKind.PRINT_FAILED)
    assert "缺纸" in failed.message
    events.wait(health_is("printer", HealthState.OFFLINE))
    assert manager.health()["printer"].state == HealthState.OFFLINE
    sim.restore()
    assert manager.printer.reprint().result(10).job_id == "B001"
    events.wait(health_is("printer", HealthState.OK))
    assert len(sim.wait_for_jobs(1)) == 1


def test_unplugging_the_card_reader_is_reported_and_healed(simulated) -> None:  # type: ignore[no-untyped-def]
    manager, events = simulated
    sim = manager.simulators["idcard"]
    events.wait(health_is("idcard", HealthState.OK))
    sim.unplug()
    events.wait(health_is("idcard", HealthState.OFFLINE))
    sim.replug()
    deadline = time.monotonic() + 15
    while manager.health()["idcard"].state != HealthState.OK and time.monotonic() < deadline:
        time.sleep(0.05)
    assert manager.health()["idcard"].state == HealthState.OK
    sim.place_card("young_adult_han")
    events.wait(lambda e: e.kind == EventKind.CARD_READ)


def test_stop_stops_the_simulators_and_is_idempotent() -> None:
    manager = DeviceManager(DeviceSettings(allow_simulated=True))
    manager.start()
    manager.start()  # twice is harmless
    sims = dict(manager.simulators)
    printer_sim = sims["printer"]
    manager.stop()
    manager.stop()
    assert manager.simulators == {}
    assert not sims["idcard"].plugged
    import socket

    with pytest.raises(OSError):
        socket.create_connection(printer_sim.address, timeout=1).close()


def test_a_failing_event_callback_does_not_stop_the_devices() -> None:
    calls = []

    def broken(event: DeviceEvent) -> None:
        calls.append(event)
        raise RuntimeError("ui bug")

    with DeviceManager(DeviceSettings(allow_simulated=True), on_event=broken) as manager:
        manager.scanner.present("yimen://appt/AB12CD34")
        assert manager.scanner.drain()
        manager.scanner.present("yimen://appt/AB12CD35")
        assert manager.scanner.drain()
    assert [e.data.raw for e in calls if e.kind == EventKind.SCAN] == [
        "yimen://appt/AB12CD34",
        "yimen://appt/AB12CD35",
    ]
