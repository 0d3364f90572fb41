"""Reading what a test printed as a printer would: through the ESC/POS stream parser.

Asserting on the parsed commands, not on a byte search through the job, matters because a
raster image or a QR code's data can hold any byte sequence by chance (``FS &`` turned up
inside a rasterised line of Hypothesis' text ``'000&M0¡¡'``)."""

from __future__ import annotations

from devices.printer.stream import EscPosStreamParser, PrintedJob


def parse_jobs(data: bytes) -> list[PrintedJob]:
    """Every job in ``data``; the stream must hold only commands the parser knows and end on a cut."""
    jobs: list[PrintedJob] = []
    errors: list[str] = []
    parser = EscPosStreamParser(on_job=jobs.append, on_error=errors.append)
    parser.feed(data)
    assert errors == [], errors
    assert parser.pending == b"", f"bytes after the last cut: {parser.pending[:40]!r}"
    return jobs


def parse_one(data: bytes) -> PrintedJob:
    """The one job ``data`` must be."""
    jobs = parse_jobs(data)
    assert len(jobs) == 1, f"{len(jobs)} jobs"
    return jobs[0]
