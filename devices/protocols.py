"""What the rest of Yimen may ask of each kind of device: one typed protocol per kind.

The device manager hands these out (``DeviceManager.printer`` is a :class:`Printer`, …), and
a terminal without the device gets its Null object (``devices/null_devices.py``,
``NullScanner``, ``NullAnnouncer``), which satisfies the same protocol: callers neither test
for ``None`` nor for a Null class, nor probe with ``getattr`` (Vorta's rule, DESIGN.md). A
test holds every driver and every Null object to its protocol, and mypy checks the
signatures.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from devices.base import Health
from devices.tts.announcer import Announcer

if TYPE_CHECKING:
    from devices.idcard.errors import IdCardError
    from devices.idcard.textblock import IdCardData
    from devices.printer.layout import Document, PaperWidth
    from devices.printer.print_queue import PrintJob
    from shared.domain.payloads import Payload

__all__ = ["Announcer", "IdCardReader", "Printer", "Scanner"]


@runtime_checkable
class IdCardReader(Protocol):
    """A resident ID card reader (GA 467 over serial, or none)."""

    name: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    def health(self) -> Health: ...

    @property
    def polling(self) -> bool: ...

    def start_polling(
        self,
        on_card: Callable[[IdCardData], None],
        on_error: Callable[[IdCardError], None] | None = None,
        on_health: Callable[[Health], None] | None = None,
        *,
        interval: float | None = None,
    ) -> None: ...

    def stop(self, *, timeout: float = 5.0) -> None: ...

    def check_sam(self) -> None: ...

    def read_once(self) -> IdCardData: ...


@runtime_checkable
class Printer(Protocol):
    """A receipt printer: takes documents (lines, styles, QR codes, cuts), never tickets."""

    name: str

    @property
    def paper(self) -> PaperWidth: ...

    def open(self) -> None: ...

    def close(self) -> None: ...

    def health(self) -> Health: ...

    def submit(self, document: Document, *, job_id: str | None = None) -> Future[Any]:
        """Queue ``document`` and return at once: the future gives the printed job or raises why it waits."""
        ...

    def submit_laid_out(
        self, layout: Callable[[PaperWidth], Document], *, job_id: str | None = None
    ) -> Future[Any]: ...

    def cancel(self, job_id: str) -> PrintJob | None:
        """Drop a job that has not printed (a slip an hour late helps nobody)."""
        ...

    def pending_jobs(self) -> list[PrintJob]: ...


@runtime_checkable
class Scanner(Protocol):
    """A QR/bar code source: camera, serial, keyboard wedge, file, simulator or none. What it
    reads goes to the ``on_payload`` callback the manager gives it."""

    name: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    def health(self) -> Health: ...

    def feed_key(self, char: str, timestamp: float) -> Payload | None:
        """A key typed on the terminal, for a keyboard-wedge scanner; the others answer None."""
        ...


