"""Scan sources over real plumbing: a pty for the serial scanner, image and video files
through OpenCV for the camera pipeline, key timestamps for the keyboard wedge."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import HealthState
from devices.errors import DeviceError, DeviceOffline
from devices.scanner.simulated import NullScanner, SimulatedScanner, qr_frame
from devices.scanner.source_base import ScanSource
from devices.scanner.sources import CameraSource, FileSource, KeyboardWedgeSource, SerialScannerSource
from shared.domain.payloads import AppointmentRef, Payload, PayloadKind


class Collector:
    def __init__(self) -> None:
        self.items: list[Payload] = []
        self._cond = threading.Condition()

    def __call__(self, payload: Payload) -> None:
        with self._cond:
            self.items.append(payload)
            self._cond.notify_all()

    def wait_for(self, n: int, timeout: float = 30.0) -> list[Payload]:
        with self._cond:
            self._cond.wait_for(lambda: len(self.items) >= n, timeout)
            return list(self.items)


def wait_until(predicate, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


# --- keyboard wedge ---------------------------------------------------------------------


def feed(wedge: KeyboardWedgeSource, text: str, *, start: float, gap: float) -> Payload | None:
    t = start
    result = None
    for ch in text:
        result = wedge.feed_key(ch, t)
        t += gap
    return result


def test_a_fast_burst_ending_in_enter_is_a_scan() -> None:
    got = Collector()
    wedge = KeyboardWedgeSource(on_payload=got)
    wedge.open()
    payload = feed(wedge, "yimen://appt/AB12CD34\r", start=100.0, gap=0.004)
    assert payload is not None and payload.value == AppointmentRef("AB12CD34")
    assert payload.source == "scanner-wedge"
    assert got.items == [payload]
    assert wedge.health().state == HealthState.OK


def test_human_typing_is_not_a_scan() -> None:
    wedge = KeyboardWedgeSource()
    assert feed(wedge, "53282225010200100120\r", start=0.0, gap=0.15) is None
    assert wedge.emitted == 0


def test_slow_keys_before_a_burst_are_not_part_of_it() -> None:
    wedge = KeyboardWedgeSource()
    feed(wedge, "abc", start=0.0, gap=0.2)  # a person typed into a field
    payload = feed(wedge, "yimen://appt/AB12CD34\n", start=1.0, gap=0.003)
    assert payload is not None and payload.raw == "yimen://appt/AB12CD34"


def test_a_pause_inside_a_burst_or_a_late_enter_cancels_it() -> None:
    wedge = KeyboardWedgeSource()
    feed(wedge, "yimen://", start=0.0, gap=0.003)
    # after the pause only the tail is a burst: it is emitted as what it is, not as the code
    tail = feed(wedge, "appt/AB12CD34\r", start=0.5, gap=0.003)
    assert tail is not None and (tail.raw, tail.kind) == ("appt/AB12CD34", PayloadKind.TEXT)
    wedge2 = KeyboardWedgeSource()
    feed(wedge2, "AB12CD34", start=0.0, gap=0.003)
    assert wedge2.feed_key("\r", 0.5) is None  # Enter long after the burst: a person pressed it
    assert wedge2.pending == 0


def test_short_bursts_modifiers_and_control_keys() -> None:
    wedge = KeyboardWedgeSource(min_length=4)
    assert feed(wedge, "ab\r", start=0.0, gap=0.002) is None  # a key-repeat glitch, not a code
    assert wedge.feed_key("", 1.0) is None  # Shift
    assert feed(wedge, "AB12\r", start=2.0, gap=0.002) is not None
    feed(wedge, "AB1", start=3.0, gap=0.002)
    wedge.feed_key("\x1b", 3.007)  # Escape resets
    assert wedge.pending == 0
    assert wedge.feed_key("\r", 3.008) is None


def test_a_key_pressed_just_before_a_scan_does_not_head_the_payload() -> None:
    wedge = KeyboardWedgeSource()
    wedge.feed_key("x", 10.0)  # a resident leaning on the keyboard, 30 ms before the scan
    payload = feed(wedge, "yimen://appt/AB12CD34\r", start=10.03, gap=0.004)
    assert payload is not None and payload.raw == "yimen://appt/AB12CD34"
    assert wedge.noise_keys == 1


def test_a_control_key_or_stx_prefix_ends_everything_before_the_scan() -> None:
    wedge = KeyboardWedgeSource()
    feed(wedge, "zz", start=5.0, gap=0.004)
    wedge.feed_key("\x02", 5.008)  # a scanner set to send Ctrl-B (STX) before each code
    payload = feed(wedge, "AB12CD34\r", start=5.012, gap=0.004)
    assert payload is not None and payload.raw == "AB12CD34"


@settings(max_examples=80)
@given(
    noise=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=3),
    lead=st.floats(0.02, 0.05),
    text=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=8, max_size=60),
    gap=st.floats(0.001, 0.005),
    batches=st.lists(st.integers(0, 70), max_size=6),
)
def test_noise_keys_before_a_scan_never_reach_the_payload(
    noise: str, lead: float, text: str, gap: float, batches: list[int]
) -> None:
    # keys at a person's pace (>= 20 ms apart, within the burst window), then the scan;
    # the UI may hand the events over in batches of any size: only timestamps count
    keys = [(ch, 1.0 + i * lead) for i, ch in enumerate(noise)]
    start = keys[-1][1] + lead
    keys += [(ch, start + i * gap) for i, ch in enumerate(text + "\r")]
    wedge = KeyboardWedgeSource()
    results = []
    edges = sorted({b for b in batches if 0 < b < len(keys)})
    for a, b in zip([0, *edges], [*edges, len(keys)], strict=True):
        results += [wedge.feed_key(ch, t) for ch, t in keys[a:b]]
    assert [p.raw for p in results if p is not None] == [text]


def test_timestamps_going_backwards_reset_the_burst() -> None:
    wedge = KeyboardWedgeSource()
    feed(wedge, "ABCD", start=10.0, gap=0.002)
    assert wedge.feed_key("E", 5.0) is None
    assert wedge.pending == 1


def test_wedge_rejects_nonsense_settings() -> None:
    with pytest.raises(ValueError):
        KeyboardWedgeSource(max_gap_s=0)


@settings(max_examples=60)
@given(
    st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=4, max_size=60),
    st.floats(0.0005, 0.04),
)
def test_any_fast_ascii_burst_is_emitted_exactly(text: str, gap: float) -> None:
    wedge = KeyboardWedgeSource()
    payload = feed(wedge, text + "\r", start=50.0, gap=gap)
    assert payload is not None and payload.raw == text


@settings(max_examples=60)
@given(
    st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40), st.floats(0.06, 1.0)
)
def test_slow_typing_is_never_emitted(text: str, gap: float) -> None:
    wedge = KeyboardWedgeSource()
    assert feed(wedge, text + "\r", start=50.0, gap=gap) is None


# --- serial scanner over a pty --------------------------------------------------------------


@pytest.fixture
def pty_pair():  # type: ignore[no-untyped-def]
    master, slave = os.openpty()
    name = os.ttyname(slave)
    yield master, name
    for fd in (master, slave):
        try:
            os.close(fd)
        except OSError:
            pass


def test_serial_scanner_reads_lines_in_any_chunking_and_encoding(pty_pair) -> None:  # type: ignore[no-untyped-def]
    master, port = pty_pair
    got = Collector()
    scanner = SerialScannerSource(port=port, on_payload=got)
    scanner.open()
    try:
        assert scanner.health().state == HealthState.OK
        os.write(master, b"yimen://appt/AB12CD34\r\n")
        os.write(master, "勐海县".encode() + b"\r")  # UTF-8, CR only
        os.write(master, "社保局".encode("gb18030"))  # GBK, line end in a later chunk
        time.sleep(0.15)
        os.write(master, b"\r")
        os.write(master, b"\n\n53282225010200100120\n")  # LF of the CRLF split across chunks, blank line
        items = got.wait_for(4)
    finally:
        scanner.close()
    assert [p.raw for p in items] == ["yimen://appt/AB12CD34", "勐海县", "社保局", "53282225010200100120"]
    assert [p.kind for p in items] == [
        PayloadKind.APPOINTMENT,
        PayloadKind.TEXT,
        PayloadKind.TEXT,
        PayloadKind.CASE,
    ]
    assert scanner.health().state == HealthState.OFFLINE


def test_serial_noise_without_line_ends_is_dropped_not_hoarded(pty_pair) -> None:  # type: ignore[no-untyped-def]
    # issue 11/13: the driver used to cut an 8 KB buffer and keep the NULs after the cut, so
    # the next payload came back as '\x00\x00…AB12' whenever the reads split differently
    master, port = pty_pair
    got = Collector()
    scanner = SerialScannerSource(port=port, on_payload=got)
    scanner.open()
    try:
        for _ in range(10):
            os.write(master, b"\x00" * 1000)
        os.write(master, b"AB12\n")
        items = got.wait_for(1)
        assert wait_until(lambda: scanner.noise_bytes == 10_000)
    finally:
        scanner.close()
    assert [p.raw for p in items] == ["AB12"]
    assert scanner.framer.pending == 0


def test_serial_noise_right_before_a_payload_in_one_read_never_reaches_it(pty_pair) -> None:  # type: ignore[no-untyped-def]
    master, port = pty_pair
    got = Collector()
    scanner = SerialScannerSource(port=port, on_payload=got)
    scanner.open()
    try:
        os.write(master, b"\xff\xff\x00\x13" + "勐海县".encode() + b"\r\n")  # power-up glitch, then a scan
        os.write(
            master, b"\xa3\x9f\xe7\x81\r" + b"\x02yimen://appt/AB12CD34\x03"
        )  # wrong-baud line; STX..ETX scan
        items = got.wait_for(2)
    finally:
        scanner.close()
    assert [p.raw for p in items] == ["勐海县", "yimen://appt/AB12CD34"]
    assert scanner.lines_dropped == 1


def test_unplugging_the_serial_scanner_marks_it_offline(pty_pair) -> None:  # type: ignore[no-untyped-def]
    master, port = pty_pair
    health = []
    scanner = SerialScannerSource(port=port)
    scanner.on_health = health.append
    scanner.open()
    os.close(master)  # the USB cable is pulled: reads on the port now fail
    assert wait_until(lambda: scanner.health().state == HealthState.OFFLINE)
    assert "断开" in scanner.health().reason
    assert [h.state for h in health] == [HealthState.OK, HealthState.OFFLINE]
    scanner.close()


def test_a_missing_serial_port_is_a_typed_offline_error() -> None:
    scanner = SerialScannerSource(port="/dev/ttyYIMEN-missing")
    with pytest.raises(DeviceOffline, match="打不开"):
        scanner.open()
    assert scanner.health().state == HealthState.OFFLINE


# --- camera pipeline on files ----------------------------------------------------------


def write_video(path: Path, frames: list[np.ndarray], fps: float = 25.0) -> Path:
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (w, h))
    assert writer.isOpened()
    for f in frames:
        writer.write(f if f.ndim == 3 else cv2.cvtColor(f, cv2.COLOR_GRAY2BGR))
    writer.release()
    return path


@pytest.fixture(scope="module")
def code_video(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    blank = np.full((480, 640, 3), 200, np.uint8)
    code = qr_frame("yimen://eval/ticket/A023/q8Zr4kT1bX", width=640, height=480, module_px=5)
    return write_video(tmp_path_factory.mktemp("video") / "scan.avi", [blank] * 10 + [code] * 30)


def test_an_image_file_is_decoded_once_with_the_decoder_named(tmp_path: Path) -> None:
    path = tmp_path / "code.png"
    cv2.imwrite(str(path), qr_frame("勐海县政务服务中心欢迎您", width=640, height=480))
    got = Collector()
    source = FileSource(path, on_payload=got)
    source.open()
    assert source.wait_finished(10)
    source.close()
    assert [(p.raw, p.decoder, p.source) for p in got.items] == [
        ("勐海县政务服务中心欢迎您", "yimen-zxing", "scanner-file")
    ]


def test_a_code_held_in_view_is_emitted_once(tmp_path: Path) -> None:
    path = tmp_path / "code.png"
    cv2.imwrite(str(path), qr_frame("yimen://appt/HOLD01", width=640, height=480))
    got = Collector()
    source = FileSource(path, on_payload=got, repeat=0, max_decodes_per_s=20, repeat_window_s=2.0)
    source.open()
    assert wait_until(lambda: source.frames_decoded >= 8)
    source.close()
    assert len(got.items) == 1


def test_video_in_real_time_drops_frames_while_the_decoder_is_busy(code_video: Path) -> None:
    got = Collector()
    source = FileSource(code_video, on_payload=got, max_decodes_per_s=4)
    started = time.monotonic()
    source.open()
    assert source.wait_finished(15)
    elapsed = time.monotonic() - started
    source.close()
    assert source.frames_captured == 40
    assert source.frames_captured == source.frames_decoded + source.frames_dropped
    assert source.frames_decoded <= elapsed * 4 + 2  # the rate limit held
    assert source.frames_dropped >= 20
    assert [p.kind for p in got.items] == [PayloadKind.EVALUATION]


def test_video_offline_reads_every_frame(code_video: Path) -> None:
    got = Collector()
    source = FileSource(code_video, on_payload=got, realtime=False, repeat_window_s=0)
    source.open()
    assert source.wait_finished(30)
    source.close()
    assert (source.frames_captured, source.frames_decoded, source.frames_dropped) == (40, 40, 0)
    assert len(got.items) == 30  # every frame with the code, since repeats are not suppressed here


def test_a_camera_that_stops_giving_frames_goes_offline(code_video: Path) -> None:
    health = []
    camera = CameraSource(capture_factory=lambda: cv2.VideoCapture(str(code_video)))
    camera.NO_FRAME_TIMEOUT_S = 0.3
    camera.on_health = health.append
    camera.open()
    assert wait_until(lambda: camera.health().state == HealthState.OFFLINE, 10)
    assert "没有画面" in camera.health().reason
    camera.close()
    assert health[0].state == HealthState.OK


def test_a_missing_camera_or_file_is_a_typed_error(tmp_path: Path) -> None:
    camera = CameraSource(device=97)
    with pytest.raises(DeviceOffline):
        camera.open()
    assert camera.health().state == HealthState.OFFLINE
    with pytest.raises(DeviceError, match="不存在"):
        FileSource(tmp_path / "nope.png")
    (tmp_path / "broken.png").write_bytes(b"not a png")
    with pytest.raises(DeviceOffline):
        FileSource(tmp_path / "broken.png").open()


# --- simulated, null, repeat suppression ------------------------------------------------------


def test_simulated_scanner_goes_through_the_real_decoders() -> None:
    got = Collector()
    sim = SimulatedScanner(on_payload=got)
    sim.open()
    sim.present("请到3号窗口办理")
    sim.present_frame(np.zeros((480, 640, 3), np.uint8))
    assert sim.drain()
    sim.close()
    assert [(p.raw, p.decoder) for p in got.items] == [("请到3号窗口办理", "yimen-zxing")]
    assert sim.unreadable == 1
    with pytest.raises(RuntimeError):
        sim.present("x")


def test_null_scanner_reports_itself_plainly() -> None:
    null = NullScanner()
    null.open()
    assert null.health().state == HealthState.OK and "未配置" in null.health().reason
    null.close()


def test_repeat_window_uses_last_seen_time() -> None:
    now = [0.0]
    got = Collector()
    source = ScanSource(name="t", on_payload=got, repeat_window_s=2.0, clock=lambda: now[0])
    for t in (0.0, 1.0, 2.5, 4.0):  # seen continuously: one emission
        now[0] = t
        source._emit_text("A")
    now[0] = 6.5  # gone for 2.5 s, shown again
    source._emit_text("A")
    source._emit_text("B")
    assert [p.raw for p in got.items] == ["A", "A", "B"]


def test_a_failing_payload_callback_does_not_kill_the_source() -> None:
    def broken(p: Payload) -> None:
        raise RuntimeError("ui bug")

    wedge = KeyboardWedgeSource(on_payload=broken)
    assert feed(wedge, "ABCD\r", start=0.0, gap=0.001) is not None
    assert feed(wedge, "EFGH\r", start=1.0, gap=0.001) is not None
