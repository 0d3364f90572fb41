"""好差评: scan the QR on a ticket, receipt or evaluation slip, or type the case number;
five levels shown as faces and words; reasons required for the two bad levels; one review
per service; a thank-you, and never any pressure (no timer, "不评了" always there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.viewmodels.base import ScreenViewModel
from shared.domain.cases import is_valid_case_no
from shared.domain.evaluations import BadReviewReason, EvaluationLevel
from shared.services.evaluations import ReviewTarget
from shared.ui.widgets.keypad import apply_key

if TYPE_CHECKING:
    from shared.domain.payloads import Payload

LEVELS = tuple(sorted(EvaluationLevel, reverse=True))  # 非常满意 first
# "其他" needs a written comment the kiosk cannot take; that goes to the 办不成事 window
KIOSK_REASONS = tuple(r for r in BadReviewReason if r is not BadReviewReason.OTHER)
# the levels and reasons as shared.domain.evaluations words them (a test holds the two the
# same), marked here for the kiosk's language
LEVEL_WORDS = {
    EvaluationLevel.VERY_SATISFIED: QT_TRANSLATE_NOOP("KioskEvaluate", "非常满意"),
    EvaluationLevel.SATISFIED: QT_TRANSLATE_NOOP("KioskEvaluate", "满意"),
    EvaluationLevel.BASIC: QT_TRANSLATE_NOOP("KioskEvaluate", "基本满意"),
    EvaluationLevel.DISSATISFIED: QT_TRANSLATE_NOOP("KioskEvaluate", "不满意"),
    EvaluationLevel.VERY_DISSATISFIED: QT_TRANSLATE_NOOP("KioskEvaluate", "非常不满意"),
}
REASON_WORDS = {
    BadReviewReason.SLOW: QT_TRANSLATE_NOOP("KioskEvaluate", "办事效率低、超时办结"),
    BadReviewReason.ATTITUDE: QT_TRANSLATE_NOOP("KioskEvaluate", "服务态度差"),
    BadReviewReason.MULTIPLE_TRIPS: QT_TRANSLATE_NOOP("KioskEvaluate", "多次跑动"),
    BadReviewReason.UNCLEAR_REQUIREMENTS: QT_TRANSLATE_NOOP("KioskEvaluate", "材料要求不清、未一次性告知"),
    BadReviewReason.EXCESSIVE_MATERIALS: QT_TRANSLATE_NOOP("KioskEvaluate", "要求提供不必要的材料或证明"),
    BadReviewReason.LONG_WAIT: QT_TRANSLATE_NOOP("KioskEvaluate", "排队等候时间长"),
    BadReviewReason.NOT_DONE: QT_TRANSLATE_NOOP("KioskEvaluate", "事情没有办成"),
    BadReviewReason.SYSTEM_FAULT: QT_TRANSLATE_NOOP("KioskEvaluate", "系统或设备故障"),
    BadReviewReason.IMPROPER_FEES: QT_TRANSLATE_NOOP("KioskEvaluate", "违规收费"),
    BadReviewReason.FACILITIES: QT_TRANSLATE_NOOP("KioskEvaluate", "指引不清、办事环境差"),
    BadReviewReason.OTHER: QT_TRANSLATE_NOOP("KioskEvaluate", "其他"),
}


class EvaluateViewModel(ScreenViewModel):
    screen = "evaluate"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskEvaluate", "好差评")

    def __init__(self, root) -> None:
        super().__init__(root)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.step = "input"  # input | choose | reasons | thanks | already
        self.number = ""
        self.number_problem = ""
        self.target: ReviewTarget | None = None
        self.level: EvaluationLevel | None = None
        self.reasons: list[BadReviewReason] = []
        self.page = 0

    @property
    def holds_personal_data(self) -> bool:
        return self.target is not None or bool(self.number)

    def enter(self) -> None:
        if self.step in ("thanks", "already"):
            self.reset()

    # ---------------------------------------------------------------- finding the service
    def key(self, key: str) -> None:
        self.number = apply_key(self.number, key, max_length=20)
        self.number_problem = ""
        self.clear_error()
        self.changed()

    def submit_number(self) -> None:
        if len(self.number) != 20 or not is_valid_case_no(self.number):
            self.number_problem = translate(
                "KioskEvaluate", "请输入受理凭证上的20位办件编号（最后一位是校验位，请逐位核对）"
            )
            self.changed()
            return
        number = self.number
        self.run(lambda: self.backend.reviews.for_case(number), self._found)

    def on_scan(self, payload: Payload) -> bool:
        from shared.domain.payloads import CaseRef, EvaluationRef, TicketRef

        value = payload.value
        if isinstance(value, EvaluationRef):
            self.run(lambda: self.backend.reviews.for_ref(value), self._found)
        elif isinstance(value, CaseRef):
            self.run(lambda: self.backend.reviews.for_case(value.case_no), self._found)
        elif isinstance(value, TicketRef):
            self.run(lambda: self.backend.reviews.for_ticket(value), self._found)
        else:
            self.error = payload.problem or translate("KioskEvaluate", "这个二维码不能用来评价。")
            self.hint = translate("KioskEvaluate", "请扫描排队凭条、受理凭证或评价单上的二维码。")
            self.changed()
        return True

    def _found(self, target: ReviewTarget) -> None:
        self.target = target
        self.step = "already" if target.already_reviewed else "choose"
        self.changed()

    # ---------------------------------------------------------------- the review
    def levels(self) -> list[tuple[EvaluationLevel, str]]:
        return [(lv, translate("KioskEvaluate", LEVEL_WORDS[lv])) for lv in LEVELS]

    def choose(self, level: EvaluationLevel) -> None:
        self.level = level
        if level.is_bad:
            self.step = "reasons"
            self.page = 0
            self.changed()
        else:
            self.reasons = []
            self._submit()

    @property
    def reason_page_size(self) -> int:
        """Reasons a page: twice the mode's page of choices, but in elderly landscape three
        rows of two (the height under the title, above the pager and the buttons)."""
        if self.root.mode.elder and self.root.landscape:
            return 6
        return self.page_size * 2

    def reason_choices(self) -> list[tuple[BadReviewReason, str, bool]]:
        size = self.reason_page_size
        shown = KIOSK_REASONS[self.page * size : (self.page + 1) * size]
        return [(r, translate("KioskEvaluate", REASON_WORDS[r]), r in self.reasons) for r in shown]

    def reason_pages(self) -> int:
        return max(1, -(-len(KIOSK_REASONS) // self.reason_page_size))

    def turn_page(self, delta: int) -> None:
        self.page = min(max(0, self.page + delta), self.reason_pages() - 1)
        self.changed()

    def toggle_reason(self, reason: BadReviewReason) -> None:
        if reason in self.reasons:
            self.reasons.remove(reason)
        else:
            self.reasons.append(reason)
        self.clear_error()
        self.changed()

    def send_reasons(self) -> None:
        if not self.reasons:
            # 差评 must say why (GB/T 39734-2020) so that it can be followed up and fixed
            self.error = translate("KioskEvaluate", "请至少选择一个不满意的原因。")
            self.hint = translate("KioskEvaluate", "我们会在15个工作日内回访整改。")
            self.changed()
            return
        self._submit()

    def _submit(self) -> None:
        target, level, reasons = self.target, self.level, tuple(self.reasons)
        if target is None or level is None:
            return
        self.run(lambda: self.backend.reviews.submit(target, level=level, reasons=reasons), self._thanks)

    def _thanks(self, _result) -> None:
        self.step = "thanks"
        self.changed()

    def thanks_text(self) -> str:
        if self.level is not None and self.level.is_bad:
            return translate("KioskEvaluate", "谢谢您告诉我们。我们会认真整改，并在15个工作日内回访。")
        return translate("KioskEvaluate", "谢谢您的评价！")

    def speech(self) -> str:
        if self.step == "input":
            return translate(
                "KioskEvaluate", "请扫描凭条或受理凭证上的二维码，或输入办件编号。评价完全自愿，不想评价可以直接返回。"
            )
        if self.step == "choose" and self.target is not None:
            words = translate("KioskCommon", "、").join(label for _, label in self.levels())
            return translate("KioskEvaluate", "请评价：{service}。{levels}。").format(
                service=self.target.service_name, levels=words
            )
        if self.step == "reasons":
            return translate("KioskEvaluate", "请选择不满意的原因，可以选多个：{reasons}。").format(
                reasons=translate("KioskCommon", "、").join(label for _, label, _ in self.reason_choices())
            )
        if self.step == "already":
            return translate("KioskEvaluate", "这项服务已经评价过了，每项服务只评价一次。谢谢您。")
        if self.step == "thanks":
            return self.thanks_text()
        return self.title
