"""Null devices for terminals configured without one (a hall display has no card reader).

They answer every call the real driver answers, so callers never test for ``None``
(Vorta's rule); operations that would need the device fail with a typed error saying
the terminal has none. Health is OK with a reason, so a null device raises no alarm.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from devices.base import Health, HealthState
from devices.idcard.errors import ReaderOffline
from devices.printer.errors import PrinterOffline


class NullIdCardReader:
    name = "idcard-null"
    polling = False

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def health(self) -> Health:
        return Health(HealthState.OK, "本机未配置身份证读卡器")

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

    def read_once(self) -> object:
        raise self._none()

    @staticmethod
    def _none() -> ReaderOffline:
        return ReaderOffline("本机未配置身份证读卡器", hint="在设备设置中把 idcard 设为 real 或 simulated。")


class NullPrinter:
    name = "printer-null"

    def open(self) -> None:
        pass

    def close(self, *, timeout: float = 10.0) -> None:
        pass

    def health(self) -> Health:
        return Health(HealthState.OK, "本机未配置打印机")

    def submit(self, document: object, *, job_id: str | None = None) -> tuple[None, Future]:
        future: Future = Future()
        future.set_exception(self._none())
        return None, future

    def print_document(self, document: object, *, job_id: str | None = None, timeout: float = 30.0) -> object:
        raise self._none()

    def print_slip(self, value: object, *, job_id: str | None = None, timeout: float = 30.0) -> object:
        raise self._none()

    def reprint(self, job_id: str | None = None) -> Future:
        return self.submit(None)[1]

    def check_status(self, *, timeout: float = 10.0) -> object:
        raise self._none()

    def pending_jobs(self) -> list[object]:
        return []

    @staticmethod
    def _none() -> PrinterOffline:
        return PrinterOffline(
            "本机未配置打印机，无法打印。", hint="在设备设置中配置 printer，或到有打印机的终端办理。"
        )
