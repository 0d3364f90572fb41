"""Frames of the ID card reader's SAM serial protocol (GA 467).

A frame is ``AA AA AA 96 69`` + LEN (2 bytes, big-endian, counting every byte after it
including CHK) + payload + CHK, where CHK is the XOR of the two LEN bytes and the payload.
Requests carry ``CMD PARA [data]``; responses ``SW1 SW2 SW3 [data]`` with the status in SW3.

:class:`FrameDecoder` takes bytes as they come off the line and gives back whole frames. It
never raises on bad input: garbage before a header is skipped, an impossible length or a bad
checksum becomes a typed event in the output and the decoder scans on for the next header.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

HEADER = b"\xaa\xaa\xaa\x96\x69"
_LEN_AT = len(HEADER)  # offset of the LEN bytes
_PREFIX = len(HEADER) + 2  # header + LEN
# Request CMD PARA + CHK is the shortest meaningful frame.
MIN_LEN = 3
# The largest answer is "read with fingerprint" (30 10): SW 3 + 3 lengths 6 + text 256
# + photo 1024 + fingerprint 1024 + CHK 1 = 2314. Leave room, but refuse absurd lengths so a
# corrupt LEN does not make us wait for 64 KiB that never come.
DEFAULT_MAX_LEN = 4096


def checksum(len_and_payload: bytes) -> int:
    """XOR of the LEN bytes and the payload (GA 467)."""
    return reduce(lambda acc, b: acc ^ b, len_and_payload, 0)


def encode_frame(payload: bytes) -> bytes:
    length = len(payload) + 1  # + CHK
    if length > 0xFFFF:
        raise ValueError(f"payload of {len(payload)} bytes does not fit a frame")
    body = length.to_bytes(2, "big") + payload
    return HEADER + body + bytes([checksum(body)])


def encode_request(cmd: int, para: int, data: bytes = b"") -> bytes:
    """A host → reader frame, e.g. find card: ``encode_request(0x20, 0x01)``."""
    return encode_frame(bytes([cmd, para]) + data)


def encode_response(sw3: int, data: bytes = b"", *, sw1: int = 0, sw2: int = 0) -> bytes:
    """A reader → host frame with status ``sw3`` (the simulator and tests use this)."""
    return encode_frame(bytes([sw1, sw2, sw3]) + data)


@dataclass(frozen=True, slots=True)
class Frame:
    """One frame whose checksum was correct. ``payload`` excludes header, LEN and CHK."""

    payload: bytes

    # --- as a request ---
    @property
    def cmd(self) -> int | None:
        return self.payload[0] if len(self.payload) >= 1 else None

    @property
    def para(self) -> int | None:
        return self.payload[1] if len(self.payload) >= 2 else None

    @property
    def request_data(self) -> bytes:
        return self.payload[2:]

    # --- as a response ---
    @property
    def sw3(self) -> int | None:
        return self.payload[2] if len(self.payload) >= 3 else None

    @property
    def response_data(self) -> bytes:
        return self.payload[3:]

    def to_bytes(self) -> bytes:
        return encode_frame(self.payload)

    def __repr__(self) -> str:  # the payload may hold personal data: show its size only
        return f"Frame({len(self.payload)} bytes, head={self.payload[:3].hex(' ')})"


@dataclass(frozen=True, slots=True)
class ChecksumMismatch:
    """A frame arrived whole but its CHK did not match; it was dropped."""

    declared_len: int
    expected: int
    received: int


@dataclass(frozen=True, slots=True)
class LengthOutOfRange:
    """A header was followed by a LEN shorter than any frame or longer than the guard."""

    declared_len: int


DecodeProblem = ChecksumMismatch | LengthOutOfRange
DecodeEvent = Frame | ChecksumMismatch | LengthOutOfRange


class FrameDecoder:
    """Streaming decoder: ``feed()`` bytes as they arrive, get the frames completed by them.

    Not thread-safe: one decoder per reading thread.
    """

    def __init__(self, *, max_len: int = DEFAULT_MAX_LEN) -> None:
        if max_len < MIN_LEN:
            raise ValueError("max_len must allow at least CMD PARA CHK")
        self.max_len = max_len
        self._buf = bytearray()
        self.skipped_bytes = 0  # bytes thrown away while looking for a header

    def reset(self) -> None:
        """Forget everything buffered (before a new request, after a timeout)."""
        self._buf.clear()

    @property
    def has_partial_frame(self) -> bool:
        """True when a header was seen and its frame has not been completed yet."""
        return self._buf.startswith(HEADER)

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def feed(self, data: bytes) -> list[DecodeEvent]:
        self._buf += data
        events: list[DecodeEvent] = []
        while True:
            start = self._buf.find(HEADER)
            if start < 0:
                # Keep a tail that could be the beginning of a header split across reads.
                keep = self._partial_header_tail()
                self._drop(len(self._buf) - keep)
                return events
            self._drop(start)
            if len(self._buf) < _PREFIX:
                return events
            length = int.from_bytes(self._buf[_LEN_AT:_PREFIX], "big")
            if length < MIN_LEN or length > self.max_len:
                events.append(LengthOutOfRange(length))
                self._drop(1)  # resynchronise: look for the next header after this one
                continue
            end = _PREFIX + length
            if len(self._buf) < end:
                return events
            body = bytes(self._buf[_LEN_AT : end - 1])
            expected = checksum(body)
            received = self._buf[end - 1]
            if expected != received:
                events.append(ChecksumMismatch(length, expected, received))
                # Drop only the first header byte: the real next frame may begin inside the
                # span a corrupt LEN claimed.
                self._drop(1)
                continue
            events.append(Frame(body[2:]))
            del self._buf[:end]

    def resync(self) -> list[DecodeEvent]:
        """Give up on the partial frame at the front and scan the rest of the buffer.

        For when the line has gone quiet in the middle of a frame: its LEN was probably
        corrupt, and a whole frame may be sitting behind it.
        """
        if self.has_partial_frame:
            self._drop(1)
        return self.feed(b"")

    def _drop(self, n: int) -> None:
        if n > 0:
            self.skipped_bytes += n
            del self._buf[:n]

    def _partial_header_tail(self) -> int:
        for keep in range(min(len(HEADER) - 1, len(self._buf)), 0, -1):
            if self._buf.endswith(HEADER[:keep]):
                return keep
        return 0
