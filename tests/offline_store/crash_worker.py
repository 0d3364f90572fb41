"""Child side of the crash test (tests/offline_store/test_store_crash.py).

Runs as a long-lived process that has already imported everything; for each line
``go <day-offset>`` on stdin it forks a worker that opens the store, writes
``READY <pid>`` and then accepts cases in a loop, writing ``CASE <case_no>`` to stdout
only after the commit has returned. The test kills each worker with SIGKILL at a random
moment. Forking from this warm process keeps a respawn at a few milliseconds instead of
the ~0.6 s a fresh interpreter needs to import SQLAlchemy and cryptography.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

from offline_store import Store
from shared.cases import (
    ApplicantKind,
    CaseRecord,
    CaseState,
    Channel,
    Delivery,
    DeliveryMethod,
    MaterialReceipt,
    ReceiptMethod,
)
from shared.settings import StoreSettings

APPLICANTS = ["11010519491231002X", "440524188001010014", "532822198808081234", "532801200001011111"]


def accept_forever(url: str, key: str, day: date) -> None:
    store = Store.open(StoreSettings(url=url, key_file=Path(key), backup_dir=Path(key).parent / "b"))
    os.write(1, f"READY {os.getpid()}\n".encode())
    i = 0
    while True:
        i += 1
        with store.unit_of_work() as uow:
            no = uow.cases.next_case_no(terminal_id="T-CRASH", terminal_no=7, region_code="532822", day=day)
            record = CaseRecord(
                case_no=no,
                item_code="532822-000-XK-0001",
                item_name="个体工商户设立登记",
                state=CaseState.ACCEPTED,
                channel=Channel.COUNTER,
                applicant_kind=ApplicantKind.PERSON,
                applicant_id=APPLICANTS[i % len(APPLICANTS)],
                applicant_name="岩温香",
                applicant_phone="13888012345",
                materials=[
                    MaterialReceipt("M001", "居民身份证", ReceiptMethod.PAPER_COPY),
                    MaterialReceipt("M002", "场所证明", ReceiptMethod.PAPER_ORIGINAL),
                ],
                delivery=Delivery(DeliveryMethod.POST, address="勐海县象山路88号"),
                clerk="crash",
            )
            uow.cases.add(record, terminal_id="T-CRASH", actor="crash")
            uow.outbox.add(kind="case.accepted", payload={"case_no": no}, case_no=no)
            uow.audit.append(actor="crash", terminal_id="T-CRASH", action="case.accept", target=no)
        # only now is the case durable: print it
        os.write(1, f"CASE {no}\n".encode())


def main() -> None:
    url, key = sys.argv[1], sys.argv[2]
    base = date(2026, 3, 2)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "go":
            continue
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:  # reap workers killed so far
                pass
        except ChildProcessError:
            pass
        pid = os.fork()
        if pid == 0:
            try:
                accept_forever(url, key, base + timedelta(days=int(parts[1])))
            finally:
                os._exit(3)


if __name__ == "__main__":
    main()
