"""A stand-in for pywin32's ``win32print`` and ``pywintypes`` on Linux: the spooler calls that
python-escpos' ``Win32Raw`` and Yimen's :class:`~devices.printer.connections.Win32SpoolerConnection`
make, with the behaviour pywin32 documents (a handle per OpenPrinter, a RAW document between
StartDocPrinter and EndDocPrinter, ``pywintypes.error`` for an unknown printer, PRINTER_INFO_2's
``Status`` word). A document reaches ``printers[name].jobs`` only at EndDocPrinter, as the
spooler sends a job only when its document is closed.

This checks that our code drives the spooler API in the documented order; it does not replace a
run on Windows (docs/install.md says what was and was not run).
"""

from __future__ import annotations

import importlib
import itertools
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

PRINTER_ENUM_LOCAL = 0x2
PRINTER_ENUM_NAME = 0x8


class SpoolerError(Exception):
    """pywintypes.error: (winerror, funcname, message)."""

    def __init__(self, winerror: int, funcname: str, message: str) -> None:
        super().__init__(winerror, funcname, message)
        self.winerror, self.funcname, self.strerror = winerror, funcname, message


@dataclass
class SpooledPrinter:
    name: str
    status: int = 0
    jobs: list[tuple[str, bytes]] = field(default_factory=list)  # (document name, RAW bytes)


@dataclass
class _Handle:
    printer: SpooledPrinter
    document: tuple[str, bytearray] | None = None
    in_page: bool = False
    closed: bool = False


class Spooler:
    def __init__(self, *names: str, default: str | None = None) -> None:
        self.printers = {n: SpooledPrinter(n) for n in names}
        self.default = default if default is not None else (names[0] if names else "")
        self.calls: list[str] = []
        self._ids = itertools.count(1)
        self.open_handles: dict[int, _Handle] = {}

    # -- the win32print functions -------------------------------------------------------------
    def EnumPrinters(self, flags: int, name: str | None = None, level: int = 1) -> list[dict]:
        self.calls.append("EnumPrinters")
        return [{"pPrinterName": p.name, "Status": p.status} for p in self.printers.values()]

    def GetDefaultPrinter(self) -> str:
        self.calls.append("GetDefaultPrinter")
        if not self.default:
            raise SpoolerError(1722, "GetDefaultPrinter", "The RPC server is unavailable.")
        return self.default

    def OpenPrinter(self, name: str, defaults=None) -> int:
        self.calls.append("OpenPrinter")
        if name not in self.printers:
            raise SpoolerError(1801, "OpenPrinter", "The printer name is invalid.")
        hid = next(self._ids)
        self.open_handles[hid] = _Handle(self.printers[name])
        return hid

    def _handle(self, hid: int) -> _Handle:
        h = self.open_handles.get(hid)
        if h is None or h.closed:
            raise SpoolerError(6, "handle", "The handle is invalid.")
        return h

    def StartDocPrinter(self, hid: int, level: int, info: tuple) -> int:
        self.calls.append("StartDocPrinter")
        h = self._handle(hid)
        assert level == 1 and info[2] == "RAW", info
        h.document = (info[0], bytearray())
        return next(self._ids)

    def StartPagePrinter(self, hid: int) -> None:
        self.calls.append("StartPagePrinter")
        self._handle(hid).in_page = True

    def WritePrinter(self, hid: int, data: bytes) -> int:
        self.calls.append("WritePrinter")
        h = self._handle(hid)
        if h.document is None or not h.in_page:
            raise SpoolerError(6, "WritePrinter", "No document started.")
        h.document[1].extend(data)
        return len(data)

    def EndPagePrinter(self, hid: int) -> None:
        self.calls.append("EndPagePrinter")
        self._handle(hid).in_page = False

    def EndDocPrinter(self, hid: int) -> None:
        self.calls.append("EndDocPrinter")
        h = self._handle(hid)
        if h.document is not None:
            h.printer.jobs.append((h.document[0], bytes(h.document[1])))
        h.document = None

    def ClosePrinter(self, hid: int) -> None:
        self.calls.append("ClosePrinter")
        self._handle(hid).closed = True

    def GetPrinter(self, hid: int, level: int = 2) -> dict:
        self.calls.append("GetPrinter")
        h = self._handle(hid)
        return {"pPrinterName": h.printer.name, "Status": h.printer.status}

    # -- as modules ---------------------------------------------------------------------------
    def modules(self) -> dict[str, types.ModuleType]:
        win32print = types.ModuleType("win32print")
        for name in (
            "EnumPrinters",
            "GetDefaultPrinter",
            "OpenPrinter",
            "StartDocPrinter",
            "StartPagePrinter",
            "WritePrinter",
            "EndPagePrinter",
            "EndDocPrinter",
            "ClosePrinter",
            "GetPrinter",
        ):
            setattr(win32print, name, getattr(self, name))
        win32print.PRINTER_ENUM_LOCAL = PRINTER_ENUM_LOCAL  # type: ignore[attr-defined]
        win32print.PRINTER_ENUM_NAME = PRINTER_ENUM_NAME  # type: ignore[attr-defined]
        pywintypes = types.ModuleType("pywintypes")
        pywintypes.error = SpoolerError  # type: ignore[attr-defined]
        return {"win32print": win32print, "pywintypes": pywintypes}


@contextmanager
def installed(spooler: Spooler) -> Iterator[Spooler]:
    """python-escpos' win32raw module re-imported with the stand-in modules present (it decides
    whether Win32Raw is usable at import), and re-imported without them afterwards."""
    import escpos.printer.win32raw as win32raw

    saved = {k: sys.modules.get(k) for k in ("win32print", "pywintypes")}
    sys.modules.update(spooler.modules())
    try:
        importlib.reload(win32raw)
        yield spooler
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
        importlib.reload(win32raw)
