"""Fixtures for hall mode: a fresh PostgreSQL *database* per test (the resilience test kills
every connection to it, so it must not share one with other tests), unique role names
(roles are cluster-wide), and a hall initialised with `yimen hall init`.

Everything made here is dropped afterwards: the database (WITH FORCE), then the roles.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("YIMEN_TEST_PG_URL", "")
NO_PG = "PostgreSQL tests need YIMEN_TEST_PG_URL, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _admin_engine() -> sa.Engine:
    return sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture
def pg_database(role_prefix: str) -> Iterator[str]:
    """URL (as the test server's superuser) of a new, empty database (dropped before the roles)."""
    if not PG_URL:
        pytest.skip(NO_PG)
    name = f"yimen_hall_{uuid.uuid4().hex[:10]}"
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def role_prefix() -> Iterator[str]:
    if not PG_URL:
        pytest.skip(NO_PG)
    prefix = f"yh{uuid.uuid4().hex[:8]}"
    yield prefix
    from offline_store.hall.roles import drop_hall_roles

    drop_hall_roles(PG_URL, prefix=prefix)


@dataclass(frozen=True)
class Hall:
    admin_url: str
    key_path: Path
    configs: Path
    prefix: str

    def config(self, terminal_id: str) -> Path:
        return self.configs / f"{terminal_id}.toml"

    def settings(self, terminal_id: str, **overrides):
        from shared.domain.settings import load_settings

        return load_settings(self.config(terminal_id), **overrides)


@pytest.fixture
def hall(role_prefix: str, pg_database: str, tmp_path: Path) -> Hall:
    """A migrated hall database with the demo catalog, initialised for 2 kiosks (T-0101,
    T-0102), 2 counters (T-0001/window 1, T-0002/window 2), a display (T-0201), the sync
    worker (T-0301) and a manager station (T-0401)."""
    from offline_store import Store
    from offline_store.hall.roles import HallPlan, hall_init
    from shared.domain.catalog.loader import load_demo_catalog
    from shared.domain.settings import Settings
    from shared.services.actor import Actor
    from shared.services.catalog import store_catalog
    from shared.services.context import HallContext

    key = tmp_path / "keys" / "pii.key"
    store = Store.for_tests(pg_database, key)
    try:
        ctx = HallContext(settings=Settings(store={"url": pg_database, "key_file": key}), store=store)
        store_catalog(ctx, catalog=load_demo_catalog(), actor=Actor.system(), source="demo")
    finally:
        store.close()
    hall_init(
        pg_database,
        plan=HallPlan.numbered(kiosks=2, counters=2, displays=1),
        out_dir=tmp_path / "terminals",
        key_file=key,
        backup_dir=tmp_path / "backups",
        prefix=role_prefix,
    )
    return Hall(admin_url=pg_database, key_path=key, configs=tmp_path / "terminals", prefix=role_prefix)
