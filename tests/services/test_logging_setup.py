"""Log lines carry no personal data at any level, go to a rotating 0600 file, or to journald
under systemd with the line's priority (issue 15, point 6)."""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from shared.domain.settings import LoggingSettings, StoreSettings
from shared.services.logging_setup import configure_logging

ID = "532822195601010010"
PHONE = "13812345678"


@pytest.fixture
def clean_root() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
        root.setLevel(level)


def _store(tmp_path: Path) -> StoreSettings:
    return StoreSettings(url="sqlite://", key_file=tmp_path / "k", backup_dir=tmp_path / "backups")


def test_default_level_masks_warnings_and_tracebacks_in_file_and_stderr(
    tmp_path: Path, clean_root: None
) -> None:
    err = io.StringIO()
    configure_logging(LoggingSettings(), store=_store(tmp_path), stream=err)
    log = logging.getLogger("yimen.test.sync")
    log.warning("upload refused for %s (phone %s)", ID, PHONE)
    try:
        raise ValueError(f"bad row {ID}")
    except ValueError:
        log.exception("sync worker crashed on %s", PHONE)
    log.info("info goes to the file only: %s", ID)
    for h in logging.getLogger().handlers:
        h.flush()
    path = tmp_path / "logs" / "yimen.log"
    text, file_text = err.getvalue(), path.read_text("utf-8")
    for out in (text, file_text):
        assert ID not in out and PHONE not in out
        assert "532822********0010" in out and "138****5678" in out
        assert "Traceback" in out and "bad row 532822********0010" in out
    assert "info goes to the file only" in file_text and "info goes to the file only" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_handler_added_later_still_gets_masked_messages(tmp_path: Path, clean_root: None) -> None:
    configure_logging(LoggingSettings(to_file=False), store=_store(tmp_path), stream=io.StringIO())
    late = io.StringIO()
    plain = logging.StreamHandler(late)  # no filter: the record factory masked the message already
    logging.getLogger().addHandler(plain)
    logging.getLogger("some.library").warning("id=%s", ID)
    assert "532822********0010" in late.getvalue() and ID not in late.getvalue()


def test_the_file_rotates_and_keeps_the_configured_number(tmp_path: Path, clean_root: None) -> None:
    settings = LoggingSettings(max_bytes=2_000, keep_files=3, file=tmp_path / "l" / "yimen.log")
    configure_logging(settings, store=_store(tmp_path), stream=io.StringIO())
    log = logging.getLogger("yimen.test.rotate")
    for i in range(400):
        log.info("line %d of a busy day at window 3", i)
    files = sorted(p.name for p in (tmp_path / "l").iterdir())
    assert files == ["yimen.log", "yimen.log.1", "yimen.log.2", "yimen.log.3"]
    assert all(stat.S_IMODE((tmp_path / "l" / f).stat().st_mode) == 0o600 for f in files)


def test_under_systemd_lines_go_to_the_journal_with_their_priority(
    tmp_path: Path, clean_root: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "journal-stream"
    with journal.open("w+", encoding="utf-8") as stream:
        st = os.fstat(stream.fileno())
        monkeypatch.setenv("JOURNAL_STREAM", f"{st.st_dev}:{st.st_ino}")
        handlers = configure_logging(LoggingSettings(), store=_store(tmp_path), stream=stream)
        assert len(handlers) == 1  # journald keeps and rotates: no file of our own
        log = logging.getLogger("yimen.test.jobs")
        log.info("backup done")
        log.error("backup of %s failed", ID)
        stream.flush()
        stream.seek(0)
        lines = stream.read().splitlines()
    assert lines == [
        "<6>yimen.test.jobs: backup done",
        "<3>yimen.test.jobs: backup of 532822********0010 failed",
    ]
    assert not (tmp_path / "logs").exists()


def test_a_log_file_that_cannot_be_written_is_said_once_on_stderr(tmp_path: Path, clean_root: None) -> None:
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the log directory should be", encoding="utf-8")
    err = io.StringIO()
    handlers = configure_logging(
        LoggingSettings(file=blocked / "yimen.log"), store=_store(tmp_path), stream=err
    )
    assert len(handlers) == 1
    assert "cannot write the log file" in err.getvalue()


def test_the_command_line_writes_its_log_file_by_default(tmp_path: Path, clean_root: None) -> None:
    from yimen.cli import main

    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path / "yimen.db"}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(cfg), "db", "upgrade"]) == 0
    log = (tmp_path / "logs" / "yimen.log").read_text("utf-8")
    assert "Running upgrade" in log
