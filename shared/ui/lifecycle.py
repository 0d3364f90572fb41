"""A Qt app's life under a service manager: stop cleanly on SIGTERM, prove the UI is alive.

**SIGTERM.** ``systemctl stop``, a shutdown and systemd's restart of a hung kiosk all begin
with SIGTERM. Python runs its signal handlers only between bytecodes, and while Qt's event
loop waits in C no bytecode runs, so a plain ``signal.signal`` handler would wait for the
next mouse move. The C-level handler Python installs writes the signal number to the fd
given to :func:`signal.set_wakeup_fd`; a :class:`QSocketNotifier` on the other end of that
socket pair wakes the event loop, which quits. ``app.exec()`` then returns 0 and the app's
own ``finally`` does the rest: devices closed, spooled print jobs left on disk for the next
start, the store closed.

**Watchdog.** ``WATCHDOG=1`` is sent from a :class:`QTimer` on the UI thread, so the pings
stop when the UI thread hangs (a deadlock, a blocking call in a slot) and not only when the
process dies; systemd's ``WatchdogSec=`` then restarts the unit (``Restart=always``).
"""

from __future__ import annotations

import gc
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QInputDevice, QMouseEvent

from shared.services.sd_notify import SystemdNotifier

log = logging.getLogger(__name__)

STOP_SIGNALS = tuple(s for s in (signal.SIGTERM, signal.SIGINT) if s is not None)


class AppLifecycle(QObject):
    """Install once per process, after the QApplication exists, from the main thread.

    ``ready(status)`` once the first screen is up; ``close()`` in the app's ``finally``.
    ``on_stop`` runs on the UI thread when a stop signal arrives, before the event loop quits
    (the default quits the application).
    """

    def __init__(
        self,
        app: QCoreApplication,
        *,
        name: str,
        notifier: SystemdNotifier | None = None,
        on_stop: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.name = name
        self.notifier = notifier or SystemdNotifier()
        self.on_stop = on_stop or app.quit
        self.stop_signal: int | None = None
        self.pings = 0
        self._previous: dict[int, object] = {}
        self._previous_fd = -1
        self._read, self._write = socket.socketpair()
        for s in (self._read, self._write):
            s.setblocking(False)
        self._wake = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._wake.activated.connect(self._signalled)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for sig in STOP_SIGNALS:
            # the Python-level handler only notes the signal: the work is done on the UI thread
            self._previous[sig] = signal.signal(sig, self._note)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ping)
        interval = self.notifier.watchdog_interval_s
        if interval is not None:
            self._timer.start(max(50, int(interval * 1000)))

    def ready(self, status: str = "") -> None:
        if not gc.isenabled():
            # `yimen kiosk|counter|display` pause the collector during start-up
            # (yimen/commands/apps.py): what start-up built lives as long as the process, so it
            # goes to the permanent generation that collections skip, and collecting resumes
            gc.freeze()
            gc.enable()
        self.notifier.ready(status or f"{self.name}: 运行中")

    def _ping(self) -> None:
        if self.notifier.watchdog():
            self.pings += 1

    def _note(self, signum: int, frame: object) -> None:
        self.stop_signal = signum

    def _signalled(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        if not data:
            return
        signum = self.stop_signal or data[-1]
        if signum not in STOP_SIGNALS:
            return
        self.stop_signal = signum
        log.warning("%s: %s received, stopping", self.name, signal.Signals(signum).name)
        self.notifier.stopping(f"{self.name}: 正在停止")
        self._timer.stop()
        self.on_stop()

    def close(self) -> None:
        """Put back the previous handlers (tests run several apps in one process)."""
        self._timer.stop()
        self._wake.setEnabled(False)
        try:
            signal.set_wakeup_fd(self._previous_fd)
            for sig, handler in self._previous.items():
                signal.signal(sig, handler)  # type: ignore[arg-type]
        except ValueError:  # not the main thread: nothing was installed from here either
            pass
        self._previous.clear()
        for s in (self._read, self._write):
            s.close()
        self.notifier.close()
        # no longer the application's child: freed with the app's last reference to it,
        # not kept (with its notifier and timer) for the rest of a process that runs apps again
        self.setParent(None)


def spooled_jobs(devices: object) -> int:
    """Print jobs still waiting in ``devices``' spool (0 without a spooling printer): what a
    stop leaves for the next start, said in the log line of the stop."""
    try:
        return len(devices.printer.queue)  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError, TypeError):
        return 0


class TouchCursorHider(QObject):
    """Hides the pointer while the screen is used by touch, shows it again for a real mouse.

    A kiosk is touched; a technician may plug in a mouse. The compositor draws whatever cursor
    the window under it asks for, so the app asks for none (``BlankCursor``) from the first
    touch until a mouse that is not synthesised from touch moves.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.hidden = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and not self.hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self.hidden = True
        elif (
            kind == QEvent.Type.MouseMove
            and self.hidden
            and isinstance(event, QMouseEvent)
            and event.source() == Qt.MouseEventSource.MouseEventNotSynthesized
            and event.device().type() == QInputDevice.DeviceType.Mouse
        ):
            QGuiApplication.restoreOverrideCursor()
            self.hidden = False
        return False
