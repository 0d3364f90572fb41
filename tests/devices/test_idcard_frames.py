from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.idcard.frames import (
    DEFAULT_MAX_LEN,
    HEADER,
    ChecksumMismatch,
    Frame,
    FrameDecoder,
    LengthOutOfRange,
    checksum,
    encode_frame,
    encode_request,
    encode_response,
)


def frames_of(events: list) -> list[Frame]:
    return [e for e in events if isinstance(e, Frame)]


def test_find_card_request_matches_the_published_vector():
    assert encode_request(0x20, 0x01) == bytes.fromhex("AAAAAA9669000320 0122".replace(" ", ""))


def test_sam_status_request_and_find_ok_response_bytes():
    assert encode_request(0x11, 0xFF) == bytes.fromhex("aaaaaa96690003 11ff ed".replace(" ", ""))
    # LEN 0x0008 = SW1 SW2 SW3 + 4 data bytes + CHK; CHK = 00^08^00^00^9F^00^00^00^00 = 0x97
    assert encode_response(0x9F, bytes(4)) == bytes.fromhex("aaaaaa9669000800009f0000000097")


def test_checksum_is_xor_of_len_and_payload():
    assert checksum(bytes.fromhex("00032001")) == 0x22
    frame = encode_frame(b"\x12\x34\x56")
    assert frame[-1] == 0x00 ^ 0x04 ^ 0x12 ^ 0x34 ^ 0x56


def test_request_and_response_fields():
    [req] = FrameDecoder().feed(encode_request(0x30, 0x01, b"\x07"))
    assert (req.cmd, req.para, req.request_data) == (0x30, 0x01, b"\x07")
    [resp] = FrameDecoder().feed(encode_response(0x90, b"data", sw1=1, sw2=2))
    assert (resp.payload[:3], resp.sw3, resp.response_data) == (b"\x01\x02\x90", 0x90, b"data")
    assert resp.to_bytes() == encode_response(0x90, b"data", sw1=1, sw2=2)


def test_frame_repr_shows_no_payload():
    frame = Frame(b"\x00\x00\x90" + "张三".encode("utf-16-le"))
    assert "张" not in repr(frame) and "5f20" not in repr(frame)


def test_decoder_assembles_a_frame_fed_byte_by_byte():
    data = encode_response(0x90, bytes(range(200)))
    decoder = FrameDecoder()
    events = []
    for byte in data:
        events += decoder.feed(bytes([byte]))
    assert frames_of(events) == [Frame(b"\x00\x00\x90" + bytes(range(200)))]
    assert decoder.buffered == 0


def test_decoder_skips_garbage_and_keeps_a_header_split_across_reads():
    frame = encode_response(0x9F, bytes(4))
    decoder = FrameDecoder()
    assert decoder.feed(b"\x01\x02\xaa\x55" + frame[:2]) == []
    assert decoder.has_partial_frame is False  # only 2 header bytes so far
    [got] = decoder.feed(frame[2:])
    assert got.sw3 == 0x9F
    assert decoder.skipped_bytes == 4


def test_bad_checksum_is_an_event_and_the_next_frame_still_decodes():
    bad = bytearray(encode_response(0x90, b"abc"))
    bad[-1] ^= 0xFF
    good = encode_response(0x9F, bytes(4))
    events = FrameDecoder().feed(bytes(bad) + good)
    assert isinstance(events[0], ChecksumMismatch)
    assert events[0].received == bad[-1]
    assert frames_of(events) == [Frame(b"\x00\x00\x9f" + bytes(4))]


@pytest.mark.parametrize("length", [0, 1, 2, DEFAULT_MAX_LEN + 1, 0xFFFF])
def test_impossible_length_is_an_event_and_decoding_resynchronises(length):
    good = encode_request(0x20, 0x02)
    events = FrameDecoder().feed(HEADER + length.to_bytes(2, "big") + b"\x00" * 3 + good)
    assert events[0] == LengthOutOfRange(length)
    assert frames_of(events) == [Frame(b"\x20\x02")]


def test_max_len_guard_is_configurable():
    big = encode_response(0x90, bytes(100))
    assert frames_of(FrameDecoder(max_len=50).feed(big)) == []
    assert len(frames_of(FrameDecoder(max_len=200).feed(big))) == 1
    with pytest.raises(ValueError):
        FrameDecoder(max_len=2)


def test_resync_recovers_a_frame_swallowed_by_a_corrupt_length():
    # A broken header claims 500 bytes; the real answer sits inside that span.
    fake = HEADER + (500).to_bytes(2, "big")
    good = encode_response(0x9F, bytes(4))
    decoder = FrameDecoder()
    assert decoder.feed(fake + good) == []
    assert decoder.has_partial_frame
    assert frames_of(decoder.resync()) == [Frame(b"\x00\x00\x9f" + bytes(4))]


def test_reset_forgets_buffered_bytes():
    decoder = FrameDecoder()
    decoder.feed(encode_response(0x90, bytes(10))[:9])
    decoder.reset()
    assert decoder.buffered == 0
    assert frames_of(decoder.feed(encode_request(0x20, 0x01))) == [Frame(b"\x20\x01")]


def test_payload_too_large_for_a_frame_is_refused():
    with pytest.raises(ValueError):
        encode_frame(bytes(0xFFFF))


# --- fuzz ------------------------------------------------------------------------------------

payloads = st.binary(min_size=2, max_size=300)


def _assert_only_true_frames(data: bytes, events: list) -> None:
    for event in events:
        assert isinstance(event, Frame | ChecksumMismatch | LengthOutOfRange)
        if isinstance(event, Frame):
            # Every frame handed out re-encodes to bytes present in the input: its checksum held.
            assert event.to_bytes() in data


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.integers(min_value=1, max_value=64))
def test_fuzz_random_bytes_never_crash(data, chunk):
    decoder = FrameDecoder()
    events = []
    for i in range(0, len(data), chunk):
        events += decoder.feed(data[i : i + chunk])
    events += decoder.resync()
    _assert_only_true_frames(data, events)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(payloads, min_size=1, max_size=5),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), max_size=8),
    st.lists(st.tuples(st.integers(min_value=0), st.binary(max_size=12)), max_size=3),
    st.integers(min_value=1, max_value=50),
)
def test_fuzz_mutated_frames_yield_only_frames_with_correct_checksums(payload_list, flips, inserts, chunk):
    data = bytearray(b"".join(encode_frame(p) for p in payload_list))
    for pos, value in flips:
        data[pos % len(data)] = value
    for pos, junk in inserts:
        at = pos % (len(data) + 1)
        data[at:at] = junk
    decoder = FrameDecoder()
    events = []
    for i in range(0, len(data), chunk):
        events += decoder.feed(bytes(data[i : i + chunk]))
    _assert_only_true_frames(bytes(data), events)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.binary(max_size=30), payloads), min_size=1, max_size=6),
    st.integers(min_value=1, max_value=40),
)
def test_fuzz_every_intact_frame_survives_garbage_between_frames(pieces, chunk):
    data = b""
    for garbage, payload in pieces:
        # Garbage without a header in it, like line noise, then a good frame.
        data += garbage.replace(b"\xaa", b"\x55") + encode_frame(payload)
    decoder = FrameDecoder()
    got = []
    for i in range(0, len(data), chunk):
        got += frames_of(decoder.feed(data[i : i + chunk]))
    assert [f.payload for f in got] == [p for _, p in pieces]
