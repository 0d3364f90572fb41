"""帮办代办 (``uow.agency``): a case's agent, its 流转单 and every hand-over of the bundle."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models import Case
from offline_store.models_agency import CaseAgentRow, TransferLegRow, TransferRow
from offline_store.records import CaseAgentRecord, TransferLeg, TransferRecord
from offline_store.repositories._base import Repository, new_id
from shared.domain.errors import Conflict, NotFound
from shared.domain.words import words

_A = "case_agents"
IN_TRANSIT = "in_transit"
RECEIVED = "received"


class AgencyRepository(Repository):
    # ------------------------------------------------------------------ agents
    def add_agent(
        self,
        *,
        case_id: str,
        kind: str,
        agent_id: str,
        agent_name: str,
        point_code: str,
        taken_by: str,
        terminal_id: str,
        at: datetime,
    ) -> CaseAgentRecord:
        self.session.execute(
            sa.insert(CaseAgentRow).values(
                id=new_id(),
                case_id=case_id,
                kind=kind,
                agent_id_ct=self.cipher.encrypt(agent_id, aad=f"{_A}.agent_id_ct"),
                agent_index=self.cipher.blind_index(agent_id),
                agent_name_ct=self.cipher.encrypt(agent_name, aad=f"{_A}.agent_name_ct"),
                point_code=point_code,
                taken_by=taken_by,
                terminal_id=terminal_id,
                created_at=at,
            )
        )
        found = self.agent_of(case_id)
        assert found is not None
        return found

    def agent_of(self, case_id: str) -> CaseAgentRecord | None:
        row = self.session.execute(
            sa.select(CaseAgentRow)
            .where(CaseAgentRow.case_id == case_id)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
        return None if row is None else self._agent(row)

    def case_numbers_of_agent(self, agent_id: str) -> list[str]:
        """The cases this person handed in as an agent, newest first."""
        q = (
            sa.select(Case.case_no)
            .join(CaseAgentRow, CaseAgentRow.case_id == Case.id)
            .where(CaseAgentRow.agent_index == self.cipher.blind_index(agent_id))
            .order_by(CaseAgentRow.created_at.desc())
        )
        return list(self.session.execute(q).scalars())

    def counts_between(self, *, start: datetime, end: datetime) -> list[tuple[str, str, int]]:
        """(kind, point code, cases) of the agents recorded in [start, end): the figures."""
        q = (
            sa.select(CaseAgentRow.kind, CaseAgentRow.point_code, sa.func.count())
            .where(CaseAgentRow.created_at >= start, CaseAgentRow.created_at < end)
            .group_by(CaseAgentRow.kind, CaseAgentRow.point_code)
        )
        return [(kind, point, int(n)) for kind, point, n in self.session.execute(q)]

    def _agent(self, r: CaseAgentRow) -> CaseAgentRecord:
        return CaseAgentRecord(
            case_id=r.case_id,
            kind=r.kind,
            agent_id=self.cipher.decrypt(r.agent_id_ct, aad=f"{_A}.agent_id_ct"),
            agent_name=self.cipher.decrypt(r.agent_name_ct, aad=f"{_A}.agent_name_ct"),
            point_code=r.point_code,
            taken_by=r.taken_by,
            terminal_id=r.terminal_id,
            created_at=r.created_at,
        )

    # ------------------------------------------------------------------ 流转单
    def add_transfer(
        self,
        *,
        transfer_no: str,
        hall_code: str,
        case_id: str,
        route: list[str],
        materials: list[dict[str, Any]],
        holder: str,
        at: datetime,
    ) -> TransferRecord:
        if self._row(transfer_no) is not None:
            raise Conflict(words("流转单号 {transfer_no} 已存在。", transfer_no=transfer_no), hint="请再点一次（会取下一个号）。")
        self.session.execute(
            sa.insert(TransferRow).values(
                id=new_id(),
                transfer_no=transfer_no,
                hall_code=hall_code,
                case_id=case_id,
                route=list(route),
                materials=list(materials),
                state=IN_TRANSIT,
                at_point=route[0],
                holder=holder,
                legs=0,
                created_by=holder,
                created_at=at,
                moved_at=at,
                received_by="",
            )
        )
        return self.get(transfer_no)

    def count_numbered(self, prefix: str) -> int:
        """How many transfer numbers start with ``prefix`` (a day's numbers so far)."""
        q = (
            sa.select(sa.func.count())
            .select_from(TransferRow)
            .where(TransferRow.transfer_no.startswith(prefix, autoescape=True))
        )
        return int(self.session.execute(q).scalar_one())

    def find(self, transfer_no: str) -> TransferRecord | None:
        row = self._row(transfer_no)
        return None if row is None else self._transfer(row)

    def get(self, transfer_no: str) -> TransferRecord:
        found = self.find(transfer_no)
        if found is None:
            raise NotFound(
                words("找不到流转单 {transfer_no}。", transfer_no=transfer_no), hint="请核对流转单号；流转单须由本中心所属的便民服务站打印。"
            )
        return found

    def of_case(self, case_id: str) -> list[TransferRecord]:
        rows = self.session.scalars(
            sa.select(TransferRow)
            .where(TransferRow.case_id == case_id)
            .order_by(TransferRow.created_at)
            .execution_options(populate_existing=True)
        )
        return [self._transfer(r) for r in rows]

    def hand_over(
        self,
        *,
        transfer_no: str,
        from_point: str,
        to_point: str,
        received_by: str,
        terminal_id: str,
        arrived: bool,
        at: datetime,
    ) -> TransferRecord:
        """Record one hand-over: the bundle moves from ``from_point`` (where it must still be,
        in transit) to ``to_point``; two terminals scanning the same slip at once: the second
        is told where it is now."""
        current = self.get(transfer_no)
        values: dict[str, Any] = {
            "at_point": to_point,
            "holder": received_by,
            "legs": TransferRow.legs + 1,
            "moved_at": at,
        }
        if arrived:
            values.update(state=RECEIVED, received_at=at, received_by=received_by)
        done = rows_changed(
            self.session.execute(
                sa.update(TransferRow)
                .where(
                    TransferRow.transfer_no == transfer_no,
                    TransferRow.state == IN_TRANSIT,
                    TransferRow.at_point == from_point,
                    TransferRow.legs == current.legs,
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )
        )
        if done != 1:
            raise Conflict(
                words("流转单 {transfer_no} 刚被另一台终端签收。", transfer_no=transfer_no), hint="刷新“材料流转”页查看它现在的位置。"
            )
        self.session.execute(
            sa.insert(TransferLegRow).values(
                transfer_id=current.id,
                case_id=current.case_id,
                seq=current.legs + 1,
                from_point=from_point,
                to_point=to_point,
                handed_by=current.holder,
                received_by=received_by,
                terminal_id=terminal_id,
                at=at,
                materials=list(current.materials),
            )
        )
        return self.get(transfer_no)

    def legs_of(self, transfer_id: str) -> list[TransferLeg]:
        rows = self.session.scalars(
            sa.select(TransferLegRow).where(TransferLegRow.transfer_id == transfer_id).order_by(TransferLegRow.seq)
        )
        return [
            TransferLeg(
                seq=r.seq,
                from_point=r.from_point,
                to_point=r.to_point,
                handed_by=r.handed_by,
                received_by=r.received_by,
                terminal_id=r.terminal_id,
                at=r.at,
                materials=tuple(r.materials or ()),
            )
            for r in rows
        ]

    def in_transit(self, *, hall_code: str, limit: int = 500) -> list[TransferRecord]:
        """Bundles on their way to ``hall_code``, the one lying longest where it is first."""
        rows = self.session.scalars(
            sa.select(TransferRow)
            .where(TransferRow.hall_code == hall_code, TransferRow.state == IN_TRANSIT)
            .order_by(TransferRow.moved_at, TransferRow.transfer_no)
            .limit(limit)
            .execution_options(populate_existing=True)
        )
        return [self._transfer(r) for r in rows]

    def count_in_transit(self, *, hall_code: str) -> int:
        q = sa.select(sa.func.count()).where(TransferRow.hall_code == hall_code, TransferRow.state == IN_TRANSIT)
        return int(self.session.execute(q).scalar_one())

    def received_between(self, *, hall_code: str, start: datetime, end: datetime) -> int:
        q = sa.select(sa.func.count()).where(
            TransferRow.hall_code == hall_code,
            TransferRow.state == RECEIVED,
            TransferRow.received_at >= start,
            TransferRow.received_at < end,
        )
        return int(self.session.execute(q).scalar_one())

    def _row(self, transfer_no: str) -> TransferRow | None:
        return self.session.execute(
            sa.select(TransferRow)
            .where(TransferRow.transfer_no == transfer_no)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()

    def _transfer(self, r: TransferRow) -> TransferRecord:
        case_no = self.session.execute(sa.select(Case.case_no).where(Case.id == r.case_id)).scalar_one()
        return TransferRecord(
            id=r.id,
            transfer_no=r.transfer_no,
            hall_code=r.hall_code,
            case_id=r.case_id,
            case_no=case_no,
            route=tuple(r.route or ()),
            materials=tuple(r.materials or ()),
            state=r.state,
            at_point=r.at_point,
            holder=r.holder,
            legs=r.legs,
            created_by=r.created_by,
            created_at=r.created_at,
            moved_at=r.moved_at,
            received_at=r.received_at,
            received_by=r.received_by,
        )
