"""Suite-wide settings: Qt offscreen, Hypothesis without wall-clock limits, and PostgreSQL
coverage enforced under CI."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests are not timed tests: speed is measured in bench/, never in tests (the house
# rule). Hypothesis' default 200 ms deadline per example and its too_slow health check both
# read the wall clock, which a machine loaded by other work stretches, and then fail a test
# whose code did nothing wrong (issue 11, point 8). Off for the whole suite; the health checks
# about the strategies themselves (filter_too_much, data_too_large …) stay on.
settings.register_profile("yimen", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("yimen")

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
    if os.environ.get("CI") and _cups_skipped:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                f"FAILED: {len(_cups_skipped)} A4/CUPS tests were skipped under CI (first: {_cups_skipped[0]}). "
                "Install cups and printer-driver-cups-pdf (installers/debian/system-deps.sh) and run as root.",
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


# ---------------------------------------------------------------------- a private CUPS (A4 printing)
# Tests that print on A4 start their own cupsd with a cups-pdf queue (devices/a4/local_cups.py):
# the real spooler on loopback, isolated from the machine's own CUPS and from other test runs.
# Without cups/cups-pdf (or without root, which cups-pdf needs) they skip, and under CI a
# skipped CUPS test fails the run, as a skipped PostgreSQL test does.

_cups_skipped: list[str] = []


@pytest.fixture
def local_cups(request: pytest.FixtureRequest):
    from devices.a4.local_cups import LocalCups, missing_parts

    missing = missing_parts()
    reason = ""
    if missing:
        reason = f"A4 printing tests need Debian packages {' '.join(missing)}"
    elif os.geteuid() != 0:
        reason = "A4 printing tests start cupsd with the cups-pdf backend, which needs root"
    if reason:
        _cups_skipped.append(request.node.nodeid)
        pytest.skip(reason)
    # its own folder under /tmp: the filters run as user lp, who cannot enter pytest's 0700 tmp_path
    cups = LocalCups().start()
    try:
        yield cups
    finally:
        cups.stop()


@pytest.fixture
def ui_thread_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tours watch their UI thread (shared/domain/ui_thread.py): store or print-spool I/O
    on it fails the tour, naming each case with its stack."""
    from shared.domain import ui_thread

    monkeypatch.setenv(ui_thread.ENVIRONMENT, "1")


@pytest.fixture
def screen_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tours check every screen as they shoot it (yimen/tour/screen_check.py, issue 16,
    point 8): clipped or elided text, overlapping controls and, in elderly mode, targets under
    96 px or text under 32 px fail the tour, naming screen, widget and numbers."""
    from yimen.tour.screen_check import ENVIRONMENT

    monkeypatch.setenv(ENVIRONMENT, "1")
