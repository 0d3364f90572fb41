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
from devices.manager import DeviceManager
from shared.domain.settings import DeviceSettings
from shared.domain.words import words

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


# USB-serial bridges ID card readers are built on (FACTS.md, "Kiosk session on Linux": the
# udev rule names the same four); VID:PID as the USB descriptors give them
USB_SERIAL_BRIDGES = {
    (0x1A86, 0x7523): "CH340",
    (0x067B, 0x2303): "PL2303",
    (0x0403, 0x6001): "FTDI FT232",
    (0x10C4, 0xEA60): "CP210x",
}


def serial_ports() -> list[dict[str, str]]:
    """Serial ports with their USB VID:PID and, for the four common bridges, the chip."""
    from serial.tools import list_ports

    ports = []
    for p in list_ports.comports():
        usb = f"{p.vid:04x}:{p.pid:04x}" if p.vid is not None and p.pid is not None else ""
        bridge = USB_SERIAL_BRIDGES.get((p.vid, p.pid), "") if usb else ""
        ports.append({"device": p.device, "description": p.description or "", "usb": usb, "bridge": bridge})
    return ports


def probe_sam(port: str, *, baudrate: int = 115200, timeout: float = 0.5) -> tuple[bool, str]:
    """Ask whatever is on ``port`` for its SAM status (GA 467 ``11 FF``): (answered, words)."""
    from devices.idcard.reader import IdCardReader

    reader = IdCardReader(port, baudrate=baudrate, timeout=timeout)
    try:
        reader.open()
    except DeviceError as e:
        return False, e.message
    finally:
        reader.close()
    return True, "GA 467 安全模块(SAM)应答正常"


def find_idcard_readers(settings: DeviceSettings, ports: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Ports that look like an ID card reader: the configured one, and every port on one of the
    four bridges; each probed for the SAM so the technician sees which one is the reader."""
    wanted = [p for p in ports if p["bridge"]]
    if settings.idcard == "real" and not any(p["device"] == settings.idcard_port for p in wanted):
        wanted.insert(0, {"device": settings.idcard_port, "description": "配置的读卡器端口", "usb": "", "bridge": ""})
    found = []
    for p in wanted:
        present = os.path.exists(p["device"])
        ok, words = probe_sam(p["device"], baudrate=settings.idcard_baud) if present else (False, "端口不存在")
        found.append({**p, "sam": ok, "probe": words})
    return found


def video_devices() -> list[str]:
    return sorted(glob.glob("/dev/video*"))


def list_devices(settings: DeviceSettings, *, probe: bool = True) -> list[dict[str, Any]]:
    """One JSON-ready dict per device: configured driver, target, whether the target exists,
    and the candidates this machine offers. Opens nothing but, with ``probe``, the ports an ID
    card reader may be on, to ask for its SAM."""
    s = settings
    ports = serial_ports()
    readers = find_idcard_readers(s, ports) if probe else []
    idcard_target = {"real": f"{s.idcard_port} @ {s.idcard_baud}", "simulated": "pty 模拟读卡器", "null": ""}[
        s.idcard
    ]
    printer_target = {
        "network": f"{s.printer_host}:{s.printer_port}",
        "serial": s.printer_serial,
        "usb": str(getattr(s, "printer_usb", "")),
        "file": str(s.printer_file or ""),
        "win32": f"Windows 打印机“{s.printer_name or '默认打印机'}”（RAW 经后台打印服务）",
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

    rows: list[dict[str, Any]] = [
        {
            "device": "idcard",
            "driver": s.idcard,
            "target": idcard_target,
            "present": exists(s.idcard, idcard_target),
            "sam": next((r["sam"] for r in readers if r["device"] == s.idcard_port), None)
            if s.idcard == "real"
            else None,
            "candidates": readers or ports,
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
        {
            "device": "a4",
            "driver": s.a4,
            "target": {"cups": s.a4_uri, "simulated": "本机私有 CUPS + cups-pdf 队列", "null": ""}[s.a4],
            "present": None,
        },
    ]
    refusal = s.simulation_refusal()
    for row in rows:
        row["refused"] = refusal if row["driver"] == "simulated" and refusal else ""
    return rows


DEVICE_LABELS = {"idcard": "身份证读卡器", "printer": "凭条打印机", "scanner": "扫码设备", "tts": "语音播报", "a4": "A4 打印机"}


def devices_table(rows: list[dict[str, Any]]) -> list[str]:
    """The rows of :func:`list_devices` as a table a technician reads, then the candidates."""
    head = ("设备", "驱动", "目标", "状态")

    def state(row: dict[str, Any]) -> str:
        if row.get("refused"):
            return "拒绝：模拟设备未获允许"
        if row.get("sam") is True:
            return "在线，SAM 正常"
        if row.get("sam") is False:
            return "端口在，SAM 无应答"
        return {True: "端口存在", False: "端口不存在", None: "-"}[row["present"]]

    body = [(DEVICE_LABELS[r["device"]], r["driver"], r["target"] or "-", state(r)) for r in rows]
    widths = [max(_width(x) for x in col) for col in zip(head, *body, strict=False)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(head), line(tuple("-" * w for w in widths)), *map(line, body)]
    readers = next(r["candidates"] for r in rows if r["device"] == "idcard")
    if readers:
        out.append("")
        out.append("串口（读卡器候选）：")
        for c in readers:
            chip = f" {c['bridge']}" if c.get("bridge") else ""
            usb = f" [{c['usb']}{chip}]" if c.get("usb") else ""
            verdict = f" — {c['probe']}" if "probe" in c else ""
            out.append(f"  {c['device']}{usb} {c['description']}{verdict}".rstrip())
    return out


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


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
    results: list[CheckResult] = []
    manager = DeviceManager(settings, announcer_factory=announcer_factory)
    manager.build()
    try:
        results += _check_idcard(manager, test_read=test_read)
        results += _check_printer(manager, test_print=test_print, timeout_s=timeout_s)
        results += _check_scanner(manager, timeout_s=timeout_s)
        results += _check_tts(manager, test_speak=test_speak, timeout_s=timeout_s)
        results += _check_a4(manager, test_print=test_print)
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
            return HealthState.OK, f"读到证件：{card!r}"  # IdCardData's repr is masked

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


def _decode_test_slip() -> tuple[HealthState, str]:
    """The camera's decoder reads the test slip's Chinese QR from a generated frame."""
    from devices.scanner.decoders import default_chain
    from devices.scanner.simulated import qr_frame

    chain = default_chain()
    found = chain.decode(qr_frame(TEST_SLIP_QR))
    names = ", ".join(d.name for d in chain.decoders)
    if [r.text for r in found] != [TEST_SLIP_QR]:
        raise DeviceError(
            words("解码器（{names}）读不出中文测试码。", names=names), hint='重新安装摄像头扫码组件：pip install "yimen[camera]"。'
        )
    # the camera chain without zxing-cpp is the slow fallback: it works, but say so
    state = HealthState.OK if names == "yimen-zxing" else HealthState.DEGRADED
    return state, f"解码器：{names}；中文测试码由 {found[0].decoder} 读出"


def _check_scanner(manager: Any, *, timeout_s: float) -> list[CheckResult]:
    from devices.scanner.camera_stack import INSTALL_HINT, camera_stack_missing

    driver, scanner = manager.drivers["scanner"], manager.scanner
    if camera_stack_missing():
        # only a hand scanner gets here without the camera extra (the device manager
        # refuses a camera without it): nothing on this machine decodes frames
        detail = f"本机未装摄像头扫码组件（{INSTALL_HINT}），{driver} 扫码不需要"
        out = [CheckResult("scanner", "decode", driver, True, HealthState.OK, detail)]
    else:
        out = [_timed("scanner", "decode", driver, _decode_test_slip)]
    if driver == "null":
        return [*out, CheckResult("scanner", "status", driver, True, HealthState.OK, scanner.health().reason)]

    def status() -> tuple[HealthState, str]:
        got: list[Any] = []
        arrived = threading.Event()
        def arrive(payload: Any) -> None:
            got.append(payload)
            arrived.set()

        scanner.on_payload = arrive
        scanner.open()
        if driver == "simulated":
            scanner.present(TEST_SLIP_QR)
            if not arrived.wait(timeout_s):
                raise DeviceError("模拟扫码没有读出测试码。")
            return HealthState.OK, f"模拟扫码读出：{got[0].raw}"
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
        engine.open()
        health = queue.health()
        if isinstance(engine, EspeakAnnouncer):
            with tempfile.TemporaryDirectory() as tmp:
                path = engine.synthesize("请A零零一号到一号窗口办理", Path(tmp) / "check.wav")
                seconds = wav_seconds(path)
            return health.state, f"espeak-ng 语音 {engine.voice} 可用，测试句合成 {seconds:.1f} 秒"
        if health.state != HealthState.OK:
            raise DeviceError(health.reason, hint="检查 [devices] 的 tts 设置和本机的声音设备。")
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


A4_TEST_QR = "一门A4打印测试 yimen"


def _check_a4(manager: Any, *, test_print: bool) -> list[CheckResult]:
    """The A4 printer: the queue's state from the spooler, then a test page (CJK text, the QR,
    a 验真码 line) printed and purged like every personal document."""
    driver, printer = manager.drivers["a4"], manager.a4
    if driver == "null":
        return [CheckResult("a4", "status", driver, True, HealthState.OK, printer.health().reason)]

    def status() -> tuple[HealthState, str]:
        printer.open()
        queue = printer.check_status()
        health = printer.health()
        if health.state == HealthState.OFFLINE:
            raise DeviceError(health.reason, hint="检查打印机的纸、电源和连线，然后在 CUPS 中启用队列（cupsenable）。")
        return health.state, f"{printer.describe()}: {queue.model or '打印队列'}，{health.reason or '就绪'}"

    out = [_timed("a4", "status", driver, status)]
    if test_print and out[0].ok:

        def page() -> tuple[HealthState, str]:
            from devices.a4.document import A4Document, A4Section

            now = datetime.now()
            doc = A4Document(
                title="一门 A4 打印测试页",
                issuer="自助服务终端",
                sections=(
                    A4Section(fields=(("时间", now.strftime("%Y-%m-%d %H:%M:%S")), ("打印机", printer.describe()))),
                    A4Section(notes=("请扫描下方二维码，应显示“一门A4打印测试 yimen”；页面文字应为清晰的中文。",)),
                ),
                qr_text=A4_TEST_QR,
                verify_code="TEST-TEST-TEST",
                issued_text=now.strftime("%Y年%m月%d日"),
                job_name="yimen-a4-test-page",
            )
            job = printer.print_document(doc, job_id=f"a4-check-{now:%H%M%S}")
            detail = f"测试页已打印（PDF {job.pdf_bytes} 字节，{job.seconds:.1f} 秒），任务已从打印服务中清除"
            sim = manager.simulators.get("a4")
            if sim is not None:
                detail += f"；模拟打印机输出 {len(sim.wait_printed(1))} 份 PDF"
            return printer.health().state, detail

        out.append(_timed("a4", "test_print", driver, page))
    return out
