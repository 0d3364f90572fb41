"""The hall manager's pages of the counter through Qt's translation system (issue 16, point 7;
docs/translations.md): 统计 (figures, export, 差评整改), 账号与窗口 and 终端状态 say nothing in
Chinese of their own once a translation is installed.

A pseudo-translation (every message "Tr …." with its placeholders kept) is installed before the
counter is built on the tour's demo hall (yimen/demo/counter_hall.py), and the manager signs in:
the figures for today, this month and the past year (each table tab shown), an export, the
follow-up board with one follow-up settled and the settle refused with nothing selected; the
accounts with an account selected (and one locked by five wrong passwords, then unlocked), a
window edited and a new window number typed, an account added, one disabled, a password reset
and a role changed through the page's dialogs, and the refusals (nothing selected, a weak
password); 终端状态 with the hall's other terminals beating (a kiosk out of paper, one gone
quiet, a counter on an older version: yimen/demo/hall_terminals.py) and the nightly backup
failed, a kiosk selected, paused and resumed. At each state every text of the page (labels,
buttons, placeholders, tooltips, accessible names, table headers and cells, drop-down entries,
the dialogs' titles and labels) and every message its view-model said is searched for Chinese.

What stays Chinese is data, named here: the staff's display names, the windows' names as the
hall gave them, the hall's own ticket categories (the default ones are translated, KioskCategory)
and service points' names; a terminal's name, and what the terminals report in their own words
(a device's problem as its driver words it, a failed job's error, the lines of a terminal's log);
what a resident or the manager wrote (a review's comment, a follow-up's resolution). The
services' refusals (a weak password) keep the services' Chinese, as on every screen
(shared/ui/error_words.py). The exported CSV and Excel files keep the figures service's Chinese
headings: they go to other offices.

The Chinese these pages show is unchanged: the pages reword what the services word (roles, a
window's kind and source, the ticket tables' headings and windows, the fleet's states, kinds,
devices, service states, alerts and job titles, the chart's hours) with the services' own
Chinese, and the tests at the end hold the two the same.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QTableWidget, QWidget

from counter_app.app import build_counter
from counter_app.controller import CounterController
from counter_app.style import apply_counter_style
from counter_app.views import accounts_page, chart, figures_page, fleet_page
from devices.base import HealthState
from devices.manager import DeviceManager
from offline_store.repositories.fleet import Heartbeat, TerminalCommand
from offline_store.repositories.jobs import FAILED, INTERRUPTED, JobRun
from shared.domain.catalog.vocab import WindowKind
from shared.domain.errors import YimenError
from shared.domain.figures import TicketFigures
from shared.domain.settings import FleetSettings
from shared.services import accounts, fleet
from shared.services import figures as figures_service
from shared.services.accounts import WindowInfo
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.services.figures_export import ticket_columns
from shared.services.jobs import JOB_MODULES, REGISTRY
from shared.services.permissions import ROLE_LABELS
from shared.ui.device_bridge import DeviceBridge
from shared.ui.i18n import SOURCE_LANGUAGE, install_translations
from tests.support.translation import PseudoTranslator, han_in, widget_texts
from yimen.demo.counter_hall import STAFF, seed_demo_hall
from yimen.demo.hall_terminals import seed_other_terminals
from yimen.demo.settings import DEMO_NOW, demo_settings
from yimen.tour.screen_check import check_screen

pytestmark = pytest.mark.qt

CONTEXTS = {"CounterFigures", "CounterAccounts", "CounterFleet", "CounterManager", "CounterChart"}
STATES = (
    "figures-today",
    "figures-month",
    "figures-year",
    "figures-exported",
    "followups",
    "followups-nothing-selected",
    "followups-settled",
    "accounts",
    "accounts-locked",
    "accounts-unlocked",
    "accounts-new-window",
    "accounts-window-saved",
    "accounts-nothing-selected",
    "accounts-weak-password",
    "accounts-added",
    "accounts-disabled",
    "accounts-password-reset",
    "accounts-role-changed",
    "fleet",
    "fleet-selected",
    "fleet-paused",
    "fleet-resumed",
)


class Dialogs:
    """The page's dialogs answered at once, their titles and labels kept for the search."""

    answer = "Temp#Pass2027"

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def getText(self, _parent, title, text, *_a, **_k):
        self.texts += [("dialog title", title), ("dialog label", text)]
        return self.answer, True

    def getItem(self, _parent, title, text, items, current=0, *_a, **_k):
        self.texts += [("dialog title", title), ("dialog label", text)]
        self.texts += [(f"dialog choice {i}", item) for i, item in enumerate(items)]
        return items[ROLE_CHOICE], True

    def getMultiLineText(self, _parent, title, text, *_a, **_k):
        self.texts += [("dialog title", title), ("dialog label", text)]
        return "已核实并整改", True

    def getSaveFileName(self, _parent, title, default, *_a, **_k):
        self.texts += [("dialog title", title), ("file name", default)]
        return str(self.path_for(default)), ""

    def path_for(self, default: str) -> Path:
        raise AssertionError("no export expected")


ROLE_CHOICE = 1  # 首席事务代表


def page_texts(page: QWidget) -> list[tuple[str, str]]:
    """What :func:`widget_texts` reads, and every shown table's headers and cells and every shown
    drop-down's choices."""
    texts = widget_texts(page)
    for t in page.findChildren(QTableWidget):
        if not t.isVisibleTo(page):
            continue
        name = f"table#{t.objectName() or '-'}"
        for col in range(t.columnCount()):
            head = t.horizontalHeaderItem(col)
            texts.append((f"{name} header {col}", head.text() if head is not None else ""))
            for row in range(t.rowCount()):
                item = t.item(row, col)
                texts.append((f"{name} [{row},{col}]", item.text() if item is not None else ""))
                texts.append((f"{name} [{row},{col}] (tooltip)", item.toolTip() if item is not None else ""))
    for combo in page.findChildren(QComboBox):
        if combo.isVisibleTo(page):
            texts += [(f"drop-down choice {i}", combo.itemText(i)) for i in range(combo.count())]
    return texts


# ------------------------------------------------------------------------------- the data


def hall_words(ctx: HallContext) -> list[str]:
    """The staff's names, the windows' names, the hall's ticket categories and the catalogue's
    service points, as the hall and the catalogue name them."""
    with ctx.unit_of_work(read_only=True) as uow:
        staff = [a.display_name for a in uow.accounts.list(include_inactive=True)]
    staff += [name for name, _role, _pw in STAFF.values()]
    windows = [w.name for w in accounts.list_windows(ctx)]
    categories = [name for _prefix, name in ctx.settings.tickets.categories.values()]
    points = [p.name for p in ctx.catalog().points.values()]
    return [*staff, *windows, *categories, *points, ctx.settings.terminal.name]


def figures_data(vm) -> list[str]:
    words: list[str] = []
    f = vm.figures
    if f is not None:
        words += [name for name, _n in f.cases.free_agency_by_point]
        words += [line.label for line in f.by_clerk]
    for i in vm.followups:
        words += [i.comment, i.clerk_name, i.clerk]
    return [w for w in words if w]


def fleet_data(vm) -> list[str]:
    """What the terminals report in their own words: names, hosts, versions, a device's problem
    as its driver words it, a failed job's error, the lines of a terminal's log."""
    r = vm.report
    if r is None:
        return []
    words: list[str] = []
    for t in r.terminals:
        b = t.beat
        words += [b.name, b.host, b.version, *b.errors]
        words += [str(d.get("detail", "")) for d in b.devices.values()]
    for a in r.job_alerts:
        words.append(a.text.partition("”")[2].partition("：")[2])  # the job's own error
    return [w for w in words if w]


# ------------------------------------------------------------------------------- the hall


class Hall:
    def __init__(self, c: CounterController, ctx: HallContext, clock: ManualClock, home: Path, qtbot):
        self.c, self.ctx, self.clock, self.home, self.qtbot = c, ctx, clock, home, qtbot

    def wait(self, until=lambda: True, timeout: int = 20_000) -> None:
        def ready() -> bool:
            return self.c.runner.wait_idle(0.05) and until()

        self.qtbot.waitUntil(ready, timeout=timeout)
        self.qtbot.wait(10)


@pytest.fixture
def pseudo(qapp) -> Iterator[PseudoTranslator]:
    """The pseudo-translation, installed before the counter builds its pages; afterwards only
    Chinese is installed again."""
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
        install_translations(qapp, SOURCE_LANGUAGE)


@pytest.fixture
def dialogs(monkeypatch, tmp_path: Path) -> Dialogs:
    d = Dialogs()
    d.path_for = lambda default: tmp_path / "export.csv"  # type: ignore[method-assign]
    monkeypatch.setattr(accounts_page, "QInputDialog", d)
    monkeypatch.setattr(figures_page, "QInputDialog", d)
    monkeypatch.setattr(figures_page, "QFileDialog", d)
    return d


@pytest.fixture
def hall(qtbot, qapp, tmp_path: Path, pseudo) -> Iterator[Hall]:
    """The tour's hall: the demo store (a week of tickets, cases and reviews, one bad) at 10:00
    on Tuesday 17 November 2026, simulated devices."""
    apply_counter_style(qapp)
    settings = demo_settings(tmp_path)
    clock = ManualClock(DEMO_NOW)
    ctx = HallContext.open(settings, clock=clock, create_key=True)
    bridge = DeviceBridge()
    devices = DeviceManager(settings.devices, on_event=bridge.on_event, spool_dir=tmp_path / "spool")
    c = None
    try:
        seed_demo_hall(ctx, clock)
        devices.start()
        c = build_counter(ctx, devices=devices, bridge=bridge)
        c.window.resize(1600, 900)
        c.window.show()
        qtbot.addWidget(c.window)
        qtbot.addWidget(c.evaluator)
        yield Hall(c, ctx, clock, tmp_path, qtbot)
    finally:
        if c is not None:
            c.shutdown()
        devices.stop()
        ctx.close()


def sign_in_manager(h: Hall) -> None:
    c = h.c
    c.sign_in_view.username.setText("admin")
    c.sign_in_view.password.setText(STAFF["admin"][2])
    c.sign_in_view.submit.click()
    h.wait(lambda: c.session.signed_in is not None and c.figures.figures is not None)


def figures_tabs(page) -> list[tuple[str, str]]:
    """The page's texts with each of its ticket tables shown in turn."""
    texts: list[tuple[str, str]] = []
    for i in range(page.tabs.count() - 1):  # the last tab is the follow-ups
        page.tabs.setCurrentIndex(i)
        texts += [(f"tab {i}: {where}", text) for where, text in page_texts(page)]
        texts.append((f"tab {i} title", page.tabs.tabText(i)))
    texts += [
        ("chart legend", chart.legend()),
        *((f"chart axis {p.label}", chart.axis_label(p.label)) for p in page.chart.points),
    ]
    return texts


def manager_states(
    h: Hall, dialogs: Dialogs
) -> Iterator[tuple[str, QWidget, object, list[tuple[str, str]], list[str]]]:
    """(state, page, view-model, extra texts, data) for each state of the manager's pages."""
    c, ctx = h.c, h.ctx
    sign_in_manager(h)
    fp, fvm = c.figures_page, c.figures
    # 统计: today by the hour, this month and the past year by the day
    assert c.workspace.pages.currentWidget() is fp
    yield "figures-today", fp, fvm, figures_tabs(fp), figures_data(fvm)
    for period in ("month", "year"):
        fvm.set_period(period)
        h.wait(lambda p=period: fvm.figures is not None and fvm.period == p and not fvm.figures.single_day)
        yield f"figures-{period}", fp, fvm, figures_tabs(fp), figures_data(fvm)
    fp.csv.click()
    h.wait(lambda: (h.home / "export.csv").exists() and fvm.last_message[0] == "ok")
    yield "figures-exported", fp, fvm, dialogs.texts, [str(h.home / "export.csv")]
    # 差评整改: the board, the settle refused with nothing selected, then one settled
    fp.tabs.setCurrentIndex(fp.tabs.count() - 1)
    fvm.load_followups()
    h.wait(lambda: bool(fvm.followups))
    yield "followups", fp, fvm, [("tab title", fp.tabs.tabText(fp.tabs.count() - 1))], figures_data(fvm)
    fp.followup_table.clearSelection()
    fp.settle.click()
    yield "followups-nothing-selected", fp, fvm, [], figures_data(fvm)
    fp.followup_table.selectRow(0)
    fp.settle.click()
    h.wait(lambda: fvm.last_message[0] == "ok")
    yield "followups-settled", fp, fvm, dialogs.texts, [*figures_data(fvm), "已核实并整改"]
    # 账号与窗口
    ap, avm = c.accounts_page, c.accounts
    c.workspace.show_page("accounts")
    avm.refresh()
    h.wait(lambda: bool(avm.accounts) and bool(avm.windows))
    ap.accounts.selectRow(1)
    yield "accounts", ap, avm, [], []
    for _ in range(accounts.LOCK_AFTER_FAILURES):
        with pytest.raises(YimenError):
            accounts.sign_in(ctx, username="lina", password="wrong", terminal_id="T-0009")
    avm.refresh()
    h.wait(lambda: any(a.locked_until is not None for a in avm.accounts))
    yield "accounts-locked", ap, avm, [], []
    ap.accounts.selectRow(next(i for i, a in enumerate(avm.accounts) if a.username == "lina"))
    ap.unlock.click()
    h.wait(lambda: avm.last_message[0] == "ok" and all(a.locked_until is None for a in avm.accounts))
    yield "accounts-unlocked", ap, avm, [], []
    ap.w_number.setValue(42)
    yield "accounts-new-window", ap, avm, [], []
    sixth = next(i for i, w in enumerate(avm.windows) if w.number == 6)
    ap.windows.selectRow(sixth)
    ap.w_save.click()
    h.wait(lambda: avm.last_message[0] == "ok")
    yield "accounts-window-saved", ap, avm, [], []
    ap.accounts.clearSelection()
    ap.reset.click()
    assert avm.last_message[0] == "error"
    yield "accounts-nothing-selected", ap, avm, [], []
    ap.username.setText("zhaoli05")
    ap.display.setText("赵丽")
    ap.role.setCurrentIndex(0)
    ap.password.setText("weak")
    ap.create_btn.click()
    h.wait(lambda: avm.last_message[0] == "error")
    _level, refusal, hint = avm.last_message  # the service's words (shared/ui/error_words.py)
    yield "accounts-weak-password", ap, avm, [], [refusal, hint]
    ap.password.setText("Temp#Pass2026")
    ap.create_btn.click()
    h.wait(lambda: avm.last_message[0] == "ok" and any(a.username == "zhaoli05" for a in avm.accounts))
    yield "accounts-added", ap, avm, [], ["赵丽"]
    added = next(i for i, a in enumerate(avm.accounts) if a.username == "zhaoli05")
    ap.accounts.selectRow(added)
    ap.toggle.click()
    h.wait(
        lambda: (
            avm.last_message[0] == "ok"
            and any(a.username == "zhaoli05" and not a.active for a in avm.accounts)
        )
    )
    yield "accounts-disabled", ap, avm, [], ["赵丽"]
    ap.accounts.selectRow(next(i for i, a in enumerate(avm.accounts) if a.username == "zhaoli05"))
    dialogs.texts.clear()
    ap.reset.click()
    h.wait(lambda: avm.last_message[0] == "ok")
    yield "accounts-password-reset", ap, avm, dialogs.texts, ["赵丽"]
    ap.accounts.selectRow(next(i for i, a in enumerate(avm.accounts) if a.username == "zhaoli05"))
    dialogs.texts.clear()
    ap.role_btn.click()
    h.wait(lambda: avm.last_message[0] == "ok")
    yield "accounts-role-changed", ap, avm, dialogs.texts, ["赵丽"]
    # 终端状态: the other terminals beat, the nightly backup failed
    seed_other_terminals(ctx, h.clock, ctx.settings)
    lp, lvm = c.fleet_page, c.fleet
    c.workspace.show_page("fleet")
    h.wait(lambda: lvm.report is not None and len(lvm.report.terminals) >= 5 and bool(lvm.report.job_alerts))
    yield "fleet", lp, lvm, [], fleet_data(lvm)
    lvm.select("T-0101")
    h.wait(lambda: lvm.selected_status is not None)
    yield "fleet-selected", lp, lvm, [], fleet_data(lvm)
    lp.reason.setText("更换凭条纸卷")
    lp.pause.click()
    h.wait(lambda: lvm.report is not None and lvm.report.get("T-0101").pause_asked)
    yield "fleet-paused", lp, lvm, [], fleet_data(lvm)
    lp.resume.click()
    h.wait(lambda: lvm.report is not None and not lvm.report.get("T-0101").pause_asked)
    yield "fleet-resumed", lp, lvm, [], fleet_data(lvm)


def test_every_word_of_the_managers_pages_goes_through_translation(
    hall: Hall, pseudo: PseudoTranslator, dialogs: Dialogs
) -> None:
    common = hall_words(hall.ctx)
    problems: list[str] = []
    seen = []
    said: list[tuple[str, str]] = []
    for vm in (hall.c.figures, hall.c.accounts, hall.c.fleet):
        vm.message.connect(
            lambda _level, text, hint: said.extend([("message", text), ("message hint", hint)])
        )
    for state, page, _vm, extra, data in manager_states(hall, dialogs):
        seen.append(state)
        assert hall.c.workspace.pages.currentWidget() is page, state
        if state == "figures-today":
            # what was said while signing in (a second read of the figures while the first runs
            # is "still running", counter_app/viewmodels/base.py: not these pages' words)
            said.clear()
        texts = [*page_texts(page), *extra, *said]
        problems += [f"{state}: {p}" for p in han_in(texts, [*data, *common])]
        said.clear()
        if state == "fleet":
            page = hall.c.fleet_page
            rows = {page.table.item(r, 1).text(): r for r in range(page.table.rowCount())}
            # the words are the translation's, not just free of Chinese
            assert page.table.horizontalHeaderItem(0).text() == "Tr."
            assert page.table.item(rows["T-0101"], 9).text().startswith("Tr")
            assert page.jobs.text().startswith("Tr ")
    assert seen == list(STATES)
    assert not problems, "\n".join(problems)
    assert {context for context, _ in pseudo.asked} >= CONTEXTS


def test_the_managers_pages_in_english(qtbot, qapp, tmp_path: Path) -> None:
    """English, spot-checked: with ``[counter] language = "en"`` the figures, accounts and
    fleet pages read English around the hall's Chinese names, and every word fits (the screen
    check of the tours, at 1600×900)."""
    apply_counter_style(qapp)
    settings = demo_settings(tmp_path)
    settings = settings.model_copy(update={"counter": settings.counter.model_copy(update={"language": "en"})})
    clock = ManualClock(DEMO_NOW)
    ctx = HallContext.open(settings, clock=clock, create_key=True)
    c = None
    try:
        seed_demo_hall(ctx, clock)
        c = build_counter(ctx, devices=None)
        c.window.resize(1600, 900)
        c.window.show()
        qtbot.addWidget(c.window)
        qtbot.addWidget(c.evaluator)
        h = Hall(c, ctx, clock, tmp_path, qtbot)
        sign_in_manager(h)
        findings: list[str] = []
        fp = c.figures_page
        assert fp.period_buttons["today"].text() == "Today  [Alt+D]"
        assert fp.tiles["satisfaction"].text().endswith(" reviews)")
        assert fp.period_line.text().startswith("Period: ") and fp.period_line.text().endswith("(by hour)")
        # the tiles' grid lays itself out again once the figures are in
        qtbot.waitUntil(
            lambda: all(t.width() >= t.sizeHint().width() for t in fp.tiles.values()), timeout=5_000
        )
        findings += [str(f) for f in check_screen(fp, screen="figures-en", elder=False)]
        seed_other_terminals(ctx, clock, ctx.settings)
        c.workspace.show_page("fleet")
        h.wait(lambda: c.fleet.report is not None and len(c.fleet.report.terminals) >= 5)
        page = c.fleet_page
        rows = {page.table.item(r, 1).text(): r for r in range(page.table.rowCount())}
        assert page.table.horizontalHeaderItem(0).text() == "State"
        assert page.table.item(rows["T-0101"], 0).text() == "Alert"
        assert page.table.item(rows["T-0101"], 9).text() == "Slip printer out of paper"
        assert page.jobs.text().startswith('Scheduled jobs: Job "Encrypted database backup"')
        assert page.summary.text().startswith("5 terminals: ")
        qtbot.wait(50)  # the table's columns and rows resized to the rows just read
        findings += [str(f) for f in check_screen(page, screen="fleet-en", elder=False)]
        c.workspace.show_page("accounts")
        c.accounts.refresh()
        h.wait(lambda: bool(c.accounts.accounts) and bool(c.accounts.windows))
        ap = c.accounts_page
        roles = [ap.accounts.item(r, 2).text() for r in range(ap.accounts.rowCount())]
        assert "Hall manager" in roles and "Clerk" in roles
        assert ap.w_title.text().startswith("Edit window ")
        qtbot.wait(50)
        findings += [str(f) for f in check_screen(ap, screen="accounts-en", elder=False)]
        assert findings == []
    finally:
        if c is not None:
            c.shutdown()
        ctx.close()
        install_translations(qapp, SOURCE_LANGUAGE)


# ------------------------------------------------------ the same Chinese as the services word it


def test_the_pages_word_roles_kinds_and_states_as_the_services_do() -> None:
    """Marked for translation in the pages; in Chinese the services' own words, so the pages,
    the exports and the command line never disagree."""
    assert accounts_page.ROLE_WORDS == ROLE_LABELS
    assert {k: k.value for k in WindowKind} == accounts_page.KIND_WORDS
    assert set(accounts_page.SOURCE_WORDS) == {"store", "catalog", "default"}
    for number, name in ((3, ""), (6, "不动产登记一窗办理")):
        w = WindowInfo(number, WindowKind.DOMAIN, name, (), "store")
        assert accounts_page.window_label(w.number, w.name) == w.label
    assert {name: figures_page.COLUMN_WORDS[name] for name, _ in ticket_columns()} == dict(ticket_columns())
    assert fleet_page.LEVEL_WORDS == fleet.LEVEL_WORDS
    assert fleet_page.KIND_WORDS == fleet.KINDS
    assert fleet_page.DEVICE_WORDS == fleet.DEVICE_WORDS
    for module in JOB_MODULES:
        importlib.import_module(module)
    assert {job.title for job in REGISTRY.jobs()} == fleet_page.JOB_WORDS


def test_the_pages_reword_the_services_lines_to_the_same_chinese() -> None:
    """The figures' window lines and hours, the fleet's service states and alerts: reworded from
    the services' own fields or text, the same in Chinese."""
    windows: dict[str, TicketFigures] = {}
    for number in (None, 1, 12):
        line = figures_service._window_line(windows, number)
        assert figures_page.line_label("by_window", line) == line.label
    points = figures_service._series([], single_day=True, open_hours=[9, 10, 14])
    assert [chart.axis_label(p.label) for p in points] == ["09时", "10时", "14时"]
    assert chart.axis_label("2026-11-17") == "11-17"
    now = datetime(2026, 11, 17, 10, 0)

    def beat(**kw) -> Heartbeat:
        fields = dict(
            terminal_id="T-0101", kind="kiosk", name="1号自助机", version="0.2.0", host="kiosk-1",
            started_at=now - timedelta(hours=2), at=now, screen="home", devices={}, outbox_backlog=0,
            last_sync_at=None, errors=[], service_state="open",
        )  # fmt: skip
        fields.update(kw)
        return Heartbeat(**fields)  # type: ignore[arg-type]

    devices = {
        "printer": {"state": "paper_out"},
        "a4": {"state": "paper_low"},
        "idcard": {"state": HealthState.OFFLINE, "detail": "读卡器未连接"},
        "scanner": {"state": HealthState.OFFLINE},
        "tts": {"state": HealthState.DEGRADED, "detail": "语音引擎正在启动"},
        "camera": {"state": HealthState.DEGRADED},
    }
    beats = [
        beat(devices=devices, outbox_backlog=900),
        beat(terminal_id="T-0102", version="0.1.0", at=now - timedelta(minutes=7)),
        beat(terminal_id="T-0103", at=now - timedelta(seconds=150)),
        beat(terminal_id="T-0104", at=now - timedelta(hours=5)),
        beat(terminal_id="T-0105", at=now - timedelta(days=3)),
        beat(terminal_id="T-0106", at=now),
    ]
    runs = [
        JobRun(
            str(i),
            name,
            now,
            1,
            "schedule",
            state,
            "T-0106",
            "h",
            1,
            now - timedelta(hours=i),
            now,
            "",
            {},
            error,
        )
        for i, (name, state, error) in enumerate(
            (
                ("backup.create", FAILED, "没有设置备份口令"),
                ("data.purge", INTERRUPTED, ""),
                ("unknown.job", FAILED, "boom\nsecond line"),
            )
        )
    ]
    for module in JOB_MODULES:
        importlib.import_module(module)
    commands = {
        "T-0106": TerminalCommand("T-0106", "paused", "换纸", "admin", now),
        "T-0105": TerminalCommand("T-0105", "paused", "", "admin", now),
    }
    report = fleet.derive_fleet(beats, commands, runs, now=now, settings=FleetSettings(max_backlog=100))
    codes = set()
    for t in report.terminals:
        for a in t.alerts:
            codes.add(a.code)
            assert fleet_page.alert_words(a) == a.text
    for a in report.job_alerts:
        assert fleet_page.alert_words(a) == a.text
    assert codes >= {
        "offline",
        "paper_out",
        "paper_low",
        "device_offline",
        "device_degraded",
        "backlog",
        "version",
        "job",
    }
    for service_state in ("open", "paused"):
        for cmd in (None, commands["T-0106"]):
            t = fleet.TerminalStatus(beat(service_state=service_state), True, 0.0, (), cmd)
            assert fleet_page.service_word(t) == t.service_words
    for seconds in (0, 119, 120, 7199, 7200, 2 * 86400 - 1, 2 * 86400, 30 * 86400):
        text = fleet._duration(seconds)
        n, unit = text.split(" ")
        assert fleet_page.duration_words(int(n), unit) == text
