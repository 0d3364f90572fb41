"""Fixtures: every store test runs on SQLite (a temp file) and on PostgreSQL.

PostgreSQL runs when YIMEN_TEST_PG_URL is set (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test);
each test gets its own schema (search_path), migrated from scratch and dropped afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from offline_store import Store

# db_url (SQLite, and PostgreSQL when YIMEN_TEST_PG_URL is set) and key_path come from tests/conftest.py


@pytest.fixture
def store(db_url: str, key_path: Path) -> Iterator[Store]:
    s = Store.for_tests(db_url, key_path)
    try:
        yield s
    finally:
        s.close()


def is_sqlite_url(url: str) -> bool:
    return url.startswith("sqlite")


@pytest.fixture
def make_case():
    """Factory for a CaseRecord with sensible defaults; keyword overrides."""
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

    def _make(case_no: str, **overrides):
        values = dict(
            case_no=case_no,
            item_code="532822-000-XK-0001",
            item_name="个体工商户设立登记",
            state=CaseState.ACCEPTED,
            channel=Channel.COUNTER,
            applicant_kind=ApplicantKind.PERSON,
            applicant_id="11010519491231002X",
            applicant_name="岩温香",
            applicant_phone="13888012345",
            materials=[
                MaterialReceipt("M001", "居民身份证", ReceiptMethod.PAPER_COPY, copies=2),
                MaterialReceipt("M002", "经营场所证明", ReceiptMethod.DEFERRED, supply_by=date(2026, 3, 9)),
                MaterialReceipt("M003", "营业执照", ReceiptMethod.E_LICENCE, reference="EL-2026-0001"),
            ],
            delivery=Delivery(DeliveryMethod.POST, address="勐海县勐海镇象山路88号"),
            window_no=3,
            clerk="clerk01",
        )
        values.update(overrides)
        return CaseRecord(**values)

    return _make
