"""Fixtures: every store test runs on SQLite (a temp file) and on PostgreSQL.

PostgreSQL runs when YIMEN_TEST_PG_URL is set (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test);
each test gets its own schema (search_path), migrated from scratch and dropped afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_store import Store
from tests.support.factories import case_record

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
    """tests.support.factories.case_record: a CaseRecord with the factory's defaults; keyword overrides."""
    return case_record
