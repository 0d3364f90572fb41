"""The counter's 办件查询, 办不成事, 首问登记, 材料流转 and 证明验真 pages through Qt's translation
system (issue 16, point 7; docs/translations.md): with a pseudo-translation installed, every
word of these pages and of what their view-models say is the translation's, and no Han
character is left but data.

The pages are driven through the counter tour's states (yimen/tour/counter.py): the hall's
cases with an overdue one opened, a case whose 电子户口簿 was verified beside a refused check
waiting for follow-up, 在途材料 with a bundle opened and another scanned in (its case accepted
here), the 办不成事 list with a complaint opened and a kiosk asking for help, a kiosk's call
taken as 首问 and a question registered, and a certificate checked genuine, then a tampered copy
refused. What stays Chinese is data, named here: case, complaint, registration and 流转单
numbers; item, material, department and service-point names; people's (masked) names and the
staff's names; what staff or residents typed (summaries, notes, reasons); the kiosk's name and
the reason it gave; the names of special procedures the catalogue publishes; the platform's
answers (a refused check's reason, a certificate's title and issuer).

Not this page's words, and so left out here: the explanation a certificate check gives
(``Verification.reason``, worded by shared/services/certificates.py) and the printer's outcome
(``PrintOutcome.message``, the session's); both are in the report of what is not translated.

The Chinese these pages show is unchanged: the view-models re-word what the services word
(states, deadlines, ages, the clock, the detail's lines) with the services' own Chinese, and
the tests at the end hold the two the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QTableWidget, QWidget

from counter_app.app import build_counter
from counter_app.controller import CounterController
from counter_app.style import apply_counter_style
from counter_app.viewmodels import cases as cases_vm
from counter_app.viewmodels import complaints as complaints_vm
from counter_app.viewmodels import first_asks as first_asks_vm
from counter_app.viewmodels import transfers as transfers_vm
from counter_app.viewmodels import verify as verify_vm
from counter_app.viewmodels.ages import age_words
from devices.manager import DeviceManager
from devices.scanner.simulated import SimulatedScanner
from shared.domain import agency as agency_domain
from shared.domain import cases as cases_domain
from shared.domain import certificates as certificates_domain
from shared.domain import complaints as complaints_domain
from shared.domain import first_asks as first_asks_domain
from shared.domain.deadlines import deadline_status
from shared.domain.workdays import WorkingDayCalendar
from shared.services import case_clock, licences
from shared.services.case_list import FILTER_LABELS
from shared.services.certificates import Verification
from shared.services.clock import ManualClock
from shared.services.complaints import NOTIFY_WAYS
from shared.services.context import HallContext
from shared.services.permissions import ROLE_LABELS
from shared.services.slips import DELIVERY_LABELS
from shared.ui.device_bridge import DeviceBridge
from shared.ui.i18n import SOURCE_LANGUAGE, install_translations
from tests.support.translation import PseudoTranslator, han_in, widget_texts
from yimen.demo.agency_day import seed_in_transit
from yimen.demo.counter_hall import STAFF, seed_demo_hall
from yimen.demo.documents import issue_certificate, query_platform, tampered
from yimen.demo.licence_days import window_licence_cases
from yimen.demo.settings import DEMO_NOW, demo_settings

pytestmark = pytest.mark.qt

CONTEXTS = {
    "CounterCases",
    "CounterComplaints",
    "CounterFirstAsks",
    "CounterTransfers",
    "CounterVerify",
    "CounterAge",
}
STATES = (
    "cases",
    "cases-licence",
    "transfers-in-transit",
    "transfers-received",
    "complaints",
    "first-asks",
    "first-asks-manager",
    "verify-genuine",
    "verify-refused",
)


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
    for combo in page.findChildren(QComboBox):
        if combo.isVisibleTo(page):
            texts += [(f"drop-down choice {i}", combo.itemText(i)) for i in range(combo.count())]
    return texts


def said(vm) -> list[tuple[str, str]]:
    """What the view-model last told the clerk (the message line's text and hint)."""
    _level, text, hint = vm.last_message
    return [("message", text), ("message hint", hint)]


# ------------------------------------------------------------------------------- the data


def staff_names(ctx: HallContext) -> list[str]:
    with ctx.unit_of_work(read_only=True) as uow:
        accounts = uow.accounts.list(include_inactive=True)
    return [a.display_name for a in accounts] + [name for name, _role, _pw in STAFF.values()]


def catalogue_names(ctx: HallContext) -> list[str]:
    """Items, materials, departments and service points as the catalogue names them."""
    catalog = ctx.catalog()
    words = [p.name for p in catalog.points.values()]
    for item in catalog.items.values():
        words += [item.name, item.department, *(m.name for m in item.materials)]
    return words


def cases_data(vm) -> list[str]:
    words: list[str] = []
    for row in vm.rows:
        words += [row.item_name, row.applicant, row.applicant_id, *(m.name for m in row.owed)]
    d = vm.detail
    if d is not None:
        words += [d.row.item_name, d.row.applicant, d.decision_note, *d.missing]
        words += [x for m in d.materials for x in (m.name, m.note, m.reference)]
        words += [e.note for e in d.history]
    if vm.clock is not None:
        words += [*vm.clock.procedures, *(p.name for p in vm.clock.paused)]
    for f in vm.licence_followups:
        words += [f.material_name, f.reason]  # the platform's answer
    return [w for w in words if w]


def transfers_data(vm) -> list[str]:
    words: list[str] = []
    for t in [*vm.items, *([vm.selected] if vm.selected else [])]:
        words += [t.item_name, t.principal, t.agent, t.route_text, t.at_name, t.origin_name, t.received_by]
        words += [re.sub(r"\d+份$", "", m) for m in t.materials]
        for s in t.steps:
            words += [s.from_name, s.to_name, s.handed_by, s.received_by]
    if vm.last is not None:
        words.append(vm.last.received.not_accepted_because)  # the service's reason, when not accepted
        if vm.last.printed is not None:
            words.append(vm.last.printed.message)  # the session's words for the printer's outcome
    return [w for w in words if w]


def complaints_data(vm) -> list[str]:
    words: list[str] = []
    for c in [*vm.items, *([vm.selected] if vm.selected else [])]:
        words += [c.summary, c.person, c.person_id, c.phone, c.assignee, c.resolution]
        words += [x for h in c.history for x in (h.note, h.by_name)]
    for h in vm.help:
        words += [h.terminal_name, h.reason]
    return [w for w in words if w]


def first_asks_data(vm) -> list[str]:
    words: list[str] = []
    for v in [*vm.items, *([vm.selected] if vm.selected else [])]:
        words += [
            v.summary,
            v.summary[:30],
            v.person,
            v.person_id,
            v.phone,
            v.owner_name,
            v.first_owner_name,
            v.outcome,
        ]
        words += [x for h in v.history for x in (h.note, h.by_name)]
    for h in vm.help:
        words += [h.terminal_name, h.reason]
    words += [c.display_name for c in vm.colleagues]
    return [w for w in words if w]


def verify_data(vm) -> list[str]:
    r = vm.result
    if r is None:
        return []
    # the reason is the service's sentence, not the page's (see the module's docstring)
    return [w for w in (r.title, r.holder, r.holder_id, r.issuer, r.reason) if w]


# ------------------------------------------------------------------------------- the hall


class Hall:
    def __init__(
        self, c: CounterController, ctx: HallContext, clock: ManualClock, home: Path, numbers, qtbot
    ):
        self.c, self.ctx, self.clock, self.home, self.numbers, self.qtbot = (
            c,
            ctx,
            clock,
            home,
            numbers,
            qtbot,
        )

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
def hall(qtbot, qapp, tmp_path: Path, pseudo) -> Iterator[Hall]:
    """The tour's hall: the demo store (cases of the past weeks, a complaint, a question, a
    kiosk asking for help) at 10:00 on Tuesday 17 November 2026, simulated devices."""
    apply_counter_style(qapp)
    settings = demo_settings(tmp_path)
    clock = ManualClock(DEMO_NOW)
    ctx = HallContext.open(settings, clock=clock, create_key=True)
    bridge = DeviceBridge()
    devices = DeviceManager(settings.devices, on_event=bridge.on_event, spool_dir=tmp_path / "spool")
    c = None
    try:
        numbers = seed_demo_hall(ctx, clock)
        devices.start()
        c = build_counter(ctx, devices=devices, bridge=bridge)
        c.window.resize(1600, 900)
        c.window.show()
        qtbot.addWidget(c.window)
        qtbot.addWidget(c.evaluator)
        yield Hall(c, ctx, clock, tmp_path, numbers, qtbot)
    finally:
        if c is not None:
            c.shutdown()
        devices.stop()
        ctx.close()


def sign_in(h: Hall, user: str) -> None:
    c = h.c
    if c.session.signed_in is not None:
        c.signin.sign_out("换人")
        h.wait(lambda: c.session.signed_in is None)
    c.sign_in_view.username.setText(user)
    c.sign_in_view.password.setText(STAFF[user][2])
    c.sign_in_view.submit.click()
    h.wait(lambda: c.session.signed_in is not None and c.session.signed_in.username == user)


def page_states(h: Hall) -> Iterator[tuple[str, QWidget, object, list[str]]]:
    """(state, page, view-model, data) for each of the tour's states of these pages."""
    c, ctx = h.c, h.ctx
    sign_in(h, "lina")
    # the hall's cases, overdue and soon-due first; the overdue one opened
    c.workspace.show_page("cases")
    c.cases_page.scope.setCurrentIndex(1)
    h.wait(lambda: bool(c.cases.rows))
    c.cases.open(h.numbers["overdue"])
    h.wait(lambda: c.cases.detail is not None and c.cases.clock is not None)
    yield "cases", c.cases_page, c.cases, cases_data(c.cases)
    # 免证办: a verified 电子户口簿, and a refused check waiting for the window to follow up
    verified = window_licence_cases(ctx, ctx.settings, h.home)
    c.cases.refresh()
    c.cases.open(verified)
    h.wait(
        lambda: (
            c.cases.detail is not None
            and c.cases.detail.row.case_no == verified
            and bool(c.cases.licence_followups)
        )
    )
    yield "cases-licence", c.cases_page, c.cases, cases_data(c.cases)
    # 材料流转: two bundles on their way, one opened; then the older one's slip scanned in
    on_way = seed_in_transit(ctx, h.clock)
    c.workspace.show_page("transfers")
    c.transfers.refresh()
    h.wait(lambda: len(c.transfers.items) == 2)
    c.transfers.select(c.transfers.items[0].transfer_no)
    h.wait(lambda: c.transfers.selected is not None)
    yield "transfers-in-transit", c.transfers_page, c.transfers, transfers_data(c.transfers)
    scanner = c.session.devices.scanner
    assert isinstance(scanner, SimulatedScanner)
    scanner.present(on_way[0].slip.qr_text)
    h.wait(lambda: c.transfers.last is not None and len(c.transfers.items) == 1, timeout=60_000)
    yield "transfers-received", c.transfers_page, c.transfers, transfers_data(c.transfers)
    # 办不成事, a kiosk asking for help
    c.complaints.poll_help()
    c.workspace.show_page("complaints")
    c.complaints.refresh()
    h.wait(lambda: bool(c.complaints.items) and bool(c.complaints.help))
    c.complaints.select(c.complaints.items[0].complaint_no)
    h.wait()
    yield "complaints", c.complaints_page, c.complaints, complaints_data(c.complaints)
    # 首问登记: the kiosk's call taken as 首问, a question registered at the window
    c.workspace.show_page("firstasks")
    c.first_asks.refresh()
    h.wait(lambda: bool(c.first_asks.help))
    c.first_asks_page.take.click()
    h.wait(lambda: c.first_asks.selected is not None)
    c.first_asks_page.summary.setPlainText("问孩子上学的居住证明在哪里开")
    c.first_asks_page.save.click()
    h.wait(lambda: len(c.first_asks.items) == 2 and bool(c.first_asks.colleagues))
    yield "first-asks", c.first_asks_page, c.first_asks, first_asks_data(c.first_asks)
    # the manager's list: every open registration and its age, one opened with its history
    sign_in(h, "admin")
    c.workspace.show_page("firstasks")
    c.first_asks.refresh()
    h.wait(lambda: len(c.first_asks.items) >= 4)
    c.first_asks.select(c.first_asks.items[0].ask_no)
    h.wait(lambda: c.first_asks.selected is not None and bool(c.first_asks.selected.history))
    yield "first-asks-manager", c.first_asks_page, c.first_asks, first_asks_data(c.first_asks)
    sign_in(h, "lina")
    # 证明验真: a 参保证明 printed at the kiosk, then a copy with the holder's number changed
    with query_platform(ctx, h.home):
        issued = issue_certificate(ctx)
        scanner.present(issued.qr_text)
        h.wait(lambda: c.verify.result is not None, timeout=60_000)
        yield "verify-genuine", c.verify_page, c.verify, verify_data(c.verify)
        scanner.present(tampered(issued.qr_text))
        h.wait(lambda: c.verify.result is not None and not c.verify.result.genuine, timeout=60_000)
        yield "verify-refused", c.verify_page, c.verify, verify_data(c.verify)


def test_every_word_of_these_pages_goes_through_translation(hall: Hall, pseudo: PseudoTranslator) -> None:
    common = [*staff_names(hall.ctx), *catalogue_names(hall.ctx)]
    problems: list[str] = []
    seen = []
    for state, page, vm, data in page_states(hall):
        seen.append(state)
        assert hall.c.workspace.pages.currentWidget() is page, state
        texts = [*page_texts(page), *said(vm)]
        problems += [f"{state}: {p}" for p in han_in(texts, [*data, *common])]
        if state == "cases":
            # the words are the translation's, not just free of Chinese
            assert hall.c.cases_page.table.horizontalHeaderItem(0).text() == "Tr."
            assert hall.c.cases_page.detail_body.text().startswith("Tr ")
    assert seen == list(STATES)
    assert not problems, "\n".join(problems)
    assert {context for context, _ in pseudo.asked} >= CONTEXTS


# ------------------------------------------------------ the same Chinese as the services word it


def test_the_pages_word_states_and_kinds_as_the_domain_does() -> None:
    """Marked for translation in the view-models; in Chinese the domain's own words, so the
    pages, the printouts and the command line never disagree."""
    assert {k: v for k, v in cases_vm.FILTER_WORDS.items()} == FILTER_LABELS
    assert cases_vm.STATE_WORDS == cases_domain.STATE_LABELS
    assert cases_vm.RECEIPT_WORDS == cases_domain.RECEIPT_LABELS
    assert (
        set(cases_vm.DELIVERY_WORDS) == set(cases_vm.DELIVERY_WORDS.values()) == set(DELIVERY_LABELS.values())
    )
    assert set(cases_vm.AGENCY_WORDS.values()) == set(agency_domain.AGENCY_LABELS.values())
    assert complaints_vm.CATEGORY_WORDS == complaints_domain.CATEGORY_LABELS
    assert complaints_vm.STATE_WORDS == complaints_domain.STATE_LABELS
    assert complaints_vm.NOTIFY_WORDS == NOTIFY_WAYS
    assert first_asks_vm.KIND_WORDS == first_asks_domain.KIND_LABELS
    assert first_asks_vm.STATE_WORDS == first_asks_domain.STATE_LABELS
    assert first_asks_vm.ROLE_WORDS == ROLE_LABELS
    assert transfers_vm.STATE_WORDS == agency_domain.TRANSFER_STATE_LABELS
    assert transfers_vm.AGENCY_WORDS == agency_domain.AGENCY_LABELS
    assert verify_vm.VERDICT_WORDS == certificates_domain.VERDICT_LABELS


def test_the_pages_reword_the_services_sentences_to_the_same_chinese() -> None:
    """Deadlines, ages, the case clock, a refused check, a certificate's lines and the case
    detail's lines: reworded from the services' own text or fields, the same in Chinese."""
    today = date(2026, 11, 17)
    calendar = WorkingDayCalendar()  # the published holidays; past them, plain days
    for state in cases_domain.CaseState:
        for days in (-40, -3, -1, 0, 1, 2, 5, 30, 800):
            status = deadline_status(
                state=state, promised=today + timedelta(days=days), today=today, calendar=calendar
            )
            assert cases_vm.deadline_words(status.text) == status.text
    for text in ("超期3天（日历未发布，按自然日估算）", "即将到期：剩1天（日历未发布，按自然日估算）",
                 "剩12天（日历未发布，按自然日估算）", "超期12个工作日", "即将到期：剩2个工作日", "剩9个工作日",
                 "已结束", "未受理", "—", "补正中（计时暂停）", "今天到期", "专家评审中（计时暂停）"):  # fmt: skip
        assert cases_vm.deadline_words(text) == text
    now = datetime(2026, 11, 17, 10, 0)
    for minutes in (0, 1, 59, 60, 61, 119, 24 * 60, 24 * 60 + 59, 25 * 60, 3 * 24 * 60 + 7, 40 * 24 * 60):
        label = agency_domain.age_label(now - timedelta(minutes=minutes), now)
        assert age_words(label) == label == first_asks_domain.age_label(timedelta(minutes=minutes))
    period = case_clock.PausedPeriod
    for provisional in (False, True):
        clock = case_clock.CaseClock(
            case_no="1", state="accepted", accepted_on=today, promised_date=today + timedelta(days=9),
            legal_date=None, provisional=provisional, running=False, stopped_by="专家评审",
            status_text="专家评审中（计时暂停）", working_days_left=None, warn=False,
            paused=[
                period("supplement", "补正", "补正", today - timedelta(days=9), today - timedelta(days=6), None, None, 3),
                period("special", "特别程序", "专家评审", today - timedelta(days=2), None, today + timedelta(days=3), 5, 2),
                period("special", "特别程序", "听证", today, None, None, None, 0),
            ],
            paused_working_days=5,
        )  # fmt: skip
        assert cases_vm.clock_lines(clock) == clock.lines()
    for kind in (licences.E_LICENCE, licences.DATA_SHARING):
        f = licences.LicenceFollowUp(
            1, "53282220261117000017", "居民户口簿", kind, "持证人与申请人不一致", None, 1
        )
        assert cases_vm.followup_line(f) == f.line
    for verdict in certificates_domain.Verdict:
        for mode in ("offline", "online", "none"):
            full = Verification(verdict, "签名有效", mode, title="参保证明", holder="岩*", holder_id="532822********0012",
                                issued=today, valid_until=today + timedelta(days=90), issuer="勐海县社保局",
                                verify_code="K7QM2XPD9TAF")  # fmt: skip
            for v in (full, Verification(verdict, "无法识别", mode)):
                assert verify_vm.verification_lines(v) == v.lines()
    for text in ("窗口领取", "电子送达", "免费邮寄", "免费邮寄（邮件号 1187654321）"):
        assert cases_vm.delivery_words(text) == text
    for text in ("省内通办", "跨省通办，承办地 勐遮镇（532822104）"):
        assert cases_vm.cross_words(text) == text
    assert cases_vm.agent_words("岩* 5328**********0012（免费代办，景真村便民服务站）") == (
        "岩* 5328**********0012（免费代办，景真村便民服务站）"
    )
    for text in (
        "LZ202611170001：在途，现在勐遮镇便民服务中心",
        "LZ202611170001：已签收，已到勐海县政务服务中心",
    ):
        assert cases_vm.transfer_line_words(text) == text
    for text in ("户口簿1份", "授权委托书2份", "居民身份证"):
        assert transfers_vm.material_words(text) == text
