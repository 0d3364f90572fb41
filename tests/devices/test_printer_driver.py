"""ReceiptPrinter against the simulator through the real python-escpos Network and Serial classes."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from escpos.printer import Serial

from devices.base import Device, HealthState
from devices.printer.connections import DummyConnection, FileConnection, NetworkConnection, SerialConnection
from devices.printer.driver import ReceiptPrinter
from devices.printer.errors import (
    PaperNearEnd,
    PaperOut,
    PrintDocumentInvalid,
    PrinterError,
    PrinterOffline,
    PrinterStatusUnknown,
)
from devices.printer.layout import PaperWidth
from devices.printer.print_queue import PrintQueue
from devices.printer.simulator import SimulatedPrinter
from shared.domain.cases import format_case_no
from shared.services.slip_samples import sample_receipt, sample_ticket
from shared.services.slip_templates import document_for, layout_for


def ticket(number: str = "A023", width: PaperWidth = PaperWidth.MM58):
    return document_for(sample_ticket(number=number), width=width)


def wait_until(condition, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


class Events:
    """Callback sink recording what the driver reported and on which thread."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.failed: list[tuple[str, PrinterError]] = []
        self.health: list[HealthState] = []
        self.threads: set[str] = set()

    def kwargs(self) -> dict:
        return {"on_job_done": self._done, "on_job_failed": self._failed, "on_health": self._health}

    def _done(self, job) -> None:
        self.threads.add(threading.current_thread().name)
        self.done.append(job.job_id)

    def _failed(self, job, error) -> None:
        self.threads.add(threading.current_thread().name)
        self.failed.append((job.job_id, error))

    def _health(self, health) -> None:
        self.health.append(health.state)


@pytest.fixture
def sim():
    with SimulatedPrinter() as printer:
        yield printer


@pytest.fixture
def events():
    return Events()


@pytest.fixture
def printer(sim, events, tmp_path):
    p = ReceiptPrinter(
        NetworkConnection("127.0.0.1", sim.port, connect_timeout=1),
        name="kiosk-1",
        width_mm=58,
        spool_dir=tmp_path / "spool",
        status_timeout=0.3,
        retry_interval=0.1,
        poll_interval=None,
        **events.kwargs(),
    )
    p.open()
    yield p
    p.close()


def test_is_a_device_and_prints_the_rendered_bytes_exactly_once(printer, sim, events):
    assert isinstance(printer, Device)
    job = printer.print_document(ticket())
    (printed,) = sim.wait_for_jobs(1)
    assert printed.data == printer.render(ticket())
    assert events.done == [job.job_id] and events.threads == {"printer:kiosk-1"}
    assert printer.health().state is HealthState.OK
    assert sim.status_requests[:2] == [1, 4]  # status asked before the job went out


def test_paper_out_job_waits_then_comes_out_exactly_once(printer, sim, events):
    sim.paper_out()
    with pytest.raises(PaperOut) as err:
        printer.print_document(ticket("A024"), job_id="A024")
    assert "缺纸" in str(err.value)
    assert [j.job_id for j in printer.pending_jobs()] == ["A024"]
    assert printer.health().state is HealthState.OFFLINE and "缺纸" in printer.health().reason
    assert printer.health().code == "paper_out"  # what the fleet page's alert reads
    assert sim.jobs == [] and sim.held_jobs == []  # nothing was sent to a printer without paper
    assert [(jid, type(e)) for jid, e in events.failed] == [("A024", PaperOut)]
    asked = len(sim.status_requests)
    # a few automatic retries while the paper is still out (each asks the status first)
    assert wait_until(lambda: len(sim.status_requests) >= asked + 3)
    assert sim.jobs == [] and len(events.failed) == 1  # reported once, not on every retry

    sim.restore()
    assert wait_until(lambda: events.done == ["A024"])
    time.sleep(0.3)  # later polls must not print it again
    assert len(sim.jobs) == 1 and "A024" in sim.jobs[0].text
    assert printer.pending_jobs() == []
    assert printer.health().state is HealthState.OK


def test_new_jobs_queue_behind_a_waiting_one_and_keep_their_order(printer, sim, events):
    sim.paper_out()
    futures = [printer.submit(ticket(n), job_id=n) for n in ("A031", "A032", "A033")]
    assert wait_until(lambda: all(f.done() for f in futures))
    assert all(isinstance(f.exception(), PaperOut) for f in futures)  # each hears why it waits
    assert [j.job_id for j in printer.pending_jobs()] == ["A031", "A032", "A033"]
    sim.restore()
    assert wait_until(lambda: len(events.done) == 3)
    assert [j.lines[3].text for j in sim.jobs] == ["A031", "A032", "A033"]


def test_reprint_now_after_the_cause_is_fixed(sim, events, tmp_path):
    p = ReceiptPrinter(
        NetworkConnection("127.0.0.1", sim.port),
        width_mm=58,
        retry_interval=60,
        poll_interval=None,
        **events.kwargs(),
    )
    try:
        sim.cover_open()
        with pytest.raises(PrinterOffline, match="上盖"):
            p.print_document(ticket())
        sim.restore()
        assert p.reprint().result(5).job_id == events.done[0]
        assert len(sim.wait_for_jobs(1)) == 1
    finally:
        p.close()


def test_offline_printer_raises_printer_offline_and_the_job_survives(printer, sim, events):
    sim.offline()
    with pytest.raises(PrinterOffline) as err:
        printer.print_document(ticket(), job_id="A040")
    assert f"127.0.0.1:{sim.port}" in str(err.value)
    assert isinstance(err.value, PrinterError)
    assert printer.health().state is HealthState.OFFLINE
    sim.restore()
    assert wait_until(lambda: events.done == ["A040"])
    assert len(sim.wait_for_jobs(1)) == 1


def test_silent_printer_is_status_unknown_not_ok(printer, sim):
    sim.silent()
    with pytest.raises(PrinterStatusUnknown):
        printer.print_document(ticket())
    status = printer.check_status()
    assert status.readable and not status.answered
    assert printer.health().state is HealthState.OFFLINE
    assert sim.jobs == [] and len(printer.pending_jobs()) == 1


def test_silent_serial_printer_python_escpos_says_ok_yimen_says_unknown():
    with SimulatedPrinter(pty=True) as sim:
        sim.silent()
        lib = Serial(sim.serial_path, baudrate=115200, timeout=0.2)
        lib.open()
        try:
            assert lib.paper_status() == 2  # the library trap (FACTS): silence reads as "paper adequate"
        finally:
            lib.close()
        p = ReceiptPrinter(
            SerialConnection(sim.serial_path, baudrate=115200), width_mm=58, status_timeout=0.2
        )
        try:
            with pytest.raises(PrinterStatusUnknown):
                p.print_document(ticket())
            assert p.health().state is not HealthState.OK
            assert sim.jobs == [] and len(p.pending_jobs()) == 1
        finally:
            p.close()


def test_silent_printer_can_be_allowed_explicitly_and_stays_degraded(sim):
    sim.silent()
    p = ReceiptPrinter(
        NetworkConnection("127.0.0.1", sim.port), width_mm=58, status_timeout=0.2, allow_unknown_status=True
    )
    try:
        p.print_document(ticket())
        assert len(sim.wait_for_jobs(1)) == 1
        assert p.health().state is HealthState.DEGRADED
    finally:
        p.close()


def test_garbled_status_reply_is_unknown_too():
    # a device on 9100 that answers every byte with 0xFF: not a valid ESC/POS status byte
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(0.1)
                while not stop.is_set():
                    try:
                        data = conn.recv(64)
                    except TimeoutError:
                        continue
                    if not data:
                        break
                    conn.sendall(b"\xff" * data.count(b"\x10\x04"))

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    p = ReceiptPrinter(
        NetworkConnection("127.0.0.1", server.getsockname()[1]), width_mm=58, status_timeout=0.3
    )
    try:
        with pytest.raises(PrinterStatusUnknown, match="无法读取打印机状态") as err:
            p.print_document(ticket())
        assert "ff" in err.value.hint
    finally:
        stop.set()
        p.close()
        server.close()


def test_paper_near_end_prints_and_warns(printer, sim, events):
    sim.paper_near_end()
    printer.print_document(ticket())
    assert len(sim.wait_for_jobs(1)) == 1
    assert printer.health().state is HealthState.DEGRADED and "即将用完" in printer.health().reason
    assert HealthState.DEGRADED in events.health


def test_paper_near_end_can_be_made_an_error(sim):
    sim.paper_near_end()
    p = ReceiptPrinter(
        NetworkConnection("127.0.0.1", sim.port), width_mm=58, raise_on_near_end=True, retry_interval=60
    )
    try:
        with pytest.raises(PaperNearEnd):
            p.print_document(ticket())
        assert sim.jobs == []
    finally:
        p.close()


def test_same_job_id_twice_prints_once(printer, sim):
    first = printer.print_document(ticket(), job_id="A050")
    second = printer.print_document(ticket(), job_id="A050")
    assert first is second
    time.sleep(0.2)  # print_document waited for the job; time for a second copy to show up
    assert len(sim.jobs) == 1


def test_a_restart_loses_nothing_and_prints_nothing_twice(sim, tmp_path):
    spool = tmp_path / "spool"
    sim.paper_out()
    first = ReceiptPrinter(
        NetworkConnection("127.0.0.1", sim.port), width_mm=58, spool_dir=spool, retry_interval=60
    )
    with pytest.raises(PaperOut):
        first.print_document(ticket("A060"), job_id="A060")
    waiting = first.submit(ticket("A061"), job_id="A061")
    assert wait_until(waiting.done) and isinstance(waiting.exception(), PaperOut)
    assert first.queue.get("A061").last_error
    first.close()  # the kiosk is restarted while the paper is out
    assert len(list(spool.glob("*.job"))) == 2

    sim.restore()
    done: list[str] = []
    second = ReceiptPrinter(
        NetworkConnection("127.0.0.1", sim.port),
        width_mm=58,
        spool_dir=spool,
        on_job_done=lambda j: done.append(j.job_id),
    )
    try:
        assert [j.job_id for j in second.pending_jobs()] == ["A060", "A061"]
        assert second.queue.get("A060").attempts >= 1 and second.queue.get("A061").last_error
        second.open()
        assert wait_until(lambda: done == ["A060", "A061"])
        time.sleep(0.2)
        assert [j.lines[3].text for j in sim.jobs] == ["A060", "A061"]
        assert list(spool.glob("*.job")) == []
    finally:
        second.close()


def test_unreadable_spool_files_are_set_aside_and_the_rest_load(tmp_path):
    spool = tmp_path / "spool"
    q = PrintQueue(spool)
    q.add(data=b"\x1b@ok\n\x1dV\x00", title="good", job_id="good")
    q.add(data=b"\x1b@bad\n\x1dV\x00", title="bad", job_id="bad")
    bad = next(spool.glob("*-bad.job"))
    bad.write_bytes(bad.read_bytes()[:-3])  # truncated by a power cut
    (spool / "0000000009-junk.job").write_bytes(b"not a job")
    reloaded = PrintQueue(spool)
    assert [j.job_id for j in reloaded.pending()] == ["good"]
    assert sorted(p.name for p in reloaded.quarantined) == sorted(["0000000009-junk.job", bad.name])
    assert (spool / "corrupt" / bad.name).exists()  # kept for a technician, never deleted
    job, added = reloaded.add(data=b"x", job_id="next")
    assert added and job.seq > 2  # numbering continues after the reloaded jobs


def test_bad_job_ids_and_empty_jobs_are_refused(tmp_path):
    q = PrintQueue(tmp_path / "spool")
    with pytest.raises(PrintDocumentInvalid, match="编号"):
        q.add(data=b"x", job_id="../../etc/passwd")
    with pytest.raises(PrintDocumentInvalid, match="没有内容"):
        q.add(data=b"", job_id="empty")


def test_cancelled_job_is_not_printed(sim):
    sim.paper_out()
    p = ReceiptPrinter(NetworkConnection("127.0.0.1", sim.port), width_mm=58, retry_interval=0.1)
    try:
        with pytest.raises(PaperOut):
            p.print_document(ticket(), job_id="A070")
        assert p.cancel("A070").state.value == "cancelled"
        sim.restore()
        time.sleep(0.4)
        assert sim.jobs == [] and p.pending_jobs() == []
    finally:
        p.close()


def test_serial_printer_through_a_pty_with_paper_out_and_recovery():
    with SimulatedPrinter(pty=True) as sim:
        p = ReceiptPrinter(
            SerialConnection(sim.serial_path, baudrate=115200), width_mm=80, retry_interval=0.1
        )
        try:
            doc = document_for(sample_receipt())
            sim.paper_out()
            with pytest.raises(PaperOut):
                p.print_document(doc)
            sim.restore()
            (job,) = sim.wait_for_jobs(1)
            assert job.data == p.render(doc) and format_case_no(sample_receipt().case_no) in job.text
            time.sleep(0.3)
            assert len(sim.jobs) == 1
        finally:
            p.close()


def test_file_connection_prints_but_reports_status_unknown(tmp_path):
    out = tmp_path / "lp0"
    p = ReceiptPrinter(FileConnection(out), width_mm=58)
    try:
        p.print_document(ticket())
        assert out.read_bytes() == p.render(ticket())
        assert p.health().state is HealthState.DEGRADED and "状态未知" in p.health().reason
    finally:
        p.close()


def test_dummy_connection_collects_bytes():
    conn = DummyConnection()
    p = ReceiptPrinter(conn, width_mm=80)
    try:
        p.print_laid_out(layout_for(sample_receipt()))
        assert conn.output == p.render(document_for(sample_receipt()))
    finally:
        p.close()


def test_document_for_the_wrong_paper_width_is_refused_before_queueing():
    p = ReceiptPrinter(DummyConnection(), width_mm=58)
    with pytest.raises(PrintDocumentInvalid, match="80 毫米"):
        p.submit(ticket(width=PaperWidth.MM80))
    assert p.pending_jobs() == []


def test_health_poll_notices_paper_out_before_anyone_prints(sim, events):
    p = ReceiptPrinter(
        NetworkConnection("127.0.0.1", sim.port), width_mm=58, poll_interval=0.1, **events.kwargs()
    )
    p.open()
    try:
        assert wait_until(lambda: p.health().state is HealthState.OK)
        sim.paper_out()
        assert wait_until(lambda: p.health().state is HealthState.OFFLINE)
        assert "缺纸" in p.health().reason
    finally:
        p.close()


def test_check_status_reports_each_sensor(printer, sim):
    sim.paper_near_end()
    status = printer.check_status()
    assert status.online and status.paper.value == "near_end"
    sim.restore()
    sim.cover_open()
    status = printer.check_status()
    assert status.online is False and status.cover_open


def test_closing_keeps_waiting_jobs_on_disk(sim, tmp_path):
    sim.paper_out()
    p = ReceiptPrinter(NetworkConnection("127.0.0.1", sim.port), width_mm=58, spool_dir=tmp_path / "s")
    with pytest.raises(PaperOut):
        p.print_document(ticket())
    thread = next(t for t in threading.enumerate() if t.name == "printer:receipt-printer")
    p.close()
    assert not thread.is_alive()
    assert len(PrintQueue(tmp_path / "s").pending()) == 1


def test_spool_directory_is_private(tmp_path):
    PrintQueue(tmp_path / "spool")
    assert (Path(tmp_path / "spool").stat().st_mode & 0o777) == 0o700


def test_escpos_capabilities_are_parsed_once_and_kept(tmp_path):
    """python-escpos would parse its capabilities YAML on every start (a new temporary
    directory each time); the printer package gives it a lasting cache instead."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k != "ESCPOS_CAPABILITIES_PICKLE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    code = "import os, devices.printer; print(os.environ['ESCPOS_CAPABILITIES_PICKLE_DIR'])"
    root = Path(__file__).resolve().parents[2]
    first = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True
    )
    cache = Path(first.stdout.strip())
    assert cache == tmp_path / "cache" / "yimen" / "escpos"
    pickles = list(cache.glob("*.capabilities.pickle"))
    assert len(pickles) == 1 and (cache.stat().st_mode & 0o777) == 0o700
    before = pickles[0].stat().st_mtime_ns
    subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True
    )
    assert pickles[0].stat().st_mtime_ns == before  # read, not written again


def test_an_escpos_cache_directory_others_can_write_to_is_not_used(tmp_path, monkeypatch):
    """The capabilities cache is a pickle, loaded as code: a group- or world-writable
    directory is refused and python-escpos keeps its own temporary one."""
    import os

    from devices.printer import escpos_cache

    monkeypatch.delenv(escpos_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    target = escpos_cache.lasting_cache_dir()
    target.mkdir(parents=True)
    target.chmod(0o777)
    assert escpos_cache.use_lasting_capabilities_cache() is None
    assert escpos_cache.ENV not in os.environ
    target.chmod(0o700)
    assert escpos_cache.use_lasting_capabilities_cache() == target
    assert os.environ[escpos_cache.ENV] == str(target)


def test_a_bad_job_id_is_refused_on_the_callers_thread_before_queueing():
    p = ReceiptPrinter(DummyConnection(), width_mm=58)
    with pytest.raises(PrintDocumentInvalid, match="不允许的字符"):
        p.submit(ticket(), job_id="../A001")
    with pytest.raises(PrintDocumentInvalid, match="不允许的字符"):
        p.submit_laid_out(layout_for(sample_ticket()), job_id="A 001")
    assert p.pending_jobs() == []


def test_rendering_on_the_printer_thread_imports_nothing_new() -> None:
    """The printer thread renders; a module imported there for the first time would go
    through shiboken's import hook off the main thread (not thread-safe in PySide6 6.12).
    Importing the driver must load everything rendering needs, in every printer mode."""
    import subprocess
    import sys

    script = """
import sys
from devices.printer.connections import DummyConnection
from devices.printer.driver import ReceiptPrinter
from shared.services.slip_samples import sample_receipt, sample_ticket
from shared.services.slip_templates import layout_for
before = set(sys.modules)
for chinese_font in (True, False):
    for native_qr in (True, False):
        for mm in (58, 80):
            p = ReceiptPrinter(DummyConnection(), width_mm=mm, chinese_font=chinese_font, native_qr=native_qr)
            for slip in (sample_ticket(), sample_receipt()):
                p.render(layout_for(slip)(p.paper))
print(sorted(set(sys.modules) - before))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]", f"rendering imported modules on first use: {out.stdout}"
