"""What the technician who installs a kiosk runs: ``yimen devices list`` and ``check``.

``list_devices`` says what is configured and what the machine has (serial ports, cameras)
without touching any device. ``check_devices`` opens each configured device and proves it
works end to end: the reader answers and reads a card, the printer reports its status and
prints a test slip, the scanner's decoders read a generated Chinese code (and the source
opens), the speech engine speaks. In ``simulated`` mode the simulators stand in, so the
command also shows a new machine's software stack is complete.
"""

from __future__ import annotations

import glob
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from devices.base import HealthState
from devices.errors import DeviceError
from shared.settings import DeviceSettings

TEST_SLIP_QR = "一门打印测试 yimen"  # scan the test slip with the kiosk camera: Chinese must come back


@dataclass(frozen=True, slots=True)
class CheckResult:
    device: str  # idcard | printer | scanner | tts
    check: str  # status | test_read | test_print | decode | speak
    driver: str
    ok: bool
    state: HealthState
    detail: str  # what was found, in words a technician understands
    hint: str = ""  # what to do when not ok
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["state"] = str(self.state)
        d["seconds"] = round(self.seconds, 3)
        return d


def serial_ports() -> list[dict[str, str]]:
    from serial.tools import list_ports

    return [{"device": p.device, "description": p.description or ""} for p in list_ports.comports()]


def video_devices() -> list[str]:
    return sorted(glob.glob("/dev/video*"))


def list_devices(settings: DeviceSettings) -> list[dict[str, Any]]:
    """One JSON-ready dict per device: configured driver, target, whether the target exists,
    and the candidates this machine offers. Opens nothing."""
    s = settings
    ports = serial_ports()
    idcard_target = {"real": f"{s.idcard_port} @ {s.idcard_baud}", "simulated": "pty 模拟读卡器", "null": ""}[
        s.idcard
    ]
    printer_target = {
        "network": f"{s.printer_host}:{s.printer_port}",
        "serial": s.printer_serial,
        "usb": str(getattr(s, "printer_usb", "")),
        "file": str(s.printer_file or ""),
        "simulated": "127.0.0.1 回环 TCP 模拟打印机",
        "null": "",
    }[s.printer]
    scanner_target = {
        "camera": f"camera {s.camera_index}",
        "wedge": "键盘扫码枪（界面转发按键）",
        "serial": s.scanner_port,
        "file": str(getattr(s, "scanner_file", "") or ""),
        "simulated": "模拟扫码（生成二维码再解码）",
        "null": "",
    }[s.scanner]

    def exists(kind: str, target: str) -> bool | None:
        if kind in ("real", "serial", "file") and target:
            return os.path.exists(target.split(" @ ")[0])
        return None

    return [
        {
            "device": "idcard",
            "driver": s.idcard,
            "target": idcard_target,
            "present": exists(s.idcard, idcard_target),
            "candidates": ports,
        },
        {
            "device": "printer",
            "driver": s.printer,
            "target": printer_target,
            "present": exists(s.printer, printer_target),
            "paper_width_mm": s.paper_width_mm,
            "candidates": ports,
        },
        {
            "device": "scanner",
            "driver": s.scanner,
            "target": scanner_target,
            "present": (
                os.path.exists(f"/dev/video{s.camera_index}")
                if s.scanner == "camera"
                else exists(s.scanner, scanner_target)
            ),
            "candidates": video_devices() if s.scanner == "camera" else ports,
        },
        {
            "device": "tts",
            "driver": s.tts,
            "target": s.tts_voice or ("cmn" if s.tts == "espeak" else ""),
            "present": None,
            "announcement": s.announcement,
            "repeats": s.announcement_repeats,
        },
    ]


def check_devices(
    settings: DeviceSettings,
    *,
    test_print: bool = True,
    test_read: bool = True,
    test_speak: bool = True,
    announcer_factory: Callable[[DeviceSettings], Any] | None = None,
    timeout_s: float = 10.0,
) -> list[CheckResult]:
    """Check every configured device; returns one result per check, never raises for a
    device problem (a bad setting is a ConfigError)."""
    from devices.manager import DeviceManager

    results: list[CheckResult] = []
    manager = DeviceManager(settings, announcer_factory=announcer_factory)
    manager.build()
    try:
        results += _check_idcard(manager, test_read=test_read)
        results += _check_printer(manager, test_print=test_print, timeout_s=timeout_s)
        results += _check_scanner(manager, timeout_s=timeout_s)
        results += _check_tts(manager, test_speak=test_speak, timeout_s=timeout_s)
    finally:
        manager.stop()
    return results


def _timed(device: str, check: str, driver: str, fn: Callable[[], tuple[HealthState, str]]) -> CheckResult:
    started = time.monotonic()
    try:
        state, detail = fn()
    except DeviceError as e:
        return CheckResult(
            device, check, driver, False, HealthState.OFFLINE, e.message, e.hint, time.monotonic() - started
        )
    except Exception as e:  # the technician needs the whole list even if one check hits a bug
        detail = f"{type(e).__name__}: {e}"
        return CheckResult(
            device,
            check,
            driver,
            False,
            HealthState.OFFLINE,
            detail,
            "请把此信息报告给维护人员。",
            time.monotonic() - started,
        )
    return CheckResult(
        device, check, driver, state != HealthState.OFFLINE, state, detail, "", time.monotonic() - started
    )


def _check_idcard(manager: Any, *, test_read: bool) -> list[CheckResult]:
    driver, reader = manager.drivers["idcard"], manager.idcard
    if driver == "null":
        return [CheckResult("idcard", "status", driver, True, HealthState.OK, reader.health().reason)]

    def status() -> tuple[HealthState, str]:
        reader.open()  # opens the port and asks the SAM (11 FF)
        return reader.health().state, "读卡器应答正常，安全模块(SAM)正常"

    out = [_timed("idcard", "status", driver, status)]
    if test_read and out[0].ok:
        sim = manager.simulators.get("idcard")
        if sim is not None:
            sim.place_card(sorted(sim.cards)[0])

        def read() -> tuple[HealthState, str]:
            card = reader.read_once()
            return HealthState.OK, f"读到证件: {card!r}"  # IdCardData's repr is masked

        out.append(_timed("idcard", "test_read", driver, read))
        if not out[-1].ok and "未检测到" in out[-1].detail:
            r = out[-1]
            out[-1] = CheckResult(r.device, r.check, r.driver, False, HealthState.DEGRADED, r.detail,
                                  "把一张身份证放在读卡器上再运行检查。", r.seconds)  # fmt: skip
    return out


def _check_printer(manager: Any, *, test_print: bool, timeout_s: float) -> list[CheckResult]:
    driver, printer = manager.drivers["printer"], manager.printer
    if driver == "null":
        return [CheckResult("printer", "status", driver, True, HealthState.OK, printer.health().reason)]
    printer.open()

    def status() -> tuple[HealthState, str]:
        printer.check_status(timeout=timeout_s)
        health = printer.health()
        return health.state, f"{printer.connection.describe()}: {health.reason or '就绪'}"

    out = [_timed("printer", "status", driver, status)]
    if test_print:

        def slip() -> tuple[HealthState, str]:
            from devices.printer.layout import DocumentBuilder

            doc = (
                DocumentBuilder(printer.paper, title="打印测试")
                .center("一门 打印测试", bold=True)
                .field("时间", datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
                .field("纸宽", f"{printer.paper.mm} 毫米")
                .text("请用扫码设备扫描下方二维码，应显示“一门打印测试”。")
                .qr(TEST_SLIP_QR)
                .feed(2)
                .cut()
                .build()
            )
            job = printer.print_document(doc, timeout=timeout_s)
            detail = f"测试页已打印（{len(job.data)} 字节）"
            sim = manager.simulators.get("printer")
            if sim is not None:
                sim.wait_for_jobs(1, timeout=timeout_s)
                detail += f"，模拟打印机收到 {len(sim.jobs)} 份"
            return printer.health().state, detail

        out.append(_timed("printer", "test_print", driver, slip))
    return out


def _check_scanner(manager: Any, *, timeout_s: float) -> list[CheckResult]:
    from devices.scanner.decoders import DecoderChain, available_decoders
    from devices.scanner.simulated import qr_frame

    driver, scanner = manager.drivers["scanner"], manager.scanner

    def decode() -> tuple[HealthState, str]:
        decoders = available_decoders()
        if not decoders:
            raise DeviceError(
                "没有可用的二维码解码器。", hint="安装 libzbar0 和 opencv-contrib-python-headless。"
            )
        frame = qr_frame(TEST_SLIP_QR)
        readers = [d.name for d in decoders if [r.text for r in d.decode(frame)] == [TEST_SLIP_QR]]
        names = ", ".join(d.name for d in decoders)
        if not readers:
            raise DeviceError(
                f"解码器（{names}）读不出中文测试码。", hint="检查 libzbar0 版本（需 ≥ 0.23）。"
            )
        (result,) = DecoderChain(decoders).decode(frame)
        state = HealthState.OK if len(decoders) == 3 else HealthState.DEGRADED
        return state, f"解码器: {names}；中文测试码由 {result.decoder} 读出"

    out = [_timed("scanner", "decode", driver, decode)]
    if driver == "null":
        return [*out, CheckResult("scanner", "status", driver, True, HealthState.OK, scanner.health().reason)]

    def status() -> tuple[HealthState, str]:
        got: list[Any] = []
        arrived = threading.Event()
        scanner.on_payload = lambda p: (got.append(p), arrived.set())
        scanner.open()
        if driver == "simulated":
            scanner.present(TEST_SLIP_QR)
            if not arrived.wait(timeout_s):
                raise DeviceError("模拟扫码没有读出测试码。")
            return HealthState.OK, f"模拟扫码读出: {got[0].raw}"
        if driver == "camera":
            deadline = time.monotonic() + timeout_s
            while scanner.frames_captured == 0 and time.monotonic() < deadline:
                if scanner.health().state == HealthState.OFFLINE:
                    break
                time.sleep(0.05)
            if scanner.frames_captured == 0:
                raise DeviceError("摄像头打开了但没有画面。", hint="检查摄像头是否被其他程序占用。")
            return HealthState.OK, f"摄像头有画面（{scanner.frames_captured} 帧）；请把测试页二维码放到镜头前"
        if driver == "file":
            scanner.wait_finished(timeout_s)
            return HealthState.OK, f"文件读出 {len(got)} 个码"
        if driver == "wedge":
            return HealthState.OK, "键盘扫码枪由界面转发按键，请在界面的技术员页面扫描测试页"
        return scanner.health().state, f"串口 {scanner.port} 已打开；请扫描测试页，应显示“{TEST_SLIP_QR}”"

    out.append(_timed("scanner", "status", driver, status))
    return out


def _check_tts(manager: Any, *, test_speak: bool, timeout_s: float) -> list[CheckResult]:
    from devices.tts.espeak import EspeakAnnouncer, wav_seconds

    driver, queue = manager.drivers["tts"], manager.announcer
    engine = queue.engine

    def status() -> tuple[HealthState, str]:
        opener = getattr(engine, "open", None)
        if opener is not None:
            opener()
        health = queue.health()
        if isinstance(engine, EspeakAnnouncer):
            with tempfile.TemporaryDirectory() as tmp:
                path = engine.synthesize("请A零零一号到一号窗口办理", Path(tmp) / "check.wav")
                seconds = wav_seconds(path)
            return health.state, f"espeak-ng 语音 {engine.voice} 可用，测试句合成 {seconds:.1f} 秒"
        if health.state != HealthState.OK:
            raise DeviceError(health.reason, hint=getattr(engine, "hint", ""))
        return health.state, health.reason or "语音引擎就绪"

    out = [_timed("tts", "status", driver, status)]
    if test_speak and out[0].ok and driver != "null":

        def speak() -> tuple[HealthState, str]:
            queue.open()
            item = queue.say("一门语音测试", repeats=1)
            if not item.wait(timeout_s):
                raise DeviceError("语音播报超时。", hint="检查声卡和音箱。")
            if item.error:
                raise DeviceError(item.error, hint="检查音箱电源、音量和声卡设置。")
            return HealthState.OK, "已播放“一门语音测试”，请确认听到"

        out.append(_timed("tts", "speak", driver, speak))
    return out
