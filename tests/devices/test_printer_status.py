"""Status bytes (DLE EOT) and connection parameters."""

from __future__ import annotations

import pytest
from escpos.printer import Usb
from hypothesis import given
from hypothesis import strategies as st

from devices.base import HealthState
from devices.printer.connections import (
    DummyConnection,
    FileConnection,
    NetworkConnection,
    SerialConnection,
    UsbConnection,
    connection_from_params,
    connection_from_url,
)
from devices.printer.errors import PaperNearEnd, PaperOut, PrinterError, PrinterOffline, PrinterStatusUnknown
from devices.printer.status import PaperState, PrinterStatus, is_status_byte, paper_from_byte


@pytest.mark.parametrize(
    "byte, paper",
    [
        (0x12, PaperState.OK),
        (0x1E, PaperState.NEAR_END),
        (0x72, PaperState.OUT),
        (0x7E, PaperState.OUT),
        (0x00, PaperState.UNKNOWN),
    ],
)
def test_paper_byte(byte, paper):
    assert paper_from_byte(byte) is paper


@given(st.integers(0, 255))
def test_no_byte_outside_the_fixed_bit_pattern_reads_as_ok(byte):
    paper = paper_from_byte(byte)
    if not is_status_byte(byte):
        assert paper is PaperState.UNKNOWN
    elif paper is PaperState.OK:
        assert byte & 0x6C == 0  # neither near-end nor end bits


def test_problems_in_order_of_what_the_resident_must_do():
    assert isinstance(PrinterStatus(True, True, False, PaperState.OUT, cover_open=True).problem(), PaperOut)
    assert "上盖" in PrinterStatus(True, True, False, PaperState.OK, cover_open=True).problem().message
    assert isinstance(PrinterStatus(True, True, False, PaperState.OK).problem(), PrinterOffline)
    assert PrinterStatus(True, True, True, PaperState.NEAR_END).problem() is None
    assert isinstance(
        PrinterStatus(True, True, True, PaperState.NEAR_END).problem(near_end_is_error=True), PaperNearEnd
    )
    assert isinstance(PrinterStatus(True, False).problem(), PrinterStatusUnknown)
    assert PrinterStatus(True, False).problem(allow_unknown=True) is None
    assert PrinterStatus(False).problem() is None


def test_health_never_says_ok_without_an_answer():
    assert PrinterStatus(True, False).health().state is HealthState.OFFLINE
    assert PrinterStatus(True, False).health(allow_unknown=True).state is HealthState.DEGRADED
    assert PrinterStatus(False).health().state is HealthState.DEGRADED
    assert PrinterStatus(True, True, True, PaperState.OK).health().state is HealthState.OK


def test_health_names_paper_out_and_low_for_the_fleet_page():
    out = PrinterStatus(True, True, True, PaperState.OUT).health()
    low = PrinterStatus(True, True, True, PaperState.NEAR_END).health()
    assert (out.state, out.code) == (HealthState.OFFLINE, "paper_out")
    assert (low.state, low.code) == (HealthState.DEGRADED, "paper_low")
    assert PrinterStatus(True, True, False, PaperState.OK).health().code == ""


def test_errors_carry_chinese_messages_and_hints():
    err = PaperOut(device="网络打印机 10.0.0.5:9100")
    assert str(err).startswith("打印机缺纸，请更换纸卷后点击重新打印。")
    assert err.hint and err.device == "网络打印机 10.0.0.5:9100"
    assert isinstance(PrinterOffline(), PrinterError)
    from devices.errors import DeviceOffline

    assert isinstance(PrinterOffline(), DeviceOffline)


@pytest.mark.parametrize(
    "url, kind, detail",
    [
        ("tcp://192.168.1.50:9100", NetworkConnection, ("192.168.1.50", 9100)),
        ("tcp://192.168.1.50", NetworkConnection, ("192.168.1.50", 9100)),
        ("serial:///dev/ttyS0?baudrate=19200", SerialConnection, ("/dev/ttyS0", 19200)),
        ("usb://0416:5011", UsbConnection, (0x0416, 0x5011)),
        ("file:///dev/usb/lp0", FileConnection, ("/dev/usb/lp0",)),
        ("dummy:", DummyConnection, ()),
    ],
)
def test_connection_urls(url, kind, detail):
    conn = connection_from_url(url)
    assert type(conn) is kind
    values = {
        NetworkConnection: lambda c: (c.host, c.port),
        SerialConnection: lambda c: (c.device, c.baudrate),
        UsbConnection: lambda c: (c.vendor_id, c.product_id),
        FileConnection: lambda c: (c.path,),
        DummyConnection: lambda c: (),
    }[kind](conn)
    assert values == detail


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: connection_from_url("lpt://x"), "无法识别"),
        (lambda: connection_from_url("usb://zz:11"), "格式有误"),
        (lambda: connection_from_params("network"), "IP"),
        (lambda: connection_from_params("serial"), "串口"),
        (lambda: connection_from_params("usb"), "厂商号"),
        (lambda: connection_from_params("file"), "设备文件"),
        (lambda: connection_from_params("bluetooth"), "未知"),
    ],
)
def test_bad_connection_parameters_say_what_to_set(call, message):
    with pytest.raises(PrinterError, match=message):
        call()


@pytest.mark.skipif(Usb.is_usable(), reason="pyusb is installed here")
def test_usb_without_pyusb_says_what_to_install():
    with pytest.raises(PrinterError) as err:
        UsbConnection(0x0416, 0x5011).open()
    assert "pyusb" in err.value.message and "libusb" in err.value.hint


def test_network_printer_that_is_not_there_is_offline():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens here now
    with pytest.raises(PrinterOffline, match=f"127.0.0.1:{port}"):
        NetworkConnection("127.0.0.1", port, connect_timeout=1).exchange_status(1, timeout=0.2)
