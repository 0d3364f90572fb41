"""QR / barcode scanning: decoders, payload classification, routing, and sources
(camera, file, keyboard wedge, serial, simulated, null). Qt-free."""

from __future__ import annotations

from devices.scanner.budget import BudgetedDecoder
from devices.scanner.decoders import (
    DecoderChain,
    OpenCvArucoDecoder,
    ScanResult,
    WeChatDecoder,
    ZbarDecoder,
    available_decoders,
    default_chain,
)
from devices.scanner.payloads import (
    AppointmentRef,
    CaseRef,
    EvaluationRef,
    LicenceRef,
    Payload,
    PayloadKind,
    PayloadRegistry,
    TicketRef,
    classify,
)
from devices.scanner.router import ScanRouter
from devices.scanner.simulated import NullScanner, SimulatedScanner
from devices.scanner.sources import CameraSource, FileSource, KeyboardWedgeSource, SerialScannerSource

__all__ = [
    "AppointmentRef",
    "BudgetedDecoder",
    "CameraSource",
    "CaseRef",
    "DecoderChain",
    "EvaluationRef",
    "FileSource",
    "KeyboardWedgeSource",
    "LicenceRef",
    "NullScanner",
    "OpenCvArucoDecoder",
    "Payload",
    "PayloadKind",
    "PayloadRegistry",
    "ScanResult",
    "ScanRouter",
    "SerialScannerSource",
    "SimulatedScanner",
    "TicketRef",
    "WeChatDecoder",
    "ZbarDecoder",
    "available_decoders",
    "classify",
    "default_chain",
]
