"""帮办代办 reaches the provincial platform (issue 12, point 6): a case applied for by an agent
goes up with its agent (委托代办 at the window, 免费代办 from a village station), through the
sync worker and the real reference platform over HTTP, which keeps the agent with the case;
a created event with a broken agent is refused by the platform with the reason. The agent's
ID number travels encrypted in the outbox. On SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from offline_store.sync.client import PlatformClient
from offline_store.sync.worker import SyncWorker
from reference_platform.seed import demo_catalog_documents
from reference_platform.server import ReferencePlatform
from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.protocol import messages as p
from shared.services import agency, cases
from shared.services.actor import Actor, Role
from shared.services.agents import Agent
from shared.services.cases import Applicant
from shared.services.context import HallContext
from tests.support.services import ELDERLY_ID
from tests.support.sync import client_for, platform_config

ELDERLY_ALLOWANCE = "11532822MB1611313W3000030070000"  # 高龄津贴申请
VILLAGE = "532822104201-BMFZ"
AGENT_ID = "11010519491231002X"
AGENT = Agent(AGENT_ID, "王秀英", card_read=True)
PRINCIPAL = Applicant(ApplicantKind.PERSON, ELDERLY_ID, "岩温")
HELPER = Actor(user="helper21", role=Role.HELPER, terminal_id="T-0211", window_no=1)


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[ReferencePlatform]:
    documents, label = demo_catalog_documents()  # the platform knows the demo hall's items
    rp = ReferencePlatform(platform_config(tmp_path, catalog_documents=tuple(documents), catalog_label=label))
    rp.start_in_thread()
    yield rp
    rp.stop()


@pytest.fixture
def client(platform: ReferencePlatform) -> Iterator[PlatformClient]:
    c = client_for(platform)
    yield c
    c.close()


def _receipts(*, poa: bool = True) -> list[MaterialReceipt]:
    out = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("SBK", "社会保障卡（金融账户已激活）", ReceiptMethod.PAPER_ORIGINAL),
    ]
    if poa:
        out.append(MaterialReceipt("WTS-DB", "授权委托书", ReceiptMethod.PAPER_ORIGINAL))
    return out


def _at(ctx: HallContext, point: str, terminal: str) -> HallContext:
    t = ctx.settings.terminal.model_copy(update={"point": point, "id": terminal, "kind": "counter"})
    return HallContext(settings=ctx.settings.model_copy(update={"terminal": t}), store=ctx.store, clock=ctx.clock)


def test_the_agent_goes_up_with_the_case_and_the_platform_keeps_it(
    ctx: HallContext, clerk: Actor, platform: ReferencePlatform, client: PlatformClient
) -> None:
    entrusted = cases.accept_case(
        ctx, actor=clerk, item_code=ELDERLY_ALLOWANCE, applicant=PRINCIPAL, materials=_receipts(), agent=AGENT
    )
    taken = agency.take_agency_case(
        _at(ctx, VILLAGE, HELPER.terminal_id), actor=HELPER, item_code=ELDERLY_ALLOWANCE, principal=PRINCIPAL,
        agent=Agent("530102198507150023", "李春花", card_read=True), materials=_receipts(),
    )  # fmt: skip
    in_person = cases.accept_case(
        ctx, actor=clerk, item_code=ELDERLY_ALLOWANCE, applicant=PRINCIPAL, materials=_receipts(poa=False)
    )
    # on the terminal the agent's ID and name are in the encrypted part of the event only
    with ctx.store.engine.connect() as conn:
        plain = [str(row) for row in conn.execute(sa.text("SELECT kind, payload FROM outbox"))]
    assert plain and not any(AGENT_ID in row or "王秀英" in row for row in plain)

    report = SyncWorker(store=ctx.store, client=client).run_once(reference_data=False)
    assert report.ok and report.quarantined == 0 and report.quarantined_locally == 0 and report.sent >= 6

    kept = platform.store.case_agent(entrusted.case_no)
    assert kept is not None
    assert (kept["agency_kind"], kept["agent_id"], kept["agent_name"]) == ("entrusted", AGENT_ID, "王秀英")
    free = platform.store.case_agent(taken.case.case_no)
    assert free is not None
    assert (free["agency_kind"], free["agent_id"], free["agent_name"]) == ("free", "530102198507150023", "李春花")
    assert platform.store.case_agent(in_person.case_no) is None
    # the case stays the principal's: the applicant fields name them, not the agent
    [created] = [e for e in platform.store.events(entrusted.case_no) if e["kind"] == "created"]
    assert (created["payload"]["applicant_id"], created["payload"]["applicant_name"]) == (ELDERLY_ID, "岩温")
    [plain_created] = [e for e in platform.store.events(in_person.case_no) if e["kind"] == "created"]
    assert not {"agency_kind", "agent_id", "agent_name"} & set(plain_created["payload"])


def _created(case_no: str, **agent: str) -> p.CaseEvent:
    return p.CaseEvent(
        event_id=uuid.uuid4(),
        case_no=case_no,
        case_seq=1,
        kind=p.EventKind.CREATED,
        occurred_at=datetime.now(UTC),
        payload={
            "item_code": ELDERLY_ALLOWANCE,
            "channel": "counter",
            "applicant_kind": "person",
            "applicant_id": ELDERLY_ID,
            "applicant_name": "岩温",
            **agent,
        },
    )


def test_the_platform_refuses_a_broken_agent_with_the_reason(
    platform: ReferencePlatform, client: PlatformClient
) -> None:
    """What a faulty or foreign terminal might send: refused over HTTP, nothing stored."""
    broken = {
        "53282226111700300001": ({"agent_id": AGENT_ID, "agent_name": "王秀英"}, "缺少字段 agency_kind"),
        "53282226111700300002": (
            {"agency_kind": "free", "agent_id": "110105194912310021", "agent_name": "王秀英"},
            "代办人身份证号无效",
        ),
        "53282226111700300003": (
            {"agency_kind": "free", "agent_id": ELDERLY_ID, "agent_name": "岩温"},
            "代办人与申请人是同一人",
        ),
        "53282226111700300004": (
            {"agency_kind": "paid", "agent_id": AGENT_ID, "agent_name": "王秀英"},
            "代办方式“paid”无效",
        ),
    }
    events = [_created(case_no, **fields) for case_no, (fields, _why) in broken.items()]
    good = _created("53282226111700300005", agency_kind="entrusted", agent_id=AGENT_ID.lower(), agent_name="王秀英")
    answer = client.upload_events([*events, good])
    by_id = {str(r.event_id): r for r in answer.results}
    for event, (case_no, (_fields, why)) in zip(events, broken.items(), strict=True):
        result = by_id[str(event.event_id)]
        assert result.status is p.EventOutcome.REJECTED and result.reason_code == p.RejectReason.INVALID_PAYLOAD
        assert why in (result.reason or "")
        assert platform.store.case_row(case_no) is None and platform.store.case_agent(case_no) is None
    assert by_id[str(good.event_id)].status is p.EventOutcome.STORED
    kept = platform.store.case_agent("53282226111700300005")
    assert kept is not None and kept["agent_id"] == AGENT_ID  # the check letter upper-cased
