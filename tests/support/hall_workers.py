"""Terminal processes for the hall tests (forked; each opens its own engine).

Kiosks and counters work on the store the way the services do (repository call, then the
audit append, one unit of work) and write what they did, after each commit returned, to a
JSON-lines file: the parent compares those reports with the database afterwards.
"""

from __future__ import annotations

import json
import random
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from offline_store import Store
from offline_store.hall.resilience import HallNetworkProblem
from offline_store.sqltypes import utc_now
from shared.domain.errors import StoreError
from shared.domain.settings import StoreSettings
from shared.domain.tickets import Priority
from tests.support.factories import accept_case, numbered_resident_id

HALL = "532822-ZWFW"
PREFIXES = {"general": "A", "social": "B", "civil": "C", "household": "D"}
CATEGORIES = list(PREFIXES)


def open_store(url: str, key: str) -> Store:
    return Store.open(StoreSettings(url=url, key_file=Path(key), backup_dir=Path(key).parent / "b"))


class Report:
    """Append-only JSON lines, flushed per line (a killed worker loses nothing it reported)."""

    def __init__(self, path: Path) -> None:
        self._f = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()

    def write(self, **row: Any) -> None:
        self._f.write(json.dumps(row) + "\n")
        self._f.flush()

    def close(self) -> None:
        self._f.close()


def read_reports(folder: Path, pattern: str) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob(pattern)):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def issue_one(
    store: Store, *, category: str, day: date, terminal: str, rng: random.Random, audit: bool = True
) -> Any:
    roll = rng.random()
    priority, appointment = Priority.NORMAL, None
    if roll < 0.08:
        priority = Priority.GREEN_ELDERLY
    elif roll < 0.12:
        # an appointment whose slot is already due: its rank does not change while it waits
        priority, appointment = Priority.APPOINTMENT, utc_now() - timedelta(hours=1)
    with store.unit_of_work() as uow:
        ticket = uow.tickets.issue(
            hall_code=HALL,
            category=category,
            prefix=PREFIXES[category],
            day=day,
            priority=priority,
            appointment_at=appointment,
            terminal_id=terminal,
        )
        if audit:
            uow.audit.append(
                actor=f"kiosk:{terminal}", terminal_id=terminal, action="ticket.issue", target=ticket.number
            )
    return ticket


def call_one(store: Store, *, categories: list[str], window: int, day: date, audit: bool = True) -> Any:
    with store.unit_of_work() as uow:
        ticket = uow.tickets.claim_next(hall_code=HALL, day=day, categories=categories, window_no=window)
        if ticket is not None and audit:
            uow.audit.append(
                actor=f"clerk{window:02d}",
                terminal_id=f"T-{window:04d}",
                action="ticket.call",
                target=ticket.number,
            )
    return ticket


def accept_one(store: Store, *, terminal: str, terminal_no: int, day: date, n: int) -> str:
    """A window accepts a case (tests.support.factories.accept_case): number, applicant, case
    with its materials, outbox event, work log; ``n`` picks one of a thousand applicants."""
    clerk = f"clerk{terminal_no:02d}"
    with store.unit_of_work() as uow:
        return accept_case(
            uow,
            terminal_id=terminal,
            terminal_no=terminal_no,
            day=day,
            actor=clerk,
            applicant_id=numbered_resident_id(n),
            window_no=terminal_no,
            clerk=clerk,
        ).case_no


def kiosk_worker(
    url: str,
    key: str,
    out: str,
    *,
    kiosk_no: int,
    count: int,
    day: date,
    issued: Any,
    called: Any,
    call_target: int,
    max_queue: int,
    go: Any,
    audit: bool = True,
) -> None:
    """Issue ``count`` tickets; while the counters work, keep the queue below ``max_queue``
    (a hall's queue is hundreds long, not thousands: every call reads the waiting list)."""
    store = open_store(url, key)
    report = Report(Path(out))
    rng = random.Random(kiosk_no)
    terminal = f"T-{100 + kiosk_no:04d}"
    go.wait()
    try:
        for _ in range(count):
            while called.value < call_target and issued.value - called.value > max_queue:
                time.sleep(0.002)
            ticket = issue_one(
                store, category=rng.choice(CATEGORIES), day=day, terminal=terminal, rng=rng, audit=audit
            )
            report.write(
                id=ticket.id,
                category=ticket.category,
                seq=ticket.seq,
                number=ticket.number,
                committed=time.time(),
            )
            with issued.get_lock():
                issued.value += 1
    finally:
        report.close()
        store.close()


def counter_worker(
    url: str,
    key: str,
    out: str,
    *,
    window: int,
    categories: list[str],
    day: date,
    called: Any,
    call_target: int,
    kiosks_done: Any,
    go: Any,
    audit: bool = True,
) -> None:
    """Call the next ticket until the hall has made ``call_target`` calls (or nothing is left)."""
    store = open_store(url, key)
    report = Report(Path(out))
    go.wait()
    try:
        while called.value < call_target:
            start = time.time()
            ticket = call_one(store, categories=categories, window=window, day=day, audit=audit)
            end = time.time()
            if ticket is None:
                if kiosks_done.is_set():
                    break
                time.sleep(0.01)
                continue
            report.write(id=ticket.id, window=window, start=start, end=end)
            with called.get_lock():
                called.value += 1
    finally:
        report.close()
        store.close()


def resilient_terminal(
    url: str,
    key: str,
    out: str,
    *,
    kind: str,
    number: int,
    day: date,
    stop: Any,
    go: Any,
) -> None:
    """A kiosk (issues), counter (calls) or clerk (accepts cases) that keeps working through
    server outages: on a hall network problem it reports the message, backs off and retries."""
    from offline_store.hall.resilience import Backoff

    go.wait()
    store = open_store(url, key)
    report = Report(Path(out))
    rng = random.Random(number)
    backoff = Backoff(first_s=0.05, max_s=1.0)
    attempt = 0
    terminal = f"T-{number:04d}"
    try:
        while not stop.is_set():
            try:
                if kind == "kiosk":
                    t = issue_one(store, category=rng.choice(CATEGORIES), day=day, terminal=terminal, rng=rng)
                    report.write(op="issued", id=t.id, number=t.number, category=t.category, at=time.time())
                elif kind == "clerk":
                    no = accept_one(
                        store, terminal=terminal, terminal_no=number, day=day, n=rng.randrange(99)
                    )
                    report.write(op="accepted", case_no=no, at=time.time())
                else:
                    t = call_one(store, categories=CATEGORIES, window=number, day=day)
                    if t is not None:
                        report.write(op="called", id=t.id, at=time.time())
                    else:
                        time.sleep(0.01)
                if attempt:
                    report.write(op="recovered", after=attempt, at=time.time())
                attempt = 0
                time.sleep(rng.uniform(0.005, 0.02))
            except HallNetworkProblem as problem:
                report.write(op="problem", message=problem.message, hint=problem.hint, at=time.time())
                time.sleep(backoff.delay(attempt))
                attempt += 1
            except StoreError as other:  # anything else is a failure of the test subject
                report.write(op="error", message=other.message, at=time.time())
                time.sleep(0.05)
    finally:
        report.close()
        store.close()
