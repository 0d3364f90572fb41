"""``yimen tour --app counter|display``: drive every screen of the counter (or the hall
display) over a demo hall and save one PNG per screen, via ``QWidget.grab()``.

A temporary SQLite store, the demo catalog, a ManualClock at 10:00 on Tuesday 17 November
2026 (Asia/Shanghai), and simulated devices (pty card reader, loopback printer): what the
pictures show is what the code does.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget

from counter_app.app import build_counter, qt_app
from counter_app.demo_hall import DEMO_NOW, STAFF, demo_settings, seed_demo_hall
from counter_app.display import build_display
from counter_app.style import apply_counter_style
from devices.manager import DeviceManager
from shared.cases import ReceiptMethod
from shared.evaluations import BadReviewReason, EvaluationLevel
from shared.services import tickets
from shared.services.actor import Actor, Role
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.ui.device_bridge import DeviceBridge

SIZE = (1600, 940)


class _Shots:
    def __init__(self, out_dir: Path, prefix: str, app) -> None:
        self.out_dir, self.prefix, self.app = out_dir, prefix, app
        self.paths: list[Path] = []
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
        widget.grab().save(str(path))
        self.paths.append(path)
        return path


def run_tour(*, out_dir: Path, app: str = "counter") -> list[Path]:
    if app not in ("counter", "display"):
        raise ValueError("app must be 'counter' or 'display'")
    qapp = qt_app()
    apply_counter_style(qapp)
    with tempfile.TemporaryDirectory(prefix="yimen-tour-") as tmp:
        home = Path(tmp)
        settings = demo_settings(home)
        clock = ManualClock(DEMO_NOW)
        ctx = HallContext.open(settings, clock=clock, create_key=True)
        try:
            numbers = seed_demo_hall(ctx, clock)
            if app == "display":
                return _display_tour(ctx, clock, Path(out_dir), qapp)
            return _counter_tour(ctx, clock, settings, numbers, Path(out_dir), qapp, home)
        finally:
            ctx.close()


def _counter_tour(ctx, clock, settings, numbers, out_dir: Path, qapp, home: Path) -> list[Path]:
    shots = _Shots(out_dir, "counter", qapp)
    bridge = DeviceBridge()
    devices = DeviceManager(settings.devices, on_event=bridge.on_event, spool_dir=home / "spool")
    devices.start()
    c = build_counter(ctx, devices=devices, bridge=bridge)
    w = c.window
    w.resize(*SIZE)
    w.show()
    wait = lambda until=None, timeout=15.0: shots.wait(until, timeout, runner=c.runner)  # noqa: E731
    try:
        # 1 sign-in
        c.sign_in_view.username.setText("lina")
        wait()
        shots.take(w, "sign-in")
        c.sign_in_view.password.setText(STAFF["lina"][2])
        c.sign_in_view.submit.click()
        wait(lambda: c.session.signed_in is not None)
        # 2 queue: the elder (green channel) has just taken a number; call her
        tickets.issue_ticket(
            ctx, category="civil", actor=Actor.kiosk("T-0101"), id_number="532822195603120029", name="玉罕"
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
        # 4 item: the 身后一件事 bundle, merged checklist, one 容缺
        c.work_page.show_step(1)
        c.work_page.intake_panel.query.setText("身后")
        wait(lambda: bool(c.intake.hits))
        c.intake.pick("bundle", "YJS-SH")
        rows = {r.code: i for i, r in enumerate(c.intake.checklist.rows)}
        c.intake.mark(rows["QSGX"], ReceiptMethod.DEFERRED)
        for i, row in enumerate(c.intake.checklist.rows):
            if row.needed and row.method is None:
                c.intake.mark(i, row.allowed[0])
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
        panel.reason.setText("材料不齐全，详见一次性告知单")
        panel.refuse.click()
        wait(lambda: bool(c.intake.refused))
        shots.take(w, "one-time-notice")
        # 8 cases: the hall's, overdue and soon-due first; one opened
        c.workspace.show_page("cases")
        c.cases_page.scope.setCurrentIndex(1)
        wait()
        c.cases.open(numbers["overdue"])
        wait(lambda: c.cases.detail is not None)
        shots.take(w, "cases")
        # 9 办不成事 with a kiosk asking for help
        c.complaints.poll_help()
        c.workspace.show_page("complaints")
        c.complaints.refresh()
        wait(lambda: bool(c.complaints.items))
        c.complaints.select(c.complaints.items[0].complaint_no)
        wait()
        shots.take(w, "complaints-and-help")
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
        c.workspace.show_page("accounts")
        c.accounts.refresh()
        wait(lambda: bool(c.accounts.accounts))
        shots.take(w, "accounts-and-windows")
    finally:
        c.shutdown()
        ev_window = c.evaluator
        ev_window.close()
        w.close()
        devices.stop()
    return shots.paths


def _display_tour(ctx, clock, out_dir: Path, qapp) -> list[Path]:
    shots = _Shots(out_dir, "display", qapp)
    vm, window = build_display(ctx, devices=None, poll_s=0.1)
    window.resize(1920, 1080)
    window.show()
    vm.start()
    try:
        shots.wait(lambda: vm.snapshot is not None, runner=vm.runner)
        shots.take(window, "board")
        # window 1 calls the next person: the board flashes it and reads it out
        clerk = Actor(user="lina", role=Role.CLERK, terminal_id="T-0001", window_no=1)
        clock.advance(minutes=1)
        called = tickets.call_next(ctx, actor=clerk, categories=("general", "social", "civil"))
        shots.wait(lambda: bool(vm.announced) and vm.announced[-1].number == called.number, runner=vm.runner)
        shots.take(window, "new-call")
    finally:
        vm.stop()
        vm.runner.wait_idle(3)
        window.close()
    return shots.paths


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else "counter"
    for p in run_tour(out_dir=Path("docs/screens"), app=target):
        print(p)
