"""A receipt printer simulated over real OS plumbing: a loopback TCP port (like a
network printer's raw port 9100) and optionally a pty (like a serial printer).

It parses what it receives (``stream.EscPosStreamParser``), keeps each job's
bytes (a job ends at its cut), answers ``DLE EOT n`` status requests with the
bytes the ESC/POS spec defines, and can be put into faults:

- ``paper_near_end()``: prints, DLE EOT 4 reports near end;
- ``paper_out()`` / ``cover_open()``: DLE EOT 1 reports offline; received jobs wait in
  the buffer and come out after ``restore()``, as on a real printer;
- ``silent()``: prints but never answers a status request (printers without
  real-time status, a dead return channel);
- ``offline()``: power off: open connections drop and new ones are refused.

``main(argv)`` runs it for ``yimen devices sim printer [--port N]``.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import select
import signal
import socket
import threading
import time
import tty
from collections import deque
from collections.abc import Callable
from pathlib import Path

from devices.printer.stream import EscPosStreamParser, PrintedJob

log = logging.getLogger(__name__)

# DLE EOT replies (ESC/POS real-time status): bits 1 and 4 are fixed at 1, bits 0 and 7 at 0
STATUS_FIXED = 0x12
ONLINE_OFFLINE_BIT = 0x08  # n=1 bit 3: offline
OFFLINE_COVER_OPEN = 0x04  # n=2 bit 2: cover open
OFFLINE_PAPER_END_STOP = 0x20  # n=2 bit 5: printing stopped by paper end
PAPER_NEAR_END_BITS = 0x0C  # n=4 bits 2-3: roll paper near-end sensor
PAPER_END_BITS = 0x60  # n=4 bits 5-6: roll paper end sensor


class SimulatedPrinter:
    """Start with ``start()`` (or ``with``); ``port`` 0 picks a free port."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        pty: bool = False,
        on_job: Callable[[PrintedJob], None] | None = None,
        keep_jobs: int = 500,
    ) -> None:
        self.host = host
        self._requested_port = port
        self._want_pty = pty
        self._on_job = on_job
        self._lock = threading.Condition()
        # the last jobs only: a demo kiosk runs for days, and every slip kept would grow it
        self._jobs: deque[PrintedJob] = deque(maxlen=keep_jobs)
        self.printed_count = 0  # every job that came out, also those no longer kept
        self._held: list[PrintedJob] = []  # received while paper out / cover open
        self._errors: list[str] = []
        self.status_requests: list[int] = []
        self._paper = "ok"  # ok | near_end | out
        self._cover_open = False
        self._silent = False
        self._powered = False
        self._listener: socket.socket | None = None
        self._clients: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self.port = 0
        self.serial_path: str | None = None
        self._pty_master: int | None = None
        self._pty_slave: int | None = None

    # ---- life ---------------------------------------------------------------------------------

    def start(self) -> SimulatedPrinter:
        self._stopping.clear()
        self._power_on()
        if self._want_pty and self._pty_master is None:
            master, slave = os.openpty()
            # raw: no echo of our replies back into the stream, no CR/LF translation of job bytes
            tty.setraw(slave)
            self._pty_master, self._pty_slave = master, slave
            self.serial_path = os.ttyname(slave)
            self._spawn(self._serve_pty, "printer-sim-pty")
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._power_off()
        for fd in (self._pty_master, self._pty_slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._pty_master = self._pty_slave = None
        for t in self._threads:
            t.join(timeout=2)
        self._threads.clear()

    def __enter__(self) -> SimulatedPrinter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port

    # ---- faults -------------------------------------------------------------------------------

    def paper_out(self) -> None:
        with self._lock:
            self._paper = "out"

    def paper_near_end(self) -> None:
        with self._lock:
            self._paper = "near_end"

    def cover_open(self) -> None:
        with self._lock:
            self._cover_open = True

    def silent(self) -> None:
        with self._lock:
            self._silent = True

    def offline(self) -> None:
        """Power off: drop every connection, refuse new ones (the pty stays, unanswered)."""
        self._power_off()

    def restore(self) -> None:
        """Paper loaded, cover closed, answering, powered: held jobs come out now."""
        with self._lock:
            self._paper = "ok"
            self._cover_open = False
            self._silent = False
            held, self._held = self._held, []
        for job in held:
            self._printed(job)
        if not self._powered:
            self._power_on()

    # ---- what came out ------------------------------------------------------------------------

    @property
    def jobs(self) -> list[PrintedJob]:
        with self._lock:
            return list(self._jobs)

    @property
    def held_jobs(self) -> list[PrintedJob]:
        with self._lock:
            return list(self._held)

    @property
    def errors(self) -> list[str]:
        with self._lock:
            return list(self._errors)

    def wait_for_jobs(self, count: int, *, timeout: float = 5.0) -> list[PrintedJob]:
        """Block until at least ``count`` jobs have printed (or ``timeout``); returns the kept jobs."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self.printed_count < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._lock.wait(left)
            return list(self._jobs)

    def clear(self) -> None:
        with self._lock:
            self._jobs.clear()
            self.printed_count = 0
            self._errors.clear()
            self.status_requests.clear()

    # ---- status bytes -------------------------------------------------------------------------

    def status_byte(self, n: int) -> int | None:
        """The reply to DLE EOT n, or None when the printer stays silent."""
        with self._lock:
            if self._silent:
                return None
            out = self._paper == "out"
            if n == 1:
                return STATUS_FIXED | (ONLINE_OFFLINE_BIT if out or self._cover_open else 0)
            if n == 2:
                return (
                    STATUS_FIXED
                    | (OFFLINE_COVER_OPEN if self._cover_open else 0)
                    | (OFFLINE_PAPER_END_STOP if out else 0)
                )
            if n == 3:
                return STATUS_FIXED  # no cutter or unrecoverable errors simulated
            if n == 4:
                if out:
                    return STATUS_FIXED | PAPER_NEAR_END_BITS | PAPER_END_BITS
                return STATUS_FIXED | (PAPER_NEAR_END_BITS if self._paper == "near_end" else 0)
            return None  # other n values are not defined: a printer ignores them

    # ---- plumbing -----------------------------------------------------------------------------

    def _spawn(self, target: Callable[..., None], name: str, *args: object) -> None:
        t = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads = [x for x in self._threads if x.is_alive()]
        self._threads.append(t)
        t.start()

    def _power_on(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # after offline() the printer comes back on the same port, like a real one
        listener.bind((self.host, self.port or self._requested_port))
        listener.listen(4)
        listener.settimeout(0.1)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._powered = True
        self._spawn(self._accept_loop, f"printer-sim-accept:{self.port}", listener)

    def _power_off(self) -> None:
        self._powered = False
        listener, self._listener = self._listener, None
        if listener is not None:
            # shutdown first: a close() alone leaves the socket listening until the
            # accept() blocked in the other thread returns
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            clients, self._clients = self._clients, set()
        for c in clients:
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
            c.close()

    def _accept_loop(self, listener: socket.socket) -> None:
        while not self._stopping.is_set() and self._listener is listener:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # listener closed: powered off
            conn.settimeout(None)
            with self._lock:
                self._clients.add(conn)
            self._spawn(self._serve_client, f"printer-sim-conn:{self.port}", conn)

    def _serve_client(self, conn: socket.socket) -> None:
        parser = self._parser(lambda byte: conn.sendall(bytes([byte])))
        try:
            while True:
                data = conn.recv(65536)
                if not data:
                    break
                parser.feed(data)
        except OSError:
            pass
        finally:
            with self._lock:
                self._clients.discard(conn)
            conn.close()

    def _serve_pty(self) -> None:
        master = self._pty_master
        assert master is not None
        parser = self._parser(lambda byte: os.write(master, bytes([byte])))
        while not self._stopping.is_set():
            try:
                ready, _, _ = select.select([master], [], [], 0.1)
                if not ready:
                    continue
                data = os.read(master, 65536)
            except OSError:
                if self._stopping.is_set():
                    return
                time.sleep(0.05)  # EIO while no one has the slave open
                continue
            if self._powered and data:
                parser.feed(data)

    def _parser(self, reply: Callable[[int], object]) -> EscPosStreamParser:
        def on_status(n: int) -> None:
            with self._lock:
                self.status_requests.append(n)
            byte = self.status_byte(n)
            if byte is not None:
                with contextlib.suppress(OSError):
                    reply(byte)

        def on_error(message: str) -> None:
            with self._lock:
                self._errors.append(message)

        return EscPosStreamParser(on_job=self._received, on_status_request=on_status, on_error=on_error)

    def _received(self, job: PrintedJob) -> None:
        with self._lock:
            if self._paper == "out" or self._cover_open:
                self._held.append(job)
                return
        self._printed(job)

    def _printed(self, job: PrintedJob) -> None:
        with self._lock:
            self._jobs.append(job)
            self.printed_count += 1
            self._lock.notify_all()
        if self._on_job:
            self._on_job(job)


def main(argv: list[str] | None = None) -> int:
    """``yimen devices sim printer``: run a simulated receipt printer until Ctrl-C."""
    ap = argparse.ArgumentParser(
        prog="yimen devices sim printer", description="模拟小票打印机（ESC/POS，TCP 9100）"
    )
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=9100)
    ap.add_argument("--pty", action="store_true", help="同时提供一个串口（pty）")
    ap.add_argument("--out", type=Path, help="把每个打印任务的原始字节保存到此目录")
    args = ap.parse_args(argv)

    counter = 0

    def show(job: PrintedJob) -> None:
        nonlocal counter
        counter += 1
        if args.out:  # saved before it is announced: whoever reads the line finds the file
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"job-{counter:04d}.bin").write_bytes(job.data)
        print(
            f"--- 打印任务 {counter}: {len(job.data)} 字节，二维码 {len(job.qr_payloads)}, 图像 {job.raster_images}, 切纸 {job.cut}"
        )
        print(job.text, flush=True)

    # "按 Ctrl-C 退出" holds however it was started: a shell without job control (a script's
    # `… &`) starts background commands with SIGINT ignored, and Python then leaves it so
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sim = SimulatedPrinter(host=args.host, port=args.port, pty=args.pty, on_job=show)
    # Ctrl-C may come as soon as the port is announced, before the wait below has begun:
    # the whole life of the simulator is inside the try, so it always ends through stop()
    try:
        try:
            sim.start()
        except OSError as e:
            print(f"无法在 {args.host}:{args.port} 监听：{e}。请换一个端口 (--port)。", flush=True)
            return 2
        print(f"模拟打印机已启动：tcp://{args.host}:{sim.port}", flush=True)
        if sim.serial_path:
            print(f"串口：{sim.serial_path}", flush=True)
        print("按 Ctrl-C 退出。", flush=True)
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
