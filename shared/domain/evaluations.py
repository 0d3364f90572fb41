"""好差评: service evaluations and the follow-up of every bad review.

国办发〔2019〕51号 and GB/T 39734-2020 / GB/T 39735-2020: five levels, the two
lowest are 差评 and carry a reason; on site "一次一评" (one review per service,
bound to the case number), online "一事一评"; no review within 5 working days
counts as 基本满意; every 差评 is followed up and put right, by default within
15 working days. The applicant is never pressed: the default is silent.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import IntEnum, StrEnum

from shared.domain.errors import InvalidTransition, ValidationError
from shared.domain.words import words
from shared.domain.workdays import WorkingDayCalendar

DEFAULT_AFTER_WORKING_DAYS = 5
FOLLOW_UP_WORKING_DAYS = 15
MAX_COMMENT_CHARS = 500


class EvaluationLevel(IntEnum):
    VERY_SATISFIED = 5
    SATISFIED = 4
    BASIC = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self]

    @property
    def is_bad(self) -> bool:
        """差评: 不满意 and 非常不满意."""
        return self <= EvaluationLevel.DISSATISFIED


LEVEL_LABELS: dict[EvaluationLevel, str] = {
    EvaluationLevel.VERY_SATISFIED: "非常满意",
    EvaluationLevel.SATISFIED: "满意",
    EvaluationLevel.BASIC: "基本满意",
    EvaluationLevel.DISSATISFIED: "不满意",
    EvaluationLevel.VERY_DISSATISFIED: "非常不满意",
}


class BadReviewReason(StrEnum):
    """The choices offered with a 差评, so they can be counted and followed up by kind."""

    SLOW = "slow"
    ATTITUDE = "attitude"
    MULTIPLE_TRIPS = "multiple_trips"
    UNCLEAR_REQUIREMENTS = "unclear_requirements"
    EXCESSIVE_MATERIALS = "excessive_materials"
    LONG_WAIT = "long_wait"
    NOT_DONE = "not_done"
    SYSTEM_FAULT = "system_fault"
    IMPROPER_FEES = "improper_fees"
    FACILITIES = "facilities"
    OTHER = "other"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS: dict[BadReviewReason, str] = {
    BadReviewReason.SLOW: "办事效率低、超时办结",
    BadReviewReason.ATTITUDE: "服务态度差",
    BadReviewReason.MULTIPLE_TRIPS: "多次跑动",
    BadReviewReason.UNCLEAR_REQUIREMENTS: "材料要求不清、未一次性告知",
    BadReviewReason.EXCESSIVE_MATERIALS: "要求提供不必要的材料或证明",
    BadReviewReason.LONG_WAIT: "排队等候时间长",
    BadReviewReason.NOT_DONE: "事情没有办成",
    BadReviewReason.SYSTEM_FAULT: "系统或设备故障",
    BadReviewReason.IMPROPER_FEES: "违规收费",
    BadReviewReason.FACILITIES: "指引不清、办事环境差",
    BadReviewReason.OTHER: "其他",
}


class EvaluationChannel(StrEnum):
    COUNTER_DEVICE = "counter_device"  # 窗口评价器
    QR_CODE = "qr_code"  # 动态二维码, scanned with the applicant's phone
    KIOSK = "kiosk"  # 自助终端
    ONLINE = "online"  # 网上办事大厅 / app, 一事一评
    DEFAULT = "default"  # 超期未评, 默认基本满意


CHANNEL_LABELS: dict[EvaluationChannel, str] = {
    EvaluationChannel.COUNTER_DEVICE: "窗口评价器",
    EvaluationChannel.QR_CODE: "二维码评价",
    EvaluationChannel.KIOSK: "自助终端",
    EvaluationChannel.ONLINE: "网上评价",
    EvaluationChannel.DEFAULT: "默认评价",
}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One review of one service, bound to the case (or ticket) it is about."""

    case_no: str
    level: EvaluationLevel
    channel: EvaluationChannel
    evaluated_at: datetime
    reasons: tuple[BadReviewReason, ...] = ()
    comment: str = ""
    window_no: int | None = None
    clerk: str = ""
    real_name: bool = False  # the reviewer is identified, so the follow-up can contact them

    @property
    def is_bad(self) -> bool:
        return self.level.is_bad

    @property
    def is_default(self) -> bool:
        return self.channel is EvaluationChannel.DEFAULT

    def validate(self) -> None:
        """Raise :class:`ValidationError` unless this review may be stored."""
        if not self.case_no.strip():
            raise ValidationError(
                "评价没有关联办件编号。", hint="每次评价都必须绑定办件编号，请重新扫码或选择办件。"
            )
        if not isinstance(self.level, EvaluationLevel):
            raise ValidationError(
                words("评价等级“{level!r}”无效。", level=self.level), hint="等级为1（非常不满意）到5（非常满意）。"
            )
        if len(self.comment) > MAX_COMMENT_CHARS:
            raise ValidationError(
                words("评价意见过长（{n_comment}字）。", n_comment=len(self.comment)), hint=words("请控制在{max_comment_chars}字以内。", max_comment_chars=MAX_COMMENT_CHARS)
            )
        if len(set(self.reasons)) != len(self.reasons):
            raise ValidationError("差评原因有重复。", hint="每个原因只需选择一次。")
        if self.level.is_bad:
            if not self.reasons and not self.comment.strip():
                raise ValidationError(
                    words("“{label}”需要选择至少一个原因或填写意见。", label=self.level.label),
                    hint="请选择不满意的原因，以便整改。",
                )
            if BadReviewReason.OTHER in self.reasons and not self.comment.strip():
                raise ValidationError("选择了“其他”原因，但没有填写具体意见。", hint="请简要写明不满意之处。")
        elif self.reasons:
            raise ValidationError(
                words("“{label}”不需要选择差评原因。", label=self.level.label), hint="只有不满意和非常不满意需要选择原因。"
            )
        if self.is_default and self.level is not EvaluationLevel.BASIC:
            raise ValidationError("默认评价只能是“基本满意”。")


def default_due(
    service_day: date, calendar: WorkingDayCalendar, working_days: int = DEFAULT_AFTER_WORKING_DAYS
) -> date:
    """The last day the applicant can still review; from the day after, 基本满意 is recorded.

    Raises :class:`~shared.domain.errors.CalendarNotCovered` near the end of the calendar's
    coverage: a default review must not be recorded a day early, so the job retries
    after the next calendar sync.
    """
    return calendar.add_working_days(service_day, working_days)


def make_default_evaluation(
    *,
    case_no: str,
    service_day: date,
    calendar: WorkingDayCalendar,
    now: datetime,
    working_days: int = DEFAULT_AFTER_WORKING_DAYS,
    window_no: int | None = None,
    clerk: str = "",
) -> Evaluation:
    """The 基本满意 recorded for a service nobody reviewed in time."""
    due = default_due(service_day, calendar, working_days)
    if now.date() <= due:
        raise ValidationError(
            words("办件{case_no}的评价期到 {due:%Y-%m-%d} 才结束，还不能记为默认评价。", case_no=case_no, due=due),
            hint="评价期内申请人仍可自主评价。",
        )
    evaluation = Evaluation(
        case_no=case_no,
        level=EvaluationLevel.BASIC,
        channel=EvaluationChannel.DEFAULT,
        evaluated_at=now,
        window_no=window_no,
        clerk=clerk,
    )
    evaluation.validate()
    return evaluation


class FollowUpState(StrEnum):
    OPEN = "open"  # 待处理
    IN_PROGRESS = "in_progress"  # 整改中
    RESOLVED = "resolved"  # 已整改, waiting for the check / the applicant's answer
    CLOSED = "closed"  # 已办结


FOLLOW_UP_LABELS: dict[FollowUpState, str] = {
    FollowUpState.OPEN: "待处理",
    FollowUpState.IN_PROGRESS: "整改中",
    FollowUpState.RESOLVED: "已整改",
    FollowUpState.CLOSED: "已办结",
}

_FOLLOW_UP_ALLOWED: dict[FollowUpState, frozenset[FollowUpState]] = {
    FollowUpState.OPEN: frozenset({FollowUpState.IN_PROGRESS}),
    FollowUpState.IN_PROGRESS: frozenset({FollowUpState.RESOLVED}),
    # resolved -> in_progress: the check (回访) found the fix not good enough
    FollowUpState.RESOLVED: frozenset({FollowUpState.CLOSED, FollowUpState.IN_PROGRESS}),
}


def follow_up_transitions(state: FollowUpState) -> frozenset[FollowUpState]:
    return _FOLLOW_UP_ALLOWED.get(state, frozenset())


@dataclass(frozen=True, slots=True)
class FollowUpNote:
    at: datetime
    state: FollowUpState
    text: str
    by: str = ""


@dataclass(frozen=True, slots=True)
class FollowUp:
    """核实整改 of one bad review. Values are immutable; :meth:`transition` returns the next one."""

    case_no: str
    level: EvaluationLevel
    reasons: tuple[BadReviewReason, ...]
    opened_on: date
    due: date
    due_provisional: bool = False  # computed past the calendar's coverage; recompute after sync
    contact_applicant: bool = False  # real-name review: the applicant is told the outcome (回访)
    state: FollowUpState = FollowUpState.OPEN
    assignee: str = ""
    resolved_on: date | None = None
    closed_on: date | None = None
    notes: tuple[FollowUpNote, ...] = field(default=())

    def transition(self, target: FollowUpState, *, at: datetime, note: str = "", by: str = "") -> FollowUp:
        if target not in follow_up_transitions(self.state):
            allowed = "、".join(FOLLOW_UP_LABELS[s] for s in sorted(follow_up_transitions(self.state)))
            if self.state is FollowUpState.CLOSED:
                raise InvalidTransition(
                    words("差评整改已办结，不能再改为{follow_up_labels}。", follow_up_labels=FOLLOW_UP_LABELS[target]),
                    hint="如申请人仍不满意，请登记新的投诉或“办不成事”反映。",
                )
            raise InvalidTransition(
                words("差评整改当前为{follow_up_labels}，不能直接改为{follow_up_labels2}。", follow_up_labels=FOLLOW_UP_LABELS[self.state], follow_up_labels2=FOLLOW_UP_LABELS[target]),
                hint=words("当前可进行的操作：{allowed}。", allowed=allowed),
            )
        if target in (FollowUpState.RESOLVED, FollowUpState.CLOSED) and not note.strip():
            raise ValidationError(
                words("改为{follow_up_labels}时必须写明整改情况。", follow_up_labels=FOLLOW_UP_LABELS[target]), hint="请填写核实结果和整改措施。"
            )
        changes: dict[str, object] = {
            "state": target,
            "notes": (*self.notes, FollowUpNote(at=at, state=target, text=note, by=by)),
        }
        if target is FollowUpState.RESOLVED:
            changes["resolved_on"] = at.date()
        elif target is FollowUpState.CLOSED:
            changes["closed_on"] = at.date()
        elif target is FollowUpState.IN_PROGRESS:
            changes["resolved_on"] = None
            if by and not self.assignee:
                changes["assignee"] = by
        return replace(self, **changes)  # type: ignore[arg-type]

    def is_overdue(self, today: date) -> bool:
        """Not yet put right after the due day (a reopened follow-up is overdue again)."""
        return self.state in (FollowUpState.OPEN, FollowUpState.IN_PROGRESS) and today > self.due

    @property
    def resolved_late(self) -> bool:
        return self.resolved_on is not None and self.resolved_on > self.due


def make_follow_up(
    evaluation: Evaluation,
    *,
    calendar: WorkingDayCalendar,
    working_days: int = FOLLOW_UP_WORKING_DAYS,
    assignee: str = "",
) -> FollowUp:
    """Open the follow-up every bad review gets; due ``working_days`` after the review.

    The due date is computed provisionally past the calendar's coverage (a review in
    late December must still get its follow-up), flagged ``due_provisional``.
    """
    evaluation.validate()
    if not evaluation.is_bad:
        raise ValidationError(
            words("“{label}”不是差评，不需要整改跟进。", label=evaluation.level.label), hint="只有不满意和非常不满意需要跟进。"
        )
    opened_on = evaluation.evaluated_at.date()
    due, provisional = calendar.add_working_days_provisional(opened_on, working_days)
    return FollowUp(
        case_no=evaluation.case_no,
        level=evaluation.level,
        reasons=evaluation.reasons,
        opened_on=opened_on,
        due=due,
        due_provisional=provisional,
        contact_applicant=evaluation.real_name,
        assignee=assignee,
    )
