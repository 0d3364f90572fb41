"""The counter's intake through Qt's translation system (issue 16, point 7; docs/translations.md):
the applicant (① 申请人), the item and its checklist (② 事项与材料) and the decision (③ 受理决定)
say nothing in Chinese of their own once a translation is installed.

A pseudo-translation (every message "Tr …." with its placeholders kept) is installed before the
counter is built, and a case is driven through the intake as a chief representative serves: an
applicant whose earlier case the hall holds reads her ID card, the clerk searches (a hit, nothing
found), picks the 身后一件事 bundle, lets one material follow (容缺) and marks the paper file
received, accepts it and asks for the review; then a 即办件 taken for another place in the
province, accepted and finished on the spot; a typed applicant told what to bring (一次性告知) and
then refused (不予受理); and an agent applying for a farmer with both their cards on the reader.
At each state every text of the three panels (labels, buttons, placeholders, tooltips, accessible
names, table headers and cells, drop-down entries, the search's list) and every message the two
view-models said is searched for Chinese. What stays Chinese is data, named here: what the
applicant, the agent and the clerk wrote (names, the reason, the authority), what the catalogue
says (item, bundle, department and material names and requirements), the places' names, and the
one-time notice's lines as printed and stored (the materials service words them).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QPlainTextEdit, QTableWidget, QWidget

from counter_app.app import build_counter
from counter_app.case_words import STATE_WORDS
from counter_app.checklist import RECEIPT_WORDS
from counter_app.session import CounterOptions
from counter_app.viewmodels.intake import limit_words
from counter_app.views.decision_panel import GROUNDS_WORDS
from shared.domain.cases import (
    RECEIPT_LABELS,
    STATE_LABELS,
    ApplicantKind,
    CaseState,
    CrossRegion,
    MaterialReceipt,
    ReceiptMethod,
)
from shared.domain.catalog.guide_lines import limit_text
from shared.domain.catalog.loader import load_demo_catalog
from shared.domain.catalog.vocab import HandlingKind, Necessity
from shared.domain.masking import mask_name
from shared.domain.refusals import GROUNDS_LABELS, RefusalGrounds
from shared.services import cases
from shared.services.actor import Actor, Role
from shared.ui.i18n import install_translations
from tests.support.counter import settle, sign_in
from tests.support.translation import PseudoTranslator, han_in, widget_texts
from yimen.demo.agency_day import MEDICAL_INSURANCE
from yimen.tour.screen_check import shown

pytestmark = pytest.mark.qt

BUNDLE = "YJS-SH"  # 身后一件事: three items, one merged list
ON_THE_SPOT = "11532822MB153717693000010040000"  # 个人参保证明查询打印: 即办件, 跨省通办 allowed
LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认
YOUNG = "532801200508150037"  # young_adult_han on the simulated reader
TYPED_ID, TYPED_NAME = "532822199803150028", "刀玉香"
REASON = "申请人户籍在景洪市，低保由户籍所在地审核确认。"
AUTHORITY = "景洪市民政局"
EARLIER_NAME = "岩罕"  # the name the hall stored with her earlier case

STATES = (
    "empty", "card-read", "search-hits", "search-nothing", "bundle-missing", "bundle-received",
    "bundle-accepted", "cross-region", "on-the-spot-accepted", "finished", "typed", "one-time-notice",
    "not-accepted", "agent-cards", "agent-checklist", "agent-accepted",
)  # fmt: skip


@pytest.fixture
def pseudo_counter(qtbot, qapp, ctx, devices, bridge) -> Iterator:
    """The counter built with the pseudo-translation installed (the panels word themselves as
    they are built); afterwards the translator goes and the counter's own zh_CN comes back."""
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    c = None
    try:
        c = build_counter(ctx, devices=devices, bridge=bridge, options=CounterOptions(max_recalls=2))
        c.window.resize(1600, 940)
        c.window.show()
        qtbot.addWidget(c.window)
        qtbot.addWidget(c.evaluator)
        yield c, translator
    finally:
        if c is not None:
            c.shutdown()
        qapp.removeTranslator(translator)
        install_translations(qapp, "zh_CN")


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName() or '-'}"


def panel_texts(root: QWidget) -> list[tuple[str, str]]:
    """widget_texts, and what it does not read: table headers, cells and their tooltips (every
    row, scrolled or not), every drop-down entry, the search's list, a text box's placeholder."""
    texts = widget_texts(root)
    for w in shown(root):
        name = _name(w)
        if isinstance(w, QTableWidget):
            for col in range(w.columnCount()):
                head = w.horizontalHeaderItem(col)
                texts.append((f"{name} header {col}", head.text() if head is not None else ""))
            for r in range(w.rowCount()):
                for col in range(w.columnCount()):
                    item = w.item(r, col)
                    if item is not None:
                        texts += [(f"{name} [{r},{col}]", item.text()), (f"{name} [{r},{col}] (tooltip)", item.toolTip())]
                    inside = w.cellWidget(r, col)
                    if isinstance(inside, QComboBox):
                        texts += [(f"{name} [{r},{col}] entry", inside.itemText(i)) for i in range(inside.count())]
                    elif inside is not None:
                        texts += [(f"{name} [{r},{col}] {k}", t) for k, t in widget_texts(inside)]
                        placeholder = getattr(inside, "placeholderText", None)
                        if placeholder is not None:
                            texts.append((f"{name} [{r},{col}] (placeholder)", placeholder()))
        elif isinstance(w, QComboBox):
            texts += [(f"{name} entry {i}", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            texts += [(f"{name} line {i}", w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QPlainTextEdit):
            texts.append((f"{name} (placeholder)", w.placeholderText()))
    return texts


def data_words(c, ctx) -> list[str]:
    """What stays as written in every language, from what the screens show now."""
    words = [REASON, AUTHORITY, EARLIER_NAME, mask_name(EARLIER_NAME)]
    for values in (c.applicant.values, c.applicant.agent_values):
        for value in values.values():
            words += [value, mask_name(value) if value else ""]
    f = c.applicant.file
    if f is not None:
        words += [f.name, *(e.item_name for e in f.cases), *(m.name for m in f.reusable)]
    catalog = ctx.catalog()
    for h in c.intake.hits:
        words.append(h.name)
        words.append(catalog.bundle(h.code).lead_department if h.kind == "bundle" else catalog.item(h.code).department)
    cl = c.intake.checklist
    if cl is not None:
        words += [cl.title, *(i.name for i in cl.items)]
        words += [r.name for r in cl.rows] + [r.material.requirement for r in cl.rows]
        words += [r.suggestion for r in cl.rows if r.method is ReceiptMethod.E_LICENCE]  # the platform's note
    for outcome in [*c.intake.accepted, *c.intake.refused]:
        words.append(outcome.case.record.item_name)
        if not outcome.printed.ok:
            words.append(outcome.printed.message)  # the printer's words
    for r in c.intake.refused:
        words += r.check.lines()  # the one-time notice's lines, as printed and stored
    for t in c.intake.taken:
        words += [t.taken.case.record.item_name, t.taken.transfer.route_text, t.taken.transfer.agent]
        words += list(t.taken.transfer.materials)
    region = c.work_page.decision_panel.region
    words += [region.itemText(i) for i in range(region.count())]  # the places' names
    return [w for w in words if w]


def intake_states(c, ctx, devices, qtbot) -> Iterator[str]:
    """The intake from an empty form to an agent's case, yielding each state's name."""
    panel = c.work_page.intake_panel
    decision = c.work_page.decision_panel
    reader = devices.simulators["idcard"]

    def wait(until) -> None:
        qtbot.waitUntil(lambda: c.runner.wait_idle(0.05) and until(), timeout=20_000)
        settle(c, qtbot)

    sign_in(c, qtbot, "yanwen")  # a chief representative: may finish a 即办件 on the spot
    # the hall holds her earlier case, so her file has materials to reuse
    item = ctx.catalog().item(LOW_INCOME)
    cases.accept_case(
        ctx,
        actor=Actor(user="lina", role=Role.CLERK, terminal_id="T-0001", window_no=1),
        item_code=LOW_INCOME,
        applicant=cases.Applicant(ApplicantKind.PERSON, YOUNG, EARLIER_NAME),
        materials=[
            MaterialReceipt(m.code, m.name, ReceiptMethod.PAPER_ORIGINAL, copies=m.copies)
            for m in item.materials
            if m.required is not Necessity.OPTIONAL
        ],
    )
    yield "empty"
    reader.place_card("young_adult_han")
    wait(lambda: c.applicant.card_read and c.applicant.file is not None)
    yield "card-read"
    c.work_page.show_step(1)
    panel.query.setText("dbsq")
    wait(lambda: panel.hits.count() > 0 and panel.hits.item(0).data(Qt.ItemDataRole.UserRole) is not None)
    panel.query.setText("身后")
    wait(lambda: any(h.kind == "bundle" for h in c.intake.hits) and panel.hits.count() == len(c.intake.hits))
    yield "search-hits"
    panel.query.setText("zzqqxx")
    wait(lambda: not c.intake.hits and panel.hits.count() == 1)
    yield "search-nothing"
    c.intake.pick("bundle", BUNDLE)
    wait(lambda: c.intake.checklist is not None)
    cl = c.intake.checklist
    rows = {r.code: i for i, r in enumerate(cl.rows)}
    assert c.intake.mark(rows["QSGX"], ReceiptMethod.DEFERRED)
    assert cl.unreceived_required()
    yield "bundle-missing"
    panel.receive_all.click()
    wait(lambda: not cl.unreceived_required())
    yield "bundle-received"
    c.work_page.show_step(2)
    decision.accept.click()
    wait(lambda: bool(c.intake.accepted))
    decision.ask_review.click()
    wait(lambda: c.intake.accepted[0].case.case_no in c.evaluation.clerk_status)
    yield "bundle-accepted"
    c.intake.pick("item", ON_THE_SPOT)
    wait(lambda: c.intake.checklist is not None and c.intake.can_cross_region)
    decision.cross.setCurrentIndex(decision.cross.findData(CrossRegion.IN_PROVINCE))
    decision.pick_region("532822104")
    wait(lambda: decision.region_code() == "532822104000")
    yield "cross-region"
    c.intake.receive_all_paper()
    decision.accept.click()
    wait(lambda: bool(c.intake.accepted))
    assert decision.finish.isVisible() and decision.finish.isEnabled()
    yield "on-the-spot-accepted"
    decision.finish.click()
    wait(lambda: c.intake.accepted[0].case.record.state is CaseState.COMPLETED)
    yield "finished"
    # the next applicant is typed by hand
    c.applicant.clear()
    c.intake.reset()
    reader.lift_card()
    c.work_page.show_step(0)
    edits = c.work_page.applicant_panel.edits
    for name, value in (("id_number", TYPED_ID), ("name", TYPED_NAME)):
        edits[name].setText(value)
        edits[name].editingFinished.emit()
    wait(lambda: c.applicant.file is not None)
    yield "typed"
    c.intake.pick("item", LOW_INCOME)
    wait(lambda: c.intake.checklist is not None)
    assert c.intake.mark(0, ReceiptMethod.PAPER_ORIGINAL)
    c.work_page.show_step(2)
    decision.supplement.click()
    wait(lambda: bool(c.intake.refused))
    yield "one-time-notice"
    c.intake.pick("item", LOW_INCOME)
    decision.grounds.setCurrentIndex(decision.grounds.findData(RefusalGrounds.OUTSIDE_POWERS))
    decision.reason.setPlainText(REASON)
    decision.authority.setText(AUTHORITY)
    decision.refuse.click()
    wait(lambda: bool(c.intake.refused) and c.intake.refused[0].not_accepted)
    yield "not-accepted"
    # an agent applies for a farmer (委托代办): both cards on the reader
    c.applicant.clear()
    c.intake.reset()
    c.work_page.show_step(0)
    reader.place_card("lahu_farmer")
    wait(lambda: c.applicant.card_read)
    c.work_page.applicant_panel.agency.setChecked(True)
    reader.lift_card()
    reader.place_card("hani_woman")
    wait(lambda: c.applicant.agent_card_read)
    yield "agent-cards"
    c.intake.pick("item", MEDICAL_INSURANCE)
    wait(lambda: c.intake.checklist is not None and c.intake.checklist.agent)
    yield "agent-checklist"
    c.intake.receive_all_paper()
    c.work_page.show_step(2)
    decision.accept.click()
    wait(lambda: bool(c.intake.accepted))
    yield "agent-accepted"
    reader.lift_card()


def test_every_string_of_the_intake_goes_through_translation(qtbot, ctx, devices, pseudo_counter) -> None:
    c, translator = pseudo_counter
    said: list[tuple[str, str]] = []
    for vm in (c.applicant, c.intake):
        vm.message.connect(lambda level, text, hint: said.extend([("message", text), ("message hint", hint)]))
    panels = (c.work_page.applicant_panel, c.work_page.intake_panel, c.work_page.decision_panel)
    problems: list[str] = []
    seen = []
    for state in intake_states(c, ctx, devices, qtbot):
        seen.append(state)
        step = c.work_page.steps.currentIndex()
        data = data_words(c, ctx)
        for i, panel in enumerate(panels):
            c.work_page.show_step(i)
            qtbot.wait(10)
            problems += [f"{state} {type(panel).__name__}: {p}" for p in han_in(panel_texts(panel), data)]
        c.work_page.show_step(step)
        problems += [f"{state}: {p}" for p in han_in(said, data)]
        said.clear()
    assert seen == list(STATES)
    assert not problems, "\n".join(problems)
    assert {"CounterApplicant", "CounterIntake", "CounterChecklist", "CounterDecision", "CounterCaseState"} <= {
        context for context, _ in translator.asked
    }


def test_the_counter_words_cases_as_the_domain_does() -> None:
    """The intake marks the receipt methods, the case states, the grounds of a refusal and the
    time limits for translation; in Chinese they are the domain's own words, so the screen, the
    printed notices and the records never disagree."""
    assert {m: RECEIPT_WORDS[m] for m in RECEIPT_LABELS} == RECEIPT_LABELS
    assert {s: STATE_WORDS[s] for s in STATE_LABELS} == STATE_LABELS
    assert {g: GROUNDS_WORDS[g] for g in GROUNDS_LABELS} == GROUNDS_LABELS
    items = list(load_demo_catalog().items.values())
    assert {i.handling_kind for i in items} == set(HandlingKind)  # every kind of time limit is there
    assert [limit_words(i) for i in items] == [limit_text(i) for i in items]


def test_the_refusal_reads_on_screen_as_its_notice_prints_it(ctx) -> None:
    """The decision panel words a refusal from its parts (so a translation can word it); in
    Chinese it is the notice's own reason, as printed and stored."""
    from counter_app.intake import Refused
    from counter_app.views.decision_panel import _refusal_reason
    from shared.services.materials import MaterialCheck
    from shared.services.refusals import refuse_case

    clerk = Actor(user="lina", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    for grounds, authority in ((RefusalGrounds.OUTSIDE_POWERS, AUTHORITY), (RefusalGrounds.NO_STANDING, "")):
        refusal = refuse_case(
            ctx, actor=clerk, item_code=LOW_INCOME, applicant=cases.Applicant(ApplicantKind.PERSON, YOUNG, "岩罕"),
            grounds=grounds, reason=f" {REASON} ", competent_authority=authority,
        )  # fmt: skip
        shown = Refused(
            refusal.case, MaterialCheck(), None, refusal.notice.reason,  # type: ignore[arg-type]
            grounds=refusal.grounds, typed=REASON, authority=authority,
        )  # fmt: skip
        assert _refusal_reason(shown) == refusal.notice.reason
