"""The real driver (real pyserial) against the simulator on a pty: no patched functions."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from devices.base import Device, Health, HealthState
from devices.idcard import errors as e
from devices.idcard import protocol
from devices.idcard.reader import IdCardReader
from devices.idcard.simulator import SimFault, SimulatedIdCardReader
from devices.idcard.textblock import CardType, encode_text_block

SAMPLES = [
    "elder_dai_woman",
    "young_adult_han",
    "lahu_farmer",
    "hani_woman",
    "hk_permit_holder",
    "lao_permanent_resident",
]


class Recorder:
    """Collects polling callbacks from the reader's thread."""

    def __init__(self) -> None:
        self.cards: list = []
        self.errors: list[e.IdCardError] = []
        self.health: list[Health] = []
        self.threads: set[str] = set()
        self._cv = threading.Condition()

    def _add(self, bucket: list, item: object) -> None:
        with self._cv:
            bucket.append(item)
            self.threads.add(threading.current_thread().name)
            self._cv.notify_all()

    def on_card(self, card) -> None:
        self._add(self.cards, card)

    def on_error(self, err) -> None:
        self._add(self.errors, err)

    def on_health(self, health) -> None:
        self._add(self.health, health)

    def wait(self, predicate: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
        with self._cv:
            assert self._cv.wait_for(predicate, timeout), f"timed out waiting for {what}"

    def start(self, reader: IdCardReader) -> None:
        reader.start_polling(self.on_card, self.on_error, self.on_health)


def wait_for_polls(sim: SimulatedIdCardReader, n: int = 2, timeout: float = 30.0) -> None:
    """Wait until the poller has sent ``n`` more find requests (it has seen the reader's state)."""
    target = sim.requests[(0x20, 0x01)] + n
    deadline = time.monotonic() + timeout
    while sim.requests[(0x20, 0x01)] < target:
        assert time.monotonic() < deadline, "poller stopped finding"
        time.sleep(0.005)


# --- single reads -------------------------------------------------------------------------------


def test_reader_is_a_device(idcard_reader):
    assert isinstance(idcard_reader, Device)
    assert idcard_reader.health().state is HealthState.OFFLINE  # not opened yet
    idcard_reader.open()
    assert idcard_reader.health().state is HealthState.OK


@pytest.mark.parametrize("name", SAMPLES)
def test_reads_each_sample_card(idcard_sim, idcard_reader, idcard_cards, name):
    idcard_sim.place_card(name)
    card = idcard_reader.read_once()
    expected = idcard_cards[name]
    assert card == expected
    assert card.photo_wlt == expected.photo_wlt and len(card.photo_wlt) == 1024
    assert card.photo_png is None  # no vendor decoder shipped
    assert idcard_sim.requests[(0x20, 0x01)] == 1
    assert idcard_sim.requests[(0x20, 0x02)] == 1
    assert idcard_sim.requests[(0x30, 0x01)] == 1
    assert idcard_sim.requests[(0x11, 0xFF)] == 1  # SAM checked once, on open


def test_card_types_carry_their_own_fields(idcard_sim, idcard_reader):
    idcard_sim.place_card("hk_permit_holder")
    hk = idcard_reader.read_once()
    assert hk.card_type is CardType.HMT_RESIDENCE_PERMIT
    assert (hk.pass_number, hk.issue_count, hk.nation) == ("H60231475", 1, None)
    idcard_sim.place_card("lao_permanent_resident")
    lao = idcard_reader.read_once()
    assert lao.card_type is CardType.FOREIGN_PERMANENT_RESIDENT
    assert (lao.name_en, lao.nationality_code) == ("PHONSAVANH KEOMANY", "LAO")
    idcard_sim.place_card("elder_dai_woman")
    elder = idcard_reader.read_once()
    assert (elder.nation, elder.valid_to) == ("傣", None)


def test_no_card_is_card_not_found(idcard_reader):
    with pytest.raises(e.CardNotFound) as info:
        idcard_reader.read_once()
    assert "请将身份证放在读卡区" in str(info.value)
    assert idcard_reader.health().state is HealthState.OK


def test_card_must_be_lifted_before_it_is_found_again(idcard_sim, idcard_reader):
    idcard_sim.place_card("young_adult_han")
    first = idcard_reader.read_once()
    with pytest.raises(e.CardNotFound):
        idcard_reader.read_once()  # still lying there, halted by the reader
    idcard_sim.remove_card()
    idcard_sim.place_card("young_adult_han")
    assert idcard_reader.read_once() == first


FAULTS = [
    (SimFault.NO_CARD, e.CardNotFound),
    (SimFault.SELECT_FAILURE, e.CardSelectFailed),
    (SimFault.READ_FAILURE, e.CardReadFailed),
    (SimFault.CHECKSUM_ERROR, e.ResponseChecksumError),
    (SimFault.TRUNCATED_FRAME, e.ResponseIncomplete),
    (SimFault.SILENT, e.ReaderTimeout),
]


@pytest.mark.parametrize(("fault", "error"), FAULTS, ids=[f.value for f, _ in FAULTS])
def test_fault_gives_its_typed_error_and_reader_recovers(
    idcard_sim, idcard_reader, idcard_cards, fault, error
):
    idcard_sim.place_card("elder_dai_woman")
    idcard_reader.open()
    idcard_sim.set_fault(fault)
    with pytest.raises(error):
        idcard_reader.read_once()
    if fault in (SimFault.SILENT, SimFault.TRUNCATED_FRAME):
        assert idcard_reader.health().state is HealthState.OFFLINE
        assert "读卡器" in idcard_reader.health().reason
    idcard_sim.clear_fault()
    assert idcard_reader.read_once() == idcard_cards["elder_dai_woman"]
    assert idcard_reader.health().state is HealthState.OK


@pytest.mark.parametrize("fault", [SimFault.CHECKSUM_ERROR, SimFault.TRUNCATED_FRAME, SimFault.SILENT])
def test_fault_on_the_big_read_answer_only(idcard_sim, idcard_reader, fault):
    idcard_sim.place_card("hani_woman")
    idcard_sim.set_fault(fault, on=protocol.READ_TEXT_PHOTO)
    with pytest.raises((e.ResponseChecksumError, e.ReaderTimeout)):
        idcard_reader.read_once()
    idcard_sim.clear_fault()
    idcard_sim.remove_card()
    idcard_sim.place_card("hani_woman")
    assert idcard_reader.read_once().name == "车玉梅"


def test_line_noise_is_resynchronised(idcard_sim, idcard_reader, idcard_cards):
    idcard_sim.set_fault(SimFault.GARBAGE)
    for name in ("lahu_farmer", "hk_permit_holder"):
        idcard_sim.place_card(name)
        assert idcard_reader.read_once() == idcard_cards[name]


STATUSES = [
    (0x31, e.AuthError),
    (0x32, e.AuthError),
    (0x33, e.AuthError),
    (0x40, e.UnknownCardType),
    (0x47, e.RandomNumberError),
    (0x23, e.NotPermitted),
    (0x21, e.BadCommand),
    (0x10, e.ChecksumError),
    (0x11, e.LengthError),
    (0x91, e.FieldEmpty),
    (0x24, e.UnknownStatus),
    (0x5A, e.UnknownStatus),
]


@pytest.mark.parametrize(("sw3", "error"), STATUSES, ids=[f"{s:02X}" for s, _ in STATUSES])
def test_reader_status_reaches_the_caller_typed(idcard_sim, idcard_reader, sw3, error):
    idcard_sim.place_card("lahu_farmer")
    idcard_sim.force_status(protocol.READ_TEXT_PHOTO, sw3)
    with pytest.raises(error) as info:
        idcard_reader.read_once()
    assert info.value.sw3 == sw3
    idcard_sim.force_status(protocol.READ_TEXT_PHOTO, None)
    assert idcard_reader.read_once().name == "扎约"


@pytest.mark.parametrize(("sw3", "error"), [(0x60, e.SamSelfTestFailed), (0x66, e.SamNotAuthorised)])
def test_bad_sam_keeps_the_reader_offline_until_fixed(idcard_sim, idcard_reader, sw3, error):
    idcard_sim.force_status(protocol.SAM_STATUS, sw3)
    with pytest.raises(error):
        idcard_reader.open()
    assert not idcard_reader.is_open
    health = idcard_reader.health()
    assert health.state is HealthState.OFFLINE and "安全模块" in health.reason
    idcard_sim.force_status(protocol.SAM_STATUS, None)
    idcard_reader.open()
    assert idcard_reader.health().state is HealthState.OK


def test_card_with_invalid_id_number_is_refused_and_reader_goes_on(idcard_sim, idcard_reader, idcard_cards):
    good = idcard_cards["young_adult_han"]
    block = bytearray(encode_text_block(good))
    block[122 + 34 : 122 + 36] = "8".encode("utf-16-le")  # last character of the ID number
    idcard_sim.place_raw_card(bytes(block), good.photo_wlt)
    with pytest.raises(e.InvalidCardData) as info:
        idcard_reader.read_once()
    assert good.id_number not in str(info.value)
    idcard_sim.place_card("young_adult_han")
    assert idcard_reader.read_once() == good


def test_unknown_card_type_mark_is_typed(idcard_sim, idcard_reader, idcard_cards):
    block = bytearray(encode_text_block(idcard_cards["elder_dai_woman"]))
    block[248:250] = "Q".encode("utf-16-le")
    idcard_sim.place_raw_card(bytes(block), bytes(1024))
    with pytest.raises(e.UnknownCardType):
        idcard_reader.read_once()


def test_unplug_and_replug_with_single_reads(idcard_sim, idcard_reader, idcard_cards):
    idcard_sim.place_card("elder_dai_woman")
    assert idcard_reader.read_once() == idcard_cards["elder_dai_woman"]
    idcard_sim.unplug()
    with pytest.raises(e.ReaderOffline):
        idcard_reader.read_once()
    assert idcard_reader.health().state is HealthState.OFFLINE
    with pytest.raises(e.ReaderOffline):
        idcard_reader.read_once()  # the port path is gone: opening fails too
    idcard_sim.replug()
    idcard_sim.place_card("elder_dai_woman")
    assert idcard_reader.read_once() == idcard_cards["elder_dai_woman"]
    assert idcard_reader.health().state is HealthState.OK


def test_missing_port_is_reader_offline_with_the_port_in_the_hint(tmp_path):
    reader = IdCardReader(str(tmp_path / "ttyUSB9"), timeout=0.2)
    with pytest.raises(e.ReaderOffline) as info:
        reader.open()
    assert "ttyUSB9" in info.value.hint
    assert reader.health().state is HealthState.OFFLINE


class GreyscalePngDecoder:
    """A PhotoDecoder that renders the WLT bytes as a 32×32 greyscale PNG (not a WLT decode:
    the real one is vendor-licensed); it shows the reader passes the photo through the plug-in."""

    def decode(self, wlt: bytes) -> bytes | None:
        import io

        from PIL import Image

        out = io.BytesIO()
        Image.frombytes("L", (32, 32), wlt[:1024]).save(out, format="PNG")
        return out.getvalue()


class BrokenDecoder:
    def decode(self, wlt: bytes) -> bytes | None:
        raise RuntimeError("vendor library crashed")


def test_photo_goes_through_the_plugged_decoder(idcard_sim, idcard_cards):
    idcard_sim.place_card("hani_woman")
    reader = IdCardReader(idcard_sim.port, timeout=0.3, photo_decoder=GreyscalePngDecoder())
    try:
        card = reader.read_once()
    finally:
        reader.close()
    assert card.photo_png is not None and card.photo_png.startswith(b"\x89PNG")
    assert card.photo_png == GreyscalePngDecoder().decode(idcard_cards["hani_woman"].photo_wlt)
    assert "photo_png=yes" in repr(card)


def test_failing_photo_decoder_does_not_lose_the_card(idcard_sim, idcard_cards):
    idcard_sim.place_card("hani_woman")
    reader = IdCardReader(idcard_sim.port, timeout=0.3, photo_decoder=BrokenDecoder())
    try:
        card = reader.read_once()
    finally:
        reader.close()
    assert card == idcard_cards["hani_woman"] and card.photo_png is None


# --- polling ------------------------------------------------------------------------------------


def test_polling_reports_each_placed_card_once_on_its_own_thread(idcard_sim, idcard_reader, idcard_cards):
    rec = Recorder()
    rec.start(idcard_reader)
    rec.wait(lambda: any(h.state is HealthState.OK for h in rec.health), "health ok")
    idcard_sim.place_card("elder_dai_woman")
    rec.wait(lambda: len(rec.cards) == 1, "first card")
    wait_for_polls(idcard_sim, 10)  # many polls while the card stays on the reader
    assert len(rec.cards) == 1
    idcard_sim.lift_card()  # returns once the poller has seen the reader empty
    idcard_sim.place_card("hk_permit_holder")
    rec.wait(lambda: len(rec.cards) == 2, "second card")
    assert rec.cards == [idcard_cards["elder_dai_woman"], idcard_cards["hk_permit_holder"]]
    assert rec.errors == []  # "no card" is not an error
    assert rec.threads == {f"idcard-reader[{idcard_sim.port}]"}
    with pytest.raises(RuntimeError):
        idcard_reader.read_once()
    idcard_reader.stop()
    assert not idcard_reader.polling


def test_polling_does_not_repeat_a_card_a_reader_keeps_finding(idcard_cards):
    with SimulatedIdCardReader(idcard_cards, halt_after_read=False) as sim:
        reader = IdCardReader(sim.port, timeout=0.3, poll_interval=0.02)
        rec = Recorder()
        try:
            sim.place_card("young_adult_han")
            rec.start(reader)
            rec.wait(lambda: len(rec.cards) == 1, "card")
            reads = sim.requests[(0x30, 0x01)]
            wait_for_polls(sim, 10)
            assert sim.requests[(0x30, 0x01)] > reads + 3  # it was read again and again ...
            assert len(rec.cards) == 1  # ... but reported once
            sim.place_card("lahu_farmer")  # swapped without a gap
            rec.wait(lambda: len(rec.cards) == 2, "swapped card")
            sim.lift_card()
            sim.place_card("lahu_farmer")
            rec.wait(lambda: len(rec.cards) == 3, "same card placed again")
            assert [c.name for c in rec.cards] == ["刘思远", "扎约", "扎约"]
        finally:
            reader.close()


def test_polling_reports_a_card_error_once_and_recovers(idcard_sim, idcard_reader, idcard_cards):
    rec = Recorder()
    idcard_sim.set_fault(SimFault.SELECT_FAILURE)
    idcard_sim.place_card("hani_woman")
    rec.start(idcard_reader)
    rec.wait(lambda: len(rec.errors) == 1, "select error")
    wait_for_polls(idcard_sim, 10)
    assert [type(x) for x in rec.errors] == [e.CardSelectFailed]  # not repeated every poll
    idcard_sim.clear_fault()
    rec.wait(lambda: len(rec.cards) == 1, "card after fault cleared")
    assert rec.cards[0] == idcard_cards["hani_woman"]
    assert idcard_reader.health().state is HealthState.OK


def test_polling_survives_unplug_and_replug(idcard_sim, idcard_reader, idcard_cards):
    rec = Recorder()
    rec.start(idcard_reader)
    idcard_sim.place_card("young_adult_han")
    rec.wait(lambda: len(rec.cards) == 1, "card before unplug")
    idcard_sim.unplug()
    rec.wait(lambda: idcard_reader.health().state is HealthState.OFFLINE, "offline")
    rec.wait(lambda: any(isinstance(x, e.ReaderOffline) for x in rec.errors), "offline error")
    time.sleep(0.3)  # several reconnect attempts while unplugged
    assert sum(isinstance(x, e.ReaderOffline) for x in rec.errors) == 1
    idcard_sim.replug()
    rec.wait(lambda: idcard_reader.health().state is HealthState.OK, "ok again")
    idcard_sim.place_card("lao_permanent_resident")
    rec.wait(lambda: len(rec.cards) == 2, "card after replug")
    assert rec.cards[1] == idcard_cards["lao_permanent_resident"]
    states = [h.state for h in rec.health]
    ok_offline_ok = [HealthState.OK, HealthState.OFFLINE, HealthState.OK]
    assert any(states[i : i + 3] == ok_offline_ok for i in range(len(states)))


def test_polling_silent_reader_goes_offline_then_ok(idcard_sim, idcard_reader):
    rec = Recorder()
    rec.start(idcard_reader)
    rec.wait(lambda: idcard_reader.health().state is HealthState.OK, "ok")
    idcard_sim.set_fault(SimFault.SILENT)
    rec.wait(lambda: idcard_reader.health().state is HealthState.OFFLINE, "offline")
    assert "无响应" in idcard_reader.health().reason
    rec.wait(lambda: any(isinstance(x, e.ReaderTimeout) for x in rec.errors), "timeout error")
    idcard_sim.clear_fault()
    rec.wait(lambda: idcard_reader.health().state is HealthState.OK, "ok after silence")
    idcard_sim.place_card("elder_dai_woman")
    rec.wait(lambda: len(rec.cards) == 1, "card")


def test_polling_starts_on_a_missing_port_and_connects_when_it_appears(idcard_cards, tmp_path):
    sim = SimulatedIdCardReader(idcard_cards)
    sim.unplug()  # not started, not plugged: the port path does not exist yet
    reader = IdCardReader(sim.port, timeout=0.3, poll_interval=0.02, reconnect_delay=(0.02, 0.1))
    rec = Recorder()
    try:
        rec.start(reader)
        rec.wait(lambda: len(rec.errors) == 1, "offline error")
        assert isinstance(rec.errors[0], e.ReaderOffline)
        sim.start()
        sim.place_card("lahu_farmer")
        rec.wait(lambda: len(rec.cards) == 1, "card once the reader is plugged in")
    finally:
        reader.close()
        sim.stop()
    assert reader.health().state is HealthState.OFFLINE and not reader.polling


def test_callback_exceptions_do_not_stop_polling(idcard_sim, idcard_reader):
    seen: list = []

    def explode(card) -> None:
        seen.append(card)
        raise ValueError("UI bug")

    idcard_reader.start_polling(explode)
    idcard_sim.place_card("elder_dai_woman")
    deadline = time.monotonic() + 30
    while not seen and time.monotonic() < deadline:
        time.sleep(0.01)
    idcard_sim.lift_card()  # returns once the poller has seen the reader empty
    idcard_sim.place_card("young_adult_han")
    deadline = time.monotonic() + 30
    while len(seen) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [c.name for c in seen] == ["玉罕", "刘思远"]
    assert idcard_reader.polling
