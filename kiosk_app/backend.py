"""What the kiosk's view-models may ask of the hall: one Qt-free façade over the use cases
in ``shared.services`` and the device manager.

Every method may block (database, printer status) and is called on a worker thread by the
runner, never on the UI thread. Nothing here keeps personal data between calls.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from devices.base import Health
from kiosk_app.words import device_problems
from offline_store.records import HelpRequest, StoredCase
from shared.cases import ApplicantKind, Delivery, MaterialReceipt
from shared.catalog.catalog import Catalog
from shared.catalog.search import CatalogSearchIndex, SearchHit
from shared.errors import NotFound, ValidationError
from shared.evaluations import BadReviewReason, EvaluationChannel, EvaluationLevel
from shared.services import cases as case_service
from shared.services import evaluations as evaluation_service
from shared.services import tickets as ticket_service
from shared.services.actor import Actor
from shared.services.context import HallContext
from shared.services.hours import HallHours
from shared.tickets import STATE_LABELS as TICKET_STATE_LABELS
from shared.tickets import Priority, TicketState

if TYPE_CHECKING:
    # the printer and scanner packages load python-escpos and OpenCV: imported when first used,
    # so the home screen does not wait for them (bench/bench_kiosk.py, cold start)
    from devices.idcard import IdCardData
    from devices.printer.layout import Document, PaperWidth
    from devices.scanner.payloads import EvaluationRef, TicketRef

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HallStatus:
    hours: HallHours
    waiting: int
    device_problems: tuple[str, ...]

    @property
    def is_open(self) -> bool:
        return self.hours.is_open


@dataclass(frozen=True, slots=True)
class ReviewTarget:
    """The one service a review is about (一事一评): a case, or a ticket served at a window."""

    kind: str  # "case" | "ticket"
    number: str  # what the resident sees: case number or ticket number
    target_no: str  # case number, or the ticket's id
    service_name: str
    window_no: int | None
    already_reviewed: bool


def self_service_gate(ctx: HallContext) -> tuple[bool, str]:
    """May the kiosk take a new self-service submission now? (MOSIP-style brake)

    Uses the sync worker's rule when it is installed; the seam stays here so the kiosk
    keeps working on a build without the sync package.
    """
    try:
        from offline_store.sync.status import may_accept_self_service, read_status
    except ImportError:  # pragma: no cover - the sync package ships with Yimen
        return True, ""
    p = ctx.settings.platform
    status = read_status(
        ctx.store, now=ctx.now(), max_backlog=p.max_backlog, max_days_since_sync=p.max_days_since_sync
    )
    return may_accept_self_service(status, ctx.settings)


class KioskBackend:
    def __init__(self, ctx: HallContext, devices: Any) -> None:
        self.ctx = ctx
        self.devices = devices  # a DeviceManager, or a StartingDevices until it has started
        self.settings = ctx.settings
        self.actor = Actor.kiosk(ctx.settings.terminal.id)

    # ---------------------------------------------------------------- hall
    @property
    def hall_name(self) -> str:
        return self.settings.hall.name

    @property
    def terminal_name(self) -> str:
        return self.settings.terminal.name

    @property
    def green_channel_age(self) -> int:
        return self.settings.tickets.green_channel_age

    def today(self) -> date:
        return self.ctx.today()

    def local_now(self) -> datetime:
        return self.ctx.local_now()

    def forget_card_cache(self) -> None:
        """Ask the card reader driver to drop the last card it keeps (to tell a card left on
        the reader from a new one). Drivers without ``forget_last_card`` keep it until the
        next card replaces it."""
        forget = getattr(self.devices.idcard, "forget_last_card", None)
        if forget is not None:
            forget()

    def device_health(self) -> dict[str, Health]:
        return self.devices.health()

    def hall_status(self) -> HallStatus:
        with self.ctx.unit_of_work(read_only=True) as uow:
            hours = ticket_service.current_hours(self.ctx, uow)
        waiting = sum(c.waiting for c in ticket_service.queue_status(self.ctx))
        return HallStatus(hours, waiting, tuple(device_problems(self.device_health())))

    def categories(self) -> list[tuple[str, str, str]]:
        """(code, prefix, name) of every ticket category, in the configured order."""
        return [(code, prefix, name) for code, (prefix, name) in self.settings.tickets.categories.items()]

    # ---------------------------------------------------------------- tickets
    def issue_ticket(
        self, *, category: str, card: IdCardData | None, declared: Priority | None
    ) -> ticket_service.IssuedTicket:
        return ticket_service.issue_ticket(
            self.ctx,
            category=category,
            actor=self.actor,
            id_number=card.id_number if card is not None else None,
            name=card.name if card is not None else "",
            declared_priority=declared,
        )

    def check_in_booking(self, *, code: str, card: IdCardData | None) -> ticket_service.IssuedTicket:
        """An online booking's code scanned here: its appointment ticket (once, on its day)."""
        from shared.services import appointments

        return appointments.check_in(
            self.ctx,
            actor=self.actor,
            booking_code=code,
            id_number=card.id_number if card is not None else None,
            name=card.name if card is not None else "",
        )

    def print_ticket(self, issued: ticket_service.IssuedTicket) -> Future:
        from shared.services.slips import ticket_slip

        return self.devices.print_slip(ticket_slip(self.ctx, issued), job_id=ticket_job_id(issued))

    def cancel_print(self, job_id: str) -> None:
        """Drop a job that failed: a slip coming out an hour later helps nobody."""
        cancel = getattr(self.devices.printer, "cancel", None)
        if cancel is not None:
            cancel(job_id)

    @property
    def paper(self) -> PaperWidth:
        from devices.printer.layout import PaperWidth

        return getattr(self.devices.printer, "paper", None) or PaperWidth.MM80

    def print_document(self, document: Document, *, job_id: str) -> Future:
        return self.devices.print_document(document, job_id=job_id)

    # ---------------------------------------------------------------- help
    def call_helper(self, *, reason: str) -> HelpRequest:
        now = self.ctx.now()
        with self.ctx.unit_of_work() as uow:
            request = uow.help.add(
                terminal_id=self.settings.terminal.id,
                terminal_name=self.settings.terminal.name,
                reason=reason,
                at=now,
            )
            uow.audit.append(
                actor=self.actor.user,
                terminal_id=self.actor.terminal_id,
                action="help.request",
                target=request.id,
                detail={"reason": reason},
                at=now,
            )
        return request

    def help_request(self, request_id: str) -> HelpRequest:
        with self.ctx.unit_of_work(read_only=True) as uow:
            return uow.help.get(request_id)

    # ---------------------------------------------------------------- catalog
    def catalog(self) -> Catalog:
        return self.ctx.catalog()

    def search_index(self) -> CatalogSearchIndex:
        return self.ctx.search_index()

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        return self.ctx.search_index().search(query, limit=limit)

    def print_guide(self, item_code: str) -> Future:
        from kiosk_app import printing

        catalog = self.catalog()
        item = catalog.item(item_code)
        document = printing.guide_document(
            item, catalog=catalog, hall_name=self.hall_name, printed_at=self.local_now(), width=self.paper
        )
        stamp = self.local_now().strftime("%Y%m%d%H%M%S")
        return self.print_document(document, job_id=f"guide-{item.basic_code}-{stamp}")

    # ---------------------------------------------------------------- cases
    def case_progress(self, case_no: str) -> case_service.CaseProgress:
        return case_service.case_progress(self.ctx, case_no=case_no)

    def cases_of_person(self, card: IdCardData) -> list[case_service.CaseProgress]:
        return case_service.cases_of_person(self.ctx, id_number=card.id_number)

    def self_service_allowed(self) -> tuple[bool, str]:
        return self_service_gate(self.ctx)

    def submit_application(
        self,
        *,
        item_code: str,
        card: IdCardData,
        phone: str,
        materials: list[MaterialReceipt],
        delivery: Delivery | None = None,
    ) -> StoredCase:
        ok, why = self.self_service_allowed()
        if not ok:
            raise ValidationError(why, hint="请取号到窗口办理。")
        applicant = case_service.Applicant(ApplicantKind.PERSON, card.id_number, card.name, phone)
        return case_service.submit_self_service(
            self.ctx,
            actor=self.actor,
            item_code=item_code,
            applicant=applicant,
            materials=materials,
            delivery=delivery,
        )

    def print_submission_receipt(self, stored: StoredCase) -> Future:
        from kiosk_app import printing
        from shared.services.slips import HALL_PHONE

        document = printing.submission_receipt_document(
            stored,
            hall_name=self.hall_name,
            hall_phone=HALL_PHONE,
            submitted_at=stored.record.created_at.astimezone(self.ctx.tz),
            width=self.paper,
        )
        return self.print_document(document, job_id=f"kiosk-receipt-{stored.case_no}")

    # ---------------------------------------------------------------- evaluations
    def review_target_for_case(self, case_no: str, *, token: str | None = None) -> ReviewTarget:
        from shared.services.slips import evaluation_token

        case_no = case_no.strip()
        if token is not None and token != evaluation_token(self.ctx, kind="case", number=case_no):
            raise ValidationError(
                "这个评价二维码无效。", hint="请扫描窗口或凭证上的评价二维码，或输入办件号。"
            )
        progress = self.case_progress(case_no)  # checks the check digit, raises NotFound
        with self.ctx.unit_of_work(read_only=True) as uow:
            stored = uow.cases.get_by_no(case_no)
            done = uow.evaluations.get(target_kind="case", target_no=case_no) is not None
        return ReviewTarget("case", case_no, case_no, progress.item_name, stored.record.window_no, done)

    def review_target_for_ticket(self, ref: TicketRef) -> ReviewTarget:
        if ref.hall != self.settings.hall.code:
            raise ValidationError(
                "这张排队凭条不是本大厅的。", hint="请到取号的大厅评价，或扫描受理凭证上的二维码。"
            )
        with self.ctx.unit_of_work(read_only=True) as uow:
            ticket = uow.tickets.find_by_number(hall_code=ref.hall, day=ref.day, number=ref.number)
            if ticket is None:
                raise NotFound(
                    f"找不到{ref.number}号的排队记录。", hint="请核对凭条，或输入受理凭证上的办件号。"
                )
            done = uow.evaluations.get(target_kind="ticket", target_no=ticket.id) is not None
        if ticket.state is not TicketState.DONE:
            raise ValidationError(
                f"{ticket.number}号现在是“{TICKET_STATE_LABELS[ticket.state]}”，办完后再来评价。",
                hint="窗口办理结束后，扫描凭条上的二维码即可评价。",
            )
        name = self.settings.tickets.categories.get(ticket.category, ("", ticket.category))[1]
        return ReviewTarget("ticket", ticket.number, ticket.id, name, ticket.window_no, done)

    def review_target_for_ref(self, ref: EvaluationRef) -> ReviewTarget:
        if ref.kind != "case":
            raise ValidationError("这个评价二维码无效。", hint="请输入受理凭证上的办件号。")
        return self.review_target_for_case(ref.no, token=ref.token)

    def submit_review(
        self,
        target: ReviewTarget,
        *,
        level: EvaluationLevel,
        reasons: tuple[BadReviewReason, ...],
        comment: str = "",
    ) -> None:
        if target.kind == "case":
            evaluation_service.evaluate_case(
                self.ctx,
                actor=self.actor,
                case_no=target.target_no,
                level=level,
                channel=EvaluationChannel.KIOSK,
                reasons=reasons,
                comment=comment,
            )
            return
        self._review_ticket(target, level=level, reasons=reasons, comment=comment)

    def _review_ticket(
        self,
        target: ReviewTarget,
        *,
        level: EvaluationLevel,
        reasons: tuple[BadReviewReason, ...],
        comment: str,
    ) -> None:
        """一次一评 for a window visit that produced no case (a consultation, a query).

        Kept here until ``shared.services.evaluations`` grows a ticket variant: same rules
        as a case review (reasons for 差评, a follow-up due in N working days), no outbox
        row because the platform counts reviews per case.
        """
        from shared.evaluations import Evaluation

        now = self.ctx.now()
        Evaluation(
            case_no=target.number,
            level=level,
            channel=EvaluationChannel.KIOSK,
            evaluated_at=now,
            reasons=reasons,
            comment=comment,
        ).validate()
        with self.ctx.unit_of_work() as uow:
            ticket = uow.tickets.get(target.target_no)
            record = uow.evaluations.add(
                target_kind="ticket",
                target_no=ticket.id,
                level=int(level),
                channel=EvaluationChannel.KIOSK.value,
                reasons=[r.value for r in reasons],
                comment=comment,
                window_no=ticket.window_no,
                clerk=ticket.served_by,
                at=now,
            )
            if level.is_bad:
                due, _ = self.ctx.calendar(uow).add_working_days_provisional(
                    self.ctx.today(), self.settings.evaluation.followup_working_days
                )
                uow.evaluations.open_followup(evaluation_id=record.id, due_date=due, at=now)
            uow.audit.append(
                actor=self.actor.user,
                terminal_id=self.actor.terminal_id,
                action="evaluation.add",
                target=ticket.number,
                detail={"level": int(level), "kind": "ticket"},
                at=now,
            )


def ticket_job_id(issued: ticket_service.IssuedTicket) -> str:
    t = issued.ticket
    return f"ticket-{t.day:%Y%m%d}-{t.number}"
