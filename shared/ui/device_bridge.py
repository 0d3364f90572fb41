"""Device events as Qt signals.

The device manager (``devices.manager.DeviceManager``) reports everything through one
callback, ``on_event(DeviceEvent)``, called on whichever device thread saw it (the card
reader's poller, the printer queue, the speech queue, the scanner). Widgets may only be
touched on the UI thread, so :class:`DeviceBridge` takes that callback and re-emits each
event as a typed signal on the thread the bridge lives on::

    bridge = DeviceBridge(parent)
    devices = DeviceManager(settings.devices, on_event=bridge.on_event)
    bridge.card_read.connect(applicant_vm.fill_from_card)

The hop works like ``shared.ui.tasks``: the device thread emits a private signal whose
receiver is a slot of the bridge itself, a QObject owned by the UI thread, so Qt queues
the call into the UI thread's event loop.
"""

from __future__ import annotations

import logging
import queue

from PySide6.QtCore import QObject, Signal, Slot

from devices.base import Health
from devices.manager import DeviceEvent, DeviceManager, EventKind

log = logging.getLogger(__name__)


class DeviceBridge(QObject):
    # every DeviceEvent, after the typed signal below; the name hides QObject.event(), which
    # PySide6's stubs type as a method, not as a signal
    event = Signal(object)  # type: ignore[assignment]
    card_read = Signal(object)  # devices.idcard IdCardData
    card_error = Signal(str)  # what went wrong, in words for the clerk
    scanned = Signal(object)  # shared.domain.payloads.Payload
    print_done = Signal(object)  # PrintJob
    print_failed = Signal(object, str)  # PrintJob, why it waits
    health_changed = Signal(str, object)  # device name, devices.base.Health
    announced = Signal(object)  # devices.tts Announcement

    # events wait in a plain queue and a parameterless signal wakes the UI thread (see
    # shared/ui/tasks.py: PySide6 miscounts Python objects in queued cross-thread signals)
    _incoming = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: queue.SimpleQueue[DeviceEvent] = queue.SimpleQueue()
        self._incoming.connect(self._drain)
        self.last_health: dict[str, Health] = {}

    def on_event(self, event: DeviceEvent) -> None:
        """The manager's callback: safe to call from any thread, returns at once."""
        self._events.put(event)
        self._incoming.emit()

    def _drain(self) -> None:
        while True:
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                return
            self._dispatch(event)

    def attach(self, manager: DeviceManager) -> DeviceManager:
        """Route ``manager``'s events here (for a manager built before the bridge)."""
        manager.on_event = self.on_event
        for name, health in manager.health().items() if manager.started else ():
            self.last_health[name] = health
        return manager

    @Slot(object)
    def _dispatch(self, event: DeviceEvent) -> None:
        kind = event.kind
        try:
            if kind is EventKind.CARD_READ:
                self.card_read.emit(event.data)
            elif kind is EventKind.CARD_ERROR:
                self.card_error.emit(event.message or str(event.data))
            elif kind is EventKind.SCAN:
                self.scanned.emit(event.data)
            elif kind is EventKind.PRINT_DONE:
                self.print_done.emit(event.data)
            elif kind is EventKind.PRINT_FAILED:
                self.print_failed.emit(event.data, event.message)
            elif kind is EventKind.HEALTH_CHANGED:
                if isinstance(event.data, Health):
                    self.last_health[event.device] = event.data
                self.health_changed.emit(event.device, event.data)
            elif kind is EventKind.ANNOUNCED:
                self.announced.emit(event.data)
        except Exception:  # a faulty slot must not stop the other listeners
            log.exception("handling device event %s failed", kind)
        self.event.emit(event)
