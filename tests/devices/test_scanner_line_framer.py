"""The serial scanner's framer: noise never reaches a payload, however the reads split."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.scanner.line_framer import NOISE_BYTES, SerialLineFramer, is_scanner_text

PAYLOADS = [
    b"yimen://appt/AB12CD34",
    b"53282225010200100120",
    "勐海县社保局".encode(),
    "请到3号窗口办理".encode("gb18030"),  # an older system's GBK slip
    b"\x1d0104912345123459\x1d10ABC",  # GS1 with FNC1 as GS
]


def split_feed(
    framer: SerialLineFramer, stream: bytes, cuts: list[int], *, gap: float = 0.001
) -> list[bytes]:
    """Feed ``stream`` cut at ``cuts`` (positions), each chunk ``gap`` seconds after the last."""
    out: list[bytes] = []
    edges = sorted({c for c in cuts if 0 < c < len(stream)})
    now = 100.0
    for a, b in zip([0, *edges], [*edges, len(stream)], strict=True):
        out += framer.feed(stream[a:b], now)
        now += gap
    return out


noise_byte = st.sampled_from(sorted(NOISE_BYTES))
noise_run = st.lists(noise_byte, min_size=1, max_size=3000).map(bytes)


@settings(max_examples=150, deadline=None)
@given(
    noise=noise_run,
    junk=st.binary(max_size=40),  # anything at all, ended by a noise byte below
    which=st.integers(0, len(PAYLOADS) - 1),
    end=st.sampled_from([b"\r", b"\n", b"\r\n", b"\x03"]),
    cuts=st.lists(st.integers(0, 4000), max_size=12),
)
def test_noise_before_a_payload_never_reaches_it_however_the_reads_split(
    noise: bytes, junk: bytes, which: int, end: bytes, cuts: list[int]
) -> None:
    payload = PAYLOADS[which]
    # any bytes, then at least one byte no payload holds, then the scan
    stream = junk + noise + payload + end
    framer = SerialLineFramer()
    lines = split_feed(framer, stream, cuts)
    assert lines[-1:] == [payload]
    assert framer.pending == 0


@settings(max_examples=60, deadline=None)
@given(cuts=st.lists(st.integers(0, 400), max_size=30))
def test_several_payloads_come_out_exactly_in_any_chunking(cuts: list[int]) -> None:
    stream = b"".join(p + b"\r\n" for p in PAYLOADS) + b"\n\n" + b"\x02" + PAYLOADS[0] + b"\x03"
    assert split_feed(SerialLineFramer(), stream, cuts) == [*PAYLOADS, PAYLOADS[0]]


def test_an_over_long_line_is_noise_to_its_end_and_the_next_scan_is_clean() -> None:
    framer = SerialLineFramer(max_line_bytes=100)
    assert framer.feed(b"A" * 150, 1.0) == []
    assert framer.feed(b"BBB\r\nAB12\r\n", 1.001) == [b"AB12"]  # BBB was still the long line
    assert framer.lines_dropped == 1
    assert framer.noise_bytes == 153


def test_a_fragment_left_hanging_does_not_head_the_next_scan() -> None:
    framer = SerialLineFramer(quiet_reset_s=2.0)
    assert framer.feed(b"~~", 10.0) == []  # a glitch while the scanner was idle
    assert framer.feed(b"AB12\r", 40.0) == [b"AB12"]
    assert framer.lines_dropped == 1
    # without the quiet reset the fragment would have stuck to the payload
    framer = SerialLineFramer(quiet_reset_s=None)
    framer.feed(b"~~", 10.0)
    assert framer.feed(b"AB12\r", 40.0) == [b"~~AB12"]


def test_a_payload_streamed_slowly_but_without_long_silence_is_kept() -> None:
    framer = SerialLineFramer(quiet_reset_s=2.0)
    out: list[bytes] = []
    for i, byte in enumerate(b"53282225010200100120\r"):
        out += framer.feed(bytes([byte]), 5.0 + i * 0.5)  # 0.5 s between bytes: slow, not silent
    assert out == [b"53282225010200100120"]


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("勐海县".encode(), True),
        ("社保局".encode("gb18030"), True),
        (b"\x1d01\x1e", True),
        (b"\xa3\x9f\xe7\x81", False),  # wrong baud rate: neither UTF-8 nor Chinese GBK
        (b"caf\xe9", False),  # ISO-8859-1: not what a hall scanner sends, not guessed at
        ("\u0085AB".encode(), False),  # a C1 control in UTF-8
    ],
)
def test_what_counts_as_scanner_text(line: bytes, ok: bool) -> None:
    assert is_scanner_text(line) is ok


def test_framer_refuses_nonsense_settings() -> None:
    with pytest.raises(ValueError):
        SerialLineFramer(max_line_bytes=0)
    with pytest.raises(ValueError):
        SerialLineFramer(quiet_reset_s=0)
