"""``yimen tour --app counter|display``: drive every screen of the counter (or the hall
display) over a demo hall and save one PNG per screen, via ``QWidget.grab()``.

A temporary SQLite store, the demo catalog, a ManualClock at 10:00 on Tuesday 17 November
2026 (Asia/Shanghai), and simulated devices (pty card reader, loopback printer): what the
pictures show is what the code does.

``language`` (``--language en``, docs/translations.md) is the display board's language, or on
the counter the evaluator screen's (the clerk's screens stay Chinese); the pictures are then
named ``display-en-…`` / ``counter-en-…``.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget

from counter_app.app import build_counter, qt_app
from counter_app.style import apply_counter_style
from devices.manager import DeviceManager
from devices.scanner.simulated import SimulatedScanner
from shared.domain import ui_thread
from shared.domain.cases import CrossRegion, ReceiptMethod
from shared.domain.evaluations import BadReviewReason, EvaluationLevel
from shared.domain.refusals import RefusalGrounds
from shared.services import hall_time, tickets, window_pause
from shared.services.actor import Actor, Role
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.ui.device_bridge import DeviceBridge
from shared.ui.i18n import SOURCE_LANGUAGE
from yimen.demo.agency_day import MEDICAL_INSURANCE, seed_in_transit
from yimen.demo.counter_hall import STAFF, seed_demo_hall
from yimen.demo.display_board import display_board
from yimen.demo.documents import issue_certificate, query_platform, tampered
from yimen.demo.hall_terminals import seed_other_terminals
from yimen.demo.licence_days import window_licence_cases
from yimen.demo.settings import DEMO_NOW, demo_settings
from yimen.tour import watch_ui_thread
from yimen.tour.screen_check import ScreenWatch, watch_screens

SIZE = (1600, 900)  # the hall's window PCs: no sideways scrolling, no cut number at this size


class _Shots:
    def __init__(self, out_dir: Path, prefix: str, app) -> None:
        self.out_dir, self.prefix, self.app = out_dir, prefix, app
        self.paths: list[Path] = []
        # the screen check (issue 16, point 8), set inside the tour's watch_screens block
        self.screens: ScreenWatch | None = None
        out_dir.mkdir(parents=True, exist_ok=True)

    def wait(self, until: Callable[[], bool] | None = None, timeout: float = 15.0, runner=None) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if runner is not None:
                runner.wait_idle(timeout)
            for _ in range(5):
                self.app.processEvents()
            if until is None or until() or time.monotonic() > deadline:
                return
            time.sleep(0.05)

    def take(self, widget: QWidget, name: str) -> Path:
        for _ in range(5):
            self.app.processEvents()
        path = self.out_dir / f"{self.prefix}-{len(self.paths) + 1:02d}-{name}.png"
        if self.screens is not None:  # the widgets as they are shot; neither app has an elderly mode
            self.screens.look(widget, path.stem, elder=False)
        widget.grab().save(str(path))
        self.paths.append(path)
        return path


def _prefix(app: str, language: str) -> str:
    return app if language == SOURCE_LANGUAGE else f"{app}-{language}"


def run_tour(*, out_dir: Path, app: str = "counter", language: str = SOURCE_LANGUAGE) -> list[Path]:
    if app not in ("counter", "display"):
        raise ValueError("app must be 'counter' or 'display'")
    if app == "display":
        with display_board(language=language) as (vm, window, ctx, clock):
            return _display_tour(vm, window, ctx, clock, Path(out_dir), qt_app(), _prefix(app, language))
    qapp = qt_app()
    apply_counter_style(qapp)
    with tempfile.TemporaryDirectory(prefix="yimen-tour-") as tmp:
        home = Path(tmp)
        settings = demo_settings(home)
        settings.counter.evaluator_language = language  # [counter] evaluator_language
        clock = ManualClock(DEMO_NOW)
        ctx = HallContext.open(settings, clock=clock, create_key=True)
        try:
            numbers = seed_demo_hall(ctx, clock)
            return _counter_tour(ctx, clock, settings, numbers, Path(out_dir), qapp, home, _prefix(app, language))
        finally:
            ctx.close()


def _counter_tour(ctx, clock, settings, numbers, out_dir: Path, qapp, home: Path, prefix: str) -> list[Path]:
    shots = _Shots(out_dir, prefix, qapp)
    bridge = DeviceBridge()
    devices = DeviceManager(settings.devices, on_event=bridge.on_event, spool_dir=home / "spool")
    devices.start()
    c = build_counter(ctx, devices=devices, bridge=bridge)
    w = c.window
    w.resize(*SIZE)
    w.show()
    wait = lambda until=None, timeout=15.0: shots.wait(until, timeout, runner=c.runner)  # noqa: E731
    try:
        with watch_ui_thread("counter"), watch_screens("counter") as shots.screens:
            # 1 sign-in
            c.sign_in_view.username.setText("lina")
            wait()
            shots.take(w, "sign-in")
            c.sign_in_view.password.setText(STAFF["lina"][2])
            c.sign_in_view.submit.click()
            wait(lambda: c.session.signed_in is not None)
            # 2 queue: the elder (green channel) has just taken a number; call her
            with ui_thread.elsewhere("a kiosk in the hall"):
                tickets.issue_ticket(
                    ctx,
                    category="civil",
                    actor=Actor.kiosk("T-0101"),
                    id_number="532822195603120029",
                    name="玉罕",
                )
            clock.advance(minutes=3)
            c.queue.call_next()
            wait(lambda: c.queue.current is not None)
            c.queue.start_serving()
            wait()
            # 3 applicant: the card on the reader, her file with yesterday's case
            devices.simulators["idcard"].place_card("elder_dai_woman")
            wait(lambda: c.applicant.file is not None)
            wait()
            shots.take(w, "queue-and-applicant")
            # the kiosk's call for help has been seen: it folds into the top bar (求助 1)
            c._fold_help()
            # 4 item: the 身后一件事 bundle, merged checklist, one 容缺
            c.work_page.show_step(1)
            c.work_page.intake_panel.query.setText("身后")
            wait(lambda: bool(c.intake.hits))
            c.intake.pick("bundle", "YJS-SH")
            checklist = c.intake.checklist
            assert checklist is not None  # pick() has just built it
            rows = {r.code: i for i, r in enumerate(checklist.rows)}
            c.intake.mark(rows["QSGX"], ReceiptMethod.DEFERRED)
            c.intake.receive_all_paper()  # 全部纸质原件已收 (Ctrl+Shift+A)
            wait()
            shots.take(w, "bundle-checklist")
            # 5 decision: accepted, receipts printed
            c.work_page.show_step(2)
            c.work_page.decision_panel.do_accept()
            wait(lambda: bool(c.intake.accepted))
            panel = c.work_page.decision_panel
            panel.results.selectRow(0)
            panel.ask_review.click()
            wait()
            shots.take(w, "decision-accepted")
            # 6 the evaluator screen facing the applicant
            ev = c.evaluator
            ev.resize(1280, 760)
            ev.show()
            ev.level_buttons[EvaluationLevel.DISSATISFIED].click()
            ev.reasons[BadReviewReason.LONG_WAIT].setChecked(True)
            wait()
            shots.take(ev, "evaluator")
            ev.submit.click()
            wait()
            # 7 a refusal with a one-time notice
            clock.advance(minutes=9)
            c.queue.finish()
            wait()
            clock.advance(minutes=12)
            c.queue.call_next()
            wait(lambda: c.queue.current is not None)
            c.queue.start_serving()
            c.work_page.show_step(0)
            edits = c.work_page.applicant_panel.edits
            for name, value in (("id_number", "532822199803150027"), ("name", "刀玉香")):
                edits[name].setText(value)
                edits[name].editingFinished.emit()
            wait()
            shots.take(w, "typed-id-invalid")
            edits["id_number"].setText("532822199803150028")
            edits["id_number"].editingFinished.emit()
            c.intake.pick("item", "11532822MB1611313W3000030040000")
            c.intake.mark(0, ReceiptMethod.PAPER_ORIGINAL)
            c.work_page.show_step(2)
            panel.supplement.click()  # 补正告知: not a refusal (行政许可法 第32条)
            wait(lambda: bool(c.intake.refused))
            shots.take(w, "one-time-notice")
            # 7b 不予受理 for a matter outside the hall's powers, with its own notice
            c.intake.pick("item", "11532822MB1611313W3000030040000")
            panel.grounds.setCurrentIndex(panel.grounds.findData(RefusalGrounds.OUTSIDE_POWERS))
            panel.reason.setPlainText("申请人户籍在景洪市，低保由户籍所在地审核确认。")
            panel.authority.setText("景洪市民政局")
            panel.refuse.click()
            wait(lambda: bool(c.intake.refused) and c.intake.refused[0].not_accepted)
            shots.take(w, "not-accepted-notice")
            # 7c 帮办代办: 扎约's nephew applies for him (委托代办): both cards on the reader, the
            # checklist asks for the 授权委托书, and the window refuses until it is there
            reader = devices.simulators["idcard"]
            c.applicant.clear()
            c.intake.reset()
            c.work_page.show_step(0)
            reader.lift_card()
            reader.place_card("lahu_farmer")
            wait(lambda: c.applicant.card_read and c.applicant.values["name"] == "扎约")
            c.work_page.applicant_panel.agency.setChecked(True)
            reader.lift_card()
            reader.place_card("young_adult_han")
            wait(lambda: c.applicant.agent_card_read)
            shots.take(w, "agent-cards")
            c.work_page.show_step(1)
            c.intake.pick("item", MEDICAL_INSURANCE)
            wait(lambda: c.intake.checklist is not None and c.intake.checklist.agent)
            agent_list = c.intake.checklist
            assert agent_list is not None  # waited for above
            agent_rows = {r.code: i for i, r in enumerate(agent_list.rows)}
            c.intake.mark(agent_rows["BD-CXJMYB-CB"], ReceiptMethod.PAPER_ORIGINAL)
            c.intake.last_message = ("", "", "")
            c.work_page.decision_panel.do_accept()
            wait(lambda: c.intake.last_message[0] == "error")
            shots.take(w, "agent-without-power-of-attorney")
            c.intake.mark(agent_rows["WTS-DB"], ReceiptMethod.PAPER_ORIGINAL)
            c.work_page.show_step(2)
            c.work_page.decision_panel.do_accept()
            wait(lambda: bool(c.intake.accepted))
            reader.lift_card()
            # 8 cases: the hall's, overdue and soon-due first; one opened
            c.workspace.show_page("cases")
            c.cases_page.scope.setCurrentIndex(1)
            wait()
            c.cases.open(numbers["overdue"])
            wait(lambda: c.cases.detail is not None)
            shots.take(w, "cases")
            # 8b 免证办: a case whose 电子户口簿 the platform verified, and a check refused after
            # acceptance (another person's licence) waiting for the window to follow up
            with ui_thread.elsewhere("the window's earlier cases and the provincial platform"):
                verified_case = window_licence_cases(ctx, settings, home)
            c.cases.refresh()
            c.cases.open(verified_case)
            wait(
                lambda: c.cases.detail is not None
                and c.cases.detail.row.case_no == verified_case
                and bool(c.cases.licence_followups)
            )
            shots.take(w, "cases-licence")
            # 8c 材料流转: 免费代办 bundles on their way from 景真村 (one already at the township
            # centre), then the slip of the older one scanned in at this window
            with ui_thread.elsewhere("the village station and the township centre"):
                on_way = seed_in_transit(ctx, clock)
            c.workspace.show_page("transfers")
            c.transfers.refresh()
            wait(lambda: len(c.transfers.items) == 2)
            c.transfers.select(c.transfers.items[0].transfer_no)
            wait(lambda: c.transfers.selected is not None)
            shots.take(w, "transfers-in-transit")
            slip_scanner = devices.scanner
            assert isinstance(slip_scanner, SimulatedScanner)  # a tour's hall runs on simulated devices
            slip_scanner.present(on_way[0].slip.qr_text)
            wait(lambda: c.transfers.last is not None and len(c.transfers.items) == 1, timeout=60)
            shots.take(w, "transfers-received")
            # 9 办不成事 with a kiosk asking for help
            c.complaints.poll_help()
            c.workspace.show_page("complaints")
            c.complaints.refresh()
            wait(lambda: bool(c.complaints.items))
            c.complaints.select(c.complaints.items[0].complaint_no)
            wait()
            shots.take(w, "complaints-and-help")
            # 9b 首问登记: the kiosk's call for help taken as 首问, a question recorded at the window
            c.workspace.show_page("firstasks")
            c.first_asks.refresh()
            wait(lambda: bool(c.first_asks.help))
            c.first_asks_page.take.click()
            wait(lambda: c.first_asks.selected is not None)
            page = c.first_asks_page
            page.summary.setPlainText("问孩子上学的居住证明在哪里开")
            page.save.click()
            wait(lambda: len(c.first_asks.items) == 2)
            shots.take(w, "first-asks")
            # 10 the screen lock
            c.signin.lock()
            wait()
            shots.take(w, "screen-locked")
            c.signin.sign_out("换人")
            wait()
            # 11-14 the manager
            c.sign_in_view.username.setText("admin")
            c.sign_in_view.password.setText(STAFF["admin"][2])
            c.sign_in_view.submit.click()
            wait(lambda: c.session.signed_in is not None and c.figures.figures is not None)
            shots.take(w, "figures-today")
            c.figures.set_period("week")
            wait()
            c.figures_page.tabs.setCurrentIndex(1)
            wait()
            shots.take(w, "figures-week-by-category")
            c.figures_page.tabs.setCurrentIndex(4)
            c.figures.load_followups()
            wait()
            shots.take(w, "followups")
            # the manager's list: every open 首问 registration and its age
            c.workspace.show_page("firstasks")
            c.first_asks.refresh()
            wait(lambda: len(c.first_asks.items) >= 4)
            c.first_asks.select(c.first_asks.items[0].ask_no)
            wait(lambda: c.first_asks.selected is not None and c.first_asks.selected.history)
            shots.take(w, "first-asks-manager")
            c.workspace.show_page("accounts")
            c.accounts.refresh()
            wait(lambda: bool(c.accounts.accounts))
            shots.take(w, "accounts-and-windows")
            # 15 终端状态: the hall's other terminals beat (one out of paper, one gone quiet, one
            # on an older version), the nightly backup failed; the manager pauses the kiosk
            with ui_thread.elsewhere("the hall's other terminals and its job runner"):
                seed_other_terminals(ctx, clock, settings)
            c.workspace.show_page("fleet")
            wait(lambda: c.fleet.report is not None and len(c.fleet.report.terminals) >= 5)
            c.fleet.select("T-0101")
            c.fleet_page.reason.setText("更换凭条纸卷")
            c.fleet_page.pause.click()
            wait(lambda: c.fleet.report is not None and c.fleet.report.get("T-0101").pause_asked)
            shots.take(w, "fleet")
            c.signin.sign_out("换人")
            wait()
            # 18-19 证明验真: a 参保证明 printed at the kiosk is brought to window 1 and scanned
            c.sign_in_view.username.setText("lina")
            c.sign_in_view.password.setText(STAFF["lina"][2])
            c.sign_in_view.submit.click()
            wait(lambda: c.session.signed_in is not None)
            with query_platform(ctx, home):
                with ui_thread.elsewhere("the kiosk that printed it"):
                    issued = issue_certificate(ctx)
                scanner = devices.scanner
                assert isinstance(scanner, SimulatedScanner)  # a tour's hall runs on simulated devices
                scanner.present(issued.qr_text)
                wait(lambda: c.verify.result is not None, timeout=60)
                shots.take(w, "verify-genuine")
                scanner.present(tampered(issued.qr_text))
                wait(lambda: c.verify.result is not None and not c.verify.result.genuine, timeout=60)
                shots.take(w, "verify-refused")
            # 20 暂停服务 at window 1 (F9): the board shows it until the clerk resumes
            c.workspace.show_page("work")
            if c.queue.current is not None:  # the person at the window is done first
                c.queue.finish()
                wait(lambda: c.queue.current is None)
            c.queue.toggle_pause()
            wait(lambda: c.queue.paused is not None)
            # 21 省内通办: 户口迁移 taken here and handled in 勐遮镇, picked by name
            c.work_page.show_step(2)
            c.intake.pick("item", "11532822MB1685558Y300005002000001")
            wait(lambda: c.intake.checklist is not None)
            panel.cross.setCurrentIndex(panel.cross.findData(CrossRegion.IN_PROVINCE))
            panel.pick_region("532822104")
            wait()
            shots.take(w, "window-paused-and-region")
    finally:
        c.shutdown()
        ev_window = c.evaluator
        ev_window.close()
        w.close()
        devices.stop()
    return shots.paths


def display_states(vm, window, ctx, clock, wait: Callable[..., None]) -> Iterator[str]:
    """Drive the board through its tour's states, yielding each one's name once it shows;
    ``wait(until)`` lets the board's reads land."""
    # the first read, the notices and a page of 政务公开
    wait(lambda: vm.snapshot is not None and len(vm.notices) > 1 and bool(vm.public))
    yield "board"
    # window 1 calls the next person: the board flashes it and reads it out
    clerk = Actor(user="lina", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    clock.advance(minutes=1)
    with ui_thread.elsewhere("the counter at window 1"):
        called = tickets.call_next(ctx, actor=clerk, categories=("general", "social", "civil"))
    assert called is not None  # the tour issued tickets in these categories
    wait(lambda: bool(vm.announced) and vm.announced[-1].number == called.number)
    yield "new-call"
    # window 3's clerk pauses it (F9); the board reads itself again within seconds
    clerk3 = Actor(user="yanwen", role=Role.CLERK, terminal_id="T-0003", window_no=3)
    with ui_thread.elsewhere("the counter at window 3"):
        window_pause.pause_window(ctx, actor=clerk3, window_no=3, reason="午间交接")
    vm.poll()
    wait(lambda: vm.snapshot is not None and any(w.paused for w in vm.snapshot.windows))
    yield "window-paused"
    # the manager closes the whole hall for a system upgrade: 暂停服务, and until when
    manager = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0001")
    with ui_thread.elsewhere("the manager's station"):
        hall_time.close_temporarily(
            ctx, actor=manager, starts_at=clock.now(), ends_at=clock.now() + timedelta(hours=1),
            reason="系统升级",
        )  # fmt: skip
    vm.reader.forget()  # a board reads the hours again within a minute; the tour at once
    vm.poll()
    wait(lambda: vm.snapshot is not None and bool(vm.snapshot.closed))
    yield "hall-paused"
    # the evening: the windows have closed, and the board says when they open again
    clock.set(DEMO_NOW.replace(hour=18, minute=5))
    vm.reader.forget()
    vm.poll()
    wait(lambda: vm.snapshot is not None and "下班" in vm.snapshot.closed)
    yield "after-hours"


def _display_tour(vm, window, ctx, clock, out_dir: Path, qapp, prefix: str) -> list[Path]:
    shots = _Shots(out_dir, prefix, qapp)
    wait = lambda until: shots.wait(until, runner=vm.runner)  # noqa: E731
    with watch_ui_thread("display"), watch_screens("display") as shots.screens:
        for state in display_states(vm, window, ctx, clock, wait):
            shots.take(window, state)
    return shots.paths


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else "counter"
    for p in run_tour(out_dir=Path("docs/screens"), app=target):
        print(p)
