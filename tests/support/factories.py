"""The one place tests and benchmarks build people, cases and tickets by hand.

A test names only what it is about and takes the rest from here::

    record = case_record(no, state=CaseState.SUBMITTED)           # a CaseRecord, not stored
    with store.unit_of_work() as uow:
        record = accept_case(uow, terminal_id="T-0001", terminal_no=1, day=day)  # stored, with
                                                                   # its outbox event and work log
        ticket = issue_ticket(uow, day=day)                        # a waiting ticket

The defaults describe one ordinary case: 岩温香 applies at window 3 for 个体工商户设立登记 with
her ID card copied, the premises certificate promised under 容缺 and the business licence
read as an e-licence, and has the result posted. The benchmarks import this module too
(``bench/`` puts the repository root on ``sys.path``), so it stays free of pytest.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from shared.domain.cases import (
    ApplicantKind,
    CaseRecord,
    CaseState,
    Channel,
    Delivery,
    DeliveryMethod,
    MaterialReceipt,
    ReceiptMethod,
)
from shared.domain.identity import resident_id_check_digit

if TYPE_CHECKING:
    from offline_store.records import TicketRecord
    from offline_store.store import UnitOfWork

# --------------------------------------------------------------------------------- people

APPLICANT_ID = "11010519491231002X"  # GB 11643-1999's own example of a valid number
APPLICANT_NAME = "岩温香"
APPLICANT_PHONE = "13888012345"
ADDRESS = "勐海县勐海镇象山路88号"


def resident_id(body17: str) -> str:
    """A valid 18-character resident ID for a 17-digit body (GB 11643-1999 check character)."""
    return body17 + resident_id_check_digit(body17)


def numbered_resident_id(n: int) -> str:
    """The ``n % 1000``-th of a thousand valid resident IDs of 勐海县 (born 1 January 1980–1989):
    the same ``n`` is the same person, so a test or a benchmark chooses how often a person
    comes back."""
    n %= 1000
    return resident_id(f"532822198{n % 10}0101{n:03d}")


# ---------------------------------------------------------------------------------- cases

ITEM_CODE = "532822-000-XK-0001"
ITEM_NAME = "个体工商户设立登记"


def materials(
    *, deferred_until: date | None = date(2026, 3, 9), licence: str = "EL-2026-0001"
) -> list[MaterialReceipt]:
    """The default case's three materials: ID card copied twice, premises certificate promised
    under 容缺 by ``deferred_until`` (``None``: handed over as an original), business licence
    as an e-licence numbered ``licence``."""
    premises = (
        MaterialReceipt("M002", "经营场所证明", ReceiptMethod.PAPER_ORIGINAL)
        if deferred_until is None
        else MaterialReceipt("M002", "经营场所证明", ReceiptMethod.DEFERRED, supply_by=deferred_until)
    )
    return [
        MaterialReceipt("M001", "居民身份证", ReceiptMethod.PAPER_COPY, copies=2),
        premises,
        MaterialReceipt("M003", "营业执照", ReceiptMethod.E_LICENCE, reference=licence),
    ]


def case_record(case_no: str, **overrides: Any) -> CaseRecord:
    """A case accepted at window 3 by clerk01 (see the module's docstring); keyword overrides
    replace any field of :class:`~shared.domain.cases.CaseRecord`."""
    values: dict[str, Any] = dict(
        case_no=case_no,
        item_code=ITEM_CODE,
        item_name=ITEM_NAME,
        state=CaseState.ACCEPTED,
        channel=Channel.COUNTER,
        applicant_kind=ApplicantKind.PERSON,
        applicant_id=APPLICANT_ID,
        applicant_name=APPLICANT_NAME,
        applicant_phone=APPLICANT_PHONE,
        materials=materials(),
        delivery=Delivery(DeliveryMethod.POST, address=ADDRESS),
        window_no=3,
        clerk="clerk01",
    )
    values.update(overrides)
    return CaseRecord(**values)


def accept_case(
    uow: UnitOfWork,
    *,
    terminal_id: str,
    terminal_no: int,
    day: date,
    actor: str = "clerk01",
    region_code: str = "532822",
    at: datetime | None = None,
    **overrides: Any,
) -> CaseRecord:
    """What a window's acceptance writes in its one unit of work, as the use case does it:
    the next case number of the terminal, the case (its applicant upserted), the
    ``case.accepted`` outbox event with the applicant encrypted, and the work-log line last.
    ``overrides`` go to :func:`case_record`; ``at`` dates the case's first history line."""
    no = uow.cases.next_case_no(
        terminal_id=terminal_id, terminal_no=terminal_no, region_code=region_code, day=day
    )
    record = case_record(no, **overrides)
    uow.cases.add(record, terminal_id=terminal_id, actor=actor, at=at)
    uow.outbox.add(
        kind="case.accepted",
        payload={"case_no": no, "item_code": record.item_code},
        case_no=no,
        pii={"applicant_id": record.applicant_id, "applicant_name": record.applicant_name},
    )
    uow.audit.append(actor=actor, terminal_id=terminal_id, action="case.accept", target=no)
    return record


# -------------------------------------------------------------------------------- tickets

HALL_CODE = "H"


def issue_ticket(
    uow: UnitOfWork,
    *,
    day: date,
    hall_code: str = HALL_CODE,
    category: str = "general",
    prefix: str = "A",
    **kw: Any,
) -> TicketRecord:
    """A waiting ticket of ``category`` (numbers ``prefix``001, 002, … per hall and day) issued
    through the ticket repository; ``kw`` goes to ``uow.tickets.issue`` (``at``,
    ``priority``, ``person_id``, ``terminal_id`` …)."""
    return uow.tickets.issue(hall_code=hall_code, category=category, prefix=prefix, day=day, **kw)
