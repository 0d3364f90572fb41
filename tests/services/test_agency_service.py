"""帮办代办 (issue 12, point 6): a case carries its agent (encrypted, masked where shown) and
needs the power of attorney; a 免费代办 taken at a village station travels 村 → 乡 → 县 with a
流转单 whose every hand-over is scanned and recorded; the county window sees it on its way and
receives it by scanning; bad slips are refused with what to do, and nothing is lost. On SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from devices.printer.layout import Document, Field, Text
from shared.domain.agency import TransferState
from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.errors import Conflict, InvalidIdentity, PermissionDenied, ValidationError
from shared.domain.payloads import transfer_url
from shared.domain.transfer_no import make_transfer_no
from shared.services import agency, cases, figures
from shared.services.actor import Actor, Role
from shared.services.agents import Agent
from shared.services.case_list import case_detail
from shared.services.cases import Applicant, MaterialsIncomplete
from shared.services.context import HallContext
from shared.services.slip_templates import acceptance_receipt_document, transfer_slip_document
from shared.services.slips import acceptance_receipt
from tests.support.services import ELDERLY_ID

ELDERLY_ALLOWANCE = "11532822MB1611313W3000030070000"  # 高龄津贴申请: 村便民服务站 may take it
LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认: the village does not take it
VILLAGE = "532822104201-BMFZ"
TOWNSHIP = "532822104-BMFW"
AGENT_ID = "11010519491231002X"
AGENT = Agent(AGENT_ID, "王秀英", card_read=True)
PRINCIPAL = Applicant(ApplicantKind.PERSON, ELDERLY_ID, "岩温")
HELPER = Actor(user="helper21", role=Role.HELPER, terminal_id="T-0211", window_no=1)
TOWN_CLERK = Actor(user="clerk31", role=Role.CLERK, terminal_id="T-0311", window_no=1)
MANAGER = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009")


def _receipts(*, poa: bool = True) -> list[MaterialReceipt]:
    out = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("SBK", "社会保障卡（金融账户已激活）", ReceiptMethod.PAPER_ORIGINAL),
    ]
    if poa:
        out.append(MaterialReceipt("WTS-DB", "授权委托书", ReceiptMethod.PAPER_ORIGINAL))
    return out


def _at(ctx: HallContext, point: str, terminal: str) -> HallContext:
    """A terminal of the same hall standing at ``point`` (one store, its own settings)."""
    t = ctx.settings.terminal.model_copy(update={"point": point, "id": terminal, "kind": "counter"})
    return HallContext(settings=ctx.settings.model_copy(update={"terminal": t}), store=ctx.store, clock=ctx.clock)


def _texts(document: Document) -> list[tuple[str, str]]:
    """Every (label, value) of a printed document; a text line as ("", text)."""
    out = []
    for block in document.blocks:
        if isinstance(block, Field):
            out.append((block.label, block.value))
        elif isinstance(block, Text):
            out.append(("", block.text))
    return out


def _case_count(ctx: HallContext) -> int:
    with ctx.store.engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM cases")).scalar_one())


def test_an_agent_at_the_window_needs_the_power_of_attorney_and_is_kept_masked(ctx, clerk) -> None:
    with pytest.raises(MaterialsIncomplete, match="授权委托书") as refused:
        cases.accept_case(
            ctx, actor=clerk, item_code=ELDERLY_ALLOWANCE, applicant=PRINCIPAL, materials=_receipts(poa=False),
            agent=AGENT,
        )  # fmt: skip
    assert "委托人签名" in refused.value.message and _case_count(ctx) == 0  # nothing half stored
    stored = cases.accept_case(
        ctx, actor=clerk, item_code=ELDERLY_ALLOWANCE, applicant=PRINCIPAL, materials=_receipts(), agent=AGENT
    )
    assert stored.state is CaseState.ACCEPTED and stored.record.applicant_id == ELDERLY_ID  # the principal
    shown = agency.agent_of_case(ctx, actor=clerk, case_no=stored.case_no)
    assert shown == "王** 110105********002X（委托代办）"
    detail = case_detail(ctx, actor=clerk, case_no=stored.case_no)
    assert detail.agent.startswith("王** 110105********002X（委托代办") and AGENT_ID not in detail.agent
    # encrypted at rest, and never in the work log
    with ctx.store.engine.connect() as conn:
        raw = conn.execute(sa.text("SELECT agent_id_ct, agent_name_ct FROM case_agents")).one()
        log = [(a, str(d)) for a, d in conn.execute(sa.text("SELECT action, detail FROM audit_log"))]
    assert AGENT_ID.encode() not in bytes(raw[0]) and "王秀英".encode() not in bytes(raw[1])
    # the receipt names the agent, masked: 委托代办
    printed = _texts(acceptance_receipt_document(acceptance_receipt(ctx, stored)))
    assert ("代 办 人", "王** 110105********002X（委托代办）") in printed and ("委 托 人", "岩*") in printed
    assert not any(AGENT_ID in text for pair in printed for text in pair)
    assert any(action == "case.agent" for action, _ in log)
    assert not any(AGENT_ID in detail or "王秀英" in detail for _, detail in log)
    # without an agent the same materials need no power of attorney
    plain = cases.accept_case(
        ctx, actor=clerk, item_code=ELDERLY_ALLOWANCE, applicant=PRINCIPAL, materials=_receipts(poa=False)
    )
    assert agency.agent_of_case(ctx, actor=clerk, case_no=plain.case_no) == ""
    plain_receipt = _texts(acceptance_receipt_document(acceptance_receipt(ctx, plain)))
    assert ("申 请 人", "岩*") in plain_receipt and not any(label == "代 办 人" for label, _ in plain_receipt)


def test_an_agent_id_that_fails_the_checksum_is_refused_and_nothing_is_stored(ctx, clerk) -> None:
    for bad in ("110105194912310021", "11010519491231002Y"):
        with pytest.raises(InvalidIdentity, match="代办人身份证号有误") as e:
            cases.accept_case(
                ctx, actor=clerk, item_code=ELDERLY_ALLOWANCE, applicant=PRINCIPAL, materials=_receipts(),
                agent=Agent(bad, "王秀英"),
            )  # fmt: skip
        assert e.value.hint  # what to do: read the card again or check the digits
    with pytest.raises(InvalidIdentity, match="校验位"):
        cases.accept_case(
            ctx, actor=clerk, item_code=ELDERLY_ALLOWANCE, applicant=PRINCIPAL, materials=_receipts(),
            agent=Agent("110105194912310021", "王秀英"),
        )  # fmt: skip
    with pytest.raises(ValidationError, match="同一人"):
        cases.accept_case(
            ctx, actor=clerk, item_code=ELDERLY_ALLOWANCE, applicant=PRINCIPAL, materials=_receipts(),
            agent=Agent(ELDERLY_ID, "岩温"),
        )  # fmt: skip
    station = _at(ctx, VILLAGE, HELPER.terminal_id)
    with pytest.raises(InvalidIdentity, match="代办人身份证号有误"):
        agency.take_agency_case(
            station, actor=HELPER, item_code=ELDERLY_ALLOWANCE, principal=PRINCIPAL,
            agent=Agent("110105194912310021", "王秀英"), materials=_receipts(),
        )  # fmt: skip
    assert _case_count(ctx) == 0


def test_a_free_agency_case_travels_village_township_county_and_is_received_by_scanning(
    ctx, clock, clerk
) -> None:
    village = _at(ctx, VILLAGE, HELPER.terminal_id)
    township = _at(ctx, TOWNSHIP, TOWN_CLERK.terminal_id)
    taken = agency.take_agency_case(
        village, actor=HELPER, item_code=ELDERLY_ALLOWANCE, principal=PRINCIPAL, agent=AGENT,
        materials=_receipts(),
    )  # fmt: skip
    t = taken.transfer
    assert taken.case.state is CaseState.SUBMITTED  # 代收: the county window decides
    assert t.transfer_no.startswith("LZ53282220261117") and t.state is TransferState.IN_TRANSIT
    assert t.route_text == "勐遮镇景真村便民服务站 → 勐遮镇便民服务中心 → 勐海县政务服务中心"
    assert t.materials == ("社会保障卡（金融账户已激活）1份", "授权委托书1份")  # the card read stays here
    assert t.agent == "王** 110105********002X" and t.agency_label == "免费代办"
    slip = taken.slip
    assert slip.qr_text == f"yimen://transfer/{ctx.settings.hall.code}/{t.transfer_no}"
    assert slip.agent == "王** 110105********002X" and slip.principal == "岩*"
    doc = transfer_slip_document(slip)  # refuses a full ID number anywhere on the slip
    assert doc.title == f"材料流转单 {t.transfer_no}"

    clock.advance(hours=3)
    [on_way] = agency.transfers_in_transit(ctx, actor=clerk)
    assert (on_way.transfer_no, on_way.at_name, on_way.age_label) == (t.transfer_no, "勐遮镇景真村便民服务站", "3小时")

    # the township centre takes the bundle from the village helper by scanning the slip
    first = agency.receive_transfer(township, actor=TOWN_CLERK, code=slip.qr_text)
    assert not first.arrived and first.accepted is None and first.transfer.at_name == "勐遮镇便民服务中心"
    clock.advance(days=1)
    [on_way] = agency.transfers_in_transit(ctx, actor=clerk)
    assert on_way.at_name == "勐遮镇便民服务中心" and on_way.age_label == "1天"

    # the county window receives it by scanning: the case is accepted there, its clock starts
    last = agency.receive_transfer(ctx, actor=clerk, code=slip.qr_text)
    assert last.arrived and last.accepted is not None
    assert last.accepted.state is CaseState.ACCEPTED and last.accepted.record.promised_date is not None
    assert agency.transfers_in_transit(ctx, actor=clerk) == []
    # the county's receipt names the agent beside the principal, masked as on the 流转单
    receipt = acceptance_receipt(ctx, last.accepted)
    assert (receipt.agent, receipt.agency_label) == ("王** 110105********002X", "免费代办")
    printed = _texts(acceptance_receipt_document(receipt))
    assert ("委 托 人", "岩*") in printed and ("代 办 人", "王** 110105********002X（免费代办）") in printed
    assert not any(AGENT_ID in text or "王秀英" in text for pair in printed for text in pair)
    detail = agency.transfer_detail(ctx, actor=clerk, transfer_no=t.transfer_no)
    assert detail.state is TransferState.RECEIVED and detail.legs == 2
    steps = [(s.from_name, s.to_name, s.handed_by, s.received_by) for s in detail.steps]
    assert steps == [
        ("勐遮镇景真村便民服务站", "勐遮镇便民服务中心", "helper21", "clerk31"),
        ("勐遮镇便民服务中心", "勐海县政务服务中心", "clerk31", "clerk01"),
    ]
    assert detail.steps[1].materials == "社会保障卡（金融账户已激活）1份、授权委托书1份"
    assert detail.steps[1].at == clock.now()
    assert any(t.transfer_no in line for line in case_detail(ctx, actor=clerk, case_no=t.case_no).transfers)

    # the figures count it: one 免费代办, by the station that took it
    shown = figures.hall_figures(ctx, actor=MANAGER, start=ctx.today() - timedelta(days=1), end=ctx.today())
    assert (shown.cases.by_agent, shown.cases.free_agency) == (1, 1)
    assert shown.cases.free_agency_by_point == (("勐遮镇景真村便民服务站", 1),)
    assert shown.cases.in_transit_now == 0


def test_bad_slips_are_refused_with_what_to_do_and_nothing_is_lost(ctx, clock, clerk) -> None:
    village = _at(ctx, VILLAGE, HELPER.terminal_id)
    township = _at(ctx, TOWNSHIP, TOWN_CLERK.terminal_id)
    taken = agency.take_agency_case(
        village, actor=HELPER, item_code=ELDERLY_ALLOWANCE, principal=PRINCIPAL, agent=AGENT,
        materials=_receipts(),
    )  # fmt: skip
    no = taken.transfer.transfer_no
    # a slip of another county's hall (勐腊): not ours to sign
    other = transfer_url(hall="532823-ZWFW", transfer_no=make_transfer_no(region_code="532823", day=ctx.today(), seq=1))
    with pytest.raises(ValidationError, match="另一个政务服务中心") as e:
        agency.receive_transfer(ctx, actor=clerk, code=other)
    assert "退回" in e.value.hint
    # a damaged code (one digit misread): the check digit catches it, the number can be typed
    damaged = taken.slip.qr_text[:-3] + ("0" if taken.slip.qr_text[-3] != "0" else "1") + taken.slip.qr_text[-2:]
    with pytest.raises(ValidationError, match="流转单二维码无法识别") as e:
        agency.receive_transfer(township, actor=TOWN_CLERK, code=damaged)
    assert "手工输入" in e.value.hint
    with pytest.raises(ValidationError, match="校验位"):
        agency.receive_transfer(township, actor=TOWN_CLERK, code=no[:-1] + str((int(no[-1]) + 1) % 10))
    assert agency.transfers_in_transit(ctx, actor=clerk)[0].at_name == "勐遮镇景真村便民服务站"  # nothing moved
    # the number typed by hand (lower case, spaces) works: nothing lost
    typed = agency.receive_transfer(township, actor=TOWN_CLERK, code=f"  {no.lower()} ")
    assert typed.transfer.at_name == "勐遮镇便民服务中心"
    with pytest.raises(Conflict, match="已在本站"):
        agency.receive_transfer(township, actor=TOWN_CLERK, code=no)
    with pytest.raises(ValidationError, match="不在流转单"):  # back down the route
        agency.receive_transfer(village, actor=HELPER, code=no)
    clock.advance(hours=2)
    agency.receive_transfer(ctx, actor=clerk, code=taken.slip.qr_text)
    with pytest.raises(Conflict, match="不能重复签收") as again:
        agency.receive_transfer(ctx, actor=clerk, code=taken.slip.qr_text)
    assert "clerk01" in again.value.message and taken.case.case_no in again.value.hint
    assert agency.transfer_detail(ctx, actor=clerk, transfer_no=no).legs == 2  # refusals recorded nothing


def test_a_station_takes_only_what_it_may(ctx, clerk, kiosk) -> None:
    village = _at(ctx, VILLAGE, HELPER.terminal_id)
    with pytest.raises(MaterialsIncomplete, match="授权委托书"):
        agency.take_agency_case(
            village, actor=HELPER, item_code=ELDERLY_ALLOWANCE, principal=PRINCIPAL, agent=AGENT,
            materials=_receipts(poa=False),
        )  # fmt: skip
    with pytest.raises(ValidationError, match="不代办"):
        agency.take_agency_case(
            village, actor=HELPER, item_code=LOW_INCOME, principal=PRINCIPAL, agent=AGENT, materials=_receipts()
        )
    with pytest.raises(ValidationError, match="不需要流转"):  # at the county the window accepts directly
        agency.take_agency_case(
            ctx, actor=HELPER, item_code=ELDERLY_ALLOWANCE, principal=PRINCIPAL, agent=AGENT, materials=_receipts()
        )
    with pytest.raises(PermissionDenied):
        agency.take_agency_case(
            village, actor=kiosk, item_code=ELDERLY_ALLOWANCE, principal=PRINCIPAL, agent=AGENT,
            materials=_receipts(),
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        agency.receive_transfer(ctx, actor=kiosk, code="LZ532822202611170001X")
    assert _case_count(ctx) == 0
