"""Serial scanner bytes → payload lines, with line noise kept out of every payload.

A hand scanner in serial mode (RS-232, or a USB-CDC virtual COM port) sends a payload as
one continuous burst of bytes ending in CR, LF or CR LF (some are set to frame it as
STX … ETX). What else arrives on the line is noise: NUL runs and 0xFF bytes while a
cable is plugged or a scanner powers up, bytes sent at the wrong baud rate, stray
characters from a glitch minutes before the next scan. The OS hands all of it over in
chunks of any size, so a payload may arrive in several reads and noise in the same read
as a payload. The framer decides on the bytes alone (plus the time they arrived), never
on how they were split:

- A byte no scanner payload contains (C0 controls other than TAB, EOT, GS and RS; DEL;
  0xFF, which neither UTF-8 nor GB18030 uses) ends whatever was buffered as noise; the
  payload, if any, starts after it. STX is such a byte, so an STX-framed scan is clean
  even after noise. GS, RS and EOT stay: GS1 codes carry GS for FNC1 and ISO/IEC 15434
  messages carry RS … EOT.
- CR, LF and ETX end a line. A line that is not text (valid UTF-8, or GB18030 that reads
  as Chinese) is noise at the wrong baud rate and is dropped, not guessed at.
- A line longer than ``max_line_bytes`` is noise; so is the rest of it up to its line end.
- Bytes followed by silence longer than ``quiet_reset_s`` and no line end are a fragment
  (a scanner sends a whole payload in one burst: at 9600 baud even a 2,953-byte code
  streams without pauses), so a later scan does not inherit them.
"""

from __future__ import annotations

import logging
import unicodedata

from devices.scanner.results import text_of

log = logging.getLogger(__name__)

# longer than any QR payload (2953 bytes) with room: past this without a line end it is noise
MAX_LINE_BYTES = 8192
LINE_ENDS = frozenset(b"\r\n\x03")  # CR, LF, ETX
# controls a payload may carry: TAB, EOT and RS (ISO/IEC 15434 envelope), GS (GS1 FNC1)
_KEPT_CONTROLS = frozenset(b"\t\x04\x1d\x1e")
NOISE_BYTES = frozenset(b for b in range(0x20) if b not in _KEPT_CONTROLS and b not in LINE_ENDS) | {
    0x7F,
    0xFF,
}


def is_scanner_text(line: bytes) -> bool:
    """Whether a complete line reads as text a scanner sends: UTF-8, or GB18030 that reads
    as Chinese (the same reading :func:`payload_text` gives), with no stray controls."""
    text = text_of(line)
    if text is None:
        return False  # neither UTF-8 nor Chinese GBK: bytes at the wrong baud rate
    # C1 controls (U+0080–U+009F) read from UTF-8 are as much noise as C0 ones
    return all(unicodedata.category(ch) != "Cc" or ch in "\t\x04\x1d\x1e" for ch in text)


class SerialLineFramer:
    """Feed it what the port gives with the time it arrived; it returns whole payload lines."""

    def __init__(self, *, max_line_bytes: int = MAX_LINE_BYTES, quiet_reset_s: float | None = 2.0) -> None:
        if max_line_bytes < 1 or (quiet_reset_s is not None and quiet_reset_s <= 0):
            raise ValueError("max_line_bytes must be >= 1 and quiet_reset_s > 0 (or None)")
        self.max_line_bytes = max_line_bytes
        self.quiet_reset_s = quiet_reset_s
        self._buffer = bytearray()
        self._skip_to_line_end = False  # inside an over-long line
        self._last_at: float | None = None
        self.noise_bytes = 0  # bytes dropped as noise, of every kind
        self.lines_dropped = 0  # whole lines or fragments dropped (over-long, not text, left hanging)

    @property
    def pending(self) -> int:
        return len(self._buffer)

    def feed(self, data: bytes, now: float) -> list[bytes]:
        if (
            self._buffer
            and self._last_at is not None
            and self.quiet_reset_s is not None
            and now - self._last_at > self.quiet_reset_s
        ):
            self._drop_buffer("a fragment followed by silence")
        self._last_at = now
        lines: list[bytes] = []
        for byte in data:
            if byte in LINE_ENDS:
                if self._skip_to_line_end:
                    self._skip_to_line_end = False
                elif self._buffer:
                    line = bytes(self._buffer)
                    self._buffer.clear()
                    if is_scanner_text(line):
                        lines.append(line)
                    else:
                        self.noise_bytes += len(line)
                        self.lines_dropped += 1
                continue
            if byte in NOISE_BYTES:
                self.noise_bytes += 1
                if self._buffer:
                    self.noise_bytes += len(self._buffer)
                    self._buffer.clear()
                continue
            if self._skip_to_line_end:
                self.noise_bytes += 1
                continue
            self._buffer.append(byte)
            if len(self._buffer) > self.max_line_bytes:
                self._drop_buffer(f"{len(self._buffer)} bytes without a line end")
                self._skip_to_line_end = True
        return lines

    def _drop_buffer(self, why: str) -> None:
        log.warning("serial scanner: dropped %s", why)
        self.noise_bytes += len(self._buffer)
        self.lines_dropped += 1
        self._buffer.clear()
