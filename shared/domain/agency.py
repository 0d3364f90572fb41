"""帮办代办: a case applied for by an agent (代办人) on behalf of its principal (委托人), and
the paper materials of a 免费代办 travelling up from a village station or township centre
to the county window with a printed 流转单.

- An agent acts only with the principal's 授权委托书: whenever a case has an agent, the
  checklist requires it (:func:`materials_for`), whether the item's guide lists one or not.
- 免费代办 (云政发〔2022〕41号: 村(社区)便民服务站、乡镇便民服务中心 委托受理、帮办代办): a helper at
  a station takes the case there, free of charge; the papers go 村 → 乡 → 县 with a 流转单 whose
  QR identifies the transfer, and every hand-over is scanned and written down (FACTS: 异地代收代办
  needs clear rules on who receives and how materials travel).
- Agents get no faster or better treatment than residents who come in person (2016 文件): an
  agent's case joins the same queue and the same checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from enum import StrEnum

from shared.domain.catalog.models import Material, ServiceItem, ServicePoint
from shared.domain.catalog.vocab import Necessity, OriginalOrCopy
from shared.domain.errors import InvalidIdentity, ValidationError
from shared.domain.identity import ResidentId, parse_resident_id
from shared.domain.words import words


class AgencyKind(StrEnum):
    ENTRUSTED = "entrusted"  # 委托代办: a relative or neighbour with the principal's power of attorney
    FREE = "free"  # 免费代办: a helper at a village station or township centre


AGENCY_LABELS: dict[AgencyKind, str] = {AgencyKind.ENTRUSTED: "委托代办", AgencyKind.FREE: "免费代办"}


class TransferState(StrEnum):
    IN_TRANSIT = "in_transit"  # 在途: somewhere between the station and the county window
    RECEIVED = "received"  # 已签收 at the county window


TRANSFER_STATE_LABELS: dict[TransferState, str] = {
    TransferState.IN_TRANSIT: "在途",
    TransferState.RECEIVED: "已签收",
}

# the code of the power of attorney a checklist adds when the item's guide has none of its own
POWER_OF_ATTORNEY_CODE = "WTS-DB"
POWER_OF_ATTORNEY_NAME = "授权委托书"
_POA_REQUIREMENT = "委托人签名（或按手印）的原件，写明委托事项、代办人姓名和身份证号"


def _is_power_of_attorney(m: Material) -> bool:
    return "委托书" in m.name


def power_of_attorney_for(item: ServiceItem) -> Material:
    """The 授权委托书 an agent must bring for ``item``: the guide's own (made required, since an
    agent acts), or the hall's standard one."""
    for m in item.materials:
        if _is_power_of_attorney(m):
            return m.model_copy(update={"required": Necessity.REQUIRED, "deferrable": False})
    return Material(
        code=POWER_OF_ATTORNEY_CODE,
        name=POWER_OF_ATTORNEY_NAME,
        original_or_copy=OriginalOrCopy.ORIGINAL,
        copies=1,
        required=Necessity.REQUIRED,
        requirement=_POA_REQUIREMENT,
    )


def materials_for(item: ServiceItem, *, agent: bool) -> list[Material]:
    """The materials a case of ``item`` needs: with an agent, the power of attorney is required."""
    if not agent:
        return list(item.materials)
    poa = power_of_attorney_for(item)
    out = [poa if m.code == poa.code else m for m in item.materials]
    if all(m.code != poa.code for m in item.materials):
        out.append(poa)
    return out


def parse_agent_id(number: str, *, today: date) -> ResidentId:
    """The agent's resident ID, with a message that says it is the agent's number that is wrong."""
    try:
        return parse_resident_id(number, today=today)
    except InvalidIdentity as e:
        raise InvalidIdentity(
            words("代办人身份证号有误：{message}", message=e.message),
            hint="请把代办人本人的身份证放在读卡器上重读，或按证件逐位核对后重输。",
        ) from None


def check_agent(*, agent_id: str, agent_name: str, principal_id: str, today: date) -> tuple[str, str]:
    """(agent ID, name), validated: a real ID, a name, and not the principal themself."""
    if not agent_name.strip():
        raise ValidationError("代办人姓名不能为空。", hint="请读取代办人的身份证，或填写其姓名。")
    number = parse_agent_id(agent_id, today=today).number
    if number == principal_id.strip().upper():
        raise ValidationError(
            "代办人与申请人（委托人）是同一人。", hint="本人办理时不用登记代办人；请取消“代办”。"
        )
    return number, agent_name.strip()


# ---------------------------------------------------------------------- the 流转单
# (its number: shared/domain/transfer_no.py)


def route_up(points: Mapping[str, ServicePoint], start: str, hall_code: str) -> list[str]:
    """The points from ``start`` up to the county hall, following each point's parent
    (村 → 乡 → 县). Raises when ``start`` does not lead to ``hall_code``."""
    route: list[str] = []
    code: str | None = start
    while code is not None:
        if code in route:
            raise ValidationError(words("服务网点 {start} 的上级关系成环。", start=start), hint="请检查目录 points 的 parent。")
        point = points.get(code)
        if point is None:
            raise ValidationError(
                words("服务事项目录中没有服务网点 {code}。", code=code),
                hint="请核对本机配置 terminal.point 与目录 points 中的网点编码。",
            )
        route.append(code)
        if code == hall_code:
            return route
        code = point.parent
    raise ValidationError(
        words("服务网点 {start} 不隶属于本中心（{hall_code}）。", start=start, hall_code=hall_code), hint="流转单只能送往本站所属的县政务服务中心。"
    )


def route_text(points: Mapping[str, ServicePoint], route: list[str]) -> str:
    return " → ".join(points[c].name if c in points else c for c in route)


def age_label(since: datetime, now: datetime) -> str:
    """How long a bundle has lain where it is: 35分钟, 2小时10分, 3天4小时."""
    minutes = int(max(now - since, timedelta(0)).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}天{hours}小时" if hours else f"{days}天"
    if hours:
        return f"{hours}小时{mins}分" if mins else f"{hours}小时"
    return f"{mins}分钟"
