"""Helpers shared by the hall tests."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from zoneinfo import ZoneInfo

import psycopg

from offline_store import Store
from offline_store.hall.events import pg_conninfo
from shared.services.clock import ManualClock
from shared.services.context import HallContext

TZ = ZoneInfo("Asia/Shanghai")
OPEN_MORNING = datetime(2026, 11, 17, 10, 0, tzinfo=TZ)  # a Tuesday, windows open
PERSON_A = "532822199803150028"
PERSON_B = "11010519491231002X"
PERSON_C = "440524188001010014"
INSURED_PROOF = "11532822MB153717693000010040000"  # 个人参保证明查询打印: 查询打印, never a case
ELDER_CARD = "11532822MB179686463000080020000"  # 老年人优待证办理: a kiosk 申请, the card is enough
LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认


@contextmanager
def terminal_context(settings, *, clock: ManualClock | None = None):
    """The HallContext a terminal builds from its own config file (its own database role)."""
    store = Store.open(settings.store)
    try:
        yield HallContext(settings=settings, store=store, clock=clock or ManualClock(OPEN_MORNING))
    finally:
        store.close()


def connect_as(settings) -> psycopg.Connection:
    """A raw psycopg connection with the terminal's credentials (autocommit)."""
    return psycopg.connect(pg_conninfo(settings.store.url, application_name="yimen-test"), autocommit=True)


class FlakyProxy:
    """A loopback TCP proxy in front of PostgreSQL that can make the server "go away": it
    resets every connection and refuses new ones for a while, as a LAN outage or a server
    restart looks to a terminal (connection refused, then connections reset)."""

    def __init__(self, host: str, port: int, *, listen_port: int = 0) -> None:
        import socket
        import threading

        self._target = (host, port)
        self._socket = socket
        self._lock = threading.Lock()
        self._conns: list = []
        self._listener = None
        self.port = listen_port
        # set once an outage has cut every connection and closed the port, cleared when the
        # port opens again: a test waits on it instead of sleeping until the cut "has happened"
        self.down = threading.Event()
        self._open()

    @staticmethod
    def free_port() -> int:
        """A port to give forked terminals before the proxy opens it (a listening socket
        inherited by a child would keep the port busy through an outage)."""
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    def _open(self) -> None:
        import threading

        s = self._socket.socket()
        s.setsockopt(self._socket.SOL_SOCKET, self._socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", self.port))
        s.listen(64)
        self.port = s.getsockname()[1]
        self._listener = s
        self.down.clear()
        threading.Thread(target=self._accept, args=(s,), daemon=True).start()

    def _accept(self, listener) -> None:
        import threading

        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # listener closed: the outage began
            try:
                upstream = self._socket.create_connection(self._target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src, dst) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(self._socket.SHUT_RDWR)
            except OSError:
                pass

    def _stop_listening(self, listener) -> None:
        # close() alone does not wake a thread blocked in accept(): the kernel would keep the
        # port listening; shutdown() does wake it, and then the port refuses connections
        try:
            listener.shutdown(self._socket.SHUT_RDWR)
        except OSError:
            pass
        listener.close()

    def outage(self, seconds: float) -> None:
        """Cut every connection, refuse new ones for ``seconds``, then listen again (run it on
        a thread of its own and wait for :attr:`down`)."""
        import time

        with self._lock:
            conns, self._conns = self._conns, []
            listener, self._listener = self._listener, None
        self._stop_listening(listener)
        for s in conns:
            try:
                s.shutdown(self._socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass
        self.down.set()
        time.sleep(seconds)  # the length of the outage itself, not a synchronisation
        self._open()

    def close(self) -> None:
        with self._lock:
            conns, self._conns = self._conns, []
            listener, self._listener = self._listener, None
        if listener is not None:
            self._stop_listening(listener)
        for s in conns:
            try:
                s.close()
            except OSError:
                pass
