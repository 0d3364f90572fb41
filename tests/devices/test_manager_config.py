"""Null devices, driver choice by name, bad settings, the injected announcer, and the
technician's ``devices list`` / ``devices check`` functions."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from devices.base import HealthState
from devices.device_checks import USB_SERIAL_BRIDGES, check_devices, devices_table, list_devices
from devices.idcard.errors import ReaderOffline
from devices.manager import DeviceEvent, DeviceManager, EventKind
from devices.null_devices import NullIdCardReader, NullPrinter
from devices.printer.errors import PrinterOffline
from devices.scanner.simulated import NullScanner
from devices.scanner.sources import KeyboardWedgeSource
from devices.tts.announcer import NullAnnouncer
from devices.tts.espeak import EspeakAnnouncer
from shared.domain.errors import ConfigError
from shared.domain.settings import DeviceSettings
from shared.services.slip_samples import sample_ticket
from shared.services.slip_templates import layout_for

NULLS = DeviceSettings(idcard="null", printer="null", scanner="null", tts="null")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_null_devices_answer_every_call_without_none_checks() -> None:
    with DeviceManager(NULLS) as manager:
        assert isinstance(manager.idcard, NullIdCardReader)
        assert isinstance(manager.printer, NullPrinter)
        assert isinstance(manager.scanner, NullScanner)
        assert isinstance(manager.announcer.engine, NullAnnouncer)
        assert all(h.state == HealthState.OK for h in manager.health().values())
        with pytest.raises(ReaderOffline, match="未配置"):
            manager.idcard.read_once()
        with pytest.raises(PrinterOffline, match="未配置"):
            manager.print_laid_out(layout_for(sample_ticket())).result(1)
        with pytest.raises(PrinterOffline):
            manager.printer.print_document(object())
        assert manager.printer.pending_jobs() == []
        assert manager.feed_key("A", 0.0) is None
        assert manager.announce_call("A001", 1).wait(5)


def test_keyboard_wedge_scans_arrive_as_events() -> None:
    events: list[DeviceEvent] = []
    settings = DeviceSettings(idcard="null", printer="null", scanner="wedge", tts="null")
    with DeviceManager(settings, on_event=events.append) as manager:
        assert isinstance(manager.scanner, KeyboardWedgeSource)
        t = 10.0
        for ch in "yimen://appt/AB12CD34\r":
            payload = manager.feed_key(ch, t)
            t += 0.003
        assert payload is not None
    assert [e.data.raw for e in events if e.kind == EventKind.SCAN] == ["yimen://appt/AB12CD34"]


def test_announcer_factory_is_used_and_none_falls_back_to_settings() -> None:
    engine = NullAnnouncer()
    seen: list[DeviceSettings] = []

    def factory(settings: DeviceSettings) -> NullAnnouncer | None:
        seen.append(settings)
        return engine if settings.tts == "qt" else None

    qt = NULLS.model_copy(
        update={"tts": "qt", "announcement": "{number}号请到{window}号", "announcement_repeats": 1}
    )
    with DeviceManager(qt, announcer_factory=factory) as manager:
        assert manager.announcer.engine is engine
        assert manager.announce_call("C007", 12).wait(5)
    assert engine.spoken == ["C零零七号请到十二号"]
    with DeviceManager(NULLS, announcer_factory=factory) as manager:
        assert isinstance(manager.announcer.engine, NullAnnouncer) and manager.announcer.engine is not engine
    assert len(seen) == 2


def test_qt_speech_without_a_factory_is_degraded_and_says_why() -> None:
    with DeviceManager(NULLS.model_copy(update={"tts": "qt"})) as manager:
        assert manager.health()["tts"].state == HealthState.DEGRADED
        item = manager.say("测试")
        assert item.wait(5) and "界面程序" in item.error


@pytest.mark.parametrize(
    ("update", "match"),
    [
        ({"printer": "file"}, "printer_file"),
        ({"printer": "usb"}, "printer_usb"),
        ({"scanner": "file"}, "scanner_file"),
        ({"announcement": "请{num}号"}, "模板"),
    ],
)
def test_incomplete_settings_are_config_errors(update: dict, match: str) -> None:
    manager = DeviceManager(NULLS.model_copy(update=update))
    with pytest.raises(ConfigError, match=match):
        manager.start()
    assert not manager.started


def test_printer_file_driver_writes_the_job_to_the_file(tmp_path: Path) -> None:
    out = tmp_path / "lp0"
    out.write_bytes(b"")
    settings = NULLS.model_copy(update={"printer": "file", "printer_file": out})
    with DeviceManager(settings) as manager:
        job = manager.print_laid_out(layout_for(sample_ticket(number="F001"))).result(10)
    assert out.stat().st_size == len(job.data) > 100


def test_list_devices_reports_targets_and_presence(tmp_path: Path) -> None:
    master, slave = os.openpty()
    try:
        settings = DeviceSettings(
            idcard="real", idcard_port=os.ttyname(slave), printer="network", scanner="serial",
            scanner_port=str(tmp_path / "missing"), tts="espeak",
        )  # fmt: skip
        rows = {row["device"]: row for row in list_devices(settings)}
    finally:
        os.close(master)
        os.close(slave)
    assert rows["idcard"]["present"] is True and rows["idcard"]["target"].endswith("@ 115200")
    assert rows["printer"]["target"] == "127.0.0.1:9100" and rows["printer"]["present"] is None
    assert rows["scanner"]["present"] is False
    assert rows["tts"]["target"] == "cmn"
    assert isinstance(rows["idcard"]["candidates"], list)


def test_check_all_simulated_passes_every_check() -> None:
    results = check_devices(DeviceSettings(allow_simulated=True))
    by_key = {(r.device, r.check): r for r in results}
    assert set(by_key) == {
        ("idcard", "status"),
        ("idcard", "test_read"),
        ("printer", "status"),
        ("printer", "test_print"),
        ("scanner", "decode"),
        ("scanner", "status"),
        ("tts", "status"),
        ("a4", "status"),  # no A4 printer configured: says so
    }
    assert all(r.ok for r in results), [r.to_dict() for r in results if not r.ok]
    assert "*" in by_key[("idcard", "test_read")].detail  # masked
    assert "模拟打印机收到 1 份" in by_key[("printer", "test_print")].detail
    assert "yimen-zxing" in by_key[("scanner", "decode")].detail
    assert by_key[("scanner", "status")].to_dict()["state"] == "ok"


def test_devices_list_finds_a_pty_backed_reader_by_its_sam_and_prints_a_table() -> None:
    from devices.idcard.simulator import SimulatedIdCardReader

    sim = SimulatedIdCardReader().start()  # a GA 467 reader behind a pty, as on a USB-serial bridge
    try:
        settings = DeviceSettings(idcard="real", idcard_port=sim.port, printer="null", scanner="null", tts="null")
        rows = list_devices(settings)
    finally:
        sim.stop()
    idcard = next(r for r in rows if r["device"] == "idcard")
    assert idcard["sam"] is True and idcard["present"] is True
    (candidate,) = [c for c in idcard["candidates"] if c["device"] == sim.port]
    assert candidate["sam"] is True and "SAM" in candidate["probe"]
    table = devices_table(rows)
    assert table[0].split() == ["设备", "驱动", "目标", "状态"]
    reader_line = next(line for line in table if line.startswith("身份证读卡器"))
    assert "real" in reader_line and sim.port in reader_line and "在线，SAM 正常" in reader_line
    assert any(sim.port in line and "应答正常" in line for line in table[len(rows) + 2 :])


def test_devices_list_says_what_is_not_a_reader_and_refuses_silent_simulators(tmp_path: Path) -> None:
    master, slave = os.openpty()  # a port where nothing answers the SAM
    try:
        rows = list_devices(DeviceSettings(idcard="real", idcard_port=os.ttyname(slave)))
    finally:
        os.close(master)
        os.close(slave)
    by = {r["device"]: r for r in rows}
    assert by["idcard"]["sam"] is False
    assert "未配置" in by["printer"]["refused"]  # [devices] never named a printer
    table = "\n".join(devices_table(rows))
    assert "端口在，SAM 无应答" in table and "拒绝：模拟设备未获允许" in table
    assert {name for name in USB_SERIAL_BRIDGES.values()} == {"CH340", "PL2303", "FTDI FT232", "CP210x"}


def test_check_reports_missing_hardware_with_hints_and_does_not_raise(tmp_path: Path) -> None:
    settings = DeviceSettings(
        idcard="real", idcard_port=str(tmp_path / "ttyUSB9"), printer="network", printer_port=free_port(),
        scanner="serial", scanner_port=str(tmp_path / "ttyACM9"), tts="qt",
    )  # fmt: skip
    results = check_devices(settings, timeout_s=3)
    by_key = {(r.device, r.check): r for r in results}
    assert not by_key[("idcard", "status")].ok and by_key[("idcard", "status")].hint
    assert ("idcard", "test_read") not in by_key  # no point reading from a reader that is not there
    assert not by_key[("printer", "status")].ok and by_key[("printer", "status")].hint
    assert not by_key[("printer", "test_print")].ok
    assert by_key[("scanner", "decode")].ok  # the decoders are software
    assert not by_key[("scanner", "status")].ok and "打不开" in by_key[("scanner", "status")].detail
    assert not by_key[("tts", "status")].ok and "界面程序" in by_key[("tts", "status")].detail


def test_check_without_a_card_on_the_reader_asks_for_one() -> None:
    from devices.idcard.simulator import SimulatedIdCardReader

    with SimulatedIdCardReader() as sim:
        results = check_devices(
            NULLS.model_copy(update={"idcard": "real", "idcard_port": sim.port}), test_print=False
        )
    read = next(r for r in results if r.check == "test_read")
    assert not read.ok and read.state == HealthState.DEGRADED and "身份证" in read.hint


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")
def test_check_espeak_synthesises_and_reports_playback_honestly() -> None:
    results = check_devices(NULLS.model_copy(update={"tts": "espeak"}))
    status = next(r for r in results if r.device == "tts" and r.check == "status")
    assert status.ok and "秒" in status.detail
    speak = next(r for r in results if r.check == "speak")
    # a machine without a sound card must not be told the announcement was heard
    probe = EspeakAnnouncer()
    probe.open()
    try:
        probe.say("测")
        playable = True
    except Exception:
        playable = False
    assert speak.ok == playable
