"""好差评 at the kiosk: find the one service a review is about (a case by its number or QR, a
window visit by its queue slip) and record the review (一事一评, 一次一评)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk_app.backend.areas import KioskTerminal
from shared.domain.evaluations import BadReviewReason, EvaluationChannel, EvaluationLevel
from shared.services import evaluations as evaluation_service
from shared.services.evaluations import ReviewTarget

if TYPE_CHECKING:
    from shared.domain.payloads import EvaluationRef, TicketRef


class Reviews:
    def __init__(self, terminal: KioskTerminal) -> None:
        self._t = terminal

    def for_case(self, case_no: str, *, token: str | None = None) -> ReviewTarget:
        return evaluation_service.review_target_for_case(self._t.ctx, case_no=case_no, token=token)

    def for_ticket(self, ref: TicketRef) -> ReviewTarget:
        return evaluation_service.review_target_for_ticket(self._t.ctx, ref=ref)

    def for_ref(self, ref: EvaluationRef) -> ReviewTarget:
        return evaluation_service.review_target_for_ref(self._t.ctx, ref=ref)

    def submit(
        self,
        target: ReviewTarget,
        *,
        level: EvaluationLevel,
        reasons: tuple[BadReviewReason, ...],
        comment: str = "",
    ) -> None:
        evaluation_service.submit_review(
            self._t.ctx,
            actor=self._t.actor,
            target=target,
            level=level,
            channel=EvaluationChannel.KIOSK,
            reasons=reasons,
            comment=comment,
        )
