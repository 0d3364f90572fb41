"""The client against a raw socket server: garbage, oversized, unsigned and cut answers are typed errors."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator

import pytest

from offline_store.sync.client import PlatformClient
from offline_store.sync.errors import PlatformProtocolError, PlatformRequestRefused, PlatformUnavailable
from shared.protocol.credentials import PlatformCredentials
from tests.support.raw_http import RawServer, http_response, signed_headers
from tests.support.sync import SECRET_A

KEY = SECRET_A.encode()


@pytest.fixture
def raw() -> Iterator[Callable[..., tuple[RawServer, PlatformClient]]]:
    made: list[tuple[RawServer, PlatformClient]] = []

    def make(responder, **client_kw):  # type: ignore[no-untyped-def]
        server = RawServer(responder)
        client = PlatformClient(
            base_url=server.url,
            credentials=PlatformCredentials("AK-T-0001", KEY),
            terminal_id="T-0001",
            **client_kw,
        )
        made.append((server, client))
        return server, client

    yield make
    for server, client in made:
        client.close()
        server.close()


def _signed(status: int, body: bytes, **kw):  # type: ignore[no-untyped-def]
    def respond(headers, _body, conn):  # type: ignore[no-untyped-def]
        conn.sendall(http_response(status, body, extra=signed_headers(KEY, headers, status, body), **kw))

    return respond


def test_well_formed_signed_answer_is_accepted(raw) -> None:  # type: ignore[no-untyped-def]
    body = b'{"protocol_version":"v1","server_time":1,"platform_name":"x"}'
    _server, client = raw(_signed(200, body))
    assert client.ping().platform_name == "x"


def test_malformed_json_is_a_protocol_error(raw) -> None:  # type: ignore[no-untyped-def]
    _server, client = raw(_signed(200, b'{"protocol_version": "v1", "server_ti'))
    with pytest.raises(PlatformProtocolError, match="JSON"):
        client.ping()


def test_wrong_shape_is_a_protocol_error(raw) -> None:  # type: ignore[no-untyped-def]
    _server, client = raw(_signed(200, b'{"protocol_version":"v1","server_time":"1","platform_name":"x"}'))
    with pytest.raises(PlatformProtocolError, match="server_time"):
        client.ping()


def test_unsigned_answer_such_as_a_captive_portal_is_refused(raw) -> None:  # type: ignore[no-untyped-def]
    def respond(headers, _body, conn):  # type: ignore[no-untyped-def]
        conn.sendall(http_response(200, "<html>请先登录村网</html>".encode(), content_type="text/html"))

    _server, client = raw(respond)
    with pytest.raises(PlatformProtocolError, match="签名"):
        client.ping()


def test_tampered_response_body_fails_the_signature(raw) -> None:  # type: ignore[no-untyped-def]
    good = b'{"protocol_version":"v1","server_time":1,"platform_name":"x"}'

    def respond(headers, _body, conn):  # type: ignore[no-untyped-def]
        sig = signed_headers(KEY, headers, 200, good)
        conn.sendall(http_response(200, good.replace(b'"x"', b'"y"'), extra=sig))

    _server, client = raw(respond)
    with pytest.raises(PlatformProtocolError, match="签名不正确"):
        client.ping()


def test_declared_oversized_body_is_refused_before_reading(raw) -> None:  # type: ignore[no-untyped-def]
    def respond(headers, _body, conn):  # type: ignore[no-untyped-def]
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{"
        )

    _server, client = raw(respond, max_response_bytes=64 * 1024)
    with pytest.raises(PlatformProtocolError, match="过大"):
        client.ping()


def test_streamed_oversized_body_is_cut_off_while_reading(raw) -> None:  # type: ignore[no-untyped-def]
    sent = {"bytes": 0}

    def respond(headers, _body, conn):  # type: ignore[no-untyped-def]
        # chunked, no length: the client only learns the size by reading
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b"[" + b"1," * 32767
        for _ in range(1600):  # would be ~100 MB
            conn.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            sent["bytes"] += len(chunk)

    _server, client = raw(respond, max_response_bytes=256 * 1024)
    started = time.monotonic()
    with pytest.raises(PlatformProtocolError, match="上限"):
        client.ping()
    assert time.monotonic() - started < 10
    assert sent["bytes"] < 100 * 1024 * 1024  # the client hung up long before the server finished


def test_5xx_is_unavailable(raw) -> None:  # type: ignore[no-untyped-def]
    def respond(headers, _body, conn):  # type: ignore[no-untyped-def]
        conn.sendall(http_response(502, b"<html>Bad Gateway</html>", content_type="text/html"))

    _server, client = raw(respond)
    with pytest.raises(PlatformUnavailable, match="502"):
        client.ping()


def test_connection_closed_without_answer_is_unavailable(raw) -> None:  # type: ignore[no-untyped-def]
    _server, client = raw(lambda headers, body, conn: None)
    with pytest.raises(PlatformUnavailable):
        client.ping()


def test_silent_server_hits_the_read_timeout(raw) -> None:  # type: ignore[no-untyped-def]
    _server, client = raw(lambda headers, body, conn: time.sleep(3), read_timeout_s=0.3)
    started = time.monotonic()
    with pytest.raises(PlatformUnavailable):
        client.ping()
    assert time.monotonic() - started < 2.5


def test_nobody_listening_is_unavailable() -> None:
    server = RawServer(lambda headers, body, conn: None)
    url = server.url
    server.close()
    client = PlatformClient(
        base_url=url, credentials=PlatformCredentials("AK", KEY), terminal_id="T-0001", connect_timeout_s=0.5
    )
    with pytest.raises(PlatformUnavailable, match="无法连接"):
        client.ping()


def test_refusal_with_reason_code(raw) -> None:  # type: ignore[no-untyped-def]
    _server, client = raw(_signed(410, b'{"error":{"code":"version_retired","message":"gone"}}'))
    with pytest.raises(PlatformRequestRefused) as e:
        client.catalog_manifest()
    assert (e.value.status, e.value.reason_code) == (410, "version_retired")


def test_non_json_content_type_on_success_is_refused(raw) -> None:  # type: ignore[no-untyped-def]
    body = b'{"protocol_version":"v1","server_time":1,"platform_name":"x"}'
    _server, client = raw(_signed(200, body, content_type="text/plain"))
    with pytest.raises(PlatformProtocolError, match="非 JSON"):
        client.ping()


def test_batch_answer_missing_an_event_is_a_protocol_error(raw) -> None:  # type: ignore[no-untyped-def]
    import uuid
    from datetime import UTC, datetime

    from shared.protocol import messages as p

    events = [
        p.CaseEvent(
            event_id=uuid.uuid4(),
            kind="complaint",
            occurred_at=datetime.now(UTC),
            payload={"category": "c", "text": "t"},
        )
        for _ in range(2)
    ]
    body = json.dumps({"results": [{"event_id": str(events[0].event_id), "status": "stored"}]}).encode()
    _server, client = raw(_signed(200, body))
    with pytest.raises(PlatformProtocolError, match="不完整"):
        client.upload_events(events)
