"""Where log lines go, and that none carries personal data (issue 15, point 6).

- The masking filter is always on: every handler set up here scrubs ID and mobile numbers
  (:class:`~shared.domain.masking.PiiMaskingFilter`, GB/T 35273-2020 display restriction),
  and the record factory scrubs each message as it is made, so a handler that someone adds
  later still gets a masked message. Names and addresses cannot be recognised in free text:
  the code never logs them (the demo-day test greps every line for them).
- Under systemd (``$JOURNAL_STREAM`` names our stderr) one handler writes to stderr with a
  ``<N>`` syslog priority prefix, which journald reads as the line's priority
  (sd-daemon(3)); journald keeps, rotates and ships the lines.
- Otherwise a rotating file (``logs/yimen.log`` beside the backup directory unless
  ``[logging] file`` says where; 0600 in a 0700 directory) plus warnings on stderr
  (everything from INFO with ``-v``).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import IO, Any

from shared.domain.masking import PiiMaskingFilter, scrub_text
from shared.domain.settings import LoggingSettings, StoreSettings

_OURS = "_yimen_handler"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
# syslog priorities (RFC 5424) for journald's "<N>" prefix
_PRIORITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3, logging.CRITICAL: 2}


class JournaldFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        prio = _PRIORITY.get(record.levelno, 6 if record.levelno < logging.WARNING else 3)
        text = super().format(record)
        # journald splits on newlines; each line of a traceback keeps the record's priority
        return "\n".join(f"<{prio}>{line}" for line in text.splitlines())


def under_journald(stream: IO[str] | None = None) -> bool:
    """True when stderr is connected to the journal (systemd sets ``JOURNAL_STREAM=dev:ino``)."""
    value = os.environ.get("JOURNAL_STREAM", "")
    if not value:
        return False
    try:
        dev, ino = (int(x) for x in value.split(":"))
        st = os.fstat((stream or sys.stderr).fileno())
    except (ValueError, OSError, AttributeError):
        return False
    return (st.st_dev, st.st_ino) == (dev, ino)


_base_factory = logging.getLogRecordFactory()


def _masking_record_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _base_factory(*args, **kwargs)
    try:
        message = record.getMessage()
    except Exception:  # a broken format string must not leak its arguments either
        message = f"{record.msg} {record.args!r}"
    record.msg, record.args = scrub_text(message), None
    return record


def install_masking_record_factory() -> None:
    if logging.getLogRecordFactory() is not _masking_record_factory:
        logging.setLogRecordFactory(_masking_record_factory)


def log_file_path(settings: LoggingSettings, store: StoreSettings) -> Path:
    return settings.file or store.backup_dir.parent / "logs" / "yimen.log"


def configure_logging(
    settings: LoggingSettings | None = None,
    *,
    store: StoreSettings | None = None,
    verbose: bool = False,
    stream: IO[str] | None = None,
) -> list[logging.Handler]:
    """Set up the root logger's handlers (replacing those an earlier call made); returns them."""
    settings = settings or LoggingSettings()
    store = store or StoreSettings()
    stream = stream or sys.stderr
    install_masking_record_factory()
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(old)
        old.close()
    level = _LEVELS[settings.level]
    if verbose:
        level = min(level, logging.INFO)
    handlers: list[logging.Handler] = []
    journald = settings.journald == "yes" or (settings.journald == "auto" and under_journald(stream))
    if journald:
        h: logging.Handler = logging.StreamHandler(stream)
        h.setFormatter(JournaldFormatter("%(name)s: %(message)s"))
        h.setLevel(level)
        handlers.append(h)
    else:
        console = logging.StreamHandler(stream)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console.setLevel(logging.INFO if verbose else logging.WARNING)
        handlers.append(console)
        if settings.to_file:
            path = log_file_path(settings, store)
            try:
                handlers.append(_rotating_file(path, settings, level))
            except OSError as e:
                console.handle(
                    logging.makeLogRecord(
                        {
                            "name": __name__,
                            "levelno": logging.WARNING,
                            "levelname": "WARNING",
                            "msg": f"cannot write the log file {path}: {e}; logging to stderr only",
                        }
                    )
                )
    for h in handlers:
        h.addFilter(PiiMaskingFilter())
        setattr(h, _OURS, True)
        root.addHandler(h)
    root.setLevel(min(level, *(h.level for h in handlers)))
    return handlers


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens, the first and each after a rollover, is created 0600: a log is
    operations data, and even masked lines say who worked when."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def _rotating_file(path: Path, settings: LoggingSettings, level: int) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    h = PrivateRotatingFileHandler(
        path, maxBytes=settings.max_bytes, backupCount=settings.keep_files, encoding="utf-8"
    )
    h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"))
    h.setLevel(level)
    return h
