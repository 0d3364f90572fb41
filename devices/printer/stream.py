"""Reading an ESC/POS byte stream the way a receipt printer does (for the simulator and tests).

The parser knows the length of every command Yimen sends and of the common
others, so binary payloads (raster images, QR data) are skipped whole and a
byte inside them is never taken for a command. It cuts the stream into jobs at
``GS V`` (cut), answers nothing itself but reports real-time status requests
(``DLE EOT n``) to its owner, and decodes printed text: bytes between ``FS &``
and ``FS .`` as GB18030, others as ASCII.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

DLE, EOT, ESC, FS, GS, LF = 0x10, 0x04, 0x1B, 0x1C, 0x1D, 0x0A

# ESC c -> bytes after "ESC c" that belong to the command
_ESC_ARGS = {
    ord("@"): 0, ord("2"): 0, ord("i"): 0, ord("m"): 0, ord("L"): 0, ord("S"): 0, ord("<"): 0,
    ord("E"): 1, ord("a"): 1, ord("!"): 1, ord("-"): 1, ord("M"): 1, ord("d"): 1, ord("J"): 1,
    ord("3"): 1, ord("{"): 1, ord("t"): 1, ord("R"): 1, ord("G"): 1, ord("V"): 1, ord("r"): 1,
    ord("U"): 1, ord("T"): 1, ord("e"): 1, ord("K"): 1, ord(" "): 1, ord("%"): 1, ord("="): 1,
    ord("c"): 2, ord("$"): 2, ord("\\"): 2, ord("p"): 3,
}  # fmt: skip
# GS c -> bytes after "GS c"
_GS_ARGS = {
    ord("!"): 1, ord("B"): 1, ord("b"): 1, ord("|"): 1, ord("h"): 1, ord("w"): 1, ord("H"): 1,
    ord("f"): 1, ord("a"): 1, ord("r"): 1, ord("I"): 1, ord("L"): 2, ord("W"): 2, ord("P"): 2,
    ord("$"): 2, ord("\\"): 2, ord("T"): 1, ord(":"): 0,
}  # fmt: skip
# FS c -> bytes after "FS c"
_FS_ARGS = {
    ord("&"): 0,
    ord("."): 0,
    ord("!"): 1,
    ord("C"): 1,
    ord("W"): 1,
    ord("-"): 1,
    ord("S"): 2,
    ord("p"): 2,
}


@dataclass(frozen=True, slots=True)
class PrintedLine:
    text: str
    width_scale: int = 1
    height_scale: int = 1
    bold: bool = False
    align: int = 0  # ESC a: 0 left, 1 centre, 2 right


@dataclass(frozen=True, slots=True)
class RasterImage:
    """One ``GS v 0`` bit image: ``width_bytes`` bytes a row (8 dots each), ``height`` rows."""

    width_bytes: int
    height: int
    data: bytes

    @property
    def width_dots(self) -> int:
        return self.width_bytes * 8


@dataclass(slots=True)
class PrintedJob:
    """Everything the printer received from one job's first byte up to and including its cut.

    ``commands`` names each command in the order received ("ESC @", "FS &", "GS v 0",
    "GS ( k", "GS V" …), so a test asks what the printer was told to do instead of searching
    the bytes, where raster and QR data can hold any byte sequence by chance.
    ``chinese_text`` holds the characters printed in Chinese mode (between FS & and FS .)."""

    data: bytes
    lines: list[PrintedLine]
    qr_payloads: list[bytes]
    raster_images: int
    cut: str  # "full" or "partial"
    received_at: float = field(default_factory=time.time)
    commands: list[str] = field(default_factory=list)
    rasters: list[RasterImage] = field(default_factory=list)
    chinese_text: str = ""

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class StreamError(ValueError):
    """Bytes no ESC/POS printer accepts (reported, the stream goes on)."""


@dataclass(slots=True)
class _Mode:
    chinese: bool = False
    width_scale: int = 1
    height_scale: int = 1
    bold: bool = False
    align: int = 0


class EscPosStreamParser:
    """Incremental: ``feed()`` any chunks; jobs and status requests come out through callbacks."""

    def __init__(
        self,
        *,
        on_job: Callable[[PrintedJob], None],
        on_status_request: Callable[[int], None] = lambda n: None,
        on_error: Callable[[str], None] = lambda message: None,
    ) -> None:
        self._on_job = on_job
        self._on_status = on_status_request
        self._on_error = on_error
        self._buf = bytearray()
        self._job = bytearray()
        self._lines: list[PrintedLine] = []
        self._line: list[str] = []  # characters of the line being printed
        self._qr: list[bytes] = []
        self._images = 0
        self._mode = _Mode()
        self._line_mode = _Mode()  # the mode when the current line's first character arrived
        self._commands: list[str] = []
        self._rasters: list[RasterImage] = []
        self._chinese: list[str] = []

    @property
    def pending(self) -> bytes:
        """Bytes of a job that has not been cut yet."""
        return bytes(self._job) + bytes(self._buf)

    def feed(self, data: bytes) -> None:
        self._buf += data
        while self._buf:
            used = self._step(self._buf)
            if used == 0:
                return  # incomplete command: wait for more bytes
            del self._buf[:used]

    # one command or character at the start of ``b``; returns bytes consumed, 0 if incomplete
    def _step(self, b: bytearray) -> int:
        c = b[0]
        if c == DLE:
            if len(b) < 3:
                return 0 if len(b) < 2 or b[1] == EOT else self._keep(b, 2)
            if b[1] == EOT:
                # real-time request: answered at once and not part of any job
                self._on_status(b[2])
                return 3
            return self._keep(b, 2)
        if c == ESC:
            return self._esc(b)
        if c == GS:
            return self._gs(b)
        if c == FS:
            return self._fs(b)
        if c == LF:
            self._end_line()
            return self._keep(b, 1)
        if c < 0x20:
            return self._keep(b, 1)  # CR, HT and the like: no visible effect here
        if self._mode.chinese and c >= 0x81:
            # GB18030: two bytes, or four when the second is a digit 0x30–0x39
            if len(b) < 2:
                return 0
            n = 4 if 0x30 <= b[1] <= 0x39 else 2
            if len(b) < n:
                return 0
            self._char(bytes(b[:n]).decode("gb18030", errors="replace"))
            return self._keep(b, n)
        # outside Chinese mode a high byte is a code-page glyph Yimen never sends: shown as U+FFFD
        self._char(chr(c) if c < 0x80 else "\ufffd")
        return self._keep(b, 1)

    def _keep(self, b: bytearray, n: int) -> int:
        self._job += b[:n]
        return n

    def _esc(self, b: bytearray) -> int:
        if len(b) < 2:
            return 0
        cmd = b[1]
        if cmd == ord("*"):  # ESC * m nL nH d…: column bit image
            if len(b) < 5:
                return 0
            dots = b[3] + 256 * b[4]
            n = 5 + dots * (1 if b[2] in (0, 1) else 3)
            if len(b) < n:
                return 0
            self._images += 1
            self._commands.append("ESC *")
            return self._keep(b, n)
        if cmd == ord("D"):  # ESC D n1 … NUL: tab stops
            end = b.find(b"\x00", 2)
            if end < 0:
                return 0
            self._commands.append("ESC D")
            return self._keep(b, end + 1)
        args = _ESC_ARGS.get(cmd)
        if args is None:
            self._on_error(f"unknown command ESC 0x{cmd:02x}")
            args = 0
        n = 2 + args
        if len(b) < n:
            return 0
        self._commands.append(f"ESC {chr(cmd)}")
        m = self._mode
        if cmd == ord("@"):
            self._mode = _Mode()
        elif cmd == ord("E"):
            m.bold = bool(b[2] & 1)
        elif cmd == ord("a"):
            m.align = b[2] % 48 if b[2] >= 48 else b[2]
        elif cmd == ord("!"):
            m.width_scale = 2 if b[2] & 0x20 else 1
            m.height_scale = 2 if b[2] & 0x10 else 1
            m.bold = bool(b[2] & 0x08)
        elif cmd in (ord("d"), ord("J")):
            self._end_line()
        return self._keep(b, n)

    def _gs(self, b: bytearray) -> int:
        if len(b) < 2:
            return 0
        cmd = b[1]
        if cmd == ord("V"):  # GS V m [n]: cut, the end of a job
            if len(b) < 3:
                return 0
            n = 4 if b[2] in (65, 66, 97, 98, 103, 104) else 3
            if len(b) < n:
                return 0
            self._commands.append("GS V")
            self._keep(b, n)
            self._end_job("partial" if b[2] in (1, 49, 66, 98, 104) else "full")
            return n
        if cmd == ord("v"):  # GS v 0 m xL xH yL yH d…: raster bit image
            if len(b) < 8:
                return 0
            n = 8 + (b[4] + 256 * b[5]) * (b[6] + 256 * b[7])
            if len(b) < n:
                return 0
            self._images += 1
            self._commands.append("GS v 0")
            self._rasters.append(RasterImage(b[4] + 256 * b[5], b[6] + 256 * b[7], bytes(b[8:n])))
            return self._keep(b, n)
        if cmd == ord("("):  # GS ( fn pL pH d…: QR (k), graphics (L) and the rest of the family
            if len(b) < 5:
                return 0
            n = 5 + b[3] + 256 * b[4]
            if len(b) < n:
                return 0
            if b[2] == ord("k") and n >= 8 and b[5] == ord("1") and b[6] == 80:
                self._qr.append(bytes(b[8:n]))  # cn=49 fn=80 m=48: store the symbol data
            if b[2] == ord("L") and n >= 7 and b[6] in (112, 113):
                self._images += 1
            self._commands.append(f"GS ( {chr(b[2])}")
            return self._keep(b, n)
        if cmd == ord("k"):  # GS k m …: 1D barcode, NUL-terminated (m < 65) or counted
            if len(b) < 3:
                return 0
            if b[2] < 65:
                end = b.find(b"\x00", 3)
                if end < 0:
                    return 0
                n = end + 1
            else:
                if len(b) < 4:
                    return 0
                n = 4 + b[3]
                if len(b) < n:
                    return 0
            self._commands.append("GS k")
            return self._keep(b, n)
        args = _GS_ARGS.get(cmd)
        if args is None:
            self._on_error(f"unknown command GS 0x{cmd:02x}")
            args = 0
        n = 2 + args
        if len(b) < n:
            return 0
        self._commands.append(f"GS {chr(cmd)}")
        if cmd == ord("!"):
            self._mode.width_scale = (b[2] >> 4) + 1
            self._mode.height_scale = (b[2] & 0x0F) + 1
        return self._keep(b, n)

    def _fs(self, b: bytearray) -> int:
        if len(b) < 2:
            return 0
        cmd = b[1]
        args = _FS_ARGS.get(cmd)
        if args is None:
            self._on_error(f"unknown command FS 0x{cmd:02x}")
            args = 0
        n = 2 + args
        if len(b) < n:
            return 0
        self._commands.append(f"FS {chr(cmd)}")
        if cmd == ord("&"):
            self._mode.chinese = True
        elif cmd == ord("."):
            self._mode.chinese = False
        return self._keep(b, n)

    def _char(self, ch: str) -> None:
        if self._mode.chinese:
            self._chinese.append(ch)
        if not self._line:
            self._line_mode = replace(self._mode)  # size and style as the line starts
        self._line.append(ch)

    def _end_line(self) -> None:
        if self._line:
            m = self._line_mode
            self._lines.append(
                PrintedLine("".join(self._line), m.width_scale, m.height_scale, m.bold, m.align)
            )
        elif self._lines:
            self._lines.append(PrintedLine(""))
        self._line = []

    def _end_job(self, cut: str) -> None:
        self._end_line()
        while self._lines and not self._lines[-1].text:
            self._lines.pop()
        job = PrintedJob(
            bytes(self._job),
            self._lines,
            self._qr,
            self._images,
            cut,
            commands=self._commands,
            rasters=self._rasters,
            chinese_text="".join(self._chinese),
        )
        self._job = bytearray()
        self._lines, self._qr, self._images = [], [], 0
        self._commands, self._rasters, self._chinese = [], [], []
        self._on_job(job)
