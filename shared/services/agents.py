"""The agent (代办人) of a case: validated against the principal, stored with the case.

Kept apart from :mod:`shared.services.agency` (免费代办 and its 流转单), which builds on the
case use cases: the case use cases need only this part, so the two never import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from offline_store.records import CaseAgentRecord
from offline_store.store import UnitOfWork
from shared.domain.agency import AgencyKind, check_agent
from shared.domain.masking import mask_id_number, mask_name
from shared.services.actor import Actor
from shared.services.context import HallContext


@dataclass(frozen=True, slots=True)
class Agent:
    """Who applies on the applicant's (the principal's) behalf, read from their own ID card."""

    id_number: str
    name: str
    card_read: bool = False  # read by the window's certified reader, not typed

    def validated(self, *, principal_id: str, today: date) -> Agent:
        number, name = check_agent(
            agent_id=self.id_number, agent_name=self.name, principal_id=principal_id, today=today
        )
        return Agent(number, name, self.card_read)

    @property
    def masked(self) -> str:
        """张* 110105********002X: how every screen and slip shows the agent."""
        return f"{mask_name(self.name)} {mask_id_number(self.id_number)}"


def here(ctx: HallContext) -> str:
    """The service point this terminal stands at: a station's code, or the hall's."""
    return ctx.settings.terminal.point.strip() or ctx.settings.hall.code


def record_agent(
    ctx: HallContext,
    uow: UnitOfWork,
    *,
    case_id: str,
    case_no: str,
    agent: Agent,
    kind: AgencyKind,
    actor: Actor,
    at: datetime,
) -> CaseAgentRecord:
    """Store the agent with the case (ID and name encrypted) and write the work-log line."""
    record = uow.agency.add_agent(
        case_id=case_id,
        kind=kind.value,
        agent_id=agent.id_number,
        agent_name=agent.name,
        point_code=here(ctx),
        taken_by=actor.user,
        terminal_id=actor.terminal_id,
        at=at,
    )
    uow.audit.append(
        actor=actor.user,
        terminal_id=actor.terminal_id,
        action="case.agent",
        target=case_no,
        detail={"kind": kind.value, "point": here(ctx), "card_read": agent.card_read},
        at=at,
    )
    return record
