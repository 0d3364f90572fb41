"""Null devices for terminals configured without one (a hall display has no card reader).

They answer every call the real driver answers, so callers never test for ``None``
(Vorta's rule); operations that would need the device fail with a typed error saying
the terminal has none. Health is OK with a reason, so a null device raises no alarm.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from devices.base import NOT_CONFIGURED, Health, HealthState
from devices.errors import DeviceError
from devices.idcard.errors import ReaderOffline
from devices.printer.errors import PrinterOffline
from devices.printer.layout import PaperWidth

if TYPE_CHECKING:
    from devices.idcard.textblock import IdCardData
    from devices.printer.print_queue import PrintJob


class NullIdCardReader:
    name = "idcard-null"
    polling = False

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def health(self) -> Health:
        return Health(HealthState.OK, "本机未配置身份证读卡器", code=NOT_CONFIGURED)

    def start_polling(
        self,
        on_card: Callable[..., None],
        on_error: Callable[..., None] | None = None,
        on_health: Callable[..., None] | None = None,
        *,
        interval: float | None = None,
    ) -> None:
        pass

    def stop(self, *, timeout: float = 5.0) -> None:
        pass

    def check_sam(self) -> None:
        raise self._none()

    def read_once(self) -> IdCardData:
        raise self._none()

    @staticmethod
    def _none() -> ReaderOffline:
        return ReaderOffline("本机未配置身份证读卡器", hint="在设备设置中把 idcard 设为 real 或 simulated。")


class NullPrinter:
    name = "printer-null"

    def __init__(self, *, paper: PaperWidth = PaperWidth.MM80) -> None:
        # what a slip is laid out for when nothing will print it (the kiosk's common paper)
        self.paper = paper

    def open(self) -> None:
        pass

    def close(self, *, timeout: float = 10.0) -> None:
        pass

    def health(self) -> Health:
        return Health(HealthState.OK, "本机未配置打印机", code=NOT_CONFIGURED)

    def submit(self, document: object, *, job_id: str | None = None) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(self._none())
        return future

    def print_document(self, document: object, *, job_id: str | None = None, timeout: float = 30.0) -> object:
        raise self._none()

    def submit_laid_out(self, layout: object, *, job_id: str | None = None) -> Future[Any]:
        return self.submit(None, job_id=job_id)

    def print_laid_out(self, layout: object, *, job_id: str | None = None, timeout: float = 30.0) -> object:
        raise self._none()

    def reprint(self, job_id: str | None = None) -> Future[Any]:
        return self.submit(None)

    def check_status(self, *, timeout: float = 10.0) -> object:
        raise self._none()

    def cancel(self, job_id: str) -> PrintJob | None:
        return None  # nothing was ever queued

    def pending_jobs(self) -> list[PrintJob]:
        return []

    @staticmethod
    def _none() -> PrinterOffline:
        return PrinterOffline(
            "本机未配置打印机，无法打印。", hint="在设备设置中配置 printer，或到有打印机的终端办理。"
        )


class NullA4Printer:
    """No A4 printer on this terminal: 查询打印 says so instead of failing halfway."""

    name = "a4-null"
    present = False

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def health(self) -> Health:
        return Health(HealthState.OK, "本机未配置 A4 打印机", code=NOT_CONFIGURED)

    def submit(self, document: object, *, job_id: str) -> Future:
        future: Future = Future()
        future.set_exception(self._none())
        return future

    def print_document(self, document: object, *, job_id: str) -> object:
        raise self._none()

    def cancel(self, job_id: str) -> None:
        pass

    @staticmethod
    def _none() -> DeviceError:
        return DeviceError(
            "本机未配置 A4 打印机，不能打印证明。",
            hint="到有 A4 打印机的自助机或窗口办理；技术员可在 [devices] 中设置 a4。",
            device="a4",
        )
