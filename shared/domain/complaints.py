"""“办不成事”反映: complaints that the normal windows could not solve.

A complaint is received at the 办不成事 window (or online), assigned to the
department or person who can solve it, worked on, resolved, the person told
the result, then closed. A resolution the person (or the checker) finds not good
enough goes back to work. Values are immutable; :meth:`Complaint.transition`
returns the next value and refuses what the rules do not allow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from shared.domain.errors import InvalidTransition, ValidationError
from shared.domain.regions import validate_region_code
from shared.domain.words import words


class ComplaintState(StrEnum):
    RECEIVED = "received"  # 已登记
    ASSIGNED = "assigned"  # 已交办
    IN_PROGRESS = "in_progress"  # 办理中
    RESOLVED = "resolved"  # 已解决, not yet told
    NOTIFIED = "notified"  # 已反馈: the person was told the result
    CLOSED = "closed"  # 已办结


STATE_LABELS: dict[ComplaintState, str] = {
    ComplaintState.RECEIVED: "已登记",
    ComplaintState.ASSIGNED: "已交办",
    ComplaintState.IN_PROGRESS: "办理中",
    ComplaintState.RESOLVED: "已解决",
    ComplaintState.NOTIFIED: "已反馈",
    ComplaintState.CLOSED: "已办结",
}

TERMINAL_STATES = frozenset({ComplaintState.CLOSED})

_ALLOWED: dict[ComplaintState, frozenset[ComplaintState]] = {
    ComplaintState.RECEIVED: frozenset({ComplaintState.ASSIGNED}),
    # assigned -> assigned: handed to a different department (交办错了, 转办)
    ComplaintState.ASSIGNED: frozenset({ComplaintState.ASSIGNED, ComplaintState.IN_PROGRESS}),
    ComplaintState.IN_PROGRESS: frozenset({ComplaintState.RESOLVED, ComplaintState.ASSIGNED}),
    # resolved -> in_progress: the resolution is not good enough
    ComplaintState.RESOLVED: frozenset({ComplaintState.NOTIFIED, ComplaintState.IN_PROGRESS}),
    ComplaintState.NOTIFIED: frozenset({ComplaintState.CLOSED}),
}


def allowed_transitions(state: ComplaintState) -> frozenset[ComplaintState]:
    return _ALLOWED.get(state, frozenset())


def transition(current: ComplaintState, target: ComplaintState) -> ComplaintState:
    """Return ``target`` if the rules allow it, else raise :class:`InvalidTransition`."""
    if target in allowed_transitions(current):
        return target
    if current in TERMINAL_STATES:
        raise InvalidTransition(
            words("“办不成事”反映已{state}，不能再改为{target_state}。", state=STATE_LABELS[current], target_state=STATE_LABELS[target]),
            hint="如问题仍未解决，请登记一条新的反映并注明原编号。",
        )
    allowed = "、".join(STATE_LABELS[s] for s in sorted(allowed_transitions(current)))
    raise InvalidTransition(
        words("“办不成事”反映当前为{state}，不能直接改为{target_state}。", state=STATE_LABELS[current], target_state=STATE_LABELS[target]),
        hint=words("当前可进行的操作：{allowed}。", allowed=allowed),
    )


class ComplaintCategory(StrEnum):
    NO_POLICY = "no_policy"
    MATERIAL_UNOBTAINABLE = "material_unobtainable"
    DEPARTMENT_SHIFTING = "department_shifting"
    OVERDUE = "overdue"
    CROSS_REGION = "cross_region"
    SYSTEM_FAULT = "system_fault"
    HISTORICAL = "historical"
    OTHER = "other"


CATEGORY_LABELS: dict[ComplaintCategory, str] = {
    ComplaintCategory.NO_POLICY: "政策不明确或无办理依据",
    ComplaintCategory.MATERIAL_UNOBTAINABLE: "所需材料或证明无法取得",
    ComplaintCategory.DEPARTMENT_SHIFTING: "部门之间推诿",
    ComplaintCategory.OVERDUE: "超期未办结",
    ComplaintCategory.CROSS_REGION: "异地办理难",
    ComplaintCategory.SYSTEM_FAULT: "系统故障无法办理",
    ComplaintCategory.HISTORICAL: "历史遗留问题",
    ComplaintCategory.OTHER: "其他",
}


@dataclass(frozen=True, slots=True)
class ComplaintEvent:
    at: datetime
    state: ComplaintState
    text: str = ""
    by: str = ""


@dataclass(frozen=True, slots=True)
class Complaint:
    """One 办不成事 complaint. Personal fields are left out of ``repr`` so they never reach a log."""

    complaint_no: str
    summary: str
    category: ComplaintCategory
    received_at: datetime
    person_id: str = field(default="", repr=False)  # ID number or credit code; encrypted at rest
    person_name: str = field(default="", repr=False)
    contact_phone: str = field(default="", repr=False)
    case_no: str = ""  # the case that could not be done, if there is one
    item_code: str = ""
    state: ComplaintState = ComplaintState.RECEIVED
    assignee: str = ""
    resolution: str = ""
    assigned_at: datetime | None = None
    resolved_at: datetime | None = None
    notified_at: datetime | None = None
    closed_at: datetime | None = None
    history: tuple[ComplaintEvent, ...] = ()

    def __post_init__(self) -> None:
        if not self.summary.strip():
            raise ValidationError("“办不成事”反映缺少问题描述。", hint="请简要记录申请人想办什么、卡在哪里。")
        if not self.complaint_no.strip():
            raise ValidationError("“办不成事”反映缺少编号。", hint="请用 make_complaint_no 生成编号。")

    @property
    def last_changed_at(self) -> datetime:
        return self.history[-1].at if self.history else self.received_at

    def transition(
        self,
        target: ComplaintState,
        *,
        at: datetime,
        by: str = "",
        assignee: str = "",
        resolution: str = "",
        note: str = "",
    ) -> Complaint:
        """The complaint after moving to ``target`` at ``at``.

        ``assignee`` is required for 交办, ``resolution`` for 已解决, and a ``note``
        (why it is not good enough) when a resolution goes back to work.
        """
        transition(self.state, target)
        if at < self.last_changed_at:
            raise ValidationError(
                words("操作时间 {at:%Y-%m-%d %H:%M} 早于上一步（{last_changed_at:%Y-%m-%d %H:%M}）。", at=at, last_changed_at=self.last_changed_at),
                hint="请检查本机时钟。",
            )
        changes: dict[str, object] = {"state": target}
        text = note
        if target is ComplaintState.ASSIGNED:
            if not assignee.strip():
                raise ValidationError("交办时必须写明承办部门或承办人。", hint="请选择承办部门。")
            changes.update(assignee=assignee.strip(), assigned_at=at)
            text = note or f"交办：{assignee.strip()}"
        elif target is ComplaintState.RESOLVED:
            if not resolution.strip():
                raise ValidationError("改为已解决时必须写明解决结果。", hint="请填写办理结果或答复意见。")
            changes.update(resolution=resolution.strip(), resolved_at=at)
            text = note or resolution.strip()
        elif target is ComplaintState.IN_PROGRESS and self.state is ComplaintState.RESOLVED:
            if not note.strip():
                raise ValidationError("退回重办时必须写明原因。", hint="请写明解决结果哪里不到位。")
            changes.update(resolved_at=None)
        elif target is ComplaintState.NOTIFIED:
            changes.update(notified_at=at)
        elif target is ComplaintState.CLOSED:
            changes.update(closed_at=at)
        changes["history"] = (*self.history, ComplaintEvent(at=at, state=target, text=text, by=by))
        return replace(self, **changes)  # type: ignore[arg-type]


_COMPLAINT_NO = re.compile(r"BC\d{6}\d{8}\d{4}")


def make_complaint_no(*, region_code: str, day: date, seq: int) -> str:
    """``BC`` + region(6) + yyyymmdd + daily sequence(4), e.g. BC532822202503010001."""
    region = validate_region_code(region_code)
    if not 1 <= seq <= 9999:
        raise ValidationError(words("日序号须为1-9999，现为{seq}。", seq=seq), hint="同一天同一区划的反映最多9999条。")
    return f"BC{region}{day:%Y%m%d}{seq:04d}"


def is_valid_complaint_no(text: str) -> bool:
    if not _COMPLAINT_NO.fullmatch(text):
        return False
    try:
        date(int(text[8:12]), int(text[12:14]), int(text[14:16]))
    except ValueError:
        return False
    return int(text[16:]) >= 1
