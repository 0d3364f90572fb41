"""好差评 at the window: the clerk asks for a review, the evaluator screen (a second window
facing the applicant) shows the five levels, bad levels need a reason, and the review is
stored bound to the case number (一次一评). A bad review opens a follow-up (the service does).

The clerk's side only ever hears *that* the applicant has reviewed, never the level
(国办发〔2019〕51号: the applicant is never pressed, and nobody watches the choice).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from shared.domain.errors import ValidationError, YimenError
from shared.domain.evaluations import (
    LEVEL_LABELS,
    REASON_LABELS,
    BadReviewReason,
    Evaluation,
    EvaluationChannel,
    EvaluationLevel,
)
from shared.services.actor import Actor, Role
from shared.services.evaluations import EvaluationOutcome, evaluate_case
from shared.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class EvaluationRequest:
    case_no: str
    service_name: str
    window_no: int | None
    clerk_name: str


class EvaluationViewModel(ViewModel):
    # to the evaluator screen
    requested = Signal(object)  # EvaluationRequest
    selection_changed = Signal()
    thanked = Signal(bool)  # True: a follow-up was opened (the screen says someone will call back)
    # to the clerk's screen: no level, ever
    status_changed = Signal(str, str)  # case_no, "waiting" | "done" | "skipped"

    LEVELS = tuple(EvaluationLevel)

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.request_: EvaluationRequest | None = None
        self.level: EvaluationLevel | None = None
        self.reasons: list[BadReviewReason] = []
        self.comment = ""
        self.clerk_status: dict[str, str] = {}

    @property
    def device_actor(self) -> Actor:
        """The evaluator device is the actor of the review, not the clerk (the log must not
        suggest the clerk chose the level)."""
        terminal = self.session.terminal_id
        return Actor(
            user=f"evaluator:{terminal}",
            role=Role.KIOSK,
            terminal_id=terminal,
            window_no=self.session.window_no,
        )

    # ------------------------------------------------------------------ the clerk asks
    def request(self, *, case_no: str, service_name: str) -> None:
        who = self.session.signed_in.display_name if self.session.signed_in else ""
        self.request_ = EvaluationRequest(case_no, service_name, self.session.window_no, who)
        self.level, self.reasons, self.comment = None, [], ""
        self.clerk_status[case_no] = "waiting"
        self.status_changed.emit(case_no, "waiting")
        self.requested.emit(self.request_)

    # ------------------------------------------------------------------ the applicant answers
    @staticmethod
    def level_label(level: EvaluationLevel) -> str:
        return LEVEL_LABELS[level]

    @staticmethod
    def reason_choices() -> list[tuple[BadReviewReason, str]]:
        return list(REASON_LABELS.items())

    def choose(self, level: EvaluationLevel) -> None:
        self.level = level
        if not level.is_bad:
            self.reasons = []
        self.selection_changed.emit()

    def toggle_reason(self, reason: BadReviewReason, on: bool) -> None:
        if on and reason not in self.reasons:
            self.reasons.append(reason)
        elif not on and reason in self.reasons:
            self.reasons.remove(reason)
        self.selection_changed.emit()

    def set_comment(self, text: str) -> None:
        self.comment = text

    def problem(self) -> str:
        """Why the choice cannot be submitted yet ("" when it can)."""
        if self.request_ is None:
            return "没有待评价的服务。"
        if self.level is None:
            return "请选择一个评价等级。"
        try:
            Evaluation(
                case_no=self.request_.case_no,
                level=self.level,
                channel=EvaluationChannel.COUNTER_DEVICE,
                evaluated_at=self.ctx.now(),
                reasons=tuple(self.reasons),
                comment=self.comment,
            ).validate()
        except YimenError as e:
            return e.message
        return ""

    def submit(self) -> None:
        why = self.problem()
        if why:
            self.fail(ValidationError(why))
            return
        assert self.request_ is not None and self.level is not None
        self.run(
            evaluate_case,
            self.ctx,
            actor=self.device_actor,
            case_no=self.request_.case_no,
            level=self.level,
            channel=EvaluationChannel.COUNTER_DEVICE,
            reasons=tuple(self.reasons),
            comment=self.comment.strip(),
            on_done=self._stored,
            key="evaluate",
        )

    def _stored(self, outcome: EvaluationOutcome) -> None:
        case_no = outcome.evaluation.target_no
        self.request_ = None
        self.level, self.reasons, self.comment = None, [], ""
        self.clerk_status[case_no] = "done"
        self.thanked.emit(outcome.followup is not None)
        self.status_changed.emit(case_no, "done")

    def skip(self) -> None:
        """The applicant does not want to review now: nothing is pressed on them; the receipt's
        QR code still works, and 基本满意 is recorded after 5 working days."""
        if self.request_ is None:
            return
        case_no = self.request_.case_no
        self.request_ = None
        self.clerk_status[case_no] = "skipped"
        self.status_changed.emit(case_no, "skipped")
        self.thanked.emit(False)
