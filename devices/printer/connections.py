"""How Yimen reaches a receipt printer: network (raw TCP 9100), USB, serial, a device file, the
Windows spooler, or a dummy.

Each connection wraps a python-escpos printer object and adds what the library
lacks: typed errors, and a status exchange with a timeout that returns the
reply bytes as they are (``b""`` for no reply). python-escpos' own
``paper_status()`` reads an empty reply as "paper ok" (FACTS); Yimen never
calls it.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from abc import ABC, abstractmethod
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Dummy, File, Network, Serial, Usb

from devices.printer.errors import PrinterError, PrinterOffline, PrintFailed
from shared.domain.words import words

log = logging.getLogger(__name__)

DLE_EOT = b"\x10\x04"  # real-time status transmission, followed by n (1 printer, 2 offline cause, 4 paper)


class PrinterConnection(ABC):
    """One printer link. Not thread-safe: the driver uses it from its printer thread only."""

    kind: str = ""
    can_read_status: bool = True

    def __init__(self) -> None:
        self._printer: Escpos | None = None

    @abstractmethod
    def _make(self) -> Escpos: ...

    @abstractmethod
    def describe(self) -> str:
        """Where the printer is, in words for a technician ("网络打印机 192.168.1.50:9100")."""

    # -- life -----------------------------------------------------------------------------------

    def open(self) -> Escpos:
        if self._printer is None:
            printer = self._make()
            try:
                printer.open()
            except DeviceNotFoundError as e:
                raise PrinterOffline(
                    words("{description} 无法连接，请检查打印机电源和连线后点击重新打印。", description=self.describe()),
                    hint=_first_line(str(e)),
                    device=self.describe(),
                ) from None
            except OSError as e:
                raise PrinterOffline(
                    words("{description} 无法打开。", description=self.describe()), hint=str(e), device=self.describe()
                ) from None
            self._printer = printer
        return self._printer

    def close(self) -> None:
        printer, self._printer = self._printer, None
        if printer is not None:
            with contextlib.suppress(Exception):
                printer.close()

    def release(self) -> None:
        """Called after each batch of jobs; connections that should not be held open close here."""
        return None  # serial, USB and file links stay open between jobs

    # -- I/O ------------------------------------------------------------------------------------

    def write(self, data: bytes) -> None:
        printer = self.open()
        try:
            printer._raw(data)
        except Exception as e:  # socket, serial and USB libraries raise different types
            self.close()
            raise PrintFailed(
                words("向{description} 发送打印数据时中断，打印任务已保留，请检查打印机后点击重新打印。", description=self.describe()),
                hint=f"{type(e).__name__}: {e}",
                device=self.describe(),
            ) from None

    def exchange_status(self, n: int, *, timeout: float) -> bytes:
        """Send DLE EOT n and return whatever the printer answered within ``timeout`` (maybe ``b""``)."""
        printer = self.open()
        try:
            self._drain(printer)
            printer._raw(DLE_EOT + bytes([n]))
            return self._read_reply(printer, timeout)
        except PrinterError:
            raise
        except Exception as e:
            self.close()
            raise PrinterOffline(
                words("{description} 连接中断。", description=self.describe()), hint=f"{type(e).__name__}: {e}", device=self.describe()
            ) from None

    def _drain(self, printer: Escpos) -> None:
        """Discard bytes that arrived late (a reply to an earlier, timed-out request)."""
        return None  # links without a return channel have nothing to drain

    def system_status(self) -> int | None:
        """For a link without an ESC/POS return channel: the operating system's own word on the
        printer (the Windows spooler's ``PRINTER_STATUS_*`` bits), or None when it has none."""
        return None

    @abstractmethod
    def _read_reply(self, printer: Escpos, timeout: float) -> bytes: ...


class NetworkConnection(PrinterConnection):
    """Raw TCP (JetDirect, port 9100). Connected per batch of jobs: a printer shared by several
    counters accepts one connection at a time, and a socket kept across a printer reboot goes stale."""

    kind = "network"

    def __init__(self, host: str, port: int = 9100, *, connect_timeout: float = 3.0) -> None:
        super().__init__()
        self.host, self.port, self.connect_timeout = host, port, connect_timeout

    def describe(self) -> str:
        return f"网络打印机 {self.host}:{self.port}"

    def _make(self) -> Escpos:
        return Network(self.host, self.port, timeout=self.connect_timeout)

    def release(self) -> None:
        self.close()

    def _drain(self, printer: Escpos) -> None:
        sock: socket.socket = printer.device
        sock.setblocking(False)
        try:
            while True:
                if not sock.recv(256):
                    raise ConnectionResetError("the printer closed the connection")
        except BlockingIOError:
            pass
        finally:
            sock.settimeout(self.connect_timeout)

    def _read_reply(self, printer: Escpos, timeout: float) -> bytes:
        sock: socket.socket = printer.device
        sock.settimeout(timeout)
        try:
            data = sock.recv(16)
        except TimeoutError:
            return b""
        finally:
            sock.settimeout(self.connect_timeout)
        if not data:
            raise ConnectionResetError("the printer closed the connection")
        return data


class SerialConnection(PrinterConnection):
    kind = "serial"

    def __init__(
        self, device: str, *, baudrate: int = 9600, write_timeout: float = 10.0, dsrdtr: bool = True
    ) -> None:
        super().__init__()
        self.device, self.baudrate, self.write_timeout, self.dsrdtr = device, baudrate, write_timeout, dsrdtr

    def describe(self) -> str:
        return f"串口打印机 {self.device}"

    def _make(self) -> Escpos:
        return Serial(self.device, baudrate=self.baudrate, timeout=self.write_timeout, dsrdtr=self.dsrdtr)

    def _drain(self, printer: Escpos) -> None:
        printer.device.reset_input_buffer()

    def _read_reply(self, printer: Escpos, timeout: float) -> bytes:
        port = printer.device
        old = port.timeout
        port.timeout = timeout
        try:
            # read(1) returns as soon as the byte is there; read(16) would wait out the timeout
            first = port.read(1)
            return first + (port.read(port.in_waiting) if first and port.in_waiting else b"")
        finally:
            port.timeout = old


class UsbConnection(PrinterConnection):
    kind = "usb"

    def __init__(
        self,
        vendor_id: int,
        product_id: int,
        *,
        in_ep: int = 0x82,
        out_ep: int = 0x01,
        timeout_ms: int = 5000,
    ) -> None:
        super().__init__()
        self.vendor_id, self.product_id = vendor_id, product_id
        self.in_ep, self.out_ep, self.timeout_ms = in_ep, out_ep, timeout_ms

    def describe(self) -> str:
        return f"USB打印机 {self.vendor_id:04x}:{self.product_id:04x}"

    def _make(self) -> Escpos:
        if not Usb.is_usable():
            raise PrinterError(
                "USB 打印机需要 pyusb 支持库，当前未安装。",
                hint="安装 USB 扩展（pip install 'yimen[usb]'，即 pyusb）和 libusb-1.0（Debian: apt install libusb-1.0-0），或改用网络/串口连接。",
                device=self.describe(),
            )
        return Usb(
            self.vendor_id, self.product_id, timeout=self.timeout_ms, in_ep=self.in_ep, out_ep=self.out_ep
        )

    def _read_reply(self, printer: Escpos, timeout: float) -> bytes:
        try:
            return bytes(printer.device.read(self.in_ep, 16, int(timeout * 1000)))
        except Exception as e:  # usb.core.USBTimeoutError when the printer stays silent
            if "timeout" in type(e).__name__.lower() or "timed out" in str(e).lower():
                return b""
            raise


class FileConnection(PrinterConnection):
    """A device file (``/dev/usb/lp0``, a parallel port) or a plain file: write-only, no status."""

    kind = "file"
    can_read_status = False

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = str(path)

    def describe(self) -> str:
        return f"打印机设备文件 {self.path}"

    def _make(self) -> Escpos:
        return File(self.path)

    def _read_reply(self, printer: Escpos, timeout: float) -> bytes:
        return b""


class Win32SpoolerConnection(PrinterConnection):
    """A printer installed in Windows (its "Generic / Text Only" or vendor driver), written RAW
    through the spooler with python-escpos' ``Win32Raw`` (pywin32's win32print). One spooler
    job per batch: ``Win32Raw.open`` starts a RAW document and ``close`` ends it, which is when
    the spooler sends it. The spooler has no DLE EOT return channel; the printer's state comes
    from the spooler's ``PRINTER_STATUS_*`` bits instead (:meth:`system_status`), which many
    receipt-printer drivers do report and some leave at 0 ("no word").

    Written against pywin32's documented API and exercised here with a stand-in ``win32print``
    module (tests/devices/test_printer_win32.py); not yet run on a Windows machine
    (docs/install.md, Windows)."""

    kind = "win32"
    can_read_status = False

    def __init__(self, printer_name: str = "") -> None:
        super().__init__()
        self.printer_name = printer_name

    def describe(self) -> str:
        return f"Windows 打印机“{self.printer_name or '默认打印机'}”"

    def _make(self) -> Escpos:
        from escpos.printer import Win32Raw

        if not Win32Raw.is_usable():
            raise PrinterError(
                "Windows 打印机方式只能在 Windows 上使用（需要 pywin32 的 win32print）。",
                hint="在 Windows 终端上安装 pywin32（安装包已带）；Linux 上请用 network、serial 或 usb。",
                device=self.describe(),
            )
        return Win32Raw(self.printer_name)

    def release(self) -> None:
        self.close()  # ends the RAW document: the spooler prints it now

    def system_status(self) -> int | None:
        from escpos.printer import win32raw

        if not win32raw.is_usable():
            return None
        win32print = win32raw.win32print
        try:
            handle = win32print.OpenPrinter(self.printer_name or win32print.GetDefaultPrinter())
        except Exception as e:  # pywintypes.error: no such printer, spooler stopped
            raise PrinterOffline(
                words("{description} 在系统中找不到或打印服务未运行。", description=self.describe()),
                hint=words("在“设备和打印机”中确认打印机名称与配置 printer_name 一致，并启动 Print Spooler 服务（{error}）。", error=e),
                device=self.describe(),
            ) from None
        try:
            return int(win32print.GetPrinter(handle, 2)["Status"])
        finally:
            win32print.ClosePrinter(handle)

    def _read_reply(self, printer: Escpos, timeout: float) -> bytes:
        return b""


class DummyConnection(PrinterConnection):
    """Keeps the bytes in memory (``output``): demos without hardware, tests. No status."""

    kind = "dummy"
    can_read_status = False

    def describe(self) -> str:
        return "虚拟打印机"

    def _make(self) -> Escpos:
        return Dummy()

    @property
    def output(self) -> bytes:
        printer = self.open()
        return printer.output

    def _read_reply(self, printer: Escpos, timeout: float) -> bytes:
        return b""


def _first_line(text: str) -> str:
    return text.strip().splitlines()[-1] if text.strip() else ""


def connection_from_params(
    kind: str,
    *,
    host: str = "",
    port: int = 9100,
    serial_device: str = "",
    baudrate: int = 9600,
    usb_vendor_id: int | None = None,
    usb_product_id: int | None = None,
    file_path: str | Path | None = None,
    printer_name: str = "",
) -> PrinterConnection:
    """A connection from the plain values of the device settings (``devices.printer*``)."""
    kind = kind.strip().lower()
    if kind == "network":
        if not host:
            raise PrinterError("网络打印机未设置IP地址。", hint="在设备设置中填写 printer_host。")
        return NetworkConnection(host, port)
    if kind == "serial":
        if not serial_device:
            raise PrinterError(
                "串口打印机未设置串口。", hint="在设备设置中填写 printer_serial，如 /dev/ttyS0 或 COM3。"
            )
        return SerialConnection(serial_device, baudrate=baudrate)
    if kind == "usb":
        if usb_vendor_id is None or usb_product_id is None:
            raise PrinterError("USB 打印机未设置厂商号和产品号。", hint="用 lsusb 查看，如 0416:5011。")
        return UsbConnection(usb_vendor_id, usb_product_id)
    if kind == "file":
        if not file_path:
            raise PrinterError(
                "未设置打印机设备文件。", hint="在设备设置中填写 printer_file，如 /dev/usb/lp0。"
            )
        return FileConnection(file_path)
    if kind == "win32":
        return Win32SpoolerConnection(printer_name)
    if kind == "dummy":
        return DummyConnection()
    raise PrinterError(words("未知的打印机连接方式“{kind}”。", kind=kind), hint="可选 network、serial、usb、file、win32、dummy。")


def connection_from_url(url: str) -> PrinterConnection:
    """``tcp://host[:9100]``, ``serial:///dev/ttyS0?baudrate=19200``, ``usb://0416:5011``,
    ``file:///dev/usb/lp0`` or ``dummy:``."""
    parts = urlsplit(url.strip())
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    scheme = parts.scheme.lower()
    try:
        if scheme in ("tcp", "socket", "network"):
            return connection_from_params("network", host=parts.hostname or "", port=parts.port or 9100)
        if scheme == "serial":
            return connection_from_params(
                "serial", serial_device=parts.path or parts.netloc, baudrate=int(query.get("baudrate", 9600))
            )
        if scheme == "usb":
            vendor, _, product = parts.netloc.partition(":")
            return connection_from_params(
                "usb", usb_vendor_id=int(vendor, 16), usb_product_id=int(product, 16)
            )
        if scheme == "file":
            return connection_from_params("file", file_path=parts.path)
        if scheme == "dummy":
            return DummyConnection()
    except ValueError as e:
        raise PrinterError(words("打印机地址“{url}”格式有误。", url=url), hint=str(e)) from None
    raise PrinterError(
        words("打印机地址“{url}”无法识别。", url=url),
        hint="示例：tcp://192.168.1.50:9100、serial:///dev/ttyS0?baudrate=19200、usb://0416:5011、file:///dev/usb/lp0",
    )
