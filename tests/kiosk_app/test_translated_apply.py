"""自助办理 and 查询打印 in another language (issue 16, point 7; docs/translations.md): every
string these screens show or say goes through the translation system, in English they show no
Chinese of their own and pass the screen check (in elderly mode too), and what they print
stays Chinese.

The screens are driven as a resident would (yimen.demo.kiosk_hall.Driver over the demo hall):
自助办理's items, an item that needs paper, the card (and a card not read), the form (and a
wrong mobile number), the materials (a commitment to sign, an e-licence to scan and a code
that is not one), the review, the result printed and not printed, and the brake that pauses
self-service; 查询打印's documents, the card, the options of a 社保权益记录 (insurance type,
year, purpose), the consent missing, the platform's answer and its print, a print that
failed, the resident's e-licences, the platform offline and a certificate checked.

What stays Chinese is data, named here (besides the data of test_translated_kiosk): the
items' and the materials' names as the catalogue has them (and a special procedure's name in
多长时间), the resident's masked name, what the card reader says of a card it could not read;
the document the platform answers with, as it will print (its title, its field names and
values, its tables' headings), the platform's reason when it finds nothing, the e-licences'
types and issuers, and a checked certificate's reason, title, holder and issuer (the
checker's and the certificate's words).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk_app.printing import submission_receipt_document
from kiosk_app.viewmodels.query_print import DOCUMENT_WORDS, INSURANCE_WORDS, VERDICT_WORDS
from reference_platform.seed import RESIDENTS
from shared.domain.cases import ReceiptMethod
from shared.domain.catalog.vocab import Necessity
from shared.domain.certificates import DOCUMENT_SHORT_NAMES, VERDICT_LABELS, DocumentKind, InsuranceType
from shared.domain.masking import mask_name
from tests.kiosk_app.test_translated_kiosk import data_words, translators  # noqa: F401 (a fixture)
from tests.support.translation import HAN, PseudoTranslator
from yimen.demo.documents import PLATFORM_CARD
from yimen.demo.kiosk_hall import ELDER_CARD, OPEN_ELDER_ITEM, Driver, kiosk_window, printer_paper_out
from yimen.tour.screen_check import ScreenWatch, shown

pytestmark = pytest.mark.qt

APPLY = (
    "apply-items",
    "apply-needs-paper",
    "apply-card",
    "apply-card-not-read",
    "apply-form",
    "apply-form-bad-phone",
    "apply-materials",
    "apply-commitment",
    "apply-licence-scan",
    "apply-not-a-licence",
    "apply-materials-ready",
    "apply-review",
    "apply-done",
    "apply-done-not-printed",
    "apply-paused",
)
QUERY = (
    "query-documents",
    "query-card",
    "query-card-not-read",
    "query-record-options",
    "query-no-consent",
    "query-options",
    "query-preview",
    "query-printed",
    "query-print-failed",
    "query-licences",
    "query-offline",
    "query-verify",
    "query-verified",
)
CARD_PROBLEM = "读卡超时"  # what a card reader says of a card it could not read: data


def visit(window, hall) -> Iterator[str]:
    """Each state of :data:`APPLY` and :data:`QUERY`, in that order."""
    d = Driver(window, hall)
    vm = window.vm
    ap = vm.apply

    def no_offer() -> None:
        if vm.elder_offer:
            vm.decline_elder_offer()

    # ---- 自助办理
    vm.go("apply")
    d.settle(lambda: bool(ap.items))
    yield "apply-items"
    # an item with a required paper (a photo the kiosk cannot take)
    i, item = next((i, it) for i, it in enumerate(ap.items) if any(not m.e_licence_type and not m.shared_data_kind
                   and not m.commitment_allowed and "身份证" not in m.name for m in it.materials))  # fmt: skip
    paper = [m.model_copy(update={"required": Necessity.REQUIRED}) for m in item.materials]
    ap.items[i] = item.model_copy(update={"materials": paper})
    try:
        ap.choose_item(item.code)
        d.settle()
        assert ap.step == "blocked", ap.step
        yield "apply-needs-paper"
    finally:
        ap.items[i] = item
    ap.back()
    # 异地就医备案 first: its commitment, then 高龄津贴申请 with its e-licence
    commitment_item = next(it for it in ap.items if any(m.commitment_allowed for m in it.materials))
    ap.choose_item(commitment_item.code)
    d.settle(lambda: ap.step == "card")
    yield "apply-card"
    ap.on_card_error(CARD_PROBLEM)
    d.settle()
    yield "apply-card-not-read"
    d.card(ELDER_CARD, lambda: ap.step == "form")
    no_offer()
    for ch in "139876543210":
        ap.phone_key(ch)
    yield "apply-form"
    for _ in range(12):
        ap.phone_key("\b")
    for ch in "12345":
        ap.phone_key(ch)
    ap.form_done()
    d.settle()
    assert ap.phone_problem
    yield "apply-form-bad-phone"
    for _ in range(5):
        ap.phone_key("\b")
    for ch in "13987654321":
        ap.phone_key(ch)
    ap.form_done()
    d.settle()
    yield "apply-materials"
    promise = next(c for c in ap.choices if c.material.commitment_allowed)
    ap.choose_method(promise.material.code, promise.options[0])
    d.settle()
    yield "apply-commitment"
    ap.sign_commitment(True)
    ap.back()  # to the form
    ap.back()  # to the card: a new start
    vm.go_home()
    vm.go("apply")
    d.settle(lambda: bool(ap.items))
    ap.choose_item(OPEN_ELDER_ITEM)
    d.settle(lambda: ap.step == "card")
    d.card(ELDER_CARD, lambda: ap.step == "form")
    no_offer()
    ap.form_done()
    d.settle()
    scan = next(c for c in ap.choices if c.material.e_licence_type)
    ap.choose_method(scan.material.code, ReceiptMethod.E_LICENCE)
    d.settle()
    yield "apply-licence-scan"
    d.scan("https://example.org/not-a-licence", lambda: bool(ap.error))
    yield "apply-not-a-licence"
    for c in ap.choices:
        if c.method is None and c.options:
            ap.choose_method(c.material.code, ReceiptMethod.DATA_SHARING)
    d.settle()
    assert ap.materials_ready
    yield "apply-materials-ready"
    ap.to_review()
    d.settle()
    yield "apply-review"
    ap.submit()
    d.settle(lambda: ap.print_state in ("printed", "failed"))
    assert ap.print_state == "printed", ap.print_state
    yield "apply-done"
    vm.go_home()
    vm.go("apply")
    d.settle(lambda: bool(ap.items))
    ap.choose_item(OPEN_ELDER_ITEM)
    d.settle(lambda: ap.step == "card")
    d.card(ELDER_CARD, lambda: ap.step == "form")
    no_offer()
    ap.form_done()
    for c in ap.choices:
        if c.method is None and c.options:
            ap.choose_method(c.material.code, ReceiptMethod.DATA_SHARING)
    ap.to_review()
    with printer_paper_out(hall):
        ap.submit()
        d.settle(lambda: ap.print_state == "failed" and ap.help_sent, timeout=30)
        yield "apply-done-not-printed"
    vm.go_home()
    platform = hall.ctx.settings.platform
    saved_backlog = platform.max_backlog
    platform.max_backlog = 0  # the self-service brake: unsent records past the limit
    try:
        vm.go("apply")
        d.settle(lambda: bool(ap.items))
        ap.choose_item(OPEN_ELDER_ITEM)
        d.settle(lambda: ap.step == "blocked")
        yield "apply-paused"
    finally:
        platform.max_backlog = saved_backlog

    # ---- 查询打印
    qp = vm.screens["query_print"]
    vm.wipe()
    vm.go("query_print")
    d.settle(lambda: any(k == "insurance_certificate" for k, _ in qp.documents()))
    yield "query-documents"
    qp.choose(DocumentKind.SOCIAL_INSURANCE_RECORD.value)
    d.settle()
    yield "query-card"
    qp.on_card_error(CARD_PROBLEM)
    d.settle()
    yield "query-card-not-read"
    d.card(PLATFORM_CARD, lambda: qp.step == "options")
    no_offer()
    qp.set_insurance_type(InsuranceType.MEDICAL.value)
    qp.turn_year(-1)
    d.settle()
    yield "query-record-options"
    qp.query()
    d.settle()
    assert qp.error
    yield "query-no-consent"
    qp.back()
    qp.choose(DocumentKind.INSURANCE_CERTIFICATE.value)
    d.settle(lambda: qp.step == "options")
    qp.set_purpose("办理贷款")
    qp.agree()
    d.settle()
    yield "query-options"
    qp.query()
    d.settle(lambda: qp.step == "preview", timeout=30)
    yield "query-preview"
    verify_qr = qp.queried.issued.qr_text
    if hall.devices.simulators.get("a4") is not None:
        qp.print_now()
        d.settle(lambda: qp.step in ("printed", "problem"), timeout=90)
        assert qp.step == "printed", qp.problem
    else:  # no private CUPS on this machine: the printed screen as it shows
        qp.session = SimpleNamespace(may_reprint=lambda: True)
        qp._printed()
        d.settle()
    yield "query-printed"
    qp._print_failed(SimpleNamespace(outcome=SimpleNamespace(value="paper_out")))
    d.settle(lambda: qp.help_sent)
    yield "query-print-failed"
    vm.wipe()
    vm.go("query_print")
    d.settle(lambda: bool(qp.documents()))
    qp.choose("licences")
    d.card(PLATFORM_CARD, lambda: qp.step == "licences")
    no_offer()
    d.settle(lambda: not qp.busy)
    yield "query-licences"
    vm.wipe()
    vm.go("query_print")
    d.settle(lambda: bool(qp.documents()))
    qp.choose(DocumentKind.INSURANCE_CERTIFICATE.value)
    d.card(PLATFORM_CARD, lambda: qp.step == "options")
    no_offer()
    qp.agree()
    hall.platform.stop(close_store=False)
    try:
        qp.query()
        d.settle(lambda: bool(qp.error), timeout=60)
        yield "query-offline"
    finally:
        hall.platform.start_in_thread()
        hall.ctx.settings.platform.base_url = hall.platform.base_url
    vm.wipe()
    vm.go("query_print")
    d.settle(lambda: bool(qp.documents()))
    qp.choose("verify")
    d.settle()
    yield "query-verify"
    d.scan(verify_qr, lambda: qp.step == "verified")
    yield "query-verified"
    vm.wipe()


def screen_data(window) -> list[str]:
    """The data of test_translated_kiosk and what 自助办理 and 查询打印 show as written."""
    words = [*data_words(window), mask_name(RESIDENTS[0][0]), CARD_PROBLEM]
    ap = window.vm.apply
    for item in [*ap.items, *([ap.item] if ap.item else [])]:
        words += [item.name, *(m.name for m in item.materials), *(p.name for p in item.special_procedures)]
    if ap.stored is not None:
        words.append(ap.stored.record.item_name)
    qp = window.vm.screens["query_print"]
    if qp.queried is not None:
        words.append(qp.queried.reason)
        if qp.queried.issued is not None:
            words.append(qp.queried.issued.title)
            for s in qp.queried.issued.sections:
                words += [s.heading, *(str(v) for f in s.fields for v in f)]
    for lic in qp.licences:
        words += [lic.licence_type, lic.issuer]
    if qp.verification is not None:
        v = qp.verification
        words += [v.reason, v.reason.rstrip("。"), v.title, v.holder, v.issuer]  # as shown, and said
    return sorted({w for w in words if w}, key=len, reverse=True)


def chinese_on(window) -> list[str]:
    """Every visible text, accessible name and spoken line with a Han character, data taken out."""
    data = screen_data(window)
    texts: list[tuple[str, str]] = []
    for w in shown(window):
        name = f"{type(w).__name__}#{w.objectName() or '-'}"
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append((name, w.text()))
        texts.append((name + " (accessible name)", w.accessibleName()))
        texts.append((name + " (read aloud)", str(getattr(w, "speech", ""))))
    texts.append(("KioskViewModel.speech()", window.vm.speech()))
    texts.append(("window title", window.windowTitle()))
    found = []
    for where, text in texts:
        text = text.replace("\u2060", "")  # the word joiners a label puts between Han characters
        for word in data:
            text = text.replace(word, "")
        if HAN.search(text):
            found.append(f"{where}: {text!r}")
    return found


def printed_receipt(window) -> str:
    """The text of the 自助申请回执 the kiosk printed for the application on the screen."""
    slip = submission_receipt_document(
        window.vm.apply.stored, hall_name="", hall_phone="", submitted_at=datetime(2026, 11, 17, 10)
    )
    return "\n".join(str(getattr(block, "text", "")) for block in slip.blocks)


def labels(window) -> list[str]:
    return [w.text() for w in shown(window) if isinstance(w, (QLabel, QAbstractButton))]


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_english_apply_and_query_print_show_no_chinese(qtbot, translators, elder) -> None:  # noqa: F811
    problems: list[str] = []
    screens = ScreenWatch("kiosk")
    seen = []
    with kiosk_window(portrait=True, language="en") as (window, hall, _case_no):
        vm = window.vm
        if elder:
            vm.set_elder(True)
            vm.dismiss_elder_notice()
        for state in visit(window, hall):
            seen.append(state)
            if elder and not vm.mode.elder:  # a wipe ends elderly mode: back into it
                vm.set_elder(True)
                vm.dismiss_elder_notice()
                Driver(window, hall).settle()
            problems += [f"{state}: {p}" for p in chinese_on(window)]
            screens.look(window, f"kiosk-en{'-elder' if elder else ''}-{state}", elder=elder)
            shown_words = labels(window)
            if state == "apply-items":
                assert "Apply here" in shown_words, shown_words
            if state == "apply-done":
                printed = printed_receipt(window)
                # prints are not translated: the receipt is Chinese while the screen is English
                assert "下一步：工作人员核验后正式受理" in printed and "Staff check" not in printed, printed
                assert any("Staff check it" in w for w in shown_words), shown_words
            if state == "query-options":
                assert "Loan" in shown_words and vm.screens["query_print"].purpose == "办理贷款"
    assert seen == [*APPLY, *QUERY]
    assert not problems, "\n".join(problems)
    assert not screens.report(), screens.report()


def test_every_string_of_apply_and_query_print_goes_through_translation(qtbot, translators, qapp) -> None:  # noqa: F811
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    translators.append(pseudo)
    problems: list[str] = []
    with kiosk_window(portrait=True) as (window, hall, _case_no):
        for state in visit(window, hall):
            problems += [f"{state}: {p}" for p in chinese_on(window)]
    assert not problems, "\n".join(problems)
    contexts = {context for context, _ in pseudo.asked}
    assert {"KioskApply", "KioskQueryPrint"} <= contexts, contexts


def test_query_print_words_documents_insurance_and_verdicts_as_the_domain_does() -> None:
    """查询打印 marks the documents' short names, the insurance types and the verdicts for
    translation; in Chinese they are the domain's own words (shared.domain.certificates)."""
    assert {k: DOCUMENT_WORDS[k] for k in DOCUMENT_SHORT_NAMES} == DOCUMENT_SHORT_NAMES
    assert {t: INSURANCE_WORDS[t] for t in InsuranceType} == {t: t.value for t in InsuranceType}
    assert {v: VERDICT_WORDS[v] for v in VERDICT_LABELS} == VERDICT_LABELS
