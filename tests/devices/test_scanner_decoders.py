"""QR decoders on generated codes: exact Chinese through zbar's binary mode and OpenCV
ArUco (the fallback without zxing-cpp), every input format, the chain's order and its
tolerance of a broken decoder. zxing-cpp and the camera decoder: test_scanner_zxing.py."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
import segno
from pyzbar import pyzbar

from devices.scanner.decoders import (
    DecoderChain,
    OpenCvArucoDecoder,
    ScanResult,
    ZbarDecoder,
    available_decoders,
    default_chain,
    payload_text,
    to_gray,
)
from devices.scanner.simulated import qr_frame, qr_image
from devices.scanner.zbar_binary import scan_gray

CHINESE = ["中", "你好", "请到3号窗口", "办件编号 532822", "勐海县政务服务中心", "西双版纳州勐海县勐海镇"]
MIXED = [
    "办件 53282225010200100120 已受理，请留意短信",
    "yimen://ticket/532822-ZWFW/20250102/A023",
    "张三 ID:53282219800101001X 电话138****1234",
    "¥25.00 元（工本费）",
    "Ünïcödé 和 中文 and ASCII",
]


@pytest.fixture(scope="module")
def decoders() -> list:
    found = available_decoders()
    assert [d.name for d in found] == ["zbar", "opencv-aruco"], "both peer decoders must load here"
    return found


def test_default_pyzbar_turns_some_chinese_into_mojibake_and_binary_mode_does_not() -> None:
    # the FACTS.md trap, shown on this machine's libzbar: zbar guesses Shift-JIS/Big5/Latin-1
    broken = []
    for text in CHINESE:
        gray = qr_image(text)
        default = [d.data for d in pyzbar.decode(gray)]
        assert len(default) == 1
        if default[0] != text.encode("utf-8"):
            broken.append(text)
        ours = ZbarDecoder().decode(gray)
        assert [(r.data, r.text) for r in ours] == [(text.encode("utf-8"), text)]
        # and the same binary switch, turned off in our own wrapper, reproduces the default
        assert [s.data for s in scan_gray(gray, binary=False)] == default
    assert {"中", "你好", "请到3号窗口"} <= set(broken), broken


@pytest.mark.parametrize("text", CHINESE + MIXED)
def test_every_decoder_reads_chinese_and_mixed_payloads_exactly(decoders: list, text: str) -> None:
    frame = qr_frame(text, module_px=5)
    for d in decoders:
        results = d.decode(frame)
        assert [r.text for r in results] == [text], d.name
        assert results[0].data == text.encode("utf-8")
        assert results[0].decoder == d.name
        assert results[0].symbology == "QRCODE"
        assert len(results[0].polygon) == 4


def test_polygon_locates_the_code(decoders: list) -> None:
    frame = qr_frame("yimen://appt/ABC123", module_px=6, at=(300, 200))
    code_side = qr_image("yimen://appt/ABC123", module_px=6).shape[0]
    for d in decoders:
        (result,) = d.decode(frame)
        xs = [x for x, _ in result.polygon]
        ys = [y for _, y in result.polygon]
        # the symbol sits inside the quiet zone of the pasted image
        assert min(xs) >= 300 and max(xs) <= 300 + code_side, d.name
        assert min(ys) >= 200 and max(ys) <= 200 + code_side, d.name


def test_grey_bgr_bgra_and_single_channel_frames_are_all_accepted() -> None:
    bgr = qr_frame("中文 frame formats")
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    bgra = cv2.cvtColor(bgr, cv2.COLOR_BGR2BGRA)
    zbar = ZbarDecoder()
    for frame in (bgr, gray, bgra, gray[:, :, None], gray.astype(np.float32)):
        assert [r.text for r in zbar.decode(frame)] == ["中文 frame formats"]


def test_a_blue_on_white_code_is_read_from_luminance_not_the_blue_channel() -> None:
    # pyzbar's own decode() takes channel 0 (blue) of a BGR frame; a blue code vanishes there
    gray = qr_image("蓝色二维码")
    bgr = np.dstack([np.full_like(gray, 255), gray, gray])  # dark modules are pure blue
    assert pyzbar.decode(bgr) == []
    assert [r.text for r in ZbarDecoder().decode(bgr)] == ["蓝色二维码"]


@pytest.mark.parametrize("bad", [np.zeros((0, 0), np.uint8), np.zeros((4, 4, 2), np.uint8), "not an array"])
def test_bad_frames_raise_value_error(bad: object) -> None:
    with pytest.raises(ValueError):
        to_gray(bad)  # type: ignore[arg-type]


def test_frames_without_a_code_give_nothing(decoders: list) -> None:
    rng = np.random.default_rng(7)
    for frame in (np.zeros((720, 1280, 3), np.uint8), rng.integers(0, 255, (480, 640), dtype=np.uint8)):
        for d in decoders:
            assert d.decode(frame) == [], d.name


@pytest.mark.parametrize("text", ["勐海县社保局", "￥25.00 元（工本费）"])
def test_gbk_encoded_codes_from_older_systems_are_decoded_by_every_decoder(decoders: list, text: str) -> None:
    # OpenCV converts non-UTF-8 byte payloads as Latin-1; each decoder must still hand back
    # the printed bytes
    raw = text.encode("gb18030")
    gray = qr_image(raw)
    for d in decoders:
        assert [(r.data, r.text) for r in d.decode(gray)] == [(raw, text)], d.name


def test_payload_text_never_raises_and_falls_back_to_latin1() -> None:
    assert payload_text("中".encode()) == "中"
    assert payload_text("中文".encode("gb18030")) == "中文"
    assert payload_text("Ünïcödé".encode("latin-1")) == "Ünïcödé"
    assert payload_text(b"\xff\xfe\xfa\x80") == "\xff\xfe\xfa\x80"


def test_two_codes_in_one_frame_are_both_read_by_zbar_and_aruco() -> None:
    frame = np.full((480, 800), 220, np.uint8)
    a, b = qr_image("第一张", module_px=5), qr_image("第二张", module_px=5)
    frame[20 : 20 + a.shape[0], 20 : 20 + a.shape[1]] = a
    frame[200 : 200 + b.shape[0], 450 : 450 + b.shape[1]] = b
    for d in (ZbarDecoder(), OpenCvArucoDecoder()):
        assert sorted(r.text for r in d.decode(frame)) == ["第一张", "第二张"], d.name


class _BrokenDecoder:
    name = "broken"

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        raise RuntimeError("library crashed")


def test_chain_reports_the_first_decoder_that_reads_and_skips_a_broken_one() -> None:
    chain = DecoderChain([_BrokenDecoder(), ZbarDecoder(), OpenCvArucoDecoder()])
    (result,) = chain.decode(qr_frame("链式解码"))
    assert result.decoder == "zbar"
    assert chain.stats.errors == {"broken": 1}
    assert chain.stats.hits == {"zbar": 1}
    assert chain.decode(np.zeros((100, 100), np.uint8)) == []
    assert chain.stats.frames == 2


class _Blind:
    name = "blind"

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        return []


def test_chain_falls_through_to_the_next_decoder_when_one_reads_nothing() -> None:
    chain = DecoderChain([_Blind(), OpenCvArucoDecoder()])
    raw = "傣族自治州".encode("gbk")
    assert [(r.data, r.text, r.decoder) for r in chain.decode(qr_frame(raw))] == [(raw, "傣族自治州", "opencv-aruco")]
    assert chain.stats.hits == {"opencv-aruco": 1}


def test_empty_chain_is_refused() -> None:
    with pytest.raises(ValueError):
        DecoderChain([])


def test_the_camera_chain_is_zxing_with_recovery_and_without_zxing_falls_back_to_zbar_and_aruco(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert [d.name for d in default_chain().decoders] == ["yimen-zxing"]
    from devices.scanner import zxing_decoder

    monkeypatch.setattr(zxing_decoder, "zxingcpp", None)
    chain = default_chain()
    assert [d.name for d in chain.decoders] == ["zbar", "opencv-aruco"]
    raw = "请携带身份证原件到综合窗口".encode("gbk")
    assert [(r.data, r.decoder) for r in chain.decode(qr_frame(raw))] == [(raw, "zbar")]


def test_arbitrary_bytes_come_back_exactly_from_every_decoder(decoders: list) -> None:
    data = bytes(range(1, 200))
    gray = qr_image(data)
    assert segno.make_qr(data).mode == "byte"
    for d in decoders:
        assert [r.data for r in d.decode(gray)] == [data], d.name
