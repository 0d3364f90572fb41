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
from shared.domain.settings import StoreSettings
from tests.support.factories import accept_case, numbered_resident_id


def accept_forever(url: str, key: str, day: date) -> None:
    store = Store.open(StoreSettings(url=url, key_file=Path(key), backup_dir=Path(key).parent / "b"))
    os.write(1, f"READY {os.getpid()}\n".encode())
    i = 0
    while True:
        i += 1
        with store.unit_of_work() as uow:
            # four applicants in turn: most acceptances update a person already stored
            no = accept_case(
                uow,
                terminal_id="T-CRASH",
                terminal_no=7,
                day=day,
                actor="crash",
                applicant_id=numbered_resident_id(i % 4),
            ).case_no
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
