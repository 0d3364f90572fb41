"""A tiny raw-socket HTTP server that answers whatever bytes a test wants (garbage included)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

from shared.protocol.signing import HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign_response

Responder = Callable[[dict[str, str], bytes, socket.socket], None]


class RawServer:
    def __init__(self, responder: Responder) -> None:
        self.responder = responder
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.requests = 0
        self._closing = False
        self._thread = threading.Thread(target=self._serve, name="raw-http", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._closing:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
            length = int(headers.get("content-length", "0"))
            while len(body) < length:
                body += conn.recv(65536)
            self.requests += 1
            try:
                self.responder(headers, body, conn)
            except OSError:
                pass

    def close(self) -> None:
        self._closing = True
        self.sock.close()


def http_response(
    status: int, body: bytes, *, content_type: str = "application/json", extra: dict[str, str] | None = None
) -> bytes:
    head = [
        f"HTTP/1.1 {status} X",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
    ]
    head += [f"{k}: {v}" for k, v in (extra or {}).items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def signed_headers(
    secret: bytes, request_headers: dict[str, str], status: int, body: bytes
) -> dict[str, str]:
    nonce = request_headers.get(HEADER_NONCE.lower(), "")
    ts = 1_700_000_000
    return {
        HEADER_TIMESTAMP: str(ts),
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: sign_response(
            secret=secret, status=status, timestamp=ts, request_nonce=nonce, body=body
        ),
    }
