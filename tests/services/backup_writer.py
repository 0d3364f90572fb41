"""A kiosk that never stops issuing (tests/services/test_backups.py): each ticket and its
work-log row in one transaction, a person registered with every tenth one. Prints
``READY`` once it has committed its first ticket, then runs until killed."""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from offline_store import Store
from shared.domain.settings import StoreSettings
from tests.support.factories import issue_ticket, resident_id


def main(url: str, key: str) -> None:
    store = Store.open(StoreSettings(url=url, key_file=Path(key), backup_dir=Path(key).parent / "b"))
    i = 0
    while True:
        i += 1
        with store.unit_of_work() as uow:
            person = None
            if i % 10 == 0:
                body = f"532822199001{i % 28 + 1:02d}{i % 1000:03d}"
                person = uow.people.upsert_person(
                    id_number=resident_id(body), name=f"岩{i}", phone="13812345678"
                )
            t = issue_ticket(
                uow,
                day=date(2026, 11, 17),
                hall_code="532822-ZWFW",
                person_id=person,
                terminal_id="T-0101",
                at=datetime.now(UTC),
            )
            uow.audit.append(actor="kiosk", terminal_id="T-0101", action="ticket.issue", target=t.number)
        if i == 1:
            os.write(1, b"READY\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
