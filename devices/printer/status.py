"""Printer status from the ESC/POS real-time status replies (DLE EOT n).

Reply bytes (Epson ESC/POS "DLE EOT"): bits 1 and 4 are always 1, bits 0 and 7
always 0, so a valid reply matches ``byte & 0x93 == 0x12``; anything else is not
a status byte and makes the status unknown rather than "ok".

- n=1 printer status: bit 3 set = offline.
- n=2 offline cause: bit 2 cover open, bit 5 printing stopped by paper end, bit 6 error.
- n=4 roll paper sensor: bits 2-3 near end, bits 5-6 paper end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from devices.base import Health, HealthState
from devices.printer.connections import PrinterConnection
from devices.printer.errors import PaperNearEnd, PaperOut, PrinterError, PrinterOffline, PrinterStatusUnknown

STATUS_FIXED_MASK = 0x93
STATUS_FIXED_VALUE = 0x12
OFFLINE_BIT = 0x08
COVER_OPEN_BIT = 0x04
PAPER_END_STOP_BIT = 0x20
ERROR_BIT = 0x40
PAPER_NEAR_END_BITS = 0x0C
PAPER_END_BITS = 0x60


# The Windows spooler's PRINTER_STATUS_* bits (PRINTER_INFO_2.Status; [MS-RPRN] 2.2.3.12)
WIN_PAUSED = 0x00000001
WIN_ERROR = 0x00000002
WIN_PAPER_JAM = 0x00000008
WIN_PAPER_OUT = 0x00000010
WIN_PAPER_PROBLEM = 0x00000040
WIN_OFFLINE = 0x00000080
WIN_NOT_AVAILABLE = 0x00001000
WIN_USER_INTERVENTION = 0x00100000
WIN_DOOR_OPEN = 0x00400000


class PaperState(StrEnum):
    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"
    UNKNOWN = "unknown"


def is_status_byte(byte: int) -> bool:
    return byte & STATUS_FIXED_MASK == STATUS_FIXED_VALUE


def paper_from_byte(byte: int) -> PaperState:
    """DLE EOT 4 reply -> paper state. Either end bit means out: better hold a job than print on nothing."""
    if not is_status_byte(byte):
        return PaperState.UNKNOWN
    if byte & PAPER_END_BITS:
        return PaperState.OUT
    if byte & PAPER_NEAR_END_BITS:
        return PaperState.NEAR_END
    return PaperState.OK


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    readable: bool  # False: the connection cannot read status at all (file, dummy)
    answered: bool = False  # the printer replied with valid status bytes
    online: bool | None = None
    paper: PaperState = PaperState.UNKNOWN
    cover_open: bool = False
    error: bool = False
    replies: dict[int, bytes] = field(default_factory=dict)  # raw reply per n, for the technician's log

    def problem(
        self, *, device: str = "", allow_unknown: bool = False, near_end_is_error: bool = False
    ) -> PrinterError | None:
        """The error that must stop a print, or None when printing may go ahead."""
        if not self.readable:
            return None  # cannot know; the driver reports health DEGRADED instead
        if not self.answered:
            if allow_unknown:
                return None
            got = ", ".join(f"n={n}: {r.hex() or '无应答'}" for n, r in self.replies.items())
            return PrinterStatusUnknown(device=device, hint=f"{PrinterStatusUnknown.default_hint}（{got}）")
        if self.paper is PaperState.OUT:
            return PaperOut(device=device)
        if self.cover_open:
            return PrinterOffline(
                "打印机上盖未合上，请合上上盖后点击重新打印。",
                hint="确认纸卷已装好并压紧上盖。",
                device=device,
            )
        if self.online is False:
            return PrinterOffline(device=device)
        if self.paper is PaperState.NEAR_END and near_end_is_error:
            return PaperNearEnd(device=device)
        return None

    def health(self, *, allow_unknown: bool = False) -> Health:
        if not self.readable:
            return Health(
                HealthState.DEGRADED, "打印机状态未知（该连接方式无法读取状态），打印后请确认已出纸。"
            )
        if not self.answered:
            state = HealthState.DEGRADED if allow_unknown else HealthState.OFFLINE
            return Health(state, PrinterStatusUnknown.default_message)
        problem = self.problem()
        if problem is not None:
            return Health(HealthState.OFFLINE, problem.message, code=problem.health_code)
        if self.paper is PaperState.NEAR_END:
            return Health(HealthState.DEGRADED, PaperNearEnd.default_message, code=PaperNearEnd.health_code)
        return Health.ok()


def read_status(connection: PrinterConnection, *, timeout: float = 1.0) -> PrinterStatus:
    """Ask the printer (DLE EOT 1, then 2 if offline, then 4) and interpret the replies.

    A silent or garbled reply gives ``answered=False``, never "ok". Connection
    failures raise :class:`PrinterOffline`.
    """
    if not connection.can_read_status:
        word = connection.system_status()
        return PrinterStatus(readable=False) if word is None else status_from_spooler(word)
    replies: dict[int, bytes] = {}

    def ask(n: int) -> int | None:
        reply = connection.exchange_status(n, timeout=timeout)
        replies[n] = reply
        # the newest byte answers this request; earlier ones may be late answers to an older one
        return reply[-1] if reply and is_status_byte(reply[-1]) else None

    printer_byte = ask(1)
    if printer_byte is None:
        return PrinterStatus(readable=True, replies=replies)
    online = not printer_byte & OFFLINE_BIT
    cover_open = error = False
    if not online:
        cause = ask(2)
        if cause is not None:
            cover_open = bool(cause & COVER_OPEN_BIT)
            error = bool(cause & ERROR_BIT)
    paper_byte = ask(4)
    if paper_byte is None:
        return PrinterStatus(readable=True, online=online, replies=replies)
    return PrinterStatus(
        readable=True,
        answered=True,
        online=online,
        paper=paper_from_byte(paper_byte),
        cover_open=cover_open,
        error=error,
        replies=replies,
    )


def status_from_spooler(word: int) -> PrinterStatus:
    """The Windows spooler's status bits as a :class:`PrinterStatus`. A word of 0 is what a
    healthy printer reports, and also what a driver that reports nothing leaves: it reads as
    "unknown" (printing goes ahead, health DEGRADED), never as a confirmed paper-ok."""
    replies = {0: word.to_bytes(4, "little")}
    if word == 0:
        return PrinterStatus(readable=False, replies=replies)
    paper = PaperState.OUT if word & WIN_PAPER_OUT else PaperState.UNKNOWN
    offline = bool(word & (WIN_OFFLINE | WIN_NOT_AVAILABLE | WIN_PAUSED | WIN_PAPER_JAM | WIN_USER_INTERVENTION))
    return PrinterStatus(
        readable=True,
        answered=True,
        online=not offline,
        paper=paper,
        cover_open=bool(word & WIN_DOOR_OPEN),
        error=bool(word & (WIN_ERROR | WIN_PAPER_JAM | WIN_PAPER_PROBLEM)),
        replies=replies,
    )
