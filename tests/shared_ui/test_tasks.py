"""shared.ui.tasks, the one runner of both apps: results, errors and posted callbacks arrive on
the UI thread, keys make calls exclusive; shared.ui.error_words for both readers."""

from __future__ import annotations

import threading
import time

import pytest

from shared.domain.errors import ValidationError
from shared.ui.error_words import Reader, error_words
from shared.ui.tasks import TaskRunner

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
    assert error_words(err, reader=Reader.CLERK) == ("不对", "改一下")
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
    message, hint = error_words(errors[0], reader=Reader.CLERK)
    assert "ZeroDivisionError" in message and "技术支持" in hint


def test_callbacks_posted_from_device_threads_run_on_the_ui_thread_in_order(qtbot) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    seen: list[tuple[str, int, int]] = []

    def device_thread(name: str) -> None:
        for i in range(50):
            runner.call_soon(lambda i=i: seen.append((name, i, threading.get_ident())))

    threads = [threading.Thread(target=device_thread, args=(n,)) for n in ("card", "printer")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert runner.wait_idle(5), "wait_idle waits for posted callbacks, not only for tasks"
    assert {t for _, _, t in seen} == {ui_thread}
    for name in ("card", "printer"):  # each thread's callbacks in the order it posted them
        assert [i for n, i, _ in seen if n == name] == list(range(50))


def test_call_soon_inside_a_callback_waits_for_the_callback_to_end(qtbot) -> None:
    """A callback that posts more work runs to its end before anything else is delivered:
    the counter's queue read once posted its next read, and the drain that post started at
    once delivered F1's call in the middle of the read, which then undid it."""
    runner = TaskRunner(max_threads=1)  # one worker: the first call's outcome is queued first
    order: list[str] = []
    gate = threading.Event()

    def first_done(_r: object) -> None:
        order.append("first: start")
        # white-box: wait until the second call's outcome is waiting in the runner's queue
        deadline = time.monotonic() + 5
        while runner._outcomes.empty() and time.monotonic() < deadline:
            time.sleep(0.001)
        assert not runner._outcomes.empty()
        runner.call_soon(lambda: order.append("posted"))
        order.append("first: end")

    runner.run(lambda: gate.wait(5), on_done=first_done)
    runner.run(lambda: "second", on_done=order.append)
    gate.set()
    assert runner.wait_idle(5)
    assert order == ["first: start", "first: end", "second", "posted"]


def test_a_failing_callback_does_not_strand_the_others(qtbot, caplog) -> None:
    runner = TaskRunner()
    got: list[str] = []

    def broken(_result: object) -> None:
        raise KeyError("a view-model bug")

    runner.run(lambda: 1, on_done=broken)
    runner.call_soon(lambda: 1 / 0)
    runner.run(lambda: "second", on_done=got.append)
    runner.call_soon(lambda: got.append("posted"))
    assert runner.wait_idle(5)
    assert sorted(got) == ["posted", "second"]
    assert "callback failed" in caplog.text
    assert not runner.busy


def test_run_from_a_worker_thread_is_refused(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            runner.run(lambda: None)
        except RuntimeError as e:
            errors.append(e)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert errors and "call_soon" in str(errors[0])


def test_after_shutdown_nothing_new_starts(qtbot) -> None:
    runner = TaskRunner()
    runner.run(time.sleep, 0.05)
    runner.shutdown()
    assert runner.run(lambda: 1) is None


def test_errors_in_words_for_a_resident_and_for_a_clerk(caplog) -> None:
    from devices.printer.errors import PaperOut
    from shared.domain.errors import StoreError
    from shared.ui.error_words import SOMETHING_WRONG, SYSTEM_BUSY

    store = StoreError("数据库 sqlite:///x.db 需要升级", hint="运行 yimen db upgrade")
    assert error_words(store, reader=Reader.RESIDENT) == (SYSTEM_BUSY, "")
    assert "x.db" in caplog.text, "the technician's words go to the log"
    assert error_words(store, reader=Reader.CLERK) == (
        "数据库 sqlite:///x.db 需要升级",
        "运行 yimen db upgrade",
    )
    paper = PaperOut("打印机缺纸", hint="装纸后自动补打")
    for reader in Reader:
        assert error_words(paper, reader=reader) == ("打印机缺纸", "装纸后自动补打")
        assert error_words(ValidationError("不对", hint="改一下"), reader=reader) == ("不对", "改一下")
    assert error_words(KeyError("x"), reader=Reader.RESIDENT) == (SOMETHING_WRONG, "")
    message, hint = error_words(KeyError("x"), reader=Reader.CLERK)
    assert "KeyError" in message and "技术支持" in hint


def test_the_error_words_own_sentences_go_through_the_readers_language() -> None:
    """The four sentences error_words writes itself (system busy, something went wrong, a
    program fault and its hint) come out in the reader's language; so do a typed error's own
    message and hint, looked up under the services' context."""
    from shared.domain.errors import StoreError

    asked: list[tuple[str, str]] = []

    def english(context: str, text: str) -> str:
        asked.append((context, text))
        return f"EN[{text}]"

    store = StoreError("数据库需要升级")
    assert error_words(store, reader=Reader.RESIDENT, translate=english)[0].startswith("EN[系统暂时无法读取数据")
    assert error_words(KeyError("x"), reader=Reader.RESIDENT, translate=english)[0].startswith("EN[系统出了点问题")
    message, hint = error_words(KeyError("x"), reader=Reader.CLERK, translate=english)
    assert message == "EN[程序出错：KeyError]" and hint.startswith("EN[请重试")
    assert error_words(ValidationError("不对", hint="改一下"), reader=Reader.CLERK, translate=english) == (
        "EN[不对]",
        "EN[改一下]",
    )
    assert {context for context, _ in asked} == {"ErrorWords", "ServiceWords"}
