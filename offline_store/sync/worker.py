"""The sync worker: drains the outbox to the platform and brings decisions, catalog and
calendar down, on its own named thread, for as long as the terminal runs.

Delivery guarantees (docs/upstream-protocol.md §4):

* exactly once — every event carries its UUID; a resend after a lost answer is
  answered "duplicate", which counts as delivered;
* in order per case — only the head of each case is in a batch (see outbox_io);
* a refused event is quarantined with the platform's reason, never retried on its
  own, and holds back only the later events of its own case;
* while offline: exponential back-off with jitter (so forty terminals coming back
  after an outage do not hit the platform in the same second), up to ``backoff_max_s``.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from offline_store.sqltypes import utc_now
from offline_store.sync import state
from offline_store.sync.adapter import PlatformAdapter
from offline_store.sync.catalog_sync import refresh_calendar, refresh_catalog
from offline_store.sync.certificate_keys import refresh_certificate_keys
from offline_store.sync.errors import (
    PlatformAuthError,
    PlatformError,
    PlatformProtocolError,
    PlatformRequestRefused,
    PlatformUnavailable,
)
from offline_store.sync.outbox_io import deliverable_heads, mark_delivered, to_wire
from offline_store.sync.status import SyncStatus, read_status
from offline_store.sync.status_feed import FeedReport, pull_status_feed
from shared.domain.errors import NotFound, StoreError
from shared.domain.words import words
from shared.protocol import messages as p

log = logging.getLogger(__name__)

THREAD_NAME = "yimen-sync"


class AppointmentSink(Protocol):
    """Where online bookings go (the ticket service turns them into appointment tickets)."""

    def take(self, appointments: list[p.Appointment]) -> None: ...


@dataclass(frozen=True, slots=True)
class SyncConfig:
    batch_size: int = 200
    feed_page: int = 200
    catalog_page: int = 1000
    idle_interval_s: float = 30.0  # between runs while online and idle
    backoff_base_s: float = 2.0
    backoff_max_s: float = 300.0
    catalog_every_s: float = 600.0  # catalog/calendar are checked at most this often
    pull_feed: bool = True
    pull_reference_data: bool = True


@dataclass(slots=True)
class SyncReport:
    sent: int = 0
    duplicates: int = 0
    quarantined: int = 0
    quarantined_locally: int = 0
    batches: int = 0
    feed: FeedReport = field(default_factory=FeedReport)
    catalog_version: str | None = None
    calendar_years: list[int] = field(default_factory=list)
    appointments: int = 0
    error: str = ""
    error_kind: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def backoff_delay(failures: int, *, base_s: float, max_s: float, rng: random.Random) -> float:
    """Exponential back-off with "equal jitter": half fixed, half random, capped."""
    ceiling = min(max_s, base_s * 2 ** max(0, failures - 1))
    return ceiling / 2 + rng.uniform(0, ceiling / 2)


class SyncWorker:
    def __init__(
        self,
        *,
        store: Any,
        client: PlatformAdapter,
        config: SyncConfig | None = None,
        appointment_sink: AppointmentSink | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        max_backlog: int = 500,
        max_days_since_sync: int = 7,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.config = config or SyncConfig()
        self.appointment_sink = appointment_sink
        self.on_status = on_status
        self.max_backlog = max_backlog
        self.max_days_since_sync = max_days_since_sync
        self._rng = rng or random.Random()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._run_lock = threading.Lock()  # run_once from the CLI/tests never overlaps the thread's
        self._failures = 0
        self._last_reference_check = 0.0
        self.last_report: SyncReport | None = None

    @classmethod
    def from_settings(cls, settings: Any, store: Any, **kwargs: Any) -> SyncWorker:
        """The worker for a terminal's settings; checks the credentials file (0600) first."""
        from offline_store.appointments import StoreAppointmentSink
        from offline_store.sync.adapter import load_adapter

        spec = getattr(settings.platform, "adapter", "yimen-v1")
        kwargs.setdefault("appointment_sink", StoreAppointmentSink(store))
        return cls(
            store=store,
            client=load_adapter(settings, spec),
            max_backlog=settings.platform.max_backlog,
            max_days_since_sync=settings.platform.max_days_since_sync,
            **kwargs,
        )

    # ------------------------------------------------------------ thread

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def stop(self, *, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        """Sync soon (a service just wrote an outbox row; the network came back)."""
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                report = self.run_once()
            except Exception:  # the thread must outlive any bug; the log keeps it
                log.exception("sync run failed unexpectedly")
                report = SyncReport(error="内部错误", error_kind="internal")
            if report.ok:
                self._failures = 0
                delay = self.config.idle_interval_s
            else:
                self._failures += 1
                delay = backoff_delay(
                    self._failures,
                    base_s=self.config.backoff_base_s,
                    max_s=self.config.backoff_max_s,
                    rng=self._rng,
                )
                log.info("sync failed (%s); next try in %.1f s", report.error, delay)
            self._wake.wait(delay)
            self._wake.clear()

    # ------------------------------------------------------------ one run

    def run_once(self, *, reference_data: bool | None = None) -> SyncReport:
        """One full pass: push the outbox, pull the status feed, refresh catalog/calendar, appointments.

        Never raises for platform or store trouble: the report says what happened.
        """
        with self._run_lock:
            report = SyncReport()
            started = utc_now()
            try:
                self._push(report)
                if self.config.pull_feed:
                    report.feed = pull_status_feed(self.client, self.store, page_size=self.config.feed_page)
                due = (
                    time.monotonic() - self._last_reference_check >= self.config.catalog_every_s
                    or self._last_reference_check == 0
                )
                if (
                    reference_data
                    if reference_data is not None
                    else (self.config.pull_reference_data and due)
                ):
                    report.catalog_version = refresh_catalog(
                        self.client, self.store, page_size=self.config.catalog_page
                    )
                    report.calendar_years = refresh_calendar(
                        self.client, self.store, from_year=datetime.now(UTC).year - 1
                    )
                    refresh_certificate_keys(self.client, self.store)
                    self._last_reference_check = time.monotonic()
                # bookings for today keep arriving all day: every pass, not with the catalog
                self._pull_appointments(report)
            except PlatformError as e:
                report.error, report.error_kind = str(e), _kind_of(e)
            except StoreError as e:
                report.error, report.error_kind = str(e), "store"
            self._record(report, started)
            self.last_report = report
            if self.on_status is not None:
                try:
                    self.on_status(self.status())
                except Exception:
                    log.exception("status listener failed")
            return report

    def _push(self, report: SyncReport) -> None:
        while True:
            now = utc_now()
            with self.store.unit_of_work(read_only=True) as uow:
                heads = deliverable_heads(uow.outbox, limit=self.config.batch_size, now=now)
            if not heads:
                return
            wire, local_bad = [], []
            for ev in heads:
                try:
                    wire.append(to_wire(ev))
                except ValueError as e:
                    local_bad.append((ev.id, str(e)))
            if local_bad:
                with self.store.unit_of_work() as uow:
                    for event_id, reason in local_bad:
                        uow.outbox.quarantine(event_id=event_id, reason=reason)
                report.quarantined_locally += len(local_bad)
                log.warning("%d outbox events failed local validation and were quarantined", len(local_bad))
            if wire:
                self._send(wire, report)

    def _send(self, wire: list[p.CaseEvent], report: SyncReport) -> None:
        try:
            result = self.client.upload_events(wire)
        except PlatformUnavailable as e:
            self._note_attempt(wire, str(e))
            raise
        except PlatformRequestRefused as e:
            if e.status not in (400, 413, 422):
                raise
            if len(wire) > 1:
                # one unacceptable event must not hold back the batch: send them one by one
                for ev in wire:
                    self._send([ev], report)
                return
            with self.store.unit_of_work() as uow:
                uow.outbox.quarantine(event_id=str(wire[0].event_id), reason=f"{e.reason_code}: {e.message}")
            report.quarantined += 1
            return
        report.batches += 1
        at = utc_now()
        delivered: list[str] = []
        with self.store.unit_of_work() as uow:
            for r in result.results:
                event_id = str(r.event_id)
                if r.status is p.EventOutcome.REJECTED:
                    uow.outbox.quarantine(
                        event_id=event_id, reason=f"{r.reason_code}: {r.reason or ''}".strip()
                    )
                    report.quarantined += 1
                    log.warning("platform refused event %s: %s", event_id, r.reason_code)
                    continue
                delivered.append(event_id)
                if r.status is p.EventOutcome.DUPLICATE:
                    report.duplicates += 1
                else:
                    report.sent += 1
            mark_delivered(uow.outbox, event_ids=delivered, at=at)

    def _note_attempt(self, wire: list[p.CaseEvent], error: str) -> None:
        # attempts and the last error per event, for the technician; the retry time stays "now"
        # because the worker's own back-off decides when the next batch goes
        try:
            with self.store.unit_of_work() as uow:
                now = utc_now()
                for ev in wire:
                    uow.outbox.mark_failed(event_id=str(ev.event_id), error=error, retry_at=now)
        except (StoreError, NotFound):
            log.exception("could not record the failed attempt")

    def _pull_appointments(self, report: SyncReport) -> None:
        if self.appointment_sink is None:
            return
        with self.store.unit_of_work(read_only=True) as uow:
            cursor = str(state.get_value(uow.session, state.APPOINTMENTS_CURSOR, "") or "")
        while True:
            page = self.client.appointments(cursor=cursor, limit=self.config.feed_page)
            if page.items:
                self.appointment_sink.take(list(page.items))
                report.appointments += len(page.items)
            with self.store.unit_of_work() as uow:
                state.set_values(uow.session, {state.APPOINTMENTS_CURSOR: page.next_cursor})
            if not page.has_more or not page.items:
                return
            cursor = page.next_cursor

    def _record(self, report: SyncReport, started: datetime) -> None:
        values: dict[str, Any] = {
            state.LAST_ATTEMPT_AT: started.isoformat(),
            # a protocol error means something answered, but not the platform (e.g. a captive portal)
            state.ONLINE: report.error_kind not in ("unavailable", "protocol"),
            state.LAST_ERROR: report.error,
            state.LAST_ERROR_KIND: report.error_kind,
            state.CLOCK_OFFSET_S: float(getattr(self.client, "clock_offset_s", 0.0)),
        }
        if report.ok:
            values[state.LAST_SUCCESS_AT] = utc_now().isoformat()
        try:
            with self.store.unit_of_work() as uow:
                state.set_values(uow.session, values)
        except StoreError:
            log.exception("could not record the sync result")

    # ------------------------------------------------------------ operator actions

    def retry_quarantined(self, ids: list[str] | None = None) -> int:
        """``yimen sync retry``: quarantined events (all, or ``ids``) go back to pending."""
        with self.store.unit_of_work() as uow:
            if ids:
                for event_id in ids:
                    ev = uow.outbox.get(event_id)  # NotFound names an unknown id
                    if ev.state != "quarantined":
                        raise NotFound(words("同步事件 {event_id} 不在隔离区（当前为 {state}）。", event_id=event_id, state=ev.state))
            n = uow.outbox.requeue_quarantined(event_ids=ids or None)
        self.wake()
        return n

    def status(self) -> SyncStatus:
        return read_status(
            self.store, max_backlog=self.max_backlog, max_days_since_sync=self.max_days_since_sync
        )


def _kind_of(e: PlatformError) -> str:
    if isinstance(e, PlatformUnavailable):
        return "unavailable"
    if isinstance(e, PlatformAuthError):
        return "auth"
    if isinstance(e, PlatformProtocolError):
        return "protocol"
    return "refused"
