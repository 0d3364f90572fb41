"""Yimen's local store: SQLite for a station, PostgreSQL for a hall; personal data encrypted.

API summary (all operations keyword-only; domain values in and out; times are aware datetimes)::

    store = Store.open(settings.store, create_key=False, upgrade=False)   # StoreSettings
    store = Store.for_tests(url, key_path)                                 # key + migrations done
    with store.unit_of_work() as uow:          # ONE transaction: commit on success, rollback on error
        uow.people.upsert_person(id_number=, name=, phone="", address="", photo=None) -> person_id
        uow.people.find_by_id_number(id_number) -> PersonRecord | None;  .get(person_id); .id_for(id_number)
        uow.organisations.upsert_organisation(uscc=, name=, legal_rep_name="", legal_rep_id_number="")
        uow.cases.next_case_no(terminal_id=, terminal_no=, region_code=, day=) -> "20 digits"
        uow.cases.add(record: CaseRecord, terminal_id=, actor="") -> StoredCase   # person/org upserted
        uow.cases.get_by_no(no) / find_by_no(no) -> StoredCase(id, version, record: CaseRecord, …)
        uow.cases.update_state(case_no=, to_state=, expected_version=, actor=, note="",
                               decision_note=None, missing=None) -> StoredCase  # Conflict if stale
        uow.cases.update_details(case_no=, expected_version=, promised_date=…, delivery=…, …)
        uow.cases.list(states=, applicant_id=, person_id=, item_code=, created_from=, created_until=,
                       overdue_on=, limit=, offset=);  .history(no) -> [CaseEvent];  .materials(no)
        uow.cases.add_material / supply_material / deferred_due(on=) / count_by_state()
        uow.tickets.issue(hall_code=, category=, prefix=, day=, priority=, …) -> TicketRecord
        uow.tickets.waiting_entries(hall_code=, day=, categories=) -> [QueueEntry]
        uow.tickets.claim(ticket_id=, window_no=) (Conflict if taken) / claim_next(…) -> TicketRecord|None
        uow.tickets.update_state(ticket_id=, to_state=, window_no=, served_by=, target_window=,
                                 target_category=);  .open_ticket_for(person_id=, hall_code=, day=)
        uow.tickets.counts(hall_code=, day=) / list_for_day / recently_called / get / find_by_number
        uow.evaluations.add(target_kind="case"|"ticket", target_no=, level=1..5, channel=, …)
        uow.evaluations.get / list / level_counts / targets_without_evaluation
        uow.evaluations.open_followup / close_followup / assign_followup / followups / followup_for
        uow.complaints.add / update / get / list;   uow.help.add / open_requests / acknowledge / get
        uow.catalog.replace_all(documents=, version=) / current_documents(kind=) / current_version()
        uow.calendar.put_overrides / replace_year / overrides(start=, end=) / covered_years()
        uow.outbox.add(kind=, payload=, case_no=None, pii=None) -> OutboxEvent   # same transaction
        uow.outbox.pending(limit=, now=, heads_only=False) / mark_sent / mark_sent_many /
                   mark_failed(retry_at=) / quarantine / quarantined /
                   requeue_quarantined / backlog_count / counts / oldest_pending_age(now=)
        uow.audit.append(actor=, terminal_id=, action=, target="", result="ok", detail=None)
        uow.audit.verify() -> VerifyReport (.raise_if_broken() -> AuditChainBroken) / entries(…)

    offline_store.migrate.check(url) -> MigrationStatus;  .upgrade(url, backup_dir=) -> UpgradeResult
    offline_store.crypto.create_key_file(path) / load_key_file(path) / PiiCipher

Rules for the services built on this:
- Do the whole use case in ONE unit of work: change + ``uow.outbox.add`` + ``uow.audit.append``.
- Append to the audit log LAST in a unit of work: it locks the single chain head until commit;
  taken early it serialises the whole transaction and, on PostgreSQL, can deadlock with row
  locks taken after it (the loser gets StoreError "数据库暂时不可用"; retrying is safe).
- Do not nest write units of work in one thread on SQLite (the inner one fails with "数据库忙").
- Times are timezone-aware (naive datetimes raise StoreError); ``day`` arguments are the hall's
  local date. ``payload`` of outbox events holds no personal data: put it in ``pii=`` (encrypted).

Errors are those of shared.domain.errors: NotFound, Conflict (duplicate, stale version, ticket taken),
InvalidTransition, ValidationError, StoreError (database unavailable or untrustworthy),
DatabaseTooNew, KeyFileError, AuditChainBroken.
"""

from __future__ import annotations

from offline_store.audit import AuditLog, VerifyReport
from offline_store.crypto import PiiCipher, create_key_file, load_key_file
from offline_store.db import create_engine_for
from offline_store.migrate import MigrationStatus, UpgradeResult, check, upgrade
from offline_store.records import (
    AuditEntry,
    CalendarOverride,
    CaseEvent,
    CatalogDocument,
    CatalogVersionInfo,
    ComplaintRecord,
    EvaluationRecord,
    FollowupRecord,
    HelpRequest,
    OrganisationRecord,
    OutboxEvent,
    PersonRecord,
    StoredCase,
    StoredMaterial,
    TicketRecord,
)
from offline_store.store import Store, UnitOfWork

__all__ = [
    "AuditEntry",
    "AuditLog",
    "CalendarOverride",
    "CaseEvent",
    "CatalogDocument",
    "CatalogVersionInfo",
    "ComplaintRecord",
    "EvaluationRecord",
    "FollowupRecord",
    "HelpRequest",
    "MigrationStatus",
    "OrganisationRecord",
    "OutboxEvent",
    "PersonRecord",
    "PiiCipher",
    "Store",
    "StoredCase",
    "StoredMaterial",
    "TicketRecord",
    "UnitOfWork",
    "UpgradeResult",
    "VerifyReport",
    "check",
    "create_engine_for",
    "create_key_file",
    "load_key_file",
    "upgrade",
]
