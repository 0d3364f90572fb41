"""A stand-in for systemd's side of sd_notify: the datagram socket a service reports to.

Tests bind one, hand its path to a process as ``$NOTIFY_SOCKET`` (as systemd does for a
``Type=notify`` unit) and read what the process says, in order.
"""

from __future__ import annotations

import socket
import time
from pathlib import Path


class NotifyListener:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.messages: list[dict[str, str]] = []

    def receive(self, timeout: float) -> dict[str, str] | None:
        """The next message, or None when none came within ``timeout`` seconds."""
        self.sock.settimeout(timeout)
        try:
            data = self.sock.recv(4096)
        except TimeoutError:
            return None
        fields = dict(line.split("=", 1) for line in data.decode("utf-8").splitlines() if "=" in line)
        self.messages.append(fields)
        return fields

    def wait_for(self, key: str, value: str | None = None, *, timeout: float = 60.0) -> dict[str, str]:
        """Read until a message carries ``key`` (equal to ``value`` if given); a guard, not a
        measurement: ``timeout`` only bounds how long a broken process can hold the test."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            msg = self.receive(left)
            if msg is not None and key in msg and (value is None or msg[key] == value):
                return msg
        raise AssertionError(f"no {key}={value or '*'} within {timeout} s; got {self.messages}")

    def count(self, key: str) -> int:
        """Messages carrying ``key`` among all received so far (what is queued included)."""
        while self.receive(0.0001) is not None:
            pass
        return sum(1 for m in self.messages if key in m)

    def close(self) -> None:
        self.sock.close()
