"""The sd_notify client against a real datagram socket, as systemd's side would bind it."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from shared.services.sd_notify import SystemdNotifier
from tests.support.notify import NotifyListener


def test_ready_status_watchdog_and_stopping_reach_the_socket(tmp_path: Path) -> None:
    listener = NotifyListener(tmp_path / "notify")
    try:
        n = SystemdNotifier({"NOTIFY_SOCKET": str(listener.path)})
        assert n.enabled and n.watchdog_interval_s is None
        assert n.ready("自助机: 首页") and n.watchdog() and n.stopping()
        assert listener.receive(5) == {"READY": "1", "STATUS": "自助机: 首页"}
        assert listener.receive(5) == {"WATCHDOG": "1"}
        assert listener.receive(5) == {"STOPPING": "1"}
        n.close()
    finally:
        listener.close()


def test_abstract_namespace_address(tmp_path: Path) -> None:
    name = f"yimen-test-{os.getpid()}-{tmp_path.name}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(b"\0" + name.encode())
    try:
        assert SystemdNotifier({"NOTIFY_SOCKET": f"@{name}"}).notify(STATUS="x")
        sock.settimeout(5)
        assert sock.recv(100) == b"STATUS=x"
    finally:
        sock.close()


def test_without_a_socket_nothing_is_sent_and_nothing_fails() -> None:
    n = SystemdNotifier({})
    assert not n.enabled and not n.ready() and not n.watchdog()
    # a relative path is not an address sd_notify(3) accepts
    assert not SystemdNotifier({"NOTIFY_SOCKET": "relative/path"}).enabled


def test_a_vanished_socket_is_warned_once_and_never_raises(tmp_path: Path, caplog) -> None:
    n = SystemdNotifier({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    assert not n.watchdog() and not n.watchdog()
    assert len([r for r in caplog.records if "sd_notify" in r.getMessage()]) == 1


def test_watchdog_interval_is_half_the_timeout_and_only_for_this_process() -> None:
    mine = SystemdNotifier({"WATCHDOG_USEC": "20000000", "WATCHDOG_PID": str(os.getpid())})
    assert mine.watchdog_interval_s == 10.0
    assert SystemdNotifier({"WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "1"}).watchdog_interval_s is None
    assert SystemdNotifier({"WATCHDOG_USEC": "soon"}).watchdog_interval_s is None
    assert SystemdNotifier({"WATCHDOG_USEC": "0"}).watchdog_interval_s is None
