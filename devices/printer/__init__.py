"""Receipt printer (ESC/POS): prints documents (lines, text styles, QR codes, cuts).

The driver knows no ticket or case: the slips a hall prints are laid out by the use cases
(``shared/services/slip_templates.py``) as documents for the printer's paper width.
Typical use (composition root)::

    from devices.printer import ReceiptPrinter, NetworkConnection

    printer = ReceiptPrinter(NetworkConnection("192.168.1.50"), width_mm=80, spool_dir=home / "spool",
                             on_job_done=..., on_job_failed=..., on_health=...)
    printer.open()
    printer.print_document(document, job_id="A023-20240520")   # raises PaperOut etc.; the job waits

Previews for screens: ``render_preview(document)``.
"""

from __future__ import annotations

# first: python-escpos reads where to cache its capabilities when it is imported
from devices.printer import escpos_cache  # noqa: F401
from devices.printer.connections import (
    DummyConnection,
    FileConnection,
    NetworkConnection,
    PrinterConnection,
    SerialConnection,
    UsbConnection,
    connection_from_params,
    connection_from_url,
)
from devices.printer.driver import ReceiptPrinter
from devices.printer.errors import (
    CjkFontMissing,
    PaperNearEnd,
    PaperOut,
    PrintDocumentInvalid,
    PrinterError,
    PrinterOffline,
    PrinterStatusUnknown,
    PrintFailed,
)
from devices.printer.layout import Document, PaperWidth
from devices.printer.preview import preview_png, render_preview, save_preview
from devices.printer.print_queue import PrintJob, PrintQueue
from devices.printer.status import PaperState, PrinterStatus

__all__ = [
    "CjkFontMissing",
    "Document",
    "DummyConnection",
    "FileConnection",
    "NetworkConnection",
    "PaperNearEnd",
    "PaperOut",
    "PaperState",
    "PaperWidth",
    "PrintDocumentInvalid",
    "PrintFailed",
    "PrintJob",
    "PrintQueue",
    "PrinterConnection",
    "PrinterError",
    "PrinterOffline",
    "PrinterStatus",
    "PrinterStatusUnknown",
    "ReceiptPrinter",
    "SerialConnection",
    "UsbConnection",
    "connection_from_params",
    "connection_from_url",
    "preview_png",
    "render_preview",
    "save_preview",
]
