"""QR / barcode scanning: decoders, payload classification, routing, and sources
(camera, file, keyboard wedge, serial, simulated, null). Qt-free."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from devices.scanner.decoders import (
        DecoderChain,
        OpenCvArucoDecoder,
        ScanResult,
        ZbarDecoder,
        available_decoders,
        default_chain,
    )
    from devices.scanner.null import NullScanner
    from devices.scanner.router import ScanRouter
    from devices.scanner.simulated import SimulatedScanner
    from devices.scanner.sources import CameraSource, FileSource, KeyboardWedgeSource, SerialScannerSource
    from shared.domain.payloads import (
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

# Each name is imported on first use: importing one part of the package (the router, the
# null scanner, the serial source) does not load OpenCV and NumPy, which only the decoders,
# the camera, the file source and the simulator need (the install extra yimen[camera],
# devices/scanner/camera_stack.py).
_HOME = {
    **dict.fromkeys(
        (
            "DecoderChain",
            "OpenCvArucoDecoder",
            "ScanResult",
            "ZbarDecoder",
            "available_decoders",
            "default_chain",
        ),
        "devices.scanner.decoders",
    ),
    "ScanRouter": "devices.scanner.router",
    "NullScanner": "devices.scanner.null",
    "SimulatedScanner": "devices.scanner.simulated",
    **dict.fromkeys(
        ("CameraSource", "FileSource", "KeyboardWedgeSource", "SerialScannerSource"), "devices.scanner.sources"
    ),
    **dict.fromkeys(
        (
            "AppointmentRef",
            "CaseRef",
            "EvaluationRef",
            "LicenceRef",
            "Payload",
            "PayloadKind",
            "PayloadRegistry",
            "TicketRef",
            "classify",
        ),
        "shared.domain.payloads",
    ),
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'devices.scanner' has no attribute {name!r}")
    return getattr(import_module(module), name)


__all__ = [
    "AppointmentRef",
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
    "ZbarDecoder",
    "available_decoders",
    "classify",
    "default_chain",
]
