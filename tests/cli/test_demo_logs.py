"""The demo day played at verbose (debug) level: no log line anywhere carries a resident's ID
number, phone number or name (issue 15, point 6). The residents are read back from the demo's
own store, so the test knows every value the day created."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from offline_store.models import Person
from offline_store.store import Store
from shared.domain.settings import StoreSettings


def _residents(out: Path) -> list[tuple[str, str, str]]:
    settings = StoreSettings(
        url=f"sqlite:///{out / 'yimen-demo.db'}", key_file=out / "keys" / "pii.key", backup_dir=out / "b"
    )
    store = Store.open(settings)
    try:
        with store.unit_of_work(read_only=True) as uow:
            ids = list(uow.session.execute(sa.select(Person.id)).scalars())
            people = [uow.people.get(i) for i in ids]
    finally:
        store.close()
    return [(p.id_number, p.name, p.phone) for p in people]


def test_demo_day_at_debug_level_logs_no_id_phone_or_name(tmp_path: Path) -> None:
    out, logfile = tmp_path / "demo-out", tmp_path / "logs" / "yimen.log"
    env = {
        **os.environ,
        "YIMEN_LOGGING__LEVEL": "debug",
        "YIMEN_LOGGING__FILE": str(logfile),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("YIMEN_CONFIG", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "yimen.cli",
            "-v",
            "demo",
            "--headless",
            "--out",
            str(out),
            "--residents",
            "30",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    residents = _residents(out)
    assert len(residents) >= 20, "the day hardly registered anyone: the test proves nothing"
    lines = [
        *done.stderr.splitlines(),
        *logfile.read_text("utf-8").splitlines(),
        *(out / "hall-day.log").read_text("utf-8").splitlines(),
    ]
    assert len(lines) > 200, "hardly any log lines: the test proves nothing"
    # the day did log the masked forms: the filter was at work, not silence
    assert any(re.search(r"\d{6}\*{8}[\dX]{4}", line) for line in lines)
    hits = []
    for id_number, name, phone in residents:
        needles = [id_number, id_number[-12:], name] + ([phone, phone[-8:]] if phone else [])
        for line in lines:
            hits += [f"{n!r} in {line[:160]!r}" for n in needles if n and n in line]
    assert hits == []
