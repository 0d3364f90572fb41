"""The simulator itself: protocol answers on the pty, the cards file, the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import serial

from devices.idcard.cardfile import SAMPLE_CARDS_FILE, load_cards
from devices.idcard.errors import CardNotFound
from devices.idcard.frames import Frame, FrameDecoder, encode_frame, encode_request
from devices.idcard.reader import IdCardReader
from devices.idcard.simulator import GA467_READER_TIMING, CardTiming, SimulatedIdCardReader, main
from shared.domain.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


def exchange(port: serial.Serial, request: bytes) -> Frame:
    port.write(request)
    decoder = FrameDecoder()
    for _ in range(100):
        for event in decoder.feed(port.read(port.in_waiting or 1)):
            if isinstance(event, Frame):
                return event
    raise AssertionError("no answer")


@pytest.fixture
def raw_port(idcard_sim):
    with serial.Serial(idcard_sim.port, 115200, timeout=0.05) as port:
        yield port


def test_port_is_a_symlink_to_a_pty(idcard_sim):
    path = Path(idcard_sim.port)
    assert path.is_symlink() and os.path.realpath(path).startswith("/dev/pts/")


def test_answers_follow_the_protocol(idcard_sim, raw_port):
    assert exchange(raw_port, encode_request(0x11, 0xFF)).payload == b"\x00\x00\x90"
    sam = exchange(raw_port, encode_request(0x12, 0xFF))
    assert sam.sw3 == 0x90 and len(sam.response_data) == 16
    assert exchange(raw_port, encode_request(0x20, 0x01)).sw3 == 0x80
    idcard_sim.place_card("elder_dai_woman")
    find = exchange(raw_port, encode_request(0x20, 0x01))
    assert (find.sw3, find.response_data) == (0x9F, bytes(4))
    assert exchange(raw_port, encode_request(0x30, 0x01)).sw3 == 0x41  # read before select
    assert exchange(raw_port, encode_request(0x20, 0x01)).sw3 == 0x9F
    select = exchange(raw_port, encode_request(0x20, 0x02))
    assert (select.sw3, select.response_data) == (0x90, bytes(8))
    read = exchange(raw_port, encode_request(0x30, 0x01))
    assert read.sw3 == 0x90 and read.response_data[:4] == bytes.fromhex("01000400")
    assert len(read.to_bytes()) == 1295
    assert exchange(raw_port, encode_request(0x20, 0x01)).sw3 == 0x80  # halted until lifted


def test_bad_requests_get_protocol_errors(raw_port):
    bad = bytearray(encode_request(0x20, 0x01))
    bad[-1] ^= 1
    assert exchange(raw_port, bytes(bad)).sw3 == 0x10
    assert exchange(raw_port, encode_request(0x99, 0x01)).sw3 == 0x21
    assert exchange(raw_port, encode_frame(b"")[:5] + b"\x00\x01\x00").sw3 == 0x11


def test_line_rate_paces_the_read_answer(idcard_cards):
    with SimulatedIdCardReader(idcard_cards, line_rate=True) as sim:
        sim.place_card("young_adult_han")
        reader = IdCardReader(sim.port, timeout=1.0)
        try:
            reader.open()
            start = time.perf_counter()
            reader.read_once()
            elapsed = time.perf_counter() - start
        finally:
            reader.close()
    # 1359 bytes on the line at 10 bits each: ≈ 118 ms; it cannot be faster than the line.
    assert elapsed >= 1359 * 10 / 115200 * 0.95


def test_the_modelled_reader_takes_its_card_time_for_each_command(idcard_cards):
    timing = CardTiming(find_s=0.05, select_s=0.08, read_s=0.3)
    with SimulatedIdCardReader(idcard_cards, timing=timing) as sim:
        sim.place_card("young_adult_han")
        reader = IdCardReader(sim.port, timeout=2.0)
        try:
            reader.open()
            start = time.perf_counter()
            card = reader.read_once()
            elapsed = time.perf_counter() - start
        finally:
            reader.close()
    assert card.name
    # a lower bound only: the card's time is slept before each answer, so it cannot be faster
    assert elapsed >= timing.total_s
    assert GA467_READER_TIMING.total_s <= 1.0  # what reader datasheets promise for a full read


def test_sample_cards_file_has_realistic_people(idcard_cards):
    assert len(idcard_cards) >= 4
    elder = idcard_cards["elder_dai_woman"]
    assert elder.birth.year == 1956 and elder.valid_to is None
    assert all(c.id_number.startswith(("532822", "532801", "810000", "LAO")) for c in idcard_cards.values())


CARD = """
cards:
  x:
    card_type: resident
    name: 岩温
    sex: 1
    nation: "18"
    birth: 1990-01-01
    address: 云南省勐海县
    id_number: "{id}"
    authority: 勐海县公安局
    valid_from: 2020-01-01
    valid_to: 2030-01-01
"""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (CARD.format(id="532822199001010015"), None),
        (CARD.format(id="532822199001010016"), "无法通过校验"),
        (CARD.format(id="532822199001010015").replace("    sex: 1\n", ""), "缺少字段 sex"),
        (CARD.format(id="532822199001010015").replace("sex: 1", "sex: 7"), "字段无效"),
        (CARD.format(id="532822199001010015").replace("1990-01-01", "someday"), "字段无效"),
        ("cards: [1, 2]", "没有 cards"),
        ("cards:\n  x: 5\n", "应是字段表"),
        ("cards: {x: [", "不是有效的 YAML"),
    ],
)
def test_cards_file_errors_are_config_errors(tmp_path, text, words):
    path = tmp_path / "cards.yaml"
    path.write_text(text, encoding="utf-8")
    if words is None:
        assert load_cards(path)["x"].name == "岩温"
        return
    with pytest.raises(ConfigError) as info:
        load_cards(path)
    assert words in str(info.value)


def test_missing_cards_file(tmp_path):
    with pytest.raises(ConfigError, match="无法读取"):
        load_cards(tmp_path / "nope.yaml")
    assert main(["--cards", str(tmp_path / "nope.yaml")]) == 2


def test_place_unknown_card_names_the_known_ones(idcard_sim):
    with pytest.raises(KeyError, match="elder_dai_woman"):
        idcard_sim.place_card("nobody")


def test_cli_serves_a_reader_until_quit(idcard_cards):
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from devices.idcard.simulator import main; sys.exit(main())",
         "--cards", str(SAMPLE_CARDS_FILE), "--card", "hk_permit_holder"],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        port = proc.stdout.readline().strip()
        assert port.endswith("ttyIDCARD0")
        reader = IdCardReader(port, timeout=1.0)
        try:
            assert reader.read_once() == idcard_cards["hk_permit_holder"]
            proc.stdin.write("remove\nplace lao_permanent_resident\nbogus\n")
            proc.stdin.flush()
            card, deadline = None, time.monotonic() + 30
            while card is None and time.monotonic() < deadline:
                try:
                    card = reader.read_once()
                except CardNotFound:  # the command may not have been handled yet
                    time.sleep(0.05)
            assert card == idcard_cards["lao_permanent_resident"]
        finally:
            reader.close()
        proc.stdin.write("quit\n")
        proc.stdin.flush()
        assert proc.wait(10) == 0
        assert not Path(port).exists()  # cleaned up
        assert "命令" in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
