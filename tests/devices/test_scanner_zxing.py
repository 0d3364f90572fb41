"""zxing-cpp and the recovering camera decoder: byte-exact Chinese (UTF-8 and GBK) through
every decoder kept, each recovery step reading the degradation it is for, and nothing read
where there is no code. Rates and times are measured in bench/bench_qr_decode.py."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from bench.qr_degraded_set import CONDITIONS, NO_CODE, PAYLOADS, degraded_set, make_frame, symbol
from devices.scanner.decoders import default_chain
from devices.scanner.zxing_decoder import (
    RecoveringZxingDecoder,
    ZxingDecoder,
    _box_blur_length,
    _smeared_regions,
)

CHINESE = [
    ("勐海县政务服务中心欢迎您", "utf-8"),
    ("办件 53282225010200100120 已受理，请留意短信", "utf-8"),
    ("请携带身份证原件到综合窗口", "gbk"),
    ("傣族自治州", "gbk"),
    ("¥25.00 元（工本费）", "gb18030"),
]


def clean_frame(data: bytes) -> np.ndarray:
    frame = np.full((720, 1280), 200, np.uint8)
    code = symbol(data, module_px=6)
    h, w = code.shape
    frame[100 : 100 + h, 300 : 300 + w] = code
    return frame


@pytest.fixture(scope="module")
def kept() -> list:
    # every decoder the camera keeps, and zxing-cpp alone
    return [*default_chain().decoders, ZxingDecoder()]


@pytest.mark.parametrize(("text", "encoding"), CHINESE)
def test_every_decoder_kept_reads_chinese_byte_exact(kept: list, text: str, encoding: str) -> None:
    data = text.encode(encoding)
    for decoder in kept:
        (result,) = decoder.decode(clean_frame(data))
        assert result.data == data, decoder.name  # the bytes in the symbol, not zxing's .text
        assert result.text == text, decoder.name


def test_zxing_text_would_have_been_mojibake_for_gbk() -> None:
    # why the decoders use result.bytes (FACTS.md): .text guesses another encoding for GBK
    import zxingcpp

    data = "请携带身份证原件到综合窗口".encode("gbk")
    (raw,) = zxingcpp.read_barcodes(clean_frame(data), formats=zxingcpp.BarcodeFormat.QRCode)
    assert raw.bytes == data
    assert raw.text != "请携带身份证原件到综合窗口"


@pytest.mark.parametrize("condition", CONDITIONS)
def test_each_degradation_is_read_exactly_by_the_camera_decoder(condition: str) -> None:
    decoder = RecoveringZxingDecoder()
    rng = random.Random(f"test-{condition}")
    reads = 0
    for i in range(4):
        frame = make_frame(condition, PAYLOADS[(i * 5) % len(PAYLOADS)], rng)
        found = [r.data for r in decoder.decode(frame.image)]
        assert found in ([], [frame.payload]), (condition, found)  # never a wrong read
        reads += found == [frame.payload]
    assert reads >= 3, (condition, reads, decoder.stats)


def test_the_recovery_steps_are_what_reads_the_hard_frames() -> None:
    decoder = RecoveringZxingDecoder()
    for frame in degraded_set(per_condition=3, no_code=0):
        decoder.decode(frame.image)
    # zxing alone misses these; each step must have earned its place on the set
    assert {"motion", "uncurl", "contrast", "sharpen"} <= set(decoder.stats), decoder.stats


def test_no_code_frames_read_nothing() -> None:
    decoder = RecoveringZxingDecoder()
    rng = random.Random("test-empty")
    for _ in range(10):
        assert decoder.decode(make_frame(NO_CODE, None, rng).image) == []


def test_a_smear_is_found_and_measured_and_plain_surfaces_are_left_alone() -> None:
    rng = np.random.default_rng(5)
    rows = np.repeat(rng.choice([20.0, 230.0], size=(120, 40)), 6, axis=1)  # 6 px modules
    smeared = cv2.filter2D(rows.astype(np.float32), -1, np.full((1, 15), 1 / 15, np.float32))
    assert _box_blur_length(smeared.astype(np.uint8), 5, 30) in (14, 15, 16)
    # deblurring runs only in regions smeared one way: a desk, noise or a face has none
    flat = np.clip(rng.normal(180, 3, (360, 640)), 0, 255).astype(np.uint8)
    assert list(_smeared_regions(flat, min_ratio=3.0)) == []
    moved = make_frame("motion-15", PAYLOADS[0], random.Random("smear")).image
    small = cv2.resize(moved, (640, 360), interpolation=cv2.INTER_AREA)
    assert [axis for _, axis in _smeared_regions(small, min_ratio=3.0)][:1] == [1]


def test_a_bgr_frame_and_a_grey_frame_read_the_same() -> None:
    data = "请到3号窗口办理".encode()
    grey = clean_frame(data)
    bgr = cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)
    decoder = RecoveringZxingDecoder()
    assert [r.data for r in decoder.decode(bgr)] == [r.data for r in decoder.decode(grey)] == [data]
