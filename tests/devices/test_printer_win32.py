"""printer = "win32": RAW ESC/POS through the Windows spooler with python-escpos' Win32Raw.

Windows is not here, so pywin32's ``win32print`` is a stand-in that keeps pywin32's documented
behaviour (tests/support/win32_spooler.py): these tests check the order of spooler calls, that
each batch of jobs becomes one RAW document holding exactly the rendered bytes, and how the
spooler's status bits reach the kiosk. A run on a Windows machine is still owed
(docs/install.md).
"""

from __future__ import annotations

import pytest

from devices.base import HealthState
from devices.manager import DeviceManager
from devices.printer.connections import Win32SpoolerConnection, connection_from_params
from devices.printer.driver import ReceiptPrinter
from devices.printer.errors import PaperOut, PrinterError, PrinterOffline
from devices.printer.layout import PaperWidth
from devices.printer.status import (
    WIN_DOOR_OPEN,
    WIN_OFFLINE,
    WIN_PAPER_JAM,
    WIN_PAPER_OUT,
    PaperState,
    read_status,
    status_from_spooler,
)
from shared.domain.settings import DeviceSettings
from shared.services.slip_samples import sample_receipt, sample_ticket
from shared.services.slip_templates import document_for
from tests.support.escpos import parse_one
from tests.support.win32_spooler import Spooler, installed


@pytest.fixture
def spooler():
    with installed(Spooler("POS-80", "Microsoft Print to PDF")) as s:
        yield s


def test_a_ticket_is_one_raw_document_holding_exactly_the_rendered_bytes(spooler, tmp_path):
    p = ReceiptPrinter(Win32SpoolerConnection("POS-80"), width_mm=58, spool_dir=tmp_path)
    doc = document_for(sample_ticket(number="A023"), width=PaperWidth.MM58)
    try:
        p.print_document(doc, job_id="A023")
    finally:
        p.close()
    (_, data), = spooler.printers["POS-80"].jobs
    assert data == p.render(doc)
    job = parse_one(data)
    assert job.cut in ("full", "partial") and "A023" in "".join(line.text for line in job.lines)
    # the documented order: a document opened, written inside a page, ended, the handle closed
    sequence = [c for c in spooler.calls if c not in ("EnumPrinters", "GetPrinter")]
    first = sequence.index("StartDocPrinter")
    assert sequence[first - 1] == "OpenPrinter"
    assert sequence[first : first + 2] == ["StartDocPrinter", "StartPagePrinter"]
    assert sequence[-3:] == ["EndPagePrinter", "EndDocPrinter", "ClosePrinter"]
    assert spooler.printers["Microsoft Print to PDF"].jobs == []
    assert p.pending_jobs() == []


def test_an_empty_name_prints_to_the_default_printer(spooler, tmp_path):
    p = ReceiptPrinter(Win32SpoolerConnection(""), width_mm=80, spool_dir=tmp_path)
    try:
        p.print_document(document_for(sample_receipt()))
    finally:
        p.close()
    assert len(spooler.printers["POS-80"].jobs) == 1


def test_paper_out_in_the_spooler_holds_the_job_until_the_paper_is_back(spooler, tmp_path):
    spooler.printers["POS-80"].status = WIN_PAPER_OUT
    p = ReceiptPrinter(Win32SpoolerConnection("POS-80"), width_mm=80, spool_dir=tmp_path)
    doc = document_for(sample_receipt())
    try:
        with pytest.raises(PaperOut):
            p.print_document(doc, job_id="R1")
        assert spooler.printers["POS-80"].jobs == []
        assert [j.job_id for j in p.pending_jobs()] == ["R1"]
        assert p.health().state is HealthState.OFFLINE and "缺纸" in p.health().reason
        spooler.printers["POS-80"].status = 0
        p.reprint("R1").result(30)
    finally:
        p.close()
    (_, data), = spooler.printers["POS-80"].jobs
    assert data == p.render(doc)
    assert p.pending_jobs() == []


def test_an_unknown_printer_name_is_named_with_what_to_check(spooler, tmp_path):
    p = ReceiptPrinter(Win32SpoolerConnection("POS-58"), width_mm=80, spool_dir=tmp_path)
    try:
        with pytest.raises(PrinterOffline) as caught:
            p.print_document(document_for(sample_receipt()), job_id="R2")
    finally:
        p.close()
    assert "POS-58" in caught.value.message and "printer_name" in caught.value.hint
    assert [j.job_id for j in p.pending_jobs()] == ["R2"]


@pytest.mark.parametrize(
    ("word", "paper", "online", "cover_open"),
    [
        (WIN_PAPER_OUT, PaperState.OUT, True, False),
        (WIN_OFFLINE, PaperState.UNKNOWN, False, False),
        (WIN_PAPER_JAM, PaperState.UNKNOWN, False, False),
        (WIN_DOOR_OPEN, PaperState.UNKNOWN, True, True),
    ],
)
def test_spooler_status_bits(word, paper, online, cover_open):
    s = status_from_spooler(word)
    assert (s.answered, s.paper, s.online, s.cover_open) == (True, paper, online, cover_open)
    assert s.problem() is not None


def test_a_status_word_of_zero_is_unknown_not_paper_ok(spooler):
    status = read_status(Win32SpoolerConnection("POS-80"))
    assert not status.readable and status.paper is PaperState.UNKNOWN
    assert status.health().state is HealthState.DEGRADED


def test_the_device_manager_builds_it_from_settings(spooler, tmp_path):
    settings = DeviceSettings(
        idcard="null", printer="win32", printer_name="POS-80", scanner="null", paper_width_mm=80
    )
    with DeviceManager(settings, spool_dir=tmp_path) as manager:
        assert manager.drivers["printer"] == "win32"
        manager.print_laid_out(lambda width: document_for(sample_receipt(), width=width)).result(30)
    assert len(spooler.printers["POS-80"].jobs) == 1


def test_without_pywin32_it_says_windows_only(tmp_path):
    connection = connection_from_params("win32", printer_name="POS-80")
    with pytest.raises(PrinterError, match="只能在 Windows 上使用"):
        connection.open()
