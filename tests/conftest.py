"""Suite-wide settings: Qt offscreen, and PostgreSQL coverage enforced under CI."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_pg_skipped: list[str] = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.skipped and item.get_closest_marker("pg") is not None:
        _pg_skipped.append(item.nodeid)


def pytest_sessionfinish(session, exitstatus):
    # The store must be proven on PostgreSQL too: in CI a skipped PostgreSQL test is a failure.
    if os.environ.get("CI") and _pg_skipped:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                f"FAILED: {len(_pg_skipped)} PostgreSQL tests were skipped under CI "
                f"(first: {_pg_skipped[0]}). Set YIMEN_TEST_PG_URL to a reachable server.",
                red=True,
            )
        session.exitstatus = 1


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """A process that loaded Qt ends here, after pytest has reported everything, without the
    interpreter's teardown: freeing PySide6 wrappers in arbitrary order at exit aborted the
    counter suite after all its tests had passed (glibc "malloc_consolidate(): unaligned
    fastbin chunk"). The apps end the same way (yimen/gui_exit.py). The exit status is kept."""
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    session = getattr(config, "_yimen_session", None)
    status = int(session.exitstatus) if session is not None else 0
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(status)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    session.config._yimen_session = session


# ---------------------------------------------------------------------- the store under test
# Every store-backed test runs on SQLite (a temp file) and on PostgreSQL when
# YIMEN_TEST_PG_URL is set; each PostgreSQL test gets its own schema, dropped afterwards.

import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

PG_URL = os.environ.get("YIMEN_TEST_PG_URL", "")
NO_PG = "PostgreSQL tests need YIMEN_TEST_PG_URL, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'yimen.db'}"
        return
    if not PG_URL:
        pytest.skip(NO_PG)
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    schema = f"yimen_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    return tmp_path / "keys" / "pii.key"
