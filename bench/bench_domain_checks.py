"""Cost of the checks that run on every request: ID parsing, masking of log lines, working days.

These sit on hot paths (every card read, every log record, every case list with deadlines),
so they are measured here rather than asserted in tests. Targets: parse an ID < 20 µs,
scrub a log record < 50 µs, a 20-working-day deadline < 0.5 ms once the year is cached.

Run: .venv/bin/python bench/bench_domain_checks.py  → bench/results/domain_checks.json
"""

from __future__ import annotations

import json
import logging
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.domain.identity import parse_resident_id, validate_uscc  # noqa: E402
from shared.domain.masking import PiiMaskingFilter, mask_address, scrub_text  # noqa: E402
from shared.domain.workdays import WorkingDayCalendar, library_years  # noqa: E402

TARGETS_US = {"parse_resident_id": 20.0, "log_filter_record": 50.0, "add_working_days_20": 500.0}


def per_call_us(fn: Callable[[], object], *, repeat: int = 7, number: int = 2000) -> dict[str, float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - start) / number * 1e6)
    return {"median_us": round(statistics.median(runs), 3), "best_us": round(min(runs), 3)}


def main() -> None:
    today = date(2025, 6, 1)
    line = "受理 办件53282225030100100015 申请人身份证11010519491231002X 手机138-1234-5678 已打印受理凭证"
    filt = PiiMaskingFilter()

    def filter_one() -> None:
        record = logging.LogRecord(
            "yimen", logging.INFO, __file__, 1, "受理 %s 手机 %s", ("11010519491231002X", "13812345678"), None
        )
        filt.filter(record)

    start = time.perf_counter()
    first_years = library_years()
    cold_cal = WorkingDayCalendar()
    cold_cal.add_working_days(date(2025, 3, 3), 20)
    cold_ms = (time.perf_counter() - start) * 1e3

    cal = WorkingDayCalendar()
    starts = [date(2025, 1, 2) + timedelta(days=i) for i in range(300)]
    counter = iter(range(10**9))

    results = {
        "parse_resident_id": per_call_us(lambda: parse_resident_id("11010519491231002X", today=today)),
        "validate_uscc": per_call_us(lambda: validate_uscc("91350100M000100Y43")),
        "scrub_text_line": per_call_us(lambda: scrub_text(line)),
        "mask_address": per_call_us(lambda: mask_address("云南省西双版纳傣族自治州勐海县勐海镇曼贺路12号")),
        "log_filter_record": per_call_us(filter_one),
        "add_working_days_20": per_call_us(
            lambda: cal.add_working_days(starts[next(counter) % len(starts)], 20), number=500
        ),
        "add_working_days_60_with_pause": per_call_us(
            lambda: cal.add_working_days(
                starts[next(counter) % len(starts)], 60, pauses=[(date(2025, 5, 6), date(2025, 5, 20))]
            ),
            number=200,
        ),
    }
    out = {
        "topic": "domain_checks",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": sys.version.split()[0],
            "cpu_count": os.cpu_count(),
        },
        "calendar_years": list(first_years),
        "first_calendar_use_ms": round(cold_ms, 2),
        "results": results,
        "targets_us": TARGETS_US,
        "within_target": {k: results[k]["median_us"] <= v for k, v in TARGETS_US.items()},
    }
    target = ROOT / "bench" / "results" / "domain_checks.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
