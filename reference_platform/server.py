"""The reference platform as a real HTTP server (standard library, HTTP/1.1 keep-alive).

Every request goes: read body (capped) → injected latency / 503 → authenticate
(signature, clock window, nonce) → route → sign the answer. A mutating request may
be "dropped after commit" on purpose: the store has committed, then the socket is
closed without a byte of answer, which is exactly what a flapping village link does.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from reference_platform import api
from reference_platform.certificates import CertificateAuthority
from reference_platform.config import LOOPBACK, PlatformConfig
from reference_platform.seed import demo_catalog_documents, seed_store
from reference_platform.store import PlatformStore
from shared.domain.errors import ConfigError
from shared.protocol import messages as p
from shared.protocol import signing as s

log = logging.getLogger(__name__)


class _AuthRefused(Exception):
    def __init__(self, code: p.AuthFailure, message: str, secret: bytes | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.secret = code, message, secret


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    platform: ReferencePlatform

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A peer that goes away mid-request (a village link dropping, a kiosk switched off)
        is one log line, not a traceback on stderr; anything else is logged with its trace."""
        exc = sys.exc_info()[1]
        peer = client_address[0] if isinstance(client_address, tuple) and client_address else "?"
        if isinstance(exc, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError, TimeoutError)):
            log.info("connection from %s closed by the peer mid-request (%s)", peer, type(exc).__name__)
            return
        log.error("request from %s failed", peer, exc_info=exc)

    def drop_all_connections(self) -> None:
        with self.sockets_lock:
            socks = list(self.open_sockets)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 30  # an idle keep-alive connection is closed after this

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _handle(self) -> None:
        platform = self.server.platform
        cfg = platform.config
        faults = cfg.faults
        length = self.headers.get("Content-Length", "0")
        if not length.isdigit():
            self._send(400, {"error": {"code": "invalid_request", "message": "Content-Length 无效"}})
            return
        if int(length) > cfg.max_request_bytes:
            self.close_connection = True
            self._send(
                413, {"error": {"code": "too_large", "message": f"请求体超过 {cfg.max_request_bytes} 字节"}}
            )
            return
        body = self.rfile.read(int(length)) if int(length) else b""
        if faults.latency_ms[1] > 0:
            time.sleep(platform.random_uniform(*faults.latency_ms) / 1000)
        if faults.error_5xx_rate and platform.random() < faults.error_5xx_rate:
            self._send(503, {"error": {"code": "unavailable", "message": "平台维护中（注入的故障）"}})
            return
        now = platform.now()
        try:
            caller, secret, nonce = self._authenticate(platform, body, now)
        except _AuthRefused as e:
            self._send(
                401,
                {"error": {"code": e.code.value, "message": e.message, "server_time": int(now)}},
                secret=e.secret,
                nonce=self.headers.get(s.HEADER_NONCE, ""),
                now=now,
            )
            return
        parts = urlsplit(self.path)
        req = api.Request(self.command, parts.path, dict(parse_qsl(parts.query)), body, caller, now)
        try:
            handler, match, mutating = api.route(self.command, parts.path)
            status, value = handler(platform.context, req, match)
        except api.ApiError as e:
            status, value, mutating = e.status, {"error": {"code": e.code, "message": e.message}}, False
        except Exception:
            log.exception("reference platform failed on %s %s", self.command, parts.path)
            status, value, mutating = 500, {"error": {"code": "internal", "message": "平台内部错误"}}, False
        if _cut_catalog_page(faults.stall_catalog_page_at_offset, parts.path, req.query):
            held_until = time.monotonic() + STALL_LIMIT_S
            while (
                platform.config.faults.stall_catalog_page_at_offset is not None
                and time.monotonic() < held_until
            ):
                time.sleep(0.02)
        if _cut_catalog_page(faults.drop_catalog_page_at_offset, parts.path, req.query):
            # the link dies in the middle of a catalog download
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if (
            mutating
            and status == 200
            and faults.drop_after_commit_rate
            and platform.random() < faults.drop_after_commit_rate
        ):
            # committed, and the answer is lost on the way: the client must resend and get "duplicate"
            platform.dropped_after_commit += 1
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._send(status, value, secret=secret, nonce=nonce, now=now)

    def _authenticate(
        self, platform: ReferencePlatform, body: bytes, now: float
    ) -> tuple[api.Caller, bytes, str]:
        h = self.headers
        app_key, ts, nonce, sig = (
            h.get(x) for x in (s.HEADER_APP_KEY, s.HEADER_TIMESTAMP, s.HEADER_NONCE, s.HEADER_SIGNATURE)
        )
        if not (app_key and ts and nonce and sig):
            raise _AuthRefused(p.AuthFailure.MISSING_HEADERS, "缺少签名头")
        known = platform.store.terminal_key(app_key)
        if known is None:
            raise _AuthRefused(p.AuthFailure.UNKNOWN_APP_KEY, "AppKey 未登记")
        secret, terminal_id, disabled = known
        if not s.is_well_formed_nonce(nonce):
            raise _AuthRefused(p.AuthFailure.BAD_NONCE, "随机数格式不正确（应为32位小写十六进制）", secret)
        if not ts.isdigit():
            raise _AuthRefused(p.AuthFailure.CLOCK_SKEW, "时间戳格式不正确", secret)
        # a stale timestamp is said as such first: the terminal's clock is what needs fixing,
        # whatever else is wrong (a replayed capture, a clock hours off), and saying so gives
        # nothing away (the answer carries the server's time anyway)
        if abs(int(ts) - now) > s.CLOCK_WINDOW_S:
            raise _AuthRefused(
                p.AuthFailure.CLOCK_SKEW,
                f"请求时间与平台相差 {int(ts) - now:+.0f} 秒，超过 ±{s.CLOCK_WINDOW_S} 秒",
                secret,
            )
        if not s.request_signature_matches(
            secret=secret,
            method=self.command,
            path_with_query=self.path,
            timestamp=int(ts),
            nonce=nonce,
            body=body,
            signature=sig,
        ):
            raise _AuthRefused(p.AuthFailure.BAD_SIGNATURE, "签名不正确", secret)
        if disabled:
            raise _AuthRefused(p.AuthFailure.TERMINAL_DISABLED, "终端已停用", secret)
        # the nonce is remembered only once the signature holds, so garbage cannot use up nonces
        if not platform.store.remember_nonce(
            app_key=app_key, nonce=nonce, now=now, window_s=s.CLOCK_WINDOW_S
        ):
            raise _AuthRefused(p.AuthFailure.NONCE_REUSED, "随机数已使用过（疑似重放）", secret)
        return api.Caller(app_key=app_key, terminal_id=terminal_id), secret, nonce

    def _send(
        self,
        status: int,
        value: Any,
        *,
        secret: bytes | None = None,
        nonce: str = "",
        now: float | None = None,
    ) -> None:
        ctype = "application/json; charset=utf-8"
        if isinstance(value, api.RawBody):
            data, ctype = value.data, value.content_type
        elif isinstance(value, bytes):
            data = value
        else:
            data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            if secret is not None and nonce:
                ts = int(now if now is not None else time.time())
                self.send_header(s.HEADER_TIMESTAMP, str(ts))
                self.send_header(s.HEADER_NONCE, nonce)
                self.send_header(
                    s.HEADER_SIGNATURE,
                    s.sign_response(
                        secret=secret, status=status, timestamp=ts, request_nonce=nonce, body=data
                    ),
                )
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True


STALL_LIMIT_S = 60.0  # a stalled catalog page is answered after this at the latest


def _cut_catalog_page(from_offset: int | None, path: str, query: dict[str, str]) -> bool:
    if from_offset is None or not path.startswith("/v1/catalog/versions/"):
        return False
    offset = query.get("offset", "0")
    return offset.isdigit() and int(offset) >= from_offset


class ReferencePlatform:
    """A running (or stoppable) reference platform around one SQLite file.

    ``start_in_thread()`` returns the base URL; ``stop()`` closes the socket and every open
    connection; ``restart()`` does both and comes back on the same port with the same store,
    as a crashed and restarted platform would.
    """

    def __init__(self, config: PlatformConfig) -> None:
        if config.host != LOOPBACK and config.host != "localhost" and not config.allow_non_loopback:
            raise ConfigError(
                f"参考平台只用于开发和测试，默认只监听本机（收到 {config.host}）。",
                hint="确需对外监听时在配置中设置 allow_non_loopback = true。",
            )
        self.config = config
        self.dropped_after_commit = 0
        self._rng = random.Random(config.faults.seed)
        self._rng_lock = threading.Lock()
        self.store = PlatformStore(config.db_path)
        self.authority = CertificateAuthority(self.store, licence_issuer_key=config.licence_issuer_key)
        self._seed()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self._port = config.port

    # ------------------------------------------------------------ state

    @property
    def context(self) -> api.Context:
        return api.Context(self.store, self.config, self._rng, self.authority)

    def now(self) -> float:
        return time.time() + self.config.faults.clock_skew_s

    def random(self) -> float:
        with self._rng_lock:
            return self._rng.random()

    def random_uniform(self, a: float, b: float) -> float:
        with self._rng_lock:
            return self._rng.uniform(a, b)

    def set_faults(self, **changes: Any) -> None:
        """Change injected faults while running (tests flip them between phases)."""
        self.config = self.config.with_faults(**changes)
        if "seed" in changes:
            self._rng = random.Random(changes["seed"])

    def set_backoffice(self, backoffice: Any) -> None:
        from dataclasses import replace

        self.config = replace(self.config, backoffice=backoffice)

    def _seed(self) -> None:
        for key in self.config.terminals:
            self.store.put_terminal_key(app_key=key.app_key, secret=key.secret, terminal_id=key.terminal_id)
        if self.store.catalog_current() is None:
            if self.config.catalog_documents is not None:
                docs, label = [dict(d) for d in self.config.catalog_documents], self.config.catalog_label
            else:
                docs, label = demo_catalog_documents()
            self.store.publish_catalog(docs, label=label, now=time.time())
        item_codes = [
            r[0]
            for r in self.store.read(
                "SELECT code FROM catalog_items WHERE kind = 'item' ORDER BY code LIMIT 10"
            )
        ]
        today = datetime.now(UTC).date()
        seed_store(self.store, today=today, hall_codes=self.config.hall_codes, item_codes=item_codes)

    def publish_catalog(self, documents: list[dict[str, Any]], *, label: str = "") -> int:
        return self.store.publish_catalog(documents, label=label, now=time.time())

    def add_terminal(self, *, app_key: str, secret: str, terminal_id: str) -> None:
        self.store.put_terminal_key(app_key=app_key, secret=secret, terminal_id=terminal_id)

    # ------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        scheme = "https" if self.config.tls_cert else "http"
        return f"{scheme}://{self.config.host}:{self._port}"

    def _bind(self) -> _Server:
        httpd = _Server((self.config.host, self._port), _Handler)
        httpd.platform = self
        if self.config.tls_cert:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.load_cert_chain(self.config.tls_cert, self.config.tls_key)
            httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
        self._port = httpd.server_address[1]
        return httpd

    def start_in_thread(self) -> str:
        if self._httpd is not None:
            return self.base_url
        self._httpd = self._bind()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="yimen-reference-platform",
            daemon=True,
        )
        self._thread.start()
        log.info("reference platform listening on %s", self.base_url)
        return self.base_url

    def serve_forever(self, *, on_listening: Callable[[str], None] | None = None) -> None:
        """Serve on the calling thread until interrupted (the CLI); ``on_listening(base_url)``
        once the socket is bound (with ``port = 0`` only then is the port known)."""
        self._httpd = self._bind()
        if on_listening is not None:
            on_listening(self.base_url)
        try:
            self._httpd.serve_forever(poll_interval=0.2)
        finally:
            self._httpd.server_close()
            self.store.close()

    def stop(self, *, close_store: bool = True) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd.drop_all_connections()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._httpd, self._thread = None, None
        if close_store:
            self.store.close()

    def restart(self, *, down_for_s: float = 0.0) -> str:
        """Stop (dropping every connection), optionally stay down, reopen the store, listen again."""
        self.stop()
        if down_for_s:
            time.sleep(down_for_s)
        self.store = PlatformStore(self.config.db_path)
        self.authority = CertificateAuthority(self.store, licence_issuer_key=self.config.licence_issuer_key)
        return self.start_in_thread()
