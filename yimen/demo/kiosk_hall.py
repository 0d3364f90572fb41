"""A kiosk over a demo hall, for the tour, the benchmarks and the kiosk tests alike: a
throw-away store with the demo catalog, a manual clock at 10:00 on a working day, started
simulated devices (card reader, ESC/POS printer, scanner), a few people waiting and a case
the elderly resident had accepted earlier; and a driver that moves the kiosk window between
states the way a resident would. Everything goes through the real services and devices.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from devices.manager import DeviceManager
from devices.printer.driver import ReceiptPrinter
from devices.scanner.simulated import SimulatedScanner
from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.domain.catalog.loader import load_demo_catalog
from shared.services import cases as case_service
from shared.services import tickets as ticket_service
from shared.services.actor import Actor, Role
from shared.services.catalog import store_catalog
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from yimen.demo.documents import a4_simulator_missing, add_platform_card, query_platform
from yimen.demo.settings import DEMO_NOW, demo_settings

log = logging.getLogger(__name__)

ELDER_CARD = "elder_dai_woman"  # 70 years old on the tour day
YOUNG_CARD = "young_adult_han"
OPEN_ELDER_ITEM = "11532822MB1611313W3000030070000"  # 高龄津贴申请


@dataclass
class DemoHall:
    """A store with the demo catalog, a manual clock and started simulated devices."""

    ctx: HallContext
    devices: DeviceManager
    clock: ManualClock
    workdir: Path
    platform: Any = None  # the reference platform answering 查询打印, when the tour started one

    def close(self) -> None:
        self.devices.stop()
        self.ctx.close()


def open_demo_hall(
    workdir: Path,
    *,
    portrait: bool = True,
    scanner: str = "simulated",
    when: datetime = DEMO_NOW,
    a4: str = "null",
    a4_uri: str | None = None,
) -> DemoHall:
    settings = demo_settings(workdir, kind="kiosk", portrait=portrait, scanner=scanner, a4=a4)
    if a4_uri is not None:
        settings.devices.a4_uri = a4_uri
    clock = ManualClock(when)
    ctx = HallContext.open(settings, clock=clock, create_key=True)
    store_catalog(
        ctx, catalog=load_demo_catalog(), actor=Actor.system(settings.terminal.id), source="demo catalog"
    )
    devices = DeviceManager(settings.devices, spool_dir=workdir / "spool", supervise_interval_s=0.2)
    devices.start()
    return DemoHall(ctx, devices, clock, workdir)


def seed_accepted_case(hall: DemoHall) -> str:
    """A case the elderly resident had accepted at window 1 earlier (for 查询 and 评价)."""
    from devices.idcard.cardfile import load_cards

    card = load_cards()[ELDER_CARD]
    clerk = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    item = hall.ctx.catalog().item(OPEN_ELDER_ITEM)
    materials = [
        MaterialReceipt(m.code, m.name, ReceiptMethod.CARD_READ)
        if "身份证" in m.name
        else MaterialReceipt(m.code, m.name, ReceiptMethod.DATA_SHARING, reference=f"DS-{m.shared_data_kind}")
        for m in item.materials
        if m.shared_data_kind or "身份证" in m.name
    ]
    stored = case_service.accept_case(
        hall.ctx,
        actor=clerk,
        item_code=item.code,
        applicant=case_service.Applicant(ApplicantKind.PERSON, card.id_number, card.name),
        materials=materials,
    )
    return stored.case_no


def seed_queue(hall: DemoHall, n: int = 6) -> None:
    """A few people already waiting, so "people ahead" is not always zero."""
    kiosk = Actor.kiosk(hall.ctx.settings.terminal.id)
    for i in range(n):
        ticket_service.issue_ticket(hall.ctx, category=("social", "general", "civil")[i % 3], actor=kiosk)


class Driver:
    """Moves the kiosk between states and waits for the answers, like a resident would."""

    def __init__(self, window: Any, hall: DemoHall) -> None:
        self.window = window
        self.vm = window.vm
        self.hall = hall
        self.runner = window.runner

    def settle(self, until: Callable[[], bool] | None = None, timeout: float = 10.0) -> None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + timeout
        while True:
            self.runner.wait_idle(timeout)
            QApplication.processEvents()
            if until is None or until():
                break
            if time.monotonic() > deadline:
                raise TimeoutError("the kiosk did not reach the expected state")
            time.sleep(0.02)
        QApplication.processEvents()
        # processEvents() never deletes what deleteLater() queued (Qt: "without an event loop,
        # DeferredDelete events will not be processed"); the kiosk's app.exec() loop does, so a
        # driver that stands in for that loop must too, or every rebuilt screen piles up
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def card(self, name: str, until: Callable[[], bool]) -> None:
        sim = self.hall.devices.simulators["idcard"]
        sim.place_card(name)
        try:
            self.settle(until)
        finally:
            sim.lift_card()  # the reader must see the card lifted before it reads one again

    def scan(self, text: str, until: Callable[[], bool]) -> None:
        scanner = self.hall.devices.scanner
        assert isinstance(scanner, SimulatedScanner)  # a tour's hall runs on simulated devices
        scanner.present(text)
        self.settle(until)


@contextmanager
def printer_paper_out(hall: DemoHall) -> Iterator[None]:
    sim = hall.devices.simulators["printer"]
    sim.paper_out()
    try:
        yield
    finally:
        sim.restore()
        try:
            printer = hall.devices.printer
            assert isinstance(printer, ReceiptPrinter)  # the simulated printer above
            printer.check_status(timeout=5)  # what the clerk's "check printer" does
        except Exception:
            log.exception("printer status check after loading paper failed")


@contextmanager
def kiosk_window(
    *, portrait: bool = True, workdir: Path | None = None, language: str = "zh_CN"
) -> Iterator[tuple[Any, DemoHall, str]]:
    """A kiosk window over a fresh demo hall (queue seeded, one accepted case); yields
    (window, hall, that case's number) and cleans everything up afterwards."""
    from kiosk_app.app import LANDSCAPE, PORTRAIT, build_window, ensure_app

    app = ensure_app()
    own = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="yimen-kiosk-tour-")) if workdir is None else workdir
    # 查询打印 prints on a private CUPS when this machine can run one (root, cups-pdf)
    a4 = "simulated" if not a4_simulator_missing() else "null"
    hall = open_demo_hall(workdir, portrait=portrait, a4=a4)
    window = None
    try:
        seed_queue(hall)
        case_no = seed_accepted_case(hall)
        add_platform_card(hall.devices.simulators["idcard"])
        hall.ctx.settings.kiosk.language = language  # [kiosk] language (docs/translations.md)
        window = build_window(
            hall.ctx, hall.devices, size=PORTRAIT if portrait else LANDSCAPE, quit_app=lambda: None
        )
        window.show()
        with query_platform(hall.ctx, workdir) as platform:
            hall.platform = platform
            yield window, hall, case_no
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        app.processEvents()
        hall.close()
        if own:
            shutil.rmtree(workdir, ignore_errors=True)
