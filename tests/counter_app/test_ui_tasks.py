"""shared.ui.tasks: results and errors arrive on the UI thread, keys make calls exclusive."""

from __future__ import annotations

import threading
import time

import pytest

from shared.errors import ValidationError
from shared.ui.tasks import TaskRunner, error_text

pytestmark = pytest.mark.qt


def test_result_and_error_arrive_on_the_ui_thread(qtbot) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    seen: list[tuple[str, object, int]] = []
    worker_threads: list[int] = []

    def work(x: int) -> int:
        worker_threads.append(threading.get_ident())
        return x * 2

    def fail() -> None:
        raise ValidationError("不对", hint="改一下")

    runner.run(work, 21, on_done=lambda r: seen.append(("done", r, threading.get_ident())))
    runner.run(fail, on_error=lambda e: seen.append(("error", e, threading.get_ident())))
    assert runner.wait_idle(5)
    assert sorted(k for k, _, _ in seen) == ["done", "error"]
    assert all(t == ui_thread for _, _, t in seen)
    assert worker_threads and worker_threads[0] != ui_thread
    done = next(v for k, v, _ in seen if k == "done")
    err = next(v for k, v, _ in seen if k == "error")
    assert done == 42
    assert error_text(err) == ("不对", "改一下")
    assert not runner.busy


def test_a_key_refuses_a_second_call_while_the_first_runs(qtbot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    calls: list[int] = []

    def slow(n: int) -> int:
        calls.append(n)
        gate.wait(5)
        return n

    first = runner.run(slow, 1, key="call-next")
    second = runner.run(slow, 2, key="call-next")
    other = runner.run(lambda: 3, key="other")
    assert first is not None and second is None and other is not None
    assert runner.is_running("call-next")
    gate.set()
    assert runner.wait_idle(5)
    assert calls == [1]
    assert not runner.is_running("call-next")
    assert runner.run(slow, 4, key="call-next") is not None
    assert runner.wait_idle(5)


def test_the_ui_thread_keeps_running_while_a_task_blocks(qtbot) -> None:
    runner = TaskRunner()
    ticks: list[float] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    runner.run(time.sleep, 0.3)
    assert runner.wait_idle(5)
    timer.stop()
    assert len(ticks) >= 10  # the event loop ran while the worker slept


def test_cancelled_task_is_not_delivered(qtbot) -> None:
    runner = TaskRunner()
    got: list[object] = []
    gate = threading.Event()
    task = runner.run(lambda: gate.wait(5) and "late", on_done=got.append)
    assert task is not None
    task.cancel()
    gate.set()
    assert runner.wait_idle(5)
    assert got == []


def test_unexpected_error_is_reported_as_a_program_fault(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.run(lambda: 1 / 0, on_error=errors.append)
    assert runner.wait_idle(5)
    message, hint = error_text(errors[0])
    assert "ZeroDivisionError" in message and "技术支持" in hint
