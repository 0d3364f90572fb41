"""What every counter view-model shares: the session, the task runner, and one way to tell
the clerk what happened (``message(level, text, hint)``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.session import CounterSession
from shared.ui.error_words import Reader, error_words
from shared.ui.tasks import Task, TaskRunner


class ViewModel(QObject):
    message = Signal(str, str, str)  # level: "error" | "ok" | "info"; text; hint

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.last_message: tuple[str, str, str] = ("", "", "")

    @property
    def ctx(self):
        return self.session.ctx

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
        **kwargs: Any,
    ) -> Task | None:
        """Run a service call on a worker; errors become a message unless ``on_error`` takes them."""

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                self.fail(exc)

        task = self.runner.run(fn, *args, on_done=on_done, on_error=failed, key=key, **kwargs)
        if task is None:
            self.say("info", QCoreApplication.translate("CounterDesk", "上一个操作还在进行，请稍候。"))
        return task

    def say(self, level: str, text: str, hint: str = "") -> None:
        self.last_message = (level, text, hint)
        self.message.emit(level, text, hint)

    def fail(self, exc: BaseException) -> None:
        text, hint = error_words(exc, reader=Reader.CLERK, translate=QCoreApplication.translate)
        self.say("error", text, hint)
