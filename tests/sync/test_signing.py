"""HMAC-SM3 request/response signatures: any change to a signed part breaks the signature."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shared.protocol import signing as s

SECRET = b"k" * 40


def test_known_sm3_vector() -> None:
    # GB/T 32905-2016 appendix A example 1: SM3("abc")
    assert s.sm3_hex(b"abc") == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"


def test_string_to_sign_layout() -> None:
    text = s.request_string_to_sign(
        method="post", path_with_query="/v1/x?a=1", timestamp=1700000000, nonce="ab" * 16, body=b""
    )
    assert text.split("\n") == ["POST", "/v1/x?a=1", "1700000000", "ab" * 16, s.sm3_hex(b"")]


@settings(deadline=None)  # signs and verifies up to 512 bytes with HMAC-SM3: no wall-clock limit under load
@given(
    body=st.binary(max_size=512),
    path=st.from_regex(r"/v1/[a-z/:\-]{1,30}(\?[a-z]=[0-9]{1,4})?", fullmatch=True),
)
def test_signature_round_trip_and_tamper(body: bytes, path: str) -> None:
    h = s.sign_request(
        app_key="AK", secret=SECRET, method="POST", path_with_query=path, body=body, timestamp=1700000000
    )
    args = {
        "secret": SECRET,
        "method": "POST",
        "path_with_query": path,
        "timestamp": h.timestamp,
        "nonce": h.nonce,
        "body": body,
    }
    assert s.request_signature_matches(**args, signature=h.signature)
    assert s.request_signature_matches(**args, signature=h.signature.upper())
    assert not s.request_signature_matches(**(args | {"body": body + b"x"}), signature=h.signature)
    assert not s.request_signature_matches(**(args | {"path_with_query": path + "x"}), signature=h.signature)
    assert not s.request_signature_matches(**(args | {"timestamp": h.timestamp + 1}), signature=h.signature)
    assert not s.request_signature_matches(**(args | {"method": "GET"}), signature=h.signature)
    assert not s.request_signature_matches(**(args | {"secret": SECRET + b"!"}), signature=h.signature)
    assert not s.request_signature_matches(**(args | {"nonce": s.new_nonce()}), signature=h.signature)


def test_response_signature_binds_status_and_nonce() -> None:
    sig = s.sign_response(secret=SECRET, status=200, timestamp=5, request_nonce="n1", body=b"{}")
    assert s.response_signature_matches(
        secret=SECRET, status=200, timestamp=5, request_nonce="n1", body=b"{}", signature=sig
    )
    assert not s.response_signature_matches(
        secret=SECRET, status=201, timestamp=5, request_nonce="n1", body=b"{}", signature=sig
    )
    assert not s.response_signature_matches(
        secret=SECRET, status=200, timestamp=5, request_nonce="n2", body=b"{}", signature=sig
    )


def test_nonces_are_fresh_and_well_formed() -> None:
    nonces = {s.new_nonce() for _ in range(1000)}
    assert len(nonces) == 1000
    assert all(s.is_well_formed_nonce(n) for n in nonces)
    assert not s.is_well_formed_nonce("XYZ")
