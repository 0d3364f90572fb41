"""帮办代办 in hall mode (issue 12, point 6), on a real PostgreSQL after `yimen hall init`: a
station's counter takes a 免费代办 and the county window receives its bundle, each as its own
database role; a hand-over or an agent can be written only under the writer's own terminal id;
a kiosk sees neither."""

from __future__ import annotations

import psycopg
import pytest

from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.services import agency
from shared.services.actor import Actor, Role
from shared.services.agents import Agent
from shared.services.cases import Applicant
from tests.support.hall import connect_as, terminal_context

pytestmark = pytest.mark.pg

VILLAGE = "532822104201-BMFZ"
MEDICAL_INSURANCE = "11532822MB1574241M3000020010000"
RLS = "row-level security"


def test_a_station_takes_and_the_county_receives_each_as_itself(hall) -> None:
    station = hall.settings("T-0002")
    station = station.model_copy(update={"terminal": station.terminal.model_copy(update={"point": VILLAGE})})
    helper = Actor(user="helper31", role=Role.HELPER, terminal_id="T-0002", window_no=2)
    with terminal_context(station) as ctx:
        taken = agency.take_agency_case(
            ctx, actor=helper, item_code=MEDICAL_INSURANCE,
            principal=Applicant(ApplicantKind.PERSON, "532822197104150134", "扎约"),
            agent=Agent("532822198811200043", "车玉梅", card_read=True),
            materials=[
                MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
                MaterialReceipt("BD-CXJMYB-CB", "城乡居民基本医疗保险参保登记表", ReceiptMethod.PAPER_ORIGINAL),
                MaterialReceipt("WTS-DB", "授权委托书", ReceiptMethod.PAPER_ORIGINAL),
            ],
        )  # fmt: skip
    window = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    with terminal_context(hall.settings("T-0001")) as ctx:
        received = agency.receive_transfer(ctx, actor=window, code=taken.slip.qr_text)
    assert received.arrived and received.accepted is not None and received.accepted.state is CaseState.ACCEPTED

    with connect_as(hall.settings("T-0001")) as conn:
        legs = conn.execute("SELECT terminal_id, received_by FROM transfer_handovers").fetchall()
        assert legs == [("T-0001", "clerk01")]
        transfer_id, case_id = conn.execute("SELECT id, case_id FROM material_transfers").fetchone()
        # the window writing a hand-over, or an agent, in the station's name: refused by the rules
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=RLS):
            conn.execute(
                "INSERT INTO transfer_handovers (transfer_id, case_id, seq, from_point, to_point, handed_by, "
                "received_by, terminal_id, at, materials) VALUES (%s, %s, 9, 'x', 'y', 'a', 'b', 'T-0002', now(), '[]')",
                (transfer_id, case_id),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=RLS):
            conn.execute(
                "INSERT INTO case_agents (id, case_id, kind, agent_id_ct, agent_index, agent_name_ct, point_code, "
                "taken_by, terminal_id, created_at) VALUES ('x', %s, 'free', 'x', 'x', 'x', 'p', 'u', 'T-0002', now())",
                (case_id,),
            )
        # a hand-over is a record: nobody at a counter edits or deletes it
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE transfer_handovers SET received_by = 'someone' WHERE true")
    with connect_as(hall.settings("T-0101")) as kiosk:
        for table in ("case_agents", "material_transfers", "transfer_handovers"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                kiosk.execute(f"SELECT * FROM {table} LIMIT 1")
