"""Every QR code Yimen prints is one its own scanners classify back to the right thing."""

from __future__ import annotations

from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.domain.catalog.vocab import WindowKind
from shared.domain.payloads import PayloadKind, classify
from shared.services import accounts, cases, tickets
from shared.services.actor import Actor, Role
from shared.services.cases import Applicant
from shared.services.slip_templates import document_for
from shared.services.slips import acceptance_receipt, evaluation_slip, evaluation_token, ticket_slip
from shared.services.waiting_places import WaitingPlace
from tests.support.services import YOUNG_ID

INSURED_PROOF = "11532822MB153717693000010040000"


def _qr_payloads(slip) -> list[str]:
    return [b.payload for b in document_for(slip).blocks if type(b).__name__ == "QrCode"]


def test_ticket_receipt_and_evaluation_codes_round_trip(ctx, kiosk, chief):
    issued = tickets.issue_ticket(ctx, category="social", actor=kiosk, id_number=YOUNG_ID, name="玉香")
    [ticket_qr] = _qr_payloads(ticket_slip(ctx, issued))
    ref = classify(ticket_qr)
    assert ref.kind is PayloadKind.TICKET and ref.value.number == issued.number

    stored = cases.accept_case(
        ctx,
        actor=chief,
        item_code=INSURED_PROOF,
        applicant=Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香"),
        materials=[MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ)],
    )
    [receipt_qr] = _qr_payloads(acceptance_receipt(ctx, stored))
    assert (
        classify(receipt_qr).kind is PayloadKind.CASE and classify(receipt_qr).value.case_no == stored.case_no
    )

    [eval_qr] = _qr_payloads(evaluation_slip(ctx, stored))
    ev = classify(eval_qr)
    assert ev.kind is PayloadKind.EVALUATION and ev.value.no == stored.case_no
    # the token is keyed: another case's token differs, so a review cannot be aimed elsewhere
    assert ev.value.token == evaluation_token(ctx, kind="case", number=stored.case_no)
    assert ev.value.token != evaluation_token(ctx, kind="case", number="53282226111700300017")


def test_receipt_phone_is_the_service_points_own(ctx, chief):
    """No number baked into the code: the receipt carries the phone the catalog publishes for
    this hall's service point, and follows the catalog when that changes."""
    stored = cases.accept_case(
        ctx,
        actor=chief,
        item_code=INSURED_PROOF,
        applicant=Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香"),
        materials=[MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ)],
    )
    point = ctx.catalog().point(ctx.settings.hall.code)
    assert acceptance_receipt(ctx, stored).hall_phone == point.phone == "0691-5120000"


def test_receipt_phone_falls_back_to_the_items_line_and_refuses_a_made_up_one(ctx, chief):
    import pytest

    from shared.domain.errors import ConfigError
    from shared.services.hall_point import hall_phone

    other = ctx.settings.model_copy(
        update={"hall": ctx.settings.hall.model_copy(update={"code": "532822999-NONE"})}
    )
    ctx.settings = other
    item = ctx.catalog().item(INSURED_PROOF)
    assert hall_phone(ctx, item_code=INSURED_PROOF) == item.consult_phone
    with pytest.raises(ConfigError) as e:
        hall_phone(ctx)
    assert "532822999-NONE" in e.value.message and "points" in e.value.hint


def test_the_ticket_slip_says_where_to_wait_and_which_windows_from_the_hall_plan(ctx, kiosk):
    """The windows are the hall's own: a window the manager adds for a category is on the next
    slip; a category only the 帮办代办 / 办不成事 windows call waits in the 咨询导办区."""

    issued = tickets.issue_ticket(ctx, category="social", actor=kiosk, id_number=YOUNG_ID, name="玉香")
    slip = ticket_slip(ctx, issued)
    assert slip.place == WaitingPlace("综合办事区", (1, 2, 3))
    text = " ".join(getattr(b, "value", "") for b in document_for(slip).blocks)
    assert "综合办事区等候区" in text and "1号、2号、3号窗口" in text

    manager = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009", window_no=None)
    accounts.save_window(
        ctx, actor=manager, number=12, kind=WindowKind.COMPREHENSIVE, name="综合12号", categories=["social"]
    )
    assert ticket_slip(ctx, issued).place == WaitingPlace("综合办事区", (1, 2, 3, 12))

    helped = tickets.issue_ticket(ctx, category="help", actor=kiosk, id_number=YOUNG_ID, name="玉香")
    assert ticket_slip(ctx, helped).place == WaitingPlace("咨询导办区", (8, 9))
