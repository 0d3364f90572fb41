"""好差评 at the window: the clerk asks for a review, the evaluator screen (a second window
facing the applicant) shows the five levels, bad levels need a reason, and the review is
stored bound to the case number (一次一评). A bad review opens a follow-up (the service does).

The clerk's side only ever hears *that* the applicant has reviewed, never the level
(国办发〔2019〕51号: the applicant is never pressed, and nobody watches the choice).

The evaluator screen speaks the applicant's language ([counter] evaluator_language), not the
clerk's: its words go through :attr:`EvaluationViewModel.translate`, a lookup in that language's
catalogue alone (context ``CounterEvaluator``; docs/translations.md), while the rest of the
counter stays Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from shared.domain.errors import ValidationError, YimenError
from shared.domain.evaluations import (
    MAX_COMMENT_CHARS,
    BadReviewReason,
    Evaluation,
    EvaluationChannel,
    EvaluationLevel,
)
from shared.services.actor import Actor, Role
from shared.services.evaluations import EvaluationOutcome, evaluate_case
from shared.ui.error_words import service_words
from shared.ui.i18n import QT_TRANSLATE_NOOP, Translator, catalogue_translator
from shared.ui.tasks import TaskRunner

# the levels and reasons as shared.domain.evaluations words them (a test holds the two the
# same), marked here for the applicant's language
LEVEL_WORDS = {
    EvaluationLevel.VERY_SATISFIED: QT_TRANSLATE_NOOP("CounterEvaluator", "非常满意"),
    EvaluationLevel.SATISFIED: QT_TRANSLATE_NOOP("CounterEvaluator", "满意"),
    EvaluationLevel.BASIC: QT_TRANSLATE_NOOP("CounterEvaluator", "基本满意"),
    EvaluationLevel.DISSATISFIED: QT_TRANSLATE_NOOP("CounterEvaluator", "不满意"),
    EvaluationLevel.VERY_DISSATISFIED: QT_TRANSLATE_NOOP("CounterEvaluator", "非常不满意"),
}
REASON_WORDS = {
    BadReviewReason.SLOW: QT_TRANSLATE_NOOP("CounterEvaluator", "办事效率低、超时办结"),
    BadReviewReason.ATTITUDE: QT_TRANSLATE_NOOP("CounterEvaluator", "服务态度差"),
    BadReviewReason.MULTIPLE_TRIPS: QT_TRANSLATE_NOOP("CounterEvaluator", "多次跑动"),
    BadReviewReason.UNCLEAR_REQUIREMENTS: QT_TRANSLATE_NOOP("CounterEvaluator", "材料要求不清、未一次性告知"),
    BadReviewReason.EXCESSIVE_MATERIALS: QT_TRANSLATE_NOOP("CounterEvaluator", "要求提供不必要的材料或证明"),
    BadReviewReason.LONG_WAIT: QT_TRANSLATE_NOOP("CounterEvaluator", "排队等候时间长"),
    BadReviewReason.NOT_DONE: QT_TRANSLATE_NOOP("CounterEvaluator", "事情没有办成"),
    BadReviewReason.SYSTEM_FAULT: QT_TRANSLATE_NOOP("CounterEvaluator", "系统或设备故障"),
    BadReviewReason.IMPROPER_FEES: QT_TRANSLATE_NOOP("CounterEvaluator", "违规收费"),
    BadReviewReason.FACILITIES: QT_TRANSLATE_NOOP("CounterEvaluator", "指引不清、办事环境差"),
    BadReviewReason.OTHER: QT_TRANSLATE_NOOP("CounterEvaluator", "其他"),
}


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

    def __init__(
        self,
        session: CounterSession,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        translate: Translator | None = None,
    ) -> None:
        super().__init__(session, runner, parent)
        # the evaluator screen's words: the applicant's language, whatever the clerk's screens show
        self.translate: Translator = translate or catalogue_translator(
            session.ctx.settings.counter.evaluator_language
        )
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
    def level_label(self, level: EvaluationLevel) -> str:
        return self.translate("CounterEvaluator", LEVEL_WORDS[level])

    def reason_choices(self) -> list[tuple[BadReviewReason, str]]:
        return [(reason, self.translate("CounterEvaluator", text)) for reason, text in REASON_WORDS.items()]

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
        """Why the choice cannot be submitted yet ("" when it can), in the applicant's words;
        the domain's own check (in Chinese) stays behind it for anything not worded here."""
        if self.request_ is None:
            return self.translate("CounterEvaluator", "没有待评价的服务。")
        if self.level is None:
            return self.translate("CounterEvaluator", "请选择一个评价等级。")
        comment = self.comment.strip()
        if self.level.is_bad and not self.reasons and not comment:
            return self.translate("CounterEvaluator", "请选择至少一个不满意的原因，或写下您的意见。")
        if BadReviewReason.OTHER in self.reasons and not comment:
            return self.translate("CounterEvaluator", "选择了“其他”，请写下具体意见。")
        if len(self.comment) > MAX_COMMENT_CHARS:
            return self.translate("CounterEvaluator", "意见请写在{n}字以内。").format(n=MAX_COMMENT_CHARS)
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
            return service_words(e.message, self.translate)
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
