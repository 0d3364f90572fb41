"""The kiosk tour: every screen and state, driven through the view-models with simulated
devices over a throw-away store, one PNG per screen (``yimen tour --app kiosk``).

Files are named ``kiosk[-elder][-<scheme>][-landscape]-<screen>.png``; the README shows
the committed set under docs/screens/.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from devices.manager import DeviceManager
from kiosk_app.technician import hash_pin
from shared.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.catalog.loader import load_demo_catalog
from shared.evaluations import EvaluationLevel
from shared.services import cases as case_service
from shared.services import tickets as ticket_service
from shared.services.actor import Actor, Role
from shared.services.catalog import store_catalog
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.settings import Settings
from shared.ui.elder import scheme_named

log = logging.getLogger(__name__)

TZ = ZoneInfo("Asia/Shanghai")
TOUR_MORNING = datetime(2026, 11, 17, 10, 0, tzinfo=TZ)  # a Tuesday, windows open
TOUR_PIN = "246810"
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

    def close(self) -> None:
        self.devices.stop()
        self.ctx.close()


def demo_settings(workdir: Path, *, portrait: bool = True, scanner: str = "simulated") -> Settings:
    return Settings(
        store={
            "url": f"sqlite:///{workdir / 'kiosk-demo.db'}",
            "key_file": workdir / "keys" / "pii.key",
            "backup_dir": workdir / "backups",
        },
        terminal={"id": "T-0101", "name": "1号自助机", "kind": "kiosk"},
        devices={"idcard": "simulated", "printer": "simulated", "scanner": scanner, "tts": "null"},
        kiosk={"technician_pin_hash": hash_pin(TOUR_PIN), "portrait": portrait},
    )


def open_demo_hall(
    workdir: Path, *, portrait: bool = True, scanner: str = "simulated", when: datetime = TOUR_MORNING
) -> DemoHall:
    settings = demo_settings(workdir, portrait=portrait, scanner=scanner)
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
            self.runner.wait_idle(int(timeout * 1000))
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
            sim.remove_card()
            time.sleep(0.7)  # the reader must see the card lifted before it reads one again

    def scan(self, text: str, until: Callable[[], bool]) -> None:
        self.hall.devices.scanner.present(text)
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
            hall.devices.printer.check_status(timeout=5)  # what the clerk's "check printer" does
        except Exception:
            log.exception("printer status check after loading paper failed")


def _prefix(elder: bool, scheme: str, portrait: bool) -> str:
    parts = ["kiosk"]
    if elder:
        parts.append("elder")
    if scheme != "standard":
        parts.append(scheme)
    if not portrait:
        parts.append("landscape")
    return "-".join(parts)


@contextmanager
def tour_window(*, portrait: bool = True, workdir: Path | None = None) -> Iterator[tuple[Any, DemoHall, str]]:
    """A kiosk window over a fresh demo hall (queue seeded, one accepted case); yields
    (window, hall, that case's number) and cleans everything up afterwards."""
    from kiosk_app.app import LANDSCAPE, PORTRAIT, build_window, ensure_app

    app = ensure_app()
    own = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="yimen-kiosk-tour-")) if workdir is None else workdir
    hall = open_demo_hall(workdir, portrait=portrait)
    window = None
    try:
        seed_queue(hall)
        case_no = seed_accepted_case(hall)
        window = build_window(
            hall.ctx, hall.devices, size=PORTRAIT if portrait else LANDSCAPE, quit_app=lambda: None
        )
        window.show()
        yield window, hall, case_no
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        app.processEvents()
        hall.close()
        if own:
            shutil.rmtree(workdir, ignore_errors=True)


def tour_states(
    window: Any, hall: DemoHall, case_no: str, *, elder: bool = False, scheme: str = "standard"
) -> Iterator[str]:
    """Drive the kiosk through every screen and state; yields each state's name once the
    screen shows it (the caller grabs a picture, or inspects the widgets)."""
    scheme = scheme_named(scheme).name
    d = Driver(window, hall)
    vm = d.vm

    def at(name: str) -> str:
        d.settle()
        return name

    def elder_mode() -> None:
        if elder:
            vm.set_elder(True)
            vm.set_scheme(scheme)
            vm.dismiss_elder_notice()

    elder_mode()
    d.settle(lambda: vm.home.status is not None)
    yield at("home")
    if elder:
        vm.home.show_more(True)
        yield at("home-more")
        vm.home.show_more(False)
        vm.go("display")
        yield at("display")
        vm.go_home()
    else:
        d.card(YOUNG_CARD, lambda: vm.home.card_hint)
        yield at("home-card-read")
        vm.wipe()
        d.card(ELDER_CARD, lambda: vm.elder_offer)
        yield at("home-elder-offer")
        vm.accept_elder_offer()
        yield at("home-elder-notice")
        vm.wipe()

    # ---- 取号
    elder_mode()
    vm.go("ticket")
    yield at("ticket-categories")
    d.card(ELDER_CARD, lambda: vm.ticket.card is not None)
    if vm.elder_offer:
        vm.decline_elder_offer()
    yield at("ticket-card-green")
    vm.ticket.choose("social")
    d.settle(lambda: vm.ticket.print_state in ("printed", "failed"))
    yield at("ticket-issued")
    vm.ticket.again()
    vm.ticket.choose("social")
    d.settle(lambda: vm.ticket.step == "refused")
    yield at("ticket-duplicate")
    vm.wipe()
    elder_mode()
    with printer_paper_out(hall):
        vm.go("ticket")
        vm.ticket.choose("general")
        d.settle(lambda: vm.ticket.print_state == "failed" and vm.ticket.help_sent)
        yield at("ticket-printer-failed")
        vm.go_home()
        d.settle(lambda: any("打印机" in line for line in vm.home.status_lines()))
        yield at("home-device-problem")
    vm.wipe()
    elder_mode()
    hall.clock.set(TOUR_MORNING.replace(hour=20, minute=30))
    vm.go("ticket")
    d.settle(lambda: vm.ticket.step == "closed")
    yield at("ticket-closed")
    vm.go_home()
    d.settle()
    yield at("home-closed")
    hall.clock.set(TOUR_MORNING + timedelta(minutes=5))

    # ---- 办事指南
    vm.go("guides")
    d.settle(lambda: vm.guides.catalog is not None)
    yield at("guides-events")
    vm.guides.set_mode("departments")
    yield at("guides-departments")
    vm.guides.set_mode("events")
    vm.guides.open_group("养老")
    yield at("guides-list")
    vm.guides.open_item(OPEN_ELDER_ITEM)
    yield at("guides-detail")
    vm.guides.open_section("process")
    yield at("guides-detail-more")
    vm.guides.toggle_qr()
    yield at("guides-qr")
    vm.guides.print_guide()
    d.settle(lambda: vm.guides.print_state in ("printed", "failed"))
    yield at("guides-printed")
    vm.guides.back()
    vm.guides.back()
    vm.guides.set_mode("search")
    for ch in "gljt":
        vm.guides.key(ch)
    yield at("guides-search")
    vm.guides.use_hanzi(True)
    vm.guides.set_query("津贴")  # as the Qt Virtual Keyboard's Pinyin commits it
    yield at("guides-search-hanzi")
    vm.guides.use_hanzi(False)

    # ---- 办件查询
    vm.go_home()
    vm.go("cases")
    for ch in case_no[:12]:
        vm.cases.key(ch)
    yield at("cases-input")
    wrong = case_no[:-1] + str((int(case_no[-1]) + 1) % 10)
    vm.cases.key("\x1b")
    for ch in wrong:
        vm.cases.key(ch)
    vm.cases.submit_number()
    yield at("cases-bad-number")
    vm.cases.key("\x1b")
    for ch in case_no:
        vm.cases.key(ch)
    vm.cases.submit_number()
    d.settle(lambda: vm.cases.step == "detail")
    yield at("cases-detail")
    vm.cases.reset()
    d.card(ELDER_CARD, lambda: vm.cases.step == "list")
    if vm.elder_offer:
        vm.decline_elder_offer()
    yield at("cases-list")

    # ---- 自助办理
    vm.wipe()
    elder_mode()
    vm.go("apply")
    d.settle(lambda: bool(vm.apply.items))
    yield at("apply-items")
    vm.apply.choose_item(OPEN_ELDER_ITEM)
    d.settle(lambda: vm.apply.step == "card")
    yield at("apply-card")
    d.card(ELDER_CARD, lambda: vm.apply.step == "form")
    if vm.elder_offer:
        vm.decline_elder_offer()
    for ch in "13987654321":
        vm.apply.phone_key(ch)
    yield at("apply-form")
    vm.apply.form_done()
    yield at("apply-materials")
    for c in vm.apply.choices:
        if c.method is None and c.options:
            vm.apply.choose_method(c.material.code, c.options[0])
    yield at("apply-materials-ready")
    vm.apply.to_review()
    yield at("apply-review")
    vm.apply.submit()
    d.settle(lambda: vm.apply.print_state in ("printed", "failed"))
    yield at("apply-done")
    vm.go_home()
    platform = hall.ctx.settings.platform
    saved_backlog = platform.max_backlog
    platform.max_backlog = 0  # the self-service brake: unsent records past the limit
    try:
        vm.go("apply")
        d.settle(lambda: bool(vm.apply.items))
        vm.apply.choose_item(OPEN_ELDER_ITEM)
        d.settle(lambda: vm.apply.step == "blocked")
        yield at("apply-paused")
    finally:
        platform.max_backlog = saved_backlog

    # ---- 好差评
    vm.go_home()
    vm.go("evaluate")
    yield at("evaluate-input")
    for ch in case_no:
        vm.evaluate.key(ch)
    vm.evaluate.submit_number()
    d.settle(lambda: vm.evaluate.step == "choose")
    yield at("evaluate-choose")
    vm.evaluate.choose(EvaluationLevel.DISSATISFIED)
    yield at("evaluate-reasons")
    vm.evaluate.toggle_reason(vm.evaluate.reason_choices()[0][0])
    vm.evaluate.send_reasons()
    d.settle(lambda: vm.evaluate.step == "thanks")
    yield at("evaluate-thanks")
    vm.evaluate.reset()
    for ch in case_no:
        vm.evaluate.key(ch)
    vm.evaluate.submit_number()
    d.settle(lambda: vm.evaluate.step == "already")
    yield at("evaluate-already")

    # ---- 呼叫帮办, 服务网点
    vm.go_home()
    vm.go("helper")
    d.settle(lambda: vm.helper.request is not None)
    yield at("helper")
    vm.go_home()
    vm.go("points")
    d.settle(lambda: bool(vm.points.points))
    yield at("points")

    # ---- idle warning
    vm.go("guides")
    now = time.monotonic()
    vm.touch(now - vm.idle.effective_idle_s - 1)  # the last touch was just over a minute ago
    vm.tick(now)
    yield at("idle-warning")
    vm.keep_going()

    # ---- technician
    vm.go_home()
    for _ in range(5):
        vm.technician_tap()
    d.settle(lambda: vm.screen == "technician")
    for ch in "12":
        vm.technician.key(ch)
    yield at("technician-pin")
    vm.technician.key("\x1b")
    for ch in TOUR_PIN:
        vm.technician.key(ch)
    vm.technician.submit()
    yield at("technician")
    vm.technician.back()


def run_tour(
    *,
    out_dir: Path,
    elder: bool = False,
    scheme: str = "standard",
    portrait: bool = True,
    screens: set[str] | None = None,
) -> list[Path]:
    """Drive every screen and state; write one PNG per screen into ``out_dir``.

    ``screens`` limits the PNGs written (all by default); every state is still visited.
    """
    scheme = scheme_named(scheme).name
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = _prefix(elder, scheme, portrait)
    written: list[Path] = []
    with tour_window(portrait=portrait) as (window, hall, case_no):
        for name in tour_states(window, hall, case_no, elder=elder, scheme=scheme):
            if screens is not None and name not in screens:
                continue
            path = out_dir / f"{prefix}-{name}.png"
            window.grab().save(str(path))
            written.append(path)
    return written
