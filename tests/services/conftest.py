"""A hall context over a real store (SQLite and PostgreSQL) with the demo catalog imported,
standing at 10:00 on a working day so the windows are open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_store.store import Store
from shared.domain.catalog.loader import load_demo_catalog
from shared.domain.settings import Settings
from shared.services.actor import Actor, Role
from shared.services.catalog import store_catalog
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from tests.support.services import OPEN_MORNING


@pytest.fixture(scope="session")
def demo_catalog():
    return load_demo_catalog()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(OPEN_MORNING)


@pytest.fixture
def ctx(
    db_url: str, key_path: Path, tmp_path: Path, clock: ManualClock, demo_catalog
) -> Iterator[HallContext]:
    settings = Settings(store={"url": db_url, "key_file": key_path, "backup_dir": tmp_path / "backups"})
    store = Store.for_tests(db_url, key_path)
    context = HallContext(settings=settings, store=store, clock=clock)
    store_catalog(context, catalog=demo_catalog, actor=Actor.system(), source="demo")
    try:
        yield context
    finally:
        store.close()


@pytest.fixture
def clerk() -> Actor:
    return Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0003", window_no=3)


@pytest.fixture
def chief() -> Actor:
    return Actor(user="chief01", role=Role.CHIEF, terminal_id="T-0004", window_no=4)


@pytest.fixture
def kiosk() -> Actor:
    return Actor.kiosk("T-0101")
