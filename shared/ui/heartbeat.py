"""Each terminal's heartbeat (issue 15): every ``[fleet] heartbeat_seconds`` a kiosk, counter or
display hands :func:`shared.services.fleet.record_heartbeat` to its one runner, so the write
(a unit of work: the database lock, a slow hall server) never runs on the UI thread; the
manager's answer (暂停服务 or not) comes back on the UI thread to ``on_command``.

What the beat says is read on the UI thread when the timer fires: the screen the person
sees, the devices' last health (the device manager keeps it behind a lock) and the last
error lines; the version is read once at start, so the worker imports nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer

from shared.services.context import HallContext
from shared.services.fleet import ServiceCommand, recent_errors, record_heartbeat, software_version
from shared.ui.runner import Runner

log = logging.getLogger(__name__)

KEY = "heartbeat"


class HeartbeatSender:
    def __init__(
        self,
        ctx: HallContext,
        runner: Runner,
        *,
        kind: str,
        screen: Callable[[], str],
        devices: Callable[[], Mapping[str, Any]],
        service_state: Callable[[], str] = lambda: "open",
        on_command: Callable[[ServiceCommand], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.runner = runner
        self.kind = kind
        self._screen = screen
        self._devices = devices
        self._service_state = service_state
        self.on_command = on_command
        self.version = software_version()
        self.errors = recent_errors()
        self.started_at = ctx.now()
        self.sent = 0  # beats the store took
        self.failed = 0  # beats that could not be written (the store away); the next one tries again
        self.last_command: ServiceCommand | None = None
        self._timer: QTimer | None = None

    @property
    def interval_ms(self) -> int:
        return int(self.ctx.settings.fleet.heartbeat_seconds * 1000)

    def beat(self) -> bool:
        """Send one beat now (on the runner); False while the last one is still on its way."""
        try:
            devices = dict(self._devices())
        except Exception:  # a device manager still starting or stopping: say nothing of devices
            devices = {}
        task = self.runner.run(
            record_heartbeat,
            self.ctx,
            kind=self.kind,
            screen=self._screen(),
            devices=devices,
            started_at=self.started_at,
            service_state=self._service_state(),
            errors=self.errors.lines(self.ctx.settings.fleet.recent_errors),
            version=self.version,
            on_done=self._heard,
            on_error=self._not_written,
            key=KEY,
            name=KEY,
        )
        return task is not None

    def _heard(self, command: ServiceCommand) -> None:
        if self.failed and not self.sent:
            log.info("heartbeat written again after %d failed attempt(s)", self.failed)
        self.sent += 1
        self.last_command = command
        if self.on_command is not None:
            self.on_command(command)

    def _not_written(self, error: BaseException) -> None:
        self.failed += 1
        if self.failed == 1 or self.failed % 30 == 0:  # once, then now and then: not every 10 s
            log.warning("heartbeat not written (%d so far): %s", self.failed, error)

    def start(self, parent: QObject) -> QTimer:
        """Beat now and then every interval, on a timer owned by ``parent`` (stops with it)."""
        timer = QTimer(parent)
        timer.timeout.connect(self.beat)
        timer.start(self.interval_ms)
        self._timer = timer
        QTimer.singleShot(0, self.beat)
        return timer

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
