"""Telling systemd how a long-running Yimen process is doing: the sd_notify protocol.

The installed units (installers/systemd/) start the kiosk, the board, the sync loop and the
reference platform with ``Type=notify`` and ``WatchdogSec=``. systemd passes the path of a
datagram socket in ``$NOTIFY_SOCKET`` and, when a watchdog is set, the interval in
``$WATCHDOG_USEC`` (with ``$WATCHDOG_PID``, the process meant). The service sends
newline-separated ``KEY=VALUE`` lines to that socket (sd_notify(3)):

- ``READY=1`` once it serves (the unit counts as started only then);
- ``WATCHDOG=1`` more often than the interval (systemd kills and restarts it otherwise);
- ``STOPPING=1`` when it begins to shut down; ``STATUS=…`` a line for ``systemctl status``.

A path that starts with ``@`` names a socket in the abstract namespace (the ``@`` stands for
the leading NUL byte). Without ``$NOTIFY_SOCKET`` (a developer's shell, the tests) every call
does nothing. Written here rather than taken from libsystemd: a dozen lines of socket code
against a C library and its bindings in a kiosk image.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class SystemdNotifier:
    """One process's channel to systemd. Cheap to call often; never raises."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        self.address = _address(env.get("NOTIFY_SOCKET", ""))
        self.watchdog_usec = _watchdog_usec(env)
        self._sock: socket.socket | None = None
        self._warned = False

    @property
    def enabled(self) -> bool:
        return self.address is not None

    @property
    def watchdog_interval_s(self) -> float | None:
        """How often to ping: half the watchdog time (sd_watchdog_enabled(3) advises so);
        None when the unit has no watchdog for this process."""
        if not self.watchdog_usec:
            return None
        return self.watchdog_usec / 2_000_000

    def notify(self, **fields: str | int) -> bool:
        """Send ``KEY=VALUE`` lines (``notify(READY=1, STATUS="...")``); True when sent."""
        if self.address is None or not fields:
            return False
        message = "\n".join(f"{key}={value}" for key, value in fields.items()).encode("utf-8")
        try:
            if self._sock is None:
                self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._sock.sendto(message, self.address)
        except OSError as e:
            # systemd restarted or the socket is gone: the service keeps serving residents; a
            # missing watchdog ping is systemd's to act on, not a reason to stop here
            if not self._warned:
                log.warning("sd_notify to %r failed: %s", self.address, e)
                self._warned = True
            return False
        return True

    def ready(self, status: str = "") -> bool:
        return self.notify(READY=1, STATUS=status) if status else self.notify(READY=1)

    def watchdog(self) -> bool:
        return self.notify(WATCHDOG=1)

    def stopping(self, status: str = "") -> bool:
        return self.notify(STOPPING=1, STATUS=status) if status else self.notify(STOPPING=1)

    def status(self, text: str) -> bool:
        return self.notify(STATUS=text)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def _address(path: str) -> str | bytes | None:
    if not path:
        return None
    if path.startswith("@"):
        return b"\0" + path[1:].encode("utf-8")
    if path.startswith("/"):
        return path
    return None  # sd_notify(3) accepts only absolute or abstract addresses (vsock is not ours)


def _watchdog_usec(env: Mapping[str, str]) -> int | None:
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    pid = env.get("WATCHDOG_PID", "")
    if pid and pid != str(os.getpid()):
        return None  # the watchdog is meant for another process (a parent that exec'd us)
    return usec if usec > 0 else None
