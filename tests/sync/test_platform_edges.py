"""The reference platform's edges (issue 15, point 9): a stale timestamp is answered
``clock_skew`` whatever else is wrong, and a connection reset mid-request is one log line."""

from __future__ import annotations

import logging
import socket
import struct
import time

import pytest
import requests

from reference_platform.server import ReferencePlatform
from shared.protocol import signing as s
from tests.support.sync import SECRET_A


@pytest.mark.parametrize("offset", [-3600, 3600])
def test_a_stale_timestamp_is_clock_skew_even_with_a_bad_signature(
    platform: ReferencePlatform, offset: int
) -> None:
    h = s.sign_request(
        app_key="AK-T-0001",
        secret=SECRET_A.encode(),
        method="GET",
        path_with_query="/v1/ping",
        body=b"",
        timestamp=int(time.time()) + offset,
    )
    headers = h.as_dict() | {s.HEADER_SIGNATURE: "0" * len(h.signature)}  # and a wrong signature
    r = requests.get(platform.base_url + "/v1/ping", headers=headers, timeout=5)
    assert r.status_code == 401 and r.json()["error"]["code"] == "clock_skew"
    # a fresh timestamp with the same wrong signature is still a bad signature
    fresh = s.sign_request(
        app_key="AK-T-0001", secret=SECRET_A.encode(), method="GET", path_with_query="/v1/ping", body=b""
    )
    r = requests.get(
        platform.base_url + "/v1/ping", headers=fresh.as_dict() | {s.HEADER_SIGNATURE: "0" * 64}, timeout=5
    )
    assert r.json()["error"]["code"] == "bad_signature"


def test_a_connection_reset_is_one_log_line(
    platform: ReferencePlatform, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    host, port = platform.base_url.split("//", 1)[1].split(":")
    with caplog.at_level(logging.INFO, logger="reference_platform.server"):
        for _ in range(3):
            sock = socket.create_connection((host, int(port)), timeout=5)
            # a request that promises a body, then a reset (SO_LINGER 0 closes with RST)
            sock.sendall(b'POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{"events": [')
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
        deadline = time.monotonic() + 20
        resets: list[logging.LogRecord] = []
        while len(resets) < 3 and time.monotonic() < deadline:  # wait for the server's record
            resets = [r for r in caplog.records if "closed by the peer" in r.getMessage()]
            if len(resets) < 3:
                time.sleep(0.01)
    assert len(resets) == 3
    assert all(r.exc_info is None and "\n" not in r.getMessage() for r in resets)
    assert "Traceback" not in capfd.readouterr().err
    # and the platform still answers
    assert requests.get(platform.base_url + "/v1/health", timeout=5).status_code in (200, 401, 404)
