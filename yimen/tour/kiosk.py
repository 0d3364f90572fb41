"""The kiosk tour: every screen and state, driven through the view-models with simulated
devices over a throw-away store, one PNG per screen (``yimen tour --app kiosk``).

Files are named ``kiosk[-<language>][-elder][-<scheme>][-landscape]-<screen>.png`` (the
language only when it is not zh_CN: ``--language en``, docs/translations.md); the README shows
the committed set under docs/screens/.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from kiosk_app.words import DEVICE_PROBLEMS
from shared.domain.evaluations import EvaluationLevel
from shared.ui.elder import scheme_named
from yimen.demo.documents import PLATFORM_CARD
from yimen.demo.kiosk_hall import (
    ELDER_CARD,
    OPEN_ELDER_ITEM,
    YOUNG_CARD,
    DemoHall,
    Driver,
    kiosk_window,
    printer_paper_out,
)
from yimen.demo.settings import DEMO_NOW, DEMO_TECHNICIAN_PIN
from yimen.tour import watch_ui_thread
from yimen.tour.screen_check import watch_screens


def _prefix(elder: bool, scheme: str, portrait: bool, language: str = "zh_CN") -> str:
    parts = ["kiosk"]
    if language != "zh_CN":
        parts.append(language)
    if elder:
        parts.append("elder")
    if scheme != "standard":
        parts.append(scheme)
    if not portrait:
        parts.append("landscape")
    return "-".join(parts)


def tour_states(
    window: Any, hall: DemoHall, case_no: str, *, elder: bool = False, scheme: str = "standard"
) -> Iterator[str]:
    """Drive the kiosk through every screen and state; yields each state's name once the
    screen shows it (the caller grabs a picture, or inspects the widgets).

    With ``YIMEN_UI_THREAD_GUARD=1`` the UI thread is watched meanwhile: store or print-spool
    I/O on it raises there, and the tour ends with :class:`IoOnUiThread` naming every case.
    With ``YIMEN_SCREEN_CHECK=1`` every screen is measured as it is shown (clipped or elided
    text, overlapping controls, elderly sizes) and the tour ends with
    :class:`~yimen.tour.screen_check.ScreenCheckFailed` naming every finding.
    """
    prefix = _prefix(elder, scheme_named(scheme).name, not window.landscape, window.vm.settings.language)
    with watch_ui_thread("kiosk"), watch_screens("kiosk") as screens:
        for name in _tour_states(window, hall, case_no, elder=elder, scheme=scheme):
            # the screen check (issue 16, point 8): the widgets as they are shot
            screens.look(window, f"{prefix}-{name}", elder=bool(window.vm.mode.elder))
            yield name


def _tour_states(window: Any, hall: DemoHall, case_no: str, *, elder: bool, scheme: str) -> Iterator[str]:
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
        # the printer's line as written (a source text: the screen may show it translated)
        d.settle(
            lambda: (
                vm.home.status is not None and DEVICE_PROBLEMS["printer"] in vm.home.status.device_problems
            )
        )
        yield at("home-device-problem")
    vm.wipe()
    elder_mode()
    hall.clock.set(DEMO_NOW.replace(hour=20, minute=30))
    vm.go("ticket")
    d.settle(lambda: vm.ticket.step == "closed")
    yield at("ticket-closed")
    vm.go_home()
    d.settle(lambda: vm.home.status is not None and not vm.home.status.is_open)
    yield at("home-closed")
    vm.go("helper")
    d.settle(lambda: vm.helper.off_duty is not None)
    yield at("helper-closed")
    vm.go_home()
    hall.clock.set(DEMO_NOW + timedelta(minutes=5))
    vm.home.refresh()
    d.settle(lambda: vm.home.status is not None and vm.home.status.is_open)

    # ---- 办事指南: from the home screen's 个人办事, then every life event
    vm.home.open("person")
    d.settle(lambda: vm.guides.catalog is not None)
    yield at("guides-person")
    vm.go_home()
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
    vm.guides.toggle_more()
    yield at("guides-detail-sections")
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

    # ---- 查询打印 (issue 17): a 参保证明 printed on A4, a paper-out, an offline query refused
    yield from _query_print_states(d, hall, at, elder_mode)

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
    for ch in DEMO_TECHNICIAN_PIN:
        vm.technician.key(ch)
    vm.technician.submit()
    yield at("technician")
    vm.technician.back()


def _query_print_states(
    d: Driver, hall: DemoHall, at: Callable[[str], str], elder_mode: Callable[[], None]
) -> Iterator[str]:
    vm = d.vm
    qp = vm.screens["query_print"]
    a4 = hall.devices.simulators.get("a4")  # the private CUPS, when this machine runs one

    def to_preview() -> None:
        vm.go("query_print")
        d.settle(lambda: any(k == "insurance_certificate" for k, _ in qp.documents()))
        qp.choose("insurance_certificate")
        d.card(PLATFORM_CARD, lambda: qp.step == "options")
        if vm.elder_offer:
            vm.decline_elder_offer()
        qp.agree()
        qp.query()
        d.settle(lambda: qp.step == "preview" or bool(qp.error), timeout=30)

    vm.wipe()
    elder_mode()
    vm.go("query_print")
    d.settle(lambda: any(k == "insurance_certificate" for k, _ in qp.documents()))
    yield at("query-documents")
    qp.choose("insurance_certificate")
    yield at("query-card")
    d.card(PLATFORM_CARD, lambda: qp.step == "options")
    if vm.elder_offer:
        vm.decline_elder_offer()
    qp.agree()
    yield at("query-options")
    qp.query()
    d.settle(lambda: qp.step == "preview", timeout=30)
    yield at("query-preview")
    qp.print_now()
    d.settle(lambda: qp.step in ("printed", "problem"), timeout=90)
    yield at("query-printed" if qp.step == "printed" else "query-print-problem")
    verify_qr = qp.queried.issued.qr_text

    # paper runs out while the certificate prints: its own words, staff called, one reprint
    if a4 is not None:
        vm.wipe()
        elder_mode()
        to_preview()
        a4.disable("media-empty-error: 缺纸")
        try:
            qp.print_now()
            d.settle(lambda: qp.step == "problem" and qp.help_sent, timeout=90)
            yield at("query-paper-out")
        finally:
            a4.enable()
        qp.reprint()
        d.settle(lambda: qp.step in ("printed", "problem"), timeout=90)
        yield at("query-reprinted")

    # the link to the province is down: the query is refused, nothing is printed later
    if hall.platform is not None:
        vm.wipe()
        elder_mode()
        vm.go("query_print")
        d.settle(lambda: any(k == "insurance_certificate" for k, _ in qp.documents()))
        qp.choose("insurance_certificate")
        d.card(PLATFORM_CARD, lambda: qp.step == "options")
        if vm.elder_offer:
            vm.decline_elder_offer()
        qp.agree()
        hall.platform.stop(close_store=False)
        try:
            qp.query()
            d.settle(lambda: bool(qp.error), timeout=60)
            yield at("query-offline")
        finally:
            hall.platform.start_in_thread()
            hall.ctx.settings.platform.base_url = hall.platform.base_url

    # the printed certificate scanned at the kiosk: 验真
    vm.wipe()
    elder_mode()
    d.scan(verify_qr, lambda: qp.step == "verified")
    yield at("query-verified")
    vm.wipe()
    elder_mode()


def run_tour(
    *,
    out_dir: Path,
    elder: bool = False,
    scheme: str = "standard",
    portrait: bool = True,
    screens: set[str] | None = None,
    language: str = "zh_CN",
) -> list[Path]:
    """Drive every screen and state; write one PNG per screen into ``out_dir``.

    ``screens`` limits the PNGs written (all by default); every state is still visited.
    """
    scheme = scheme_named(scheme).name
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = _prefix(elder, scheme, portrait, language)
    written: list[Path] = []
    with kiosk_window(portrait=portrait, language=language) as (window, hall, case_no):
        for name in tour_states(window, hall, case_no, elder=elder, scheme=scheme):
            if screens is not None and name not in screens:
                continue
            path = out_dir / f"{prefix}-{name}.png"
            window.grab().save(str(path))
            written.append(path)
    return written
