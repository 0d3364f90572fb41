"""The simulated printer over a real loopback socket and a real pty, read by python-escpos' own classes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from escpos.printer import Network, Serial
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.printer.escpos_render import render_bytes, render_escpos
from devices.printer.layout import PaperWidth
from devices.printer.simulator import SimulatedPrinter
from devices.printer.stream import EscPosStreamParser, PrintedJob
from shared.services.slip_samples import sample_documents, sample_ticket
from shared.services.slip_templates import document_for

ROOT = Path(__file__).resolve().parents[2]
TICKET = document_for(sample_ticket(), width=PaperWidth.MM58)


def wait_until(condition, timeout: float = 3.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


@pytest.fixture
def sim():
    with SimulatedPrinter() as printer:
        yield printer


def test_status_replies_follow_the_spec_as_python_escpos_reads_them(sim):
    p = Network("127.0.0.1", sim.port, timeout=2)
    p.open()
    try:
        assert p.is_online() and p.paper_status() == 2
        sim.paper_near_end()
        assert p.is_online() and p.paper_status() == 1
        sim.paper_out()
        assert not p.is_online() and p.paper_status() == 0
        sim.restore()
        sim.cover_open()
        assert not p.is_online() and p.paper_status() == 2
    finally:
        p.close()
    assert sim.status_requests.count(1) == 4 and sim.status_requests.count(4) == 4


def test_raw_status_bytes(sim):
    assert [sim.status_byte(n) for n in (1, 2, 3, 4)] == [0x12, 0x12, 0x12, 0x12]
    sim.paper_out()
    assert [sim.status_byte(n) for n in (1, 2, 4)] == [0x1A, 0x32, 0x7E]
    sim.restore()
    sim.paper_near_end()
    assert sim.status_byte(4) == 0x1E
    sim.silent()
    assert sim.status_byte(1) is None


def test_jobs_printed_through_network_are_kept_byte_for_byte(sim):
    p = Network("127.0.0.1", sim.port, timeout=2)
    render_escpos(TICKET, p)
    p.close()
    (job,) = sim.wait_for_jobs(1)
    assert job.data == render_bytes(TICKET)
    assert "A023" in job.text and job.cut == "full"
    assert sim.errors == []


def test_a_long_running_simulator_keeps_only_its_last_jobs():
    """A demo kiosk prints for days: the simulator counts every job but keeps the last few."""
    with SimulatedPrinter(keep_jobs=3) as printer:
        data = render_bytes(TICKET)
        with socket.create_connection(("127.0.0.1", printer.port), timeout=2) as conn:
            for _ in range(5):
                conn.sendall(data)
        jobs = printer.wait_for_jobs(5)
        assert printer.printed_count == 5
        assert len(jobs) == 3 and all(j.data == data for j in jobs)


def test_serial_printer_on_a_pty_answers_and_prints():
    with SimulatedPrinter(pty=True) as sim:
        assert sim.serial_path and os.path.exists(sim.serial_path)
        p = Serial(sim.serial_path, baudrate=115200, timeout=0.3)  # read(16) waits this long for each status
        p.open()
        try:
            assert p.is_online() and p.paper_status() == 2
            render_escpos(TICKET, p)
            (job,) = sim.wait_for_jobs(1)
            assert job.data == render_bytes(TICKET)  # raw pty: no CR/LF translation, no echo
        finally:
            p.close()


def test_jobs_received_while_out_of_paper_wait_and_come_out_at_restore(sim):
    sim.paper_out()
    p = Network("127.0.0.1", sim.port, timeout=2)
    render_escpos(TICKET, p)
    p.close()
    assert wait_until(lambda: len(sim.held_jobs) == 1)
    assert sim.jobs == []
    sim.restore()
    assert len(sim.wait_for_jobs(1)) == 1 and sim.held_jobs == []


def test_offline_refuses_connections_and_restore_comes_back_on_the_same_port(sim):
    port = sim.port
    sim.offline()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1)
    sim.restore()
    assert sim.port == port
    socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_silent_printer_prints_but_never_answers(sim):
    sim.silent()
    with socket.create_connection(sim.address, timeout=1) as s:
        s.sendall(b"\x10\x04\x01")
        s.settimeout(0.3)
        with pytest.raises(TimeoutError):
            s.recv(1)
        s.sendall(render_bytes(TICKET))
    assert len(sim.wait_for_jobs(1)) == 1


def test_command_bytes_inside_an_image_are_not_commands():
    jobs: list[PrintedJob] = []
    requests: list[int] = []
    parser = EscPosStreamParser(on_job=jobs.append, on_status_request=requests.append)
    image_row = b"\x10\x04\x01\x1dV\x00\x1c&"  # DLE EOT 1, GS V 0, FS & hidden in raster data
    parser.feed(b"\x1b@\x1dv0\x00" + bytes([8, 0, 1, 0]) + image_row + b"OK\n\x1dV\x00")
    assert requests == []
    assert len(jobs) == 1 and jobs[0].raster_images == 1 and jobs[0].text == "OK"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])  # no wall clock
@given(st.lists(st.integers(1, 300), min_size=1, max_size=60), st.sampled_from(list(sample_documents())))
def test_parsing_does_not_depend_on_how_the_stream_is_chunked(cuts, stem):
    data = render_bytes(sample_documents()[stem], chinese_font=stem.endswith("58mm"))
    whole: list[PrintedJob] = []
    EscPosStreamParser(on_job=whole.append).feed(data)
    pieces: list[PrintedJob] = []
    parser = EscPosStreamParser(on_job=pieces.append)
    pos = 0
    for n in cuts:
        parser.feed(data[pos : pos + n])
        pos += n
    parser.feed(data[pos:])
    assert [(j.data, j.lines, j.qr_payloads, j.raster_images) for j in pieces] == [
        (j.data, j.lines, j.qr_payloads, j.raster_images) for j in whole
    ]


@settings(deadline=None)  # the parser is measured in benchmarks, not timed here
@given(st.binary(max_size=400))
def test_parser_survives_arbitrary_bytes(data):
    jobs: list[PrintedJob] = []
    parser = EscPosStreamParser(on_job=jobs.append)
    parser.feed(data)
    assert sum(len(j.data) for j in jobs) + len(parser.pending) <= len(data)


def _simulator_cli(out: Path, *, sigint_ignored: bool = False) -> subprocess.Popen:
    """``python -m devices.printer.simulator`` on a free port, saving its jobs under ``out``;
    ``sigint_ignored`` starts it as a shell without job control starts a background command
    (SIGINT ignored, which the child inherits)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN if sigint_ignored else signal.default_int_handler)
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "devices.printer.simulator", "--port", "0", "--out", str(out)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        signal.signal(signal.SIGINT, previous)


def test_cli_main_announces_the_port_prints_jobs_and_stops_on_ctrl_c(tmp_path):
    proc = _simulator_cli(tmp_path)
    try:
        first = proc.stdout.readline()
        assert first.startswith("模拟打印机已启动：tcp://127.0.0.1:"), first
        port = int(first.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            s.sendall(render_bytes(TICKET))
        lines = [proc.stdout.readline() for _ in range(3)]
        assert any("打印任务 1" in line for line in lines), lines
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    assert (tmp_path / "job-0001.bin").read_bytes() == render_bytes(TICKET)


def test_cli_main_stopped_as_soon_as_it_announces_its_port_exits_cleanly(tmp_path):
    """Ctrl-C right after the port line (a script that only needed the port) still ends
    through stop(): exit 0, not a KeyboardInterrupt traceback from before the wait began."""
    proc = _simulator_cli(tmp_path)
    try:
        first = proc.stdout.readline()
        assert first.startswith("模拟打印机已启动：tcp://127.0.0.1:"), first
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=10)
    assert code == 0, proc.stderr.read()
    assert "Traceback" not in proc.stderr.read()


def test_cli_main_stops_on_ctrl_c_even_when_started_with_sigint_ignored(tmp_path):
    """A script's ``… &`` (no job control) starts the simulator with SIGINT ignored; it still
    stops on SIGINT as its banner promises (a whole soak of the suite once left two simulators
    running and failed on this)."""
    proc = _simulator_cli(tmp_path, sigint_ignored=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith("模拟打印机已启动：tcp://127.0.0.1:"), first
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
    assert code == 0, proc.stderr.read()
