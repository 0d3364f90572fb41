"""办件查询 and 自助办理: a case's progress by its number or the resident's card (masked by the
use case), the self-service brake, a self-service application and its receipt."""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING

from kiosk_app import printing as kiosk_slips
from kiosk_app.backend.areas import KioskTerminal
from kiosk_app.backend.printing import Printing
from offline_store.records import StoredCase
from shared.domain.cases import ApplicantKind, Delivery, MaterialReceipt
from shared.services import cases as case_service
from shared.services import licences
from shared.services.hall_point import hall_phone

if TYPE_CHECKING:
    from devices.idcard import IdCardData


def submission_receipt_job_id(case_no: str) -> str:
    return f"kiosk-receipt-{case_no}"


class Cases:
    def __init__(self, terminal: KioskTerminal, printing: Printing) -> None:
        self._t = terminal
        self._printing = printing
        self._platform: object = None

    # ------------------------------------------------------------------ 免证办
    def warm_up(self) -> None:
        """On the UI thread when 自助办理 opens: the platform client's libraries, once."""
        licences.warm_up()

    def _platform_client(self):
        if self._platform is None:
            self._platform = licences.platform_for(self._t.ctx)
        return self._platform

    def verify_licence(self, *, material, code: str, card: IdCardData, item_name: str) -> licences.VerifiedLicence:
        """A licence shown at the kiosk, verified for ``material`` as the card holder's own."""
        return licences.verify_for_material(
            self._t.ctx, platform=self._platform_client(), actor=self._t.actor, material=material,
            code=code, holder_id=card.id_number, item_name=item_name,
        )  # fmt: skip

    def progress(self, case_no: str) -> case_service.CaseProgress:
        return case_service.case_progress(self._t.ctx, case_no=case_no)

    def of_person(self, card: IdCardData) -> list[case_service.CaseProgress]:
        return case_service.cases_of_person(self._t.ctx, id_number=card.id_number)

    def self_service_allowed(self) -> tuple[bool, str]:
        return case_service.self_service_status(self._t.ctx)

    def submit(
        self,
        *,
        item_code: str,
        card: IdCardData,
        phone: str,
        materials: list[MaterialReceipt],
        delivery: Delivery | None = None,
        licence_codes: dict[str, str] | None = None,
    ) -> StoredCase:
        applicant = case_service.Applicant(ApplicantKind.PERSON, card.id_number, card.name, phone)
        return case_service.submit_self_service(
            self._t.ctx,
            actor=self._t.actor,
            item_code=item_code,
            applicant=applicant,
            materials=materials,
            delivery=delivery,
            licence_codes=licence_codes,
        )

    def print_receipt(self, stored: StoredCase) -> Future:
        ctx = self._t.ctx
        created = stored.record.created_at
        assert created is not None  # the store stamps every case it writes
        document = kiosk_slips.submission_receipt_document(
            stored,
            hall_name=self._t.settings.hall.name,
            hall_phone=hall_phone(ctx, item_code=stored.record.item_code),
            submitted_at=created.astimezone(ctx.tz),
            width=self._printing.paper,
        )
        return self._printing.print_document(document, job_id=submission_receipt_job_id(stored.case_no))
