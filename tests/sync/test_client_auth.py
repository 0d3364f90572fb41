"""Authentication against the real reference platform: tampering, replay, clock skew, wrong keys."""

from __future__ import annotations

import json

import pytest
import requests

from offline_store.sync.client import PlatformClient
from offline_store.sync.errors import PlatformAuthError
from reference_platform.server import ReferencePlatform
from shared.protocol import signing as s
from shared.protocol.credentials import PlatformCredentials
from tests.support.sync import SECRET_A, client_for


def _signed_get(rp: ReferencePlatform, path: str, *, secret: bytes = SECRET_A.encode(), **kw):  # type: ignore[no-untyped-def]
    h = s.sign_request(app_key="AK-T-0001", secret=secret, method="GET", path_with_query=path, body=b"", **kw)
    return h, h.as_dict()


def test_signed_request_passes_and_answer_is_signed(platform: ReferencePlatform) -> None:
    h, headers = _signed_get(platform, "/v1/ping")
    r = requests.get(platform.base_url + "/v1/ping", headers=headers, timeout=5)
    assert r.status_code == 200
    assert r.headers[s.HEADER_NONCE] == h.nonce
    assert s.response_signature_matches(
        secret=SECRET_A.encode(), status=200, timestamp=int(r.headers[s.HEADER_TIMESTAMP]), request_nonce=h.nonce,
        body=r.content, signature=r.headers[s.HEADER_SIGNATURE],
    )  # fmt: skip


@pytest.mark.parametrize("tamper", ["path", "body", "signature"])
def test_tampered_request_is_refused(platform: ReferencePlatform, tamper: str) -> None:
    body = json.dumps({"terminal_id": "T-0001", "name": "一号机", "kind": "kiosk", "hall_code": "H",
                       "region_code": "532822", "software_version": "1"}).encode()  # fmt: skip
    h = s.sign_request(
        app_key="AK-T-0001",
        secret=SECRET_A.encode(),
        method="POST",
        path_with_query="/v1/terminals/register",
        body=body,
    )
    headers = h.as_dict() | {"Content-Type": "application/json"}
    url = platform.base_url + "/v1/terminals/register"
    if tamper == "path":
        url += "?x=1"
    elif tamper == "body":
        body = body.replace(b"kiosk", b"counter")
    else:
        headers[s.HEADER_SIGNATURE] = ("0" if h.signature[0] != "0" else "1") + h.signature[1:]
    r = requests.post(url, data=body, headers=headers, timeout=5)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "bad_signature"


def test_replayed_nonce_is_refused(platform: ReferencePlatform) -> None:
    _h, headers = _signed_get(platform, "/v1/ping")
    assert requests.get(platform.base_url + "/v1/ping", headers=headers, timeout=5).status_code == 200
    again = requests.get(platform.base_url + "/v1/ping", headers=headers, timeout=5)
    assert again.status_code == 401
    assert again.json()["error"]["code"] == "nonce_reused"


def test_replay_is_refused_after_a_platform_restart(platform: ReferencePlatform) -> None:
    _h, headers = _signed_get(platform, "/v1/ping")
    assert requests.get(platform.base_url + "/v1/ping", headers=headers, timeout=5).status_code == 200
    url = platform.restart()
    assert (
        requests.get(url + "/v1/ping", headers=headers, timeout=5).json()["error"]["code"] == "nonce_reused"
    )


@pytest.mark.parametrize("offset", [-301, 301])
def test_request_outside_the_clock_window_is_refused(platform: ReferencePlatform, offset: int) -> None:
    import time

    _h, headers = _signed_get(platform, "/v1/ping", timestamp=int(time.time()) + offset)
    r = requests.get(platform.base_url + "/v1/ping", headers=headers, timeout=5)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "clock_skew"
    assert abs(r.json()["error"]["server_time"] - time.time()) < 5


def test_skewed_platform_clock_without_adjustment_is_a_typed_auth_error(platform: ReferencePlatform) -> None:
    platform.set_faults(clock_skew_s=3600)
    with client_for(platform, adjust_clock=False) as c, pytest.raises(PlatformAuthError) as e:
        c.ping()
    assert e.value.reason_code == "clock_skew"
    assert "校准本机时间" in str(e.value)


def test_client_follows_the_platform_clock_and_reports_the_offset(platform: ReferencePlatform) -> None:
    platform.set_faults(clock_skew_s=-7200)  # the village PC runs two hours ahead
    with client_for(platform) as c:
        assert c.ping().protocol_version == "v1"
        assert c.clock_offset_s == pytest.approx(-7200, abs=5)
        c.ping()  # the next request is right the first time


def test_unknown_app_key_and_wrong_secret(platform: ReferencePlatform) -> None:
    bad_key = PlatformClient(
        base_url=platform.base_url, credentials=PlatformCredentials("AK-nobody", b"x" * 40), terminal_id="T-9"
    )
    with bad_key, pytest.raises(PlatformAuthError) as e:
        bad_key.ping()
    assert e.value.reason_code == "unknown_app_key"
    wrong = PlatformClient(
        base_url=platform.base_url,
        credentials=PlatformCredentials("AK-T-0001", b"y" * 40),
        terminal_id="T-0001",
    )
    with wrong, pytest.raises(PlatformAuthError) as e:
        wrong.ping()
    assert e.value.reason_code == "bad_signature"


def test_missing_headers_and_disabled_terminal(platform: ReferencePlatform) -> None:
    r = requests.get(platform.base_url + "/v1/ping", timeout=5)
    assert (r.status_code, r.json()["error"]["code"]) == (401, "missing_headers")
    platform.store.set_terminal_disabled("AK-T-0001", True)
    with client_for(platform) as c, pytest.raises(PlatformAuthError) as e:
        c.ping()
    assert e.value.reason_code == "terminal_disabled"


def test_terminal_cannot_upload_in_another_terminals_name(platform: ReferencePlatform) -> None:
    with client_for(platform) as c:
        c.terminal_id = "T-0002"
        with pytest.raises(PlatformAuthError) as e:
            c.register(__import__("shared.protocol.messages", fromlist=["x"]).RegisterRequest(
                terminal_id="T-0002", name="x", kind="kiosk", hall_code="H", region_code="532822", software_version="1"))  # fmt: skip
    assert e.value.reason_code == "terminal_mismatch"
