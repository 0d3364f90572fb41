"""The UI-thread guard (shared/domain/ui_thread.py): a unit of work or print-spool I/O on a
watched thread raises and is recorded; the same work on another thread, or outside a watch,
is untouched; the receipt printer renders and spools on its own thread, so submitting from
the UI thread passes; a tour ends naming what its UI thread did."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from devices.printer.connections import NetworkConnection
from devices.printer.driver import ReceiptPrinter
from devices.printer.print_queue import PrintQueue
from devices.printer.simulator import SimulatedPrinter
from offline_store.store import Store
from shared.domain import ui_thread
from shared.domain.ui_thread import IoOnUiThread
from shared.services.slip_samples import sample_ticket
from shared.services.slip_templates import layout_for
from yimen.tour import watch_ui_thread


def _on_another_thread(fn) -> list[BaseException]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as e:
            errors.append(e)

    t = threading.Thread(target=run)
    t.start()
    t.join(30)
    return errors


def test_a_unit_of_work_on_the_watched_thread_raises_and_is_recorded(db_url: str, key_path: Path) -> None:
    store = Store.for_tests(db_url, key_path)
    try:
        with ui_thread.watching() as seen:
            with pytest.raises(IoOnUiThread, match="unit of work"), store.unit_of_work(read_only=True) as uow:
                uow.help.open_requests()
            try:  # a view that swallows every error still leaves its trace
                with store.unit_of_work() as uow:
                    uow.help.open_requests()
            except Exception:
                pass
            assert _on_another_thread(lambda: _read(store)) == []  # a worker may
            with ui_thread.elsewhere("another terminal in a scripted tour"):
                _read(store)
        assert len(seen) == 2 and all("unit of work (database) on the UI thread" in s for s in seen)
        assert "test_ui_thread_guard.py" in seen[0], "each case names where it happened"
        _read(store)  # the watch is over: production never watches
    finally:
        store.close()


def _read(store: Store) -> None:
    with store.unit_of_work(read_only=True) as uow:
        uow.help.open_requests()


def test_the_print_queue_refuses_spool_io_on_the_watched_thread(tmp_path: Path) -> None:
    queue = PrintQueue(tmp_path / "spool")
    with ui_thread.watching() as seen:
        with pytest.raises(IoOnUiThread, match="print job"):
            queue.add(data=b"\x1b@A001", title="A001", job_id="A001")
        assert not list((tmp_path / "spool").glob("*.job")), "nothing was written"
        assert _on_another_thread(lambda: queue.add(data=b"\x1b@A002", title="A002", job_id="A002")) == []
        with pytest.raises(IoOnUiThread, match="print job"):
            queue.cancel("A002")
    assert len(seen) == 2
    assert [j.job_id for j in queue.pending()] == ["A002"]


def test_the_printer_renders_and_spools_on_its_own_thread(tmp_path: Path) -> None:
    """Submitting from the UI thread is what the apps do: the printer's thread does the I/O."""
    with SimulatedPrinter() as sim:
        printer = ReceiptPrinter(
            NetworkConnection("127.0.0.1", sim.port, connect_timeout=1),
            width_mm=58,
            spool_dir=tmp_path / "spool",
            status_timeout=0.5,
            poll_interval=None,
        )
        try:
            with ui_thread.watching() as seen:
                future = printer.submit_laid_out(layout_for(sample_ticket(number="A077")), job_id="A077")
                job = future.result(15)
            assert seen == []
            assert job.job_id == "A077" and "A077" in sim.wait_for_jobs(1)[0].text
        finally:
            printer.close()


def test_a_tour_ends_naming_what_its_ui_thread_did(ui_thread_guard, tmp_path: Path) -> None:
    queue = PrintQueue(tmp_path / "spool")
    expected = r"1 breaches of the UI-thread rules in the kiosk:\n.*print job"
    with pytest.raises(IoOnUiThread, match=expected), watch_ui_thread("kiosk"):
        try:
            queue.add(data=b"\x1b@A001", title="A001")
        except IoOnUiThread:
            pass  # swallowed where it happened; the tour still fails


def test_a_first_import_on_a_worker_thread_is_noted(tmp_path: Path, monkeypatch) -> None:
    """shiboken's import hook is not thread-safe in PySide6 6.12: workers import nothing new."""
    for name in ("yimen_guard_probe_worker", "yimen_guard_probe_ui"):
        (tmp_path / f"{name}.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with ui_thread.watching() as seen:
        assert _on_another_thread(lambda: __import__("yimen_guard_probe_worker")) == []  # noted, not raised
        __import__("yimen_guard_probe_ui")  # the UI thread may import
        assert _on_another_thread(lambda: __import__("yimen_guard_probe_ui")) == []  # loaded already
    assert len(seen) == 1 and seen[0].startswith("first import of yimen_guard_probe_worker on thread")
    for name in ("yimen_guard_probe_worker", "yimen_guard_probe_ui"):
        sys.modules.pop(name, None)
    assert not any(isinstance(f, type(ui_thread._first_imports)) for f in sys.meta_path), "removed after"


def test_without_the_environment_the_tours_do_not_watch(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ui_thread.ENVIRONMENT, raising=False)
    queue = PrintQueue(tmp_path / "spool")
    with watch_ui_thread("kiosk"):
        queue.add(data=b"\x1b@A001", title="A001", job_id="A001")
    assert [j.job_id for j in queue.pending()] == ["A001"]
