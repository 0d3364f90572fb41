"""Receipt printer (ESC/POS): slips for tickets, acceptance receipts, notices and evaluations.

Typical use (composition root)::

    from devices.printer import ReceiptPrinter, NetworkConnection, TicketSlip

    printer = ReceiptPrinter(NetworkConnection("192.168.1.50"), width_mm=80, spool_dir=home / "spool",
                             on_job_done=..., on_job_failed=..., on_health=...)
    printer.open()
    printer.print_slip(TicketSlip(...), job_id="A023-20240520")   # raises PaperOut etc.; the job waits

Previews for screens: ``render_preview(document_for(value, width=printer.paper))``.
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
from devices.printer.templates import (
    AcceptanceReceipt,
    EvaluationSlip,
    MaterialIssue,
    NotAcceptedNotice,
    OneTimeNotice,
    ReceivedMaterial,
    TicketSlip,
    document_for,
    received_materials_from,
)

__all__ = [
    "AcceptanceReceipt",
    "CjkFontMissing",
    "Document",
    "DummyConnection",
    "EvaluationSlip",
    "FileConnection",
    "MaterialIssue",
    "NetworkConnection",
    "NotAcceptedNotice",
    "OneTimeNotice",
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
    "ReceivedMaterial",
    "SerialConnection",
    "TicketSlip",
    "UsbConnection",
    "connection_from_params",
    "connection_from_url",
    "document_for",
    "preview_png",
    "received_materials_from",
    "render_preview",
    "save_preview",
]
