"""installers/udev/60-yimen.rules run through udev's own rule engine (``udevadm test``) on
devices described to it by umockdev: a CH340, PL2303, FTDI and CP210x serial bridge, a USB
printer-class interface, and a serial port that is none of ours.

``udevadm test`` creates the links it computes, so it runs in a private mount namespace
with its own /dev (a tmpfs with a fresh devpts for umockdev's ptys) and its own
/run/udev/rules.d: nothing of the host's /dev or rules changes. Needs root, unshare, udevadm
and umockdev (installers/debian/system-deps.sh installs the last two).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "installers" / "udev" / "60-yimen.rules"
USB = "/devices/pci0000:00/0000:00:14.0/usb1/1-2"

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or not all(shutil.which(t) for t in ("unshare", "udevadm", "umockdev-run")),
    reason="needs root, unshare, udevadm and umockdev (installers/debian/system-deps.sh)",
)


def serial_bridge(vid: str, pid: str) -> tuple[str, str]:
    """A USB-serial bridge as sysfs shows it: device, interface, usb-serial port, tty."""
    tty = f"{USB}/1-2:1.0/ttyUSB0/tty/ttyUSB0"
    record = f"""P: {USB}
N: bus/usb/001/005
E: DEVNAME=/dev/bus/usb/001/005
E: DEVTYPE=usb_device
E: SUBSYSTEM=usb
E: MAJOR=189
E: MINOR=4
A: idVendor={vid}
A: idProduct={pid}
A: busnum=1
A: devnum=5

P: {USB}/1-2:1.0
E: DEVTYPE=usb_interface
E: SUBSYSTEM=usb
A: bInterfaceClass=ff

P: {USB}/1-2:1.0/ttyUSB0
E: SUBSYSTEM=usb-serial

P: {tty}
N: ttyUSB0
E: DEVNAME=/dev/ttyUSB0
E: SUBSYSTEM=tty
E: MAJOR=188
E: MINOR=0
A: dev=188:0
"""
    return record, tty


def usb_printer() -> tuple[str, str]:
    """A receipt printer: interface class 07 (printer), subclass 01, protocol 02 (bidirectional)."""
    lp = f"{USB}/1-2:1.0/usbmisc/lp0"
    record = f"""P: {USB}
N: bus/usb/001/006
E: DEVNAME=/dev/bus/usb/001/006
E: DEVTYPE=usb_device
E: SUBSYSTEM=usb
E: MAJOR=189
E: MINOR=5
E: ID_USB_INTERFACES=:070102:
A: idVendor=0416
A: idProduct=5011

P: {USB}/1-2:1.0
E: DEVTYPE=usb_interface
E: SUBSYSTEM=usb
A: bInterfaceClass=07
A: bInterfaceSubClass=01
A: bInterfaceProtocol=02

P: {lp}
N: usb/lp0
E: DEVNAME=/dev/usb/lp0
E: SUBSYSTEM=usbmisc
E: MAJOR=180
E: MINOR=0
A: dev=180:0
"""
    return record, lp


SCRIPT = r"""
set -eu
mount --make-rprivate /
d=$(mktemp -d)
mount -t tmpfs none "$d"
cp -a /dev/null /dev/zero /dev/urandom /dev/random /dev/tty "$d"/
mkdir "$d/pts"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$d/pts"
ln -s pts/ptmx "$d/ptmx"
ln -s /proc/self/fd "$d/fd"
mount --rbind "$d" /dev
mkdir -p /run/udev
mount -t tmpfs none /run/udev
mkdir /run/udev/rules.d
cp "$RULES" /run/udev/rules.d/60-yimen.rules
umockdev-run -d "$RECORD" -- udevadm test "$DEVPATH" 2>&1
"""


def udev_test(tmp_path: Path, record: str, devpath: str) -> str:
    rec = tmp_path / "device.umockdev"
    rec.write_text(record, encoding="utf-8")
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", SCRIPT],
        env=os.environ | {"RULES": str(RULES), "RECORD": str(rec), "DEVPATH": devpath},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Invalid" not in done.stdout, done.stdout
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def properties(out: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in out.splitlines() if line.count("=") >= 1 and line[:1].isupper())


@pytest.mark.parametrize(
    ("vid", "pid", "link"),
    [
        ("1a86", "7523", "yimen-idcard"),  # WCH CH340
        ("067b", "2303", "yimen-idcard"),  # Prolific PL2303
        ("0403", "6001", "yimen-scanner"),  # FTDI FT232R
        ("10c4", "ea60", "yimen-scanner"),  # Silicon Labs CP210x
    ],
)
def test_serial_bridge_gets_its_stable_name_group_dialout_mode_0660(tmp_path, vid, pid, link):
    out = udev_test(tmp_path, *serial_bridge(vid, pid))
    assert f"Successfully created symlink '/dev/{link}' to '/dev/ttyUSB0'" in out, out
    assert "60-yimen.rules:" in out and "GROUP 20" in out and "MODE 0660" in out  # gid 20: dialout
    assert f"/dev/{link}" in properties(out)["DEVLINKS"].split()


def test_another_serial_chip_gets_no_yimen_name(tmp_path):
    out = udev_test(tmp_path, *serial_bridge("2341", "0043"))  # an Arduino Uno: not ours
    assert "yimen-" not in out and "60-yimen.rules:" not in out


def test_usb_printer_class_gets_dev_yimen_printer_group_lp(tmp_path):
    out = udev_test(tmp_path, *usb_printer())
    assert "Successfully created symlink '/dev/yimen-printer' to '/dev/usb/lp0'" in out, out
    assert "60-yimen.rules:" in out and "GROUP 7" in out  # gid 7: lp


def test_raw_usb_printer_device_is_group_lp_for_python_escpos(tmp_path):
    record, _ = usb_printer()
    out = udev_test(tmp_path, record, USB)
    assert "60-yimen.rules:" in out and "GROUP 7" in out and "MODE 0660" in out, out
